// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <stdexcept>

// The documented facade of core, for code that wants Python's secrets module: the same names (in
// camelCase), defaults and edge cases. Python's ValueError maps to std::invalid_argument and
// IndexError to std::out_of_range. Built on Random (bounded integers) and TokenGenerator
// (tokens, in any size), so that it shares their tests and their wiping.
namespace passforge::secrets {

constexpr qsizetype DefaultTokenBytes = 32;

// nbytes random bytes; 0 gives an empty result, a negative count throws.
QByteArray tokenBytes(Random &random, qsizetype nbytes = DefaultTokenBytes);
// Two lowercase hex digits per byte.
QString tokenHex(Random &random, qsizetype nbytes = DefaultTokenBytes);
// Base64url of nbytes bytes with the '=' padding stripped: about 1.3 characters per byte.
QString tokenUrlsafe(Random &random, qsizetype nbytes = DefaultTokenBytes);
// Uniform in [0, n); throws for n <= 0.
std::int64_t randBelow(Random &random, std::int64_t n);

// A uniformly chosen element; throws std::out_of_range for an empty sequence.
template <typename Sequence> auto choice(Random &random, const Sequence &seq) -> decltype(seq[0])
{
    const auto size = static_cast<std::uint64_t>(std::size(seq));
    if (size == 0)
        throw std::out_of_range("Cannot choose from an empty sequence");
    return seq[static_cast<decltype(std::size(seq))>(random.below(size))];
}

} // namespace passforge::secrets
