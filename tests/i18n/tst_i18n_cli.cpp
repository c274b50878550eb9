// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli in the user's language, run as a separate process the way a shell runs it: its
// messages and help follow LANGUAGE / LC_ALL / LANG, while what it prints as values (and every
// JSON key) stays the same in every language.

#include "CliRunner.h"
#include "TsFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QTest>
#include <QTranslator>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs passforge-cli with a clean locale environment: only the variables given are set. No glibc
// locale data is needed for them: Qt reads LANGUAGE, LC_ALL and LANG itself.
Run runCli(const QStringList &args, const QList<std::pair<QString, QString>> &locale,
           const QByteArray &input = QByteArray())
{
    passforge::test::CliOptions options;
    options.input = input;
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG"})
        options.environment.append({QString::fromLatin1(name), QString()});
    options.environment += locale;
    const passforge::test::CliResult result = passforge::test::runCli(args, options);
    Run run;
    if (!result.finished)
        return run;
    run.exitCode = result.exitStatus == QProcess::NormalExit ? result.exitCode : -1;
    run.out = QString::fromUtf8(result.out);
    run.err = QString::fromUtf8(result.err);
    return run;
}

QList<std::pair<QString, QString>> german()
{
    return {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
            {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};
}

QString translated(const QString &language, const char *source)
{
    return i18ntest::readTsFile(i18ntest::tsPath(language))
        .translation(QStringLiteral("Cli"), QString::fromUtf8(source));
}

} // namespace

class TestI18nCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanErrorMessage_data();
    void germanErrorMessage();
    void germanLiteral();
    void everyLanguage_data();
    void everyLanguage();
    void languageVariableWins();
    void qtOwnMessagesTranslated();
    void jsonStaysEnglish_data();
    void jsonStaysEnglish();
    void helpTranslatedCommandsNot();
};

void TestI18nCli::germanErrorMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");
    // Each row: bad input, the English message it gets, and what fills its %1, %2, ...
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command '%1'; try "
                                                       "'passforge-cli --help'")
                                     << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("no command") << QStringList{}
                                << QStringLiteral("missing command; try 'passforge-cli --help'")
                                << QStringList{};
    // PasswordGenerator::MinLength is 1 and MaxLength 1024.
    QTest::addRow("length zero") << QStringList{QStringLiteral("password"),
                                                QStringLiteral("--length"), QStringLiteral("0")}
                                 << QStringLiteral(
                                        "--%1 must be a whole number from %2 to %3, not '%4'")
                                 << QStringList{QStringLiteral("length"), QStringLiteral("1"),
                                                QStringLiteral("1024"), QStringLiteral("0")};
    QTest::addRow("uuid with bytes")
        << QStringList{QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("uuid"),
                       QStringLiteral("--bytes"), QStringLiteral("8")}
        << QStringLiteral("--bytes does not apply to --format uuid, which is always 122 random "
                          "bits")
        << QStringList{};
    QTest::addRow("number without max")
        << QStringList{QStringLiteral("number"), QStringLiteral("--min"), QStringLiteral("5")}
        << QStringLiteral("number needs both --min and --max") << QStringList{};
}

void TestI18nCli::germanErrorMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    QString expected = translated(QStringLiteral("de"), source.toUtf8().constData());
    QVERIFY2(!expected.isEmpty() && expected != source, "no German translation in the .ts");
    for (const QString &argument : std::as_const(arguments))
        expected = expected.arg(argument);
    const Run run = runCli(args, german());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QLatin1String("passforge-cli: ") + expected + QLatin1Char('\n'));
}

void TestI18nCli::germanLiteral()
{
    // The same, written out: what a German user reads.
    const Run run = runCli({QStringLiteral("frobnicate")}, german());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QString::fromUtf8("passforge-cli: unbekannter Befehl „frobnicate“; siehe "
                                        "„passforge-cli --help“\n"));
}

void TestI18nCli::everyLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("de_AT.UTF-8");
    QTest::addRow("es") << QStringLiteral("es") << QStringLiteral("es_MX.UTF-8");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_CA.UTF-8");
    QTest::addRow("it") << QStringLiteral("it") << QStringLiteral("it_IT.UTF-8");
    QTest::addRow("ja") << QStringLiteral("ja") << QStringLiteral("ja_JP.UTF-8");
    QTest::addRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR.UTF-8");
    QTest::addRow("C") << QString() << QStringLiteral("C.UTF-8");
    QTest::addRow("English") << QString() << QStringLiteral("en_GB.UTF-8");
}

void TestI18nCli::everyLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    const char *source = "unknown command '%1'; try 'passforge-cli --help'";
    const QString expected =
        (language.isEmpty() ? QString::fromUtf8(source) : translated(language, source))
            .arg(QLatin1String("x"));
    const Run run = runCli({QStringLiteral("x")}, {{QStringLiteral("LANG"), lang}});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QLatin1String("passforge-cli: ") + expected + QLatin1Char('\n'));
}

void TestI18nCli::languageVariableWins()
{
    // GNU gettext's order, which Qt follows for the UI language: LANGUAGE before LC_ALL / LANG.
    const char *source = "missing command; try 'passforge-cli --help'";
    const Run run = runCli({}, {{QStringLiteral("LANGUAGE"), QStringLiteral("fr:de")},
                                {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(run.err, QLatin1String("passforge-cli: ") + translated(QStringLiteral("fr"), source) +
                          QLatin1Char('\n'));
}

void TestI18nCli::qtOwnMessagesTranslated()
{
    // QCommandLineParser's own errors come from Qt's qtbase_de.qm (qt6-translations-l10n).
    QTranslator qtbase;
    QVERIFY2(qtbase.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_de.qm is missing: install qt6-translations-l10n (build.sh does)");
    const QString expected =
        qtbase.translate("QCommandLineParser", "Unknown option '%1'.").arg(QLatin1String("bogus"));
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != QLatin1String("Unknown option 'bogus'."));
    const Run run = runCli({QStringLiteral("password"), QStringLiteral("--bogus")}, german());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QLatin1String("passforge-cli: ") + expected + QLatin1Char('\n'));
}

void TestI18nCli::jsonStaysEnglish_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<double>("bits");
    // 20 characters from 26 + 26 + 10 + 32 = 94, no minimums: 20 × log2(94) = 131.09 bits.
    QTest::addRow("password") << QStringList{QStringLiteral("password"), QStringLiteral("--json"),
                                             QStringLiteral("--length"), QStringLiteral("20"),
                                             QStringLiteral("--count"),  QStringLiteral("3")}
                              << QByteArray()
                              << QStringList{QStringLiteral("entropy_bits"),
                                             QStringLiteral("value")}
                              << 20 * std::log2(94.0);
    // 1 to 6: log2(6) = 2.58 bits.
    QTest::addRow("number") << QStringList{QStringLiteral("number"), QStringLiteral("--min"),
                                           QStringLiteral("1"),      QStringLiteral("--max"),
                                           QStringLiteral("6"),      QStringLiteral("--json")}
                            << QByteArray()
                            << QStringList{QStringLiteral("entropy_bits"), QStringLiteral("value")}
                            << std::log2(6.0);
    QTest::addRow("pick")
        << QStringList{QStringLiteral("pick"), QStringLiteral("--json")}
        << QByteArray("Ada\nGrace\nAda\n")
        << QStringList{QStringLiteral("algorithm"),  QStringLiteral("count"),
                       QStringLiteral("drawn_at"),   QStringLiteral("duplicates"),
                       QStringLiteral("entries"),    QStringLiteral("list_sha256"),
                       QStringLiteral("lookalikes"), QStringLiteral("seed"),
                       QStringLiteral("tickets"),    QStringLiteral("unique"),
                       QStringLiteral("winners")}
        << -1.0;
}

void TestI18nCli::jsonStaysEnglish()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, keys);
    QFETCH(double, bits);
    const Run run = runCli(args, german(), input);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        QStringList found = doc.object().keys();
        found.sort();
        QCOMPARE(found, keys);
        if (bits < 0)
            continue;
        // Two decimals with a full stop, as JSON needs, never "131,09".
        const QString written = QString::number(bits, 'f', 2);
        QVERIFY2(line.contains(QLatin1String("\"entropy_bits\":") + written), qPrintable(line));
    }
}

void TestI18nCli::helpTranslatedCommandsNot()
{
    const Run run = runCli({QStringLiteral("--help")}, german());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Aufruf: passforge-cli BEFEHL [OPTIONEN]\n")),
             qPrintable(run.out));
    // What a user types stays English: the commands and the options.
    for (const char *row :
         {"\n  password   ", "\n  passphrase ", "\n  token      ", "\n  number     ",
          "\n  pick       ", "\n  -h, --help     ", "\n  -v, --version  "})
        QVERIFY2(run.out.contains(QLatin1String(row)), row);

    const Run password = runCli({QStringLiteral("password"), QStringLiteral("--help")}, german());
    QCOMPARE(password.exitCode, 0);
    QVERIFY(password.out.contains(QLatin1String("--length <N>")));
    QVERIFY(password.out.contains(translated(QStringLiteral("de"), "Use digits 0-9.")));
    QVERIFY(!password.out.contains(QLatin1String("Use digits 0-9.")));
}

QTEST_GUILESS_MAIN(TestI18nCli)
#include "tst_i18n_cli.moc"
