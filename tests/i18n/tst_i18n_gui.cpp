// SPDX-License-Identifier: GPL-3.0-or-later
// The window in another language: started under LANG=de_DE.UTF-8 it is German (tabs, buttons,
// menus, Qt's own buttons) and writes numbers the German way; the preferences can choose another
// language; and Japanese text is drawn with real glyphs, not empty boxes.

#include "AppSettings.h"
#include "Localization.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "TsFile.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "passforge/Wordlist.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

QString german(const char *context, const char *source, const char *comment = "")
{
    static const i18ntest::TsFile ts = i18ntest::readTsFile(i18ntest::tsPath(QStringLiteral("de")));
    return ts.translation(QLatin1String(context), QString::fromUtf8(source),
                          QString::fromUtf8(comment));
}

// The tab titles, in the order the window adds them.
const char *const TabSources[] = {"&Password", "Pa&ssphrase", "&Token", "&Number",
                                  "Pick a &winner"};

QString withoutMnemonic(QString text)
{
    // "パスワード(&P)" shows as "パスワード(P)"; "&Passwort" as "Passwort".
    return text.remove(QLatin1Char('&'));
}

bool isCjk(QChar c)
{
    return (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff) || // kana
           (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);   // common kanji
}

// Pixels that differ clearly from the background: the ink of the glyphs.
int inkPixels(const QImage &image, QColor background)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int distance = qAbs(c.red() - background.red()) +
                                 qAbs(c.green() - background.green()) +
                                 qAbs(c.blue() - background.blue());
            if (distance > 96)
                ++ink;
        }
    }
    return ink;
}

QImage rendered(const QString &text, const QFont &font)
{
    QLabel label(text);
    label.setFont(font);
    label.setAutoFillBackground(true);
    label.adjustSize();
    return label.grab().toImage();
}

} // namespace

class TestI18nGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void systemLocaleIsGerman();
    void germanWindow();
    void germanEntropyUsesDecimalComma();
    void germanCountsUseDigitGrouping();
    void qtButtonsInGerman();
    void preferencesChooseLanguage();
    void chosenLanguageOverridesSystem();
    void languageSwitchAppliesAtOnce();
    void japaneseRenders();
    void passphraseListFollowsLanguage_data();
    void passphraseListFollowsLanguage();

private:
    std::unique_ptr<MainWindow> germanMainWindow();
    std::unique_ptr<guitest::WindowParts> m_parts;
};

void TestI18nGui::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QLatin1String("offscreen"));
}

void TestI18nGui::init()
{
    // Each test starts from the system's language and no saved choice.
    AppSettings settings;
    settings.setValue(AppSettings::Language, QString());
    settings.sync();
    QLocale::setDefault(QLocale::system());
}

void TestI18nGui::systemLocaleIsGerman()
{
    // main() set LANG=de_DE.UTF-8 and LC_ALL the same; Qt reads them itself, whether or not the
    // C library has German locale data.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    QCOMPARE(QLocale::system().uiLanguages().value(0), QLatin1String("de-DE"));
}

std::unique_ptr<MainWindow> TestI18nGui::germanMainWindow()
{
    m_parts = std::make_unique<guitest::WindowParts>();
    passforge::gui::installTranslations(*QCoreApplication::instance(), m_parts->settings);
    auto window = std::make_unique<MainWindow>(m_parts->os, m_parts->settings);
    // These tests read every tab, shown or not, and a second start builds some only once shown.
    window->buildAllPages();
    return window;
}

void TestI18nGui::germanWindow()
{
    const auto window = germanMainWindow();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), int(std::size(TabSources)));
    for (int i = 0; i < tabs->count(); ++i) {
        const QString expected = german("MainWindow", TabSources[i]);
        QVERIFY2(!expected.isEmpty(), TabSources[i]);
        QCOMPARE(tabs->tabText(i), expected);
    }
    // Written out, as a German user sees them ("Token" is German too).
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Passwort"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("&Gewinner ziehen"));

    QWidget *passwordTab = tabs->widget(0);
    auto *regenerate = passwordTab->findChild<QPushButton *>(QStringLiteral("regenerateButton"));
    auto *copy = passwordTab->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(regenerate && copy);
    QCOMPARE(regenerate->text(), QStringLiteral("&Neu erzeugen"));
    QCOMPARE(copy->text(), QStringLiteral("&Kopieren"));
    auto *draw = tabs->widget(4)->findChild<QPushButton *>(QStringLiteral("drawButton"));
    QVERIFY(draw);
    QCOMPARE(draw->text(), german("PickTab", "&Draw", "pick winners by lot"));
    QCOMPARE(draw->text(), QStringLiteral("&Ziehen"));

    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                 QStringLiteral("&Hilfe")}));
}

void TestI18nGui::germanCountsUseDigitGrouping()
{
    // Counts are written the way the locale writes numbers: "60.504 Einträge" in German, as
    // the entropy is ("60,504 entries" in English).
    const auto window = germanMainWindow();
    auto *pick = window->findChild<QWidget *>(QStringLiteral("pickTab"));
    QVERIFY(pick);
    QString list;
    for (int i = 0; i < 60504; ++i)
        list += QStringLiteral("Name %1\n").arg(i);
    pick->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))->setPlainText(list);
    auto *summary = pick->findChild<QLabel *>(QStringLiteral("listSummaryLabel"));
    QTRY_COMPARE(summary->text(), QString::fromUtf8("60.504 Einträge, keine Duplikate"));
}

void TestI18nGui::germanEntropyUsesDecimalComma()
{
    const auto window = germanMainWindow();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    auto *label = tabs->widget(0)->findChild<QLabel *>(QStringLiteral("entropyLabel"));
    QVERIFY(label);
    // The default password: 20 characters from 26 + 26 + 10 + 32 = 94 with at least one of
    // each kind, 130.92 bits (tst_gui_password counts them); 100 bits or more is very strong.
    // German writes the decimal comma and "Bits".
    QCOMPARE(label->text(), QString::fromUtf8("130,9 Bits — sehr stark"));
}

void TestI18nGui::qtButtonsInGerman()
{
    // Standard buttons take their text from Qt's own qtbase_de.qm.
    QTranslator qtbase;
    QVERIFY2(qtbase.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_de.qm is missing: install qt6-translations-l10n (build.sh does)");
    const QString cancel = qtbase.translate("QPlatformTheme", "Cancel");
    QVERIFY(!cancel.isEmpty());
    QVERIFY(withoutMnemonic(cancel) != QLatin1String("Cancel"));

    passforge::gui::installTranslations(*QCoreApplication::instance(), AppSettings());
    AppSettings settings;
    PreferencesDialog dialog(settings);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()),
             withoutMnemonic(cancel));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
}

void TestI18nGui::preferencesChooseLanguage()
{
    passforge::gui::installTranslations(*QCoreApplication::instance(), AppSettings());
    AppSettings settings;
    PreferencesDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    // "System default" first, then each language by its own name.
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QCOMPARE(items, (QStringList{german("PreferencesDialog", "System default", "language"),
                                 QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QString::fromUtf8("Español"), QString::fromUtf8("Français"),
                                 QStringLiteral("Italiano"), QString::fromUtf8("日本語"),
                                 QString::fromUtf8("Português (Brasil)")}));
    QCOMPARE(combo->currentIndex(), 0);

    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("Ital")); // type-ahead picks "Italiano"
    QCOMPARE(combo->currentText(), QStringLiteral("Italiano"));
    dialog.save(settings);
    QCOMPARE(settings.value(AppSettings::Language), QStringLiteral("it"));

    // Reopened, the dialog shows the saved choice.
    PreferencesDialog again(settings);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(),
             QStringLiteral("Italiano"));
}

void TestI18nGui::languageSwitchAppliesAtOnce()
{
    // Choosing a language in Preferences applies at once (QEvent::LanguageChange): every tab's
    // words and the menus change, the numbers take the new locale, and what is on screen stays,
    // the password included.
    {
        AppSettings settings;
        settings.setValue(AppSettings::Language, QStringLiteral("en"));
        settings.sync();
    }
    const auto window = germanMainWindow(); // LANG is German, but English is chosen
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Password"));
    auto *value = tabs->widget(0)->findChild<ValueDisplay *>(QStringLiteral("valueField"));
    const QString password = value->value();
    QVERIFY(!password.isEmpty());
    auto *pick = window->findChild<QWidget *>(QStringLiteral("pickTab"));
    pick->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))
        ->setPlainText(QStringLiteral("Ada\nGrace\n"));
    QTest::mouseClick(pick->findChild<QPushButton *>(QStringLiteral("drawButton")), Qt::LeftButton);

    // Through the dialog, as a user does: pick Deutsch, press OK.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        dialog->accept();
    });
    window->showPreferences();

    const i18ntest::TsFile german = i18ntest::readTsFile(i18ntest::tsPath(QStringLiteral("de")));
    const auto de = [&](const char *context, const char *source) {
        return german.translation(QString::fromLatin1(context), QString::fromUtf8(source));
    };
    QTRY_COMPARE(tabs->tabText(0), de("MainWindow", "&Password"));
    QCOMPARE(tabs->tabText(4), de("MainWindow", "Pick a &winner"));
    QCOMPARE(window->menuBar()->actions().first()->text(), de("MainWindow", "&File"));
    QCOMPARE(tabs->widget(0)->findChild<QPushButton *>(QStringLiteral("regenerateButton"))->text(),
             de("GeneratorPage", "&Regenerate"));
    QCOMPARE(tabs->widget(0)->findChild<QLabel *>(QStringLiteral("entropyLabel"))->text(),
             QString::fromUtf8("130,9 Bits — sehr stark"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("lengthSpinBoxRange"))->text(),
             QString::fromUtf8("1–1.024"));
    QCOMPARE(window->findChild<QSpinBox *>(QStringLiteral("minDigitsSpin"))->toolTip(),
             QString::fromUtf8("Erlaubter Bereich: 0–1.024"));
    QCOMPARE(value->value(), password); // not regenerated
    QCOMPARE(pick->findChild<QPushButton *>(QStringLiteral("shuffleButton"))->text(),
             de("PickTab", "Sh&uffle list"));
    QCOMPARE(pick->findChild<QListWidget *>(QStringLiteral("resultList"))->count(), 1);
    QVERIFY2(pick->findChild<QLabel *>(QStringLiteral("listSummaryLabel"))
                 ->text()
                 .contains(QString::fromUtf8("Einträge")),
             qPrintable(pick->findChild<QLabel *>(QStringLiteral("listSummaryLabel"))->text()));
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestI18nGui::chosenLanguageOverridesSystem()
{
    {
        AppSettings settings;
        settings.setValue(AppSettings::Language, QStringLiteral("fr"));
        settings.sync();
    }
    const auto window = germanMainWindow(); // LANG is still German
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    const i18ntest::TsFile french = i18ntest::readTsFile(i18ntest::tsPath(QStringLiteral("fr")));
    QCOMPARE(tabs->tabText(0),
             french.translation(QStringLiteral("MainWindow"), QStringLiteral("&Password")));
    // The numbers follow the chosen language too: 130,9 with French "bits".
    auto *label = tabs->widget(0)->findChild<QLabel *>(QStringLiteral("entropyLabel"));
    QCOMPARE(label->text(), QString::fromUtf8("130,9 bits — très fort"));
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TestI18nGui::passphraseListFollowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("item"); // the combo's text for it
    QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("de")
                            << QStringLiteral("Deutsch (%1 Wörter)");
    QTest::addRow("French") << QStringLiteral("fr") << QStringLiteral("fr")
                            << QStringLiteral("Français (%1 mots)");
    QTest::addRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR")
                                          << QStringLiteral("Português (Brasil) (%1 palavras)");
    // No curated Japanese list exists: English, and the tooltip says why.
    QTest::addRow("Japanese") << QStringLiteral("ja") << QStringLiteral("en")
                              << QStringLiteral("English (%1 語)");
}

void TestI18nGui::passphraseListFollowsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, list);
    QFETCH(QString, item);
    {
        AppSettings settings;
        settings.setValue(AppSettings::Language, language);
        settings.sync();
    }
    const auto window = germanMainWindow();
    auto *page = window->findChild<QWidget *>(QStringLiteral("passphraseTab"));
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("wordlistCombo"));
    QVERIFY(combo);
    const passforge::Wordlist &words = *passforge::Wordlist::builtIn(list);
    QCOMPARE(combo->currentText(), item.arg(QLocale().toString(words.size())));
    // The value is made of that list's words.
    const QSet<QString> known(words.words().cbegin(), words.words().cend());
    const QString value = page->findChild<ValueDisplay *>(QStringLiteral("valueField"))->value();
    for (const QString &word : value.split(u'-'))
        QVERIFY2(known.contains(word), qPrintable(word));
    // Every built-in list is offered, by its language's own name, and so is a file of one's own.
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemText(i).section(QStringLiteral(" ("), 0, 0);
    QCOMPARE(offered.mid(0, 6),
             (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"),
                          QString::fromUtf8("Français"), QString::fromUtf8("Español"),
                          QStringLiteral("Italiano"), QStringLiteral("Português")}));
    QCOMPARE(combo->count(), 7);
    const QString tip = combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString();
    const QString note = passforge::i18n::installedLanguage() == QLatin1String("ja")
                             ? QCoreApplication::translate(
                                   "WordlistChooser", "There is no curated list in your language "
                                                      "yet, so the English list is the default.")
                             : QString();
    QCOMPARE(tip.contains(u'\n'), !note.isEmpty());
    if (!note.isEmpty())
        QVERIFY2(tip.endsWith(note) && note.contains(QString::fromUtf8("英語")), qPrintable(tip));
}

void TestI18nGui::japaneseRenders()
{
    QCOMPARE(passforge::i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Japanese)),
             QStringLiteral("ja"));
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    const QFont font = tabs->tabBar()->font();
    for (int i = 0; i < tabs->count(); ++i) {
        const QString text = withoutMnemonic(tabs->tabText(i));
        QVERIFY2(std::any_of(text.cbegin(), text.cend(), isCjk), qPrintable(text));

        // Every character maps to a real glyph of some installed font. Glyph 0 is the empty box
        // a font draws for a character it does not have.
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        int glyphs = 0;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            for (quint32 index : run.glyphIndexes()) {
                QVERIFY2(index != 0,
                         qPrintable(text + QLatin1String(" in ") + run.rawFont().familyName()));
                ++glyphs;
            }
        }
        QVERIFY(glyphs >= text.size() / 2);

        // And drawn: ink in every character's cell (full-width kana and kanji are one em wide).
        const QImage image = rendered(text, font);
        const QColor background = QLabel().palette().color(QPalette::Window);
        QVERIFY2(inkPixels(image, background) > 10 * text.size(), qPrintable(text));
    }
    // Two different two-kanji words draw differently (missing glyphs would be equal boxes).
    QVERIFY(rendered(QString::fromUtf8("数値"), font) != rendered(QString::fromUtf8("抽選"), font));
}

int main(int argc, char *argv[])
{
    // The environment a German desktop session gives the program; set before Qt reads it.
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LC_ALL", "de_DE.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_MESSAGES");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    if (!config.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    TestI18nGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n_gui.moc"
