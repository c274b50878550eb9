// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The window's state colours, in one place: read against the palette's base, so that they stay
// legible in dark themes too.
namespace Palette {

// Text that says something is wrong: a red dark enough on light backgrounds, light on dark ones.
QColor problem(const QPalette &palette);
// Text that only explains: the palette's own placeholder grey.
QColor hint(const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace Palette
