// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace passforge::i18n {

namespace {

// Marks the translators this file installed, so that a later call can take them out again.
constexpr char OwnedTranslator[] = "passforge-i18n";

// Loads one translator for locale from dir and installs it; returns the file it loaded, or an
// empty string when there is none for that locale.
QString installOne(QCoreApplication &app, const QLocale &locale, const QString &name,
                   const QString &dir)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(OwnedTranslator));
    if (!translator->load(locale, name, QStringLiteral("_"), dir) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return translator->filePath();
}

void removeOwnedTranslators(QCoreApplication &app)
{
    const auto translators =
        app.findChildren<QTranslator *>(QLatin1String(OwnedTranslator), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString &installedCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QList<Language> languages()
{
    // Native names, not translated: a user who cannot read the current language must still
    // find their own. Sorted by code, English first as the source language.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

bool isShipped(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    removeOwnedTranslators(app);
    const QString dir = resourceDirectory();
    // Without a translation Qt shows the source text for every count ("1 entries"), so English
    // has a plural-only translation of its own. It goes in first: translators installed later
    // are asked first, so any other language overrides it.
    installOne(app, QLocale(QLocale::English), QStringLiteral("passforge"), dir);
    // Both loads walk locale.uiLanguages() and take the first language they have: with
    // LANGUAGE=fr:de that is French, even when LANG says English for the number formats.
    installOne(app, locale, QStringLiteral("qtbase"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString file = installOne(app, locale, QStringLiteral("passforge"), dir);
    const QString prefix = QStringLiteral("passforge_");
    const QString base = QFileInfo(file).completeBaseName(); // passforge_pt_BR
    installedCode() = base.startsWith(prefix) ? base.mid(prefix.size()) : QStringLiteral("en");
    return installedCode();
}

QString installedLanguage()
{
    return installedCode();
}

} // namespace passforge::i18n
