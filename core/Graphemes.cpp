// SPDX-License-Identifier: GPL-3.0-or-later
#include "Graphemes.h"

#include <QTextBoundaryFinder>

namespace passforge {

namespace {

// Regional indicators U+1F1E6..U+1F1FF are the surrogate pair D83C DDE6..DDFF.
bool regionalIndicatorAt(const QString &text, qsizetype i)
{
    return i >= 0 && i + 1 < text.size() && text[i].unicode() == 0xD83C &&
           text[i + 1].unicode() >= 0xDDE6 && text[i + 1].unicode() <= 0xDDFF;
}

} // namespace

QStringList graphemes(const QString &text)
{
    // Qt 6.4 pairs regional indicators wrongly right after an emoji: U+1F4BB then the flag DE
    // comes out as three clusters, the D and the E apart. A run of regional indicators always
    // pairs from its first one, whatever precedes it, so segmentation restarts there: a fresh
    // finder gets the run right.
    QStringList result;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QString rest = text.mid(offset);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, rest);
        qsizetype start = 0;
        while (finder.toNextBoundary() != -1) {
            const qsizetype end = finder.position();
            result.append(rest.mid(start, end - start));
            start = end;
            if (regionalIndicatorAt(rest, start) && !regionalIndicatorAt(rest, start - 2))
                break;
        }
        if (start == 0) { // no boundary found: cannot happen, but never loop forever
            result.append(rest);
            break;
        }
        offset += start;
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
