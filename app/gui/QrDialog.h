// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QrView;

// "Show as QR code": the current value as a QR code, for a phone to read. It offers no save and
// no copy (the value reaches the clipboard only through Copy and its auto-clear), and Esc closes
// it. The value is not kept, only the code's modules, which QrCode wipes.
class QrDialog : public QDialog
{
    Q_OBJECT

public:
    QrDialog(const QString &value, const QString &title, QWidget *parent = nullptr);

    QrView *view() const { return m_view; }

    // The note every QR dialog shows, where the code is shown.
    static QString screenWarning();

private:
    QrView *m_view;
    QLabel *m_note;
};
