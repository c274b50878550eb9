// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic tests of NumberGenerator: errors, the full signed 64-bit range, distinct draws,
// exact entropy, and scripted-byte pins of the draws.
#include "passforge/NumberGenerator.h"
#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"
#include "ScriptedSource.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <set>
#include <stdexcept>
#include <vector>

using namespace passforge;

namespace {

// qint64, not std::int64_t: the data columns are qint64, and on LP64 the two are distinct types.
constexpr qint64 Min64 = std::numeric_limits<qint64>::min();
constexpr qint64 Max64 = std::numeric_limits<qint64>::max();

std::vector<std::int64_t> drawAll(const NumberGenerator &g, Random &random)
{
    std::vector<std::int64_t> out;
    g.generate(random, [&](std::int64_t v) { out.push_back(v); });
    return out;
}

} // namespace

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void scriptedPins_data();
    void scriptedPins();
    void withinRange_data();
    void withinRange();
    void distinct_data();
    void distinct();
    void entropy_data();
    void entropy();

private:
    OsRandomSource m_os;
};

void TestNumbers::errors_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<int>("error");
    using E = NumberGenerator::Error;
    const qint64 maxDistinct = NumberGenerator::MaxDistinctCount;
    QTest::newRow("min above max")
        << qint64(2) << qint64(1) << qint64(1) << false << int(E::MinAboveMax);
    QTest::newRow("max64 above min64 reversed")
        << Max64 << Min64 << qint64(1) << false << int(E::MinAboveMax);
    QTest::newRow("min equals max") << qint64(7) << qint64(7) << qint64(1) << false << int(E::None);
    QTest::newRow("count 0") << qint64(1) << qint64(6) << qint64(0) << false
                             << int(E::CountOutOfRange);
    QTest::newRow("count negative")
        << qint64(1) << qint64(6) << qint64(-3) << true << int(E::CountOutOfRange);
    // Without distinct, repeats are fine and nothing is stored, so any count is allowed.
    QTest::newRow("count above range")
        << qint64(1) << qint64(6) << qint64(1000) << false << int(E::None);
    QTest::newRow("huge streamed count")
        << Min64 << Max64 << qint64(1'000'000'000'000) << false << int(E::None);
    QTest::newRow("distinct 11 of 10")
        << qint64(1) << qint64(10) << qint64(11) << true << int(E::NotEnoughDistinct);
    QTest::newRow("distinct 10 of 10")
        << qint64(1) << qint64(10) << qint64(10) << true << int(E::None);
    QTest::newRow("distinct 2 of 1")
        << qint64(5) << qint64(5) << qint64(2) << true << int(E::NotEnoughDistinct);
    QTest::newRow("distinct at the cap") << Min64 << Max64 << maxDistinct << true << int(E::None);
    QTest::newRow("distinct above the cap")
        << Min64 << Max64 << maxDistinct + 1 << true << int(E::TooManyDistinct);
    // Both problems: the range is the more fundamental one.
    QTest::newRow("distinct above cap and range")
        << qint64(1) << maxDistinct << maxDistinct + 1 << true << int(E::NotEnoughDistinct);
}

void TestNumbers::errors()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, count);
    QFETCH(bool, distinct);
    QFETCH(int, error);
    const NumberGenerator g(min, max, count, distinct);
    QCOMPARE(int(g.error()), error);
    QCOMPARE(g.isValid(), error == int(NumberGenerator::Error::None));
    if (g.isValid())
        return;
    QCOMPARE(g.entropyBits(), 0.0);
    Random random(m_os);
    if (g.error() == NumberGenerator::Error::MinAboveMax) {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, random.between(min, max));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, g.generateOne(random));
    }
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(std::logic_error, g.generate(random, [&](std::int64_t) { ++calls; }));
    QCOMPARE(calls, 0);
}

void TestNumbers::scriptedPins_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<QList<qint64>>("expected");
    // [1, 6]: bound 6, Lemire's value is the high word of x * 6, rejected while the low word is
    // below 2^64 mod 6 = 4 (2^64 = 6 * 3074457345618258602 + 4).
    //  x = 0: low 0 < 4, rejected.  x = 1: 6 = 0 * 2^64 + 6, value 0 -> 1.
    //  x = 2^64 - 1: 6 * 2^64 - 6, high 5 -> 6.
    //  x = 0x2AAAAAAAAAAAAAAB: 3x = 2^63 + 1, so 6x = 2^64 + 2: low 2 < 4, rejected.
    //  x = 0x5555555555555556: 6x = 2^65 + 4: low 4 is not below 4, accepted, high 2 -> 3.
    QTest::newRow("1..6 with rejections")
        << qint64(1) << qint64(6) << false
        << QList<quint64>{0, 1, ~0ull, 0x2AAAAAAAAAAAAAAB, 0x5555555555555556}
        << QList<qint64>{1, 6, 3};
    // [-3, 3]: bound 7. x = 2^63: 7 * 2^63 = 3 * 2^64 + 2^63, offset 3 -> 0. x = 2^64 - 1: 7 *
    // 2^64 - 7, offset 6 -> 3.
    QTest::newRow("-3..3") << qint64(-3) << qint64(3) << false
                           << QList<quint64>{0x8000000000000000, ~0ull} << QList<qint64>{0, 3};
    // The full range uses the raw word as the offset from INT64_MIN.
    QTest::newRow("full range") << Min64 << Max64 << false
                                << QList<quint64>{0, ~0ull, 0x8000000000000000, 0x8000000000000001}
                                << QList<qint64>{Min64, Max64, 0, 1};
    // One short of the full range: bound 2^64 - 1, threshold 2^64 mod (2^64 - 1) = 1.
    //  x = 0: low 0 < 1, rejected.  x = 1: 2^64 - 1, high 0 -> INT64_MIN.
    //  x = 2^64 - 1: (2^64 - 1)^2 = (2^64 - 2) * 2^64 + 1, high 2^64 - 2 -> INT64_MAX - 1.
    QTest::newRow("full range minus one")
        << Min64 << Max64 - 1 << false << QList<quint64>{0, 1, ~0ull}
        << QList<qint64>{Min64, Max64 - 1};
    // Distinct over [10, 13] is Fisher-Yates over the slots 0..3: step i swaps slot i with a
    // uniform slot j in [i, 3] and outputs it. below(4): x >> 62; below(3): high word of 3x;
    // below(2): x >> 63; below(1) is always 0 but still reads a word.
    //  i=0, x = 0xC0..0: j = 3, slots 3 1 2 0, output 3 -> 13
    //  i=1, x = 1: 3x = 3, high 0, j = 1, output 1 -> 11
    //  i=2, x = 2^63: j = 2 + 1 = 3, slots 3 1 0 2, output 0 -> 10
    //  i=3: j = 3, output 2 -> 12
    QTest::newRow("distinct permutation of 4")
        << qint64(10) << qint64(13) << true
        << QList<quint64>{0xC000000000000000, 1, 0x8000000000000000, 0x1234}
        << QList<qint64>{13, 11, 10, 12};
    // Distinct over the full range: step 0 takes the raw word, j = 5, and slot 5 now holds 0.
    // Step 1 draws below 2^64 - 1: x * (2^64 - 1) = (x - 1) * 2^64 + (2^64 - x), so x = 5 gives
    // 4 (low 2^64 - 5 clears the threshold 1) and j = 1 + 4 = 5: the swapped-in slot 0.
    QTest::newRow("distinct full range reuses a swapped slot")
        << Min64 << Max64 << true << QList<quint64>{5, 5} << QList<qint64>{Min64 + 5, Min64};
}

void TestNumbers::scriptedPins()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, distinct);
    QFETCH(QList<quint64>, words);
    QFETCH(QList<qint64>, expected);
    constexpr std::uint64_t Sentinel = 0x5E5E'5E5E'0BAD'F00D;
    test::ScriptedSource source;
    for (quint64 w : words)
        source.appendWord(w);
    source.appendWord(Sentinel).padToBatch();
    Random random(source);
    const NumberGenerator g(min, max, expected.size(), distinct);
    QVERIFY(g.isValid());
    const std::vector<std::int64_t> got = drawAll(g, random);
    QCOMPARE(QList<qint64>(got.begin(), got.end()), expected);
    // Exactly the scripted words were read.
    QCOMPARE(random.next64(), Sentinel);
}

void TestNumbers::withinRange_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::newRow("1..6") << qint64(1) << qint64(6);
    QTest::newRow("single value") << qint64(-42) << qint64(-42);
    QTest::newRow("top edge") << Max64 - 2 << Max64;
    QTest::newRow("bottom edge") << Min64 << Min64 + 2;
    QTest::newRow("across zero") << qint64(-1) << qint64(1);
    QTest::newRow("full range") << Min64 << Max64;
    QTest::newRow("negative half") << Min64 << qint64(-1);
    QTest::newRow("2^40 wide") << qint64(-(1LL << 39)) << qint64((1LL << 39) - 1);
}

void TestNumbers::withinRange()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    constexpr int Draws = 4000;
    const NumberGenerator g(min, max, Draws);
    QVERIFY(g.isValid());
    Random random(m_os);
    std::set<std::int64_t> seen;
    std::int64_t drawn = 0;
    std::int64_t outside = 0;
    g.generate(random, [&](std::int64_t v) {
        ++drawn;
        outside += v < min || v > max;
        seen.insert(v);
    });
    QCOMPARE(drawn, Draws);
    QCOMPARE(outside, 0);
    const std::uint64_t size = g.spanMinusOne() + 1; // wraps to 0 for the full range
    if (size != 0 && size <= 6) {
        // Each value is missed with probability (5/6)^4000 < 1e-300 or less.
        QCOMPARE(seen.size(), std::size_t(size));
    } else if (size == 0 || size > (1ull << 30)) {
        // Two equal draws out of 4000 from at least 2^30 values: probability below 0.8%, but a
        // broken generator (say a constant) repeats at once. Allow a few.
        QVERIFY(seen.size() >= Draws - 3);
    }
    const std::int64_t one = g.generateOne(random);
    QVERIFY(one >= min && one <= max);
}

void TestNumbers::distinct_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<int>("rounds");
    QTest::newRow("all of 1..10") << qint64(1) << qint64(10) << qint64(10) << 500;
    QTest::newRow("all of -5..5") << qint64(-5) << qint64(5) << qint64(11) << 500;
    QTest::newRow("3 of 1..10") << qint64(1) << qint64(10) << qint64(3) << 500;
    QTest::newRow("the only value") << qint64(9) << qint64(9) << qint64(1) << 10;
    QTest::newRow("all of the top 100") << Max64 - 99 << Max64 << qint64(100) << 100;
    QTest::newRow("all of the bottom 1000") << Min64 << Min64 + 999 << qint64(1000) << 20;
    QTest::newRow("all of 0..65535") << qint64(0) << qint64(65535) << qint64(65536) << 3;
    QTest::newRow("1000 of 1..10^6") << qint64(1) << qint64(1'000'000) << qint64(1000) << 20;
    QTest::newRow("1000 of the full range") << Min64 << Max64 << qint64(1000) << 5;
    QTest::newRow("100000 of 2^41")
        << -(qint64(1) << 40) << (qint64(1) << 40) << qint64(100'000) << 1;
}

void TestNumbers::distinct()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, count);
    QFETCH(int, rounds);
    const NumberGenerator g(min, max, count, true);
    QVERIFY(g.isValid());
    Random random(m_os);
    const bool permutation = g.spanMinusOne() + 1 == std::uint64_t(count);
    for (int r = 0; r < rounds; ++r) {
        std::vector<std::int64_t> got = drawAll(g, random);
        QCOMPARE(qint64(got.size()), count);
        QVERIFY(std::all_of(got.begin(), got.end(),
                            [&](std::int64_t v) { return v >= min && v <= max; }));
        std::sort(got.begin(), got.end());
        QVERIFY(std::adjacent_find(got.begin(), got.end()) == got.end());
        if (permutation) {
            // Sorted, a permutation of the range is min, min + 1, ..., max.
            // (Not std::iota: it would step past INT64_MAX after the last value.)
            std::vector<std::int64_t> range(got.size());
            for (std::size_t i = 0; i < range.size(); ++i)
                range[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(min) + i);
            QVERIFY(got == range);
        }
    }
}

void TestNumbers::entropy_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<double>("perValue");
    QTest::addColumn<double>("bits");
    const double log2_6 = std::log2(6.0);
    QTest::newRow("die") << qint64(1) << qint64(6) << qint64(1) << false << log2_6 << log2_6;
    QTest::newRow("byte") << qint64(0) << qint64(255) << qint64(1) << false << 8.0 << 8.0;
    QTest::newRow("3 of 1..100") << qint64(1) << qint64(100) << qint64(3) << false
                                 << std::log2(100.0) << 3 * std::log2(100.0);
    QTest::newRow("one value") << qint64(5) << qint64(5) << qint64(4) << false << 0.0 << 0.0;
    QTest::newRow("full range") << Min64 << Max64 << qint64(1) << false << 64.0 << 64.0;
    QTest::newRow("10 of full range") << Min64 << Max64 << qint64(10) << false << 64.0 << 640.0;
    QTest::newRow("negative half") << Min64 << qint64(-1) << qint64(1) << false << 63.0 << 63.0;
    // Distinct: log2 of the falling factorial N (N - 1) ... (N - count + 1).
    // 10! = 3628800; 100 * 99 * 98 = 970200.
    QTest::newRow("distinct 10 of 10")
        << qint64(1) << qint64(10) << qint64(10) << true << std::log2(10.0) << std::log2(3628800.0);
    QTest::newRow("distinct 3 of 100")
        << qint64(1) << qint64(100) << qint64(3) << true << std::log2(100.0) << std::log2(970200.0);
    QTest::newRow("distinct 1 of 6")
        << qint64(1) << qint64(6) << qint64(1) << true << log2_6 << log2_6;
    // 2^64 (2^64 - 1): log2 = 64 + 64 + log2(1 - 2^-64), which is 128 in a double.
    QTest::newRow("distinct 2 of full range")
        << Min64 << Max64 << qint64(2) << true << 64.0 << 128.0;
    // All of 2^20 values: log2((2^20)!) = lgamma(2^20 + 1) / ln 2.
    QTest::newRow("distinct all of 2^20")
        << qint64(0) << qint64((1 << 20) - 1) << qint64(1 << 20) << true << 20.0
        << std::lgamma(double(1 << 20) + 1) / std::log(2.0);
}

void TestNumbers::entropy()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, count);
    QFETCH(bool, distinct);
    QFETCH(double, perValue);
    QFETCH(double, bits);
    const NumberGenerator g(min, max, count, distinct);
    QVERIFY(g.isValid());
    const auto close = [](double actual, double expected) {
        return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
    };
    QVERIFY2(close(g.entropyBitsPerValue(), perValue), qPrintable(QString::number(perValue)));
    QVERIFY2(close(g.entropyBits(), bits),
             qPrintable(QStringLiteral("%1 vs %2").arg(g.entropyBits(), 0, 'g', 17).arg(bits)));
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
