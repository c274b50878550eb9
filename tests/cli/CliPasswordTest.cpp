// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli password: lengths, alphabets, minimums, custom sets, counts and --json.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"
#include "passforge/PronounceableGenerator.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

const QString All94 = LowerChars + UpperChars + DigitChars + SymbolChars;

// Runs the CLI, which must succeed, and returns the values it printed, one per line.
#define RUN_VALUES(values, args)                                                                   \
    QStringList values;                                                                            \
    do {                                                                                           \
        const CliResult run_ = runCli(args);                                                       \
        QVERIFY2(run_.succeeded(), qPrintable(run_.describe()));                                   \
        QVERIFY2(run_.out.endsWith('\n'), qPrintable(run_.describe()));                            \
        for (const QByteArray &line_ : outputLines(run_.out))                                      \
            values.append(QString::fromUtf8(line_));                                               \
    } while (false)

// Checks that every value has length user-perceived characters, all from allowed, and that
// together they use exactly the symbols of expectedSeen. Callers draw enough characters that
// every allowed symbol appears: P(one symbol missing) <= k (1 - 1/k)^n, below 1e-15 for the
// k <= 94 symbols and n >= 4000 draws used here.
#define CHECK_VALUES(values, length, allowed, expectedSeen)                                        \
    do {                                                                                           \
        QSet<QString> seen_;                                                                       \
        for (const QString &value_ : values) {                                                     \
            const QStringList symbols_ = graphemesOf(value_);                                      \
            QVERIFY2(symbols_.size() == (length), qPrintable(value_));                             \
            for (const QString &symbol_ : symbols_) {                                              \
                QVERIFY2((allowed).contains(symbol_), qPrintable(value_ + u" has "_s + symbol_));  \
                seen_.insert(symbol_);                                                             \
            }                                                                                      \
        }                                                                                          \
        QCOMPARE(seen_, expectedSeen);                                                             \
    } while (false)

} // namespace

void TstCli::passwordDefault()
{
    // Issue 2: length 20 over all 94 symbols when no class option is named. 200 values make
    // 4000 characters, enough to see each of the 94.
    RUN_VALUES(values, words("password --count 200"));
    QCOMPARE(values.size(), 200);
    CHECK_VALUES(values, 20, charSet(All94), charSet(All94));
    QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), values.size());
}

void TstCli::passwordClass_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("alphabet");

    QTest::addRow("lower") << words("password --count 200 --lower") << LowerChars;
    QTest::addRow("upper") << words("password --count 200 --upper") << UpperChars;
    QTest::addRow("digits") << words("password --count 200 --digits") << DigitChars;
    QTest::addRow("symbols") << words("password --count 200 --symbols") << SymbolChars;
    QTest::addRow("lower digits") << words("password --count 200 --lower --digits")
                                  << LowerChars + DigitChars;
    QTest::addRow("upper symbols")
        << words("password --count 200 --symbols --upper") << UpperChars + SymbolChars;
    QTest::addRow("all four named")
        << words("password --count 200 --lower --upper --digits --symbols") << All94;
}

void TstCli::passwordClass()
{
    QFETCH(QStringList, args);
    QFETCH(QString, alphabet);
    // Naming a class selects only the named ones, and all of each named one.
    RUN_VALUES(values, args);
    QCOMPARE(values.size(), 200);
    CHECK_VALUES(values, 20, charSet(alphabet), charSet(alphabet));
}

void TstCli::passwordMinimum_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<QString>("seen");
    // Minimum counts of lower, upper, digits, symbols.
    QTest::addColumn<QList<int>>("minimums");

    QTest::addRow("min-digits switches digits on")
        << words("password --count 1000 --length 8 --lower --min-digits 3") << 8
        << LowerChars + DigitChars << LowerChars + DigitChars << QList<int>{0, 0, 3, 0};
    // A minimum without a class option leaves all four classes on.
    QTest::addRow("minimums alone keep all classes")
        << words("password --count 1000 --length 6 --min-upper 2 --min-symbols 2") << 6 << All94
        << All94 << QList<int>{0, 2, 0, 2};
    QTest::addRow("minimums fill the length")
        << words("password --count 1000 --digits --min-upper 12 --length 12") << 12
        << UpperChars + DigitChars << UpperChars << QList<int>{0, 12, 0, 0};
    QTest::addRow("five of each")
        << words("password --count 1000 --min-lower 5 --min-upper 5 --min-digits 5 "
                 "--min-symbols 5")
        << 20 << All94 << All94 << QList<int>{5, 5, 5, 5};
    QTest::addRow("short with two minimums")
        << words("password --count 1000 --length 4 --lower --min-digits 1 --min-symbols 1") << 4
        << LowerChars + DigitChars + SymbolChars << LowerChars + DigitChars + SymbolChars
        << QList<int>{0, 0, 1, 1};
}

void TstCli::passwordMinimum()
{
    QFETCH(QStringList, args);
    QFETCH(int, length);
    QFETCH(QString, alphabet);
    QFETCH(QString, seen);
    QFETCH(QList<int>, minimums);

    RUN_VALUES(values, args);
    QCOMPARE(values.size(), 1000);
    CHECK_VALUES(values, length, charSet(alphabet), charSet(seen));
    const QString classes[] = {LowerChars, UpperChars, DigitChars, SymbolChars};
    for (const QString &value : std::as_const(values)) {
        for (int c = 0; c < 4; ++c) {
            const auto inClass = std::count_if(value.cbegin(), value.cend(),
                                               [&](QChar ch) { return classes[c].contains(ch); });
            QVERIFY2(inClass >= minimums.at(c), qPrintable(value));
        }
    }
}

void TstCli::passwordCustomExclude_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("symbols");

    const auto plus = [](const QString &chars, const QString &without, const QStringList &extra) {
        QStringList result = charSet(chars, without).values();
        result += extra;
        return result;
    };
    // é as one code point, ñ as n + combining tilde, and a thumbs-up with a skin-tone modifier:
    // each is one symbol, and must never come out split.
    const QString clusters = u"\u00e9👍🏽n\u0303"_s;
    QTest::addRow("custom clusters with digits")
        << QStringList{u"password"_s, u"--count"_s,  u"300"_s,
                       u"--digits"_s, u"--custom"_s, clusters}
        << plus(DigitChars, {}, {u"\u00e9"_s, u"👍🏽"_s, u"n\u0303"_s});
    QTest::addRow("custom overlapping a class")
        << words("password --count 200 --lower --custom 0123abc")
        << plus(LowerChars + u"0123"_s, {}, {});
    QTest::addRow("exclude vowels") << words("password --count 200 --lower --exclude aeiou")
                                    << plus(LowerChars, u"aeiou"_s, {});
    QTest::addRow("no look-alikes")
        << words("password --count 200 --no-lookalikes") << plus(All94, LookAlikeChars, {});
    QTest::addRow("no look-alikes digits symbols")
        << words("password --count 200 --digits --symbols --no-lookalikes")
        << plus(DigitChars + SymbolChars, LookAlikeChars, {});
    QTest::addRow("exclude a custom cluster")
        << QStringList{u"password"_s, u"--count"_s, u"200"_s,       u"--upper"_s,
                       u"--custom"_s, u"éü"_s,      u"--exclude"_s, u"éABC"_s}
        << plus(UpperChars, u"ABC"_s, {u"ü"_s});
}

void TstCli::passwordCustomExclude()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, symbols);
    RUN_VALUES(values, args);
    const QSet<QString> allowed(symbols.cbegin(), symbols.cend());
    QCOMPARE(allowed.size(), symbols.size()); // the row lists each symbol once
    CHECK_VALUES(values, 20, allowed, allowed);
}

void TstCli::passwordCount_data()
{
    QTest::addColumn<int>("count");
    for (int count : {1, 2, 7, 1000})
        QTest::addRow("count %d", count) << count;
}

void TstCli::passwordCount()
{
    QFETCH(int, count);
    RUN_VALUES(values, (QStringList{u"password"_s, u"--count"_s, QString::number(count)}));
    QCOMPARE(values.size(), count);
    for (const QString &value : std::as_const(values))
        QVERIFY2(value.size() == 20, qPrintable(value));
    QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), count);
}

void TstCli::passwordJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("length");
    QTest::addColumn<double>("bits");

    const auto lg = [](long double x) {
        return double(std::log2(x));
    };
    const auto pow = [](long double b, int e) {
        return std::pow(b, e);
    };
    // 20 symbols from 94: 20 log2 94 = 131.09.
    QTest::addRow("default") << words("password --json") << 20 << 20 * lg(94);
    // Issue 2's example: strings over 36 symbols minus those without a digit, 41.25.
    QTest::addRow("length 8 lower digits min-digits 1")
        << words("password --json --length 8 --lower --digits --min-digits 1") << 8
        << lg(pow(36, 8) - pow(26, 8));
    QTest::addRow("digits length 4")
        << words("password --json --digits --length 4") << 4 << 4 * lg(10);
    // Inclusion-exclusion: all 52^3, minus 26^3 without lower, minus 26^3 without upper.
    QTest::addRow("lower upper length 3 one of each")
        << words("password --json --lower --upper --length 3 --min-lower 1 --min-upper 1") << 3
        << lg(pow(52, 3) - 2 * pow(26, 3));
    // At least 2 digits among 8 over 94: all, minus no digit, minus exactly one digit.
    QTest::addRow("length 8 min-digits 2")
        << words("password --json --length 8 --min-digits 2") << 8
        << lg(pow(94, 8) - pow(84, 8) - 8 * 10 * pow(84, 7));
    QTest::addRow("symbols length 10")
        << words("password --json --symbols --length 10") << 10 << 10 * lg(32);
    // Digits without the documented look-alikes 0 1 2 5 6 8 leave 3 4 7 9.
    QTest::addRow("digits no look-alikes")
        << words("password --json --digits --no-lookalikes --length 5") << 5 << 5 * lg(4);
    QTest::addRow("no look-alikes")
        << words("password --json --no-lookalikes") << 20 << 20 * lg(94 - 15);
    // Duplicates count once: 26 letters + 0 1 2 3.
    QTest::addRow("custom overlapping")
        << words("password --json --lower --custom 0123abc --length 10") << 10 << 10 * lg(30);
    QTest::addRow("custom clusters")
        << QStringList{u"password"_s, u"--json"_s,   u"--digits"_s, u"--custom"_s,
                       u"é😀"_s,       u"--length"_s, u"6"_s}
        << 6 << 6 * lg(12);
}

void TstCli::passwordJson()
{
    QFETCH(QStringList, args);
    QFETCH(int, length);
    QFETCH(double, bits);

    RUN_VALUES(lines, args << u"--count"_s << u"5"_s);
    QCOMPARE(lines.size(), 5);
    for (const QString &line : std::as_const(lines)) {
        const auto object = jsonObject(line.toUtf8());
        QVERIFY2(object, qPrintable(line));
        QCOMPARE(keysOf(*object), (QStringList{u"entropy_bits"_s, u"value"_s}));
        QVERIFY2(object->value(u"value"_s).isString(), qPrintable(line));
        QCOMPARE(graphemesOf(object->value(u"value"_s).toString()).size(), length);
        QVERIFY2(object->value(u"entropy_bits"_s).isDouble(), qPrintable(line));
        const double printed = object->value(u"entropy_bits"_s).toDouble();
        QVERIFY2(sameBits(printed, bits),
                 qPrintable(u"%1 printed, %2 exact"_s.arg(printed).arg(bits)));
    }
}

void TstCli::passwordPronounceable_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("capital");
    QTest::addColumn<bool>("digit");
    QTest::addRow("default") << QStringList() << 20 << false << false;
    QTest::addRow("12, capital, digit")
        << words("--length 12 --min-upper 1 --min-digits 1") << 12 << true << true;
    QTest::addRow("shortest") << words("--length 4") << 4 << false << false;
    QTest::addRow("zero minimums") << words("--min-upper 0 --min-digits 0") << 20 << false << false;
}

void TstCli::passwordPronounceable()
{
    QFETCH(QStringList, options);
    QFETCH(int, length);
    QFETCH(bool, capital);
    QFETCH(bool, digit);
    const CliResult run = runCli(words("password --pronounceable --count 200 --json") + options);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    passforge::PronounceableGenerator core;
    core.setLength(length);
    core.setCapital(capital);
    core.setDigit(digit);
    static const QRegularExpression syllables(u"\\A(?:[%1][%2][%3]?)+\\z"_s.arg(
        passforge::PronounceableGenerator::onsets(), passforge::PronounceableGenerator::vowels(),
        passforge::PronounceableGenerator::codas()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 200);
    QSet<QString> distinct;
    for (const QByteArray &line : lines) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), core.entropyBits()),
                 line.constData());
        QString value = object->value(u"value"_s).toString();
        distinct.insert(value);
        QCOMPARE(value.size(), length);
        const qsizetype upper =
            std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isUpper(); });
        const qsizetype digits =
            std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
        QCOMPARE(upper, capital ? 1 : 0);
        QCOMPARE(digits, digit ? 1 : 0);
        value.remove(QRegularExpression(u"[0-9]"_s));
        QVERIFY2(syllables.match(value.toLower()).hasMatch(), line.constData());
    }
    // 6,400 strings of 4 letters; 200 of them repeat, but far from all.
    QVERIFY(distinct.size() > (length == 4 ? 150 : 199));
}
