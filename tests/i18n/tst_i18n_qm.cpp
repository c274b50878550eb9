// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations: lrelease builds a .qm per language, the library embeds them under
// :/i18n, `cmake --install` puts them in share/passforge/translations, and each one says what
// its .ts file says, with the plural form its language's rule picks.

#include "Localization.h"
#include "TsFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two messages every translation has: one of the CLI's and one of the window's.
const char *const CliContext = "Cli";
const char *const CliSource = "unknown command '%1'; try 'passforge-cli --help'";
const char *const GuiContext = "MainWindow";
const char *const GuiSource = "&Quit";

} // namespace

class TestI18nQm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtAndEmbedded_data();
    void builtAndEmbedded();
    void installed();
    void pluralRules_data();
    void pluralRules();

private:
    void addLanguageRows();
    QTemporaryDir m_prefix;
    QString m_installedDir;
};

void TestI18nQm::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    // Only the translations component: the test needs no other part of the build installed.
    QProcess install;
    install.start(QStringLiteral(PASSFORGE_CMAKE_COMMAND),
                  {QStringLiteral("--install"), QStringLiteral(PASSFORGE_BUILD_DIR),
                   QStringLiteral("--component"), QStringLiteral("passforge_translations"),
                   QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.waitForFinished(60000), "cmake --install did not finish");
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
             install.readAllStandardError().constData());
    m_installedDir =
        QDir(m_prefix.path())
            .filePath(QStringLiteral(PASSFORGE_INSTALL_DATADIR "/passforge/translations"));
}

void TestI18nQm::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : i18ntest::tsLanguages())
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestI18nQm::builtAndEmbedded_data()
{
    addLanguageRows();
}

void TestI18nQm::builtAndEmbedded()
{
    QFETCH(QString, language);
    const QString name = QStringLiteral("passforge_%1.qm").arg(language);
    const QByteArray built = fileBytes(QDir(QStringLiteral(PASSFORGE_QM_DIR)).filePath(name));
    QVERIFY2(!built.isEmpty(), qPrintable(name + QLatin1String(" is not in the build tree")));
    // The very file lrelease wrote is what the programs carry.
    const QByteArray embedded =
        fileBytes(passforge::i18n::resourceDirectory() + QLatin1Char('/') + name);
    QCOMPARE(QCryptographicHash::hash(embedded, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(built, QCryptographicHash::Sha256).toHex());
}

void TestI18nQm::installed()
{
    const QDir dir(m_installedDir);
    QVERIFY2(dir.exists(), qPrintable(m_installedDir));
    QStringList expected;
    for (const QString &language : i18ntest::tsLanguages())
        expected << QStringLiteral("passforge_%1.qm").arg(language);
    QCOMPARE(dir.entryList({QStringLiteral("*.qm")}, QDir::Files, QDir::Name), expected);

    for (const QString &language : i18ntest::tsLanguages()) {
        const QString name = QStringLiteral("passforge_%1.qm").arg(language);
        QCOMPARE(fileBytes(dir.filePath(name)),
                 fileBytes(QDir(QStringLiteral(PASSFORGE_QM_DIR)).filePath(name)));
        if (language == QLatin1String("en"))
            continue; // plural forms only
        // Loaded from the installed place the way a program loads it, each translates both
        // programs' strings to what its .ts file says.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("passforge"), QStringLiteral("_"),
                                m_installedDir));
        QCOMPARE(QFileInfo(translator.filePath()).fileName(), name);
        const i18ntest::TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
        for (const auto &[context, source] :
             {std::pair{CliContext, CliSource}, std::pair{GuiContext, GuiSource}}) {
            const QString expectedText =
                ts.translation(QLatin1String(context), QLatin1String(source));
            QVERIFY(!expectedText.isEmpty());
            QVERIFY(expectedText != QLatin1String(source));
            QCOMPARE(translator.translate(context, source), expectedText);
        }
    }
    // cmake --install lists what it wrote in the manifest of the component.
    const QByteArray manifest = fileBytes(
        QStringLiteral(PASSFORGE_BUILD_DIR "/install_manifest_passforge_translations.txt"));
    QVERIFY(manifest.contains(
        QDir(m_installedDir).filePath(QStringLiteral("passforge_ja.qm")).toUtf8()));
}

void TestI18nQm::pluralRules_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("form");
    // The form index each language's rule gives a count (CLDR, as Qt Linguist implements it):
    // English, German, Spanish and Italian: 1 is "one", 0 and 2 "other". French and Brazilian
    // Portuguese: 0 and 1 are "one". Japanese: one form for all.
    const struct
    {
        const char *language;
        int count;
        int form;
    } rows[] = {
        {"en", 0, 1},    {"en", 1, 0}, {"en", 2, 1},  {"de", 0, 1},    {"de", 1, 0},
        {"de", 2, 1},    {"es", 1, 0}, {"es", 21, 1}, {"it", 1, 0},    {"it", 11, 1},
        {"fr", 0, 0},    {"fr", 1, 0}, {"fr", 2, 1},  {"pt_BR", 0, 0}, {"pt_BR", 1, 0},
        {"pt_BR", 2, 1}, {"ja", 0, 0}, {"ja", 1, 0},  {"ja", 7, 0},
    };
    for (const auto &row : rows)
        QTest::addRow("%s %d", row.language, row.count)
            << QString::fromLatin1(row.language) << row.count << row.form;
}

void TestI18nQm::pluralRules()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(int, form);
    const i18ntest::TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    const i18ntest::TsMessage *message =
        ts.find(QStringLiteral("PickTab"), QStringLiteral("%Ln entries"));
    QVERIFY(message);
    QVERIFY(form < message->numerusForms.size());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("passforge_%1.qm").arg(language),
                            passforge::i18n::resourceDirectory()));
    QCoreApplication::installTranslator(&translator);
    const QString shown = QCoreApplication::translate("PickTab", "%Ln entries", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QString expected = message->numerusForms.at(form);
    expected.replace(QLatin1String("%Ln"),
                     QString::number(count)); // below 1000: no group separator
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TestI18nQm)
#include "tst_i18n_qm.moc"
