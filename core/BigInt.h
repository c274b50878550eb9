// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "SecureMemory.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace passforge {

// Big integers for the exact samplers. What they hold is derived from secrets (a password's
// composition, its rank), so their limbs are wiped when freed, like every other container of
// secret-derived data.
using BigInt = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<
    0, 0, boost::multiprecision::signed_magnitude, boost::multiprecision::unchecked,
    WipingAllocator<boost::multiprecision::limb_type>>>;

// Uniform in [0, bound), bound > 0: random words masked to bound's bit length, rejected while
// not below it (fewer than two tries on average).
BigInt uniformBelow(Random &random, const BigInt &bound);

// log2 of a positive value, to double precision; -infinity for 0.
double log2Of(const BigInt &value);

} // namespace passforge
