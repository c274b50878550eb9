// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/Random.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace passforge::stats {

// Draws cell i with probability exactly weights[i] / sum(weights), from the real random source:
// the deliberately biased sampler of the power checks. A uniform value below the total weight W
// is looked up in a table, and several such values come out of one 64-bit draw below W^d (as
// mixed-radix digits), so that hundreds of millions of samples stay cheap.
class WeightedSampler
{
public:
    explicit WeightedSampler(const std::vector<std::uint64_t> &weights)
    {
        for (std::size_t cell = 0; cell < weights.size(); ++cell)
            m_cellOf.insert(m_cellOf.end(), weights[cell], static_cast<std::uint32_t>(cell));
        m_total = m_cellOf.size();
        if (m_total < 2 || m_total > (std::uint64_t(1) << 24))
            throw std::invalid_argument("WeightedSampler: total weight out of range");
        // The largest d with W^d < 2^64: W^d * W must not exceed the 64-bit range.
        m_power = m_total;
        m_digits = 1;
        while (m_power <= UINT64_MAX / m_total) {
            m_power *= m_total;
            ++m_digits;
        }
    }

    // Calls sink(cell) n times.
    template <typename Sink> void sample(Random &random, std::uint64_t n, Sink &&sink) const
    {
        while (n > 0) {
            std::uint64_t v = random.below(m_power);
            for (int d = 0; d < m_digits && n > 0; ++d, --n) {
                sink(m_cellOf[static_cast<std::size_t>(v % m_total)]);
                v /= m_total;
            }
        }
    }

private:
    std::vector<std::uint32_t> m_cellOf;
    std::uint64_t m_total = 0;
    std::uint64_t m_power = 0;
    int m_digits = 0;
};

} // namespace passforge::stats
