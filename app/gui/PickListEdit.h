// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// The box for the pick tab's list: plain text, one entry per line. A text file dropped on it (or
// pasted as a file) is loaded through fileDropped(), and text past the size limit is refused
// with tooLarge() instead of freezing the window.
class PickListEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PickListEdit(QWidget *parent = nullptr);

    // The most characters the box takes (about 10 MB of text).
    static constexpr qsizetype MaxCharacters = 10 * 1000 * 1000;

Q_SIGNALS:
    void fileDropped(const QString &path);
    void tooLarge();

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
