// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"

#include <cstdint>
#include <functional>

namespace passforge {

// Uniform integers in an inclusive range over the whole signed 64-bit range, optionally distinct.
class NumberGenerator
{
public:
    enum class Error { None, MinAboveMax, CountOutOfRange, NotEnoughDistinct, TooManyDistinct };

    // Distinct draws remember what they drew, so their number is bounded to keep memory sane.
    static constexpr std::int64_t MaxDistinctCount = 10'000'000;
    // How many numbers the window draws at once; the CLI streams up to any count.
    static constexpr std::int64_t WindowMaxCount = 1000;

    NumberGenerator() = default;
    NumberGenerator(std::int64_t min, std::int64_t max, std::int64_t count = 1,
                    bool distinct = false);

    std::int64_t min() const { return m_min; }
    void setMin(std::int64_t min) { m_min = min; }
    std::int64_t max() const { return m_max; }
    void setMax(std::int64_t max) { m_max = max; }
    std::int64_t count() const { return m_count; }
    void setCount(std::int64_t count) { m_count = count; }
    bool distinct() const { return m_distinct; }
    void setDistinct(bool distinct) { m_distinct = distinct; }

    Error error() const;
    bool isValid() const { return error() == Error::None; }
    // How many values the range holds, minus one (so that the full 64-bit range fits).
    std::uint64_t spanMinusOne() const;
    // log2 of the number of values in the range: the entropy of one independent draw.
    double entropyBitsPerValue() const;
    // log2 of the number of possible results of the whole draw (ordered, distinct or not).
    double entropyBits() const;
    // log2 of how many values the next draw can give after `drawn` values: the range size, less
    // `drawn` when distinct.
    double log2ValuesLeft(std::int64_t drawn) const;

    // Draws count() values and hands each to sink in draw order. Without distinct this streams:
    // nothing is kept. With distinct, the draw is a uniformly random ordered sample without
    // replacement (a sparse Fisher-Yates over the range).
    void generate(Random &random, const std::function<void(std::int64_t)> &sink) const;
    std::int64_t generateOne(Random &random) const { return random.between(m_min, m_max); }

private:
    std::int64_t m_min = 1;
    std::int64_t m_max = 100;
    std::int64_t m_count = 1;
    bool m_distinct = false;
};

} // namespace passforge
