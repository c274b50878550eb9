// SPDX-License-Identifier: GPL-3.0-or-later
#include "Palette.h"

namespace Palette {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor problem(const QPalette &palette)
{
    // Both pass WCAG AA (4.5:1) against the Base colours of Qt's Fusion palettes.
    return isDark(palette) ? QColor(0xff, 0x9e, 0x94) : QColor(0xb3, 0x26, 0x1e);
}

QColor hint(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace Palette
