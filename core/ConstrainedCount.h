// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace passforge {

// A group of symbols that a password must use at least `minimum` times.
struct SymbolClass
{
    int size = 0;
    int minimum = 0;
};

// The probability that `length` symbols drawn uniformly from the union of the classes meet every
// class's minimum, and log2 of the number of such passwords. Exact up to floating-point rounding:
// a dynamic programme over the classes with binomial terms, no sampling and no approximation.
struct ConstrainedCount
{
    double log2Count = 0;       // log2 of the number of passwords that meet the minimums
    double log2Probability = 0; // log2 of the share of all passwords that meet them
    bool feasible = false;
};

ConstrainedCount countConstrained(int length, std::span<const SymbolClass> classes);

} // namespace passforge
