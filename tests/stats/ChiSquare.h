// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>

// Pearson's chi-square goodness-of-fit test and the numbers behind its design: the upper tail of
// the chi-square distribution, the non-central distribution that gives the test's power, and the
// sample sizes that follow from them. Written here from the textbook formulas rather than taken
// from a library, so that tst_stats_chisquare can pin every piece against closed forms.
namespace passforge::stats {

// Every statistical test rejects when p < Significance. It is fixed: never loosened to make a
// test pass. The suite runs about a thousand such tests (every character position counts), so a
// correct generator fails a full run by chance about once in a thousand runs.
inline constexpr double Significance = 1e-6;
// Sample sizes are chosen so that the bias a test is meant to catch is missed with at most this
// probability (power 1 - 1e-6). Matching it to the significance makes the power check in
// tst_stats_chisquare as unlikely to fail by chance as any other test.
inline constexpr double MissProbability = 1e-6;
// The bias that the overall tests must catch: one cell's probability 1% too high (or too low),
// the other cells scaled to compensate.
inline constexpr double RelativeBias = 0.01;
// Cells expecting fewer counts than this are pooled before testing. A count expecting 1000 has
// skewness 1/sqrt(1000) = 0.03, close enough to normal that the chi-square approximation still
// holds out in the 1e-6 tail where the tests decide; small cells would make that tail heavier.
inline constexpr double MinExpectedCount = 1000;

// The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x), a > 0, x >= 0.
// Each is computed directly where it is small (series for P below x = a + 1, continued fraction
// for Q above it), so tiny tails keep their relative accuracy.
double regularizedGammaP(double a, double x);
double regularizedGammaQ(double a, double x);

// P(X >= x) for X chi-square with df degrees of freedom: Q(df/2, x/2).
double chiSquareSurvival(double x, double df);
// The x with chiSquareSurvival(x, df) == alpha.
double chiSquareCritical(double df, double alpha);
// P(X <= x) for X non-central chi-square with df degrees of freedom and non-centrality lambda: a
// Poisson(lambda/2) mixture of central chi-squares with df + 2j degrees of freedom.
double noncentralChiSquareCdf(double x, double df, double lambda);
// The non-centrality at which the test at level alpha misses with probability beta: the lambda
// with noncentralChiSquareCdf(chiSquareCritical(df, alpha), df, lambda) == beta.
double requiredNoncentrality(double df, double alpha = Significance, double beta = MissProbability);

// Sample sizes. Under an alternative p' the statistic is approximately non-central chi-square
// with lambda = N * sum_i (p'_i - p_i)^2 / p_i, so N must make lambda reach
// requiredNoncentrality(df).
//
// A relative bias delta in one cell of probability p, the others scaled by a common factor to
// compensate: p' = p (1 + delta) there and p'_j = p_j (1 - delta p / (1 - p)) elsewhere, so
// lambda = N delta^2 (p + p^2 / (1 - p)) = N delta^2 p / (1 - p).
std::uint64_t samplesForRelativeBias(double p, double df, double delta = RelativeBias);
// The same for k equally likely cells: N = lambda(k - 1) (k - 1) / delta^2.
std::uint64_t samplesForUniform(std::size_t cells, double delta = RelativeBias);
// Any alternative at total variation distance epsilon (half the sum of |p'_i - p_i|): with S the
// cells that gain, Cauchy-Schwarz gives sum_S d^2/p >= epsilon^2 / P(S) and likewise for the
// rest, so lambda >= N epsilon^2 (1/P(S) + 1/(1 - P(S))) >= 4 N epsilon^2, whatever the cells.
std::uint64_t samplesForTotalVariation(double df, double epsilon);
// The smallest relative bias in a cell of probability p that n samples catch (the inverse of
// samplesForRelativeBias), for stating the power of a test whose size was set by another test.
double detectableRelativeBias(double p, double df, std::uint64_t n);

struct ChiSquareResult
{
    double statistic = 0;
    int df = 0;
    double pValue = 1;
    std::uint64_t samples = 0;
    int cells = 0;       // cells tested, after pooling
    int pooledCells = 0; // cells that were pooled into one because they expected too little
    // The cell that contributes most to the statistic, as given to the test (before pooling;
    // -1 for the pool), with its counts: where to look first when a test fails.
    long long worstCell = 0;
    double worstObserved = 0;
    double worstExpected = 0;
    // A count in a cell of probability 0: an impossible outcome, rejected whatever the rest.
    bool impossibleOutcome = false;

    bool rejected() const { return impossibleOutcome || pValue < Significance; }
    // Usable only with at least two cells left after pooling; a design error otherwise.
    bool testable() const { return df >= 1; }
    QString describe() const;
};

// Pearson's test of observed counts against cell probabilities (which must sum to 1). Cells that
// expect fewer than MinExpectedCount are pooled into one; if the pool itself expects too little it
// joins the smallest remaining cell. df = cells after pooling - 1.
ChiSquareResult chiSquareTest(std::span<const std::uint64_t> observed,
                              std::span<const double> probabilities);
// The same against equally likely cells.
ChiSquareResult chiSquareUniform(std::span<const std::uint64_t> observed);

} // namespace passforge::stats

// Fails the current Qt test unless result is a usable test that does not reject uniformity (or
// the expected distribution), with what was tested and the figures in the message.
#define PASSFORGE_VERIFY_FITS(result, what)                                                        \
    do {                                                                                           \
        const auto &pfResult_ = (result);                                                          \
        const QString pfMessage_ = QString(what) + QStringLiteral(": ") + pfResult_.describe();    \
        QVERIFY2(!pfResult_.rejected(), qPrintable(pfMessage_));                                   \
        QVERIFY2(pfResult_.testable(), qPrintable(pfMessage_));                                    \
    } while (false)
