// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Icons {

QIcon icon(Glyph glyph)
{
    QString name;
    switch (glyph) {
    case Glyph::Copy:
        name = QStringLiteral("edit-copy");
        break;
    case Glyph::Regenerate:
        name = QStringLiteral("view-refresh");
        break;
    case Glyph::Show:
        name = QStringLiteral("view-visible");
        break;
    case Glyph::Hide:
        name = QStringLiteral("view-hidden");
        break;
    case Glyph::Preferences:
        name = QStringLiteral("preferences-system");
        break;
    case Glyph::Open:
        name = QStringLiteral("document-open");
        break;
    case Glyph::Clear:
        name = QStringLiteral("edit-clear");
        break;
    case Glyph::Shuffle:
        name = QStringLiteral("media-playlist-shuffle");
        break;
    case Glyph::Draw:
        name = QStringLiteral("roll");
        break;
    case Glyph::Quit:
        name = QStringLiteral("application-exit");
        break;
    case Glyph::Menu:
        name = QStringLiteral("application-menu");
        break;
    }
    // Without a desktop icon theme Qt searches "hicolor", which holds application icons but none
    // of these action icons: skip that search (a few milliseconds at start-up) and draw them.
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        return QIcon(new GlyphIconEngine(glyph));
    return QIcon::fromTheme(name, QIcon(new GlyphIconEngine(glyph)));
}

} // namespace Icons

QPixmap GlyphIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

void GlyphIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::ButtonText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::ButtonText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Glyphs are drawn on a 16 x 16 grid, scaled to the largest square that fits.
    const int side = qMin(rect.width(), rect.height());
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 16.0, side / 16.0);
    QPen pen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    drawGlyph(*painter);
    painter->restore();
}

void GlyphIconEngine::drawGlyph(QPainter &p) const
{
    const QColor ink = p.pen().color();
    auto arrowHead = [&](QPointF tip, QPointF back1, QPointF back2) {
        QPainterPath head(tip);
        head.lineTo(back1);
        head.lineTo(back2);
        head.closeSubpath();
        p.save();
        p.setBrush(ink);
        p.setPen(QPen(ink, 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(head);
        p.restore();
    };
    switch (m_glyph) {
    case Icons::Glyph::Copy: {
        // The sheet behind shows only where the front sheet does not cover it.
        const QRectF front(5.5, 5.5, 8, 9);
        QPainterPath outside;
        outside.addRect(QRectF(0, 0, 16, 16));
        QPainterPath covered;
        covered.addRect(front.adjusted(-1.2, -1.2, 1.2, 1.2));
        p.save();
        p.setClipPath(outside.subtracted(covered));
        p.drawRoundedRect(QRectF(2.5, 2.5, 8, 9), 1.5, 1.5);
        p.restore();
        p.drawRoundedRect(front, 1.5, 1.5);
        break;
    }
    case Icons::Glyph::Regenerate: {
        QPainterPath arc;
        arc.arcMoveTo(QRectF(2.5, 2.5, 11, 11), 60);
        arc.arcTo(QRectF(2.5, 2.5, 11, 11), 60, 290);
        p.drawPath(arc);
        arrowHead(QPointF(12.6, 2.2), QPointF(12.9, 6.8), QPointF(8.6, 5.0));
        break;
    }
    case Icons::Glyph::Show:
    case Icons::Glyph::Hide: {
        QPainterPath eye(QPointF(1.5, 8));
        eye.quadTo(QPointF(8, 0.5), QPointF(14.5, 8));
        eye.quadTo(QPointF(8, 15.5), QPointF(1.5, 8));
        p.drawPath(eye);
        p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
        if (m_glyph == Icons::Glyph::Hide)
            p.drawLine(QPointF(2.5, 13.5), QPointF(13.5, 2.5));
        break;
    }
    case Icons::Glyph::Preferences:
        // Three sliders: the "settings" glyph most desktops recognise.
        for (int i = 0; i < 3; ++i) {
            const double y = 3.5 + i * 4.5;
            const double knob = i == 1 ? 10.5 : (i == 0 ? 5.0 : 7.5);
            p.drawLine(QPointF(2, y), QPointF(14, y));
            p.save();
            p.setBrush(ink);
            p.drawEllipse(QPointF(knob, y), 1.6, 1.6);
            p.restore();
        }
        break;
    case Icons::Glyph::Open: {
        QPainterPath folder(QPointF(1.5, 13.5));
        folder.lineTo(1.5, 3.5);
        folder.lineTo(6, 3.5);
        folder.lineTo(7.5, 5);
        folder.lineTo(13, 5);
        folder.lineTo(13, 7);
        p.drawPath(folder);
        QPainterPath front(QPointF(1.5, 13.5));
        front.lineTo(4, 7);
        front.lineTo(14.8, 7);
        front.lineTo(12.3, 13.5);
        front.closeSubpath();
        p.drawPath(front);
        break;
    }
    case Icons::Glyph::Clear:
        // A clipboard with a cross: take the value off the clipboard.
        p.drawRoundedRect(QRectF(2.5, 3, 11, 11.5), 1.5, 1.5);
        p.drawLine(QPointF(6, 2), QPointF(10, 2));
        p.drawLine(QPointF(5.8, 6.8), QPointF(10.2, 11.2));
        p.drawLine(QPointF(10.2, 6.8), QPointF(5.8, 11.2));
        break;
    case Icons::Glyph::Shuffle:
        p.drawLine(QPointF(1.5, 4.5), QPointF(4.5, 4.5));
        p.drawLine(QPointF(4.5, 4.5), QPointF(10, 11.5));
        p.drawLine(QPointF(10, 11.5), QPointF(12, 11.5));
        p.drawLine(QPointF(1.5, 11.5), QPointF(4.5, 11.5));
        p.drawLine(QPointF(4.5, 11.5), QPointF(10, 4.5));
        p.drawLine(QPointF(10, 4.5), QPointF(12, 4.5));
        arrowHead(QPointF(15, 4.5), QPointF(11.8, 2.3), QPointF(11.8, 6.7));
        arrowHead(QPointF(15, 11.5), QPointF(11.8, 9.3), QPointF(11.8, 13.7));
        break;
    case Icons::Glyph::Draw: {
        // A die showing five.
        p.drawRoundedRect(QRectF(2, 2, 12, 12), 2.5, 2.5);
        p.save();
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        const QPointF pips[] = {{5, 5}, {11, 5}, {8, 8}, {5, 11}, {11, 11}};
        for (const QPointF &pip : pips)
            p.drawEllipse(pip, 1.2, 1.2);
        p.restore();
        break;
    }
    case Icons::Glyph::Quit: {
        QPainterPath ring;
        ring.arcMoveTo(QRectF(2.5, 3, 11, 11), 120);
        ring.arcTo(QRectF(2.5, 3, 11, 11), 120, 300);
        p.drawPath(ring);
        p.drawLine(QPointF(8, 1.5), QPointF(8, 8));
        break;
    }
    case Icons::Glyph::Menu:
        // Three bars: the menu of a row's actions, as KDE and GNOME draw it.
        for (const double y : {4.0, 8.0, 12.0})
            p.drawLine(QPointF(2.5, y), QPointF(13.5, y));
        break;
    }
}

// icons.qrc is compiled into this static library, so it must be registered by hand, outside any
// namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

const QList<QImage> &Icons::appIconImages()
{
    static const QList<QImage> images = [] {
        initIconResources();
        QList<QImage> decoded;
        for (int size : {16, 32, 48, 64, 128, 256})
            decoded.append(QImage(QStringLiteral(":/icons/passforge-%1.png").arg(size)));
        return decoded;
    }();
    return images;
}

QIcon Icons::appIcon()
{
    QIcon bundled;
    for (const QImage &image : appIconImages())
        bundled.addPixmap(QPixmap::fromImage(image));
    return QIcon::fromTheme(QStringLiteral("io.github.passforge.Passforge"), bundled);
}
