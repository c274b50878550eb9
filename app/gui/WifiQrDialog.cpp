// SPDX-License-Identifier: GPL-3.0-or-later
#include "WifiQrDialog.h"

#include "QrDialog.h"
#include "QrView.h"
#include "passforge/SecureMemory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using passforge::WifiNetwork;

WifiQrDialog::WifiQrDialog(const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_password(password)
    , m_ssidEdit(new QLineEdit(this))
    , m_securityCombo(new QComboBox(this))
    , m_hiddenCheck(new QCheckBox(tr("&Hidden network"), this))
    , m_view(new QrView(this))
    , m_status(new QLabel(this))
{
    m_password.detach(); // a buffer of our own, so that the wipe below reaches it
    setObjectName(QStringLiteral("wifiQrDialog"));
    setWindowTitle(tr("Wi-Fi QR Code"));
    m_ssidEdit->setObjectName(QStringLiteral("ssidEdit"));
    m_ssidEdit->setPlaceholderText(tr("The name phones list the network by"));
    m_securityCombo->setObjectName(QStringLiteral("securityCombo"));
    m_securityCombo->addItem(tr("WPA or WPA2 (personal)"), int(WifiNetwork::Security::Wpa));
    m_securityCombo->addItem(tr("WPA3 (personal) only"), int(WifiNetwork::Security::Wpa3));
    m_securityCombo->addItem(tr("None (an open network, no password)"),
                             int(WifiNetwork::Security::None));
    m_hiddenCheck->setObjectName(QStringLiteral("hiddenCheck"));
    m_hiddenCheck->setToolTip(tr("The network does not announce its name"));
    m_view->setAccessibleName(tr("QR code of the network"));
    m_status->setObjectName(QStringLiteral("wifiStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Network name (SSID):"), m_ssidEdit);
    form->addRow(tr("&Security:"), m_securityCombo);
    form->addRow(QString(), m_hiddenCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_ssidEdit, &QLineEdit::textChanged, this, &WifiQrDialog::updateCode);
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, &WifiQrDialog::updateCode);
    connect(m_hiddenCheck, &QCheckBox::toggled, this, &WifiQrDialog::updateCode);
    updateCode();
}

WifiQrDialog::~WifiQrDialog()
{
    passforge::secureWipe(m_password);
}

WifiNetwork WifiQrDialog::network() const
{
    WifiNetwork network;
    network.ssid = m_ssidEdit->text();
    network.security = WifiNetwork::Security(m_securityCombo->currentData().toInt());
    network.hidden = m_hiddenCheck->isChecked();
    return network;
}

void WifiQrDialog::updateCode()
{
    const WifiNetwork wifi = network();
    const qsizetype ssidBytes = wifi.ssid.toUtf8().size();
    if (ssidBytes == 0) {
        m_view->clear();
        m_status->setText(tr("Type the network's name to make its code."));
        return;
    }
    if (ssidBytes > WifiNetwork::MaxSsidBytes) {
        m_view->clear();
        m_status->setText(tr("A network name has at most %1 bytes; this one has %2.")
                              .arg(WifiNetwork::MaxSsidBytes)
                              .arg(ssidBytes));
        return;
    }
    QString payload = wifi.payload(m_password);
    const bool encoded = m_view->setText(payload);
    passforge::secureWipe(payload);
    m_status->setText(encoded ? QrDialog::screenWarning()
                              : tr("The password and name are too long for a QR code."));
}
