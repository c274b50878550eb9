// SPDX-License-Identifier: GPL-3.0-or-later
// The preset row at the top of each generator tab: the built-ins, choosing one, "(modified)",
// save, rename, delete (or hide), import and export, a file that does not read, and a preset
// that survives a restart. What the window writes is read back by passforge-cli itself.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PresetBar.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "WordlistChooser.h"
#include "passforge/Presets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <memory>

using guitest::child;
using passforge::Presets;
using namespace Qt::StringLiterals;

namespace {

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

// Moves through the combo with the arrow keys, as a person does, to the item shown as text:
// each step is a choice (activated), as it is for them.
bool chooseItem(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != target && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == target;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// passforge-cli with the same $XDG_CONFIG_HOME as the window.
CliResult runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(PASSFORGE_CLI), args);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Whether passforge-cli password --preset NAME makes a password of this length with the entropy
// the tab shows (to its two decimals).
bool cliAgrees(QWidget *tab, const QString &preset, int length)
{
    const CliResult cli = runCli(
        {QStringLiteral("password"), QStringLiteral("--preset"), preset, QStringLiteral("--json")});
    const QJsonObject line = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    const double shown =
        child<QLabel>(tab, "entropyLabel")->text().section(QLatin1Char(' '), 0, 0).toDouble();
    const bool agrees =
        cli.exitCode == 0 && line.value(QLatin1String("value")).toString().size() == length &&
        std::abs(line.value(QLatin1String("entropy_bits")).toDouble() - shown) < 0.06;
    if (!agrees)
        qWarning("passforge-cli: %s%s (the tab shows %.2f bits)", qPrintable(cli.out),
                 qPrintable(cli.err), shown);
    return agrees;
}

} // namespace

class TestGuiPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::installTranslations(); }
    void init();
    void cleanup();

    void builtInsAreOnThePasswordTabOnly();
    void choosingAPresetSetsTheOptions_data();
    void choosingAPresetSetsTheOptions();
    void changingAnOptionShowsModified();
    void saveRenameDeleteAndTheCliAgrees();
    void saveAsAsksForAName();
    void savedDefaultsComeBackTheSame();
    void refusedNamesAreExplained_data();
    void refusedNamesAreExplained();
    void builtInsAreHiddenNotDeleted();
    void importAndExport();
    void aPresetTheTabCannotUseIsRefused();
    void sitesAndRules_data();
    void sitesAndRules();
    void refusedSitesAndRules_data();
    void refusedSitesAndRules();
    void optionsThatCannotBeChosenAreNotSaved();
    void wordlistPresets();
    void aUuidPresetKeepsTheByteCount();
    void saveKeepsWhatAnotherProgramWrote();
    void aFileThatDoesNotReadIsKept();
    void theChoiceSurvivesARestart();

private:
    QWidget *showTab(const char *name);
    PresetBar *barOf(QWidget *tab) const { return child<PresetBar>(tab, "presetBar"); }
    QComboBox *comboOf(QWidget *tab) const { return child<QComboBox>(tab, "presetCombo"); }
    QString presetsPath() const
    {
        return QFileInfo(m_fixture->config().settingsPath())
            .dir()
            .filePath(QStringLiteral("presets.json"));
    }
    // A presets file holding one password preset with these options (JSON text).
    bool writePasswordPreset(const QString &name, const QByteArray &options) const
    {
        return writeFile(presetsPath(), R"({"version": 1, "presets": [{"name": ")" + name.toUtf8() +
                                            R"(", "command": "password", "options": )" + options +
                                            "}]}");
    }
    QString valueOf(QWidget *tab) const { return child<ValueDisplay>(tab, "valueField")->value(); }

    std::unique_ptr<guitest::WindowFixture> m_fixture;
};

void TestGuiPresets::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
}

void TestGuiPresets::cleanup()
{
    m_fixture.reset();
}

QWidget *TestGuiPresets::showTab(const char *name)
{
    if (!m_fixture->window() && !m_fixture->open())
        return nullptr;
    auto *tab = child<QWidget>(m_fixture->window(), name);
    if (tab)
        ::showTab(child<QTabWidget>(m_fixture->window(), "tabs"), tab);
    return tab;
}

void TestGuiPresets::builtInsAreOnThePasswordTabOnly()
{
    QWidget *password = showTab("passwordTab");
    QVERIFY(password);
    QCOMPARE(itemTexts(comboOf(password)),
             QStringList({QStringLiteral("No preset"), QStringLiteral("PIN (6 digits)"),
                          QStringLiteral("Wi-Fi (WPA2, 24 easy-to-type characters)"),
                          QStringLiteral("Maximum (64, all kinds)")}));
    QCOMPARE(comboOf(password)->currentText(), QStringLiteral("No preset"));
    for (const char *name : {"passphraseTab", "tokenTab", "numberTab"}) {
        QWidget *tab = showTab(name);
        QVERIFY(tab);
        QCOMPARE(itemTexts(comboOf(tab)), QStringList({QStringLiteral("No preset")}));
    }
    // Nothing is written until the user saves a preset.
    QVERIFY(!QFile::exists(presetsPath()));
}

void TestGuiPresets::choosingAPresetSetsTheOptions_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("checked"); // the class checks on, in screen order
    QTest::addColumn<bool>("eachKind");
    QTest::addColumn<bool>("lookAlikes");
    QTest::addColumn<QString>("alphabet");

    QTest::newRow("PIN") << "PIN (6 digits)" << 6 << "digits" << false << false << "0123456789";
    QTest::newRow("Wi-Fi") << "Wi-Fi (WPA2, 24 easy-to-type characters)" << 24
                           << "upper lower digits" << false << true
                           << "ACDEFHJKLMNPQRTUVWXYabcdefghijkmnpqrstuvwxyz34679";
    // Minimums of one for every kind are "at least one of each kind".
    QTest::newRow("Maximum") << "Maximum (64, all kinds)" << 64 << "upper lower digits symbols"
                             << true << false << QString();
}

void TestGuiPresets::choosingAPresetSetsTheOptions()
{
    QFETCH(QString, preset);
    QFETCH(int, length);
    QFETCH(QString, checked);
    QFETCH(bool, eachKind);
    QFETCH(bool, lookAlikes);
    QFETCH(QString, alphabet);

    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    QVERIFY(chooseItem(comboOf(tab), preset));
    QCOMPARE(barOf(tab)->currentName(), preset);
    QVERIFY(!barOf(tab)->isModified());
    QCOMPARE(child<QSpinBox>(tab, "lengthSpinBox")->value(), length);
    QStringList on;
    for (const char *name : {"upper", "lower", "digits", "symbols"}) {
        if (child<QCheckBox>(tab, (std::string(name) + "Check").c_str())->isChecked())
            on << QString::fromLatin1(name);
    }
    QCOMPARE(on.join(QLatin1Char(' ')), checked);
    QCOMPARE(child<QCheckBox>(tab, "eachKindCheck")->isChecked(), eachKind);
    QCOMPARE(child<QCheckBox>(tab, "lookAlikesCheck")->isChecked(), lookAlikes);
    // The value follows at once.
    const QString value = valueOf(tab);
    QCOMPARE(value.size(), length);
    for (QChar ch : value)
        QVERIFY2(alphabet.isEmpty() || alphabet.contains(ch), qPrintable(value));
    // The same preset on the command line makes passwords of the same kind and entropy.
    QVERIFY(cliAgrees(tab, preset, length));
}

void TestGuiPresets::changingAnOptionShowsModified()
{
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    QComboBox *combo = comboOf(tab);
    QVERIFY(chooseItem(combo, QStringLiteral("PIN (6 digits)")));
    auto *length = child<QSpinBox>(tab, "lengthSpinBox");
    guitest::typeInto(length, 8);
    QVERIFY(barOf(tab)->isModified());
    QCOMPARE(combo->currentText(), QStringLiteral("PIN (6 digits) (modified)"));
    // Back to what the preset says: no longer modified.
    guitest::typeInto(length, 6);
    QVERIFY(!barOf(tab)->isModified());
    QCOMPARE(combo->currentText(), QStringLiteral("PIN (6 digits)"));
    // Choosing the preset again resets what was changed.
    guitest::setChecked(child<QCheckBox>(tab, "upperCheck"), true);
    QCOMPARE(combo->currentText(), QStringLiteral("PIN (6 digits) (modified)"));
    QCOMPARE(barOf(tab)->choose(QStringLiteral("PIN (6 digits)")), QString());
    QVERIFY(!child<QCheckBox>(tab, "upperCheck")->isChecked());
    QCOMPARE(combo->currentText(), QStringLiteral("PIN (6 digits)"));
    // "No preset" keeps the options and drops the name.
    QVERIFY(chooseItem(combo, QStringLiteral("No preset")));
    QCOMPARE(barOf(tab)->currentName(), QString());
    QCOMPARE(length->value(), 6);
}

void TestGuiPresets::saveRenameDeleteAndTheCliAgrees()
{
    QWidget *tab = showTab("tokenTab");
    QVERIFY(tab);
    guitest::typeInto(child<QSpinBox>(tab, "bytesSpinBox"), 24);
    auto *format = child<QComboBox>(tab, "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("base32")));
    PresetBar *bar = barOf(tab);
    QCOMPARE(bar->saveAs(QStringLiteral("api")), QString());
    QCOMPARE(bar->message(), QStringLiteral("Saved the preset “api”."));
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("api"));

    // The file is in the issue's format.
    const QJsonObject file = readJson(presetsPath());
    QCOMPARE(file.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(QJsonDocument(file.value(QLatin1String("presets")).toArray())
                 .toJson(QJsonDocument::Compact),
             QByteArray(
                 R"([{"command":"token","name":"api","options":{"bytes":24,"format":"base32"}}])"));
    // passforge-cli reads it: 24 bytes of base32 are 39 characters without padding.
    CliResult cli =
        runCli({QStringLiteral("token"), QStringLiteral("--preset"), QStringLiteral("api")});
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.out.trimmed().size(), 39);
    cli = runCli({QStringLiteral("presets")});
    QVERIFY2(cli.out.contains(QStringLiteral("api\ttoken\t--bytes 24 --format base32")),
             qPrintable(cli.out));

    QCOMPARE(bar->renameCurrent(QStringLiteral("api key")), QString());
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("api key"));
    QCOMPARE(bar->message(), QStringLiteral("Renamed “api” to “api key”."));
    cli = runCli({QStringLiteral("token"), QStringLiteral("--preset"), QStringLiteral("api")});
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(
        runCli({QStringLiteral("token"), QStringLiteral("--preset"), QStringLiteral("api key")})
            .exitCode,
        0);

    QCOMPARE(bar->deleteCurrent(), QString());
    QCOMPARE(bar->message(), QStringLiteral("Deleted the preset “api key”."));
    QCOMPARE(itemTexts(comboOf(tab)), QStringList({QStringLiteral("No preset")}));
    // The options stay as they were.
    QCOMPARE(child<QSpinBox>(tab, "bytesSpinBox")->value(), 24);
    QVERIFY(readJson(presetsPath()).value(QLatin1String("presets")).toArray().isEmpty());
    QCOMPARE(
        runCli({QStringLiteral("token"), QStringLiteral("--preset"), QStringLiteral("api key")})
            .exitCode,
        2);
}

void TestGuiPresets::saveAsAsksForAName()
{
    QWidget *tab = showTab("passphraseTab");
    QVERIFY(tab);
    guitest::typeInto(child<QSpinBox>(tab, "wordsSpinBox"), 8);
    auto *saveAction = child<QAction>(tab, "presetSaveAs");
    QVERIFY(saveAction && saveAction->isEnabled());
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *edit = dialog->findChild<QLineEdit *>();
        guitest::typeInto(edit, QStringLiteral("Long words"));
        QTest::keyClick(edit, Qt::Key_Return);
        answered = true;
    });
    saveAction->trigger();
    QVERIFY(answered);
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("Long words"));
    const Presets presets = Presets::load(presetsPath(), nullptr);
    const Presets::Preset *saved = presets.find(QStringLiteral("Long words"));
    QVERIFY(saved);
    QCOMPARE(saved->command, QStringLiteral("passphrase"));
    QCOMPARE(QJsonDocument(saved->options).toJson(QJsonDocument::Compact),
             QByteArray(R"({"list":"en","words":8})"));
    // Rename and Delete are for the preset chosen; the built-ins of other tabs are not here.
    QVERIFY(child<QAction>(tab, "presetRename")->isEnabled());
    QCOMPARE(child<QAction>(tab, "presetDelete")->text(), QStringLiteral("&Delete preset"));
}

void TestGuiPresets::savedDefaultsComeBackTheSame()
{
    // The window's defaults, "at least one of each kind" included, are minimums of one.
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QCOMPARE(bar->saveAs(QStringLiteral("Mine")), QString());
    const Presets presets = Presets::load(presetsPath(), nullptr);
    const Presets::Preset *saved = presets.find(QStringLiteral("Mine"));
    QVERIFY(saved);
    QCOMPARE(
        QJsonDocument(saved->options).toJson(QJsonDocument::Compact),
        QByteArray(R"({"length":20,"min-digits":1,"min-lower":1,"min-symbols":1,"min-upper":1})"));
    // Changed, then chosen again: the same screen as before.
    guitest::setChecked(child<QCheckBox>(tab, "eachKindCheck"), false);
    guitest::setChecked(child<QCheckBox>(tab, "symbolsCheck"), false);
    QVERIFY(bar->isModified());
    QCOMPARE(bar->choose(QStringLiteral("Mine")), QString());
    QVERIFY(child<QCheckBox>(tab, "eachKindCheck")->isChecked());
    QVERIFY(child<QCheckBox>(tab, "symbolsCheck")->isChecked());
    for (const char *spin : {"minUpperSpin", "minLowerSpin", "minDigitsSpin", "minSymbolsSpin"})
        QCOMPARE(child<QSpinBox>(tab, spin)->value(), 0);
    QVERIFY(!bar->isModified());

    // Only extra characters and no kind has no preset form: the CLI would use all four kinds.
    for (const char *check : {"upperCheck", "lowerCheck", "digitsCheck", "symbolsCheck"})
        guitest::setChecked(child<QCheckBox>(tab, check), false);
    guitest::typeInto(child<QLineEdit>(tab, "customEdit"), QStringLiteral("abc"));
    QCOMPARE(bar->saveAs(QStringLiteral("Only abc")),
             QStringLiteral("With no kind of character chosen, passforge-cli would use all four, "
                            "so these options cannot be a preset: choose at least one kind."));
    QVERIFY(!Presets::load(presetsPath(), nullptr).find(QStringLiteral("Only abc")));
}

void TestGuiPresets::refusedNamesAreExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("built-in") << "PIN (6 digits)"
                              << "There is already a preset named “PIN (6 digits)”.";
    QTest::newRow("taken") << "Taken"
                           << "There is already a preset named “Taken”.";
    QTest::newRow("empty") << "  "
                           << "A preset's name must not be empty, longer than 64 characters, "
                              "start or end with a space, or hold control characters.";
    QTest::newRow("too long") << QString(65, QLatin1Char('x'))
                              << "A preset's name must not be empty, longer than 64 characters, "
                                 "start or end with a space, or hold control characters.";
    QTest::newRow("control") << "a\tb"
                             << "A preset's name must not be empty, longer than 64 characters, "
                                "start or end with a space, or hold control characters.";
}

void TestGuiPresets::refusedNamesAreExplained()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QCOMPARE(bar->saveAs(QStringLiteral("Taken")), QString());
    QCOMPARE(bar->saveAs(name), message);
    QCOMPARE(bar->message(), message);
    QCOMPARE(Presets::load(presetsPath(), nullptr).userPresets().size(), std::size_t(1));
    // Renaming to a taken name is refused the same way, and the name stays.
    if (name == QLatin1String("Taken"))
        return;
    QCOMPARE(bar->renameCurrent(name), message);
    QCOMPARE(bar->currentName(), QStringLiteral("Taken"));
}

void TestGuiPresets::builtInsAreHiddenNotDeleted()
{
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QVERIFY(chooseItem(comboOf(tab), QStringLiteral("Maximum (64, all kinds)")));
    QVERIFY(!child<QAction>(tab, "presetRename")->isEnabled());
    QCOMPARE(child<QAction>(tab, "presetDelete")->text(), QStringLiteral("&Hide built-in preset"));
    QCOMPARE(bar->renameCurrent(QStringLiteral("Big")),
             QStringLiteral("Built-in presets cannot be renamed; save a copy under a new name "
                            "instead."));
    QCOMPARE(bar->deleteCurrent(), QString());
    QVERIFY(!itemTexts(comboOf(tab)).contains(QStringLiteral("Maximum (64, all kinds)")));
    QCOMPARE(readJson(presetsPath()).value(QLatin1String("hidden")).toArray(),
             QJsonArray({QStringLiteral("Maximum (64, all kinds)")}));
    // Hidden for the CLI too.
    QCOMPARE(runCli({QStringLiteral("password"), QStringLiteral("--preset"),
                     QStringLiteral("Maximum (64, all kinds)")})
                 .exitCode,
             2);
    auto *showHidden = child<QAction>(tab, "presetShowHidden");
    QVERIFY(showHidden->isEnabled());
    showHidden->trigger();
    QVERIFY(itemTexts(comboOf(tab)).contains(QStringLiteral("Maximum (64, all kinds)")));
    QVERIFY(!showHidden->isEnabled());
    QCOMPARE(runCli({QStringLiteral("password"), QStringLiteral("--preset"),
                     QStringLiteral("Maximum (64, all kinds)")})
                 .exitCode,
             0);
}

void TestGuiPresets::importAndExport()
{
    QWidget *tab = showTab("numberTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QCOMPARE(bar->saveAs(QStringLiteral("Die")), QString());
    QTemporaryDir dir;
    const QString incoming = dir.filePath(QStringLiteral("incoming.json"));
    QVERIFY(writeFile(incoming, R"({"version": 1, "presets": [
        {"name": "Die", "command": "number", "options": {"min": 1, "max": 6}},
        {"name": "Huge", "command": "number",
         "options": {"min": -9223372036854775808, "max": 9223372036854775807}},
        {"name": "Bank PIN", "command": "password", "options": {"length": 6, "digits": true}}]})"));
    QCOMPARE(bar->importFile(incoming), QString());
    QCOMPARE(bar->message(),
             QStringLiteral("Imported 3 presets from %1.").arg(QDir::toNativeSeparators(incoming)));
    QCOMPARE(itemTexts(comboOf(tab)),
             QStringList({QStringLiteral("No preset"), QStringLiteral("Die"),
                          QStringLiteral("Die (2)"), QStringLiteral("Huge")}));
    // The password preset went to its own tab.
    QVERIFY(itemTexts(comboOf(showTab("passwordTab"))).contains(QStringLiteral("Bank PIN")));
    showTab("numberTab");
    // 64-bit bounds arrive exactly.
    QVERIFY(chooseItem(comboOf(tab), QStringLiteral("Huge")));
    QCOMPARE(child<QLineEdit>(tab, "minEdit")->text(), QStringLiteral("-9223372036854775808"));
    QCOMPARE(child<QLineEdit>(tab, "maxEdit")->text(), QStringLiteral("9223372036854775807"));

    const QString outgoing = dir.filePath(QStringLiteral("out/presets.json"));
    QCOMPARE(bar->exportFile(outgoing), QString());
    QCOMPARE(bar->message(),
             QStringLiteral("Exported 4 presets to %1.").arg(QDir::toNativeSeparators(outgoing)));
    QString error;
    const Presets exported = Presets::load(outgoing, &error);
    QCOMPARE(error, QString());
    QCOMPARE(exported.userPresets().size(), std::size_t(4));
    QCOMPARE(exported.find(QStringLiteral("Huge"))->options.value(QLatin1String("max")).toInteger(),
             Q_INT64_C(9223372036854775807));
    // What the user hid is a choice for this window, not part of what is shared.
    QVERIFY(!readJson(outgoing).contains(QLatin1String("hidden")));

    // A file that is not presets is refused, naming the problem; nothing is added.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, "{\"version\": 1, \"presets\": [\n  {\"name\": 5}]}"));
    QCOMPARE(bar->importFile(bad),
             QStringLiteral("Could not import presets: %1: preset 1 needs a string \"name\", a "
                            "string \"command\" and an \"options\" object")
                 .arg(bad));
    QCOMPARE(Presets::load(presetsPath(), nullptr).userPresets().size(), std::size_t(4));
}

void TestGuiPresets::aPresetTheTabCannotUseIsRefused()
{
    QVERIFY(writeFile(presetsPath(), R"({"version": 1, "presets": [
        {"name": "Fine", "command": "token", "options": {"bytes": 16, "format": "base32"}},
        {"name": "Big", "command": "token", "options": {"bytes": 2000}},
        {"name": "Raw", "command": "token", "options": {"format": "raw"}}]})"));
    QWidget *tab = showTab("tokenTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QVERIFY(chooseItem(comboOf(tab), QStringLiteral("Fine")));
    QCOMPARE(child<QSpinBox>(tab, "bytesSpinBox")->value(), 16);
    const QString value = valueOf(tab);
    // Refused: the options, the value and the choice all stay as they were.
    QCOMPARE(bar->choose(QStringLiteral("Big")),
             QStringLiteral("“Big” cannot be used here: the option 'bytes' must be a whole number "
                            "from 1 to 1024, not 2000"));
    QCOMPARE(bar->message(), bar->choose(QStringLiteral("Big")));
    QCOMPARE(child<QSpinBox>(tab, "bytesSpinBox")->value(), 16);
    QCOMPARE(child<QComboBox>(tab, "formatCombo")->currentData().toString(),
             QStringLiteral("base32"));
    QCOMPARE(valueOf(tab), value);
    QCOMPARE(bar->currentName(), QStringLiteral("Fine"));
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("Fine"));
    QVERIFY(!bar->isModified());
    QCOMPARE(bar->choose(QStringLiteral("Raw")),
             QStringLiteral("“Raw” cannot be used here: the window has no token format 'raw'; "
                            "use hex, urlsafe, base64, base32 or uuid"));
    QCOMPARE(bar->currentName(), QStringLiteral("Fine"));
}

void TestGuiPresets::sitesAndRules_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("rules");
    // A site's rules, at the default length of 20 inside its range of 8 to 63.
    QTest::newRow("site") << QByteArray(R"({"site": "apple.com"})") << 20
                          << QStringLiteral("apple.com") << QString();
    QTest::newRow("site and length") << QByteArray(R"({"site": "apple.com", "length": 63})") << 63
                                     << QStringLiteral("apple.com") << QString();
    // 20 clamped into the rules' range.
    QTest::newRow("rules") << QByteArray(R"({"rules": "minlength: 30; required: digit"})") << 30
                           << QString() << QStringLiteral("minlength: 30; required: digit");
}

void TestGuiPresets::sitesAndRules()
{
    QFETCH(QByteArray, options);
    QFETCH(int, length);
    QFETCH(QString, site);
    QFETCH(QString, rules);
    QVERIFY(writePasswordPreset(QStringLiteral("Rules"), options));
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    QCOMPARE(barOf(tab)->choose(QStringLiteral("Rules")), QString());
    QVERIFY(!barOf(tab)->isModified());
    QCOMPARE(child<QSpinBox>(tab, "lengthSpinBox")->value(), length);
    QCOMPARE(child<QLineEdit>(tab, "siteEdit")->text(), site);
    QCOMPARE(child<QLineEdit>(tab, "rulesEdit")->text(), rules);
    const QString value = valueOf(tab);
    QCOMPARE(value.size(), length);
    QVERIFY2(std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }),
             qPrintable(value));
    // passforge-cli reads the same preset the same way.
    QVERIFY(cliAgrees(tab, QStringLiteral("Rules"), length));
}

void TestGuiPresets::refusedSitesAndRules_data()
{
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("cliError");
    QTest::newRow("a length outside the site's range")
        << QByteArray(R"({"site": "apple.com", "length": 4})")
        << QStringLiteral("the length must be from 8 to 63 for these rules, not 4")
        << QStringLiteral("--length must be from 8 to 63 for these rules, not 4");
    QTest::newRow("a length outside the rules' range")
        << QByteArray(R"({"rules": "maxlength: 12", "length": 20})")
        << QStringLiteral("the length must be from 1 to 12 for these rules, not 20")
        << QStringLiteral("--length must be from 1 to 12 for these rules, not 20");
    QTest::newRow("an unknown site")
        << QByteArray(R"({"site": "nowhere.invalid"})")
        << QStringLiteral("no password rules are known for the site “nowhere.invalid”")
        << QStringLiteral("no rules are known for the site 'nowhere.invalid'; give them with "
                          "--rules");
    QTest::newRow("rules with an error")
        << QByteArray(R"({"rules": "required: purple"})")
        << QStringLiteral("the rules have an error: unknown class 'purple' at position 10")
        << QStringLiteral("--rules: unknown class 'purple' at position 10");
}

void TestGuiPresets::refusedSitesAndRules()
{
    QFETCH(QByteArray, options);
    QFETCH(QString, problem);
    QFETCH(QString, cliError);
    QVERIFY(writePasswordPreset(QStringLiteral("Bad"), options));
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    const int length = child<QSpinBox>(tab, "lengthSpinBox")->value();
    QCOMPARE(barOf(tab)->choose(QStringLiteral("Bad")),
             QStringLiteral("“Bad” cannot be used here: ") + problem);
    QCOMPARE(child<QSpinBox>(tab, "lengthSpinBox")->value(), length);
    QCOMPARE(child<QLineEdit>(tab, "siteEdit")->text(), QString());
    QCOMPARE(barOf(tab)->currentName(), QString());
    // The command line refuses the same preset.
    const CliResult cli =
        runCli({QStringLiteral("password"), QStringLiteral("--preset"), QStringLiteral("Bad")});
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(cli.out, QString());
    QCOMPARE(cli.err, QStringLiteral("passforge-cli: ") + cliError + u'\n');
}

void TestGuiPresets::optionsThatCannotBeChosenAreNotSaved()
{
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    guitest::typeInto(child<QLineEdit>(tab, "siteEdit"), QStringLiteral("nowhere.invalid"));
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Nowhere")),
             QStringLiteral("These options cannot be saved as a preset: no password rules are "
                            "known for the site “nowhere.invalid”"));
    QVERIFY(!QFile::exists(presetsPath()));
    // A known site with a length inside its range saves, and chooses back unmodified.
    guitest::typeInto(child<QLineEdit>(tab, "siteEdit"), QStringLiteral("apple.com"));
    guitest::typeInto(child<QSpinBox>(tab, "lengthSpinBox"), 40);
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Apple 40")), QString());
    QCOMPARE(
        Presets::load(presetsPath(), nullptr).find(QStringLiteral("Apple 40"))->options,
        (QJsonObject{{QStringLiteral("length"), 40}, {QStringLiteral("site"), u"apple.com"_s}}));
    QVERIFY(!barOf(tab)->isModified());
}

void TestGuiPresets::wordlistPresets()
{
    QTemporaryDir dir;
    const QString words = dir.filePath(QStringLiteral("words.txt"));
    QByteArray list;
    for (int i = 0; i < 2048; ++i)
        list += QByteArray(1, char('a' + i / 676)) + char('a' + i / 26 % 26) + char('a' + i % 26) +
                '\n';
    QVERIFY(writeFile(words, list));
    QWidget *tab = showTab("passphraseTab");
    QVERIFY(tab);
    QVERIFY(child<WordlistChooser>(tab, "wordlistChooser")->loadFile(words));
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Three letters")), QString());
    const Presets saved = Presets::load(presetsPath(), nullptr);
    QCOMPARE(saved.find(QStringLiteral("Three letters"))
                 ->options.value(QLatin1String("wordlist"))
                 .toString(),
             QFileInfo(words).absoluteFilePath());
    // Back to the built-in list, then the preset brings the file back.
    auto *lists = child<QComboBox>(tab, "wordlistCombo");
    QVERIFY(chooseItem(lists, lists->itemText(0)));
    QCOMPARE(child<WordlistChooser>(tab, "wordlistChooser")->filePath(), QString());
    QVERIFY(barOf(tab)->isModified());
    QCOMPARE(barOf(tab)->choose(QStringLiteral("Three letters")), QString());
    QCOMPARE(child<WordlistChooser>(tab, "wordlistChooser")->filePath(),
             QFileInfo(words).absoluteFilePath());
    QVERIFY(!barOf(tab)->isModified());
    // passforge-cli uses the same file, from any directory.
    const CliResult cli = runCli({QStringLiteral("passphrase"), QStringLiteral("--preset"),
                                  QStringLiteral("Three letters")});
    QCOMPARE(cli.exitCode, 0);
    const QStringList drawn = cli.out.trimmed().split(QLatin1Char('-'));
    QCOMPARE(drawn.size(), 6);
    for (const QString &word : drawn)
        QVERIFY2(list.contains(word.toUtf8() + '\n') && word.size() == 3, qPrintable(cli.out));

    // A relative path would mean another file in every directory: the file is refused whole,
    // by the window and by the command line alike.
    QVERIFY(writeFile(presetsPath(), R"({"version": 1, "presets": [
        {"name": "Here", "command": "passphrase", "options": {"wordlist": "words.txt"}}]})"));
    QVERIFY(m_fixture->reopen());
    tab = showTab("passphraseTab");
    const QString problem =
        QStringLiteral("preset 'Here': the option 'wordlist' must be an absolute path, not "
                       "'words.txt'");
    QVERIFY2(barOf(tab)->message().endsWith(problem), qPrintable(barOf(tab)->message()));
    const CliResult relative =
        runCli({QStringLiteral("passphrase"), QStringLiteral("--preset"), QStringLiteral("Here")});
    QCOMPARE(relative.exitCode, 2);
    QVERIFY2(relative.err.endsWith(problem + u'\n'), qPrintable(relative.err));
}

void TestGuiPresets::aUuidPresetKeepsTheByteCount()
{
    QVERIFY(writeFile(presetsPath(), R"({"version": 1, "presets": [
        {"name": "UUID", "command": "token", "options": {"format": "uuid"}},
        {"name": "Sized UUID", "command": "token", "options": {"format": "uuid", "bytes": 8}}]})"));
    QWidget *tab = showTab("tokenTab");
    QVERIFY(tab);
    auto *bytes = child<QSpinBox>(tab, "bytesSpinBox");
    guitest::typeInto(bytes, 24);
    QCOMPARE(barOf(tab)->choose(QStringLiteral("UUID")), QString());
    QCOMPARE(child<QComboBox>(tab, "formatCombo")->currentData().toString(),
             QStringLiteral("uuid"));
    QCOMPARE(valueOf(tab).size(), 36);
    // A UUID has no size of its own: the one chosen for other formats stays.
    QCOMPARE(bytes->value(), 24);
    QVERIFY(!barOf(tab)->isModified());
    // As on the command line, bytes and a UUID are refused together.
    QCOMPARE(barOf(tab)->choose(QStringLiteral("Sized UUID")),
             QStringLiteral("“Sized UUID” cannot be used here: the option 'bytes' does not apply "
                            "to the uuid format, which is always 122 random bits"));
    const CliResult cli =
        runCli({QStringLiteral("token"), QStringLiteral("--preset"), QStringLiteral("Sized UUID")});
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(cli.err, QStringLiteral("passforge-cli: --bytes does not apply to --format uuid, "
                                     "which is always 122 random bits\n"));
}

void TestGuiPresets::saveKeepsWhatAnotherProgramWrote()
{
    QWidget *tab = showTab("numberTab");
    QVERIFY(tab);
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Mine")), QString());
    // Another window, or a hand edit, adds a preset after this window read the file.
    QJsonObject root = readJson(presetsPath());
    QJsonArray list = root.value(QLatin1String("presets")).toArray();
    list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Theirs")},
                            {QStringLiteral("command"), QStringLiteral("number")},
                            {QStringLiteral("options"),
                             QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 6}}}});
    root.insert(QLatin1String("presets"), list);
    QVERIFY(writeFile(presetsPath(), QJsonDocument(root).toJson()));
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Also mine")), QString());
    QString error;
    const Presets now = Presets::load(presetsPath(), &error);
    QCOMPARE(error, QString());
    QStringList names;
    for (const Presets::Preset &preset : now.userPresets())
        names << preset.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Mine"), QStringLiteral("Theirs"),
                                 QStringLiteral("Also mine")}));
    // The window offers what the file holds now.
    QCOMPARE(itemTexts(comboOf(tab)),
             (QStringList{QStringLiteral("No preset"), QStringLiteral("Mine"),
                          QStringLiteral("Theirs"), QStringLiteral("Also mine")}));
    // A name taken meanwhile elsewhere is refused, not written twice.
    list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Taken")},
                            {QStringLiteral("command"), QStringLiteral("number")},
                            {QStringLiteral("options"),
                             QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 2}}}});
    root.insert(QLatin1String("presets"), list);
    QVERIFY(writeFile(presetsPath(), QJsonDocument(root).toJson()));
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Taken")),
             QStringLiteral("There is already a preset named “Taken”."));
    QVERIFY(itemTexts(comboOf(tab)).contains(QStringLiteral("Taken")));
}

void TestGuiPresets::aFileThatDoesNotReadIsKept()
{
    const QByteArray broken = "{\"version\": 1,\n \"presets\": [}";
    QVERIFY(writeFile(presetsPath(), broken));
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    QVERIFY2(bar->message().startsWith(QStringLiteral(
                 "The presets file cannot be read, so only the built-in presets are offered: ")),
             qPrintable(bar->message()));
    QVERIFY2(bar->message().contains(QStringLiteral("line 2, column")), qPrintable(bar->message()));
    // The built-ins still work; saving is refused so that the user's file is not lost.
    QVERIFY(chooseItem(comboOf(tab), QStringLiteral("PIN (6 digits)")));
    QVERIFY(bar->saveAs(QStringLiteral("New"))
                .startsWith(
                    QStringLiteral("The presets file has a problem, so it is left as it is: ")));
    QFile file(presetsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestGuiPresets::theChoiceSurvivesARestart()
{
    QWidget *tab = showTab("passwordTab");
    QVERIFY(tab);
    QVERIFY(chooseItem(comboOf(tab), QStringLiteral("PIN (6 digits)")));
    QVERIFY(m_fixture->reopen());
    tab = showTab("passwordTab");
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("PIN (6 digits)"));
    QVERIFY(!barOf(tab)->isModified());
    QCOMPARE(child<QSpinBox>(tab, "lengthSpinBox")->value(), 6);
    // A change is remembered with the choice, and still shows as one.
    guitest::typeInto(child<QSpinBox>(tab, "lengthSpinBox"), 9);
    QVERIFY(m_fixture->reopen());
    tab = showTab("passwordTab");
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("PIN (6 digits) (modified)"));
    QCOMPARE(child<QSpinBox>(tab, "lengthSpinBox")->value(), 9);
    // A preset deleted elsewhere (by hand, or by another window) leaves no name behind.
    QVERIFY(m_fixture->reopen());
    tab = showTab("passphraseTab");
    QCOMPARE(barOf(tab)->saveAs(QStringLiteral("Gone")), QString());
    QVERIFY(QFile::remove(presetsPath()));
    QVERIFY(m_fixture->reopen());
    tab = showTab("passphraseTab");
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("No preset"));
    QCOMPARE(barOf(tab)->currentName(), QString());
}

QTEST_MAIN(TestGuiPresets)
#include "tst_gui_presets.moc"
