// SPDX-License-Identifier: GPL-3.0-or-later
// The richer passphrase options: each word or a random choice of words capitalised, separators
// drawn from a set, an added symbol. Their entropy is pinned (against an enumeration of every
// outcome where the formula is not a plain sum), so is when it is exact (case mapping that
// merges two words, symbols in words, separators that do not keep words apart), and so is the
// order of the draws.
#include "ScriptedDraws.h"
#include "ScriptedSource.h"
#include "WordlistText.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"
#include "passforge/Wordlist.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using passforge::test::drawFor;
using passforge::test::filler;
using passforge::test::userDraw;
using passforge::test::userList;
using PG = PassphraseGenerator;
using Inexact = PG::Inexact;

Q_DECLARE_METATYPE(PassphraseGenerator::Case)
Q_DECLARE_METATYPE(PassphraseGenerator::Inexact)

namespace {

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

// Shannon entropy in bits of outcomes counted in integers, N = sum of the counts:
// log2 N - (1/N) sum c log2 c (cells never seen count nothing).
double entropyOfCounts(const std::vector<quint32> &counts)
{
    quint64 total = 0;
    double sum = 0;
    for (quint32 c : counts) {
        total += c;
        if (c > 0)
            sum += double(c) * std::log2(double(c));
    }
    return std::log2(double(total)) - sum / double(total);
}

// n distinct one-character separators.
QString cjk(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(0x4E00 + i);
    return s;
}

} // namespace

class TestPassphraseOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseNames();
    void entropyPins_data();
    void entropyPins();
    void enumeratedCaseEntropy_data();
    void enumeratedCaseEntropy();
    void separatorSetErrors_data();
    void separatorSetErrors();
    void exactness_data();
    void exactness();
    void scripted_data();
    void scripted();
};

void TestPassphraseOptions::caseNames()
{
    QCOMPARE(PG::caseFromName(u"each"_s), PG::Case::Title);
    QCOMPARE(PG::caseFromName(u"title"_s), PG::Case::Title);
    QCOMPARE(PG::caseFromName(u"random"_s), PG::Case::RandomCase);
    // What settings and presets store: the older name stays, so that they still read.
    QCOMPARE(PG::caseName(PG::Case::Title), u"title"_s);
    QCOMPARE(PG::caseName(PG::Case::RandomCase), u"random"_s);
    QCOMPARE(PG::symbols().size(), 32);
}

void TestPassphraseOptions::entropyPins_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<QString>("separatorsFrom");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<bool>("symbol");
    QTest::addColumn<double>("extra"); // bits beyond words * log2(n)
    using C = PG::Case;
    // Every word of a built-in list has a capital, so random case is a bit a word and one
    // capitalised word log2(words).
    QTest::addRow("each adds nothing") << 6 << C::Title << QString() << false << false << 0.0;
    QTest::addRow("random, 6") << 6 << C::RandomCase << QString() << false << false << 6.0;
    QTest::addRow("random, 40") << 40 << C::RandomCase << QString() << false << false << 40.0;
    QTest::addRow("random, 1") << 1 << C::RandomCase << QString() << false << false << 1.0;
    QTest::addRow("one, 6") << 6 << C::OneCapitalised << QString() << false << false
                            << std::log2(6.0);
    QTest::addRow("4 separators, 6 words")
        << 6 << C::Lower << u"-+=_"_s << false << false << 5 * 2.0;
    QTest::addRow("3 separators, 2 words")
        << 2 << C::Lower << u".,;"_s << false << false << std::log2(3.0);
    QTest::addRow("separators, 1 word adds nothing")
        << 1 << C::Lower << u"-+"_s << false << false << 0.0;
    QTest::addRow("symbol, 6") << 6 << C::Lower << QString() << false << true << std::log2(192.0);
    QTest::addRow("digit and symbol, 6")
        << 6 << C::Lower << QString() << true << true << std::log2(60.0) + std::log2(192.0);
    QTest::addRow("everything, 5") << 5 << C::RandomCase << u"\u00b7\U0001F642-"_s << true << true
                                   << 5.0 + 4 * std::log2(3.0) + std::log2(50.0) + std::log2(160.0);
}

void TestPassphraseOptions::entropyPins()
{
    QFETCH(int, words);
    QFETCH(PG::Case, letterCase);
    QFETCH(QString, separatorsFrom);
    QFETCH(bool, digit);
    QFETCH(bool, symbol);
    QFETCH(double, extra);
    for (const QString &code : Wordlist::builtInCodes()) {
        PG g;
        g.setWordlist(*Wordlist::builtIn(code));
        g.setWordCount(words);
        g.setLetterCase(letterCase);
        g.setSeparatorsFrom(separatorsFrom);
        g.setAddDigit(digit);
        g.setAddSymbol(symbol);
        QVERIFY(g.isValid());
        QVERIFY2(g.entropyIsExact(), qPrintable(code));
        const double expected = words * std::log2(double(g.wordlist().size())) + extra;
        QVERIFY2(close(g.entropyBits(), expected), qPrintable(u"%1: %2 != %3"_s.arg(code)
                                                                  .arg(g.entropyBits(), 0, 'g', 17)
                                                                  .arg(expected, 0, 'g', 17)));
        const PG::EntropyParts parts = g.entropyParts();
        QVERIFY(close(parts.total(), g.entropyBits()));
    }
}

void TestPassphraseOptions::enumeratedCaseEntropy_data()
{
    QTest::addColumn<int>("caseless"); // words of the 1024 that have no capital form
    QTest::addColumn<int>("words");
    QTest::addColumn<PG::Case>("letterCase");
    for (const int caseless : {0, 1, 512, 1000}) {
        for (const int words : {1, 2}) {
            QTest::addRow("%d caseless, %d words, one", caseless, words)
                << caseless << words << PG::Case::OneCapitalised;
            QTest::addRow("%d caseless, %d words, random", caseless, words)
                << caseless << words << PG::Case::RandomCase;
        }
    }
}

void TestPassphraseOptions::enumeratedCaseEntropy()
{
    // A list whose first words begin with a digit, which has no capital ("4ever" capitalised is
    // "4ever"): the case of such a word cannot be seen. Every outcome of the draws is
    // enumerated (word indices, then the capitalised word or each word's coin) and mapped to
    // what the passphrase shows: the words, and which of them show a capital. The entropy of
    // what is shown must be the generator's.
    QFETCH(int, caseless);
    QFETCH(int, words);
    QFETCH(PG::Case, letterCase);
    QStringList head;
    for (int i = 0; i < caseless; ++i)
        head << u"%1q"_s.arg(i, 4, 10, QLatin1Char('0')); // "0000q": digits first, no capital
    const Wordlist list = userList(head);
    QCOMPARE(list.size(), 1024);
    PG g;
    g.setWordlist(list);
    g.setWordCount(words);
    g.setLetterCase(letterCase);
    QVERIFY(g.isValid());
    const auto hasCapital = [&](quint64 index) {
        return index >= quint64(caseless);
    };

    const quint64 n = 1024;
    const quint64 pairs = words == 1 ? n : n * n;
    // (indices, capitals shown) -> how many of the equally likely draws show it.
    std::vector<quint32> shown(pairs * 4, 0);
    const int choices = letterCase == PG::Case::RandomCase ? 1 << words : words;
    for (quint64 draw = 0; draw < pairs; ++draw) {
        const quint64 idx[2] = {draw % n, draw / n};
        for (int choice = 0; choice < choices; ++choice) {
            quint64 mask =
                letterCase == PG::Case::RandomCase ? quint64(choice) : quint64(1) << choice;
            for (int w = 0; w < words; ++w) {
                if (!hasCapital(idx[w]))
                    mask &= ~(quint64(1) << w);
            }
            ++shown[draw << 2 | mask];
        }
    }
    const double enumerated = entropyOfCounts(shown);
    QVERIFY2(
        close(g.entropyBits(), enumerated),
        qPrintable(u"%1 != %2"_s.arg(g.entropyBits(), 0, 'g', 17).arg(enumerated, 0, 'g', 17)));
}

void TestPassphraseOptions::separatorSetErrors_data()
{
    QTest::addColumn<QString>("chars");
    QTest::addColumn<bool>("valid");
    QTest::addRow("two") << u"-+"_s << true;
    QTest::addRow("emoji and accent as graphemes") << u"\U0001F642e\u0301"_s << true;
    QTest::addRow("one") << u"-"_s << false;
    QTest::addRow("duplicate") << u"-+-"_s << false;
    QTest::addRow("same grapheme twice") << u"e\u0301e\u0301"_s << false;
    QTest::addRow("lone combining mark") << u"\u0301+"_s << false;
    QTest::addRow("control character") << u"-\t"_s << false;
    QTest::addRow("64") << cjk(64) << true;
    QTest::addRow("65") << cjk(65) << false;
}

void TestPassphraseOptions::separatorSetErrors()
{
    QFETCH(QString, chars);
    QFETCH(bool, valid);
    PG g;
    g.setSeparatorsFrom(chars);
    QCOMPARE(g.error() == PG::Error::None, valid);
    if (!valid)
        QCOMPARE(g.error(), PG::Error::InvalidSeparatorSet);
    // Empty means the one separator again.
    g.setSeparatorsFrom(QString());
    QVERIFY(g.isValid());
}

void TestPassphraseOptions::exactness_data()
{
    QTest::addColumn<QStringList>("head"); // of a 1024-word user list; empty: the English list
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("separatorsFrom");
    QTest::addColumn<bool>("symbol");
    QTest::addColumn<Inexact>("reason");
    using C = PG::Case;
    const QStringList english;
    const QStringList strasse{u"stra\u00dfe"_s, u"strasse"_s};
    // STRASSE twice: upper case merges them; capitalised, Straße and Strasse stay apart.
    QTest::addRow("straße, strasse, upper")
        << strasse << C::Upper << u"-"_s << QString() << false << Inexact::CaseMerges;
    QTest::addRow("straße, strasse, lower")
        << strasse << C::Lower << u"-"_s << QString() << false << Inexact::None;
    QTest::addRow("straße, strasse, each")
        << strasse << C::Title << u"-"_s << QString() << false << Inexact::None;
    QTest::addRow("straße, strasse, random")
        << strasse << C::RandomCase << u"-"_s << QString() << false << Inexact::None;
    // Dotless ı and i both capitalise to I: Iab could be either word.
    QTest::addRow("two words, one capital") << QStringList{u"\u0131ab"_s, u"iab"_s} << C::RandomCase
                                            << u"-"_s << QString() << false << Inexact::CaseMerges;
    QTest::addRow("two words, one capital, lower")
        << QStringList{u"\u0131ab"_s, u"iab"_s} << C::Lower << u"-"_s << QString() << false
        << Inexact::None;
    QTest::addRow("symbol in words") << QStringList{u"a!b"_s} << C::Lower << u"-"_s << QString()
                                     << true << Inexact::SymbolInWords;
    QTest::addRow("symbol in words, not added")
        << QStringList{u"a!b"_s} << C::Lower << u"-"_s << QString() << false << Inexact::None;
    // A one-character separator that is also a symbol still reads one way; a longer one need not.
    QTest::addRow("dash and symbol")
        << english << C::Lower << u"-"_s << QString() << true << Inexact::None;
    QTest::addRow("two-character symbol separator")
        << english << C::Lower << u"-!"_s << QString() << true << Inexact::Separator;
    QTest::addRow("mixed separators and symbol")
        << english << C::RandomCase << u"-"_s << u"-+=_"_s << true << Inexact::None;
    // Not prefix-free ("word", "words"): each separator drawn must keep the words apart.
    const QStringList word{u"word"_s, u"words"_s};
    QTest::addRow("not prefix-free, mixed separators")
        << word << C::Lower << u"-"_s << u"-+"_s << false << Inexact::None;
    QTest::addRow("not prefix-free, a separator in a word")
        << word << C::Lower << u"-"_s << u"-s"_s << false << Inexact::Separator;
}

void TestPassphraseOptions::exactness()
{
    QFETCH(QStringList, head);
    QFETCH(PG::Case, letterCase);
    QFETCH(QString, separator);
    QFETCH(QString, separatorsFrom);
    QFETCH(bool, symbol);
    QFETCH(Inexact, reason);
    PG g;
    if (!head.isEmpty())
        g.setWordlist(userList(head));
    g.setLetterCase(letterCase);
    g.setSeparator(separator);
    g.setSeparatorsFrom(separatorsFrom);
    g.setAddSymbol(symbol);
    QVERIFY(g.isValid());
    QCOMPARE(g.inexactReason(), reason);
    QCOMPARE(g.entropyIsExact(), reason == Inexact::None);
}

void TestPassphraseOptions::scripted_data()
{
    QTest::addColumn<PG::Case>("letterCase");
    QTest::addColumn<QString>("separatorsFrom");
    QTest::addColumn<bool>("digit");
    QTest::addColumn<bool>("symbol");
    QTest::addColumn<QList<quint64>>("draws");
    QTest::addColumn<QString>("expected");
    using C = PG::Case;
    using D = QList<quint64>;
    // Three words of a user list (alpha, bravo, charlie: indices 0, 1, 2) in one draw, then the
    // digit's word and digit, the symbol's word and symbol (5 is '&' of !"#$%&…), the coins
    // (below 2^3: bit i capitalises word i) and each gap's separator, in that order.
    const quint64 words = userDraw({0, 1, 2});
    QTest::addRow("random case 101") << C::RandomCase << QString() << false << false
                                     << D{words, drawFor(5, 8)} << u"Alpha-bravo-Charlie"_s;
    QTest::addRow("random case 010") << C::RandomCase << QString() << false << false
                                     << D{words, drawFor(2, 8)} << u"alpha-Bravo-charlie"_s;
    QTest::addRow("symbol on word 2")
        << C::Lower << QString() << false << true << D{words, drawFor(1, 3), drawFor(5, 32)}
        << u"alpha-bravo&-charlie"_s;
    QTest::addRow("digit then symbol, same word")
        << C::Lower << QString() << true << true
        << D{words, drawFor(2, 3), drawFor(7, 10), drawFor(2, 3), drawFor(31, 32)}
        << u"alpha-bravo-charlie7~"_s;
    QTest::addRow("separators from +=")
        << C::Lower << u"+="_s << false << false << D{words, drawFor(1, 2), drawFor(0, 2)}
        << u"alpha=bravo+charlie"_s;
    QTest::addRow("everything") << C::RandomCase << u"\u00b7\U0001F642"_s << true << true
                                << D{words,          drawFor(0, 3), drawFor(4, 10), drawFor(1, 3),
                                     drawFor(0, 32), drawFor(6, 8), drawFor(1, 2),  drawFor(0, 2)}
                                << u"alpha4\U0001F642Bravo!\u00b7Charlie"_s;
}

void TestPassphraseOptions::scripted()
{
    QFETCH(PG::Case, letterCase);
    QFETCH(QString, separatorsFrom);
    QFETCH(bool, digit);
    QFETCH(bool, symbol);
    QFETCH(QList<quint64>, draws);
    QFETCH(QString, expected);
    PG g;
    g.setWordlist(userList({u"alpha"_s, u"bravo"_s, u"charlie"_s}));
    g.setWordCount(3);
    g.setLetterCase(letterCase);
    g.setSeparatorsFrom(separatorsFrom);
    g.setAddDigit(digit);
    g.setAddSymbol(symbol);
    QVERIFY(g.isValid());
    bool sentinel = false;
    QCOMPARE(test::generateScripted(g, draws, &sentinel), expected);
    QVERIFY2(sentinel, "the generator read more or fewer draws than scripted");
}

QTEST_GUILESS_MAIN(TestPassphraseOptions)
#include "tst_passphrase_options.moc"
