// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Translations.h"
#include "passforge/OsRandomSource.h"
#include "passforge/SiteRules.h"
#include "passforge/Wordlist.h"
#ifdef Q_OS_UNIX
#include "QuitOnSignals.h"
#endif

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>
#include <QThread>

#if PASSFORGE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <future>
#include <thread>

int main(int argc, char *argv[])
{
    // Qt takes the first thread that touches it for the main thread, and the loader below uses
    // Qt: this one must come first.
    QThread::currentThread();
    // What the window needs but not at once loads on the second core while Qt starts and the
    // window is built, in the order the window needs it; a first use that comes sooner waits
    // for it (each is a function-local static, initialised once and thread-safely):
    // - fontconfig's configuration and caches (about 5 ms), wanted by the first text measured;
    // - the 434 sites' rules (about 1 ms), for the Password tab's site completer;
    // - the built-in wordlist of the system's language (about 6 ms), for the Passphrase tab's
    //   first value; it names the other lists by their size alone, and reads one when it is used;
    // - once the application exists (Qt's plugin paths come from it), the window icon's images,
    //   which loads Qt's image-format plugins (about 3 ms: the menu bar's first icon wanted them
    //   on the main thread) and takes their decoding (about 5 ms) off the first event.
    std::promise<void> appStarted;
    std::thread loader([started = appStarted.get_future()] {
#if PASSFORGE_HAVE_FONTCONFIG
        FcInit();
#endif
        passforge::SiteRules::builtIn();
        // The list of the system's language, which the window's default follows (a language
        // chosen in Preferences may want another, which the tab then reads itself).
        const QString locale = QLocale::system().name();
        const QStringList &codes = passforge::Wordlist::builtInCodes();
        passforge::Wordlist::builtIn(codes.contains(locale)           ? locale
                                     : codes.contains(locale.left(2)) ? locale.left(2)
                                                                      : QStringLiteral("en"));
        started.wait();
        Icons::appIconImages();
    });
    QApplication app(argc, argv);
    appStarted.set_value();
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
#ifdef Q_OS_UNIX
    // A logout's SIGTERM closes the window as Ctrl+Q does, so that the clipboard is cleared.
    QuitOnSignals quitOnSignals;
    QObject::connect(&quitOnSignals, &QuitOnSignals::quitRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
#endif
    window.show();
    const int status = app.exec();
    // The loader uses the application: it ends first.
    loader.join();
    return status;
}
