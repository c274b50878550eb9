// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesSampler.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace passforge {

namespace {

char characterAt(std::size_t index)
{
    return static_cast<char>(' ' + index);
}

constexpr std::size_t MaxCachedStates = std::size_t{1} << 16;
// In limb operations: under 10 ms, so that a window that rebuilds the sampler on each
// keystroke stays responsive (fedex.com's rules at length 1024 would take 150 ms).
constexpr std::size_t MaxCacheWork = std::size_t{1} << 18;

int sign(unsigned subset)
{
    return std::popcount(subset) % 2 == 0 ? 1 : -1;
}

} // namespace

RulesSampler::RulesSampler(const AsciiSet &alphabet, std::span<const AsciiSet> required,
                           int maxConsecutive, int length)
    : m_length(length)
{
    if (length < 1 || alphabet.none())
        return;
    // Only what can be drawn counts; a set that is empty then cannot be met. A set that contains
    // another is met whenever that one is, so it drops out.
    std::vector<AsciiSet> sets;
    for (const AsciiSet &set : required) {
        const AsciiSet usable = set & alphabet;
        if (usable.none())
            return;
        sets.push_back(usable);
    }
    std::vector<AsciiSet> reduced;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        bool implied = false;
        for (std::size_t j = 0; j < sets.size() && !implied; ++j) {
            if (i == j)
                continue;
            const bool within = (sets[j] & ~sets[i]).none();
            // j is inside i: i is implied, unless they are equal and j comes later.
            implied = within && (sets[j] != sets[i] || j < i);
        }
        if (!implied)
            reduced.push_back(sets[i]);
    }
    if (reduced.size() > static_cast<std::size_t>(MaxRequiredSets)) {
        m_tooComplex = true;
        return;
    }
    const auto setCount = static_cast<unsigned>(reduced.size());
    m_full = (1u << setCount) - 1;
    m_limit = maxConsecutive > 0 && maxConsecutive < length ? maxConsecutive : 0;

    for (std::size_t i = 0; i < alphabet.size(); ++i) {
        if (!alphabet.test(i))
            continue;
        unsigned mask = 0;
        for (unsigned s = 0; s < setCount; ++s) {
            if (reduced[s].test(i))
                mask |= 1u << s;
        }
        auto type = std::find_if(m_types.begin(), m_types.end(),
                                 [mask](const Type &t) { return t.mask == mask; });
        if (type == m_types.end())
            type = m_types.insert(m_types.end(), Type{mask, {}});
        type->characters.push_back(characterAt(i));
    }

    m_sizeIndex.resize(std::size_t{1} << setCount);
    for (unsigned subset = 0; subset <= m_full; ++subset) {
        int size = 0;
        for (const Type &t : m_types) {
            if ((t.mask & subset) == 0)
                size += static_cast<int>(t.characters.size());
        }
        auto found = std::find(m_sizes.begin(), m_sizes.end(), size);
        if (found == m_sizes.end())
            found = m_sizes.insert(m_sizes.end(), size);
        m_sizeIndex[subset] = static_cast<int>(found - m_sizes.begin());
    }

    const auto n = static_cast<std::size_t>(length);
    for (const int a : m_sizes) {
        std::vector<BigInt> row(n + 1);
        std::vector<BigInt> prefix;
        if (m_limit == 0) {
            row[0] = 1;
            for (std::size_t j = 1; j <= n; ++j)
                row[j] = row[j - 1] * a;
        } else {
            // F(j) = [j <= limit] + (a - 1) * sum of F(j - l) for l = 1..min(limit, j - 1): a
            // first run of l, then a string whose fixed first character is one of the a - 1
            // others.
            prefix.assign(n + 1, BigInt(0));
            const auto limit = static_cast<std::size_t>(m_limit);
            for (std::size_t j = 1; j <= n; ++j) {
                const std::size_t low = j > limit ? j - limit : 1; // F(low .. j-1)
                BigInt window = prefix[j - 1] - prefix[low - 1];
                row[j] = (j <= limit ? 1 : 0) + window * (a - 1);
                prefix[j] = prefix[j - 1] + row[j];
            }
        }
        m_table.push_back(std::move(row));
        m_prefix.push_back(std::move(prefix));
    }
    // Keeping every state costs (length + 1) * 2^sets * (types + 1) numbers, each computed from
    // 2^sets terms of about length / 64 limbs: bounded so that building stays short.
    const std::size_t states = (n + 1) * (std::size_t{m_full} + 1) * (m_types.size() + 1);
    const std::size_t limbs = n / 64 + 1; // the size of the numbers, roughly
    if (states <= MaxCachedStates && states * (std::size_t{m_full} + 1) * limbs <= MaxCacheWork) {
        m_completionCache.resize(states);
        if (m_limit > 0)
            m_runCache.resize(states);
        for (int j = 0; j <= length; ++j) {
            for (unsigned unmet = 0; unmet <= m_full; ++unmet) {
                for (int previous = -1; previous < static_cast<int>(m_types.size()); ++previous) {
                    const std::size_t index = stateIndex(j, unmet, previous);
                    m_completionCache[index] = computeCompletions(j, unmet, previous);
                    if (m_limit > 0 && previous >= 0 && j > 0)
                        m_runCache[index] = computeRunCompletions(j, unmet, previous);
                }
            }
        }
    }
    m_total = completions(length, m_full, -1);
    m_log2Count = log2Of(m_total);
}

std::size_t RulesSampler::stateIndex(int j, unsigned unmet, int previous) const
{
    return (static_cast<std::size_t>(j) * (std::size_t{m_full} + 1) + unmet) *
               (m_types.size() + 1) +
           static_cast<std::size_t>(previous + 1);
}

BigInt RulesSampler::completions(int j, unsigned unmet, int previous) const
{
    if (!m_completionCache.empty())
        return m_completionCache[stateIndex(j, unmet, previous)];
    return computeCompletions(j, unmet, previous);
}

BigInt RulesSampler::runCompletions(int j, unsigned unmet, int type) const
{
    if (!m_runCache.empty())
        return m_runCache[stateIndex(j, unmet, type)];
    return computeRunCompletions(j, unmet, type);
}

BigInt RulesSampler::computeCompletions(int j, unsigned unmet, int previous) const
{
    if (j == 0)
        return unmet == 0 ? 1 : 0;
    const auto jj = static_cast<std::size_t>(j);
    BigInt sum = 0;
    for (unsigned subset = unmet;; subset = (subset - 1) & unmet) {
        const auto index = static_cast<std::size_t>(m_sizeIndex[subset]);
        if (m_limit == 0) {
            sum += sign(subset) * m_table[index][jj];
        } else {
            // Strings over the a characters in none of S, no run above the limit, first one not
            // the previous character (when that is among the a).
            const int excluded =
                previous >= 0 && (m_types[static_cast<std::size_t>(previous)].mask & subset) == 0;
            sum += sign(subset) * (m_sizes[index] - excluded) * m_table[index][jj];
        }
        if (subset == 0)
            break;
    }
    return sum;
}

BigInt RulesSampler::computeRunCompletions(int j, unsigned unmet, int type) const
{
    // sum over l = 1..L of completions(j - l, unmet, type), L = min(limit, j): the j - l = 0 term
    // apart, a difference of prefix sums per subset.
    const int runs = std::min(m_limit, j);
    BigInt sum = runs == j && unmet == 0 ? 1 : 0;
    const int high = j - 1;
    const int low = std::max(j - runs, 1);
    if (high < low)
        return sum;
    for (unsigned subset = unmet;; subset = (subset - 1) & unmet) {
        const auto index = static_cast<std::size_t>(m_sizeIndex[subset]);
        const int excluded = (m_types[static_cast<std::size_t>(type)].mask & subset) == 0;
        const auto &prefix = m_prefix[index];
        sum += sign(subset) * (m_sizes[index] - excluded) *
               (prefix[static_cast<std::size_t>(high)] - prefix[static_cast<std::size_t>(low - 1)]);
        if (subset == 0)
            break;
    }
    return sum;
}

void RulesSampler::appendUnlimited(BigInt &r, SecureBytes &out) const
{
    unsigned unmet = m_full;
    for (int left = m_length - 1; left >= 0; --left) {
        bool placed = false;
        for (const Type &t : m_types) {
            const BigInt ways = completions(left, unmet & ~t.mask, -1);
            const BigInt weight = ways * static_cast<unsigned>(t.characters.size());
            if (r >= weight) {
                r -= weight;
                continue;
            }
            const auto index = static_cast<std::size_t>(r / ways);
            r %= ways;
            out.push_back(t.characters[index]);
            unmet &= ~t.mask;
            placed = true;
            break;
        }
        if (!placed)
            throw std::logic_error("RulesSampler: rank out of range");
    }
}

void RulesSampler::appendLimited(BigInt &r, SecureBytes &out) const
{
    unsigned unmet = m_full;
    int previousType = -1;
    char previous = 0;
    int left = m_length;
    while (left > 0) {
        bool placed = false;
        for (std::size_t ti = 0; ti < m_types.size(); ++ti) {
            const Type &t = m_types[ti];
            const int type = static_cast<int>(ti);
            const unsigned after = unmet & ~t.mask;
            const auto choices =
                static_cast<unsigned>(t.characters.size()) - (type == previousType ? 1 : 0);
            if (choices == 0)
                continue;
            const BigInt runs = runCompletions(left, after, type);
            const BigInt weight = runs * choices;
            if (r >= weight) {
                r -= weight;
                continue;
            }
            auto index = static_cast<std::size_t>(r / runs);
            r %= runs;
            // The index-th character of the type, skipping the previous one.
            if (type == previousType && t.characters.find(previous) <= index)
                ++index;
            const char c = t.characters[index];
            int run = 1;
            for (;; ++run) {
                const BigInt ways = completions(left - run, after, type);
                if (r < ways)
                    break;
                r -= ways;
            }
            out.insert(out.end(), static_cast<std::size_t>(run), c);
            left -= run;
            unmet = after;
            previousType = type;
            previous = c;
            placed = true;
            break;
        }
        if (!placed)
            throw std::logic_error("RulesSampler: rank out of range");
    }
}

void RulesSampler::append(Random &random, SecureBytes &out) const
{
    if (!feasible())
        throw std::logic_error("RulesSampler: no password meets the rules");
    BigInt r = uniformBelow(random, m_total);
    out.reserve(out.size() + static_cast<std::size_t>(m_length));
    if (m_limit == 0)
        appendUnlimited(r, out);
    else
        appendLimited(r, out);
}

} // namespace passforge
