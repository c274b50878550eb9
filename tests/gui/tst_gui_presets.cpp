// SPDX-License-Identifier: GPL-3.0-or-later
// The preset row at the top of each generator tab: the built-ins, choosing one, "(modified)",
// save, rename, delete (or hide), import and export, a file that does not read, and a preset
// that survives a restart. What the window writes is read back by passforge-cli itself.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PresetBar.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
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

#include <memory>

using guitest::child;
using passforge::Presets;

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
        child<QTabWidget>(m_fixture->window(), "tabs")->setCurrentWidget(tab);
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
    const CliResult cli = runCli(
        {QStringLiteral("password"), QStringLiteral("--preset"), preset, QStringLiteral("--json")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject line = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    QCOMPARE(line.value(QLatin1String("value")).toString().size(), length);
    QVERIFY(
        std::abs(
            line.value(QLatin1String("entropy_bits")).toDouble() -
            child<QLabel>(tab, "entropyLabel")->text().section(QLatin1Char(' '), 0, 0).toDouble()) <
        0.06);
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
             QByteArray(R"({"words":8})"));
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
        {"name": "Big", "command": "token", "options": {"bytes": 2000}},
        {"name": "Raw", "command": "token", "options": {"format": "raw"}}]})"));
    QWidget *tab = showTab("tokenTab");
    QVERIFY(tab);
    PresetBar *bar = barOf(tab);
    const int bytes = child<QSpinBox>(tab, "bytesSpinBox")->value();
    QCOMPARE(bar->choose(QStringLiteral("Big")),
             QStringLiteral("“Big” cannot be used here: the option 'bytes' must be a whole number "
                            "from 1 to 1024, not 2000"));
    QCOMPARE(child<QSpinBox>(tab, "bytesSpinBox")->value(), bytes);
    QCOMPARE(bar->currentName(), QString());
    QCOMPARE(comboOf(tab)->currentText(), QStringLiteral("No preset"));
    QCOMPARE(bar->choose(QStringLiteral("Raw")),
             QStringLiteral("“Raw” cannot be used here: the window has no token format 'raw'; "
                            "use hex, urlsafe, base64, base32 or uuid"));
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
