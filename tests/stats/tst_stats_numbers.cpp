// SPDX-License-Identifier: GPL-3.0-or-later
// Uniform integers from the real OS source: NumberGenerator (Random::between underneath) over
// small, negative, power-of-two, just-above-a-power-of-two and huge ranges, and distinct draws.
//
// A huge range cannot be tested value by value, so each range is tested twice on the same draws:
// by equal-width bins of the offset from min (its high part) and by the offset's residue mod B
// (its low part). The expected probability of every bin is counted exactly with 128-bit
// arithmetic, so the last, shorter bin of an uneven split is right. The two views catch the two
// classic mistakes at their worst, a range of 3 * 2^62 values: plain modulo reduction would make
// the first third of the range twice as likely (high part), and multiply-shift without Lemire's
// rejection would make every third value twice as likely (low part, residues mod 12). A range of
// 2^63 + 1 is Lemire's worst case for rejection (almost half of all words).
//
// Power (see ChiSquare.h): each row draws enough for a 1% relative bias in its least likely bin
// to be caught with probability 1 - 1e-6 at significance 1e-6 (16 bins: lambda(15) = 132.7,
// N = 132.7 * 15 / 0.01^2 = 2.0e7 draws). The small distinct draws are sized the same way for
// each single draw (the power over ordered outcomes is stated there); the huge-range distinct
// test for a 3% bias, see there.

#include "TestU128.h"
#include "ChiSquare.h"

#include "passforge/NumberGenerator.h"
#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using passforge::NumberGenerator;
using namespace passforge::stats;

namespace {

using u128 = TestU128;
constexpr qint64 MinI64 = std::numeric_limits<qint64>::min();
constexpr qint64 MaxI64 = std::numeric_limits<qint64>::max();

// How many values [min, max] holds: up to 2^64.
u128 rangeSize(qint64 min, qint64 max)
{
    return static_cast<u128>(static_cast<quint64>(max) - static_cast<quint64>(min)) + 1;
}

// Equal-width bins: width ceil(R / B), the last one taking what is left.
std::vector<double> widthBinProbabilities(u128 r, int bins, u128 *width)
{
    *width = (r + bins - 1) / bins;
    std::vector<double> p(bins);
    for (int b = 0; b < bins; ++b) {
        const u128 begin = *width * b;
        const u128 end = std::min(r, begin + *width);
        p[b] = begin < end ? static_cast<double>(end - begin) / static_cast<double>(r) : 0.0;
    }
    return p;
}

// Residues mod B: the first R mod B residues have one value more.
std::vector<double> residueProbabilities(u128 r, int bins)
{
    std::vector<double> p(bins);
    for (int b = 0; b < bins; ++b)
        p[b] = static_cast<double>(r / bins + (static_cast<u128>(b) < r % bins ? 1 : 0)) /
               static_cast<double>(r);
    return p;
}

std::uint64_t samplesFor(const std::vector<double> &p)
{
    double smallest = 1;
    int cells = 0;
    for (double x : p) {
        if (x > 0) {
            smallest = std::min(smallest, x);
            ++cells;
        }
    }
    return samplesForRelativeBias(smallest, cells - 1);
}

} // namespace

class TestNumberStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void range_data();
    void range();
    void distinctSmall_data();
    void distinctSmall();
    void distinctHuge();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestNumberStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestNumberStatistics::range_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<int>("bins");

    QTest::addRow("die 1..6") << qint64(1) << qint64(6) << 6;
    QTest::addRow("negative -5..5") << qint64(-5) << qint64(5) << 11;
    QTest::addRow("all negative -1000..-1") << qint64(-1000) << qint64(-1) << 10;
    QTest::addRow("power of two 0..15") << qint64(0) << qint64(15) << 16;
    QTest::addRow("power of two -128..127") << qint64(-128) << qint64(127) << 16;
    QTest::addRow("just above a power of two 0..16") << qint64(0) << qint64(16) << 17;
    QTest::addRow("just above 2^32: 0..2^32") << qint64(0) << (qint64(1) << 32) << 16;
    QTest::addRow("power of two: 0..2^62-1") << qint64(0) << (qint64(1) << 62) - 1 << 16;
    // 3 * 2^62 values, the worst case for both classic mistakes (see the top of the file).
    QTest::addRow("two thirds of 2^64: -2^63..2^62-1") << MinI64 << (qint64(1) << 62) - 1 << 12;
    QTest::addRow("just above 2^63: -1..2^63-1") << qint64(-1) << MaxI64 << 16;
    QTest::addRow("huge decimal -1e18..1e18")
        << qint64(-1000000000000000000) << qint64(1000000000000000000) << 20;
    QTest::addRow("full 64-bit range") << MinI64 << MaxI64 << 16;
    QTest::addRow("bottom edge of int64") << MinI64 << MinI64 + 9 << 10;
    QTest::addRow("top edge of int64") << MaxI64 - 6 << MaxI64 << 7;
}

void TestNumberStatistics::range()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(int, bins);

    const u128 r = rangeSize(min, max);
    u128 width = 0;
    const std::vector<double> widthP = widthBinProbabilities(r, bins, &width);
    const std::vector<double> residueP = residueProbabilities(r, bins);
    const std::uint64_t n = std::max(samplesFor(widthP), samplesFor(residueP));

    std::vector<std::uint64_t> byWidth(bins, 0);
    std::vector<std::uint64_t> byResidue(bins, 0);
    std::uint64_t outside = 0;
    const NumberGenerator generator(min, max, static_cast<qint64>(n));
    QVERIFY(generator.isValid());
    generator.generate(*m_random, [&](qint64 v) {
        if (v < min || v > max) {
            ++outside;
            return;
        }
        const u128 offset = static_cast<quint64>(v) - static_cast<quint64>(min);
        ++byWidth[static_cast<std::size_t>(offset / width)];
        ++byResidue[static_cast<std::size_t>(offset % bins)];
    });
    QCOMPARE(outside, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareTest(byWidth, widthP), QStringLiteral("equal-width bins"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(byResidue, residueP), QStringLiteral("residues"));
}

void TestNumberStatistics::distinctSmall_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<int>("count");

    // Ordered pairs of distinct values: 5 * 4 = 20 outcomes, each 1/20.
    QTest::addRow("pairs from 1..5") << qint64(1) << qint64(5) << 2;
    // The whole range: a uniformly random permutation, 4! = 24 outcomes, each 1/24.
    QTest::addRow("permutations of -2..1") << qint64(-2) << qint64(1) << 4;
}

void TestNumberStatistics::distinctSmall()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(int, count);

    const int values = static_cast<int>(max - min + 1);
    // Ordered outcomes (falling factorial); tested whole when there are few enough.
    int outcomes = 1;
    for (int i = 0; i < count; ++i)
        outcomes *= values - i;
    // Sized for a 1% relative bias in one value of any one draw (the first draw uniform, each
    // later one uniform too). Over the 20 or 24 ordered outcomes, the same draws catch a 2.5% or
    // 3.2% relative bias in one outcome: 1% there would take 3e7 draws, too slow for the
    // generator's per-call set-up.
    const std::uint64_t n = samplesForUniform(values);

    std::vector<std::uint64_t> byOutcome(outcomes, 0);
    std::vector<std::uint64_t> byDraw(static_cast<std::size_t>(count) * values, 0);
    std::uint64_t repeated = 0;
    const NumberGenerator generator(min, max, count, true);
    QVERIFY(generator.isValid());
    std::vector<int> drawn;
    for (std::uint64_t s = 0; s < n; ++s) {
        drawn.clear();
        generator.generate(*m_random,
                           [&](qint64 v) { drawn.push_back(static_cast<int>(v - min)); });
        if (drawn.size() != static_cast<std::size_t>(count) ||
            std::any_of(drawn.begin(), drawn.end(), [&](int v) { return v < 0 || v >= values; })) {
            QFAIL("a draw of the wrong size or out of range");
        }
        // Index of the ordered sample among all of them: the rank of each value among those
        // not yet drawn, as mixed-radix digits (values, values - 1, ...).
        int index = 0;
        bool distinct = true;
        for (int i = 0; i < count; ++i) {
            int rank = drawn[i];
            for (int j = 0; j < i; ++j) {
                if (drawn[j] == drawn[i])
                    distinct = false;
                if (drawn[j] < drawn[i])
                    --rank;
            }
            index = index * (values - i) + rank;
            ++byDraw[static_cast<std::size_t>(i) * values + drawn[i]];
        }
        if (!distinct) {
            ++repeated;
            continue;
        }
        ++byOutcome[index];
    }
    QCOMPARE(repeated, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareUniform(byOutcome), QStringLiteral("ordered outcomes"));
    for (int i = 0; i < count; ++i) {
        const auto row = std::span(byDraw).subspan(static_cast<std::size_t>(i) * values, values);
        PASSFORGE_VERIFY_FITS(chiSquareUniform(row), QStringLiteral("draw %1").arg(i + 1));
    }
}

void TestNumberStatistics::distinctHuge()
{
    // Distinct values over the full 64-bit range: the first step of the sparse Fisher-Yates
    // covers 2^64 slots (a full word, no bound), later ones 2^64 - i. A run of a million values
    // must be all distinct, and its values uniform by their top 4 bits: with 2^64 values to
    // choose from, sampling without replacement is indistinguishable from independent draws.
    // Each run holds a million values in the generator's map, so 4 runs are drawn, enough for a
    // 3% relative bias in one of the 16 bins (samplesForUniform(16, 0.03) = 2.2e6).
    constexpr qint64 RunLength = 1000000;
    const std::uint64_t n = samplesForUniform(16, 0.03);
    std::vector<std::uint64_t> byTopBits(16, 0);
    std::vector<quint64> run;
    run.reserve(RunLength);
    std::uint64_t repeated = 0;
    for (std::uint64_t done = 0; done < n; done += RunLength) {
        run.clear();
        const NumberGenerator generator(MinI64, MaxI64, RunLength, true);
        QVERIFY(generator.isValid());
        generator.generate(*m_random, [&](qint64 v) {
            const quint64 offset = static_cast<quint64>(v) - static_cast<quint64>(MinI64);
            run.push_back(offset);
            ++byTopBits[offset >> 60];
        });
        QCOMPARE(run.size(), std::size_t(RunLength));
        std::sort(run.begin(), run.end());
        repeated += static_cast<std::uint64_t>(run.end() - std::unique(run.begin(), run.end()));
    }
    QCOMPARE(repeated, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareUniform(byTopBits), QStringLiteral("top 4 bits"));
}

QTEST_GUILESS_MAIN(TestNumberStatistics)
#include "tst_stats_numbers.moc"
