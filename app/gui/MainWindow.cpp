// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ClipboardGuard.h"
#include "ClipboardStatus.h"
#include "Icons.h"
#include "NumberTab.h"
#include "PassphraseTab.h"
#include "PasswordTab.h"
#include "PickTab.h"
#include "PreferencesDialog.h"
#include "TokenTab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_random(m_source)
    , m_guard(new ClipboardGuard(this))
    , m_tabs(new QTabWidget(this))
    , m_passwordTab(new PasswordTab(m_random, m_tabs))
    , m_passphraseTab(new PassphraseTab(m_random, m_tabs))
    , m_tokenTab(new TokenTab(m_random, m_tabs))
    , m_numberTab(new NumberTab(m_random, m_tabs))
    , m_pickTab(new PickTab(m_random, m_tabs))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Passforge"));
    setWindowIcon(Icons::appIcon());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    addPage(m_passwordTab, tr("&Password"));
    addPage(m_passphraseTab, tr("Pa&ssphrase"));
    addPage(m_tokenTab, tr("&Token"));
    addPage(m_numberTab, tr("&Number"));
    addPage(m_pickTab, tr("Pick a &winner"));
    setCentralWidget(m_tabs);

    createActions();
    createMenusAndToolBar();
    m_clipboardStatus = new ClipboardStatus(m_guard, m_clearNowAction, this);
    statusBar()->addPermanentWidget(m_clipboardStatus);
    connect(m_clipboardStatus, &ClipboardStatus::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        m_settings.setValue(AppSettings::CurrentTab, m_tabs->currentIndex());
    });
    restoreState();
    applyClipboardSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    saveState();
}

void MainWindow::addPage(TabPage *page, const QString &title)
{
    m_tabs->addTab(page, title);
    connect(page, &TabPage::copyRequested, m_guard, &ClipboardGuard::copy);
    connect(page, &TabPage::canCopyChanged, this, &MainWindow::updateActions);
    connect(page, &TabPage::optionsChanged, this, [this, page] { page->saveOptions(m_settings); });
}

TabPage *MainWindow::currentPage() const
{
    return qobject_cast<TabPage *>(m_tabs->currentWidget());
}

void MainWindow::createActions()
{
    m_regenerateAction =
        new QAction(Icons::icon(Icons::Glyph::Regenerate), tr("&Regenerate"), this);
    m_regenerateAction->setObjectName(QStringLiteral("regenerateAction"));
    // Ctrl+R everywhere, plus the platform's Refresh keys (F5; some platforms list Ctrl+R too,
    // and a key bound twice to one action would be ambiguous and do nothing).
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    const QKeySequence ctrlR(Qt::CTRL | Qt::Key_R);
    if (!keys.contains(ctrlR))
        keys.prepend(ctrlR);
    const QKeySequence f5(Qt::Key_F5);
    if (!keys.contains(f5))
        keys.append(f5);
    m_regenerateAction->setShortcuts(keys);
    m_regenerateAction->setToolTip(tr("Make a new value, or draw again (Ctrl+R, F5)"));
    connect(m_regenerateAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage())
            page->regenerate();
    });

    m_copyAction = new QAction(Icons::icon(Icons::Glyph::Copy), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    // No window-wide Ctrl+C: in a text box it must copy that box's selection. The value field
    // handles Ctrl+C itself.
    m_copyAction->setToolTip(tr("Copy to the clipboard, which clears itself after a while "
                                "(Ctrl+C in the value field)"));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage())
            page->copyToClipboard();
    });

    m_clearNowAction = new QAction(Icons::icon(Icons::Glyph::Clear), tr("C&lear now"), this);
    m_clearNowAction->setObjectName(QStringLiteral("clearNowAction"));
    m_clearNowAction->setToolTip(tr("Take the copied value off the clipboard now"));
    connect(m_clearNowAction, &QAction::triggered, m_guard, &ClipboardGuard::clearNow);

    m_openListAction = new QAction(Icons::icon(Icons::Glyph::Open), tr("&Open List…"), this);
    m_openListAction->setObjectName(QStringLiteral("openListAction"));
    m_openListAction->setShortcut(QKeySequence::Open);
    connect(m_openListAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_pickTab);
        m_pickTab->openList();
    });

    m_preferencesAction =
        new QAction(Icons::icon(Icons::Glyph::Preferences), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAction = new QAction(Icons::icon(Icons::Glyph::Quit), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Passforge"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openListAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_regenerateAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_clearNowAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_regenerateAction);
    toolBar->addAction(m_copyAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_preferencesAction);
}

void MainWindow::updateActions()
{
    const TabPage *page = currentPage();
    m_copyAction->setEnabled(page && page->canCopy());
}

void MainWindow::applyClipboardSettings()
{
    m_guard->setClearAfterSeconds(m_settings.value(AppSettings::ClearAfterSeconds));
    m_guard->setClearOnQuit(m_settings.value(AppSettings::ClearOnQuit));
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.value(AppSettings::WindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(760, 600);
    if (m_settings.value(AppSettings::RestoreOptions)) {
        for (int i = 0; i < m_tabs->count(); ++i)
            static_cast<TabPage *>(m_tabs->widget(i))->restoreOptions(m_settings);
    }
    {
        // Restoring the tab is not a change of it.
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(m_settings.value(AppSettings::CurrentTab));
    }
    m_passwordTab->regenerate();
    m_passphraseTab->regenerate();
    m_tokenTab->regenerate();
    m_numberTab->regenerate();
}

void MainWindow::saveState()
{
    m_settings.setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::CurrentTab, m_tabs->currentIndex());
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<TabPage *>(m_tabs->widget(i))->saveOptions(m_settings);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save(m_settings);
    applyClipboardSettings();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Passforge"),
        tr("<h3>Passforge %1</h3>"
           "<p>Passwords, tokens, numbers and fair draws from the operating system's random "
           "source. Nothing you generate is saved.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(PASSFORGE_VERSION)));
}
