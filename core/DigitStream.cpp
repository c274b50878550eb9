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
    const unsigned __int128 twoL = static_cast<unsigned __int128>(1) << l;
    m_magic = static_cast<std::uint64_t>(((twoL - divisor) << 64) / divisor) + 1;
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
