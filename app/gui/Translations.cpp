// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace passforge::gui {

void installTranslations(QCoreApplication &app)
{
    // Qt picks "%n entries" in the source text for every count unless a translation gives the
    // plural forms, so the English forms are a translation too. Later translators win, so the
    // user's language is installed after it.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/passforge_gui_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    const QLocale locale;
    if (locale.language() == QLocale::English)
        return;
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("passforge_gui"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace passforge::gui
