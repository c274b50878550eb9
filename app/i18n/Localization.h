// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

// The translations both programs share: one set of .ts files in translations/ covers the window
// and the command-line tool. lrelease compiles them at build time and this library carries the
// .qm files as resources, so passforge and passforge-cli find them wherever they are installed.
// Qt Core only, so that passforge-cli stays free of the GUI libraries.
namespace passforge::i18n {

// A language Passforge ships a translation for.
struct Language
{
    QString code;       // "de", "pt_BR": the suffix of passforge_<code>.qm and a QLocale name
    QString nativeName; // in the language itself, as a menu of languages shows it
};

// English and the six translations, in the order a language menu lists them.
QList<Language> languages();
bool isShipped(const QString &code);

// Where the compiled translations are embedded (":/i18n").
QString resourceDirectory();

// Installs, in this order (a later translator is searched first): the English plural forms
// ("1 entry", "2 entries") whatever the language, Qt's own qtbase_<lang>.qm so that standard
// dialogs and QCommandLineParser's messages match, and passforge_<lang>.qm. The language comes
// from locale.uiLanguages(), which for the system locale honours LANGUAGE, LC_ALL, LC_MESSAGES
// and LANG. Translators installed by an earlier call are removed first, so a second call
// switches the language. Returns the code of the passforge translation in use ("en" when there
// is none for the locale).
QString install(QCoreApplication &app, const QLocale &locale);

// The code install() last returned ("en" before any call): the language the user reads, which
// the window's default wordlist follows.
QString installedLanguage();

} // namespace passforge::i18n
