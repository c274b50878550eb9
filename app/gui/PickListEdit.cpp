// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickListEdit.h"

#include <QMimeData>
#include <QTextDocument>
#include <QUrl>

namespace {

QString firstLocalFile(const QMimeData *source)
{
    if (!source->hasUrls())
        return {};
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

PickListEdit::PickListEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("listEdit"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
}

bool PickListEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !firstLocalFile(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PickListEdit::insertFromMimeData(const QMimeData *source)
{
    const QString path = firstLocalFile(source);
    if (!path.isEmpty()) {
        Q_EMIT fileDropped(path);
        return;
    }
    if (source->hasText() && document()->characterCount() + source->text().size() > MaxCharacters) {
        Q_EMIT tooLarge();
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
