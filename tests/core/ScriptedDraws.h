// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scripted 64-bit draws that make Random::below() return chosen values, for the passphrase tests'
// pins of which draw selects what.

#include "ScriptedSource.h"
#include "TestU128.h"
#include "passforge/Random.h"

#include <QList>
#include <QString>
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

// The value a generator makes from exactly these draws. A sentinel after them proves that
// exactly those were consumed: *sentinelNext says whether the next draw was the sentinel.
template <typename Generator>
QString generateScripted(const Generator &generator, const QList<quint64> &draws,
                         bool *sentinelNext)
{
    constexpr quint64 Sentinel = 0x5E5E'0123'4567'89ABULL;
    ScriptedSource source;
    for (quint64 d : draws)
        source.appendWord(d);
    source.appendWord(Sentinel).padToBatch();
    Random random(source);
    const QString value = generator.generate(random);
    *sentinelNext = random.next64() == Sentinel;
    return value;
}

} // namespace passforge::test
