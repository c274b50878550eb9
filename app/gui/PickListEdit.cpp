// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickListEdit.h"

#include <QMimeData>
#include <QTextCursor>
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
    if (source->hasText()) {
        const QString pasted = source->text();
        if (document()->characterCount() + pasted.size() > m_editableCharacters) {
            // The selection is what a paste replaces; the rest stays around the pasted text.
            const QString text = toPlainText();
            const QTextCursor cursor = textCursor();
            Q_EMIT longPaste(text.left(cursor.selectionStart()) + pasted +
                             text.mid(cursor.selectionEnd()));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
