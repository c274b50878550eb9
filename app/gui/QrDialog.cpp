// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDialog.h"

#include "QrView.h"
#include "passforge/QrCode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

QrDialog::QrDialog(const QString &value, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_view(new QrView(this))
    , m_note(new QLabel(screenWarning(), this))
{
    setObjectName(QStringLiteral("qrDialog"));
    setWindowTitle(title);
    m_note->setObjectName(QStringLiteral("qrNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_view->setAccessibleName(tr("QR code of the value"));
    if (!m_view->setText(value)) {
        m_note->setText(tr("This value is too long for a QR code (at most %1 bytes).")
                            .arg(passforge::QrCode::MaxBytes));
    }

    // Close only: Esc and the button both reject the dialog.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString QrDialog::screenWarning()
{
    return tr("Anyone who can see your screen can read this code.");
}
