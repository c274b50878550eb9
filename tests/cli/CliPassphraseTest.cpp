// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli passphrase: words from the built-in list or a user's file, separators, case,
// the added digit, counts, --json with the exact entropy, and the notes on stderr.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include "passforge/Wordlist.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

// One passphrase read back: each word as printed (without its digit), and the added digit.
struct Reading
{
    QStringList shown;
    int digitWord = -1;
    int digit = -1;
};

// Reads text as exactly `words` words of list joined by separator, each optionally followed by
// one ASCII digit, trying every split (so a list that is not prefix-free, or a separator found
// inside words, still reads back if any reading exists). Words match case-insensitively.
bool readWords(QStringView text, int words, const QString &separator, const QSet<QString> &list,
               int maxLength, Reading &out)
{
    if (words == 0)
        return text.isEmpty();
    for (qsizetype length = 1; length <= maxLength && length <= text.size(); ++length) {
        if (!list.contains(text.first(length).toString().toLower()))
            continue;
        qsizetype pos = length;
        int digit = -1;
        if (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
            digit = text[pos++].unicode() - u'0';
        if (words > 1) {
            if (!text.sliced(pos).startsWith(separator))
                continue;
            pos += separator.size();
        }
        if (digit >= 0 && out.digitWord >= 0)
            continue; // a second digit: not this reading
        const Reading saved = out;
        out.shown.append(text.first(length).toString());
        if (digit >= 0) {
            out.digitWord = int(out.shown.size()) - 1;
            out.digit = digit;
        }
        if (readWords(text.sliced(pos), words - 1, separator, list, maxLength, out))
            return true;
        out = saved;
    }
    return false;
}

enum class WordCase { Lower, Upper, Title, Other };

WordCase caseOf(const QString &word)
{
    if (word == word.toLower())
        return WordCase::Lower;
    if (word == word.toUpper())
        return WordCase::Upper;
    if (word[0].isUpper() && word.mid(1) == word.mid(1).toLower())
        return WordCase::Title;
    return WordCase::Other;
}

QSet<QString> builtInWords()
{
    const QStringList &words = passforge::Wordlist::builtIn().words();
    return QSet<QString>(words.cbegin(), words.cend());
}

// n distinct words of five letters k-t (so prefix-free and digit-free): "kkkkk", "kkkkl", ...
QStringList fiveLetterWords(int n)
{
    QStringList words;
    for (int i = 0; i < n; ++i) {
        QString word;
        for (int d = 10000; d > 0; d /= 10)
            word += QChar(u'k' + (i / d) % 10);
        words.append(word);
    }
    return words;
}

} // namespace

void TstCli::passphraseShape_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("words");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("shape"); // WordCase, or -1 for one capitalised word
    QTest::addColumn<bool>("digit");
    QTest::addColumn<double>("bits"); // by the formula of issue 4
    QTest::addColumn<bool>("json");
    // log2 of the English list's size a word, from the list itself.
    const double w = std::log2(double(passforge::Wordlist::builtIn().size()));
    const QStringList none;
    const QString dash = u"-"_s;
    const int lower = int(WordCase::Lower);
    const int one = -1;
    const auto sep = [](const QString &s) {
        return QStringList{u"--separator"_s, s};
    };
    // Each row runs the CLI once (a run costs seconds under valgrind in tst_cli_valgrind): plain
    // lines or --json. Both are checked where the output path differs most: the defaults, a
    // non-ASCII separator (JSON escaping) and everything at once.
    const auto row = [](const char *tag, const QStringList &options, int words,
                        const QString &separator, int shape, bool digit, double bits, bool json) {
        QTest::addRow("%s%s", tag, json ? ", json" : "")
            << options << words << separator << shape << digit << bits << json;
    };
    for (const bool json : {false, true}) {
        row("default", none, 6, dash, lower, false, 6 * w, json);
        row("non-ASCII separator", sep(u"\u00b7\U0001F642"_s), 6, u"\u00b7\U0001F642"_s, lower,
            false, 6 * w, json);
        row("4 words, one, digit, no separator",
            words("--words 4 --case one --add-digit") << sep(QString()), 4, QString(), one, true,
            4 * w + std::log2(4.0) + std::log2(40.0), json);
    }
    row("1 word", words("--words 1"), 1, dash, lower, false, w, true);
    row("40 words", words("--words 40"), 40, dash, lower, false, 40 * w, false);
    row("empty separator", sep(QString()), 6, QString(), lower, false, 6 * w, false);
    row("space", sep(u" "_s), 6, u" "_s, lower, false, 6 * w, true);
    row("multi-character separator", sep(u" :: "_s), 6, u" :: "_s, lower, false, 6 * w, false);
    row("upper", words("--case upper"), 6, dash, int(WordCase::Upper), false, 6 * w, true);
    row("title", words("--case title"), 6, dash, int(WordCase::Title), false, 6 * w, false);
    row("one", words("--case one"), 6, dash, one, false, 6 * w + std::log2(6.0), true);
    row("add digit", words("--add-digit"), 6, dash, lower, true, 6 * w + std::log2(60.0), false);
    row("title, digit, space", words("--case title --add-digit") << sep(u" "_s), 6, u" "_s,
        int(WordCase::Title), true, 6 * w + std::log2(60.0), true);
}

void TstCli::passphraseShape()
{
    QFETCH(QStringList, options);
    QFETCH(int, words);
    QFETCH(QString, separator);
    QFETCH(int, shape);
    QFETCH(bool, digit);
    QFETCH(double, bits);
    QFETCH(bool, json);
    const QSet<QString> list = builtInWords();

    // 300 passphrases: every word position is capitalised and given the digit, and every digit
    // shows up, except with probability below 6 (5/6)^300 + 10 (9/10)^300 < 1e-12.
    constexpr int Count = 300;
    QStringList args = QStringList{u"passphrase"_s, u"--count"_s, QString::number(Count)}
                       << options;
    if (json)
        args << u"--json"_s;
    const CliResult run = runCli(args);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), Count);
    QSet<int> capitalised;
    QSet<int> digitWords;
    QSet<int> digits;
    QSet<QString> values;
    for (const QByteArray &line : lines) {
        QString value = QString::fromUtf8(line);
        if (json) {
            const auto object = jsonObject(line);
            QVERIFY2(object, line.constData());
            QCOMPARE(keysOf(*object), (QStringList{u"entropy_bits"_s, u"value"_s}));
            QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), bits), line.constData());
            value = object->value(u"value"_s).toString();
        }
        values.insert(value);
        Reading r;
        QVERIFY2(readWords(value, words, separator, list, 9, r), qPrintable(value));
        QCOMPARE(r.digitWord >= 0, digit);
        digitWords.insert(r.digitWord);
        digits.insert(r.digit);
        int titles = 0;
        for (int i = 0; i < words; ++i) {
            const WordCase s = caseOf(r.shown[i]);
            if (shape >= 0) {
                QVERIFY2(s == WordCase(shape), qPrintable(value));
            } else if (s == WordCase::Title) {
                capitalised.insert(i);
                ++titles;
            } else {
                QVERIFY2(s == WordCase::Lower, qPrintable(value));
            }
        }
        if (shape < 0)
            QVERIFY2(titles == 1, qPrintable(value));
    }
    // With 4 words or more, two of 300 values are equal with probability below
    // 300^2 / 4096^4 < 1e-9; one-word values repeat almost surely (a few thousand choices).
    if (words >= 4)
        QCOMPARE(values.size(), Count);
    if (shape < 0)
        QCOMPARE(capitalised.size(), words);
    if (digit) {
        QCOMPARE(digitWords.size(), words);
        QCOMPARE(digits.size(), 10);
    }
}

void TstCli::passphraseJsonDefault()
{
    // 6 log2(size of the English list), printed with two decimals (issue 4).
    const CliResult run = runCli(words("passphrase --json"));
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QByteArray bits =
        QByteArray::number(6 * std::log2(double(passforge::Wordlist::builtIn().size())), 'f', 2);
    QVERIFY2(run.out.startsWith("{\"value\":\"") &&
                 run.out.endsWith("\",\"entropy_bits\":" + bits + "}\n"),
             run.out.constData());
    QCOMPARE(outputLines(run.out).size(), 1);
}

void TstCli::passphraseBuiltInLists_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : passforge::Wordlist::builtInCodes())
        QTest::addRow("%s", qPrintable(code)) << code;
}

void TstCli::passphraseBuiltInLists()
{
    QFETCH(QString, code);
    const passforge::Wordlist &list = *passforge::Wordlist::builtIn(code);
    const QSet<QString> known(list.words().cbegin(), list.words().cend());
    const CliResult run = runCli({u"passphrase"_s, u"--list"_s, code, u"--count"_s, u"50"_s,
                                  u"--separator"_s, u" "_s, u"--json"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 50);
    // Exact: log2 of the list's size a word, from the list.
    const double bits = 6 * std::log2(double(list.size()));
    for (const QByteArray &line : lines) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), bits), line.constData());
        const QStringList parts = object->value(u"value"_s).toString().split(u' ');
        QCOMPARE(parts.size(), 6);
        for (const QString &word : parts)
            QVERIFY2(known.contains(word), qPrintable(code + u": "_s + word));
    }
    // The help gives the sizes from the lists themselves.
    const CliResult help = runCli(words("passphrase --help"));
    QVERIFY2(help.out.simplified().contains((code + u" (%1 words)"_s.arg(list.size())).toUtf8()),
             help.out.constData());
}

void TstCli::passphraseDefaultListIgnoresLocale()
{
    // The default stays English whatever the locale, so that scripts give the same kind of
    // value everywhere.
    const QStringList &english = passforge::Wordlist::builtIn().words();
    const QSet<QString> known(english.cbegin(), english.cend());
    CliOptions german;
    german.environment = {
        {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}};
    const CliResult run = runCli(words("passphrase --count 20 --separator +"), german);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    for (const QByteArray &line : outputLines(run.out)) {
        for (const QString &word : QString::fromUtf8(line).split(u'+'))
            QVERIFY2(known.contains(word), qPrintable(word));
    }
}

void TstCli::passphraseRicherOptions()
{
    // Random case, a separator drawn for each gap (from three that are not symbols, so that the
    // symbol never looks like one), a digit and a symbol: every part is seen, and
    // the entropy is the sum of its parts: 6 log2 n + 6 + 5 log2 3 + log2 60 + log2 192.
    const passforge::Wordlist &list = passforge::Wordlist::builtIn();
    const QSet<QString> known(list.words().cbegin(), list.words().cend());
    const CliResult run = runCli({u"passphrase"_s, u"--case"_s, u"random"_s, u"--separator-from"_s,
                                  u"\u00b7\u2022\u2027"_s, u"--add-digit"_s, u"--add-symbol"_s,
                                  u"--count"_s, u"200"_s, u"--json"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const double bits = 6 * std::log2(double(list.size())) + 6 + 5 * std::log2(3.0) +
                        std::log2(60.0) + std::log2(192.0);
    static const QRegularExpression gap(u"[\u00b7\u2022\u2027]"_s);
    QSet<QChar> separatorsSeen;
    int capitals = 0;
    for (const QByteArray &line : outputLines(run.out)) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), bits), line.constData());
        QString value = object->value(u"value"_s).toString();
        for (const QChar c : value) {
            if (c == u'\u00b7' || c == u'\u2022' || c == u'\u2027')
                separatorsSeen.insert(c);
        }
        // One digit and one symbol, each straight after a word.
        QStringList parts = value.split(gap);
        QCOMPARE(parts.size(), 6);
        int digits = 0, symbols = 0;
        for (QString &part : parts) {
            while (!part.isEmpty() && !part.back().isLetter()) {
                (part.back().isDigit() ? digits : symbols) += 1;
                part.chop(1);
            }
            capitals += part.at(0).isUpper() ? 1 : 0;
            QVERIFY2(known.contains(part.toLower()), qPrintable(value));
        }
        QVERIFY2(digits == 1 && symbols == 1, qPrintable(value));
    }
    QCOMPARE(separatorsSeen.size(), 3);
    // 1200 fair coins: far from all heads or all tails.
    QVERIFY2(capitals > 400 && capitals < 800, qPrintable(QString::number(capitals)));
}

void TstCli::passphraseLargeCount()
{
    // 50000 passphrases of about 40 bytes (2 MB) pass the 1 MiB output block twice.
    const CliResult run = runCli(words("passphrase --count 50000"));
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 50000);
    const QSet<QString> list = builtInWords();
    for (const QByteArray &line : lines) {
        const QStringList parts = QString::fromUtf8(line).split(u'-');
        QCOMPARE(parts.size(), 6);
        for (const QString &word : parts)
            QVERIFY2(list.contains(word), line.constData());
    }
}

void TstCli::passphraseWordlist_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("warning"); // the "not prefix-free" warning on stderr
    // dice.txt: 1024 distinct five-letter words behind dice numbers, some in capitals, plus
    // 2 blank lines and 3 repeats (see passphraseWordlist()).
    const auto sep = [](const QString &s) {
        return QStringList{u"--separator"_s, s};
    };
    QTest::addRow("dice list") << u"dice.txt"_s << QStringList() << u"-"_s << false;
    // Five-letter words are prefix-free, so no separator is needed.
    QTest::addRow("dice list, no separator")
        << u"dice.txt"_s << sep(QString()) << QString() << false;
    // nested.txt: the same words plus two of their prefixes: not prefix-free.
    QTest::addRow("nested list, dash") << u"nested.txt"_s << QStringList() << u"-"_s << false;
    QTest::addRow("nested list, no separator")
        << u"nested.txt"_s << sep(QString()) << QString() << true;
    QTest::addRow("nested list, separator inside words")
        << u"nested.txt"_s << sep(u"kk"_s) << u"kk"_s << true;
}

void TstCli::passphraseWordlist()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, separator);
    QFETCH(bool, warning);

    const QStringList five = fiveLetterWords(1024);
    QByteArray dice = "\n";
    for (int i = 0; i < 1024; ++i) {
        const QString word = i % 3 == 0 ? five[i].toUpper() : five[i];
        dice += QByteArray::number(11111 + i) + (i % 2 ? "\t" : "  ") + word.toUtf8() + '\n';
        if (i % 400 == 7)
            dice += five[i].toUtf8() + "\n";
    }
    dice += "\n";
    QVERIFY(writeFixture(u"dice.txt"_s, dice));
    // nested.txt: the same words and "kkkk" and "kkkl", prefixes of ten of them each.
    QVERIFY(writeFixture(u"nested.txt"_s,
                         (five + QStringList{u"kkkk"_s, u"kkkl"_s}).join(u'\n').toUtf8()));
    const bool isDice = file == u"dice.txt"_s;
    QSet<QString> list(five.cbegin(), five.cend());
    if (!isDice)
        list << u"kkkk"_s << u"kkkl"_s;
    const int distinct = isDice ? 1024 : 1026;
    const int blank = isDice ? 2 : 0;
    const int duplicates = isDice ? 3 : 0;

    const QString path = fixture(file);
    const CliResult run = runCli(
        QStringList{u"passphrase"_s, u"--wordlist"_s, path, u"--count"_s, u"50"_s, u"--json"_s}
        << options);
    QVERIFY2(run.started && run.finished && run.exitStatus == QProcess::NormalExit &&
                 run.exitCode == 0,
             qPrintable(run.describe()));
    // The note names the file and the three counts. Its plural wording is left to the
    // translation ("1 duplicate", "2 duplicates" or "duplicate(s)"), the numbers are not.
    const auto plural = [](int n, const char *noun) {
        return u"%1 %2(s|\\(s\\))?"_s.arg(n).arg(QLatin1String(noun));
    };
    const QRegularExpression note(
        u"^passforge-cli: wordlist '%1': %2 \\(dropped %3 and %4\\)$"_s.arg(
            QRegularExpression::escape(path), plural(distinct, "distinct word"),
            plural(blank, "blank line"), plural(duplicates, "duplicate")));
    const QStringList err = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(err.size(), warning ? 2 : 1);
    QVERIFY2(note.match(err[0]).hasMatch(), qPrintable(run.describe()));
    if (warning) {
        const QString &line = err[1];
        QVERIFY2(line.startsWith(u"passforge-cli: warning:"_s) && line.contains(u"prefix-free"_s) &&
                     line.contains(u"upper bound"_s),
                 qPrintable(line));
    }
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 50);
    for (const QByteArray &line : lines) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        // 6 log2(distinct): exactly 60 for 1024 words, an upper bound when the warning is shown.
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), 6 * std::log2(distinct)),
                 line.constData());
        const QString value = object->value(u"value"_s).toString();
        Reading r;
        QVERIFY2(readWords(value, 6, separator, list, 5, r), qPrintable(value));
        for (const QString &word : std::as_const(r.shown))
            QVERIFY2(word == word.toLower(), qPrintable(value)); // the list was lowercased
    }
}
