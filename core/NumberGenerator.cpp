// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberGenerator.h"

#include <cmath>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace passforge {

NumberGenerator::NumberGenerator(std::int64_t min, std::int64_t max, std::int64_t count,
                                 bool distinct)
    : m_min(min)
    , m_max(max)
    , m_count(count)
    , m_distinct(distinct)
{}

std::uint64_t NumberGenerator::spanMinusOne() const
{
    return static_cast<std::uint64_t>(m_max) - static_cast<std::uint64_t>(m_min);
}

NumberGenerator::Error NumberGenerator::error() const
{
    if (m_min > m_max)
        return Error::MinAboveMax;
    if (m_count < 1)
        return Error::CountOutOfRange;
    if (m_distinct) {
        if (static_cast<std::uint64_t>(m_count - 1) > spanMinusOne())
            return Error::NotEnoughDistinct;
        if (m_count > MaxDistinctCount)
            return Error::TooManyDistinct;
    }
    return Error::None;
}

double NumberGenerator::entropyBitsPerValue() const
{
    if (m_min > m_max)
        return 0;
    return std::log2(static_cast<double>(spanMinusOne()) + 1.0);
}

double NumberGenerator::log2ValuesLeft(std::int64_t drawn) const
{
    // N - drawn exactly in 64 bits (N itself may be 2^64, held as spanMinusOne = 2^64 - 1), then
    // one rounding to double: exact to far below 0.01 bit, with no long double (64-bit on MSVC).
    const std::uint64_t span = spanMinusOne();
    const std::uint64_t taken = m_distinct ? static_cast<std::uint64_t>(drawn) : 0;
    if (taken == 0 && span == UINT64_MAX)
        return 64.0;
    return std::log2(static_cast<double>(span - taken + 1));
}

double NumberGenerator::entropyBits() const
{
    if (!isValid())
        return 0;
    if (!m_distinct)
        return m_count * entropyBitsPerValue();
    // log2 of the falling factorial N (N-1) ... (N-count+1).
    double bits = 0;
    for (std::int64_t i = 0; i < m_count; ++i)
        bits += log2ValuesLeft(i);
    return bits;
}

void NumberGenerator::generate(Random &random, const std::function<void(std::int64_t)> &sink) const
{
    if (!isValid())
        throw std::logic_error("NumberGenerator: invalid settings");
    if (!m_distinct) {
        for (std::int64_t i = 0; i < m_count; ++i)
            sink(random.between(m_min, m_max));
        return;
    }
    // Fisher-Yates over the virtual array [0, N), storing only the swapped slots: step i picks a
    // uniform slot among the N - i not yet drawn.
    const std::uint64_t last = spanMinusOne();
    std::unordered_map<std::uint64_t, std::uint64_t> swapped;
    swapped.reserve(static_cast<std::size_t>(m_count) * 2);
    auto slot = [&](std::uint64_t i) {
        const auto it = swapped.find(i);
        return it == swapped.end() ? i : it->second;
    };
    for (std::uint64_t i = 0; i < static_cast<std::uint64_t>(m_count); ++i) {
        // Slots left: last - i + 1, which is 2^64 only for i == 0 over the full range.
        const std::uint64_t leftMinusOne = last - i;
        const std::uint64_t j =
            i + (leftMinusOne == UINT64_MAX ? random.next64() : random.below(leftMinusOne + 1));
        const std::uint64_t picked = slot(j);
        swapped[j] = slot(i);
        sink(static_cast<std::int64_t>(static_cast<std::uint64_t>(m_min) + picked));
    }
}

} // namespace passforge
