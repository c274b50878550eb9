// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// The entropy line, "131.1 bits — very strong", with a bar coloured by strength. The words say
// the strength; the colour only repeats it.
class StrengthMeter : public QWidget
{
    Q_OBJECT

public:
    // The bar is full from this many bits on.
    static constexpr int FullScaleBits = 128;

    explicit StrengthMeter(QWidget *parent = nullptr);

    void setBits(double bits);
    // The same bar, with the line's text and tooltip given by the caller: a tab may add how the
    // bits arise, or say that they are only an upper bound.
    void setBits(double bits, const QString &text, const QString &toolTip);
    // A line with no strength: what a value that is no secret is (a dice roll), with no bar.
    void setText(const QString &text, const QString &toolTip);
    // No value: an empty line (the value field says why) and an empty bar.
    void clear();
    bool hasBits() const { return m_hasBits; }
    double bits() const { return m_bits; }

    // "131.1 bits — very strong", in the current locale.
    static QString describe(double bits);
    // The line's tooltip when the bits are exact.
    static QString exactToolTip();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBarColour();

    QLabel *m_label;
    QProgressBar *m_bar;
    double m_bits = 0;
    bool m_hasBits = false;
};
