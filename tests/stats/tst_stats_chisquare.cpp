// SPDX-License-Identifier: GPL-3.0-or-later
// The chi-square harness that every statistical test relies on, checked two ways:
// - its mathematics against closed forms and hand computations;
// - its power: the real OS source drives a sampler with a deliberate 1% bias, and the harness,
//   with exactly the sample size the real tests use, must reject it; the same sampler without
//   the bias must pass. That is what shows the sample sizes are sufficient.

#include "ChiSquare.h"
#include "WeightedSampler.h"

#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"

#include <QList>
#include <QTest>

#include <cmath>
#include <vector>

using namespace passforge::stats;

namespace {

// Q(df/2, x/2) in closed form. Even df = 2a: Q(a, y) = e^-y sum_{j<a} y^j / j!. Odd df: from
// Q(1/2, y) = erfc(sqrt y) and Q(s + 1, y) = Q(s, y) + y^s e^-y / Gamma(s + 1),
// Q(a, y) = erfc(sqrt y) + e^-y sum_{j=0}^{a-3/2} y^(j+1/2) / Gamma(j + 3/2). All terms are
// positive, so nothing cancels however far out in the tail.
long double closedFormSurvival(int df, long double x)
{
    const long double y = x / 2;
    long double sum = 0;
    if (df % 2 == 0) {
        long double term = 1;
        for (int j = 0; j < df / 2; ++j) {
            sum += term;
            term *= y / (j + 1);
        }
        return std::exp(-y) * sum;
    }
    long double term = 2 * std::sqrt(y) / std::sqrt(static_cast<long double>(M_PI)); // j = 0
    for (int j = 0; j < (df - 1) / 2; ++j) {
        sum += term;
        term *= y / (j + 1.5L);
    }
    return std::erfc(std::sqrt(y)) + std::exp(-y) * sum;
}

// P(a, y) = e^-y sum_{j>=a} y^j / j! for integer a (even df): the left tail without cancelling.
long double closedFormLowerEven(int df, long double x)
{
    const long double y = x / 2;
    long double term = 1;
    for (int j = 0; j < df / 2; ++j)
        term *= y / (j + 1);
    long double sum = 0;
    for (int j = df / 2; term > sum * 1e-22L || j < df / 2 + 2; ++j) {
        sum += term;
        term *= y / (j + 1);
    }
    return std::exp(-y) * sum;
}

// Standard normal lower tail, Phi(t) = erfc(-t / sqrt 2) / 2.
long double normalCdf(long double t)
{
    return std::erfc(-t / std::sqrt(2.0L)) / 2;
}

} // namespace

class TestChiSquare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survival_data();
    void survival();
    void critical_data();
    void critical();
    void noncentral_data();
    void noncentral();
    void requiredNoncentrality_data();
    void requiredNoncentrality();
    void pearson();
    void pooling();
    void impossibleAndUntestable();
    void noncentralityFormulas();
    void powerRelativeBias_data();
    void powerRelativeBias();
    void powerTotalVariation_data();
    void powerTotalVariation();
};

void TestChiSquare::survival_data()
{
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("x");
    // From the bulk through the 1e-6 region where the tests decide, to Q far below 1e-12.
    const QList<int> dfs{1, 2, 3, 4, 9, 10, 15, 31, 93, 94, 255, 256};
    for (int df : dfs) {
        const double sd = std::sqrt(2.0 * df);
        const QList<double> xs{0.01,         0.5 * df,    df - 1.0,    double(df),
                               df + 1.0,     df + 3 * sd, df + 6 * sd, df + 10 * sd,
                               df + 20 * sd, df + 80.0,   df + 200.0,  3.0 * df + 100};
        for (double x : xs) {
            if (x > 0)
                QTest::addRow("df %d x %.6g", df, x) << df << x;
        }
    }
}

void TestChiSquare::survival()
{
    QFETCH(int, df);
    QFETCH(double, x);
    const long double expected = closedFormSurvival(df, x);
    QVERIFY(expected > 1e-200L);
    const double q = chiSquareSurvival(x, df);
    const double relative = std::fabs(static_cast<double>((q - expected) / expected));
    QVERIFY2(relative < 1e-10, qPrintable(QStringLiteral("Q = %1, closed form %2")
                                              .arg(q, 0, 'g', 17)
                                              .arg(static_cast<double>(expected), 0, 'g', 17)));
    // P = 1 - Q, but computed directly where it is small: check that side too.
    const double p = regularizedGammaP(df / 2.0, x / 2);
    const long double lower = df % 2 == 0 && x < df ? closedFormLowerEven(df, x) : 0.0L;
    if (lower > 1e-200L) {
        QVERIFY2(std::fabs(static_cast<double>((p - lower) / lower)) < 1e-10,
                 qPrintable(QStringLiteral("P = %1, closed form %2")
                                .arg(p, 0, 'g', 17)
                                .arg(static_cast<double>(lower), 0, 'g', 17)));
    }
    QVERIFY(std::fabs(p + q - 1) < 1e-14);
}

void TestChiSquare::critical_data()
{
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("expected");
    // df = 2: Q = e^(-x/2) = 1e-6 gives x = 12 ln 10 = 27.631021115928548.
    QTest::addRow("df 2 closed form") << 2 << 12 * std::log(10.0);
    // df = 1: X = Z^2, so P(X > x) = 1e-6 is the two-sided normal point z = 4.8916384756985904
    // (Phi(z) = 1 - 5e-7), x = z^2 = 23.928126976934829.
    QTest::addRow("df 1 normal square") << 1 << 23.928126976934829;
    // No closed form: cross-checked with mpmath (gammainc, 40 digits).
    QTest::addRow("df 9 mpmath") << 9 << 44.81093787;
    QTest::addRow("df 93 mpmath") << 93 << 172.7473371;
    QTest::addRow("df 255 mpmath") << 255 << 377.0781155;
}

void TestChiSquare::critical()
{
    QFETCH(int, df);
    QFETCH(double, expected);
    const double x = chiSquareCritical(df, Significance);
    QVERIFY2(std::fabs(x - expected) / expected < 1e-8, qPrintable(QString::number(x, 'g', 17)));
    QVERIFY(std::fabs(chiSquareSurvival(x, df) / Significance - 1) < 1e-9);
}

void TestChiSquare::noncentral_data()
{
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("x");
    for (double lambda : {0.0, 0.5, 4.0, 30.0, 93.0, 250.0}) {
        for (double x : {0.3, 5.0, 23.928126976934829, 60.0, 300.0})
            QTest::addRow("lambda %g x %g", lambda, x) << lambda << x;
    }
}

void TestChiSquare::noncentral()
{
    // df = 1 in closed form: X = (Z + sqrt lambda)^2, so
    // P(X <= x) = Phi(sqrt x - sqrt lambda) - Phi(-sqrt x - sqrt lambda).
    QFETCH(double, lambda);
    QFETCH(double, x);
    const long double r = std::sqrt(static_cast<long double>(lambda));
    const long double s = std::sqrt(static_cast<long double>(x));
    const long double expected = normalCdf(s - r) - normalCdf(-s - r);
    const double cdf = noncentralChiSquareCdf(x, 1, lambda);
    if (expected < 1e-300L) {
        QVERIFY(cdf < 1e-290);
        return;
    }
    QVERIFY2(std::fabs(static_cast<double>((cdf - expected) / expected)) < 1e-9,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(cdf, 0, 'g', 17)
                            .arg(static_cast<double>(expected), 0, 'g', 17)));
}

void TestChiSquare::requiredNoncentrality_data()
{
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("expected");
    // df = 1: the far tail term Phi(-sqrt c - sqrt lambda) is below 1e-40, so miss probability
    // 1e-6 means sqrt lambda = sqrt c + z, z = 4.7534243088228989 (Phi(z) = 1 - 1e-6), and
    // lambda = (4.8916384756985904 + 4.7534243088228989)^2 = 93.027236...
    QTest::addRow("df 1 closed form") << 1 << 93.02723616;
    // Cross-checked with mpmath (a Poisson mixture of gammainc, 30 digits), to 6 digits.
    QTest::addRow("df 9 mpmath") << 9 << 120.654;
    QTest::addRow("df 93 mpmath") << 93 << 212.474;
    QTest::addRow("df 255 mpmath") << 255 << 299.093;
}

void TestChiSquare::requiredNoncentrality()
{
    QFETCH(int, df);
    QFETCH(double, expected);
    const double lambda = passforge::stats::requiredNoncentrality(df);
    QVERIFY2(std::fabs(lambda - expected) / expected < 5e-6,
             qPrintable(QString::number(lambda, 'g', 12)));
}

void TestChiSquare::pearson()
{
    // Expected 2000 each: (100^2 + 0 + 100^2) / 2000 = 10 with df 2, p = e^-5.
    const std::vector<std::uint64_t> counts{1900, 2000, 2100};
    const ChiSquareResult r = chiSquareUniform(counts);
    QCOMPARE(r.samples, 6000u);
    QCOMPARE(r.df, 2);
    QCOMPARE(r.cells, 3);
    QCOMPARE(r.pooledCells, 0);
    QVERIFY(std::fabs(r.statistic - 10) < 1e-12);
    QVERIFY(std::fabs(r.pValue / 0.006737946999085467 - 1) < 1e-12);
    QVERIFY(!r.rejected());
    QCOMPARE(r.worstCell, 0); // the first of the two equal terms
}

void TestChiSquare::pooling()
{
    {
        // N = 10000: expected 5000, 3000, 1200, 500, 300. The last two expect under 1000 and
        // are pooled (observed 750, expected 800); the pool still expects under 1000, so it joins
        // the smallest cell: 2000 against 2000. chi2 = 100^2/5000 + 100^2/3000 + 0 = 16/3, df 2,
        // p = e^(-8/3).
        const std::vector<std::uint64_t> counts{4900, 3100, 1250, 450, 300};
        const std::vector<double> p{0.5, 0.3, 0.12, 0.05, 0.03};
        const ChiSquareResult r = chiSquareTest(counts, p);
        QCOMPARE(r.pooledCells, 2);
        QCOMPARE(r.cells, 3);
        QCOMPARE(r.df, 2);
        QVERIFY(std::fabs(r.statistic - 16.0 / 3) < 1e-12);
        QVERIFY(std::fabs(r.pValue / 0.06948345122280153 - 1) < 1e-12);
    }
    {
        // N = 10000: expected 4000, 4000 and four cells of 500, pooled into one expecting 2000,
        // which stands on its own: observed 2000. chi2 = 2 * 100^2/4000 = 5, df 2, p = e^-2.5.
        const std::vector<std::uint64_t> counts{4100, 3900, 400, 600, 550, 450};
        const std::vector<double> p{0.4, 0.4, 0.05, 0.05, 0.05, 0.05};
        const ChiSquareResult r = chiSquareTest(counts, p);
        QCOMPARE(r.pooledCells, 4);
        QCOMPARE(r.cells, 3);
        QVERIFY(std::fabs(r.statistic - 5) < 1e-12);
        QVERIFY(std::fabs(r.pValue / 0.0820849986238988 - 1) < 1e-12);
    }
}

void TestChiSquare::impossibleAndUntestable()
{
    const std::vector<double> p{0.5, 0.5, 0};
    // One count where the probability is 0 rejects, however well the rest fits.
    const ChiSquareResult bad = chiSquareTest(std::vector<std::uint64_t>{5000, 5000, 1}, p);
    QVERIFY(bad.impossibleOutcome);
    QVERIFY(bad.rejected());
    QCOMPARE(bad.worstCell, 2);
    // No count there: the cell is simply not a cell.
    const ChiSquareResult good = chiSquareTest(std::vector<std::uint64_t>{5000, 5000, 0}, p);
    QVERIFY(!good.rejected());
    QCOMPARE(good.df, 1);
    QCOMPARE(good.statistic, 0.0);
    // Too few samples to test anything: flagged, so that PASSFORGE_VERIFY_FITS fails.
    const ChiSquareResult few = chiSquareUniform(std::vector<std::uint64_t>{10, 12});
    QVERIFY(!few.testable());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, chiSquareTest(std::vector<std::uint64_t>{1, 2},
                                                                  std::vector<double>{0.5, 0.6}));
}

void TestChiSquare::noncentralityFormulas()
{
    // The closed forms behind the sample sizes, against sum (p' - p)^2 / p computed cell by cell.
    // Relative bias: 94 cells, one 1% high, the other 93 scaled down to compensate.
    const int k = 94;
    const double p = 1.0 / k;
    const double up = p * 1.01;
    const double down = p * (1 - 0.01 * p / (1 - p));
    const double direct = (up - p) * (up - p) / p + (k - 1) * (down - p) * (down - p) / p;
    QVERIFY(std::fabs(up + (k - 1) * down - 1) < 1e-15);
    QVERIFY(std::fabs(direct / (1e-4 * p / (1 - p)) - 1) < 1e-9);
    const std::uint64_t n = samplesForUniform(k);
    QVERIFY(n * direct >= passforge::stats::requiredNoncentrality(k - 1) * (1 - 1e-9));
    QVERIFY(std::fabs(detectableRelativeBias(p, k - 1, n) / RelativeBias - 1) < 1e-6);
    // Total variation: the bound 4 N eps^2 is reached by moving eps between two halves.
    const double eps = 0.005;
    double sum = 0;
    for (int i = 0; i < 16; ++i) {
        const double d = (i < 8 ? 1.0 : -1.0) * eps / 8; // 8 cells gain eps, 8 lose it
        sum += d * d / (1.0 / 16);
    }
    QVERIFY(std::fabs(sum / (4 * eps * eps) - 1) < 1e-12);
}

void TestChiSquare::powerRelativeBias_data()
{
    QTest::addColumn<int>("cells");
    QTest::addColumn<int>("biasedCell");
    QTest::addColumn<int>("direction"); // +1: 1% too likely, -1: 1% too unlikely, 0: no bias
    // 94 is the full password alphabet, the most demanding overall test; 10 and 26 are the digit
    // and letter alphabets.
    // The controls show that the sampler itself is sound, so that a rejection above is the
    // bias's doing; the password tests are the control at 94 cells.
    QTest::addRow("94 cells, cell 0 one percent high") << 94 << 0 << 1;
    QTest::addRow("26 cells, cell 7 one percent low") << 26 << 7 << -1;
    QTest::addRow("10 cells, cell 3 one percent high") << 10 << 3 << 1;
    QTest::addRow("26 cells, unbiased control") << 26 << 7 << 0;
    QTest::addRow("10 cells, unbiased control") << 10 << 3 << 0;
}

void TestChiSquare::powerRelativeBias()
{
    QFETCH(int, cells);
    QFETCH(int, biasedCell);
    QFETCH(int, direction);
    // Integer weights make the bias exact: the biased cell weighs (100 + d)(k - 1) and each other
    // cell 100(k - 1) - d, out of 100 k (k - 1). So the biased cell has probability
    // (1 + d/100) / k, and the others share the rest equally: exactly the alternative that
    // samplesForUniform is sized for.
    std::vector<std::uint64_t> weights(cells, 100 * (cells - 1) - direction);
    weights[biasedCell] = (100 + direction) * (cells - 1);
    passforge::OsRandomSource source;
    passforge::Random random(source);
    WeightedSampler sampler(weights);
    const std::uint64_t n = samplesForUniform(cells);
    std::vector<std::uint64_t> counts(cells, 0);
    sampler.sample(random, n, [&](std::size_t cell) { ++counts[cell]; });
    const ChiSquareResult r = chiSquareUniform(counts);
    QVERIFY(r.testable());
    if (direction == 0)
        QVERIFY2(!r.rejected(), qPrintable(r.describe()));
    else
        QVERIFY2(r.rejected(),
                 qPrintable(QStringLiteral("a 1% bias went unnoticed: ") + r.describe()));
}

void TestChiSquare::powerTotalVariation_data()
{
    QTest::addColumn<bool>("biased");
    QTest::addRow("half a percent of mass moved") << true;
    QTest::addRow("unbiased control") << false;
}

void TestChiSquare::powerTotalVariation()
{
    // The class-count tests are sized to catch any distortion at total variation distance 0.5%.
    // The hardest case for the bound 4 N eps^2 moves eps from one half of the mass to the other:
    // 16 cells, weights 101 for the first 8 and 99 for the rest, out of 1600.
    QFETCH(bool, biased);
    constexpr double Epsilon = 0.005;
    std::vector<std::uint64_t> weights(16, 100);
    if (biased) {
        for (int i = 0; i < 16; ++i)
            weights[i] = i < 8 ? 101 : 99;
    }
    passforge::OsRandomSource source;
    passforge::Random random(source);
    WeightedSampler sampler(weights);
    const std::uint64_t n = samplesForTotalVariation(15, Epsilon);
    std::vector<std::uint64_t> counts(16, 0);
    sampler.sample(random, n, [&](std::size_t cell) { ++counts[cell]; });
    const ChiSquareResult r = chiSquareUniform(counts);
    QVERIFY(r.testable());
    QVERIFY2(r.rejected() == biased, qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestChiSquare)
#include "tst_stats_chisquare.moc"
