// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrengthMeter.h"

#include "Strength.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace {

QString strengthWord(passforge::Strength strength)
{
    switch (strength) {
    case passforge::Strength::Weak:
        return StrengthMeter::tr("weak", "password strength");
    case passforge::Strength::Fair:
        return StrengthMeter::tr("fair", "password strength");
    case passforge::Strength::Strong:
        return StrengthMeter::tr("strong", "password strength");
    case passforge::Strength::VeryStrong:
        return StrengthMeter::tr("very strong", "password strength");
    }
    return {};
}

} // namespace

StrengthMeter::StrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("entropyLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setToolTip(tr("Entropy: log2 of the number of values these options allow. Every "
                           "value is equally likely, so this is exact."));
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, FullScaleBits);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Strength"));
    m_bar->setMaximumHeight(std::max(8, fontMetrics().height() / 2));
    m_bar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    clear();
}

QString StrengthMeter::describe(double bits)
{
    return tr("%1 bits — %2", "entropy in bits, then the strength")
        .arg(QLocale().toString(bits, 'f', 1), strengthWord(passforge::strengthFor(bits)));
}

void StrengthMeter::setBits(double bits)
{
    m_bits = bits;
    m_hasBits = true;
    const QString text = describe(bits);
    m_label->setText(text);
    m_bar->setValue(static_cast<int>(std::lround(std::clamp(bits, 0.0, double(FullScaleBits)))));
    m_bar->setAccessibleDescription(text);
    updateBarColour();
}

void StrengthMeter::clear()
{
    m_bits = 0;
    m_hasBits = false;
    m_label->setText(tr("— bits", "no value, so no entropy"));
    m_bar->setValue(0);
    m_bar->setAccessibleDescription(tr("No value"));
    updateBarColour();
}

void StrengthMeter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateBarColour();
}

void StrengthMeter::updateBarColour()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QColor colour;
    switch (passforge::strengthFor(m_bits)) {
    case passforge::Strength::Weak:
        colour = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f);
        break;
    case passforge::Strength::Fair:
        colour = dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xef, 0x8a, 0x00);
        break;
    case passforge::Strength::Strong:
        colour = dark ? QColor(0x9c, 0xcc, 0x65) : QColor(0x68, 0xa6, 0x2c);
        break;
    case passforge::Strength::VeryStrong:
        colour = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
        break;
    }
    // Fusion and most styles draw the chunk in the Highlight colour. Setting it on the bar's own
    // palette changes nothing else; a style sheet would replace the style's look altogether.
    QPalette pal = m_bar->palette();
    pal.setColor(QPalette::Highlight, colour);
    m_bar->setPalette(pal);
}
