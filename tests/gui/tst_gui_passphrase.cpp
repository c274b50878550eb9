// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase tab through its widgets: values that match the options (word count, words from
// the list, case, digit), the entropy line against log2 of the list size, invalid separators with
// recovery, the copy through ClipboardGuard, and the tab's place among the others. User
// wordlists and the settings are in tst_gui_wordlist.
#include "ClipboardGuard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "WordlistFiles.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Wordlist.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

#include <algorithm>
#include <cmath>
#include <functional>

using guitest::child;

namespace {

struct Options
{
    int words = 6;
    QString separator = QStringLiteral("-");
    QString letterCase = QStringLiteral("lower");
    bool digit = false;
};

// The English list's size and bits a word, from the list (the tests run in English, C locale).
int listSize()
{
    return int(passforge::Wordlist::builtIn().size());
}

double bitsPerWord()
{
    return std::log2(double(listSize()));
}

// The entropy line's words part, written out here: "6 words × 12.9 bits (7575-word list)".
QString wordsPart(int words)
{
    const QString count =
        words == 1 ? QStringLiteral("1 word") : QStringLiteral("%1 words").arg(words);
    return QStringLiteral(" · %1 × %2 bits (%3-word list)")
        .arg(count, QString::number(bitsPerWord(), 'f', 1))
        .arg(listSize());
}

} // namespace

Q_DECLARE_METATYPE(Options)

class TestGuiPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabOrderAndDefaults();
    void valuesMatchOptions_data();
    void valuesMatchOptions();
    void everyOptionChangeRegenerates();
    void invalidSeparatorExplainsAndRecovers_data();
    void invalidSeparatorExplainsAndRecovers();
    void richerOptions();
    void copyGoesThroughTheGuard_data();
    void copyGoesThroughTheGuard();

private:
    void apply(const Options &o);
    void setSeparator(const QString &separator);

    QSet<QString> m_builtIn;
    int m_shortest = 0;
    int m_longest = 0;
    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QWidget *m_tab = nullptr;
    ValueDisplay *m_field = nullptr;
};

void TestGuiPassphrase::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
    const QStringList &words = passforge::Wordlist::builtIn().words();
    m_builtIn = QSet<QString>(words.cbegin(), words.cend());
    QCOMPARE(m_builtIn.size(), listSize());
    m_shortest = int(std::min_element(words.cbegin(), words.cend(), [](auto &a, auto &b) {
                         return a.size() < b.size();
                     })->size());
    m_longest = int(std::max_element(words.cbegin(), words.cend(), [](auto &a, auto &b) {
                        return a.size() < b.size();
                    })->size());
}

void TestGuiPassphrase::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
    m_tab = child<QWidget>(m_window, "passphraseTab");
    QVERIFY(m_tab);
    m_field = child<ValueDisplay>(m_tab, "valueField");
    QVERIFY(m_field);
    showTab(child<QTabWidget>(m_window, "tabs"), m_tab);
}

void TestGuiPassphrase::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiPassphrase::setSeparator(const QString &separator)
{
    auto *edit = child<QLineEdit>(m_tab, "separatorEdit");
    const bool printable =
        std::all_of(separator.cbegin(), separator.cend(), [](QChar ch) { return ch.isPrint(); });
    if (printable) {
        guitest::typeInto(edit, separator);
    } else {
        // A keyboard cannot type control or format characters; they arrive by pasting.
        QGuiApplication::clipboard()->setText(separator);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    }
    QCOMPARE(edit->text(), separator);
}

void TestGuiPassphrase::apply(const Options &o)
{
    guitest::typeInto(child<QSpinBox>(m_tab, "wordsSpinBox"), o.words);
    setSeparator(o.separator);
    auto *caseCombo = child<QComboBox>(m_tab, "caseCombo");
    const int index = caseCombo->findData(o.letterCase);
    QVERIFY(index >= 0);
    caseCombo->setCurrentIndex(index);
    guitest::setChecked(child<QCheckBox>(m_tab, "addDigitCheck"), o.digit);
}

void TestGuiPassphrase::tabOrderAndDefaults()
{
    auto *tabs = child<QTabWidget>(m_window, "tabs");
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).remove(QLatin1Char('&'));
    QCOMPARE(titles, QStringList({QStringLiteral("Password"), QStringLiteral("Passphrase"),
                                  QStringLiteral("Token"), QStringLiteral("Number"),
                                  QStringLiteral("Pick a winner")}));
    QCOMPARE(tabIndexOf(tabs, m_tab), 1);

    auto *words = child<QSpinBox>(m_tab, "wordsSpinBox");
    QCOMPARE(words->value(), 6);
    QCOMPARE(child<QLabel>(m_tab, "wordsSpinBoxRange")->text(), QStringLiteral("1–40"));
    QCOMPARE(child<QLineEdit>(m_tab, "separatorEdit")->text(), QStringLiteral("-"));
    QCOMPARE(child<QComboBox>(m_tab, "caseCombo")->currentData().toString(),
             QStringLiteral("lower"));
    QCOMPARE(child<QComboBox>(m_tab, "caseCombo")->count(), 5);
    QVERIFY(!child<QCheckBox>(m_tab, "addDigitCheck")->isChecked());
    auto *wordlist = child<QComboBox>(m_tab, "wordlistCombo");
    QVERIFY(wordlist);
    // The UI language's own list: English here (LANG=C.UTF-8).
    QCOMPARE(wordlist->currentText(), QStringLiteral("English (%1 words)").arg(listSize()));
    QVERIFY(wordlist->findText(QStringLiteral("Open wordlist…")) >= 0);
    QVERIFY(!child<QLabel>(m_tab, "wordlistStatus")->isVisible());
    QVERIFY(!child<QLabel>(m_tab, "upperBoundNote")->isVisible());

    // Six words of the list joined by hyphens, and 6 log2(size) bits.
    const QStringList parts = m_field->value().split(QLatin1Char('-'));
    QCOMPARE(parts.size(), 6);
    for (const QString &word : parts)
        QVERIFY2(m_builtIn.contains(word), qPrintable(word));
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(6 * bitsPerWord()) + wordsPart(6));
    QVERIFY(child<QPushButton>(m_tab, "copyButton")->isEnabled());
}

void TestGuiPassphrase::valuesMatchOptions_data()
{
    QTest::addColumn<Options>("options");
    auto row = [](const char *tag, int words, const QString &separator, const char *letterCase,
                  bool digit) {
        QTest::addRow("%s", tag) << Options{words, separator, QString::fromLatin1(letterCase),
                                            digit};
    };
    row("one word", 1, QStringLiteral("-"), "lower", false);
    row("six lower", 6, QStringLiteral("-"), "lower", false);
    row("space, upper", 6, QStringLiteral(" "), "upper", false);
    row("underscore, title", 10, QStringLiteral("_"), "title", false);
    row("dot, one capitalised", 7, QStringLiteral("."), "one", false);
    row("digit", 6, QStringLiteral("-"), "lower", true);
    row("forty, one capitalised, digit", 40, QStringLiteral("+"), "one", true);
    row("no separator", 5, QString(), "lower", false);
    row("no separator, title, digit", 8, QString(), "title", true);
    row("middle dot, title, digit", 4, QStringLiteral("·"), "title", true);
    row("two characters, upper, digit", 3, QStringLiteral("--"), "upper", true);
    row("one word, one capitalised, digit", 1, QStringLiteral("-"), "one", true);
}

void TestGuiPassphrase::valuesMatchOptions()
{
    QFETCH(Options, options);
    apply(options);
    const int n = options.words;
    const bool one = options.letterCase == QLatin1String("one");

    // n log2(size), plus log2(n) for which word is capitalised, plus log2(10 n) for which word
    // gets a digit and which digit.
    const double extra =
        (one ? std::log2(double(n)) : 0) + (options.digit ? std::log2(10.0 * n) : 0);
    const double bits = n * bitsPerWord() + extra;
    passforge::PassphraseGenerator core;
    core.setWordCount(n);
    core.setSeparator(options.separator);
    core.setLetterCase(*passforge::PassphraseGenerator::caseFromName(options.letterCase));
    core.setAddDigit(options.digit);
    QVERIFY(std::abs(core.entropyBits() - bits) < 1e-9);

    QString expected = guitest::entropyText(bits) + wordsPart(n);
    // Each source of extra bits is named; a capital among one word adds none, so is not.
    QStringList what;
    if (one && n > 1)
        what << QStringLiteral("capital");
    if (options.digit)
        what << QStringLiteral("digit");
    if (!what.isEmpty()) {
        expected += QStringLiteral(" + %1 bits (%2)")
                        .arg(QString::number(extra, 'f', 1), what.join(QStringLiteral(", ")));
    }
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(), expected);
    QCOMPARE(child<QProgressBar>(m_tab, "strengthBar")->value(),
             int(std::lround(std::min(bits, 128.0))));

    const QRegularExpression wordShape(QStringLiteral("^([A-Za-z]+)([0-9]?)$"));
    for (int round = 0; round < 25; ++round) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        const QString value = m_field->value();
        const QStringList parts =
            guitest::splitPassphrase(value, options.separator, m_builtIn, m_shortest, m_longest);
        QVERIFY2(parts.size() == n, qPrintable(value));
        int digits = 0;
        int capitalised = 0;
        for (const QString &part : parts) {
            const QRegularExpressionMatch m = wordShape.match(part);
            QVERIFY2(m.hasMatch(), qPrintable(value));
            const QString word = m.captured(1);
            digits += m.captured(2).isEmpty() ? 0 : 1;
            QVERIFY2(m_builtIn.contains(word.toLower()), qPrintable(value));
            const bool lower = word == word.toLower();
            const bool title = word[0].isUpper() && word.mid(1) == word.mid(1).toLower();
            if (options.letterCase == QLatin1String("upper"))
                QVERIFY2(word == word.toUpper(), qPrintable(value));
            else if (options.letterCase == QLatin1String("title"))
                QVERIFY2(title, qPrintable(value));
            else if (options.letterCase == QLatin1String("lower"))
                QVERIFY2(lower, qPrintable(value));
            else
                QVERIFY2(lower || title, qPrintable(value));
            capitalised += title ? 1 : 0;
        }
        QCOMPARE(digits, options.digit ? 1 : 0);
        if (one)
            QCOMPARE(capitalised, 1);
    }
}

void TestGuiPassphrase::everyOptionChangeRegenerates()
{
    // Each change must show a new passphrase at once. A repeat of at least 2 random words
    // (25.8 bits) is a 1-in-60-million event, so a changed value means a new draw.
    auto changed = [this](const std::function<void()> &change) {
        const QString before = m_field->value();
        change();
        return !m_field->value().isEmpty() && m_field->value() != before;
    };
    QVERIFY(changed([&] { guitest::typeInto(child<QSpinBox>(m_tab, "wordsSpinBox"), 7); }));
    QVERIFY(changed(
        [&] { guitest::typeInto(child<QLineEdit>(m_tab, "separatorEdit"), QStringLiteral("=")); }));
    QVERIFY(changed([&] { child<QComboBox>(m_tab, "caseCombo")->setCurrentIndex(2); }));
    QVERIFY(changed([&] { guitest::setChecked(child<QCheckBox>(m_tab, "addDigitCheck"), true); }));
    QVERIFY(changed([&] { QTest::keyClick(m_window, Qt::Key_F5); }));
    QCOMPARE(m_field->value().count(QLatin1Char('=')), 6);
}

void TestGuiPassphrase::invalidSeparatorExplainsAndRecovers_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("valid");
    QTest::addRow("lone combining acute") << QString(QChar(0x0301)) << false;
    QTest::addRow("combining acute before a hyphen") << QStringLiteral("\u0301-") << false;
    QTest::addRow("tab") << QStringLiteral("\t") << false;
    QTest::addRow("bell") << QString(QChar(0x0007)) << false;
    QTest::addRow("zero-width space") << QString(QChar(0x200B)) << false;
    // An accent on a hyphen is one whole character, and a fine separator.
    QTest::addRow("hyphen with an acute") << QStringLiteral("-\u0301") << true;
}

void TestGuiPassphrase::invalidSeparatorExplainsAndRecovers()
{
    QFETCH(QString, separator);
    QFETCH(bool, valid);
    auto *copy = child<QPushButton>(m_tab, "copyButton");
    auto *copyAction = child<QAction>(m_window, "copyAction");
    auto *label = child<QLabel>(m_tab, "entropyLabel");
    setSeparator(separator);
    if (valid) {
        QCOMPARE(m_field->value().split(separator).size(), 6);
        QVERIFY(copy->isEnabled());
        return;
    }
    QVERIFY(!m_field->hasValue());
    QVERIFY2(m_field->errorText().contains(QStringLiteral("cannot stand alone")),
             qPrintable(m_field->errorText()));
    QVERIFY(!copy->isEnabled());
    QVERIFY(!copyAction->isEnabled());
    QCOMPARE(label->text(), QString());
    // Regenerate does not make a value from invalid options either.
    QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
    QVERIFY(!m_field->hasValue());

    setSeparator(QStringLiteral("/"));
    QVERIFY(m_field->errorText().isEmpty());
    QCOMPARE(m_field->value().split(QLatin1Char('/')).size(), 6);
    QVERIFY(copy->isEnabled());
    QVERIFY(copyAction->isEnabled());
    QVERIFY(label->text().startsWith(guitest::entropyText(6 * bitsPerWord())));
}

void TestGuiPassphrase::richerOptions()
{
    // Random case, separators drawn from "+=" and a symbol, as the command line's --case random
    // --separator-from += --add-symbol: the same value shape, and the same bits, named.
    auto *caseCombo = child<QComboBox>(m_tab, "caseCombo");
    caseCombo->setCurrentIndex(caseCombo->findData(QStringLiteral("random")));
    guitest::typeInto(child<QLineEdit>(m_tab, "separatorFromEdit"), QStringLiteral("+="));
    guitest::setChecked(child<QCheckBox>(m_tab, "addSymbolCheck"), true);
    // The one separator is not in use while separators are mixed.
    QVERIFY(!child<QLineEdit>(m_tab, "separatorEdit")->isEnabled());
    const double extra = 6 + 5 * 1.0 + std::log2(32.0 * 6);
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(6 * bitsPerWord() + extra) + wordsPart(6) +
                 QStringLiteral(" + %1 bits (case, separators, symbol)")
                     .arg(QString::number(extra, 'f', 1)));
    int capitals = 0;
    QSet<QChar> gaps;
    for (int i = 0; i < 20; ++i) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        QString value = m_field->value();
        int symbols = 0;
        QStringList parts;
        QString word;
        // Words of letters; after one of them a symbol; between them + or = (a symbol may be
        // + or = too, but then it comes right after a word and before another separator).
        for (int at = 0; at < value.size(); ++at) {
            const QChar c = value.at(at);
            if (c.isLetter()) {
                word += c;
            } else if ((c == u'+' || c == u'=') && !word.isEmpty() &&
                       (at + 1 < value.size() && value.at(at + 1).isLetter())) {
                gaps.insert(c);
                parts << word;
                word.clear();
            } else {
                ++symbols;
            }
        }
        parts << word;
        QCOMPARE(parts.size(), 6);
        QCOMPARE(symbols, 1);
        for (const QString &part : std::as_const(parts)) {
            QVERIFY2(m_builtIn.contains(part.toLower()), qPrintable(value));
            capitals += part.at(0).isUpper() ? 1 : 0;
        }
    }
    QCOMPARE(gaps.size(), 2);
    QVERIFY2(capitals > 20 && capitals < 100, qPrintable(QString::number(capitals)));
    // Back to one separator.
    guitest::typeInto(child<QLineEdit>(m_tab, "separatorFromEdit"), QString());
    QVERIFY(child<QLineEdit>(m_tab, "separatorEdit")->isEnabled());
    QVERIFY(m_field->errorText().isEmpty());
}

void TestGuiPassphrase::copyGoesThroughTheGuard_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Copy button") << QStringLiteral("button");
    QTest::addRow("toolbar action") << QStringLiteral("action");
    QTest::addRow("Ctrl+C in the value field") << QStringLiteral("ctrl+c");
}

void TestGuiPassphrase::copyGoesThroughTheGuard()
{
    QFETCH(QString, how);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QGuiApplication::clipboard()->clear();
    QSignalSpy copied(m_window->clipboardGuard(), &ClipboardGuard::copied);
    if (how == QLatin1String("button")) {
        QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    } else if (how == QLatin1String("action")) {
        child<QAction>(m_window, "copyAction")->trigger();
    } else {
        m_field->setFocus();
        QTRY_VERIFY(m_field->hasFocus());
        QTest::keyClick(m_field, Qt::Key_C, Qt::ControlModifier);
    }
    QCOMPARE(copied.count(), 1);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), m_field->value());
    QCOMPARE(mime->text().split(QLatin1Char('-')).size(), 6);
    // Only ClipboardGuard::copy adds KDE's "do not keep in the history" mark.
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
}

QTEST_MAIN(TestGuiPassphrase)
#include "tst_gui_passphrase.moc"
