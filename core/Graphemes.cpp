// SPDX-License-Identifier: GPL-3.0-or-later
#include "Graphemes.h"

#include <QTextBoundaryFinder>

namespace passforge {

QStringList graphemes(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        result.append(text.mid(start, end - start));
        start = end;
    }
    return result;
}

bool isDanglingGrapheme(const QString &grapheme)
{
    if (grapheme.isEmpty())
        return true;
    const char32_t first = grapheme.toUcs4().value(0);
    switch (QChar::category(first)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace passforge
