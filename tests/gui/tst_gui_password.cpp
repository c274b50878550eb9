// SPDX-License-Identifier: GPL-3.0-or-later
// The password tab through its widgets: values that match the options, the entropy line against
// independently computed counts and against the core, and the invalid states with recovery.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PasswordRules.h"
#include "passforge/PronounceableGenerator.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBoundaryFinder>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using guitest::child;

namespace {

// The classes written out here rather than taken from the core, so the test checks the core.
const QString Upper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString Lower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
const QString Digits = QStringLiteral("0123456789");
const QString Symbols = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
const QString LookAlikes = QStringLiteral("0Oo1lI|2Z5S6G8B");

struct Options
{
    int length = 20;
    bool upper = true, lower = true, digits = true, symbols = true;
    QString custom, exclude;
    bool lookAlikes = false;
    // The window's default is on; the rows below state it where it matters.
    bool eachKind = false;
    int minUpper = 0, minLower = 0, minDigits = 0, minSymbols = 0;
};

// log2 of C(n, k) * a^k * b^(n-k) summed as the test needs, in long double.
long double log2Binomial(int n, int k)
{
    return (std::lgamma((long double)n + 1) - std::lgamma((long double)k + 1) -
            std::lgamma((long double)(n - k) + 1)) /
           std::log(2.0L);
}

} // namespace

Q_DECLARE_METATYPE(Options)

class TestGuiPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void valuesMatchOptions_data();
    void valuesMatchOptions();
    void sliderAndSpinBoxStayInStep();
    void invalidStatesExplainAndRecover_data();
    void invalidStatesExplainAndRecover();
    void siteRulesApply();
    void typedRulesApplyAndExplain();
    void easyToSay_data();
    void easyToSay();
    void easyToSayComesBack();

private:
    void apply(const Options &o);
    QString value() const { return m_field->value(); }

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QWidget *m_tab = nullptr;
    ValueDisplay *m_field = nullptr;
};

void TestGuiPassword::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiPassword::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
    m_tab = child<QWidget>(m_window, "passwordTab");
    QVERIFY(m_tab);
    m_field = child<ValueDisplay>(m_tab, "valueField");
    QVERIFY(m_field);
    showTab(child<QTabWidget>(m_window, "tabs"), m_tab);
}

void TestGuiPassword::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiPassword::apply(const Options &o)
{
    guitest::typeInto(child<QSpinBox>(m_tab, "lengthSpinBox"), o.length);
    guitest::setChecked(child<QCheckBox>(m_tab, "upperCheck"), o.upper);
    guitest::setChecked(child<QCheckBox>(m_tab, "lowerCheck"), o.lower);
    guitest::setChecked(child<QCheckBox>(m_tab, "digitsCheck"), o.digits);
    guitest::setChecked(child<QCheckBox>(m_tab, "symbolsCheck"), o.symbols);
    guitest::typeInto(child<QLineEdit>(m_tab, "customEdit"), o.custom);
    guitest::typeInto(child<QLineEdit>(m_tab, "excludeEdit"), o.exclude);
    guitest::setChecked(child<QCheckBox>(m_tab, "lookAlikesCheck"), o.lookAlikes);
    guitest::setChecked(child<QCheckBox>(m_tab, "eachKindCheck"), o.eachKind);
    auto *advanced = child<QToolButton>(m_tab, "advancedToggle");
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    guitest::typeInto(child<QSpinBox>(m_tab, "minUpperSpin"), o.minUpper);
    guitest::typeInto(child<QSpinBox>(m_tab, "minLowerSpin"), o.minLower);
    guitest::typeInto(child<QSpinBox>(m_tab, "minDigitsSpin"), o.minDigits);
    guitest::typeInto(child<QSpinBox>(m_tab, "minSymbolsSpin"), o.minSymbols);
}

void TestGuiPassword::defaults()
{
    // 20 characters from the 94 printable ASCII characters, at least one of each kind on by
    // default: by inclusion-exclusion over the kinds left out, sum over S of (-1)^|S| (94 -
    // |S's characters|)^20, which is 130.9 bits (131.1 without the rule).
    QVERIFY(m_field->hasValue());
    QVERIFY(child<QCheckBox>(m_tab, "eachKindCheck")->isChecked());
    const int sizes[] = {26, 26, 10, 32};
    long double count = 0;
    for (int subset = 0; subset < 16; ++subset) {
        int left = 94;
        int sign = 1;
        for (int k = 0; k < 4; ++k) {
            if (subset & (1 << k)) {
                left -= sizes[k];
                sign = -sign;
            }
        }
        count += sign * std::pow(static_cast<long double>(left), 20);
    }
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(double(std::log2(count))));
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             QStringLiteral("130.9 bits — very strong"));
    // Every default password has a capital, a small letter, a digit and a symbol (without the
    // rule, about one in ten lacks a digit: (84/94)^20).
    auto *regenerate = child<QPushButton>(m_tab, "regenerateButton");
    for (int round = 0; round < 200; ++round) {
        const QString v = value();
        QCOMPARE(v.size(), 20);
        for (const QString &kind : {Upper, Lower, Digits, Symbols})
            QVERIFY2(std::any_of(v.begin(), v.end(), [&](QChar ch) { return kind.contains(ch); }),
                     qPrintable(v));
        for (QChar ch : v)
            QVERIFY2(ch.unicode() >= 0x21 && ch.unicode() <= 0x7e, qPrintable(v));
        QTest::mouseClick(regenerate, Qt::LeftButton);
    }
    QCOMPARE(child<QSlider>(m_tab, "lengthSlider")->value(), 20);
    QVERIFY(child<QPushButton>(m_tab, "copyButton")->isEnabled());
    QVERIFY(!child<QWidget>(m_tab, "minDigitsSpin")->isVisible()); // Advanced starts folded
}

void TestGuiPassword::valuesMatchOptions_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<double>("bits"); // derived independently below each row

    Options o;
    o.length = 8;
    o.upper = o.digits = o.symbols = false;
    // 26^8 passwords: 8 * log2(26) = 37.60 bits.
    QTest::addRow("lower only, 8") << o << Lower << double(8 * std::log2(26.0L));

    o = Options();
    o.length = 4;
    o.upper = o.lower = o.symbols = false;
    QTest::addRow("digits only, 4") << o << Digits << double(4 * std::log2(10.0L));

    o = Options();
    o.length = 32;
    o.lower = o.symbols = false;
    o.exclude = QStringLiteral("ABC012");
    // 23 capitals and 7 digits are left: 32 * log2(30).
    QTest::addRow("upper and digits minus ABC012, 32")
        << o << QStringLiteral("DEFGHIJKLMNOPQRSTUVWXYZ3456789") << double(32 * std::log2(30.0L));

    o = Options();
    o.length = 64;
    o.lookAlikes = true;
    QString noLookAlikes;
    for (QChar ch : Upper + Lower + Digits + Symbols)
        if (!LookAlikes.contains(ch))
            noLookAlikes += ch;
    // 94 - 15 look-alikes = 79 symbols.
    QTest::addRow("all classes without look-alikes, 64")
        << o << noLookAlikes << double(64 * std::log2(79.0L));

    o = Options();
    o.length = 12;
    o.upper = o.lower = o.digits = false;
    o.custom = QStringLiteral("€é");
    // 32 punctuation characters plus two extras.
    QTest::addRow("symbols plus custom, 12")
        << o << Symbols + QStringLiteral("€é") << double(12 * std::log2(34.0L));

    o = Options();
    o.length = 8;
    o.upper = o.symbols = false;
    o.minDigits = 1;
    // README example: 36^8 - 26^8 = 2612282842880 passwords meet "at least one digit".
    QTest::addRow("lower and digits, at least one digit, 8")
        << o << Lower + Digits << double(std::log2(std::pow(36.0L, 8) - std::pow(26.0L, 8)));

    o = Options();
    o.length = 8;
    o.upper = o.symbols = false;
    o.eachKind = true;
    // At least one of each kind: all, less those with no digit, less those with no letter.
    QTest::addRow("lower and digits, one of each kind, 8")
        << o << Lower + Digits
        << double(std::log2(std::pow(36.0L, 8) - std::pow(26.0L, 8) - std::pow(10.0L, 8)));

    o = Options();
    o.length = 10;
    o.minUpper = 3;
    o.minSymbols = 3;
    // Sum over u >= 3 capitals and s >= 3 symbols of C(10,u) C(10-u,s) 26^u 32^s 36^(10-u-s):
    // the other 36 are the small letters and digits, which have no minimum.
    long double count = 0;
    for (int u = 3; u <= 10; ++u) {
        for (int s = 3; u + s <= 10; ++s) {
            count += std::exp2(log2Binomial(10, u) + log2Binomial(10 - u, s)) * std::pow(26.0L, u) *
                     std::pow(32.0L, s) * std::pow(36.0L, 10 - u - s);
        }
    }
    QTest::addRow("at least 3 capitals and 3 symbols, 10")
        << o << Upper + Lower + Digits + Symbols << double(std::log2(count));
}

void TestGuiPassword::valuesMatchOptions()
{
    QFETCH(Options, options);
    QFETCH(QString, allowed);
    QFETCH(double, bits);
    apply(options);

    QVERIFY2(m_field->hasValue(), qPrintable(m_field->errorText()));
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(), guitest::entropyText(bits));

    // The same options straight into the core give the same entropy.
    passforge::PasswordGenerator core;
    core.setLength(options.length);
    core.setClassEnabled(passforge::PasswordGenerator::Upper, options.upper);
    core.setClassEnabled(passforge::PasswordGenerator::Lower, options.lower);
    core.setClassEnabled(passforge::PasswordGenerator::Digits, options.digits);
    core.setClassEnabled(passforge::PasswordGenerator::Symbols, options.symbols);
    core.setCustom(options.custom);
    core.setExclude(options.exclude);
    core.setAvoidLookAlikes(options.lookAlikes);
    core.setEachClassRequired(options.eachKind);
    core.setMinimum(passforge::PasswordGenerator::Upper, options.minUpper);
    core.setMinimum(passforge::PasswordGenerator::Lower, options.minLower);
    core.setMinimum(passforge::PasswordGenerator::Digits, options.minDigits);
    core.setMinimum(passforge::PasswordGenerator::Symbols, options.minSymbols);
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(core.entropyBits()));
    QVERIFY(std::abs(core.entropyBits() - bits) < 1e-6);

    auto *regenerate = child<QPushButton>(m_tab, "regenerateButton");
    for (int round = 0; round < 25; ++round) {
        QTest::mouseClick(regenerate, Qt::LeftButton);
        const QString v = value();
        QCOMPARE(v.size(), options.length); // every allowed character here is one UTF-16 unit
        int upper = 0, symbols = 0, digits = 0;
        for (QChar ch : v) {
            QVERIFY2(allowed.contains(ch), qPrintable(v));
            upper += Upper.contains(ch);
            digits += Digits.contains(ch);
            symbols += Symbols.contains(ch);
        }
        QVERIFY2(upper >= options.minUpper, qPrintable(v));
        QVERIFY2(digits >= options.minDigits, qPrintable(v));
        QVERIFY2(symbols >= options.minSymbols, qPrintable(v));
    }
}

void TestGuiPassword::sliderAndSpinBoxStayInStep()
{
    auto *slider = child<QSlider>(m_tab, "lengthSlider");
    auto *spin = child<QSpinBox>(m_tab, "lengthSpinBox");
    // The CLI's range, from core: 1 to 1024.
    QCOMPARE(slider->minimum(), 1);
    QCOMPARE(slider->maximum(), 1024);
    QCOMPARE(child<QLabel>(m_tab, "lengthSpinBoxRange")->text(), QStringLiteral("1–1024"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(spin->value(), 1024);
    QCOMPARE(value().size(), 1024);
    guitest::typeInto(spin, 37);
    QCOMPARE(slider->value(), 37);
    QCOMPARE(value().size(), 37);
}

void TestGuiPassword::invalidStatesExplainAndRecover_data()
{
    QTest::addColumn<Options>("invalid");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<Options>("fixed");
    QTest::addColumn<QString>("allowed");

    Options bad;
    bad.upper = bad.lower = bad.digits = bad.symbols = false;
    Options good = bad;
    good.lower = true;
    QTest::addRow("no character class")
        << bad << QStringLiteral("Choose at least one kind of character") << good << Lower;

    bad = Options();
    bad.length = 4;
    bad.minDigits = 5;
    good = bad;
    good.minDigits = 2;
    QTest::addRow("minimums over the length")
        << bad << QStringLiteral("The minimums add up to 5, more than the length of 4.") << good
        << Upper + Lower + Digits + Symbols;

    bad = Options();
    bad.upper = bad.lower = bad.symbols = false;
    bad.exclude = Digits;
    good = bad;
    good.exclude = QStringLiteral("012345678");
    QTest::addRow("exclude empties the alphabet")
        << bad << QStringLiteral("The excluded characters leave nothing to choose from.") << good
        << QStringLiteral("9");

    bad = Options();
    bad.upper = bad.symbols = false;
    bad.minDigits = 1;
    bad.exclude = Digits;
    good = bad;
    good.minDigits = 0;
    QTest::addRow("exclude empties a class with a minimum")
        << bad << QStringLiteral("Every character of 0–9 is excluded, but its minimum is 1.")
        << good << Lower;

    bad = Options();
    bad.length = 3;
    bad.eachKind = true;
    good = bad;
    good.length = 4;
    QTest::addRow("one of each kind over the length")
        << bad
        << QStringLiteral("A password of 3 characters cannot hold one of each of the 4 kinds "
                          "chosen. Make it longer, or turn off “At least one of each kind”.")
        << good << Upper + Lower + Digits + Symbols;

    bad = Options();
    bad.custom = QString(QChar(0x0301)); // a combining acute accent on its own
    good = Options();
    good.custom = QStringLiteral("e") + QChar(0x0301);
    QTest::addRow("lone combining mark") << bad << QStringLiteral("cannot stand alone") << good
                                         << Upper + Lower + Digits + Symbols + QChar(0x0301);
}

void TestGuiPassword::invalidStatesExplainAndRecover()
{
    QFETCH(Options, invalid);
    QFETCH(QString, explanation);
    QFETCH(Options, fixed);
    QFETCH(QString, allowed);
    auto *copy = child<QPushButton>(m_tab, "copyButton");
    auto *copyAction = child<QAction>(m_window, "copyAction");
    QVERIFY(copyAction);

    apply(invalid);
    QVERIFY(!m_field->hasValue());
    QVERIFY2(m_field->errorText().contains(explanation), qPrintable(m_field->errorText()));
    // The explanation stands where the value was.
    QCOMPARE(m_field->toPlainText(), m_field->errorText());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!copyAction->isEnabled());
    // No value, so no entropy line ("— bits" would only be noise), and nothing to regenerate.
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(), QString());
    QVERIFY(!child<QPushButton>(m_tab, "regenerateButton")->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("regenerateAction"))->isEnabled());
    QCOMPARE(child<QProgressBar>(m_tab, "strengthBar")->value(), 0);
    // Regenerate and Ctrl+C in the field do nothing but keep the explanation.
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
    m_field->setFocus();
    QTest::keyClick(m_field, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(!m_field->hasValue());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));

    apply(fixed);
    QVERIFY2(m_field->hasValue(), qPrintable(m_field->errorText()));
    QVERIFY(m_field->errorText().isEmpty());
    QVERIFY(copy->isEnabled());
    QVERIFY(copyAction->isEnabled());
    QCOMPARE(m_field->toPlainText(), value());
    for (QChar ch : value())
        QVERIFY2(allowed.contains(ch), qPrintable(value()));
    // An accent from "Also use" only ever comes with its e: "é" is one symbol.
    for (qsizetype i = 0; i < value().size(); ++i) {
        if (value().at(i) == QChar(0x0301))
            QVERIFY2(i > 0 && value().at(i - 1) == QLatin1Char('e'), qPrintable(value()));
    }
    int graphemes = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, value());
    while (finder.toNextBoundary() != -1)
        ++graphemes;
    QCOMPARE(graphemes, fixed.length);
    if (fixed.minDigits > 0) {
        int digits = 0;
        for (QChar ch : value())
            digits += Digits.contains(ch);
        QVERIFY2(digits >= fixed.minDigits, qPrintable(value()));
    }
}

void TestGuiPassword::siteRulesApply()
{
    // activision.com: 8 to 20 characters, a letter and a digit, at most 2 alike in a row.
    auto *site = child<QLineEdit>(m_tab, "siteEdit");
    auto *description = child<QLabel>(m_tab, "rulesDescription");
    guitest::typeInto(child<QSpinBox>(m_tab, "lengthSpinBox"), 40);
    guitest::typeInto(site, QStringLiteral("www.activision.com"));
    QVERIFY2(m_field->hasValue(), qPrintable(m_field->errorText()));
    // 40 is outside the rules' 8 to 20: the length starts from the rules' default, 20.
    QCOMPARE(child<QSpinBox>(m_tab, "lengthSpinBox")->value(), 20);
    QCOMPARE(description->text(),
             QStringLiteral("activision.com: 8–20 characters, at least one letter, at least one "
                            "digit, only letters and digits, no more than 2 identical in a row"));
    QVERIFY(!child<QCheckBox>(m_tab, "upperCheck")->isEnabled());
    QVERIFY(!child<QLineEdit>(m_tab, "rulesEdit")->isEnabled());
    const QString letters = Upper + Lower;
    for (int i = 0; i < 50; ++i) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        const QString v = value();
        QCOMPARE(v.size(), 20);
        QVERIFY2(std::all_of(v.begin(), v.end(),
                             [&](QChar c) { return (letters + Digits).contains(c); }),
                 qPrintable(v));
        QVERIFY2(std::any_of(v.begin(), v.end(), [&](QChar c) { return Digits.contains(c); }),
                 qPrintable(v));
        QVERIFY2(std::any_of(v.begin(), v.end(), [&](QChar c) { return letters.contains(c); }),
                 qPrintable(v));
        for (qsizetype k = 2; k < v.size(); ++k)
            QVERIFY2(!(v[k] == v[k - 1] && v[k] == v[k - 2]), qPrintable(v));
    }
    // The entropy line is the rules' exact count, from the same generator the CLI uses.
    passforge::PasswordGenerator expected;
    expected.setRules(passforge::PasswordRules::parse(
        QStringLiteral("minlength: 8; maxlength: 20; max-consecutive: 2; required: lower, upper; "
                       "required: digit;")));
    expected.setLength(20);
    QVERIFY(child<QLabel>(m_tab, "entropyLabel")
                ->text()
                .contains(QString::number(std::floor(expected.entropyBits()), 'f', 0)));

    // A length outside the rules is explained; an unknown site too; clearing restores classes.
    guitest::typeInto(child<QSpinBox>(m_tab, "lengthSpinBox"), 21);
    QVERIFY(!m_field->hasValue());
    QVERIFY2(m_field->errorText().contains(QStringLiteral("8 to 20")),
             qPrintable(m_field->errorText()));
    guitest::typeInto(site, QStringLiteral("example.invalid"));
    QVERIFY2(m_field->errorText().contains(QStringLiteral("“example.invalid”")),
             qPrintable(m_field->errorText()));
    guitest::typeInto(site, QString());
    QVERIFY2(m_field->hasValue(), qPrintable(m_field->errorText()));
    QVERIFY(child<QCheckBox>(m_tab, "upperCheck")->isEnabled());
    QVERIFY(description->isHidden());
}

void TestGuiPassword::typedRulesApplyAndExplain()
{
    auto *rules = child<QLineEdit>(m_tab, "rulesEdit");
    guitest::typeInto(rules, QStringLiteral("required: purple"));
    QVERIFY(!m_field->hasValue());
    QVERIFY2(m_field->errorText().contains(QStringLiteral("unknown class 'purple' at position 10")),
             qPrintable(m_field->errorText()));
    guitest::typeInto(rules,
                      QStringLiteral("minlength: 6; maxlength: 6; required: [xy]; allowed: [ab]"));
    QVERIFY2(m_field->hasValue(), qPrintable(m_field->errorText()));
    QCOMPARE(value().size(), 6);
    for (QChar c : value())
        QVERIFY2(QStringLiteral("abxy").contains(c), qPrintable(value()));
    QCOMPARE(child<QLabel>(m_tab, "rulesDescription")->text(),
             QStringLiteral("exactly 6 characters, at least one of xy, only abxy"));
}

void TestGuiPassword::easyToSay_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("capital");
    QTest::addColumn<bool>("digit");
    QTest::addRow("default length") << 20 << false << false;
    QTest::addRow("capital and digit") << 16 << true << true;
    QTest::addRow("shortest, digit") << 4 << false << true;
}

void TestGuiPassword::easyToSay()
{
    QFETCH(int, length);
    QFETCH(bool, capital);
    QFETCH(bool, digit);
    auto *style = child<QComboBox>(m_tab, "styleCombo");
    style->setCurrentIndex(style->findData(QStringLiteral("easy")));
    // The kinds of character give way to the capital and the digit.
    QVERIFY(!child<QCheckBox>(m_tab, "upperCheck")->isVisible());
    QVERIFY(!child<QLineEdit>(m_tab, "siteEdit")->isVisible());
    QVERIFY(child<QCheckBox>(m_tab, "easyCapitalCheck")->isVisible());
    guitest::typeInto(child<QSpinBox>(m_tab, "lengthSpinBox"), length);
    guitest::setChecked(child<QCheckBox>(m_tab, "easyCapitalCheck"), capital);
    guitest::setChecked(child<QCheckBox>(m_tab, "easyDigitCheck"), digit);
    passforge::PronounceableGenerator core;
    core.setLength(length);
    core.setCapital(capital);
    core.setDigit(digit);
    QCOMPARE(child<QLabel>(m_tab, "entropyLabel")->text(),
             guitest::entropyText(core.entropyBits()));
    // Syllables of the documented letters; one capital and one digit where asked.
    const QRegularExpression syllables(QStringLiteral("\\A(?:[%1][%2][%3]?)+\\z")
                                           .arg(passforge::PronounceableGenerator::onsets(),
                                                passforge::PronounceableGenerator::vowels(),
                                                passforge::PronounceableGenerator::codas()));
    for (int i = 0; i < 30; ++i) {
        QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
        QString v = value();
        QCOMPARE(v.size(), length);
        const qsizetype capitals =
            std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isUpper(); });
        const qsizetype digits =
            std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); });
        QCOMPARE(capitals, capital ? 1 : 0);
        QCOMPARE(digits, digit ? 1 : 0);
        v.remove(QRegularExpression(QStringLiteral("[0-9]")));
        QVERIFY2(syllables.match(v.toLower()).hasMatch(), qPrintable(v));
    }
    // Too short for a syllable and a digit: explained, nothing made.
    guitest::typeInto(child<QSpinBox>(m_tab, "lengthSpinBox"), 3);
    QVERIFY(!m_field->hasValue());
    QCOMPARE(m_field->errorText(),
             QStringLiteral("Easy-to-say passwords take 4 to 1024 characters."));
    // Back to random characters: the kinds of character are back.
    style->setCurrentIndex(style->findData(QStringLiteral("random")));
    QVERIFY(child<QCheckBox>(m_tab, "upperCheck")->isVisible());
    QVERIFY(!child<QCheckBox>(m_tab, "easyCapitalCheck")->isVisible());
}

void TestGuiPassword::easyToSayComesBack()
{
    // The style is an option like the others: kept for the next start.
    auto *style = child<QComboBox>(m_tab, "styleCombo");
    style->setCurrentIndex(style->findData(QStringLiteral("easy")));
    guitest::setChecked(child<QCheckBox>(m_tab, "easyDigitCheck"), true);
    QVERIFY(m_fixture->reopen());
    QWidget *tab = child<QWidget>(m_fixture->window(), "passwordTab");
    QCOMPARE(child<QComboBox>(tab, "styleCombo")->currentData().toString(), QStringLiteral("easy"));
    QVERIFY(child<QCheckBox>(tab, "easyDigitCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(tab, "upperCheck")->isVisibleTo(tab));
    const QString v = child<ValueDisplay>(tab, "valueField")->value();
    QCOMPARE(std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }), 1);
}

QTEST_MAIN(TestGuiPassword)
#include "tst_gui_password.moc"
