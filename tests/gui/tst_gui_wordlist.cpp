// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase tab's user wordlists: a list with dice numbers, blank lines and duplicates
// (and what the status line says about them), lists that are refused with the list in use kept,
// the "at most" entropy of a list that is not prefix-free, "Open wordlist…" through the file
// dialog, and the settings: options and the list's path come back in a second window, a path
// that no longer loads falls back to the built-in list, and no value or word is ever written.
#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "WordlistChooser.h"
#include "WordlistFiles.h"
#include "passforge/Wordlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include <cmath>

using guitest::child;

namespace {

// The combo's items: every built-in list, then the user's file once loaded, then "Open wordlist…".
const int BuiltInLists = int(passforge::Wordlist::builtInCodes().size());

// The default list in the tests' language (English), as the combo names it.
QString builtInName()
{
    return QStringLiteral("English (%1 words)").arg(passforge::Wordlist::builtIn().size());
}

QString builtInSizeText()
{
    return QStringLiteral("%1-word").arg(passforge::Wordlist::builtIn().size());
}

// 1296 distinct words, one per line after a four-dice number, alternately with a tab and with a
// space; among them 3 blank lines and 6 repeats, and at the end one more repeat in capitals
// (words are lowercased). Expected: 1296 words, 3 blank lines and 7 duplicates dropped.
QByteArray diceList()
{
    QByteArray text;
    const QStringList words = guitest::madeUpWords(1296);
    for (int i = 0; i < words.size(); ++i) {
        text += guitest::diceRoll(i) + (i % 2 ? "\t" : " ") + words[i].toUtf8() + '\n';
        if (i == 10 || i == 500 || i == 900)
            text += "\n";
        if (i % 100 == 50 && i < 600)
            text += words[i / 2].toUtf8() + '\n';
    }
    return text + words[3].toUpper().toUtf8() + '\n';
}

} // namespace

class TestGuiWordlist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void diceListIsLoadedAndDescribed();
    void refusedListsKeepTheListInUse_data();
    void refusedListsKeepTheListInUse();
    void notPrefixFreeShowsAnUpperBound();
    void digitsInWordsWithAnAddedDigitShowAnUpperBound();
    void openWordlistItemOpensTheFileDialog();
    void optionsAndPathPersistButNoValueOrWord();
    void rememberedListThatFailsFallsBack_data();
    void rememberedListThatFailsFallsBack();

private:
    void openWindow();
    QString writeList(const QString &name, const QByteArray &bytes);
    bool loadThroughDialog(const QString &path);
    QStringList valueWords() const;

    std::unique_ptr<guitest::ConfigDir> m_config;
    std::unique_ptr<guitest::WindowParts> m_parts;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<MainWindow> m_window;
    QWidget *m_tab = nullptr;
    ValueDisplay *m_field = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_status = nullptr;
};

void TestGuiWordlist::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiWordlist::init()
{
    m_config = std::make_unique<guitest::ConfigDir>();
    QVERIFY(m_config->isValid());
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    openWindow();
}

void TestGuiWordlist::openWindow()
{
    m_parts = std::make_unique<guitest::WindowParts>();
    m_window = std::make_unique<MainWindow>(m_parts->os, m_parts->settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tab = child<QWidget>(m_window.get(), "passphraseTab");
    QVERIFY(m_tab);
    showTab(child<QTabWidget>(m_window.get(), "tabs"), m_tab);
    m_field = child<ValueDisplay>(m_tab, "valueField");
    m_combo = child<QComboBox>(m_tab, "wordlistCombo");
    m_status = child<QLabel>(m_tab, "wordlistStatus");
    QVERIFY(m_field && m_combo && m_status);
}

void TestGuiWordlist::cleanup()
{
    m_window.reset();
    m_parts.reset();
    m_files.reset();
    m_config.reset();
}

QString TestGuiWordlist::writeList(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    return guitest::writeFile(path, bytes) ? path : QString();
}

// Picks "Open wordlist…" in the combo box as a user would, and answers the file dialog that it
// opens by typing path into its file name box and pressing Open (or cancels it for an empty
// path). Typing, rather than QFileDialog::selectFile(), does not depend on the dialog's file
// model having listed the directory yet, which it does in another thread.
bool TestGuiWordlist::loadThroughDialog(const QString &path)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answered = true;
        if (path.isEmpty()) {
            dialog->reject();
            return;
        }
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        // QFileDialog's own accept (protected there) is what its Open button runs. Should it
        // not close the dialog, the next tick tries again.
        static_cast<QDialog *>(dialog)->accept();
    });
    poll.start();
    m_combo->setCurrentIndex(m_combo->findText(QStringLiteral("Open wordlist…")));
    // The combo box keeps showing the list in use while the dialog is up.
    if (m_combo->currentText() == QStringLiteral("Open wordlist…"))
        return false;
    return QTest::qWaitFor([&] { return answered && !QApplication::activeModalWidget(); }, 10000);
}

QStringList TestGuiWordlist::valueWords() const
{
    const QString separator = child<QLineEdit>(m_tab, "separatorEdit")->text();
    return m_field->value().split(separator);
}

void TestGuiWordlist::diceListIsLoadedAndDescribed()
{
    const QString path = writeList(QStringLiteral("dice.txt"), diceList());
    QVERIFY(!path.isEmpty());
    QVERIFY(loadThroughDialog(path));
    QCOMPARE(m_combo->currentText(), QStringLiteral("dice.txt (1296 words)"));
    QVERIFY(m_status->isVisible());
    QCOMPARE(m_status->text(), QStringLiteral("“dice.txt”: 1296 distinct words. Dropped 3 blank "
                                              "lines and 7 duplicates."));
    // 6 log2(1296) = 24 log2(6) = 62.04 bits; log2(1296) = 10.34 bits a word.
    const double bits = 24 * std::log2(6.0);
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(bits) +
                 QStringLiteral(" · 6 words × 10.3 bits (1296-word list)"));
    QVERIFY(!child<QLabel>(m_tab, "upperBoundNote")->isVisible());

    // The dice numbers are gone, and every word is one of the file's.
    const QStringList words = guitest::madeUpWords(1296);
    const QSet<QString> list(words.cbegin(), words.cend());
    for (int round = 0; round < 25; ++round) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        const QStringList parts = valueWords();
        QCOMPARE(parts.size(), 6);
        for (const QString &word : parts)
            QVERIFY2(list.contains(word), qPrintable(m_field->value()));
    }

    // Back to the built-in list and to the file again, without reading it again.
    m_combo->setCurrentIndex(m_combo->findText(builtInName()));
    QVERIFY(!m_status->isVisible());
    QVERIFY(child<QLabel>(m_tab, "entropyLabel")->text().contains(builtInSizeText()));
    QVERIFY(QFile::remove(path));
    m_combo->setCurrentIndex(m_combo->findText(QStringLiteral("dice.txt (1296 words)")));
    QVERIFY(list.contains(valueWords().value(0)));
}

void TestGuiWordlist::refusedListsKeepTheListInUse_data()
{
    QTest::addColumn<bool>("fileListFirst");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    // 1023 distinct words on 1123 lines: the repeats do not count towards the 1024.
    QByteArray small = guitest::madeUpWords(1023).join(QLatin1Char('\n')).toUtf8() + '\n';
    for (int i = 0; i < 100; ++i)
        small += guitest::madeUpWord(i).toUtf8() + '\n';
    const QByteArray binary = QByteArray("zqaaa\nzqaab\n") + QByteArray(16, '\0') + "\x89PNG";
    const QByteArray notUtf8 =
        guitest::madeUpWords(1100).join(QLatin1Char('\n')).toUtf8() + "\ncaf\xe9\n"; // Latin-1 é
    for (bool fileListFirst : {false, true}) {
        const char *first = fileListFirst ? "after a user list" : "after the built-in list";
        QTest::addRow("too small, %s", first)
            << fileListFirst << QStringLiteral("small.txt") << small
            << QStringLiteral("“small.txt” has only 1023 distinct words; a wordlist needs at "
                              "least 1024.");
        QTest::addRow("binary, %s", first) << fileListFirst << QStringLiteral("image.png") << binary
                                           << QStringLiteral("“image.png” is a binary file, "
                                                             "not text with one word per line.");
        QTest::addRow("not UTF-8, %s", first)
            << fileListFirst << QStringLiteral("latin1.txt") << notUtf8
            << QStringLiteral("“latin1.txt” is not UTF-8 text.");
        QTest::addRow("missing, %s", first)
            << fileListFirst << QStringLiteral("missing.txt") << QByteArray()
            << QStringLiteral("Cannot read “missing.txt”:");
    }
}

void TestGuiWordlist::refusedListsKeepTheListInUse()
{
    QFETCH(bool, fileListFirst);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString inUse = builtInName();
    QString still = QStringLiteral("Still using the built-in list “English”.");
    if (fileListFirst) {
        QVERIFY(loadThroughDialog(writeList(QStringLiteral("dice.txt"), diceList())));
        inUse = QStringLiteral("dice.txt (1296 words)");
        still = QStringLiteral("Still using “dice.txt”.");
    }
    const QString label = child<QLabel>(m_tab, "entropyLabel")->text();
    if (bytes.isEmpty()) {
        // The file dialog offers only files that exist; this one is gone by the time it loads.
        QVERIFY(
            !child<WordlistChooser>(m_tab, "wordlistChooser")->loadFile(m_files->filePath(name)));
    } else {
        const QString path = writeList(name, bytes);
        QVERIFY(!path.isEmpty());
        QVERIFY(loadThroughDialog(path));
    }
    QVERIFY(m_status->isVisible());
    QVERIFY2(m_status->text().startsWith(reason), qPrintable(m_status->text()));
    QVERIFY2(m_status->text().endsWith(still), qPrintable(m_status->text()));
    // Inline only: no message box or other dialog was left open.
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!(qobject_cast<QDialog *>(w) && w->isVisible()), qPrintable(w->objectName()));
    QCOMPARE(m_combo->currentText(), inUse);
    QCOMPARE(m_combo->count(), BuiltInLists + (fileListFirst ? 2 : 1));
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(), label);
    QVERIFY(m_field->hasValue());
    QVERIFY(child<QPushButton>(m_tab, "copyButton")->isEnabled());
}

void TestGuiWordlist::notPrefixFreeShowsAnUpperBound()
{
    // 1296 five-letter words and 4 six-letter ones that each start with one of them ("zqaab"
    // begins "zqaabz"), so joined with nothing a passphrase may split more than one way.
    QStringList words = guitest::madeUpWords(1296);
    words << QStringLiteral("zqaabz") << QStringLiteral("zqaacy") << QStringLiteral("zqaadx")
          << QStringLiteral("zqaaew");
    QVERIFY(loadThroughDialog(
        writeList(QStringLiteral("overlap.txt"), words.join(QLatin1Char('\n')).toUtf8())));
    QCOMPARE(m_combo->currentText(), QStringLiteral("overlap.txt (1300 words)"));
    auto *label = child<QLabel>(m_tab, "entropyLabel");
    auto *note = child<QLabel>(m_tab, "upperBoundNote");
    // 6 log2(1300) = 62.07 bits; log2(1300) = 10.34 a word.
    const QString exact = guitest::entropyText(6 * std::log2(1300.0)) +
                          QStringLiteral(" · 6 words × 10.3 bits (1300-word list)");

    // A hyphen is in no word, so the words stay apart and the count is exact.
    QCOMPARE(label->text(), exact);
    QVERIFY(!note->isVisible());

    // With no separator, or one that occurs inside words ("a"), it is an upper bound.
    for (const QString &separator : {QString(), QStringLiteral("a")}) {
        guitest::typeInto(child<QLineEdit>(m_tab, "separatorEdit"), separator);
        QCOMPARE(label->text(), QStringLiteral("at most ") + exact);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("separator does not keep the words apart")),
                 qPrintable(note->text()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("upper bound")),
                 qPrintable(label->toolTip()));
        QVERIFY(m_field->hasValue());
    }
    guitest::typeInto(child<QLineEdit>(m_tab, "separatorEdit"), QStringLiteral("."));
    QCOMPARE(label->text(), exact);
    QVERIFY(!note->isVisible());
}

void TestGuiWordlist::digitsInWordsWithAnAddedDigitShowAnUpperBound()
{
    // 1300 six-character words "zq" + two letters + a digit: prefix-free, but with a digit added
    // to one word, "zqaab1" + 7 and "zqaab" ... cannot always be told apart, so the count is
    // only an upper bound; without the digit it is exact.
    QStringList words;
    for (int i = 0; i < 1300; ++i)
        words << QStringLiteral("zq%1%2%3")
                     .arg(QChar(u'a' + i / 10 / 26))
                     .arg(QChar(u'a' + i / 10 % 26))
                     .arg(i % 10);
    QVERIFY(loadThroughDialog(
        writeList(QStringLiteral("digits.txt"), words.join(QLatin1Char('\n')).toUtf8())));
    auto *label = child<QLabel>(m_tab, "entropyLabel");
    auto *note = child<QLabel>(m_tab, "upperBoundNote");
    auto *digit = child<QCheckBox>(m_tab, "addDigitCheck");
    QVERIFY(!label->text().startsWith(QStringLiteral("at most")));
    QVERIFY(!note->isVisible());
    guitest::setChecked(digit, true);
    // 6 log2(1300) + log2(60) = 68.0 bits.
    QVERIFY2(
        label->text().startsWith(QStringLiteral("at most ") +
                                 guitest::entropyText(6 * std::log2(1300.0) + std::log2(60.0))),
        qPrintable(label->text()));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("contain digits")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("Without the added digit it is exact")),
             qPrintable(note->text()));
    guitest::setChecked(digit, false);
    QVERIFY(!label->text().startsWith(QStringLiteral("at most")));
    QVERIFY(!note->isVisible());
}

void TestGuiWordlist::openWordlistItemOpensTheFileDialog()
{
    // Cancelling the dialog changes nothing.
    QVERIFY(loadThroughDialog(QString()));
    QCOMPARE(m_combo->currentText(), builtInName());
    QCOMPARE(m_combo->count(), BuiltInLists + 1);
    QVERIFY(!m_status->isVisible());
    // A second file replaces the first in the combo box rather than adding to it.
    QVERIFY(loadThroughDialog(writeList(QStringLiteral("first.txt"), diceList())));
    QVERIFY(
        loadThroughDialog(writeList(QStringLiteral("second.txt"),
                                    guitest::madeUpWords(2000).join(QLatin1Char('\n')).toUtf8())));
    QCOMPARE(m_combo->currentText(), QStringLiteral("second.txt (2000 words)"));
    QCOMPARE(m_combo->count(), BuiltInLists + 2);
    QCOMPARE(m_status->text(), QStringLiteral("“second.txt”: 2000 distinct words."));
}

void TestGuiWordlist::optionsAndPathPersistButNoValueOrWord()
{
    const QString path = writeList(QStringLiteral("dice.txt"), diceList());
    QStringList values;
    QVERIFY(loadThroughDialog(path));
    guitest::typeInto(child<QSpinBox>(m_tab, "wordsSpinBox"), 9);
    // A space: INI must keep it although it is all whitespace.
    guitest::typeInto(child<QLineEdit>(m_tab, "separatorEdit"), QStringLiteral(" "));
    auto *caseCombo = child<QComboBox>(m_tab, "caseCombo");
    caseCombo->setCurrentIndex(caseCombo->findData(QStringLiteral("title")));
    guitest::setChecked(child<QCheckBox>(m_tab, "addDigitCheck"), true);
    for (int round = 0; round < 5; ++round) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
        values << m_field->value();
    }
    m_window->close();
    m_window.reset();

    const QByteArray file = m_config->settingsBytes();
    QVERIFY2(file.contains("[passphrase]"), file.constData());
    QSettings direct(m_config->settingsPath(), QSettings::IniFormat);
    QCOMPARE(direct.value(QStringLiteral("passphrase/wordlist")).toString(), path);
    for (const QString &value : std::as_const(values)) {
        for (const QString &form : {value, value.right(12), value.section(QLatin1Char(' '), 2, 2)})
            QVERIFY2(!file.contains(form.toUtf8()), qPrintable(form));
    }
    // Only the path: none of the file's words ("zq..."), outside the path itself.
    QVERIFY(file.contains(path.toUtf8()));
    QByteArray withoutPath = file;
    withoutPath.replace(path.toUtf8(), QByteArray());
    QVERIFY2(!withoutPath.contains("zq"), file.constData());

    openWindow();
    QCOMPARE(child<QSpinBox>(m_tab, "wordsSpinBox")->value(), 9);
    QCOMPARE(child<QLineEdit>(m_tab, "separatorEdit")->text(), QStringLiteral(" "));
    QCOMPARE(child<QComboBox>(m_tab, "caseCombo")->currentData().toString(),
             QStringLiteral("title"));
    QVERIFY(child<QCheckBox>(m_tab, "addDigitCheck")->isChecked());
    QCOMPARE(m_combo->currentText(), QStringLiteral("dice.txt (1296 words)"));
    QVERIFY(m_status->text().startsWith(QStringLiteral("“dice.txt”: 1296 distinct words.")));
    // The restored options are in force: nine title-case words of the file, one with a digit.
    const QStringList parts = valueWords();
    QCOMPARE(parts.size(), 9);
    const QStringList words = guitest::madeUpWords(1296);
    int digits = 0;
    for (QString part : parts) {
        if (part.back().isDigit()) {
            ++digits;
            part.chop(1);
        }
        QVERIFY2(part[0] == QLatin1Char('Z') && words.contains(part.toLower()), qPrintable(part));
    }
    QCOMPARE(digits, 1);
    QVERIFY(child<QLabel>(m_tab, "entropyLabel")->text().contains(QStringLiteral("1296-word")));
}

void TestGuiWordlist::rememberedListThatFailsFallsBack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addRow("file gone") << QByteArray() << QStringLiteral("Cannot read “list.txt”:");
    QTest::addRow("file now too small")
        << QByteArray("zqaaa\nzqaab\n") << QStringLiteral("“list.txt” has only 2 distinct words");
}

void TestGuiWordlist::rememberedListThatFailsFallsBack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_files->filePath(QStringLiteral("list.txt"));
    QVERIFY(loadThroughDialog(writeList(QStringLiteral("list.txt"), diceList())));
    m_window.reset();
    QVERIFY(QFile::remove(path));
    if (!bytes.isEmpty())
        QVERIFY(guitest::writeFile(path, bytes));
    QCOMPARE(AppSettings().value(AppSettings::PassphraseWordlist), path);

    openWindow();
    QCOMPARE(m_combo->currentText(), builtInName());
    QVERIFY(m_status->isVisible());
    const QString text = m_status->text();
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Using the built-in list “English” instead.")),
             qPrintable(text));
    QVERIFY(child<QLabel>(m_tab, "entropyLabel")->text().contains(builtInSizeText()));
    const QSet<QString> builtIn(passforge::Wordlist::builtIn().words().cbegin(),
                                passforge::Wordlist::builtIn().words().cend());
    for (const QString &word : valueWords())
        QVERIFY2(builtIn.contains(word), qPrintable(word));
    // What is shown is what is saved: the built-in list.
    m_window.reset();
    QCOMPARE(AppSettings().value(AppSettings::PassphraseWordlist), QString());
}

QTEST_MAIN(TestGuiWordlist)
#include "tst_gui_wordlist.moc"
