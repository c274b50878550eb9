// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scripted 64-bit draws that make Random::below() return chosen values, for the passphrase tests'
// pins of which draw selects what.

#include "TestU128.h"

#include <QtGlobal>

#include <initializer_list>

namespace passforge::test {

// The word x with Random::below(bound) == value: the largest x with x * bound < (value+1) * 2^64.
// The high word of x * bound is then value, and the low word is at least 2^64 - bound, so x is
// never rejected (rejection needs a low word below 2^64 mod bound < bound <= 2^63).
// Hand check: value 7, bound 10 gives x = floor((8 * 2^64 - 1) / 10) = 0xCCCCCCCCCCCCCCCC.
inline quint64 drawFor(quint64 value, quint64 bound)
{
    return quint64((((TestU128(value) + 1) << 64) - 1) / bound);
}

// For a 1024-word list, 1024^6 = 2^60 <= 2^64 < 1024^7: six 10-bit indices per draw, bound 2^60.
// Lemire's x * 2^60 >> 64 is x >> 4 and 2^64 mod 2^60 = 0, so index k sits in bits 4 + 10k.
inline quint64 userDraw(std::initializer_list<quint64> indices)
{
    quint64 v = 0;
    int shift = 4;
    for (quint64 i : indices) {
        v |= i << shift;
        shift += 10;
    }
    return v;
}

} // namespace passforge::test
