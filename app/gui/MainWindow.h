// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "passforge/ByteSource.h"
#include "passforge/Random.h"
#include "passforge/SessionHistory.h"

#include <QMainWindow>

#include <array>

class ClipboardGuard;
class ClipboardStatus;
class PasswordTab;
class PresetStore;
class QAction;
class QMenu;
class QTabWidget;
class TabPage;

// The Passforge window: five tabs (password, passphrase, token, number, pick a winner), menus,
// and a status bar with the clipboard countdown. It holds the one Random every tab draws from,
// over the byte source its creator gives, and the clipboard guard all copies go through.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // source is where every value's randomness comes from (the OS source in the app; a test may
    // give another), and settings the options file; both must outlive the window.
    MainWindow(passforge::ByteSource &source, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClipboardGuard *clipboardGuard() const { return m_guard; }
    TabPage *currentPage() const;
    void showPreferences();
    void showHistory();
    void showPasswordCheck();
    // This session's secrets; empty while Preferences keep none.
    const passforge::SessionHistory &history() const { return m_history; }
    // A window that restores its size builds only its current tab before it first appears, and
    // the others one per pass of the event loop after it; this builds every one now.
    void buildAllPages();
    bool allPagesBuilt() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    // The tabs, in their order.
    enum class Tab { Password, Passphrase, Token, Number, Pick };
    static constexpr int TabCount = 5;
    // The page of tab index, built and connected on first use.
    TabPage *page(int index);
    void buildNextPage();
    void retranslate();
    void restoreState();
    QSize defaultSize() const;
    void saveState();
    void applyClipboardSettings();
    void updateActions();
    void showAbout();
    void record(TabPage *page, const QString &value, bool copied);

    // One random source for the whole window, read through one buffered Random.
    passforge::Random m_random;
    AppSettings &m_settings;
    ClipboardGuard *m_guard;
    // presets.json, beside the settings file.
    PresetStore *m_presets;
    QTabWidget *m_tabs;
    // Each tab's widget, which holds its page once built.
    std::array<QWidget *, TabCount> m_slots{};
    // Each tab's page, or null until built.
    std::array<TabPage *, TabCount> m_pages{};
    PasswordTab *m_passwordTab = nullptr;
    QAction *m_regenerateAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_clearNowAction = nullptr;
    QAction *m_openListAction = nullptr;
    QAction *m_verifyRecordAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_qrAction = nullptr;
    QAction *m_wifiQrAction = nullptr;
    QAction *m_generateManyAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ClipboardStatus *m_clipboardStatus = nullptr;
    // In memory only, wiped when cleared and when the window goes.
    passforge::SessionHistory m_history;
    bool m_stateSaved = false;
    bool m_buildingPages = false;
};
