// SPDX-License-Identifier: GPL-3.0-or-later
// The translators' files themselves: every string translated and current, the plural forms each
// language needs, placeholders and option names kept, and keyboard mnemonics that do not clash
// on one screen. Reads translations/*.ts from the source tree, as lupdate wrote them.

#include "MnemonicScreens.h"
#include "TsFile.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using i18ntest::mnemonics;
using i18ntest::Screen;
using i18ntest::screens;
using i18ntest::TsFile;
using i18ntest::TsMessage;

namespace {

// Plural forms per language, from Qt Linguist's rules (qttools src/linguist/shared/numerus.cpp):
// German, Spanish, Italian and English have "one" and "other"; French and Brazilian Portuguese
// too, with 0 counted as "one"; Japanese has a single form for every count.
int formsFor(const QString &language)
{
    static const QHash<QString, int> forms{{QStringLiteral("de"), 2},   {QStringLiteral("en"), 2},
                                           {QStringLiteral("es"), 2},   {QStringLiteral("fr"), 2},
                                           {QStringLiteral("it"), 2},   {QStringLiteral("ja"), 1},
                                           {QStringLiteral("pt_BR"), 2}};
    return forms.value(language, -1);
}

QString where(const TsMessage &m)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
}

// Every form a message shows: the translation, or each plural form.
QStringList shownTexts(const TsMessage &m)
{
    return m.numerus ? m.numerusForms : QStringList{m.translation};
}

// %1 … %99, %L1, %n and %Ln, sorted: the arguments QString::arg() and tr() fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// The command-line option names a message mentions (--length, --min-%1): typed by the user, so
// never translated.
QSet<QString> optionNames(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("--[a-z%][a-z0-9%-]*"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

} // namespace

class TestI18nFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allLanguagesPresent();
    void fileIsComplete_data();
    void fileIsComplete();
    void pluralForms_data();
    void pluralForms();
    void placeholdersAndOptionsKept_data();
    void placeholdersAndOptionsKept();
    void mnemonicsKept_data();
    void mnemonicsKept();
    void noMnemonicClashOnAScreen_data();
    void noMnemonicClashOnAScreen();
    void sameMessagesEverywhere();
    void bothProgramsCovered();
    void translationsAreCurrent_data();
    void translationsAreCurrent();

private:
    void addLanguageRows(bool withEnglish);
};

void TestI18nFiles::allLanguagesPresent()
{
    const QStringList expected{QStringLiteral("de"),   QStringLiteral("en"), QStringLiteral("es"),
                               QStringLiteral("fr"),   QStringLiteral("it"), QStringLiteral("ja"),
                               QStringLiteral("pt_BR")};
    QCOMPARE(i18ntest::tsLanguages(), expected);
}

void TestI18nFiles::addLanguageRows(bool withEnglish)
{
    QTest::addColumn<QString>("language");
    for (const QString &language : i18ntest::tsLanguages()) {
        if (withEnglish || language != QLatin1String("en"))
            QTest::addRow("%s", qPrintable(language)) << language;
    }
}

void TestI18nFiles::fileIsComplete_data()
{
    addLanguageRows(true);
}

void TestI18nFiles::fileIsComplete()
{
    QFETCH(QString, language);
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    // lrelease reads the plural rules from this attribute.
    QCOMPARE(ts.language, language);
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.translationType.isEmpty())
            problems << QStringLiteral("%1: type=\"%2\"").arg(where(m), m.translationType);
        else if (!m.numerus && m.translation.isEmpty())
            problems << QStringLiteral("%1: empty translation").arg(where(m));
        // English holds only the plural forms (lupdate -pluralonly).
        if (language == QLatin1String("en") && !m.numerus)
            problems << QStringLiteral("%1: not a plural message").arg(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestI18nFiles::pluralForms_data()
{
    addLanguageRows(true);
}

void TestI18nFiles::pluralForms()
{
    QFETCH(QString, language);
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    const int expected = formsFor(language);
    QVERIFY2(expected > 0, "a language without known plural rules");
    QStringList problems;
    int numerusMessages = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++numerusMessages;
        if (m.numerusForms.size() != expected)
            problems << QStringLiteral("%1: %2 forms, %3 expected")
                            .arg(where(m))
                            .arg(m.numerusForms.size())
                            .arg(expected);
        for (const QString &form : m.numerusForms) {
            if (form.isEmpty())
                problems << QStringLiteral("%1: an empty form").arg(where(m));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // "%n entries" and the clipboard countdown at least.
    QVERIFY(numerusMessages >= 2);
}

void TestI18nFiles::placeholdersAndOptionsKept_data()
{
    addLanguageRows(true);
}

void TestI18nFiles::placeholdersAndOptionsKept()
{
    QFETCH(QString, language);
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    static const QRegularExpression tableRow(QStringLiteral("^(\\s+\\S.*?)\\s{2,}"));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        const QSet<QString> options = optionNames(m.source);
        const QStringList sourceLines = m.source.split(QLatin1Char('\n'));
        for (const QString &text : shownTexts(m)) {
            if (placeholders(text) != expected)
                problems << QStringLiteral("%1: placeholders %2, source has %3")
                                .arg(where(m), placeholders(text).join(QLatin1Char(' ')),
                                     expected.join(QLatin1Char(' ')));
            if (!optionNames(text).contains(options))
                problems << QStringLiteral("%1: an option name is translated").arg(where(m));
            // A file dialog's filter: the patterns in parentheses are for the machine.
            if (m.source.contains(QLatin1String(";;")) &&
                text.count(QLatin1String(";;")) != m.source.count(QLatin1String(";;")))
                problems << QStringLiteral("%1: filter list broken").arg(where(m));
            // The help's tables: the command or option column stays as it is, line by line.
            const QStringList lines = text.split(QLatin1Char('\n'));
            if (lines.size() != sourceLines.size()) {
                problems << QStringLiteral("%1: %2 lines, source has %3")
                                .arg(where(m))
                                .arg(lines.size())
                                .arg(sourceLines.size());
                continue;
            }
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto row = tableRow.match(sourceLines.at(i));
                if (row.hasMatch() &&
                    !lines.at(i).startsWith(row.captured(1) + QLatin1String("  ")))
                    problems << QStringLiteral("%1: help line %2 lost \"%3\"")
                                    .arg(where(m))
                                    .arg(i + 1)
                                    .arg(row.captured(1));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestI18nFiles::mnemonicsKept_data()
{
    addLanguageRows(false);
}

void TestI18nFiles::mnemonicsKept()
{
    QFETCH(QString, language);
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const qsizetype expected = mnemonics(m.source).size();
        for (const QString &text : shownTexts(m)) {
            const QList<QChar> found = mnemonics(text);
            if (found.size() != expected)
                problems << QStringLiteral("%1: %2 mnemonics in \"%3\", source has %4")
                                .arg(where(m))
                                .arg(found.size())
                                .arg(text)
                                .arg(expected);
            for (QChar c : found) {
                if (!c.isLetterOrNumber())
                    problems << QStringLiteral("%1: mnemonic on \"%2\"").arg(where(m), c);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestI18nFiles::noMnemonicClashOnAScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("screen");
    const QList<Screen> all = screens();
    for (const QString &language : i18ntest::tsLanguages()) {
        if (language == QLatin1String("en"))
            continue;
        for (int s = 0; s < all.size(); ++s)
            QTest::addRow("%s %s", qPrintable(language), all.at(s).name) << language << s;
    }
}

void TestI18nFiles::noMnemonicClashOnAScreen()
{
    QFETCH(QString, language);
    QFETCH(int, screen);
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(language));
    QHash<QChar, QString> taken;
    QStringList problems;
    const QList<Screen> all = screens();
    for (const auto &[context, source] : all.at(screen).labels) {
        const QString text = ts.translation(QLatin1String(context), QString::fromUtf8(source));
        if (text.isEmpty()) {
            // The label changed in the code: this list must follow it.
            problems << QStringLiteral("[%1] \"%2\" is not in the file")
                            .arg(QLatin1String(context), QString::fromUtf8(source));
            continue;
        }
        const QList<QChar> letters = mnemonics(text);
        if (letters.size() != 1) {
            problems << QStringLiteral("\"%1\" has %2 mnemonics").arg(text).arg(letters.size());
            continue;
        }
        if (taken.contains(letters.first()))
            problems << QStringLiteral("Alt+%1: \"%2\" and \"%3\"")
                            .arg(letters.first())
                            .arg(taken.value(letters.first()), text);
        taken.insert(letters.first(), text);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestI18nFiles::sameMessagesEverywhere()
{
    // One set of files for both programs: every language translates the same messages, and the
    // English file holds exactly their plural ones.
    // One string per message: context, source and comment, split by a control character none of
    // them holds.
    using Key = QString;
    auto keyOf = [](const TsMessage &m) {
        return QStringList{m.context, m.source, m.comment}.join(QChar(0x1f));
    };
    QSet<Key> reference;
    QSet<Key> plural;
    const TsFile german = i18ntest::readTsFile(i18ntest::tsPath(QStringLiteral("de")));
    for (const TsMessage &m : german.messages) {
        reference.insert(keyOf(m));
        if (m.numerus)
            plural.insert(keyOf(m));
    }
    QVERIFY(!reference.isEmpty());
    for (const QString &language : i18ntest::tsLanguages()) {
        QSet<Key> keys;
        for (const TsMessage &m : i18ntest::readTsFile(i18ntest::tsPath(language)).messages)
            keys.insert(keyOf(m));
        const QSet<Key> &expected = language == QLatin1String("en") ? plural : reference;
        QVERIFY2(keys == expected, qPrintable(QStringLiteral("%1: %2 messages, de has %3 (run the "
                                                             "update_translations target)")
                                                  .arg(language)
                                                  .arg(keys.size())
                                                  .arg(expected.size())));
    }
}

void TestI18nFiles::bothProgramsCovered()
{
    const TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(QStringLiteral("de")));
    QSet<QString> contexts;
    for (const TsMessage &m : ts.messages)
        contexts.insert(m.context);
    // The CLI's messages (Q_DECLARE_TR_FUNCTIONS(Cli)) and the window's.
    for (const char *context : {"Cli", "MainWindow", "PasswordTab", "PickTab", "TokenTab",
                                "NumberTab", "PreferencesDialog", "StrengthMeter"})
        QVERIFY2(contexts.contains(QLatin1String(context)), context);
    QVERIFY(ts.find(QStringLiteral("Cli"), QStringLiteral("unknown command '%1'; try "
                                                          "'passforge-cli --help'")));
}

void TestI18nFiles::translationsAreCurrent_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    // The same options as the update_translations target (app/i18n/CMakeLists.txt).
    const QStringList common{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
    QTest::addRow("de") << QStringLiteral("de") << common;
    QTest::addRow("en") << QStringLiteral("en")
                        << (QStringList{QStringLiteral("-pluralonly")} + common);
}

void TestI18nFiles::translationsAreCurrent()
{
#ifndef PASSFORGE_LUPDATE_LIST
    QSKIP("the sources are only listed for lupdate when the window is built too");
#else
    QFETCH(QString, language);
    QFETCH(QStringList, options);
    // lupdate on a copy, with the sources the build lists: a string added to or removed from the
    // code since the .ts files were last updated shows up as a difference.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("passforge_%1.ts").arg(language));
    QVERIFY(QFile::copy(i18ntest::tsPath(language), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PASSFORGE_LUPDATE),
                  QStringList{QStringLiteral("@" PASSFORGE_LUPDATE_LIST)} + options +
                      QStringList{QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const TsFile current = i18ntest::readTsFile(copy);
    const TsFile committed = i18ntest::readTsFile(i18ntest::tsPath(language));
    QStringList problems;
    for (const TsMessage &m : current.messages) {
        if (!committed.find(m.context, m.source, m.comment))
            problems << QStringLiteral("new in the code: [%1] \"%2\"").arg(m.context, m.source);
    }
    for (const TsMessage &m : committed.messages) {
        if (!current.find(m.context, m.source, m.comment))
            problems << QStringLiteral("gone from the code: [%1] \"%2\"").arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build <build> --target update_translations` "
                                       "and translate:\n") +
                        problems.join(QLatin1Char('\n'))));
#endif
}

QTEST_GUILESS_MAIN(TestI18nFiles)
#include "tst_i18n_files.moc"
