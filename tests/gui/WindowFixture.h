// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window as the app builds it (main.cpp), for the GUI tests: its dependencies injected, and
// its settings in a private directory, so that no test reads or changes the user's own.

#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "passforge/OsRandomSource.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace guitest {

// What main.cpp gives a window: the OS random source and the settings under $XDG_CONFIG_HOME
// (a ConfigDir's, in a test). A test may build more than one window from the same parts, to see
// what a second start finds.
struct WindowParts
{
    passforge::OsRandomSource os;
    AppSettings settings;
};

// One window per test, in place of each test's own init and cleanup. The window draws from the
// source given, or the real OS source.
class WindowFixture
{
public:
    explicit WindowFixture(passforge::ByteSource *source = nullptr)
        : m_source(source)
    {}
    ~WindowFixture()
    {
        m_window.reset(); // it saves its state into the settings as it closes
        m_parts.reset();
    }
    // Builds the window and, unless told not to, shows it: false if it could not be. A test that
    // opens a dialog first keeps the window hidden, so that the dialog is the active window.
    bool open(bool show = true)
    {
        if (!m_config.isValid())
            return false;
        m_parts = std::make_unique<WindowParts>();
        m_window =
            std::make_unique<MainWindow>(m_source ? *m_source : m_parts->os, m_parts->settings);
        if (!show) {
            // A second start builds its other tabs once shown; a hidden window needs them now.
            m_window->buildAllPages();
            return true;
        }
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) &&
               QTest::qWaitFor([this] { return m_window->allPagesBuilt(); });
    }
    // Closes the window, which saves its state, and starts it again from the same settings
    // directory: what a second start finds.
    bool reopen()
    {
        m_window.reset();
        m_parts.reset();
        return open();
    }
    MainWindow *window() const { return m_window.get(); }
    AppSettings &settings() { return m_parts->settings; }
    const ConfigDir &config() const { return m_config; }

private:
    ConfigDir m_config;
    passforge::ByteSource *m_source;
    std::unique_ptr<WindowParts> m_parts;
    std::unique_ptr<MainWindow> m_window;
};

// The window's translations as main.cpp installs them, from settings in a fresh private
// directory: the system's language (the tests' LANG), never a developer's chosen one.
inline void installTranslations()
{
    const ConfigDir dir;
    const AppSettings settings;
    passforge::gui::installTranslations(*QCoreApplication::instance(), settings);
}

} // namespace guitest
