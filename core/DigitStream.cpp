// SPDX-License-Identifier: GPL-3.0-or-later
#include "DigitStream.h"

#include "SecureMemory.h"

#include <stdexcept>

namespace passforge {

FastDivisor::FastDivisor(std::uint64_t divisor)
    : m_divisor(divisor)
{
    if (divisor == 0)
        throw std::invalid_argument("FastDivisor: division by zero");
    if (divisor == 1)
        return;
    // l = ceil(log2 d); magic = floor(2^64 (2^l - d) / d) + 1; q = (h + (v - h) / 2) >> (l - 1).
    int l = 0;
    while (l < 64 && (std::uint64_t{1} << l) < divisor)
        ++l;
    // (2^l - d) * 2^64 / d by schoolbook long division, one bit at a time: the high word
    // 2^l - d is below d, so the quotient fits in 64 bits, and this runs once per divisor.
    std::uint64_t remainder = (l == 64 ? 0 : (std::uint64_t{1} << l)) - divisor;
    std::uint64_t quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        // remainder < d <= 2^63 here unless d > 2^63; track the bit shifted out so that
        // 2 * remainder is compared exactly.
        const bool carry = (remainder >> 63) != 0;
        remainder <<= 1;
        if (carry || remainder >= divisor) {
            remainder -= divisor;
            quotient |= std::uint64_t{1} << bit;
        }
    }
    m_magic = quotient + 1;
    m_shift = l - 1;
}

DigitStream::DigitStream(Random &random, std::uint64_t radix)
    : m_random(random)
    , m_batch(Random::digitBatch(radix))
    , m_divisor(radix)
{}

DigitStream::~DigitStream()
{
    discard();
}

void DigitStream::discard()
{
    secureZero(&m_word, sizeof m_word);
    m_left = 0;
}

} // namespace passforge
