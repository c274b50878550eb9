// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChiSquare.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace passforge::stats {

namespace {

constexpr int MaxIterations = 100000;
constexpr double Epsilon = 1e-16;
constexpr double Tiny = 1e-300;

// log of the common factor x^a e^-x / Gamma(a) of both expansions.
double logPrefactor(double a, double x)
{
    return a * std::log(x) - x - std::lgamma(a);
}

// P(a, x) by its power series, for x < a + 1 where the terms shrink quickly:
// P = x^a e^-x / Gamma(a + 1) * sum_n x^n / ((a + 1) ... (a + n)).
double gammaPSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < MaxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * Epsilon)
            break;
    }
    return sum * std::exp(logPrefactor(a, x));
}

// Q(a, x) by its continued fraction (Legendre), for x >= a + 1, evaluated with the modified
// Lentz method: Q = x^a e^-x / Gamma(a) * 1/(x + 1 - a - 1(1 - a)/(x + 3 - a - 2(2 - a)/(...))).
double gammaQContinuedFraction(double a, double x)
{
    double b = x + 1.0 - a;
    double c = 1.0 / Tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < MaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = b + an / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < Epsilon)
            break;
    }
    return std::exp(logPrefactor(a, x)) * h;
}

void checkArguments(double a, double x)
{
    if (!(a > 0) || !(x >= 0))
        throw std::invalid_argument("incomplete gamma: needs a > 0 and x >= 0");
}

} // namespace

double regularizedGammaP(double a, double x)
{
    checkArguments(a, x);
    if (x == 0)
        return 0;
    return x < a + 1 ? gammaPSeries(a, x) : 1.0 - gammaQContinuedFraction(a, x);
}

double regularizedGammaQ(double a, double x)
{
    checkArguments(a, x);
    if (x == 0)
        return 1;
    return x < a + 1 ? 1.0 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}

double chiSquareSurvival(double x, double df)
{
    return regularizedGammaQ(df / 2, std::max(0.0, x) / 2);
}

double chiSquareCritical(double df, double alpha)
{
    double lo = 0;
    double hi = df + 10;
    while (chiSquareSurvival(hi, df) > alpha)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (chiSquareSurvival(mid, df) > alpha ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

double noncentralChiSquareCdf(double x, double df, double lambda)
{
    if (lambda == 0)
        return regularizedGammaP(df / 2, x / 2);
    // Poisson weights beyond 40 standard deviations of the mean weigh less than e^-800 in all.
    const double mean = lambda / 2;
    const double spread = 40 * std::sqrt(mean) + 40;
    const auto first = static_cast<long long>(std::max(0.0, std::floor(mean - spread)));
    const auto last = static_cast<long long>(std::ceil(mean + spread));
    long double sum = 0;
    for (long long j = first; j <= last; ++j) {
        const double jd = static_cast<double>(j);
        const double weight = std::exp(-mean + jd * std::log(mean) - std::lgamma(jd + 1));
        if (weight == 0)
            continue;
        sum += weight * regularizedGammaP(df / 2 + jd, x / 2);
    }
    return static_cast<double>(sum);
}

double requiredNoncentrality(double df, double alpha, double beta)
{
    const double critical = chiSquareCritical(df, alpha);
    double lo = 0;
    double hi = 1;
    while (noncentralChiSquareCdf(critical, df, hi) > beta)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-10 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (noncentralChiSquareCdf(critical, df, mid) > beta ? lo : hi) = mid;
    }
    return hi;
}

std::uint64_t samplesForRelativeBias(double p, double df, double delta)
{
    const double lambda = requiredNoncentrality(df);
    return static_cast<std::uint64_t>(std::ceil(lambda * (1 - p) / (p * delta * delta)));
}

std::uint64_t samplesForUniform(std::size_t cells, double delta)
{
    return samplesForRelativeBias(1.0 / static_cast<double>(cells), static_cast<double>(cells - 1),
                                  delta);
}

std::uint64_t samplesForTotalVariation(double df, double epsilon)
{
    return static_cast<std::uint64_t>(
        std::ceil(requiredNoncentrality(df) / (4 * epsilon * epsilon)));
}

double detectableRelativeBias(double p, double df, std::uint64_t n)
{
    return std::sqrt(requiredNoncentrality(df) * (1 - p) / (p * static_cast<double>(n)));
}

QString ChiSquareResult::describe() const
{
    if (impossibleOutcome) {
        return QStringLiteral("%1 samples, a count of %2 in cell %3 whose probability is 0")
            .arg(samples)
            .arg(worstObserved)
            .arg(worstCell);
    }
    return QStringLiteral("chi2 = %1, df = %2, p = %3 (reject below %4), %5 samples in %6 cells "
                          "(%7 pooled); largest term: cell %8, observed %9, expected %10")
        .arg(statistic, 0, 'g', 8)
        .arg(df)
        .arg(pValue, 0, 'g', 4)
        .arg(Significance, 0, 'g', 2)
        .arg(samples)
        .arg(cells)
        .arg(pooledCells)
        .arg(worstCell)
        .arg(worstObserved, 0, 'f', 0)
        .arg(worstExpected, 0, 'f', 1);
}

ChiSquareResult chiSquareTest(std::span<const std::uint64_t> observed,
                              std::span<const double> probabilities)
{
    if (observed.size() != probabilities.size())
        throw std::invalid_argument("chiSquareTest: one probability per cell");
    long double total = 0;
    for (double p : probabilities)
        total += p;
    if (std::fabs(static_cast<double>(total) - 1.0) > 1e-9)
        throw std::invalid_argument("chiSquareTest: probabilities must sum to 1");

    ChiSquareResult result;
    for (std::uint64_t o : observed)
        result.samples += o;
    const auto n = static_cast<double>(result.samples);

    struct Cell
    {
        long long index;
        double observed;
        double expected;
    };
    std::vector<Cell> cells;
    Cell pool{-1, 0, 0};
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const auto o = static_cast<double>(observed[i]);
        if (probabilities[i] == 0) {
            if (o > 0) {
                result.impossibleOutcome = true;
                result.worstCell = static_cast<long long>(i);
                result.worstObserved = o;
                result.pValue = 0;
                return result;
            }
            continue;
        }
        const double e = n * probabilities[i];
        if (e < MinExpectedCount) {
            pool.observed += o;
            pool.expected += e;
            ++result.pooledCells;
        } else {
            cells.push_back({static_cast<long long>(i), o, e});
        }
    }
    if (result.pooledCells > 0) {
        if (pool.expected >= MinExpectedCount || cells.empty()) {
            cells.push_back(pool);
        } else {
            auto smallest = std::min_element(cells.begin(), cells.end(), [](auto &x, auto &y) {
                return x.expected < y.expected;
            });
            smallest->observed += pool.observed;
            smallest->expected += pool.expected;
        }
    }

    long double statistic = 0;
    double worst = -1;
    for (const Cell &c : cells) {
        const double term = (c.observed - c.expected) * (c.observed - c.expected) / c.expected;
        statistic += term;
        if (term > worst) {
            worst = term;
            result.worstCell = c.index;
            result.worstObserved = c.observed;
            result.worstExpected = c.expected;
        }
    }
    result.statistic = static_cast<double>(statistic);
    result.cells = static_cast<int>(cells.size());
    result.df = result.cells - 1;
    result.pValue = result.df >= 1 ? chiSquareSurvival(result.statistic, result.df) : 1.0;
    return result;
}

ChiSquareResult chiSquareUniform(std::span<const std::uint64_t> observed)
{
    const std::vector<double> probabilities(observed.size(),
                                            1.0 / static_cast<double>(observed.size()));
    return chiSquareTest(observed, probabilities);
}

} // namespace passforge::stats
