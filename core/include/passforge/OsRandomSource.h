// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteSource.h"

namespace passforge {

// The operating system's CSPRNG: getrandom(2) on Linux, BCryptGenRandom on Windows,
// arc4random_buf on macOS and the BSDs.
class OsRandomSource final : public ByteSource
{
public:
    void fill(std::span<std::byte> out) override;
};

} // namespace passforge
