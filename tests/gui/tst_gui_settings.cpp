// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: where the file is, that every option and the geometry come back in a second window,
// that "restore the last options" can be turned off, that bad values are clamped, that the
// preferences reach ClipboardGuard, and that no generated value, list or draw result is ever
// written to the file.
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PickListEdit.h"
#include "PreferencesDialog.h"
#include "TabPage.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>

using guitest::child;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileLocationAndFormat();
    void optionsAndGeometryPersist();
    void secondStartBuildsTabsOnDemand();
    void closingEarlyStopsTheBuild();
    void tabOrderOnBothStarts_data();
    void tabOrderOnBothStarts();
    void restoreCanBeTurnedOff();
    void badValuesAreClamped_data();
    void badValuesAreClamped();
    void preferencesReachTheGuard();
    void noGeneratedValueIsWritten();

private:
    void writeSettings(const QByteArray &ini);
    QWidget *tab(MainWindow &window, const char *name);
    bool startOnce();

    std::unique_ptr<guitest::ConfigDir> m_config;
};

void TestGuiSettings::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiSettings::init()
{
    m_config = std::make_unique<guitest::ConfigDir>();
    QVERIFY(m_config->isValid());
}

void TestGuiSettings::cleanup()
{
    m_config.reset();
}

void TestGuiSettings::writeSettings(const QByteArray &ini)
{
    QDir().mkpath(QFileInfo(m_config->settingsPath()).path());
    QFile file(m_config->settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(ini);
}

QWidget *TestGuiSettings::tab(MainWindow &window, const char *name)
{
    QWidget *page = child<QWidget>(&window, name);
    showTab(child<QTabWidget>(&window, "tabs"), page);
    return page;
}

void TestGuiSettings::fileLocationAndFormat()
{
    QCOMPARE(AppSettings().filePath(), m_config->settingsPath());
    {
        guitest::WindowParts parts;
        MainWindow window(parts.os, parts.settings);
        guitest::typeInto(child<QSpinBox>(tab(window, "passwordTab"), "lengthSpinBox"), 42);
    }
    // Plain INI: a [password] group with length=42.
    const QByteArray ini = m_config->settingsBytes();
    QVERIFY2(ini.contains("[password]"), ini.constData());
    QVERIFY2(ini.contains("\nlength=42\n"), ini.constData());
    QSettings direct(m_config->settingsPath(), QSettings::IniFormat);
    QCOMPARE(direct.value(QStringLiteral("password/length")).toInt(), 42);
}

void TestGuiSettings::optionsAndGeometryPersist()
{
    {
        guitest::WindowParts parts;
        MainWindow window(parts.os, parts.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(812, 633);
        QWidget *password = tab(window, "passwordTab");
        guitest::typeInto(child<QSpinBox>(password, "lengthSpinBox"), 33);
        guitest::setChecked(child<QCheckBox>(password, "symbolsCheck"), false);
        guitest::typeInto(child<QLineEdit>(password, "customEdit"), QStringLiteral("§é"));
        guitest::typeInto(child<QLineEdit>(password, "excludeEdit"), QStringLiteral("xyz"));
        guitest::setChecked(child<QCheckBox>(password, "lookAlikesCheck"), true);
        QTest::mouseClick(child<QToolButton>(password, "advancedToggle"), Qt::LeftButton);
        guitest::typeInto(child<QSpinBox>(password, "minDigitsSpin"), 3);
        QTest::mouseClick(child<QToolButton>(password, "showValueToggle"), Qt::LeftButton);

        QWidget *token = tab(window, "tokenTab");
        auto *format = child<QComboBox>(token, "formatCombo");
        format->setCurrentIndex(format->findData(QStringLiteral("base32")));
        guitest::typeInto(child<QSpinBox>(token, "bytesSpinBox"), 20);

        QWidget *number = tab(window, "numberTab");
        guitest::typeInto(child<QLineEdit>(number, "minEdit"),
                          QStringLiteral("-9223372036854775808"));
        guitest::typeInto(child<QLineEdit>(number, "maxEdit"), QStringLiteral("-5"));
        guitest::typeInto(child<QSpinBox>(number, "countSpinBox"), 4);
        guitest::setChecked(child<QCheckBox>(number, "distinctCheck"), true);

        QWidget *pick = tab(window, "pickTab");
        guitest::setChecked(child<QCheckBox>(pick, "removeDuplicatesCheck"), true);
        guitest::typeInto(child<QSpinBox>(pick, "winnersSpinBox"), 7);
        tab(window, "numberTab");
        window.close();
    }

    guitest::WindowParts parts;

    MainWindow window(parts.os, parts.settings);
    // A second start knows its size: only the current tab is built before the window appears,
    // and the others follow it.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("numberTab")));
    for (const char *later : {"passwordTab", "passphraseTab", "tokenTab", "pickTab"})
        QVERIFY2(!window.findChild<QWidget *>(QString::fromLatin1(later)), later);
    QVERIFY(!window.allPagesBuilt());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.allPagesBuilt());
    QCOMPARE(window.size(), QSize(812, 633));
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("numberTab"));
    QWidget *password = child<QWidget>(&window, "passwordTab");
    QCOMPARE(child<QSpinBox>(password, "lengthSpinBox")->value(), 33);
    QCOMPARE(child<QSlider>(password, "lengthSlider")->value(), 33);
    QVERIFY(child<QCheckBox>(password, "upperCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(password, "symbolsCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(password, "customEdit")->text(), QStringLiteral("§é"));
    QCOMPARE(child<QLineEdit>(password, "excludeEdit")->text(), QStringLiteral("xyz"));
    QVERIFY(child<QCheckBox>(password, "lookAlikesCheck")->isChecked());
    QVERIFY(child<QToolButton>(password, "advancedToggle")->isChecked());
    QCOMPARE(child<QSpinBox>(password, "minDigitsSpin")->value(), 3);
    QVERIFY(!child<QToolButton>(password, "showValueToggle")->isChecked());
    auto *field = child<ValueDisplay>(password, "valueField");
    QVERIFY(field->isMasked());
    // The restored options are in force, not only on screen.
    QCOMPARE(field->value().size(), 33);
    for (QChar ch : QStringLiteral("xyz0O1lI"))
        QVERIFY2(!field->value().contains(ch), qPrintable(field->value()));

    QWidget *token = child<QWidget>(&window, "tokenTab");
    QCOMPARE(child<QComboBox>(token, "formatCombo")->currentData().toString(),
             QStringLiteral("base32"));
    QCOMPARE(child<QSpinBox>(token, "bytesSpinBox")->value(), 20);
    QCOMPARE(child<ValueDisplay>(token, "valueField")->value().size(), 32); // ceil(8*20/5)

    QWidget *number = child<QWidget>(&window, "numberTab");
    QCOMPARE(child<QLineEdit>(number, "minEdit")->text(), QStringLiteral("-9223372036854775808"));
    QCOMPARE(child<QLineEdit>(number, "maxEdit")->text(), QStringLiteral("-5"));
    QCOMPARE(child<QSpinBox>(number, "countSpinBox")->value(), 4);
    QVERIFY(child<QCheckBox>(number, "distinctCheck")->isChecked());
    QCOMPARE(child<ValueDisplay>(number, "valueField")->value().split(QLatin1Char('\n')).size(), 4);

    QWidget *pick = child<QWidget>(&window, "pickTab");
    QVERIFY(child<QCheckBox>(pick, "removeDuplicatesCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(pick, "winnersSpinBox")->value(), 7);
}

void TestGuiSettings::restoreCanBeTurnedOff()
{
    {
        guitest::WindowParts parts;
        MainWindow window(parts.os, parts.settings);
        guitest::typeInto(child<QSpinBox>(tab(window, "passwordTab"), "lengthSpinBox"), 50);
    }
    {
        AppSettings settings;
        settings.setValue(AppSettings::RestoreOptions, false);
    }
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    QCOMPARE(child<QSpinBox>(child<QWidget>(&window, "passwordTab"), "lengthSpinBox")->value(), 20);
    QCOMPARE(
        child<ValueDisplay>(child<QWidget>(&window, "passwordTab"), "valueField")->value().size(),
        20);
}

void TestGuiSettings::badValuesAreClamped_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<int>("clearAfter");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("min");
    QTest::addColumn<int>("count");

    QTest::addRow("below the ranges")
        // One character cannot hold one of each kind: that rule is off for this row.
        << QByteArray("[clipboard]\nclearAfterSeconds=3\n[password]\nlength=0\neachKind=false\n"
                      "[token]\nbytes=0\nformat=rot13\n[number]\ncount=-4\n")
        << 5 << 1 << 1 << QStringLiteral("hex") << QStringLiteral("1") << 1;
    QTest::addRow("above the ranges")
        << QByteArray("[clipboard]\nclearAfterSeconds=9999\n[password]\nlength=100000\n"
                      "[token]\nbytes=5000\nformat=uuid\n[number]\ncount=5000\nmin=-12\n")
        << 600 << 1024 << 1024 << QStringLiteral("uuid") << QStringLiteral("-12") << 1000;
    QTest::addRow("not numbers")
        << QByteArray("[clipboard]\nclearAfterSeconds=soon\n[password]\nlength=long\n"
                      "[number]\nmin=1e3\n")
        << 20 << 20 << 32 << QStringLiteral("hex") << QStringLiteral("1") << 1;
    QTest::addRow("zero turns auto-clear off")
        << QByteArray("[clipboard]\nclearAfterSeconds=0\n") << 0 << 20 << 32
        << QStringLiteral("hex") << QStringLiteral("1") << 1;
}

void TestGuiSettings::badValuesAreClamped()
{
    QFETCH(QByteArray, ini);
    QFETCH(int, clearAfter);
    QFETCH(int, length);
    QFETCH(int, bytes);
    QFETCH(QString, format);
    QFETCH(QString, min);
    QFETCH(int, count);
    writeSettings(ini);
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    QCOMPARE(window.clipboardGuard()->clearAfterSeconds(), clearAfter);
    QWidget *password = child<QWidget>(&window, "passwordTab");
    QCOMPARE(child<QSpinBox>(password, "lengthSpinBox")->value(), length);
    QCOMPARE(child<ValueDisplay>(password, "valueField")->value().size(), length);
    QWidget *token = child<QWidget>(&window, "tokenTab");
    QCOMPARE(child<QSpinBox>(token, "bytesSpinBox")->value(), bytes);
    QCOMPARE(child<QComboBox>(token, "formatCombo")->currentData().toString(), format);
    QWidget *number = child<QWidget>(&window, "numberTab");
    QCOMPARE(child<QLineEdit>(number, "minEdit")->text(), min);
    QCOMPARE(child<QSpinBox>(number, "countSpinBox")->value(), count);
}

void TestGuiSettings::preferencesReachTheGuard()
{
    {
        AppSettings settings;
        PreferencesDialog dialog(settings);
        auto *autoClear = child<QCheckBox>(&dialog, "autoClearCheck");
        auto *seconds = child<QSpinBox>(&dialog, "clearAfterSpinBox");
        QVERIFY(autoClear->isChecked());
        QCOMPARE(seconds->value(), 20);
        QCOMPARE(child<QLabel>(&dialog, "clearAfterSpinBoxRange")->text(), QStringLiteral("5–600"));
        guitest::typeInto(seconds, 45);
        guitest::setChecked(child<QCheckBox>(&dialog, "clearOnQuitCheck"), false);
        dialog.save(settings);
    }
    QVERIFY2(m_config->settingsBytes().contains("clearAfterSeconds=45"),
             m_config->settingsBytes().constData());
    {
        guitest::WindowParts parts;
        MainWindow window(parts.os, parts.settings);
        QCOMPARE(window.clipboardGuard()->clearAfterSeconds(), 45);
        QVERIFY(!window.clipboardGuard()->clearOnQuit());
    }
    {
        // Unticking auto-clear stores 0, which is "off".
        AppSettings settings;
        PreferencesDialog dialog(settings);
        QCOMPARE(child<QSpinBox>(&dialog, "clearAfterSpinBox")->value(), 45);
        guitest::setChecked(child<QCheckBox>(&dialog, "autoClearCheck"), false);
        QVERIFY(!child<QSpinBox>(&dialog, "clearAfterSpinBox")->isEnabled());
        dialog.save(settings);
    }
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    QCOMPARE(window.clipboardGuard()->clearAfterSeconds(), 0);
}

void TestGuiSettings::noGeneratedValueIsWritten()
{
    QStringList secrets;
    const QStringList names{QStringLiteral("Participant-Qx7-alpha"),
                            QStringLiteral("Participant-Qx7-bravo"),
                            QStringLiteral("Participant-Qx7-charlie")};
    {
        guitest::WindowParts parts;
        MainWindow window(parts.os, parts.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : {"passwordTab", "passphraseTab", "tokenTab", "numberTab"}) {
            QWidget *page = tab(window, name);
            if (QLatin1String(name) == QLatin1String("numberTab")) {
                // Long numbers, so that finding one by chance is out of the question.
                guitest::typeInto(child<QLineEdit>(page, "minEdit"),
                                  QStringLiteral("1000000000000000000"));
                guitest::typeInto(child<QLineEdit>(page, "maxEdit"),
                                  QStringLiteral("9000000000000000000"));
            }
            // A change of option, so that the tab's options are written too.
            QTest::mouseClick(child<QToolButton>(page, "showValueToggle"), Qt::LeftButton);
            QTest::mouseClick(child<QToolButton>(page, "showValueToggle"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(page, "regenerateButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(page, "copyButton"), Qt::LeftButton);
            const QString value = child<ValueDisplay>(page, "valueField")->value();
            QCOMPARE(QGuiApplication::clipboard()->text(), value);
            secrets << value;
        }
        QWidget *pick = tab(window, "pickTab");
        child<PickListEdit>(pick, "listEdit")->setPlainText(names.join(QLatin1Char('\n')));
        guitest::typeInto(child<QSpinBox>(pick, "winnersSpinBox"), 2);
        QTest::mouseClick(child<QPushButton>(pick, "drawButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(pick, "copyResultButton"), Qt::LeftButton);
        secrets << QGuiApplication::clipboard()->text();
        QTest::mouseClick(child<QPushButton>(pick, "copyRecordButton"), Qt::LeftButton);
        secrets << QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        window.close();
    }
    secrets << names;
    secrets.removeAll(QString());
    const QByteArray file = m_config->settingsBytes();
    // The file was written (so the search below is not over nothing) ...
    QVERIFY(file.contains("[password]") && file.contains("[passphrase]") &&
            file.contains("[number]") && file.contains("[pick]"));
    QVERIFY(file.contains("winners=2"));
    // ... and holds none of the values, list entries or record lines, nor their tails.
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.startsWith(QStringLiteral("Passforge")) ||
            secret.startsWith(QStringLiteral("Date")) ||
            secret.startsWith(QStringLiteral("Entries")) ||
            secret.startsWith(QStringLiteral("Winners")))
            continue; // the record's fixed labels
        for (const QByteArray &form : {secret.toUtf8(), secret.right(12).toUtf8()})
            QVERIFY2(!file.contains(form),
                     qPrintable(
                         QStringLiteral("found %1 in:\n%2").arg(secret, QString::fromUtf8(file))));
    }
    // INI escapes some characters, so also look at every value as QSettings reads it back.
    QSettings read(m_config->settingsPath(), QSettings::IniFormat);
    const QStringList keys = read.allKeys();
    QVERIFY(keys.contains(QStringLiteral("password/length")));
    for (const QString &key : keys) {
        const QString stored = read.value(key).toString();
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() >= 8)
                QVERIFY2(!stored.contains(secret.right(8)), qPrintable(key));
        }
    }
}

// A first start that shows the window and closes it, which saves its size: what the next start
// finds.
bool TestGuiSettings::startOnce()
{
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    window.show();
    const bool exposed = QTest::qWaitForWindowExposed(&window);
    window.close();
    return exposed;
}

void TestGuiSettings::secondStartBuildsTabsOnDemand()
{
    QVERIFY(startOnce());
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("passwordTab")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("tokenTab")));
    // Choosing a tab that is not built yet builds it at once, with its first value.
    child<QTabWidget>(&window, "tabs")->setCurrentIndex(2);
    auto *token = window.findChild<QWidget *>(QStringLiteral("tokenTab"));
    QVERIFY(token);
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("tokenTab"));
    QVERIFY(child<ValueDisplay>(token, "valueField")->hasValue());
    QVERIFY(child<QAction>(&window, "copyAction")->isEnabled());
    // So does an action of such a tab: File > Open list... shows the Pick tab and its dialog.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("pickTab")));
    bool dialogShown = false;
    guitest::withNextDialog([&](QDialog *) { dialogShown = true; });
    child<QAction>(&window, "openListAction")->trigger();
    QVERIFY(dialogShown);
    QCOMPARE(window.currentPage()->objectName(), QStringLiteral("pickTab"));
    // The rest follow the window's first appearance, and each has its value by then.
    QVERIFY(!window.allPagesBuilt());
    window.show();
    QTRY_VERIFY(window.allPagesBuilt());
    for (const char *name : {"passphraseTab", "numberTab"})
        QVERIFY2(child<ValueDisplay>(child<QWidget>(&window, name), "valueField")->hasValue(),
                 name);
}

void TestGuiSettings::closingEarlyStopsTheBuild()
{
    QVERIFY(startOnce());
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    window.show();
    window.close(); // before the tabs not shown are built
    const qsizetype kept = window.history().size();
    QTest::qWait(100);
    // Nothing is made for a closed window, so nothing new lands in the history it cleared.
    QVERIFY(!window.allPagesBuilt());
    QCOMPARE(window.history().size(), kept);
}

void TestGuiSettings::tabOrderOnBothStarts_data()
{
    QTest::addColumn<bool>("secondStart");
    QTest::newRow("first start") << false;
    QTest::newRow("second start") << true;
}

// The focus chain's next (or previous) widget that Tab stops at.
static QWidget *tabStop(QWidget *from, bool forward)
{
    for (QWidget *w = forward ? from->nextInFocusChain() : from->previousInFocusChain();
         w && w != from; w = forward ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            return w;
    }
    return nullptr;
}

void TestGuiSettings::tabOrderOnBothStarts()
{
    QFETCH(bool, secondStart);
    if (secondStart)
        QVERIFY(startOnce());
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.allPagesBuilt());
    // The tabs whose copies are secrets, which Clear now takes back (a number is plain text).
    for (const char *name : {"passwordTab", "passphraseTab", "tokenTab"}) {
        QWidget *page = tab(window, name);
        // A copy shows the status bar's Clear now.
        child<QAbstractButton>(page, "copyButton")->click();
        auto *clear = child<QWidget>(&window, "clipboardStatus")->findChild<QToolButton *>();
        QVERIFY(clear);
        QTRY_VERIFY2(clear->isVisible(), name);
        // Tab leaves the tab bar into the page, and the page's last stop is followed by Clear now.
        QWidget *afterBar = tabStop(child<QTabWidget>(&window, "tabs")->tabBar(), true);
        QVERIFY2(
            afterBar && page->isAncestorOf(afterBar),
            qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') +
                       (afterBar ? QString::fromLatin1(afterBar->metaObject()->className()) +
                                       QLatin1Char('/') + afterBar->objectName() +
                                       QLatin1Char('/') + afterBar->parentWidget()->objectName()
                                 : QString())));
        QWidget *beforeClear = tabStop(clear, false);
        QVERIFY2(beforeClear && page->isAncestorOf(beforeClear), name);
    }
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
