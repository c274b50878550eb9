// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrengthMeter.h"

#include "passforge/Strength.h"

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

// The entropy line. It asks for the width of its whole text on one line, so that it wraps only
// when the window is too narrow for that, and never below its widest part between " · ": a long
// line (the passphrase tab's "… · 6 words × 12.9 bits …") then takes two lines instead of
// widening the window, whose width every tab shares. QLabel's own hint for wrapped text would
// wrap even short text into a narrow column.
class EntropyLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const int width = textWidth(text());
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override
    {
        int width = 0;
        for (const QString &part : text().split(QStringLiteral(" · ")))
            width = std::max(width, textWidth(part));
        return {width, heightForWidth(width)};
    }

private:
    int textWidth(const QString &text) const
    {
        // A little slack, so that rounding in the text layout cannot wrap a line that fits.
        const QMargins m = contentsMargins();
        return fontMetrics().horizontalAdvance(text) + m.left() + m.right() + 2 * margin() + 4;
    }
};

} // namespace

StrengthMeter::StrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_label(new EntropyLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("entropyLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_label->setToolTip(exactToolTip());
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, FullScaleBits);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Strength"));
    m_bar->setMaximumHeight(std::max(8, fontMetrics().height() / 2));
    // The bar takes what the line leaves, down to a short stub, before the line has to wrap.
    m_bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_bar->setMinimumWidth(48);
    QSizePolicy barPolicy = m_bar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_bar->setSizePolicy(barPolicy);

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

QString StrengthMeter::exactToolTip()
{
    return tr("Entropy: log2 of the number of values these options allow. Every value is equally "
              "likely, so this is exact.");
}

void StrengthMeter::setBits(double bits)
{
    setBits(bits, describe(bits), exactToolTip());
}

void StrengthMeter::setBits(double bits, const QString &text, const QString &toolTip)
{
    m_bits = bits;
    m_hasBits = true;
    m_label->setText(text);
    m_label->setToolTip(toolTip);
    m_bar->setValue(static_cast<int>(std::lround(std::clamp(bits, 0.0, double(FullScaleBits)))));
    m_bar->setAccessibleDescription(text);
    m_bar->show();
    updateBarColour();
}

void StrengthMeter::setText(const QString &text, const QString &toolTip)
{
    m_bits = 0;
    m_hasBits = false;
    m_label->setText(text);
    m_label->setToolTip(toolTip);
    m_bar->hide(); // its place is kept, so the row does not move
}

void StrengthMeter::clear()
{
    m_bits = 0;
    m_hasBits = false;
    m_label->clear();
    m_label->setToolTip(QString());
    m_bar->setValue(0);
    m_bar->setAccessibleDescription(tr("No value"));
    updateBarColour();
}

void StrengthMeter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateBarColour();
    if (event->type() == QEvent::LanguageChange)
        m_bar->setAccessibleName(tr("Strength"));
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
