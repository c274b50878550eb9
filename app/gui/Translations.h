// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace passforge::gui {

// Installs the window's translations: English plural forms ("1 entry", "2 entries") always,
// then the user's language where a translation exists. Call once, after the application object
// exists and before any window is built.
void installTranslations(QCoreApplication &app);

} // namespace passforge::gui
