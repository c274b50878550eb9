// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// 128-bit arithmetic for test oracles that recompute core's results independently of its
// WideMultiply.h. A GCC/Clang extension, marked as such so that -Wpedantic accepts it; the tests
// that use it need one of those compilers.
__extension__ using TestU128 = unsigned __int128;
