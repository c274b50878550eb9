// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "WideMultiply.h"

#include <cstdint>

namespace passforge {

// Division by a number fixed at run time, as a multiply and shifts (Granlund and Montgomery,
// "Division by invariant integers using multiplication", 1994). Gives exactly v / d and v % d;
// a hardware division per digit would cost more than the random draw itself.
class FastDivisor
{
public:
    explicit FastDivisor(std::uint64_t divisor);
    std::uint64_t divisor() const { return m_divisor; }
    std::uint64_t quotient(std::uint64_t v) const
    {
        if (m_divisor == 1)
            return v;
        const std::uint64_t high = multiply64(m_magic, v).high;
        return (high + ((v - high) >> 1)) >> m_shift;
    }

private:
    std::uint64_t m_divisor;
    std::uint64_t m_magic = 0;
    int m_shift = 0;
};

// Uniform digits in [0, radix), several from each 64-bit draw (see Random::digitBatch), least
// significant first. Digits left over from one value carry over to the next, so bulk generation
// spends hardly more entropy than the values hold. Leftovers are wiped on destruction.
class DigitStream
{
public:
    DigitStream(Random &random, std::uint64_t radix);
    ~DigitStream();
    DigitStream(const DigitStream &) = delete;
    DigitStream &operator=(const DigitStream &) = delete;

    std::uint64_t next()
    {
        if (m_left == 0) {
            m_word = m_random.belowBatch(m_batch);
            m_left = m_batch.digits;
        }
        const std::uint64_t q = m_divisor.quotient(m_word);
        const std::uint64_t digit = m_word - q * m_divisor.divisor();
        m_word = q;
        --m_left;
        return digit;
    }
    // Drops leftover digits, so the next digit starts a fresh draw.
    void discard();

private:
    Random &m_random;
    Random::DigitBatch m_batch;
    FastDivisor m_divisor;
    std::uint64_t m_word = 0;
    int m_left = 0;
};

} // namespace passforge
