// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrView.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

using passforge::QrCode;

QrView::QrView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrView::setText(const QString &text)
{
    m_code = QrCode::encode(text);
    updateGeometry();
    update();
    return m_code.has_value();
}

void QrView::clear()
{
    m_code.reset();
    update();
}

int QrView::sideInModules() const
{
    return (m_code ? m_code->size() : 21) + 2 * QrCode::QuietZone;
}

QSize QrView::sizeHint() const
{
    // Six pixels a module reads well on a screen and from a phone held at arm's length.
    const int side = sideInModules() * 6;
    return {side, side};
}

QSize QrView::minimumSizeHint() const
{
    const int side = sideInModules() * 2;
    return {side, side};
}

void QrView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Whole device pixels per module, so that every module is the same size and its edges fall
    // on pixel boundaries at any scale factor.
    const qreal ratio = devicePixelRatioF();
    const int sidePixels = static_cast<int>(std::floor(std::min(width(), height()) * ratio));
    const int modules = sideInModules();
    const int modulePixels = std::max(1, sidePixels / modules);
    const int codePixels = modulePixels * modules;
    painter.scale(1 / ratio, 1 / ratio);
    const int left = (static_cast<int>(std::floor(width() * ratio)) - codePixels) / 2;
    const int top = (static_cast<int>(std::floor(height() * ratio)) - codePixels) / 2;
    painter.fillRect(QRect(left, top, codePixels, codePixels), Qt::white);
    if (!m_code)
        return;
    const int size = m_code->size();
    const int origin = QrCode::QuietZone * modulePixels;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (m_code->isDark(x, y))
                painter.fillRect(left + origin + x * modulePixels, top + origin + y * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
        }
    }
}
