// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/ByteSource.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>

namespace passforge::fuzz {

// A deterministic ByteSource for the fuzz targets, so that a crashing input reproduces exactly.
// Test-only: its bytes are a SplitMix64 stream, which is fine for exercising code and worthless
// for secrets.
//
// A budget bounds the bytes it hands out; past it, fill() throws RandomSourceError like a failing
// operating system source. That keeps a run that legitimately asks for a lot (a large --count)
// short, and exercises the fail-closed path on the way.
class FuzzByteSource final : public ByteSource
{
public:
    explicit FuzzByteSource(std::uint64_t seed,
                            std::size_t budget = std::numeric_limits<std::size_t>::max())
        : m_state(seed)
        , m_budget(budget)
    {}

    void fill(std::span<std::byte> out) override
    {
        if (out.size() > m_budget)
            throw RandomSourceError("fuzz byte source: budget spent");
        m_budget -= out.size();
        std::size_t done = 0;
        while (done < out.size()) {
            const std::uint64_t word = next();
            const std::size_t n = std::min(sizeof word, out.size() - done);
            std::memcpy(out.data() + done, &word, n);
            done += n;
        }
    }

private:
    // SplitMix64 (Steele, Lea and Flood 2014): a counter through a mixer, so any seed works.
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
    std::size_t m_budget;
};

} // namespace passforge::fuzz
