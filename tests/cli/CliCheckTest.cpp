// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli check: zxcvbn's estimate of a password read from standard input, in words and as
// JSON, and a password given on the command line refused without being echoed.
#include "TstCli.h"

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace passforge::test;
using namespace Qt::StringLiterals;

void TstCli::checkJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("score");
    QTest::addColumn<double>("minLog10");
    QTest::addColumn<double>("maxLog10");
    QTest::addColumn<QString>("warning");

    QTest::newRow("password") << QByteArray("password\n") << 0 << 0.0 << 0.5
                              << u"This is a commonly used password."_s;
    QTest::newRow("no end of line") << QByteArray("password") << 0 << 0.0 << 0.5
                                    << u"This is a commonly used password."_s;
    QTest::newRow("CRLF") << QByteArray("password\r\n") << 0 << 0.0 << 0.5
                          << u"This is a commonly used password."_s;
    QTest::newRow("keyboard") << QByteArray("hjkl;poiuy\n") << 2 << 6.0 << 8.0
                              << u"Keyboard patterns like “qwerty” are easy to guess."_s;
    QTest::newRow("a date") << QByteArray("13/05/1987\n") << 1 << 3.0 << 6.0
                            << u"Dates are easy to guess."_s;
    QTest::newRow("random 20") << QByteArray("k#8Vq!zP2m@Lw9rT$x4N\n") << 4 << 10.0 << 60.0
                               << QString();
    QTest::newRow("not ASCII") << QByteArray("пароль-日本語-ünïcödé\n") << 4 << 10.0 << 80.0
                               << QString();
}

void TstCli::checkJson()
{
    QFETCH(QByteArray, input);
    QFETCH(int, score);
    QFETCH(double, minLog10);
    QFETCH(double, maxLog10);
    QFETCH(QString, warning);

    CliOptions options;
    options.input = input;
    const CliResult result = runCli(words("check --json"), options);
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QCOMPARE(result.out.count('\n'), 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.keys(), (QStringList{u"crack_seconds"_s, u"guesses_log10"_s, u"score"_s,
                                       u"suggestions"_s, u"warning"_s}));
    QCOMPARE(json.value(u"score"_s).toInt(-1), score);
    const double log10 = json.value(u"guesses_log10"_s).toDouble(-1);
    QVERIFY2(log10 >= minLog10 && log10 <= maxLog10, qPrintable(QString::number(log10)));
    QCOMPARE(json.value(u"warning"_s).toString(), warning);
    // A weak password gets advice; a strong one none, as zxcvbn.
    QCOMPARE(json.value(u"suggestions"_s).toArray().isEmpty(), score > 2);

    // Each crack time is the guesses over the attack's rate.
    const QJsonObject seconds = json.value(u"crack_seconds"_s).toObject();
    const double guesses = std::pow(10.0, log10);
    const std::pair<const char *, double> rates[] = {{"online_throttled", 100.0 / 3600},
                                                     {"online", 10},
                                                     {"offline_slow", 1e4},
                                                     {"offline_fast", 1e10}};
    for (const auto &[name, rate] : rates) {
        const double value = seconds.value(QString::fromLatin1(name)).toDouble(-1);
        // guesses_log10 is printed to 3 decimals: within 10^0.0005 of the exact ratio.
        QVERIFY2(std::abs(std::log10(value) - std::log10(guesses / rate)) < 0.001,
                 qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name)).arg(value)));
    }
}

void TstCli::checkWords()
{
    CliOptions options;
    options.input = "password\n";
    const CliResult weak = runCli(words("check"), options);
    QVERIFY2(weak.succeeded(), qPrintable(weak.describe()));
    QCOMPARE(weak.out.count('\n'), 1);
    const QString line = QString::fromUtf8(weak.out);
    for (const QString &part :
         {u"Score 0 of 4 (very weak)"_s, u"about 10^0.0 guesses"_s,
          u"36 seconds online at 100 guesses an hour"_s,
          u"less than a second offline against a fast hash"_s, u"It contains a common password."_s,
          u"This is a commonly used password."_s})
        QVERIFY2(line.contains(part), qPrintable(u"'%1' not in: %2"_s.arg(part, line)));

    options.input = "k#8Vq!zP2m@Lw9rT$x4N";
    const CliResult strong = runCli(words("check"), options);
    QVERIFY2(strong.succeeded(), qPrintable(strong.describe()));
    const QString strongLine = QString::fromUtf8(strong.out);
    QVERIFY2(strongLine.startsWith(u"Score 4 of 4 (very strong)"_s), qPrintable(strongLine));
    QVERIFY2(strongLine.contains(u"centuries offline against a fast hash"_s),
             qPrintable(strongLine));
    // The password itself is never printed.
    QVERIFY(!strong.out.contains("k#8Vq"));
}

void TstCli::checkRefusesArgument()
{
    // Given on the command line, the password is refused, and not quoted back in the error.
    const CliResult result = runCli({u"check"_s, u"Tr0ub4dor&3"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("standard input"), qPrintable(result.describe()));
    QVERIFY2(!result.err.contains("Tr0ub4dor"), qPrintable(result.describe()));
}
