// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QImage>
#include <QList>

// Icons come from the desktop's theme, with a drawn fallback for themes that lack them.
namespace Icons {

enum class Glyph {
    Copy,
    Regenerate,
    Show,
    Hide,
    Preferences,
    Open,
    Clear,
    Shuffle,
    Draw,
    Quit,
    Menu
};

// QIcon::fromTheme(freedesktop name, drawn glyph).
QIcon icon(Glyph glyph);
// The app's own icon from the icon theme once installed, else the PNGs bundled in icons.qrc.
QIcon appIcon();
// appIcon's bundled PNGs, decoded once, from any thread: the start-up decodes them on its second
// thread, which also loads Qt's image-format plugins there, before the window's first image.
const QList<QImage> &appIconImages();

} // namespace Icons

// The drawn fallback: one glyph painted with QPainter at any size. It is painted rather than
// shipped as image files so that it takes the palette's text colour at paint time (following a
// dark or light palette) and needs no image-format plugin.
class GlyphIconEngine : public QIconEngine
{
public:
    explicit GlyphIconEngine(Icons::Glyph glyph)
        : m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("GlyphIconEngine"); }

private:
    void drawGlyph(QPainter &p) const;

    Icons::Glyph m_glyph;
};
