// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"

#include <span>
#include <vector>

namespace passforge {

// A group of symbols that a password must use at least `minimum` times.
struct SymbolClass
{
    int size = 0;
    int minimum = 0;
};

// How many symbols of each class a password of `length` symbols holds, when every password that
// meets the minimums is equally likely: the composition c has probability proportional to
// multinomial(length; c) * prod size_g^c_g. Counts the passwords (log2Count) and draws
// compositions from that law exactly, at a cost bounded by O(classes * length) per draw whatever
// the minimums: no rejection of whole passwords, so heavy minimums never stall.
//
// Counting works in log space with doubles (no long double: it is 64-bit on MSVC and ARM macOS),
// exact to far below 0.01 bit at length 1024. Drawing uses those doubles only to propose; an exact
// big-integer correction makes the result exactly distributed (see draw()).
class ClassComposition
{
public:
    ClassComposition() = default;
    ClassComposition(int length, std::span<const SymbolClass> classes);

    bool feasible() const { return m_feasible; }
    // log2 of the number of passwords that meet the minimums.
    double log2Count() const { return m_log2Count; }
    // log2 of the share of all passwords over the classes' union that meet them.
    double log2Probability() const { return m_log2Probability; }

    // Fills counts (one per class given, in order) with a composition drawn with exactly its
    // probability. Classes without a minimum share one pooled count, written to `pooled`; the
    // caller spreads it by drawing uniformly over their union. Throws std::logic_error when
    // infeasible.
    void draw(Random &random, std::span<int> counts, int &pooled) const;

private:
    // log of the terms C(j, c) p^c (1-p)^(j-c) share_{k+1}(j - c) of stage k at j symbols left,
    // for c in [first, first + terms.size()); -inf where infeasible.
    void stageTerms(std::size_t k, int j, std::vector<double> &terms, int &first) const;
    // log of the sum of stage k's terms at j, given step[m] = share_{k+1}(m-1) / share_{k+1}(m).
    double rowLogSum(std::size_t k, int j, const std::vector<double> &step) const;

    int m_length = 0;
    bool m_feasible = false;
    double m_log2Count = 0;
    double m_log2Probability = 0;
    std::vector<int> m_constrained;  // indices of the classes with a minimum and symbols
    std::vector<int> m_size;         // their sizes
    std::vector<int> m_minimum;      // their minimums
    std::vector<int> m_minimumAfter; // sum of the minimums of the stages after each one
    std::vector<double> m_logP;      // log of stage k's share of the symbols from k on
    std::vector<double> m_logNotP;   // log (1 - p), -inf when nothing follows
    std::vector<double> m_logFactorial;
    // m_logShare[k][j]: log of the share of strings of length j over stages k.. and the pool that
    // meet stage k..'s minimums; m_logShare[K] is the pool alone.
    std::vector<std::vector<double>> m_logShare;
    int m_pooledSize = 0;
    int m_totalSize = 0;
    std::size_t m_classCount = 0;
};

} // namespace passforge
