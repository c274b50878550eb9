// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "AppSettings.h"
#include "Localization.h"

#include <QCoreApplication>
#include <QLocale>

namespace passforge::gui {

void installTranslations(QCoreApplication &app, const AppSettings &settings)
{
    const QString chosen = settings.value(AppSettings::Language);
    // An empty or unknown code (a hand-edited file, a language since dropped) means the system's.
    if (chosen.isEmpty() || !passforge::i18n::isShipped(chosen)) {
        passforge::i18n::install(app, QLocale::system());
        return;
    }
    const QLocale locale(chosen);
    // The chosen language formats the numbers as well: "131,1 Bits" in German, whatever LANG is.
    QLocale::setDefault(locale);
    passforge::i18n::install(app, locale);
}

} // namespace passforge::gui
