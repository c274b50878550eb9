// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AppSettings;
class QCoreApplication;

namespace passforge::gui {

// Installs the window's translations: the language chosen in the preferences, or else the
// system's (LANGUAGE, LC_ALL, LANG), with Qt's own translations for the standard dialogs and the
// English plural forms ("1 entry", "2 entries") underneath. A chosen language formats numbers
// too. Call once, after the application object exists and before any window is built: the
// window does not retranslate itself, so a new choice applies at the next start.
// The settings are the caller's, as the window's are: tests pass their own, so that nothing reads
// the user's real configuration.
void installTranslations(QCoreApplication &app, const AppSettings &settings);

} // namespace passforge::gui
