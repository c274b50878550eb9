// SPDX-License-Identifier: GPL-3.0-or-later
// Pins Random (Lemire's multiply-and-reject, batching, digit batches, failure propagation) and
// the integer half of the secrets mirror with scripted bytes. Every expected value is derived by
// hand in a comment: for below(n) with word x, the result is the high word of the 128-bit product
// x*n, and x is rejected exactly when its low word is below t = 2^64 mod n = (0-n)%n.

#include "DigitStream.h"
#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"
#include "ScriptedSource.h"
#include "passforge/Secrets.h"
#include "TestU128.h"
#include "WideMultiply.h"

#include <QList>
#include <QStringList>
#include <QTest>

#include <functional>
#include <limits>
#include <vector>

using passforge::Random;
using passforge::RandomSourceError;
using passforge::test::ScriptedSource;
namespace secrets = passforge::secrets;

using RandomOp = std::function<void(Random &)>;
Q_DECLARE_METATYPE(RandomOp)

namespace {

constexpr quint64 Max64 = std::numeric_limits<quint64>::max();
constexpr quint64 Bit63 = quint64(1) << 63;
constexpr qint64 MinI64 = std::numeric_limits<qint64>::min();
constexpr qint64 MaxI64 = std::numeric_limits<qint64>::max();
// Scripted after every row's words: reading it back proves how many words a call consumed.
constexpr quint64 Sentinel = 0x5EC0DE5EC0DE5EC0;

ScriptedSource scriptWords(const QList<quint64> &words)
{
    ScriptedSource source;
    for (quint64 w : words)
        source.appendWord(w);
    source.appendWord(Sentinel);
    source.padToBatch();
    return source;
}

// Byte i of a script is (i * 7 + 3) mod 256: no two neighbouring bytes are equal, so an off-by-one
// in reading shows up.
ScriptedSource countingScript(std::size_t size)
{
    ScriptedSource source;
    for (std::size_t i = 0; i < size; ++i)
        source.appendBytes({static_cast<std::uint8_t>(i * 7 + 3)});
    return source;
}

QByteArray expectedBytes(std::size_t from, std::size_t count)
{
    QByteArray out;
    for (std::size_t i = from; i < from + count; ++i)
        out.append(static_cast<char>(static_cast<std::uint8_t>(i * 7 + 3)));
    return out;
}

quint64 expectedWord(std::size_t from)
{
    quint64 w = 0;
    for (int k = 0; k < 8; ++k)
        w |= quint64(static_cast<std::uint8_t>((from + k) * 7 + 3)) << (8 * k);
    return w;
}

} // namespace

class TestRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiply64_data();
    void multiply64();
    void fastDivisor_data();
    void fastDivisor();
    void below_data();
    void below();
    void belowZeroBoundThrows();
    void between_data();
    void between();
    void betweenInvertedRangeThrows();
    void digitBatch_data();
    void digitBatch();
    void belowBatch_data();
    void belowBatch();

    void next64IsLittleEndian();
    void batchHolds512Words();
    void smallFillsShareTheBatch();
    void fillStraddlesBatches();
    void largeFillBypassesBatch_data();
    void largeFillBypassesBatch();
    void wordNeverStraddlesBatches();

    void failingSourceThrows_data();
    void failingSourceThrows();
    void exhaustedDuringRejectionThrows();
    void failedRefillServesNoStaleBytes();

    void randBelow_data();
    void randBelow();
    void randBelowNonPositiveThrows_data();
    void randBelowNonPositiveThrows();
    void choice_data();
    void choice();
    void choiceOfEmptyThrows();
};

void TestRandom::multiply64_data()
{
    QTest::addColumn<quint64>("a");
    QTest::addColumn<quint64>("b");
    const quint64 values[] = {0,
                              1,
                              2,
                              0xFFFFFFFFull,
                              0x100000000ull,
                              0xFFFFFFFFFFFFFFFFull,
                              0x8000000000000000ull,
                              94,
                              0x123456789ABCDEF0ull,
                              0xFEDCBA9876543210ull,
                              (1ull << 62) + 1};
    for (quint64 a : values) {
        for (quint64 b : values)
            QTest::addRow("%llx * %llx", a, b) << a << b;
    }
}

void TestRandom::multiply64()
{
    // The portable four-product fallback (what MSVC on ARM and PASSFORGE_PORTABLE builds use) and
    // the path this build uses both give the exact 128-bit product.
    QFETCH(quint64, a);
    QFETCH(quint64, b);
    const TestU128 expected = static_cast<TestU128>(a) * b;
    for (const passforge::Product128 p :
         {passforge::multiplyPortable(a, b), passforge::multiply64(a, b)}) {
        QCOMPARE(p.high, static_cast<quint64>(expected >> 64));
        QCOMPARE(p.low, static_cast<quint64>(expected));
    }
}

void TestRandom::fastDivisor_data()
{
    QTest::addColumn<quint64>("divisor");
    for (quint64 d :
         {1ull, 2ull, 3ull, 7ull, 10ull, 26ull, 94ull, 1000ull, 0xFFFFFFFFull, (1ull << 32) + 1,
          (1ull << 63) - 1, 1ull << 63, (1ull << 63) + 1, 0xFFFFFFFFFFFFFFFFull})
        QTest::addRow("%llu", d) << d;
}

void TestRandom::fastDivisor()
{
    // The magic number is found by long division in 64-bit words (no 128-bit division): check
    // the quotients it gives against the hardware's, at the edges and on random words.
    QFETCH(quint64, divisor);
    const passforge::FastDivisor fast(divisor);
    std::vector<quint64> values{0,
                                1,
                                divisor - 1,
                                divisor,
                                divisor + 1,
                                0xFFFFFFFFFFFFFFFFull,
                                0xFFFFFFFFFFFFFFFEull,
                                0x8000000000000000ull};
    passforge::OsRandomSource os;
    passforge::Random random(os);
    for (int i = 0; i < 10000; ++i)
        values.push_back(random.next64() >> (i % 64));
    for (quint64 v : values)
        QCOMPARE(fast.quotient(v), v / divisor);
}

void TestRandom::below_data()
{
    QTest::addColumn<quint64>("bound");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<quint64>("expected");

    // n = 1: t = 0; every x is accepted and x*1 < 2^64, so the high word is 0.
    QTest::addRow("n=1 max word") << quint64(1) << QList<quint64>{Max64} << quint64(0);

    // n = 3: 2^64 = 4^32 = 1 (mod 3), so t = 1 and only low word 0 (x = 0) is rejected.
    // 3 * 2^63 = 1*2^64 + 2^63: high 1, low 2^63 >= n, accepted without computing t.
    QTest::addRow("n=3 accept 2^63") << quint64(3) << QList<quint64>{Bit63} << quint64(1);
    // 3 * (2^64-1) = 2*2^64 + (2^64-3): high 2.
    QTest::addRow("n=3 accept max") << quint64(3) << QList<quint64>{Max64} << quint64(2);
    // 3 * 1 = 3: high 0, low 3 = n, not below n, accepted.
    QTest::addRow("n=3 low equals n") << quint64(3) << QList<quint64>{1} << quint64(0);
    // x = 0: low 0 = t-1, rejected; then 2^63 gives 1.
    QTest::addRow("n=3 reject low t-1") << quint64(3) << QList<quint64>{0, Bit63} << quint64(1);
    // 0xAAAAAAAAAAAAAAAB is 3^-1 mod 2^64: 3x = 0x2_0000000000000001, high 2, low 1 = t, kept.
    QTest::addRow("n=3 accept low t")
        << quint64(3) << QList<quint64>{0xAAAAAAAAAAAAAAABull} << quint64(2);
    QTest::addRow("n=3 two rejections") << quint64(3) << QList<quint64>{0, 0, 1} << quint64(0);

    // n = 10: 2^64 = 18446744073709551616 ends in 6, so t = 6. 10x is even, so t-1 = 5 cannot
    // occur; low 4 is the nearest rejected value.
    // 10 * 0x199999999999999A = 0x1_0000000000000004: low 4 < 6, rejected.
    // 10 * 0x6666666666666667 = 0x4_0000000000000006: high 4, low 6 = t, accepted.
    QTest::addRow("n=10 reject low 4, accept low t")
        << quint64(10) << QList<quint64>{0x199999999999999Aull, 0x6666666666666667ull}
        << quint64(4);

    // n = 2^32: t = (2^64 - 2^32) mod 2^32 = 0, nothing is ever rejected, even low word 0.
    // x*2^32: high = x >> 32, low = (x mod 2^32) << 32.
    QTest::addRow("n=2^32 x=0 kept") << (quint64(1) << 32) << QList<quint64>{0} << quint64(0);
    QTest::addRow("n=2^32 low 0 kept")
        << (quint64(1) << 32) << QList<quint64>{quint64(5) << 32} << quint64(5);
    QTest::addRow("n=2^32 max") << (quint64(1) << 32) << QList<quint64>{Max64}
                                << quint64(0xFFFFFFFF);

    // n = 2^63: t = 0, high = x >> 1.
    QTest::addRow("n=2^63 max") << Bit63 << QList<quint64>{Max64} << (Bit63 - 1);

    // n = 2^63+1: t = (2^64 - 2^63 - 1) mod (2^63+1) = 2^63-1, so about half of all x are rejected.
    // x*n = x*2^63 + x.
    // x = 1: x*n = n: high 0, low n, accepted at once.
    QTest::addRow("n=2^63+1 low n") << (Bit63 + 1) << QList<quint64>{1} << quint64(0);
    // x = 2^63-2 (even): x*2^63 = (2^62-1)*2^64, so low = x = 2^63-2 = t-1, rejected.
    // x = 2^64-1: x*n = 2^127 + 2^64 - 2^63 - 1 = 2^63*2^64 + (2^63-1): low = t, accepted, 2^63.
    QTest::addRow("n=2^63+1 reject t-1, accept t")
        << (Bit63 + 1) << QList<quint64>{Bit63 - 2, Max64} << Bit63;
    // x = 0: low 0; x = 2: 2n = 2^64 + 2, low 2: both rejected. x = 2^63: 2^63*n = 2^62*2^64 +
    // 2^63: low 2^63 < n but >= t, accepted, high 2^62.
    QTest::addRow("n=2^63+1 two rejections")
        << (Bit63 + 1) << QList<quint64>{0, 2, Bit63} << (quint64(1) << 62);

    // n = 10^19 > 2^63: 2^64 mod n = 2^64 - n = 8446744073709551616 = t.
    // x = 0 rejected; x = 2^64-1: x*n = (n-1)*2^64 + (2^64-n): low = t exactly, accepted, n-1.
    QTest::addRow("n=10^19 reject 0, accept t")
        << quint64(10000000000000000000ull) << QList<quint64>{0, Max64}
        << quint64(9999999999999999999ull);

    // n = 2^64-1: t = 1 mod n = 1. For x > 0, x*n = (x-1)*2^64 + (2^64-x).
    // x = 0: low 0 = t-1, rejected. x = 2^64-1: high 2^64-2, low 1 = t, accepted.
    QTest::addRow("n=2^64-1 reject t-1, accept t")
        << Max64 << QList<quint64>{0, Max64} << (Max64 - 1);
    QTest::addRow("n=2^64-1 x=1") << Max64 << QList<quint64>{1} << quint64(0);
    QTest::addRow("n=2^64-1 x=2") << Max64 << QList<quint64>{2} << quint64(1);
}

void TestRandom::below()
{
    QFETCH(quint64, bound);
    QFETCH(QList<quint64>, words);
    QFETCH(quint64, expected);

    ScriptedSource source = scriptWords(words);
    Random random(source);
    QCOMPARE(quint64(random.below(bound)), expected);
    // Exactly the listed words were consumed: the next word is the sentinel.
    QCOMPARE(quint64(random.next64()), Sentinel);
}

void TestRandom::belowZeroBoundThrows()
{
    ScriptedSource source = scriptWords({1});
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, random.below(0));
    QVERIFY(source.requests().empty());
}

void TestRandom::between_data()
{
    QTest::addColumn<qint64>("lo");
    QTest::addColumn<qint64>("hi");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<qint64>("expected");

    // between(lo, hi) = lo + below(hi - lo + 1), except the full range, which is one raw word.
    QTest::addRow("single value") << qint64(5) << qint64(5) << QList<quint64>{Max64} << qint64(5);
    // below(10): 10 * 2^62 = 2*2^64 + 2^63 -> 2.
    QTest::addRow("0..9 2^62") << qint64(0) << qint64(9) << QList<quint64>{quint64(1) << 62}
                               << qint64(2);
    // x = 0 is rejected (t = 6); 10 * (2^64-1) = 9*2^64 + (2^64-10) -> 9.
    QTest::addRow("0..9 reject then max")
        << qint64(0) << qint64(9) << QList<quint64>{0, Max64} << qint64(9);
    QTest::addRow("-5..4 2^62") << qint64(-5) << qint64(4) << QList<quint64>{quint64(1) << 62}
                                << qint64(-3);
    QTest::addRow("-10..-1 max") << qint64(-10) << qint64(-1) << QList<quint64>{Max64}
                                 << qint64(-1);
    // below(2) = x >> 63, t = 0, so x = 0 is kept.
    QTest::addRow("-1..0 x=0") << qint64(-1) << qint64(0) << QList<quint64>{0} << qint64(-1);
    QTest::addRow("-1..0 x=2^63") << qint64(-1) << qint64(0) << QList<quint64>{Bit63} << qint64(0);
    // Full range: the result is INT64_MIN + x (mod 2^64); x = 0 is not rejected.
    QTest::addRow("full x=0") << MinI64 << MaxI64 << QList<quint64>{0} << MinI64;
    QTest::addRow("full x=2^63") << MinI64 << MaxI64 << QList<quint64>{Bit63} << qint64(0);
    QTest::addRow("full x=max") << MinI64 << MaxI64 << QList<quint64>{Max64} << MaxI64;
    // -2^63 + 0x0123456789ABCDEF = -(0x8000000000000000 - 0x0123456789ABCDEF) = -0x7EDCBA9876543211
    QTest::addRow("full x=0x0123456789ABCDEF")
        << MinI64 << MaxI64 << QList<quint64>{0x0123456789ABCDEFull} << qint64(-0x7EDCBA9876543211);
    // Span 2^64-2, so below(2^64-1): x = 0 rejected, x = max -> 2^64-2 -> INT64_MIN + 2^64 - 2.
    QTest::addRow("min..max-1") << MinI64 << (MaxI64 - 1) << QList<quint64>{0, Max64}
                                << (MaxI64 - 1);
    // below(2^63) = x >> 1.
    QTest::addRow("0..max") << qint64(0) << MaxI64 << QList<quint64>{Max64} << MaxI64;
    QTest::addRow("min..-1 x=1") << MinI64 << qint64(-1) << QList<quint64>{1} << MinI64;
    QTest::addRow("min..-1 x=max") << MinI64 << qint64(-1) << QList<quint64>{Max64} << qint64(-1);
}

void TestRandom::between()
{
    QFETCH(qint64, lo);
    QFETCH(qint64, hi);
    QFETCH(QList<quint64>, words);
    QFETCH(qint64, expected);

    ScriptedSource source = scriptWords(words);
    Random random(source);
    QCOMPARE(qint64(random.between(lo, hi)), expected);
    QCOMPARE(quint64(random.next64()), Sentinel);
}

void TestRandom::betweenInvertedRangeThrows()
{
    ScriptedSource source = scriptWords({1});
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, random.between(1, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, random.between(MaxI64, MinI64));
    QVERIFY(source.requests().empty());
}

void TestRandom::digitBatch_data()
{
    QTest::addColumn<quint64>("radix");
    QTest::addColumn<int>("digits");
    QTest::addColumn<quint64>("bound"); // 0 means exactly 2^64

    // The largest k with radix^k <= 2^64 = 18446744073709551616 (about 1.84e19).
    QTest::addRow("radix 2") << quint64(2) << 64 << quint64(0); // 2^64
    QTest::addRow("radix 3") << quint64(3) << 40
                             << quint64(12157665459056928801ull); // 3^41 > 3.6e19
    QTest::addRow("radix 10") << quint64(10) << 19 << quint64(10000000000000000000ull);
    QTest::addRow("radix 16") << quint64(16) << 16 << quint64(0); // 16^16 = 2^64
    QTest::addRow("radix 26") << quint64(26) << 13
                              << quint64(2481152873203736576ull); // 26^14 > 6e19
    QTest::addRow("radix 36") << quint64(36) << 12
                              << quint64(4738381338321616896ull); // 36^13 > 1e20
    QTest::addRow("radix 62") << quint64(62) << 10
                              << quint64(839299365868340224ull);                     // 62^11 > 5e19
    QTest::addRow("radix 94") << quint64(94) << 9 << quint64(572994802228616704ull); // 94^10 > 5e19
    QTest::addRow("radix 256") << quint64(256) << 8 << quint64(0);                   // 2^64
    QTest::addRow("radix 2^16") << quint64(65536) << 4 << quint64(0);                // 2^64
    QTest::addRow("radix 2^32") << (quint64(1) << 32) << 2 << quint64(0);            // 2^64
    // (2^32+1)^2 = 2^64 + 2^33 + 1 > 2^64.
    QTest::addRow("radix 2^32+1") << ((quint64(1) << 32) + 1) << 1 << ((quint64(1) << 32) + 1);
    QTest::addRow("radix 2^64-1") << Max64 << 1 << Max64;
}

void TestRandom::digitBatch()
{
    QFETCH(quint64, radix);
    QFETCH(int, digits);
    QFETCH(quint64, bound);

    const Random::DigitBatch batch = Random::digitBatch(radix);
    QCOMPARE(batch.digits, digits);
    QCOMPARE(quint64(batch.bound), bound);

    // Cross-check the hand-written table against the definition: radix^digits is the bound
    // (2^64 when bound is 0) and one more digit would exceed 2^64.
    const TestU128 two64 = static_cast<TestU128>(1) << 64;
    TestU128 power = 1;
    for (int i = 0; i < digits; ++i)
        power *= radix;
    QVERIFY(power == (bound == 0 ? two64 : static_cast<TestU128>(bound)));
    QVERIFY(power * radix > two64);
}

void TestRandom::belowBatch_data()
{
    QTest::addColumn<quint64>("radix");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<quint64>("expected");

    // Bound 2^64: the raw word, no rejection even for 0.
    QTest::addRow("radix 16 raw") << quint64(16) << QList<quint64>{0x0123456789ABCDEFull}
                                  << quint64(0x0123456789ABCDEFull);
    QTest::addRow("radix 2^32 zero") << (quint64(1) << 32) << QList<quint64>{0} << quint64(0);
    // Bound 10^19: as in below(), 0 is rejected and 2^64-1 lands exactly on t -> 10^19-1.
    QTest::addRow("radix 10") << quint64(10) << QList<quint64>{0, Max64}
                              << quint64(9999999999999999999ull);
    // Bound 94^9 < 2^63: (2^64-1)*n = (n-1)*2^64 + (2^64-n), low >= n, accepted -> 94^9-1.
    QTest::addRow("radix 94") << quint64(94) << QList<quint64>{Max64}
                              << quint64(572994802228616703ull);
}

void TestRandom::belowBatch()
{
    QFETCH(quint64, radix);
    QFETCH(QList<quint64>, words);
    QFETCH(quint64, expected);

    ScriptedSource source = scriptWords(words);
    Random random(source);
    QCOMPARE(quint64(random.belowBatch(Random::digitBatch(radix))), expected);
    QCOMPARE(quint64(random.next64()), Sentinel);
}

void TestRandom::next64IsLittleEndian()
{
    ScriptedSource source;
    source.appendBytes({0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08});
    source.appendBytes({0xF0, 0xDE, 0xBC, 0x9A, 0x78, 0x56, 0x34, 0x12}).padToBatch();
    Random random(source);
    QCOMPARE(quint64(random.next64()), quint64(0x0807060504030201ull));
    QCOMPARE(quint64(random.next64()), quint64(0x123456789ABCDEF0ull));
}

void TestRandom::batchHolds512Words()
{
    ScriptedSource source = countingScript(2 * ScriptedSource::RandomBatch);
    Random random(source);
    // One 4096-byte request serves 4096 / 8 = 512 words, each from the next 8 script bytes.
    for (std::size_t i = 0; i < 512; ++i)
        QCOMPARE(quint64(random.next64()), expectedWord(8 * i));
    QCOMPARE(source.requests(), std::vector<std::size_t>{4096});
    QCOMPARE(quint64(random.next64()), expectedWord(4096));
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, 4096}));
}

void TestRandom::smallFillsShareTheBatch()
{
    ScriptedSource source = countingScript(ScriptedSource::RandomBatch);
    Random random(source);
    QByteArray a(10, '\0');
    QByteArray b(21, '\0');
    random.fill(std::as_writable_bytes(std::span(a.data(), a.size())));
    random.fill(std::as_writable_bytes(std::span(b.data(), b.size())));
    QCOMPARE(a, expectedBytes(0, 10));
    QCOMPARE(b, expectedBytes(10, 21));
    // A word continues right after the bytes handed out, unaligned: nothing skipped or reused.
    QCOMPARE(quint64(random.next64()), expectedWord(31));
    QCOMPARE(source.requests(), std::vector<std::size_t>{4096});
}

void TestRandom::fillStraddlesBatches()
{
    ScriptedSource source = countingScript(2 * ScriptedSource::RandomBatch);
    Random random(source);
    QByteArray a(4000, '\0');
    QByteArray b(200, '\0');
    random.fill(std::as_writable_bytes(std::span(a.data(), a.size())));
    random.fill(std::as_writable_bytes(std::span(b.data(), b.size())));
    // 96 bytes from the end of the first batch, then 104 from the second.
    QCOMPARE(b, expectedBytes(4000, 200));
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, 4096}));
}

void TestRandom::largeFillBypassesBatch_data()
{
    QTest::addColumn<int>("size");
    QTest::addRow("exactly one batch") << 4096;
    QTest::addRow("one batch plus one") << 4097;
    QTest::addRow("ten thousand") << 10000;
}

void TestRandom::largeFillBypassesBatch()
{
    QFETCH(int, size);
    const auto n = static_cast<std::size_t>(size);
    ScriptedSource source = countingScript(ScriptedSource::RandomBatch + n + 4096);
    Random random(source);
    // Start a batch first, so that the large fill has leftover batch bytes it could misuse.
    QCOMPARE(quint64(random.next64()), expectedWord(0));
    QByteArray out(size, '\0');
    random.fill(std::as_writable_bytes(std::span(out.data(), out.size())));
    // The large request went straight to the source, in one call of exactly its size.
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, n}));
    QCOMPARE(out, expectedBytes(4096, n));
    // The batch is untouched by it and carries on where it was.
    QCOMPARE(quint64(random.next64()), expectedWord(8));
}

void TestRandom::wordNeverStraddlesBatches()
{
    ScriptedSource source = countingScript(2 * ScriptedSource::RandomBatch);
    Random random(source);
    QByteArray out(4093, '\0');
    random.fill(std::as_writable_bytes(std::span(out.data(), out.size())));
    // 3 bytes are left, too few for a word: the word comes whole from a fresh batch.
    QCOMPARE(quint64(random.next64()), expectedWord(4096));
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, 4096}));
}

void TestRandom::failingSourceThrows_data()
{
    QTest::addColumn<RandomOp>("op");
    auto fillOf = [](std::size_t n) {
        return RandomOp([n](Random &r) {
            std::vector<std::byte> out(n);
            r.fill(out);
        });
    };
    QTest::addRow("next64") << RandomOp([](Random &r) { r.next64(); });
    QTest::addRow("below 3") << RandomOp([](Random &r) { r.below(3); });
    QTest::addRow("below 2^64-1") << RandomOp([](Random &r) { r.below(Max64); });
    QTest::addRow("between 0..9") << RandomOp([](Random &r) { r.between(0, 9); });
    QTest::addRow("between full") << RandomOp([](Random &r) { r.between(MinI64, MaxI64); });
    QTest::addRow("belowBatch 16")
        << RandomOp([](Random &r) { r.belowBatch(Random::digitBatch(16)); });
    QTest::addRow("fill 1") << fillOf(1);
    QTest::addRow("fill 4096") << fillOf(4096);
    QTest::addRow("fill 100000") << fillOf(100000);
    QTest::addRow("randBelow") << RandomOp([](Random &r) { secrets::randBelow(r, 6); });
    QTest::addRow("choice") << RandomOp([](Random &r) {
        secrets::choice(r, QStringList{QStringLiteral("a"), QStringLiteral("b")});
    });
}

void TestRandom::failingSourceThrows()
{
    QFETCH(RandomOp, op);
    ScriptedSource source = scriptWords({1, 2, 3});
    source.setFailing(true);
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, op(random));
    QCOMPARE(source.refusals(), std::size_t(1));
}

void TestRandom::exhaustedDuringRejectionThrows()
{
    // For n = 3 the zero word is always rejected (t = 1). One batch of zeros is 512 rejections;
    // the refill then fails, and below() must throw rather than return anything.
    ScriptedSource source;
    source.appendRepeated(ScriptedSource::RandomBatch, 0);
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, random.below(3));
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, 4096}));
    QCOMPARE(source.refusals(), std::size_t(1));
}

void TestRandom::failedRefillServesNoStaleBytes()
{
    // A refused refill must not leave the batch looking full, or stale or zeroed bytes would be
    // handed out: once the source works again, the first word is the source's first word.
    ScriptedSource source = scriptWords({0xA5A5A5A5A5A5A5A5ull});
    source.setFailing(true);
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, random.next64());
    source.setFailing(false);
    QCOMPARE(quint64(random.next64()), quint64(0xA5A5A5A5A5A5A5A5ull));
    QCOMPARE(source.requests(), (std::vector<std::size_t>{4096, 4096}));
}

void TestRandom::randBelow_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<qint64>("expected");
    // Same derivations as in below_data().
    QTest::addRow("n=1") << qint64(1) << QList<quint64>{Max64} << qint64(0);
    QTest::addRow("n=3 reject, low t")
        << qint64(3) << QList<quint64>{0, 0xAAAAAAAAAAAAAAABull} << qint64(2);
    QTest::addRow("n=10 reject, low t")
        << qint64(10) << QList<quint64>{0x199999999999999Aull, 0x6666666666666667ull} << qint64(4);
    // n = 2^63-1: (2^64-1)*n = (2^63-2)*2^64 + (2^63+1); low >= n, accepted -> n-1.
    QTest::addRow("n=INT64_MAX") << MaxI64 << QList<quint64>{Max64} << (MaxI64 - 1);
}

void TestRandom::randBelow()
{
    QFETCH(qint64, n);
    QFETCH(QList<quint64>, words);
    QFETCH(qint64, expected);
    ScriptedSource source = scriptWords(words);
    Random random(source);
    QCOMPARE(qint64(secrets::randBelow(random, n)), expected);
    QCOMPARE(quint64(random.next64()), Sentinel);
}

void TestRandom::randBelowNonPositiveThrows_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addRow("zero") << qint64(0);
    QTest::addRow("minus one") << qint64(-1);
    QTest::addRow("INT64_MIN") << MinI64;
}

void TestRandom::randBelowNonPositiveThrows()
{
    QFETCH(qint64, n);
    ScriptedSource source = scriptWords({1});
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, secrets::randBelow(random, n));
    QVERIFY(source.requests().empty());
}

void TestRandom::choice_data()
{
    QTest::addColumn<QStringList>("seq");
    QTest::addColumn<QList<quint64>>("words");
    QTest::addColumn<QString>("expected");
    const QStringList three{QStringLiteral("alpha"), QStringLiteral("beta"),
                            QStringLiteral("gamma")};
    // Index = below(3), as derived in below_data().
    QTest::addRow("3: 2^63 -> 1") << three << QList<quint64>{Bit63} << QStringLiteral("beta");
    QTest::addRow("3: low t -> 2")
        << three << QList<quint64>{0xAAAAAAAAAAAAAAABull} << QStringLiteral("gamma");
    QTest::addRow("3: reject, 1 -> 0") << three << QList<quint64>{0, 1} << QStringLiteral("alpha");
    // Size 4: t = 0, index = x >> 62.
    const QStringList four{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                           QStringLiteral("d")};
    QTest::addRow("4: 0xC0.. -> 3")
        << four << QList<quint64>{0xC000000000000000ull} << QStringLiteral("d");
    QTest::addRow("4: 0 -> 0") << four << QList<quint64>{0} << QStringLiteral("a");
    // A single element still consumes one word (below(1)).
    QTest::addRow("1: only") << QStringList{QStringLiteral("only")} << QList<quint64>{Max64}
                             << QStringLiteral("only");
}

void TestRandom::choice()
{
    QFETCH(QStringList, seq);
    QFETCH(QList<quint64>, words);
    QFETCH(QString, expected);
    ScriptedSource source = scriptWords(words);
    Random random(source);
    QCOMPARE(secrets::choice(random, seq), expected);
    QCOMPARE(quint64(random.next64()), Sentinel);
}

void TestRandom::choiceOfEmptyThrows()
{
    ScriptedSource source = scriptWords({1});
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, secrets::choice(random, QStringList{}));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, secrets::choice(random, std::vector<int>{}));
    QVERIFY(source.requests().empty());
}

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
