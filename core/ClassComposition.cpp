// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassComposition.h"

#include "BigInt.h"
#include "SecureMemory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace passforge {

namespace {

constexpr double MinusInfinity = -std::numeric_limits<double>::infinity();
// Terms this far (in natural log) below a row's largest add less than e^-40 = 4e-18 of it each,
// at most 1025 of them: below 1e-14 relative, nothing at the precision the counts need.
constexpr double NegligibleLog = -40.0;
const double NegligibleRatio = std::exp(NegligibleLog);
// Proposal weights are integers with this many bits for the row's largest term.
constexpr int WeightBits = 40;
// Slack of the acceptance bound over the estimated count: 2^-20 relative. The doubles behind the
// proposal are accurate to about 1e-12, so the bound holds with a factor of 10^6 to spare; draw()
// checks it exactly every time regardless.
constexpr double BoundSlack = 0x1p-20;

double logSumExp(const std::vector<double> &terms)
{
    double top = MinusInfinity;
    for (double t : terms)
        top = std::max(top, t);
    if (top == MinusInfinity)
        return MinusInfinity;
    double sum = 0;
    for (double t : terms) {
        if (t - top > NegligibleLog)
            sum += std::exp(t - top);
    }
    return top + std::log(sum);
}

// True with probability exactly p / q (0 <= p <= q): compares a uniform real U in [0, 1), read
// 64 bits at a time from the source, with p / q, reading more words only while undecided.
bool bernoulli(Random &random, BigInt p, const BigInt &q)
{
    for (;;) {
        const std::uint64_t u = random.next64();
        BigInt scaled = p << 64; // (p / q) * 2^64, over q
        const BigInt low = q * u;
        if (low >= scaled)
            return false; // U >= u / 2^64 >= p / q
        if (low + q <= scaled)
            return true;  // U < (u + 1) / 2^64 <= p / q
        p = scaled - low; // undecided: U's remaining bits against the remaining fraction
    }
}

} // namespace

ClassComposition::ClassComposition(int length, std::span<const SymbolClass> classes)
    : m_length(length)
    , m_classCount(classes.size())
{
    if (length < 0)
        return;
    long long minimumSum = 0;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const SymbolClass &c = classes[i];
        if (c.minimum > 0 && c.size <= 0)
            return; // a required class with no symbols
        if (c.size <= 0)
            continue;
        m_totalSize += c.size;
        if (c.minimum > 0) {
            m_constrained.push_back(static_cast<int>(i));
            m_size.push_back(c.size);
            m_minimum.push_back(c.minimum);
            minimumSum += c.minimum;
        } else {
            m_pooledSize += c.size;
        }
    }
    if (m_totalSize == 0 || minimumSum > length)
        return;

    const std::size_t stages = m_constrained.size();
    const auto n = static_cast<std::size_t>(length);
    m_minimumAfter.assign(stages, 0);
    m_logP.assign(stages, 0);
    m_logNotP.assign(stages, 0);
    int after = m_pooledSize;
    int minimumAfter = 0;
    for (std::size_t k = stages; k-- > 0;) {
        const int from = m_size[k] + after;
        m_logP[k] = std::log(static_cast<double>(m_size[k])) - std::log(static_cast<double>(from));
        m_logNotP[k] =
            after > 0 ? std::log(static_cast<double>(after)) - std::log(static_cast<double>(from))
                      : MinusInfinity;
        m_minimumAfter[k] = minimumAfter;
        minimumAfter += m_minimum[k];
        after = from;
    }
    m_logFactorial.resize(n + 1);
    for (std::size_t i = 0; i <= n; ++i)
        m_logFactorial[i] = std::lgamma(static_cast<double>(i) + 1.0);

    // share_k(j) = sum over c of C(j, c) p_k^c (1 - p_k)^(j - c) share_{k+1}(j - c): the symbols
    // from stage k on split into those of stage k and the rest. Stage 0 is only needed at the
    // full length, so only stages 1.. keep whole rows (the draw reads them).
    m_logShare.assign(stages + 1, {});
    m_logShare[stages].assign(n + 1, m_pooledSize > 0 ? 0.0 : MinusInfinity);
    m_logShare[stages][0] = 0.0;
    std::vector<double> terms;
    int first = 0;
    std::vector<double> step;
    for (std::size_t k = stages; k-- > 1;) {
        // Stage k is reached with j symbols left: at least the minimums from stage k on, at most
        // the length less the minimums before it. Other rows are never read.
        const int fromHere = m_minimum[k] + m_minimumAfter[k];
        const int highest = length - (static_cast<int>(minimumSum) - fromHere);
        m_logShare[k].assign(n + 1, MinusInfinity);
        const std::vector<double> &next = m_logShare[k + 1];
        step.assign(n + 1, 0.0);
        for (std::size_t m = 1; m <= n; ++m) {
            if (next[m] != MinusInfinity && next[m - 1] != MinusInfinity)
                step[m] = std::exp(next[m - 1] - next[m]);
        }
        for (int j = fromHere; j <= highest; ++j)
            m_logShare[k][static_cast<std::size_t>(j)] = rowLogSum(k, j, step);
    }
    double logShare = 0.0; // no constrained class: the pool alone, always met
    if (stages > 0) {
        stageTerms(0, length, terms, first);
        logShare = logSumExp(terms);
    }
    if (logShare == MinusInfinity)
        return;
    m_feasible = true;
    m_log2Probability = logShare / std::log(2.0);
    m_log2Count = length * std::log2(static_cast<double>(m_totalSize)) + m_log2Probability;
}

double ClassComposition::rowLogSum(std::size_t k, int j, const std::vector<double> &step) const
{
    // The sum of exp(term(c)) over stage k's row, in one pass without an exp per term: the ratio
    // of neighbouring terms is term(c + 1) / term(c) = (j - c) / (c + 1) * size_k / after_k *
    // share(j - c - 1) / share(j - c), and step[] holds the last factor. The running value and
    // sum carry a common scale, moved by 2^200 when they grow; a value that falls far below the
    // sum is followed in log space (cheap, no exp) and rejoins by one exp if it grows back, so
    // no shape of the row (one peak or several) loses a term that matters. Every 256 steps the
    // value is recomputed directly, which bounds the rounding the products accumulate.
    const int first = m_minimum[k];
    const int last = j - m_minimumAfter[k];
    if (last < first)
        return MinusInfinity;
    if (m_logNotP[k] == MinusInfinity)
        return m_logShare[k + 1][0]; // nothing follows: one term, c = j
    const std::vector<double> &next = m_logShare[k + 1];
    const double *lf = m_logFactorial.data();
    const auto term = [&](int c) {
        return lf[j] - lf[c] - lf[j - c] + c * m_logP[k] + (j - c) * m_logNotP[k] +
               next[static_cast<std::size_t>(j - c)];
    };
    const double ratio = std::exp(m_logP[k] - m_logNotP[k]);
    constexpr double Big = 0x1p200;
    const double logBig = 200 * std::log(2.0);
    double scale = term(first); // log of the unit that value and sum are counted in
    double value = 1.0;
    double sum = 0.0;
    bool faint = false;      // value is negligible and tracked by term() alone
    double faintLimit = 0.0; // while faint: the term, over scale, at which it matters again
    for (int c = first;; ++c) {
        if (!faint)
            sum += value;
        if (c == last)
            break;
        if (faint) {
            const double t = term(c + 1) - scale;
            if (t > faintLimit) {
                faint = false;
                value = std::exp(t);
            }
        } else if ((c - first) % 256 == 255) {
            value = std::exp(term(c + 1) - scale);
        } else {
            value *= static_cast<double>(j - c) / (c + 1) * ratio *
                     step[static_cast<std::size_t>(j - c)];
            if (value > Big) {
                value /= Big;
                sum /= Big;
                scale += logBig;
            }
        }
        if (!faint && value < sum * NegligibleRatio) {
            faint = true;
            faintLimit = std::log(sum) + NegligibleLog;
        }
    }
    return scale + std::log(sum);
}

void ClassComposition::stageTerms(std::size_t k, int j, std::vector<double> &terms,
                                  int &first) const
{
    terms.clear();
    first = m_minimum[k];
    const int last = j - m_minimumAfter[k];
    if (last < first)
        return;
    const std::vector<double> &next = m_logShare[k + 1];
    if (m_logNotP[k] == MinusInfinity) {
        // Nothing follows this stage: all j symbols are its own.
        first = j;
        terms.push_back(next[0]);
        return;
    }
    terms.reserve(static_cast<std::size_t>(last - first + 1));
    const double *lf = m_logFactorial.data();
    for (int c = first; c <= last; ++c) {
        terms.push_back(lf[j] - lf[c] - lf[j - c] + c * m_logP[k] + (j - c) * m_logNotP[k] +
                        next[static_cast<std::size_t>(j - c)]);
    }
}

void ClassComposition::draw(Random &random, std::span<int> counts, int &pooled) const
{
    if (!m_feasible || counts.size() != m_classCount)
        throw std::logic_error("ClassComposition: draw from an infeasible composition");
    // Why this is exact. Each stage k picks its count c_k from integer weights w_k(c) with total
    // T_k, so a composition c is proposed with probability exactly q(c) = prod w_k / prod T_k.
    // The weights come from doubles and only approximate the true conditional law; every
    // feasible c gets a weight of at least 1, so q(c) > 0 wherever count(c) > 0. The proposal is
    // then accepted with probability count(c) / (B q(c)), computed exactly in big integers, where
    // count(c) = n! / prod c_g! * prod size_g^c_g is the number of passwords with that
    // composition and B is a constant. An accepted c therefore has probability proportional to
    // q(c) * count(c) / (B q(c)) = count(c) / B: exactly the law of a uniform password's
    // composition, whatever the rounding in the doubles. That only needs count(c) <= B q(c) for
    // every c, which holds by a wide margin (B is the estimated total plus 2^-20, and q is
    // within about 1e-12 of the true law) and is checked exactly here: a violation throws rather
    // than draw with a bias. Acceptance is about 1 - 2^-20, so one proposal almost always does,
    // and each costs O(stages * length).
    const std::size_t stages = m_constrained.size();
    const auto n = static_cast<std::size_t>(m_length);

    // B = M * 2^E, M a 53-bit integer, slightly above 2^log2Count.
    const double log2Bound = m_log2Count + std::log1p(BoundSlack) / std::log(2.0);
    const double whole = std::floor(log2Bound);
    const auto mantissa =
        static_cast<std::uint64_t>(std::ceil(std::ldexp(std::exp2(log2Bound - whole), 52)));
    const long exponent = static_cast<long>(whole) - 52;

    BigInt factorialN = 1;
    for (std::size_t i = 2; i <= n; ++i)
        factorialN *= static_cast<std::uint64_t>(i);

    std::vector<double> terms;
    std::vector<std::uint64_t> weights;
    std::vector<int> drawn(stages);
    for (;;) {
        int left = m_length;
        BigInt weightProduct = 1;
        BigInt totalProduct = 1;
        for (std::size_t k = 0; k < stages; ++k) {
            int first = 0;
            stageTerms(k, left, terms, first);
            double top = MinusInfinity;
            for (double t : terms)
                top = std::max(top, t);
            weights.assign(terms.size(), 0);
            std::uint64_t total = 0;
            for (std::size_t i = 0; i < terms.size(); ++i) {
                if (terms[i] == MinusInfinity)
                    continue;
                const double scaled = std::ldexp(std::exp(terms[i] - top), WeightBits);
                weights[i] =
                    std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(scaled)));
                total += weights[i];
            }
            if (total == 0)
                throw std::logic_error("ClassComposition: empty stage");
            std::uint64_t r = random.below(total);
            std::size_t pick = 0;
            while (r >= weights[pick])
                r -= weights[pick++];
            drawn[k] = first + static_cast<int>(pick);
            weightProduct *= weights[pick];
            totalProduct *= total;
            left -= drawn[k];
        }

        // P / Q = count(c) / (B q(c)) = n! prod size^c * prod T / (M 2^E prod c! * prod w).
        BigInt p = factorialN * totalProduct;
        BigInt q = weightProduct * mantissa;
        for (std::size_t k = 0; k < stages; ++k) {
            p *= boost::multiprecision::pow(BigInt(m_size[k]), static_cast<unsigned>(drawn[k]));
            for (int i = 2; i <= drawn[k]; ++i)
                q *= static_cast<unsigned>(i);
        }
        if (left > 0) {
            p *= boost::multiprecision::pow(BigInt(m_pooledSize), static_cast<unsigned>(left));
            for (int i = 2; i <= left; ++i)
                q *= static_cast<unsigned>(i);
        }
        if (exponent >= 0)
            q <<= static_cast<unsigned>(exponent);
        else
            p <<= static_cast<unsigned>(-exponent);
        if (p > q)
            throw std::logic_error("ClassComposition: acceptance bound exceeded");
        if (bernoulli(random, std::move(p), q)) {
            std::fill(counts.begin(), counts.end(), 0);
            for (std::size_t k = 0; k < stages; ++k)
                counts[static_cast<std::size_t>(m_constrained[k])] = drawn[k];
            pooled = left;
            secureZero(drawn.data(), drawn.size() * sizeof(int));
            return;
        }
    }
}

} // namespace passforge
