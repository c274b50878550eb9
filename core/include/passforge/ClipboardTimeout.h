// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

namespace passforge {

// How long a copied secret stays on the clipboard before it is cleared: the rule the window's
// settings, its preferences and its clipboard guard all read. Long enough to switch windows and
// paste, short enough that a forgotten password does not linger; 0 turns auto-clear off.
struct ClipboardTimeout
{
    static constexpr int DefaultSeconds = 20;
    static constexpr int MinSeconds = 5;
    static constexpr int MaxSeconds = 600;

    // 0 (or less) is off; any other value is brought into [MinSeconds, MaxSeconds].
    static constexpr int clamp(int seconds)
    {
        return seconds <= 0 ? 0 : std::clamp(seconds, MinSeconds, MaxSeconds);
    }
};

static_assert(ClipboardTimeout::clamp(-1) == 0 && ClipboardTimeout::clamp(1) == 5 &&
              ClipboardTimeout::clamp(601) == 600 && ClipboardTimeout::clamp(20) == 20);

} // namespace passforge
