// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BigInt.h"
#include "PasswordRules.h"
#include "Random.h"
#include "SecureMemory.h"

#include <span>
#include <string>
#include <vector>

namespace passforge {

// Passwords of one length over an alphabet of printable ASCII characters that hold at least one
// character of each required set and repeat no character more than maxConsecutive times in a
// row (0: no limit), drawn exactly uniformly over all such passwords.
//
// How. Characters fall into types by which required sets contain them. By inclusion-exclusion
// over the requirements still unmet, the number of ways to finish a password depends only on the
// positions left, the unmet set and (with a run limit) the type of the last character; those
// counts are exact big integers. A password is one uniform integer r below the total, decoded
// ("unranked") character by character, or run by run with a limit: each choice takes the share
// of r its completions count for. Every password has exactly one r, so each is equally likely,
// with no rejection and no loop: the cost is fixed by the rules and the length.
class RulesSampler
{
public:
    static constexpr int MaxRequiredSets = PasswordRules::MaxRequiredSets;

    RulesSampler(const AsciiSet &alphabet, std::span<const AsciiSet> required, int maxConsecutive,
                 int length);

    bool tooComplex() const { return m_tooComplex; }
    bool feasible() const { return m_total > 0; }
    double log2Count() const { return m_log2Count; }
    // The number of passwords, in decimal.
    std::string countText() const { return m_total.str(); }

    // Appends one password (length bytes). Throws std::logic_error when infeasible.
    void append(Random &random, SecureBytes &out) const;

private:
    struct Type
    {
        unsigned mask = 0;      // the required sets its characters belong to
        std::string characters; // in code order
    };

    // Ways to fill j positions that meet every set in unmet; with a run limit, the first of them
    // differs from the previous character, of type previous (-1: none).
    BigInt completions(int j, unsigned unmet, int previous) const;
    BigInt computeCompletions(int j, unsigned unmet, int previous) const;
    // With a run limit: the sum of completions(j - l, unmet, type) for l = 1..min(limit, j).
    BigInt runCompletions(int j, unsigned unmet, int type) const;
    BigInt computeRunCompletions(int j, unsigned unmet, int type) const;
    std::size_t stateIndex(int j, unsigned unmet, int previous) const;
    void appendUnlimited(BigInt &r, SecureBytes &out) const;
    void appendLimited(BigInt &r, SecureBytes &out) const;

    int m_length = 0;
    int m_limit = 0; // the run limit when it binds (below the length), else 0
    bool m_tooComplex = false;
    unsigned m_full = 0; // every required set
    std::vector<Type> m_types;
    // For each subset S of the required sets: the index into m_sizes of the number of alphabet
    // characters in none of S.
    std::vector<int> m_sizeIndex;
    std::vector<int> m_sizes;
    // m_table[i][j]: without a limit, m_sizes[i]^j; with one, the strings of length j (j >= 1)
    // over m_sizes[i] characters whose first character is fixed, with no run above the limit.
    // m_prefix[i][j]: with a limit, the sum of m_table[i][1..j].
    std::vector<std::vector<BigInt>> m_table;
    std::vector<std::vector<BigInt>> m_prefix;
    // Both functions above for every state, when there are few enough states to keep them:
    // then a password costs a lookup per choice instead of an inclusion-exclusion sum.
    std::vector<BigInt> m_completionCache;
    std::vector<BigInt> m_runCache;
    BigInt m_total;
    double m_log2Count = 0;
};

} // namespace passforge
