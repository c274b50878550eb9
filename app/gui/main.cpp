// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "MainWindow.h"
#include "Translations.h"
#include "passforge/OsRandomSource.h"
#include "passforge/Wordlist.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <thread>

int main(int argc, char *argv[])
{
    // The built-in wordlist (about 8 ms to read and check) loads on the second core while Qt
    // starts and the window is built; the passphrase tab's first use waits for it if it must
    // (a function-local static, initialised once and thread-safely).
    std::thread wordlist([] { passforge::Wordlist::builtIn(); });
    QApplication app(argc, argv);
    // Organisation and application name decide nothing about the settings path (AppSettings
    // names the file), but other Qt code keys off them.
    QApplication::setOrganizationName(QStringLiteral("passforge"));
    QApplication::setApplicationName(QStringLiteral("passforge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Passforge"));
    QApplication::setApplicationVersion(QStringLiteral(PASSFORGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("passforge"));

    // Keep the desktop's own style (Breeze, the Windows and macOS styles) and its palette, dark
    // or light; only the bare "Windows" fallback style is replaced by Fusion, which follows the
    // platform palette too.
    if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    // The window's dependencies are made here, once: the OS random source it draws every value
    // from, and the settings file. Tests build the window from their own.
    AppSettings settings;
    passforge::OsRandomSource source;
    passforge::gui::installTranslations(app, settings);
    MainWindow window(source, settings);
    window.show();
    wordlist.join();
    return app.exec();
}
