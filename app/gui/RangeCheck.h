// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QSpinBox;

namespace RangeCheck {

// Lets a spin box take any number typed, up to TypedMax, instead of dropping the keystroke that
// would leave core's range [min, max] (QSpinBox turns a typed 2000 into 200). The tab checks the
// value against core and says in place what is wrong; the label returned, for beside the field,
// states the range ("1–1024") and turns to the problem colour while the value is outside it.
constexpr int TypedMax = 9'999'999;
QLabel *acceptAnyNumber(QSpinBox *spin, int min, int max);
// The same with the range in the tooltip instead of a label.
void acceptAnyNumberQuietly(QSpinBox *spin, int min, int max);

} // namespace RangeCheck
