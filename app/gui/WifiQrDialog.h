// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/QrCode.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QrView;

// "Wi-Fi QR code…": the password as the text phones scan to join a network
// (WIFI:T:WPA;S:…;P:…;;), with the network's name, security and whether it is hidden; the code
// follows the fields as they are typed. Like QrDialog: no save, no copy, Esc closes. The
// password is kept only while the dialog is open, and wiped when it closes.
class WifiQrDialog : public QDialog
{
    Q_OBJECT

public:
    WifiQrDialog(const QString &password, QWidget *parent = nullptr);
    ~WifiQrDialog() override;

    QrView *view() const { return m_view; }
    // The network the fields describe.
    passforge::WifiNetwork network() const;

private:
    void updateCode();

    QString m_password;
    QLineEdit *m_ssidEdit;
    QComboBox *m_securityCombo;
    QCheckBox *m_hiddenCheck;
    QrView *m_view;
    QLabel *m_status;
};
