// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-screenshots: opens the real window on the X server in $DISPLAY (Xvfb in
// `./build.sh screenshots`), fills each tab with sample options and grabs it from the server
// into OUTDIR/password.png, passphrase.png, token.png, number.png and pick.png. With --dark it uses
// a dark palette and names the files *-dark.png; with --states it also grabs an invalid password
// (Advanced open, minimums over the length), an invalid passphrase (a lone accent as separator,
// a refused wordlist), an own wordlist that makes the entropy an upper bound, and the
// preferences dialog, for review. Settings go
// to a temporary directory, so the user's own are neither read nor changed.
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "PasswordCheckDialog.h"
#include "PickListEdit.h"
#include "PreferencesDialog.h"
#include "QrDialog.h"
#include "Tabs.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WifiQrDialog.h"
#include "WordlistChooser.h"
#include "passforge/OsRandomSource.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x27));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        std::fprintf(stderr, "passforge-screenshots: no widget named %s\n", name);
        std::exit(1);
    }
    return widget;
}

bool grab(QWidget &window, const QString &path)
{
    QTest::qWait(300); // let the window repaint on the server
    // From the X server itself, so the picture is what a person would see.
    QPixmap pixmap = window.screen()->grabWindow(window.winId());
    if (pixmap.isNull())
        pixmap = window.grab();
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "passforge-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool grabDialog(QDialog &dialog, const QString &path)
{
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) && grab(dialog, path);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("passforge"));
    QApplication::setApplicationName(QStringLiteral("passforge"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QStringList args = QApplication::arguments().mid(1);
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    const bool states = args.removeAll(QStringLiteral("--states")) > 0;
    // --lang CODE: the window in that language (its settings, as Preferences would set it), and
    // the files named *-CODE.png. The scale comes from QT_SCALE_FACTOR; at 2 the files are
    // named *@2x.png.
    QString language;
    if (const qsizetype at = args.indexOf(QStringLiteral("--lang"));
        at >= 0 && at + 1 < args.size()) {
        language = args.at(at + 1);
        args.remove(at, 2);
        AppSettings().setValue(AppSettings::Language, language);
        QLocale::setDefault(QLocale(language));
    }
    if (dark)
        QApplication::setPalette(darkPalette());
    QString suffix = dark ? QStringLiteral("-dark") : QString();
    if (!language.isEmpty())
        suffix += QLatin1Char('-') + language;
    if (qgetenv("QT_SCALE_FACTOR") == "2")
        suffix += QStringLiteral("@2x");
    suffix += QStringLiteral(".png");
    const QDir out(args.value(0, QStringLiteral("docs/screenshots")));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "passforge-screenshots: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    AppSettings settings;
    passforge::OsRandomSource source;
    passforge::gui::installTranslations(app, settings);

    MainWindow window(source, settings); // at its default size, as a new user first sees it
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *tabs = child<QTabWidget>(&window, "tabs");
    bool ok = true;

    showTab(tabs, child<QWidget>(&window, "passwordTab"));
    // Show the clipboard countdown in the status bar, as right after a copy.
    child<QAbstractButton>(child<QWidget>(&window, "passwordTab"), "copyButton")->click();
    ok = grab(window, out.filePath(QStringLiteral("password") + suffix)) && ok;
    window.clipboardGuard()->clearNow();
    window.statusBar()->clearMessage();

    // The Password tab's "Easy to say" style, with a capital and a digit.
    {
        QWidget *passwordTab = child<QWidget>(&window, "passwordTab");
        auto *style = child<QComboBox>(passwordTab, "styleCombo");
        style->setCurrentIndex(style->findData(QStringLiteral("easy")));
        child<QCheckBox>(passwordTab, "easyCapitalCheck")->setChecked(true);
        child<QCheckBox>(passwordTab, "easyDigitCheck")->setChecked(true);
        ok = grab(window, out.filePath(QStringLiteral("password-easy") + suffix)) && ok;
        child<QCheckBox>(passwordTab, "easyCapitalCheck")->setChecked(false);
        child<QCheckBox>(passwordTab, "easyDigitCheck")->setChecked(false);
        style->setCurrentIndex(style->findData(QStringLiteral("random")));
    }

    QWidget *passphraseTab = child<QWidget>(&window, "passphraseTab");
    showTab(tabs, passphraseTab);
    child<QCheckBox>(passphraseTab, "addDigitCheck")->setChecked(true);
    ok = grab(window, out.filePath(QStringLiteral("passphrase") + suffix)) && ok;

    showTab(tabs, child<QWidget>(&window, "tokenTab"));
    ok = grab(window, out.filePath(QStringLiteral("token") + suffix)) && ok;

    QWidget *numberTab = child<QWidget>(&window, "numberTab");
    showTab(tabs, numberTab);
    child<QLineEdit>(numberTab, "minEdit")->setText(QStringLiteral("1"));
    child<QLineEdit>(numberTab, "maxEdit")->setText(QStringLiteral("49"));
    child<QSpinBox>(numberTab, "countSpinBox")->setValue(6);
    child<QCheckBox>(numberTab, "distinctCheck")->setChecked(true);
    ok = grab(window, out.filePath(QStringLiteral("number") + suffix)) && ok;

    QWidget *pickTab = child<QWidget>(&window, "pickTab");
    showTab(tabs, pickTab);
    child<PickListEdit>(pickTab, "listEdit")
        ->setPlainText(QStringLiteral("Ada Lovelace\nGrace Hopper\nAlan Turing\nKatherine Johnson\n"
                                      "Edsger Dijkstra\nBarbara Liskov\nDonald Knuth\n"
                                      "Grace Hopper\nMargaret Hamilton\nKen Thompson\n"
                                      "Frances Allen\nDennis Ritchie\n"));
    child<QSpinBox>(pickTab, "winnersSpinBox")->setValue(3);
    child<QAbstractButton>(pickTab, "drawButton")->click();
    ok = grab(window, out.filePath(QStringLiteral("pick") + suffix)) && ok;

    // The Edit menu's dialogs, each on its own.
    showTab(tabs, passphraseTab);
    QrDialog qr(child<ValueDisplay>(passphraseTab, "valueField")->value(),
                QCoreApplication::translate("GeneratorPage", "QR Code"), &window);
    ok = grabDialog(qr, out.filePath(QStringLiteral("qr") + suffix)) && ok;
    WifiQrDialog wifi(
        child<ValueDisplay>(child<QWidget>(&window, "passwordTab"), "valueField")->value(),
        &window);
    child<QLineEdit>(&wifi, "ssidEdit")->setText(QStringLiteral("Home"));
    ok = grabDialog(wifi, out.filePath(QStringLiteral("wifi-qr") + suffix)) && ok;
    // The session's history so far, in a copy that the dialog may change.
    passforge::SessionHistory sample;
    for (std::size_t i = window.history().size(); i-- > 0;) {
        const auto &entry = window.history().at(i);
        sample.record(entry.kind, entry.options,
                      std::string_view(entry.value.data(), entry.value.size()), entry.time,
                      entry.copied);
    }
    HistoryDialog history(
        sample, true, [](const QString &) {}, &window);
    history.setRevealed(0, true);
    ok = grabDialog(history, out.filePath(QStringLiteral("history") + suffix)) && ok;
    PasswordCheckDialog check(&window);
    check.passwordEdit()->setText(QStringLiteral("Tr0ub4dour&3"));
    ok = grabDialog(check, out.filePath(QStringLiteral("check") + suffix)) && ok;
    check.passwordEdit()->clear();

    if (states) {
        QWidget *passwordTab = child<QWidget>(&window, "passwordTab");
        showTab(tabs, passwordTab);
        child<QAbstractButton>(passwordTab, "advancedToggle")->click();
        child<QSpinBox>(passwordTab, "lengthSpinBox")->setValue(8);
        child<QSpinBox>(passwordTab, "minDigitsSpin")->setValue(6);
        child<QSpinBox>(passwordTab, "minSymbolsSpin")->setValue(4);
        ok = grab(window, out.filePath(QStringLiteral("password-invalid") + suffix)) && ok;

        // A lone combining accent as the separator, and a wordlist refused as too small.
        showTab(tabs, passphraseTab);
        child<QLineEdit>(passphraseTab, "separatorEdit")->setText(QString(QChar(0x0301)));
        QFile small(QDir(config.path()).filePath(QStringLiteral("short-list.txt")));
        if (!small.open(QIODevice::WriteOnly))
            return 1;
        small.write("apple\nbanana\ncherry\n");
        small.close();
        child<WordlistChooser>(passphraseTab, "wordlistChooser")->loadFile(small.fileName());
        ok = grab(window, out.filePath(QStringLiteral("passphrase-invalid") + suffix)) && ok;

        // An own list that is not prefix-free ("bada" begins "badako"), with a blank line and a
        // duplicate, joined with no separator: the entropy is an upper bound.
        QByteArray own;
        const QByteArray consonants("bdklmnprst"), vowels("aeiou");
        for (int i = 0; i < 1300; ++i) {
            const int a = i % 50, b = i / 50;
            own += consonants[a / 5];
            own += vowels[a % 5];
            own += consonants[b / 5 % 10];
            own += vowels[b % 5];
            own += '\n';
        }
        own += "\nbadako\nmelisu\nbada\n";
        QFile ownFile(QDir(config.path()).filePath(QStringLiteral("syllables.txt")));
        if (!ownFile.open(QIODevice::WriteOnly))
            return 1;
        ownFile.write(own);
        ownFile.close();
        child<QLineEdit>(passphraseTab, "separatorEdit")->clear();
        child<WordlistChooser>(passphraseTab, "wordlistChooser")->loadFile(ownFile.fileName());
        ok = grab(window, out.filePath(QStringLiteral("passphrase-own-list") + suffix)) && ok;

        showTab(tabs, pickTab);
        child<QSpinBox>(pickTab, "winnersSpinBox")->setValue(20);
        ok = grab(window, out.filePath(QStringLiteral("pick-invalid") + suffix)) && ok;

        AppSettings settings;
        PreferencesDialog dialog(settings, &window);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        ok = grab(dialog, out.filePath(QStringLiteral("preferences") + suffix)) && ok;
    }
    return ok ? 0 : 1;
}
