// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/QrCode.h"

#include <QWidget>

#include <optional>

// A QR code drawn as rectangles, one per dark module, on a light square with the 4-module quiet
// zone: crisp at any size and scale, since no bitmap is ever scaled. Dark on light whatever the
// palette, as readers need it. Holds only the modules (wiped by QrCode), never the text.
class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget *parent = nullptr);

    // False when the text is too long for a QR code; the view is then empty.
    bool setText(const QString &text);
    void clear();
    bool hasCode() const { return m_code.has_value(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int sideInModules() const;

    std::optional<passforge::QrCode> m_code;
};
