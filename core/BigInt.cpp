// SPDX-License-Identifier: GPL-3.0-or-later
#include "BigInt.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace passforge {

BigInt uniformBelow(Random &random, const BigInt &bound)
{
    if (bound <= 0)
        throw std::logic_error("uniformBelow: empty range");
    const unsigned bits = boost::multiprecision::msb(bound) + 1;
    const unsigned words = (bits + 63) / 64;
    const unsigned topBits = bits - 64 * (words - 1);
    const std::uint64_t topMask =
        topBits == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << topBits) - 1;
    for (;;) {
        BigInt value = 0;
        for (unsigned i = 0; i < words; ++i) {
            const std::uint64_t word = random.next64();
            // Shift and add rather than |=, which GCC 12 flags as maybe-uninitialized in Boost.
            value <<= 64;
            value += BigInt(i == 0 ? (word & topMask) : word);
        }
        if (value < bound)
            return value;
    }
}

double log2Of(const BigInt &value)
{
    if (value <= 0)
        return -std::numeric_limits<double>::infinity();
    const unsigned top = boost::multiprecision::msb(value);
    const unsigned shift = top > 62 ? top - 62 : 0;
    const auto head = static_cast<std::uint64_t>(value >> shift);
    return std::log2(static_cast<double>(head)) + shift;
}

} // namespace passforge
