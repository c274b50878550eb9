// SPDX-License-Identifier: GPL-3.0-or-later
// PasswordCheck (zxcvbn-c) and its words: known passwords get the scores and matches zxcvbn gives
// them, generated passwords score 4, the crack times follow the stated rates, and durations read
// as zxcvbn words them.
#include "CheckText.h"
#include "Localization.h"
#include "passforge/OsRandomSource.h"
#include "passforge/PasswordCheck.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using passforge::PasswordCheck;
using Pattern = PasswordCheck::Pattern;

Q_DECLARE_METATYPE(std::vector<Pattern>)

class TestPasswordCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("36 seconds") come from the translations, as in both programs.
        passforge::i18n::install(*QCoreApplication::instance(), QLocale(u"en"_s));
    }
    void knownPasswords_data();
    void knownPasswords();
    void generatedPasswordsScoreFour();
    void crackSeconds();
    void duration_data();
    void duration();
};

void TestPasswordCheck::knownPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("score");
    QTest::addColumn<std::vector<Pattern>>("patterns");
    QTest::addColumn<QString>("warning");

    QTest::newRow("password") << u"password"_s << 0 << std::vector{Pattern::CommonPassword}
                              << u"This is a commonly used password."_s;
    QTest::newRow("substitutions") << u"p@ssw0rd"_s << 0 << std::vector{Pattern::Substitutions}
                                   << u"Predictable substitutions like “@” for “a” are easy to "
                                      "guess."_s;
    QTest::newRow("keyboard") << u"hjkl;poiuy"_s << 2 << std::vector{Pattern::KeyboardPattern}
                              << u"Keyboard patterns like “qwerty” are easy to guess."_s;
    QTest::newRow("repeat") << u"aaaaaaa"_s << 0 << std::vector{Pattern::Repeat}
                            << u"Repeats like “aaa” or “abcabc” are easy to guess."_s;
    QTest::newRow("sequence") << u"abcdef"_s << 0 << std::vector{Pattern::Sequence}
                              << u"Sequences like “abc” or “6543” are easy to guess."_s;
    QTest::newRow("date") << u"13/05/1987"_s << 1 << std::vector{Pattern::Date}
                          << u"Dates are easy to guess."_s;
    // qwertyuiop is on zxcvbn's list of common passwords, which comes first.
    QTest::newRow("common keyboard") << u"qwertyuiop"_s << 1
                                     << std::vector{Pattern::CommonPassword}
                                     << u"This is a commonly used password."_s;
    QTest::newRow("words") << u"correcthorsebatterystaple"_s << 4
                           << std::vector{Pattern::DictionaryWord} << QString();
}

void TestPasswordCheck::knownPasswords()
{
    QFETCH(QString, password);
    QFETCH(int, score);
    QFETCH(std::vector<Pattern>, patterns);
    QFETCH(QString, warning);
    const PasswordCheck check = PasswordCheck::check(password);
    QCOMPARE(check.score(), score);
    QVERIFY(check.patterns() == patterns);
    QCOMPARE(passforge::i18n::warningText(check), warning);
    QCOMPARE(passforge::i18n::suggestionTexts(check).isEmpty(), score > 2);
}

void TestPasswordCheck::generatedPasswordsScoreFour()
{
    // The case: a 20-character random password scores 4, every time.
    passforge::OsRandomSource source;
    passforge::Random random(source);
    passforge::PasswordGenerator generator;
    generator.setLength(20);
    for (int i = 0; i < 200; ++i) {
        const QString password = generator.generate(random);
        const PasswordCheck check = PasswordCheck::check(password);
        QVERIFY2(check.score() == 4, qPrintable(password));
        QVERIFY2(check.guessesLog10() > 20, qPrintable(password));
    }
}

void TestPasswordCheck::crackSeconds()
{
    const PasswordCheck check = PasswordCheck::check(u"Tr0ub4dor&3"_s);
    const double guesses = std::pow(10.0, check.guessesLog10());
    const PasswordCheck::CrackSeconds seconds = check.crackSeconds();
    QCOMPARE(seconds.onlineThrottled, guesses * 36);
    QCOMPARE(seconds.online, guesses / 10);
    QCOMPARE(seconds.offlineSlow, guesses / 1e4);
    QCOMPARE(seconds.offlineFast, guesses / 1e10);
    // The score follows zxcvbn's thresholds on the guesses.
    const double log10 = check.guessesLog10();
    const int expected = log10 < 3 ? 0 : log10 < 6 ? 1 : log10 < 8 ? 2 : log10 < 10 ? 3 : 4;
    QCOMPARE(check.score(), expected);
}

void TestPasswordCheck::duration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.5 s") << 0.5 << u"less than a second"_s;
    QTest::newRow("1 s") << 1.0 << u"1 second"_s;
    QTest::newRow("36 s") << 36.0 << u"36 seconds"_s;
    QTest::newRow("3 h") << 3 * 3600.0 + 100 << u"3 hours"_s;
    QTest::newRow("2 days") << 2 * 86400.0 << u"2 days"_s;
    QTest::newRow("5 months") << 5 * 31 * 86400.0 << u"5 months"_s;
    QTest::newRow("99 years") << 99 * 372 * 86400.0 << u"99 years"_s;
    QTest::newRow("centuries") << 101 * 372 * 86400.0 << u"centuries"_s;
    QTest::newRow("overflow") << 1e300 << u"centuries"_s;
}

void TestPasswordCheck::duration()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(passforge::i18n::durationText(seconds), text);
}

QTEST_GUILESS_MAIN(TestPasswordCheck)
#include "tst_passwordcheck.moc"
