// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic tests of PassphraseGenerator: defaults and errors, the exact entropy of each
// option and when it is exact (with passphrases that really do read two ways), and scripted-byte
// pins of which words, case and digit each draw selects.
#include "ScriptedDraws.h"
#include "ScriptedSource.h"
#include "TestU128.h"
#include "WordlistText.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"
#include "passforge/Wordlist.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <stdexcept>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using passforge::test::drawFor;
using passforge::test::filler;
using passforge::test::generateScripted;
using passforge::test::userDraw;
using passforge::test::userList;
using PG = PassphraseGenerator;

Q_DECLARE_METATYPE(PassphraseGenerator::Case)
Q_DECLARE_METATYPE(PassphraseGenerator::Error)

namespace {

// 7776^4 = 6^20 <= 2^64 < 7776^5: one draw below 6^20 yields four indices of a 7776-word list
// (five dice a word, as diceware lists have).
constexpr quint64 Bound7776 = 3656158440062976ULL;

// The draw that yields these four indices of a 7776-word list: v = i0 + i1 7776 + i2 7776^2 + i3
// 7776^3, least significant first, read back as v % 7776, v / 7776 % 7776, ...
quint64 diceDraw(quint64 i0, quint64 i1, quint64 i2, quint64 i3)
{
    return drawFor(i0 + 7776 * (i1 + 7776 * (i2 + 7776 * i3)), Bound7776);
}

PG makeGenerator(int count, const QString &separator, PG::Case c, bool digit)
{
    PG g;
    g.setWordCount(count);
    g.setSeparator(separator);
    g.setLetterCase(c);
    g.setAddDigit(digit);
    return g;
}

} // namespace

class TestPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void generatorErrors_data();
    void generatorErrors();
    void entropy_data();
    void entropy();
    void entropyIsExact_data();
    void entropyIsExact();
    void ambiguousPassphrases_data();
    void ambiguousPassphrases();
    void scripted_data();
    void scripted();
};

void TestPassphrase::defaults()
{
    const PG g;
    QCOMPARE(g.wordCount(), 6);
    QCOMPARE(g.separator(), u"-"_s);
    QCOMPARE(g.letterCase(), PG::Case::Lower);
    QVERIFY(!g.addDigit());
    QCOMPARE(g.wordlist().words(), Wordlist::builtIn().words());
    QVERIFY(g.isValid());
    QVERIFY(g.entropyIsExact());
    // log2 of the English list's size a word, whatever that size is.
    QCOMPARE(g.entropyBits(), 6 * std::log2(double(Wordlist::builtIn().size())));
    for (const auto c :
         {PG::Case::Lower, PG::Case::Upper, PG::Case::Title, PG::Case::OneCapitalised})
        QCOMPARE(PG::caseFromName(PG::caseName(c)).value_or(PG::Case(-1)), c);
    QCOMPARE(PG::caseName(PG::Case::OneCapitalised), u"one"_s);
    QVERIFY(!PG::caseFromName(u"Upper"_s));
}

void TestPassphrase::generatorErrors_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("listWords"); // -1: the built-in list; else a user list of that many
    QTest::addColumn<PG::Error>("error");
    using E = PG::Error;
    QTest::addRow("0 words") << 0 << u"-"_s << -1 << E::WordCountOutOfRange;
    QTest::addRow("-1 words") << -1 << u"-"_s << -1 << E::WordCountOutOfRange;
    QTest::addRow("41 words") << 41 << u"-"_s << -1 << E::WordCountOutOfRange;
    QTest::addRow("1 word") << 1 << u"-"_s << -1 << E::None;
    QTest::addRow("40 words") << 40 << u"-"_s << -1 << E::None;
    QTest::addRow("lone combining mark") << 6 << u"\u0301"_s << -1 << E::InvalidSeparator;
    QTest::addRow("combining mark after dash") << 6 << u"-\u0301"_s << -1 << E::None;
    QTest::addRow("tab") << 6 << u"\t"_s << -1 << E::InvalidSeparator;
    QTest::addRow("newline") << 6 << u"\n"_s << -1 << E::InvalidSeparator;
    QTest::addRow("control in the middle") << 6 << u"-\u0007-"_s << -1 << E::InvalidSeparator;
    QTest::addRow("zero-width space") << 6 << u"\u200b"_s << -1 << E::InvalidSeparator;
    QTest::addRow("empty") << 6 << QString() << -1 << E::None;
    QTest::addRow("non-ASCII") << 6 << u"\u00b7\U0001F642"_s << -1 << E::None;
    QTest::addRow("no-break space") << 6 << u"\u00a0"_s << -1 << E::None;
    QTest::addRow("empty list") << 6 << u"-"_s << 0 << E::WordlistTooSmall;
    QTest::addRow("1023-word list") << 6 << u"-"_s << 1023 << E::WordlistTooSmall;
    QTest::addRow("1024-word list") << 6 << u"-"_s << 1024 << E::None;
    QTest::addRow("count checked first") << 0 << u"\t"_s << 0 << E::WordCountOutOfRange;
}

void TestPassphrase::generatorErrors()
{
    QFETCH(int, count);
    QFETCH(QString, separator);
    QFETCH(int, listWords);
    QFETCH(PG::Error, error);
    PG g = makeGenerator(count, separator, PG::Case::Lower, false);
    if (listWords >= 0)
        g.setWordlist(Wordlist::fromUtf8(filler(listWords)));
    QCOMPARE(g.error(), error);
    QCOMPARE(g.isValid(), error == PG::Error::None);
    test::ScriptedSource source;
    source.padToBatch(0xFF); // all-ones draws, never rejected (see the "all last" pin)
    Random random(source);
    if (error != PG::Error::None) {
        QCOMPARE(g.entropyBits(), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, g.generate(random));
        QCOMPARE(source.position(), std::size_t(0)); // nothing drawn for invalid settings
    } else {
        const QString value = g.generate(random);
        if (!separator.isEmpty())
            QCOMPARE(value.split(separator).size(), qsizetype(count));
    }
}

void TestPassphrase::entropy_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<int>("listWords"); // 7776: a dice list
    QTest::addColumn<double>("bits");
    using C = PG::Case;
    // log2(7776) = 5 log2(6) = 12.9248...; a 1024-word list gives exactly 10 bits a word.
    const double w = 5 * std::log2(6.0);
    QTest::addRow("6 lower") << 6 << C::Lower << false << 7776 << 6 * w;
    QTest::addRow("6 upper adds nothing") << 6 << C::Upper << false << 7776 << 6 * w;
    QTest::addRow("6 title adds nothing") << 6 << C::Title << false << 7776 << 6 * w;
    QTest::addRow("6 one") << 6 << C::OneCapitalised << false << 7776 << 6 * w + std::log2(6.0);
    QTest::addRow("6 digit") << 6 << C::Lower << true << 7776 << 6 * w + std::log2(60.0);
    QTest::addRow("6 one digit") << 6 << C::OneCapitalised << true << 7776
                                 << 6 * w + std::log2(6.0) + std::log2(60.0);
    QTest::addRow("6 title digit") << 6 << C::Title << true << 7776 << 6 * w + std::log2(60.0);
    QTest::addRow("1 one digit") << 1 << C::OneCapitalised << true << 7776 << w + std::log2(10.0);
    QTest::addRow("40 lower") << 40 << C::Lower << false << 7776 << 40 * w;
    QTest::addRow("40 one digit") << 40 << C::OneCapitalised << true << 7776
                                  << 40 * w + std::log2(40.0) + std::log2(400.0);
    QTest::addRow("1024 list, 6 lower") << 6 << C::Lower << false << 1024 << 60.0;
    QTest::addRow("1024 list, 8 one") << 8 << C::OneCapitalised << false << 1024 << 83.0;
    QTest::addRow("1024 list, 16 one digit")
        << 16 << C::OneCapitalised << true << 1024 << 164.0 + std::log2(160.0);
    QTest::addRow("2000 list, 5 digit")
        << 5 << C::Lower << true << 2000 << 5 * std::log2(2000.0) + std::log2(50.0);
}

void TestPassphrase::entropy()
{
    QFETCH(int, count);
    QFETCH(PG::Case, letterCase);
    QFETCH(bool, digit);
    QFETCH(int, listWords);
    QFETCH(double, bits);
    for (const QString &separator : {u"-"_s, QString(), u" :: "_s}) {
        PG g = makeGenerator(count, separator, letterCase, digit);
        g.setWordlist(Wordlist::fromUtf8(filler(listWords)));
        QCOMPARE(int(g.wordlist().size()), listWords);
        QVERIFY(g.isValid());
        QVERIFY2(std::abs(g.entropyBits() - bits) <= 1e-12 * bits,
                 qPrintable(u"%1 != %2"_s.arg(g.entropyBits(), 0, 'g', 17).arg(bits, 0, 'g', 17)));
    }
}

void TestPassphrase::entropyIsExact_data()
{
    QTest::addColumn<QStringList>("head"); // a user list of these words and filler; empty: built-in
    QTest::addColumn<QString>("separator");
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<bool>("exact");
    using C = PG::Case;
    const QStringList builtIn;
    // "word" is a prefix of "words": not prefix-free.
    const QStringList word{u"word"_s, u"words"_s};
    QTest::addRow("built-in, no separator") << builtIn << QString() << C::Lower << false << true;
    QTest::addRow("built-in, one, digit")
        << builtIn << QString() << C::OneCapitalised << true << true;
    QTest::addRow("built-in, separator a") << builtIn << u"a"_s << C::Upper << true << true;
    QTest::addRow("filler, no separator")
        << QStringList{u"apple"_s} << QString() << C::Lower << false << true;
    QTest::addRow("not prefix-free, no separator")
        << word << QString() << C::Lower << false << false;
    QTest::addRow("not prefix-free, dash") << word << u"-"_s << C::Lower << false << true;
    QTest::addRow("not prefix-free, space, title, digit")
        << word << u" "_s << C::Title << true << true;
    QTest::addRow("separator inside a word") << word << u"or"_s << C::Lower << false << false;
    QTest::addRow("separator is a word") << word << u"word"_s << C::Lower << false << false;
    QTest::addRow("separator outside words") << word << u"ab"_s << C::Lower << false << true;
    // The cases that the ambiguousPassphrases rows below show to collide.
    const QStringList xy{u"xa"_s, u"y"_s, u"x"_s, u"ay"_s};
    QTest::addRow("separator overlaps itself") << xy << u"aa"_s << C::Lower << false << false;
    QTest::addRow("separator -.- overlaps itself") << xy << u"-.-"_s << C::Lower << false << false;
    QTest::addRow("separator ab does not") << xy << u"ab"_s << C::Lower << false << true;
    const QStringList box{u"bo"_s, u"xy"_s, u"box"_s, u"y"_s};
    QTest::addRow("X, lower") << box << u"X"_s << C::Lower << false << true;
    QTest::addRow("X, upper") << box << u"X"_s << C::Upper << false << false;
    QTest::addRow("X, title") << box << u"X"_s << C::Title << false << false;
    QTest::addRow("X, one") << box << u"X"_s << C::OneCapitalised << false << false;
    const QStringList digits{u"ab"_s, u"1c"_s, u"x"_s, u"cx"_s, u"5"_s};
    QTest::addRow("digits in a prefix-free list")
        << digits << QString() << C::Lower << false << true;
    QTest::addRow("digits in words, add digit") << digits << u"-"_s << C::Lower << true << false;
    QTest::addRow("digit in separator") << word << u"-1"_s << C::Lower << false << true;
    QTest::addRow("digit in separator, add digit") << word << u"-1"_s << C::Lower << true << false;
}

void TestPassphrase::entropyIsExact()
{
    QFETCH(QStringList, head);
    QFETCH(QString, separator);
    QFETCH(PG::Case, letterCase);
    QFETCH(bool, digit);
    QFETCH(bool, exact);
    PG g = makeGenerator(6, separator, letterCase, digit);
    if (!head.isEmpty())
        g.setWordlist(userList(head));
    QVERIFY(g.isValid());
    QCOMPARE(g.entropyIsExact(), exact);
}

void TestPassphrase::ambiguousPassphrases_data()
{
    QTest::addColumn<QStringList>("head");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<QList<quint64>>("drawsA");
    QTest::addColumn<QList<quint64>>("drawsB");
    QTest::addColumn<QString>("value");
    using C = PG::Case;
    // Indices 0-3 of the head; userDraw() puts them in one draw (see there).
    QTest::addRow("separator overlaps itself")
        << QStringList{u"xa"_s, u"y"_s, u"x"_s, u"ay"_s} << u"aa"_s << C::Lower << false
        << QList<quint64>{userDraw({0, 1})} << QList<quint64>{userDraw({2, 3})} << u"xaaay"_s;
    QTest::addRow("separator inside upper-case words")
        << QStringList{u"bo"_s, u"xy"_s, u"box"_s, u"y"_s} << u"X"_s << C::Upper << false
        << QList<quint64>{userDraw({0, 1})} << QList<quint64>{userDraw({2, 3})} << u"BOXXY"_s;
    // Three words, then below(3) for the word that gets the digit, then below(10) for it:
    // ab 1c x + 5 on word 3, and ab + 1 on word 1, cx, 5.
    QTest::addRow("digit and words with digits")
        << QStringList{u"ab"_s, u"1c"_s, u"x"_s, u"cx"_s, u"5"_s} << QString() << C::Lower << true
        << QList<quint64>{userDraw({0, 1, 2}), drawFor(2, 3), drawFor(5, 10)}
        << QList<quint64>{userDraw({0, 3, 4}), drawFor(0, 3), drawFor(1, 10)} << u"ab1cx5"_s;
}

void TestPassphrase::ambiguousPassphrases()
{
    // Two different draws of words (and digit) give one passphrase: the entropy counts both, so
    // it is only an upper bound, and entropyIsExact() must say so.
    QFETCH(QStringList, head);
    QFETCH(QString, separator);
    QFETCH(PG::Case, letterCase);
    QFETCH(bool, digit);
    QFETCH(QList<quint64>, drawsA);
    QFETCH(QList<quint64>, drawsB);
    QFETCH(QString, value);
    PG g = makeGenerator(digit ? 3 : 2, separator, letterCase, digit);
    g.setWordlist(userList(head));
    QCOMPARE(g.wordlist().words().mid(0, head.size()), head);
    bool sentinel = false;
    QCOMPARE(generateScripted(g, drawsA, &sentinel), value);
    QVERIFY(sentinel);
    QCOMPARE(generateScripted(g, drawsB, &sentinel), value);
    QVERIFY(sentinel);
    QVERIFY(!g.entropyIsExact());
}

void TestPassphrase::scripted_data()
{
    QTest::addColumn<QStringList>("head"); // empty: the 7776-word dice list
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<QList<quint64>>("draws");
    QTest::addColumn<QString>("expected");
    using C = PG::Case;
    using D = QList<quint64>;
    const QStringList b; // the dice list
    // Indices of the 7776-word dice list (filler: "f" and the index's four digits as k-t):
    // 2718 fmrls, 3141 fnlol, 1000 flkkk, 5000 fpkkk, 6000 fqkkk, 1234 flmno, 777 fkrrr,
    // 0 fkkkk, 7775 frrrp (checked in scripted()). Six words take two draws, the
    // second's last two indices (7775 here) unused and dropped.
    const D six{diceDraw(2718, 3141, 1000, 5000), diceDraw(6000, 1234, 7775, 7775)};
    const auto add = [](D d, std::initializer_list<quint64> more) {
        return d << QList(more);
    };
    const auto row = [](const char *tag, const QStringList &head, int count, const QString &sep,
                        C c, bool digit, const D &draws, const QString &expected) {
        QTest::newRow(tag) << head << count << sep << c << digit << draws << expected;
    };
    row("lower", b, 6, u"-"_s, C::Lower, false, six, u"fmrls-fnlol-flkkk-fpkkk-fqkkk-flmno"_s);
    row("upper", b, 6, u"-"_s, C::Upper, false, six, u"FMRLS-FNLOL-FLKKK-FPKKK-FQKKK-FLMNO"_s);
    row("title", b, 6, u"-"_s, C::Title, false, six, u"Fmrls-Fnlol-Flkkk-Fpkkk-Fqkkk-Flmno"_s);
    // Then below(6) picks the word to capitalise (0-based).
    row("one, word 1", b, 6, u"-"_s, C::OneCapitalised, false, add(six, {drawFor(0, 6)}),
        u"Fmrls-fnlol-flkkk-fpkkk-fqkkk-flmno"_s);
    row("one, word 6", b, 6, u"-"_s, C::OneCapitalised, false, add(six, {drawFor(5, 6)}),
        u"fmrls-fnlol-flkkk-fpkkk-fqkkk-Flmno"_s);
    // Then below(6) for the word that gets the digit and below(10) for the digit:
    // 0xCCCCCCCCCCCCCCCC is 7 (see drawFor).
    row("digit 7 on word 4", b, 6, u"-"_s, C::Lower, true,
        add(six, {drawFor(3, 6), 0xCCCCCCCCCCCCCCCCULL}),
        u"fmrls-fnlol-flkkk-fpkkk7-fqkkk-flmno"_s);
    // Order: capitalised word (1), then the digit's word (4), then the digit (9).
    row("one then digit", b, 6, u"-"_s, C::OneCapitalised, true,
        add(six, {drawFor(1, 6), drawFor(4, 6), drawFor(9, 10)}),
        u"fmrls-Fnlol-flkkk-fpkkk-fqkkk9-flmno"_s);
    row("title, digit 0 on word 1", b, 6, u"-"_s, C::Title, true,
        add(six, {drawFor(0, 6), drawFor(0, 10)}), u"Fmrls0-Fnlol-Flkkk-Fpkkk-Fqkkk-Flmno"_s);
    row("upper, digit on word 6", b, 6, u"-"_s, C::Upper, true,
        add(six, {drawFor(5, 6), drawFor(3, 10)}), u"FMRLS-FNLOL-FLKKK-FPKKK-FQKKK-FLMNO3"_s);
    row("empty separator", b, 6, QString(), C::Lower, false, six,
        u"fmrlsfnlolflkkkfpkkkfqkkkflmno"_s);
    row("space", b, 6, u" "_s, C::Lower, false, six, u"fmrls fnlol flkkk fpkkk fqkkk flmno"_s);
    row("multi-character", b, 6, u" :: "_s, C::Title, false, six,
        u"Fmrls :: Fnlol :: Flkkk :: Fpkkk :: Fqkkk :: Flmno"_s);
    row("non-ASCII", b, 6, u"\u00b7\U0001F642"_s, C::Lower, false, six,
        u"fmrls\u00b7\U0001F642fnlol\u00b7\U0001F642flkkk\u00b7\U0001F642fpkkk\u00b7\U0001F642"
        "fqkkk\u00b7\U0001F642flmno"_s);
    // 2^64 - 1: (2^64 - 1) 6^20 = (6^20 - 1) 2^64 + (2^64 - 6^20), so v = 6^20 - 1, every index
    // 7775, and the low word is far above the threshold.
    row("all last", b, 4, u"-"_s, C::Lower, false, D{~0ULL}, u"frrrp-frrrp-frrrp-frrrp"_s);
    // x = 0 has low word 0 < 2^64 mod 6^20 = 1424743591837696: rejected. x = 1 has low word 6^20:
    // kept, v = 0.
    row("rejected draw", b, 4, u"-"_s, C::Lower, false, D{0, 1}, u"fkkkk-fkkkk-fkkkk-fkkkk"_s);
    row("5 words", b, 5, u"-"_s, C::Lower, false, D{six[0], diceDraw(777, 0, 0, 0)},
        u"fmrls-fnlol-flkkk-fpkkk-fkrrr"_s);
    // One word drops the other three indices of its draw.
    row("1 word", b, 1, u"-"_s, C::Lower, false, D{diceDraw(777, 1, 2, 3)}, u"fkrrr"_s);
    // below(1) still reads a draw: one word, then the capitalised word 0.
    row("1 word, one", b, 1, u"-"_s, C::OneCapitalised, false,
        D{diceDraw(777, 1, 2, 3), drawFor(0, 1)}, u"Fkrrr"_s);
    // A user list with non-ASCII words: 0 ärger, 1 straße, 2 école, 3 éa (é as e + U+0301).
    const QStringList accents{u"\u00e4rger"_s, u"stra\u00dfe"_s, u"\u00e9cole"_s, u"e\u0301a"_s};
    const D draw012{userDraw({0, 1, 2})}; // 0x2004000: 1 << 14 | 2 << 24
    QCOMPARE(draw012.constFirst(), 0x2004000ULL);
    row("accents lower", accents, 3, u" "_s, C::Lower, false, draw012,
        u"\u00e4rger stra\u00dfe \u00e9cole"_s);
    row("accents upper", accents, 3, u" "_s, C::Upper, false, draw012,
        u"\u00c4RGER STRASSE \u00c9COLE"_s);
    row("accents title", accents, 3, u" "_s, C::Title, false, draw012,
        u"\u00c4rger Stra\u00dfe \u00c9cole"_s);
    row("accents one", accents, 3, u" "_s, C::OneCapitalised, false, D{draw012[0], drawFor(1, 3)},
        u"\u00e4rger Stra\u00dfe \u00e9cole"_s);
    row("decomposed title", accents, 2, u"-"_s, C::Title, false, D{userDraw({3, 0})},
        u"E\u0301a-\u00c4rger"_s);
}

void TestPassphrase::scripted()
{
    QFETCH(QStringList, head);
    QFETCH(int, count);
    QFETCH(QString, separator);
    QFETCH(PG::Case, letterCase);
    QFETCH(bool, digit);
    QFETCH(QList<quint64>, draws);
    QFETCH(QString, expected);
    PG g = makeGenerator(count, separator, letterCase, digit);
    if (head.isEmpty()) {
        g.setWordlist(Wordlist::fromUtf8(filler(7776)));
        const QStringList &w = g.wordlist().words();
        const std::pair<int, const char16_t *> pinned[] = {
            {2718, u"fmrls"}, {3141, u"fnlol"}, {1000, u"flkkk"},
            {5000, u"fpkkk"}, {6000, u"fqkkk"}, {1234, u"flmno"},
            {777, u"fkrrr"},  {0, u"fkkkk"},    {7775, u"frrrp"}};
        for (const auto &[index, word] : pinned)
            QCOMPARE(w.at(index), QString::fromUtf16(word));
        // Four indices per draw, below 7776^4.
        const Random::DigitBatch batch = Random::digitBatch(7776);
        QCOMPARE(batch.digits, 4);
        QCOMPARE(quint64(batch.bound), Bound7776);
    } else {
        g.setWordlist(userList(head));
        QCOMPARE(g.wordlist().words().mid(0, head.size()), head);
        QCOMPARE(Random::digitBatch(1024).digits, 6);
        QCOMPARE(quint64(Random::digitBatch(1024).bound), quint64(1) << 60);
    }
    QVERIFY(g.isValid());
    bool sentinel = false;
    QCOMPARE(generateScripted(g, draws, &sentinel), expected);
    QVERIFY2(sentinel, "the generator read more or fewer draws than scripted");
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
