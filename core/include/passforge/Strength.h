// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passforge {

// Strength from entropy bits. Thresholds: below 40 bits weak (within reach of offline guessing
// with modest hardware), below 64 fair, below 100 strong, 100 or more very strong.
enum class Strength { Weak, Fair, Strong, VeryStrong };

Strength strengthFor(double bits);
// A stable, untranslated key: weak, fair, strong, very strong.
QString strengthKey(Strength strength);

} // namespace passforge
