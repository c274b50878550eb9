// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConstrainedCount.h"

#include <cmath>
#include <vector>

namespace passforge {

ConstrainedCount countConstrained(int length, std::span<const SymbolClass> classes)
{
    ConstrainedCount result;
    if (length < 0)
        return result;

    // Unconstrained classes merge into one "rest" group; only classes with a minimum need a step.
    long double rest = 0;
    std::vector<SymbolClass> constrained;
    long long minimumSum = 0;
    for (const SymbolClass &c : classes) {
        if (c.size <= 0)
            continue;
        if (c.minimum > 0) {
            constrained.push_back(c);
            minimumSum += c.minimum;
        } else {
            rest += c.size;
        }
    }
    for (const SymbolClass &c : classes) {
        if (c.size <= 0 && c.minimum > 0)
            return result; // a required class with no symbols
    }
    long double total = rest;
    for (const SymbolClass &c : constrained)
        total += c.size;
    if (total <= 0 || minimumSum > length)
        return result;

    const int n = length;
    std::vector<long double> logFactorial(static_cast<std::size_t>(n) + 1);
    for (int i = 0; i <= n; ++i)
        logFactorial[i] = std::lgamma(static_cast<long double>(i) + 1);

    // q[j] = share of the strings of length j over the groups so far that meet their minimums.
    std::vector<long double> q(static_cast<std::size_t>(n) + 1, 0.0L);
    if (rest > 0) {
        std::fill(q.begin(), q.end(), 1.0L);
    } else {
        q[0] = 1.0L;
    }
    long double groupTotal = rest;
    for (std::size_t ci = 0; ci < constrained.size(); ++ci) {
        const SymbolClass &c = constrained[ci];
        groupTotal += c.size;
        const long double p = c.size / groupTotal;
        const long double logP = std::log(p);
        const long double logNotP = p < 1 ? std::log1p(-p) : 0;
        const bool last = ci + 1 == constrained.size();
        std::vector<long double> next(q.size(), 0.0L);
        // The last step only needs the full length.
        for (int j = last ? n : 0; j <= n; ++j) {
            long double sum = 0;
            if (p >= 1) {
                // Only this class is left: every symbol is one of its own.
                sum = j >= c.minimum ? q[0] : 0.0L;
            } else if (j >= c.minimum) {
                // One exp per row; the binomial terms follow by the ratio
                // pmf(k + 1) / pmf(k) = (j - k) / (k + 1) * p / (1 - p).
                const long double ratio = p / (1 - p);
                long double pmf = std::exp(logFactorial[j] - logFactorial[c.minimum] -
                                           logFactorial[j - c.minimum] + c.minimum * logP +
                                           (j - c.minimum) * logNotP);
                for (int k = c.minimum; k <= j; ++k) {
                    sum += pmf * q[static_cast<std::size_t>(j - k)];
                    pmf *= ratio * (j - k) / (k + 1);
                }
            }
            next[static_cast<std::size_t>(j)] = sum;
        }
        q.swap(next);
    }
    const long double share = q[static_cast<std::size_t>(n)];
    if (!(share > 0))
        return result;
    result.feasible = true;
    result.log2Probability = static_cast<double>(std::log2(share));
    result.log2Count = static_cast<double>(n * std::log2(total) + std::log2(share));
    return result;
}

} // namespace passforge
