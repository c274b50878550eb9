// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// The box for the pick tab's list: plain text, one entry per line. A text file dropped on it (or
// pasted as a file) is loaded through fileDropped(), and pasted text that would make the box
// longer than editableCharacters goes to longPaste() instead, so that the tab counts it in the
// background rather than the box freezing the window while it lays it out.
class PickListEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PickListEdit(QWidget *parent = nullptr);

    void setEditableCharacters(qsizetype characters) { m_editableCharacters = characters; }

Q_SIGNALS:
    void fileDropped(const QString &path);
    // The box's text with the paste in place, as a paste would have made it.
    void longPaste(const QString &text);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    qsizetype m_editableCharacters = 1000 * 1000;
};
