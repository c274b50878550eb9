// SPDX-License-Identifier: GPL-3.0-or-later
// The token and number tabs through their widgets: output format and range, entropy, and the
// invalid states with recovery.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>

#include <cmath>
#include <limits>

using guitest::child;
using namespace Qt::Literals::StringLiterals;

class TestGuiGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tokenDefaults();
    void tokenFormats_data();
    void tokenFormats();
    void numbersInRange_data();
    void numbersInRange();
    void numberFieldsTakeOnlyInt64();
    void typedNumbersAreNeverCut_data();
    void typedNumbersAreNeverCut();
    void numberInvalidStatesExplainAndRecover_data();
    void numberInvalidStatesExplainAndRecover();

private:
    QWidget *showTab(const char *name);
    void setNumberOptions(const QString &min, const QString &max, int count, bool distinct);

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestGuiGenerators::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiGenerators::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
}

void TestGuiGenerators::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

QWidget *TestGuiGenerators::showTab(const char *name)
{
    QWidget *tab = child<QWidget>(m_window, name);
    if (tab)
        ::showTab(child<QTabWidget>(m_window, "tabs"), tab);
    return tab;
}

void TestGuiGenerators::tokenDefaults()
{
    QWidget *tab = showTab("tokenTab");
    QVERIFY(tab);
    // 32 bytes as hex: 64 lowercase hex digits, 256 bits.
    const QString value = child<ValueDisplay>(tab, "valueField")->value();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(value).hasMatch(),
             qPrintable(value));
    QCOMPARE(child<QLabel>(tab, "entropyLabel")->text(),
             QStringLiteral("256.0 bits — very strong"));
    // The range is core's, stated beside the field (the box itself takes any number typed).
    QCOMPARE(child<QLabel>(tab, "bytesSpinBoxRange")->text(), u"1–1024"_s);
}

void TestGuiGenerators::tokenFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("bits");

    // Lengths from RFC 4648: hex 2n; base64 4*ceil(n/3) with '=' padding; base64url without
    // padding ceil(4n/3); base32 without padding ceil(8n/5).
    for (int n : {1, 5, 16, 32, 1024}) {
        QTest::addRow("hex %d", n)
            << QStringLiteral("hex") << n << QStringLiteral("^[0-9a-f]{%1}$").arg(2 * n) << 8.0 * n;
        const int padding = (3 - n % 3) % 3;
        QTest::addRow("base64 %d", n) << QStringLiteral("base64") << n
                                      << QStringLiteral("^[A-Za-z0-9+/]{%1}={%2}$")
                                             .arg(4 * ((n + 2) / 3) - padding)
                                             .arg(padding)
                                      << 8.0 * n;
        QTest::addRow("urlsafe %d", n)
            << QStringLiteral("urlsafe") << n
            << QStringLiteral("^[A-Za-z0-9_-]{%1}$").arg((4 * n + 2) / 3) << 8.0 * n;
        QTest::addRow("base32 %d", n)
            << QStringLiteral("base32") << n
            << QStringLiteral("^[A-Z2-7]{%1}$").arg((8 * n + 4) / 5) << 8.0 * n;
    }
    // RFC 9562: version nibble 4, variant bits 10 (8, 9, a or b); 122 random bits.
    QTest::addRow("uuid") << QStringLiteral("uuid") << 32
                          << QStringLiteral(
                                 "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                 "[0-9a-f]{12}$")
                          << 122.0;
}

void TestGuiGenerators::tokenFormats()
{
    QFETCH(QString, format);
    QFETCH(int, bytes);
    QFETCH(QString, pattern);
    QFETCH(double, bits);
    QWidget *tab = showTab("tokenTab");
    auto *combo = child<QComboBox>(tab, "formatCombo");
    auto *spin = child<QSpinBox>(tab, "bytesSpinBox");
    QVERIFY(combo && spin);
    const int index = combo->findData(format);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    if (format != QLatin1String("uuid"))
        guitest::typeInto(spin, bytes);
    // A UUID's size is fixed, so its byte count is not asked for.
    QCOMPARE(spin->isEnabled(), format != QLatin1String("uuid"));
    QCOMPARE(child<QLabel>(tab, "entropyLabel")->text(), guitest::entropyText(bits));

    const QRegularExpression re(pattern);
    auto *field = child<ValueDisplay>(tab, "valueField");
    QSet<QString> seen;
    for (int round = 0; round < 20; ++round) {
        QTest::mouseClick(child<QPushButton>(tab, "regenerateButton"), Qt::LeftButton);
        const QString value = field->value();
        QVERIFY2(re.match(value).hasMatch(), qPrintable(value));
        // Decoding gives back exactly the number of bytes asked for.
        const QByteArray ascii = value.toLatin1();
        if (format == QLatin1String("hex")) {
            QCOMPARE(QByteArray::fromHex(ascii).size(), bytes);
        } else if (format == QLatin1String("base64")) {
            QCOMPARE(QByteArray::fromBase64(ascii).size(), bytes);
        } else if (format == QLatin1String("urlsafe")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                ascii, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), bytes);
        }
        seen.insert(value);
    }
    // 20 draws of at least 8 bits each: repeats are possible only for one byte (and then
    // 20 distinct values out of 256 is not guaranteed), so only check larger tokens.
    if (bits >= 40)
        QCOMPARE(seen.size(), 20);
}

void TestGuiGenerators::setNumberOptions(const QString &min, const QString &max, int count,
                                         bool distinct)
{
    QWidget *tab = child<QWidget>(m_window, "numberTab");
    guitest::typeInto(child<QLineEdit>(tab, "minEdit"), min);
    guitest::typeInto(child<QLineEdit>(tab, "maxEdit"), max);
    guitest::typeInto(child<QSpinBox>(tab, "countSpinBox"), count);
    guitest::setChecked(child<QCheckBox>(tab, "distinctCheck"), distinct);
}

void TestGuiGenerators::numbersInRange_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<double>("bits");
    QTest::addColumn<QString>("line");

    // Each of count independent draws from N values gives log2(N) bits; a distinct draw
    // gives log2(N (N-1) ... (N-count+1)). A number is no secret: the line says what it is,
    // with no strength word.
    QTest::addRow("one die") << QStringLiteral("1") << QStringLiteral("6") << 1 << false
                             << double(std::log2(6.0L))
                             << QStringLiteral("one of 6 values (2.58 bits)");
    QTest::addRow("fifty dice") << QStringLiteral("1") << QStringLiteral("6") << 50 << false
                                << double(50 * std::log2(6.0L))
                                << QStringLiteral("50 values, each one of 6 (129.25 bits in all)");
    QTest::addRow("negative, distinct")
        << QStringLiteral("-1000") << QStringLiteral("-990") << 5 << true
        << double(std::log2(11.0L * 10 * 9 * 8 * 7))
        << QStringLiteral("5 distinct values of 11 (15.76 bits in all)");
    QTest::addRow("whole 64-bit range")
        << QStringLiteral("-9223372036854775808") << QStringLiteral("9223372036854775807") << 3
        << false << 192.0
        << QStringLiteral("3 values, each one of 18446744073709551616 (192.00 bits in all)");
    QTest::addRow("one value") << QStringLiteral("7") << QStringLiteral("7") << 3 << false << 0.0
                               << QStringLiteral("3 values, each one of 1 (0.00 bits in all)");
    // 10! = 3628800 orders.
    QTest::addRow("permutation of ten")
        << QStringLiteral("1") << QStringLiteral("10") << 10 << true
        << double(std::log2(3628800.0L))
        << QStringLiteral("10 distinct values of 10 (21.79 bits in all)");
}

void TestGuiGenerators::numbersInRange()
{
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(int, count);
    QFETCH(bool, distinct);
    QFETCH(double, bits);
    QFETCH(QString, line);
    QWidget *tab = showTab("numberTab");
    QVERIFY(tab);
    setNumberOptions(min, max, count, distinct);
    auto *field = child<ValueDisplay>(tab, "valueField");
    QVERIFY2(field->hasValue(), qPrintable(field->errorText()));
    QCOMPARE(child<QLabel>(tab, "entropyLabel")->text(), line);
    QVERIFY(line.contains(QString::number(bits, 'f', 2)));
    QVERIFY(!child<QWidget>(tab, "strengthBar")->isVisible());

    const qint64 lo = min.toLongLong();
    const qint64 hi = max.toLongLong();
    bool sawNegative = false, sawPositive = false;
    for (int round = 0; round < 20; ++round) {
        QTest::mouseClick(child<QPushButton>(tab, "regenerateButton"), Qt::LeftButton);
        const QStringList lines = field->value().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), count);
        QSet<qint64> values;
        for (const QString &line : lines) {
            bool ok = false;
            const qint64 v = line.toLongLong(&ok);
            QVERIFY2(ok, qPrintable(line));
            QVERIFY2(v >= lo && v <= hi, qPrintable(line));
            values.insert(v);
            sawNegative = sawNegative || v < 0;
            sawPositive = sawPositive || v > 0;
        }
        if (distinct)
            QCOMPARE(values.size(), count);
    }
    // Over the whole range, 60 draws all on one side of zero has probability 2^-59.
    if (lo == std::numeric_limits<qint64>::min())
        QVERIFY(sawNegative && sawPositive);
}

void TestGuiGenerators::numberFieldsTakeOnlyInt64()
{
    QWidget *tab = showTab("numberTab");
    auto *minEdit = child<QLineEdit>(tab, "minEdit");
    QVERIFY(minEdit);
    // Letters are refused keystroke by keystroke.
    guitest::typeInto(minEdit, QStringLiteral("12ab3"));
    QCOMPARE(minEdit->text(), QStringLiteral("123"));
    // 2^63 does not fit: it stays as typed (never a number ten times smaller), and the field
    // says why in place of a value.
    guitest::typeInto(minEdit, QStringLiteral("9223372036854775808"));
    QCOMPARE(minEdit->text(), QStringLiteral("9223372036854775808"));
    auto *field = child<ValueDisplay>(tab, "valueField");
    QVERIFY(!field->hasValue());
    QCOMPARE(field->errorText(), QStringLiteral("The minimum must be from -9223372036854775808 to "
                                                "9223372036854775807."));
    QVERIFY(!child<QPushButton>(tab, "regenerateButton")->isEnabled());
    guitest::typeInto(minEdit, QStringLiteral("-9223372036854775808"));
    QCOMPARE(minEdit->text(), QStringLiteral("-9223372036854775808"));
    QVERIFY(field->hasValue());
}

void TestGuiGenerators::typedNumbersAreNeverCut_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("spin");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("explanation");
    QTest::addRow("length 300") << u"passwordTab"_s << u"lengthSpinBox"_s << u"300"_s << u"1–1024"_s
                                << QString();
    QTest::addRow("length 2000") << u"passwordTab"_s << u"lengthSpinBox"_s << u"2000"_s
                                 << u"1–1024"_s << u"The length must be from 1 to 1024."_s;
    QTest::addRow("bytes 5000") << u"tokenTab"_s << u"bytesSpinBox"_s << u"5000"_s << u"1–1024"_s
                                << u"A token needs from 1 to 1024 bytes."_s;
    QTest::addRow("words 99") << u"passphraseTab"_s << u"wordsSpinBox"_s << u"99"_s << u"1–40"_s
                              << u"A passphrase needs from 1 to 40 words."_s;
    QTest::addRow("count 5000") << u"numberTab"_s << u"countSpinBox"_s << u"5000"_s << u"1–1000"_s
                                << u"The count must be from 1 to 1000."_s;
}

void TestGuiGenerators::typedNumbersAreNeverCut()
{
    // No keystroke is dropped: a number outside the range stays as typed, the range beside the
    // field turns red, and the value field says what is wrong. Back in range, it recovers.
    QFETCH(QString, tab);
    QFETCH(QString, spin);
    QFETCH(QString, typed);
    QFETCH(QString, range);
    QFETCH(QString, explanation);
    QWidget *page = showTab(tab.toLatin1().constData());
    auto *box = child<QSpinBox>(page, spin.toLatin1().constData());
    auto *label = child<QLabel>(page, (spin + u"Range"_s).toLatin1().constData());
    QVERIFY(box && label);
    QCOMPARE(label->text(), range);
    QVERIFY(label->isVisible());
    QVERIFY(!label->property("outOfRange").toBool());
    guitest::typeInto(box, typed.toInt());
    QCOMPARE(box->text(), typed);
    QCOMPARE(box->value(), typed.toInt());
    auto *field = child<ValueDisplay>(page, "valueField");
    if (explanation.isEmpty()) {
        QVERIFY2(field->hasValue(), qPrintable(field->errorText()));
        QVERIFY(!label->property("outOfRange").toBool());
        return;
    }
    QVERIFY(!field->hasValue());
    QCOMPARE(field->errorText(), explanation);
    QVERIFY(label->property("outOfRange").toBool());
    QVERIFY(label->palette().color(QPalette::WindowText) !=
            page->palette().color(QPalette::PlaceholderText));
    QVERIFY(!child<QPushButton>(page, "regenerateButton")->isEnabled());
    guitest::typeInto(box, range.section(u'–', 1).toInt());
    QVERIFY(field->hasValue());
    QVERIFY(!label->property("outOfRange").toBool());
}

void TestGuiGenerators::numberInvalidStatesExplainAndRecover_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("fixedMax");

    QTest::addRow("min above max")
        << QStringLiteral("10") << QStringLiteral("5") << 1 << false
        << QStringLiteral("The minimum 10 is above the maximum 5.") << QStringLiteral("20");
    QTest::addRow("too few values for distinct")
        << QStringLiteral("1") << QStringLiteral("3") << 5 << true
        << QStringLiteral("From 1 to 3 there are fewer than 5 different values")
        << QStringLiteral("5");
    QTest::addRow("no minimum") << QString() << QStringLiteral("9") << 1 << false
                                << QStringLiteral("Enter a whole number as the minimum.")
                                << QStringLiteral("9");
    QTest::addRow("only a sign as maximum")
        << QStringLiteral("1") << QStringLiteral("-") << 1 << false
        << QStringLiteral("Enter a whole number as the maximum.") << QStringLiteral("2");
}

void TestGuiGenerators::numberInvalidStatesExplainAndRecover()
{
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(int, count);
    QFETCH(bool, distinct);
    QFETCH(QString, explanation);
    QFETCH(QString, fixedMax);
    QWidget *tab = showTab("numberTab");
    auto *field = child<ValueDisplay>(tab, "valueField");
    auto *copy = child<QPushButton>(tab, "copyButton");
    setNumberOptions(min, max, count, distinct);
    QVERIFY(!field->hasValue());
    QVERIFY2(field->errorText().contains(explanation), qPrintable(field->errorText()));
    QCOMPARE(field->toPlainText(), field->errorText());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!child<QAction>(m_window, "copyAction")->isEnabled());

    if (min.isEmpty())
        guitest::typeInto(child<QLineEdit>(tab, "minEdit"), QStringLiteral("1"));
    guitest::typeInto(child<QLineEdit>(tab, "maxEdit"), fixedMax);
    QVERIFY2(field->hasValue(), qPrintable(field->errorText()));
    QVERIFY(copy->isEnabled());
    QVERIFY(child<QAction>(m_window, "copyAction")->isEnabled());
    const QStringList lines = field->value().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), count);
    for (const QString &line : lines) {
        const qint64 v = line.toLongLong();
        QVERIFY(v >= child<QLineEdit>(tab, "minEdit")->text().toLongLong());
        QVERIFY(v <= fixedMax.toLongLong());
    }
}

QTEST_MAIN(TestGuiGenerators)
#include "tst_gui_generators.moc"
