// SPDX-License-Identifier: GPL-3.0-or-later
// Pronounceable passwords: the grammar's count of strings, checked against a brute-force count of
// every string over its letters that the grammar accepts (distinct strings, not derivations);
// every rank unranks to a distinct grammatical string; exact entropy; the draw order pinned with
// scripted bytes.
#include "ScriptedDraws.h"
#include "ScriptedSource.h"
#include "passforge/PronounceableGenerator.h"
#include "passforge/Random.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using passforge::test::drawFor;
using PG = PronounceableGenerator;

namespace {

// The grammar as a regular expression, written from the documented sets, independently of the
// generator's own tables.
const QRegularExpression &grammar()
{
    static const QRegularExpression re(
        u"\\A(?:[%1][%2][%3]?)+\\z"_s.arg(PG::onsets(), PG::vowels(), PG::codas()));
    return re;
}

// Whether s is made of syllables: a hand-written parse, for the brute force below (the regular
// expression is too slow for millions of strings). Onset and vowel, then a coda if a consonant
// follows that is itself followed by a consonant or the end.
bool parses(const char *s, int n, const QByteArray &onsets, const QByteArray &vowels,
            const QByteArray &codas)
{
    int i = 0;
    while (i < n) {
        if (i + 1 >= n || !onsets.contains(s[i]) || !vowels.contains(s[i + 1]))
            return false;
        i += 2;
        const bool nextStartsSyllable = i + 1 < n && vowels.contains(s[i + 1]);
        if (i < n && !nextStartsSyllable) {
            if (!codas.contains(s[i]))
                return false;
            ++i;
        }
    }
    return true;
}

} // namespace

class TestPronounceable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedSets();
    void countsByRecurrence();
    void countsByBruteForce_data();
    void countsByBruteForce();
    void everyRankIsDistinct();
    void entropy_data();
    void entropy();
    void errors();
    void scripted_data();
    void scripted();
};

void TestPronounceable::documentedSets()
{
    QCOMPARE(PG::onsets(), u"bdfghjklmnprstvz"_s);
    QCOMPARE(PG::vowels(), u"aeiou"_s);
    QCOMPARE(PG::codas(), u"lmnrs"_s);
    // Vowels and consonants are disjoint: what makes a string parse one way.
    for (const QChar v : PG::vowels()) {
        QVERIFY(!PG::onsets().contains(v));
        QVERIFY(!PG::codas().contains(v));
    }
}

void TestPronounceable::countsByRecurrence()
{
    // f(L) = 80 f(L-2) + 400 f(L-3), f(0) = 1, f(1) = 0, by hand.
    QCOMPARE(PG::count(0), 1.0);
    QCOMPARE(PG::count(1), 0.0);
    QCOMPARE(PG::count(2), 80.0);
    QCOMPARE(PG::count(3), 400.0);
    QCOMPARE(PG::count(4), 6400.0);
    QCOMPARE(PG::count(5), 64000.0);
    QCOMPARE(PG::count(6), 672000.0);
    QCOMPARE(PG::count(7), 80.0 * 64000 + 400.0 * 6400);
}

void TestPronounceable::countsByBruteForce_data()
{
    QTest::addColumn<int>("letters");
    for (int n = 2; n <= 5; ++n)
        QTest::addRow("%d letters", n) << n;
}

void TestPronounceable::countsByBruteForce()
{
    // Every string of n letters over the grammar's 21 letters, counted if it parses: distinct
    // strings, however many ways one might derive them.
    QFETCH(int, letters);
    const QByteArray onsets = PG::onsets().toLatin1(), vowels = PG::vowels().toLatin1(),
                     codas = PG::codas().toLatin1();
    QByteArray alphabet = onsets + vowels;
    for (const char c : codas) {
        if (!alphabet.contains(c))
            alphabet += c;
    }
    QCOMPARE(alphabet.size(), 21);
    std::uint64_t total = 1;
    for (int i = 0; i < letters; ++i)
        total *= std::uint64_t(alphabet.size());
    std::uint64_t accepted = 0;
    char s[8];
    for (std::uint64_t code = 0; code < total; ++code) {
        std::uint64_t c = code;
        for (int i = 0; i < letters; ++i, c /= std::uint64_t(alphabet.size()))
            s[i] = alphabet[qsizetype(c % std::uint64_t(alphabet.size()))];
        accepted += parses(s, letters, onsets, vowels, codas) ? 1 : 0;
    }
    QCOMPARE(double(accepted), PG::count(letters));
}

void TestPronounceable::everyRankIsDistinct()
{
    // All 672,000 strings of 6 letters: each rank gives a grammatical string, and no two ranks
    // the same one.
    const int n = 6;
    const auto total = std::uint64_t(PG::count(n));
    QSet<QString> seen;
    seen.reserve(qsizetype(total));
    for (std::uint64_t rank = 0; rank < total; ++rank) {
        const QString s = PG::lettersOfRank(n, rank);
        QCOMPARE(s.size(), n);
        if (rank % 997 == 0)
            QVERIFY2(grammar().match(s).hasMatch(), qPrintable(s));
        seen.insert(s);
    }
    QCOMPARE(std::uint64_t(seen.size()), total);
    QCOMPARE(PG::lettersOfRank(n, 0), u"bababa"_s);
    QCOMPARE(PG::lettersOfRank(n, total - 1), u"zuszus"_s);
}

void TestPronounceable::entropy_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("capital");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<double>("bits");
    QTest::addRow("4") << 4 << false << false << std::log2(6400.0);
    QTest::addRow("5, capital") << 5 << true << false << std::log2(64000.0 * 5);
    QTest::addRow("5, digit: 4 letters") << 5 << false << true << std::log2(6400.0 * 10 * 5);
    QTest::addRow("6, capital, digit")
        << 6 << true << true << std::log2(64000.0) + std::log2(5.0) + std::log2(60.0);
    QTest::addRow("7") << 7 << false << false << std::log2(PG::count(7));
}

void TestPronounceable::entropy()
{
    QFETCH(int, length);
    QFETCH(bool, capital);
    QFETCH(bool, digit);
    QFETCH(double, bits);
    PG g;
    g.setLength(length);
    g.setCapital(capital);
    g.setDigit(digit);
    QVERIFY(g.isValid());
    QVERIFY2(std::abs(g.entropyBits() - bits) < 1e-9,
             qPrintable(u"%1 != %2"_s.arg(g.entropyBits(), 0, 'g', 17).arg(bits, 0, 'g', 17)));
}

void TestPronounceable::errors()
{
    PG g;
    QCOMPARE(g.length(), 20);
    QVERIFY(g.isValid());
    // The default: log2 f(20) = 67.49 bits (f grows by 3.44 bits a letter).
    QCOMPARE(qRound(g.entropyBits() * 100), 6749);
    g.setLength(3);
    QCOMPARE(g.error(), PG::Error::LengthOutOfRange);
    QCOMPARE(g.entropyBits(), 0.0);
    g.setLength(1025);
    QCOMPARE(g.error(), PG::Error::LengthOutOfRange);
    g.setLength(1024);
    g.setCapital(true);
    g.setDigit(true);
    QVERIFY(g.isValid());
    QVERIFY(std::isfinite(g.entropyBits()) && g.entropyBits() > 3000);
    test::ScriptedSource source;
    source.padToBatch(0x11);
    Random random(source);
    g.setLength(3);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, g.generate(random));
}

void TestPronounceable::scripted_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("capital");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<QList<quint64>>("draws");
    QTest::addColumn<QString>("expected");
    using D = QList<quint64>;
    // The rank is one word below f(L) (masked to its bit length): 4 letters, f = 6400.
    QTest::addRow("rank 0") << 4 << false << false << D{0} << u"baba"_s;
    QTest::addRow("last rank") << 4 << false << false << D{6399} << u"zuzu"_s;
    // The last syllable varies fastest, its vowel before its onset.
    QTest::addRow("rank 1") << 4 << false << false << D{1} << u"babe"_s;
    QTest::addRow("rank 5") << 4 << false << false << D{5} << u"bada"_s;
    QTest::addRow("rank 81") << 4 << false << false << D{81} << u"bebe"_s;
    // 5 letters, f = 64000: the first 32000 start with an open syllable, then closed ones.
    QTest::addRow("first closed") << 5 << false << false << D{32000} << u"balba"_s;
    // 6400 masked to 13 bits is not below 6400: drawn again.
    QTest::addRow("rejected") << 4 << false << false << D{6400, 3} << u"babo"_s;
    // Then the capital's position, below 4.
    QTest::addRow("capital at 3") << 4 << true << false << D{0, drawFor(2, 4)} << u"baBa"_s;
    // A digit: 4 letters for length 5, then its place below 5, then the digit below 10.
    QTest::addRow("digit at the end")
        << 5 << false << true << D{6399, drawFor(4, 5), drawFor(7, 10)} << u"zuzu7"_s;
    QTest::addRow("capital and digit first")
        << 5 << true << true << D{0, drawFor(0, 4), drawFor(0, 5), drawFor(0, 10)} << u"0Baba"_s;
}

void TestPronounceable::scripted()
{
    QFETCH(int, length);
    QFETCH(bool, capital);
    QFETCH(bool, digit);
    QFETCH(QList<quint64>, draws);
    QFETCH(QString, expected);
    PG g;
    g.setLength(length);
    g.setCapital(capital);
    g.setDigit(digit);
    bool sentinel = false;
    QCOMPARE(test::generateScripted(g, draws, &sentinel), expected);
    QVERIFY2(sentinel, "the generator read more or fewer draws than scripted");
}

QTEST_GUILESS_MAIN(TestPronounceable)
#include "tst_pronounceable.moc"
