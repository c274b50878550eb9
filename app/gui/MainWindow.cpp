// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ClipboardGuard.h"
#include "ClipboardStatus.h"
#include "HistoryDialog.h"
#include "Icons.h"
#include "NumberTab.h"
#include "PassphraseTab.h"
#include "PasswordCheckDialog.h"
#include "PasswordTab.h"
#include "PickTab.h"
#include "PreferencesDialog.h"
#include "PresetStore.h"
#include "TokenTab.h"
#include "Translations.h"
#include "VerifyDrawDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(passforge::ByteSource &source, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_random(source)
    , m_settings(settings)
    , m_guard(new ClipboardGuard(this))
    , m_presets(new PresetStore(
          QFileInfo(settings.filePath()).dir().filePath(QStringLiteral("presets.json")), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The icon is looked up in the icon theme and, on X11, every size is sent with the window
    // (the loader thread has decoded them, main.cpp): it follows the window's first appearance.
    QTimer::singleShot(0, this, [this] { setWindowIcon(Icons::appIcon()); });
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    // Each tab holds its page once it is built (page()): an empty slot until then.
    for (QWidget *&slot : m_slots) {
        slot = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(slot);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(slot, QString());
    }
    setCentralWidget(m_tabs);

    createActions();
    createMenus();
    retranslate();
    m_clipboardStatus = new ClipboardStatus(m_guard, m_clearNowAction, this);
    statusBar()->addPermanentWidget(m_clipboardStatus);
    // The window owns its actions: Clear now is there while a secret of ours may be on the
    // clipboard.
    for (auto signal :
         {&ClipboardGuard::copied, &ClipboardGuard::copiedPlain, &ClipboardGuard::cleared})
        connect(m_guard, signal, this, &MainWindow::updateActions);
    connect(m_clipboardStatus, &ClipboardStatus::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        page(index);
        updateActions();
        m_settings.setValue(AppSettings::CurrentTab, m_tabs->currentIndex());
    });
    restoreState();
    applyClipboardSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // A window destroyed without being closed (a test, a session end) still keeps its state;
    // one that was closed has saved it already.
    if (!m_stateSaved)
        saveState();
}

TabPage *MainWindow::page(int index)
{
    if (TabPage *built = m_pages[index])
        return built;
    QWidget *slot = m_slots[index];
    TabPage *page = nullptr;
    switch (Tab(index)) {
    case Tab::Password: {
        auto *tab = new PasswordTab(m_random, *m_presets, slot);
        tab->addMenuAction(m_qrAction);
        tab->addMenuAction(m_wifiQrAction);
        tab->addMenuAction(m_generateManyAction);
        m_passwordTab = tab;
        page = tab;
        break;
    }
    case Tab::Passphrase:
    case Tab::Token: {
        GeneratorPage *tab = nullptr;
        if (Tab(index) == Tab::Passphrase)
            tab = new PassphraseTab(m_random, *m_presets, slot);
        else
            tab = new TokenTab(m_random, *m_presets, slot);
        tab->addMenuAction(m_qrAction);
        tab->addMenuAction(m_generateManyAction);
        page = tab;
        break;
    }
    case Tab::Number:
        page = new NumberTab(m_random, *m_presets, slot);
        break;
    case Tab::Pick:
        page = new PickTab(m_random, slot);
        break;
    }
    m_pages[index] = page;
    slot->layout()->addWidget(page);
    // Tab goes from the tab bar through the page to the status bar's Clear now, as when every
    // page was built before the status bar: a page built later would otherwise come after it.
    // The page's widgets are the newest, so they end the focus chain.
    QWidget *last = nullptr;
    for (QWidget *w = page->nextInFocusChain(); w != page && page->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus)
            last = w;
    }
    for (QWidget *w : m_clipboardStatus->findChildren<QWidget *>()) {
        if (last && w->focusPolicy() != Qt::NoFocus) {
            QWidget::setTabOrder(last, w);
            last = w;
        }
    }
    connect(page, &TabPage::copyRequested, this, [this](const QString &text, TabPage::CopyAs as) {
        if (as == TabPage::CopyAs::Secret)
            m_guard->copy(text);
        else
            m_guard->copyPlain(text);
    });
    connect(page, &TabPage::canCopyChanged, this, &MainWindow::updateActions);
    connect(page, &TabPage::canRegenerateChanged, this, &MainWindow::updateActions);
    connect(page, &TabPage::optionsChanged, this, [this, page] { page->saveOptions(m_settings); });
    connect(page, &TabPage::secretRecorded, this,
            [this, page](const QString &value, bool copied) { record(page, value, copied); });
    if (m_settings.value(AppSettings::RestoreOptions))
        page->restoreOptions(m_settings);
    // A generator shows a value from the start; the Pick tab waits for a list.
    if (Tab(index) != Tab::Pick)
        page->regenerate();
    updateActions();
    return page;
}

bool MainWindow::allPagesBuilt() const
{
    return std::all_of(m_pages.begin(), m_pages.end(), [](const TabPage *p) { return p; });
}

void MainWindow::buildAllPages()
{
    for (int index = 0; index < TabCount; ++index)
        page(index);
}

void MainWindow::buildNextPage()
{
    // A closed window has saved its state and cleared its history: nothing more is made for it.
    if (m_stateSaved || !isVisible()) {
        m_buildingPages = false;
        return;
    }
    const auto next = std::find(m_pages.begin(), m_pages.end(), nullptr);
    if (next == m_pages.end())
        return;
    page(int(next - m_pages.begin()));
    if (!allPagesBuilt())
        QTimer::singleShot(0, this, &MainWindow::buildNextPage);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The tabs not shown yet follow the window's first appearance, one per pass of the event
    // loop, so that none keeps it from answering.
    if (!m_buildingPages && !allPagesBuilt()) {
        m_buildingPages = true;
        QTimer::singleShot(0, this, &MainWindow::buildNextPage);
    }
}

void MainWindow::record(TabPage *page, const QString &value, bool copied)
{
    if (!m_settings.value(AppSettings::KeepHistory))
        return;
    // The kind as the tab is called, without its mnemonic, which some languages add as "(&P)".
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&[^)]\\)|&(?=.)"));
    const auto index = int(std::find(m_pages.begin(), m_pages.end(), page) - m_pages.begin());
    const QString kind = m_tabs->tabText(index).remove(mnemonic);
    QByteArray utf8 = value.toUtf8();
    m_history.record(kind, page->optionsAsCommand(),
                     std::string_view(utf8.constData(), utf8.size()), QDateTime::currentDateTime(),
                     copied);
    passforge::secureWipe(utf8);
}

TabPage *MainWindow::currentPage() const
{
    const int index = m_tabs->currentIndex();
    return index < 0 ? nullptr : m_pages[index];
}

void MainWindow::createActions()
{
    m_regenerateAction = new QAction(Icons::icon(Icons::Glyph::Regenerate), QString(), this);
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
    connect(m_regenerateAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage(); page && page->canRegenerate())
            page->regenerate();
    });

    m_copyAction = new QAction(Icons::icon(Icons::Glyph::Copy), QString(), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    // The menu shows Ctrl+C, but the key is not window-wide: in a text box it must copy that box's
    // selection. The value field handles Ctrl+C itself; here it only works in the open menu.
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage())
            page->copyToClipboard();
    });

    m_clearNowAction = new QAction(Icons::icon(Icons::Glyph::Clear), QString(), this);
    m_clearNowAction->setObjectName(QStringLiteral("clearNowAction"));
    connect(m_clearNowAction, &QAction::triggered, m_guard, &ClipboardGuard::clearNow);

    m_openListAction = new QAction(Icons::icon(Icons::Glyph::Open), QString(), this);
    m_openListAction->setObjectName(QStringLiteral("openListAction"));
    m_openListAction->setShortcut(QKeySequence::Open);
    connect(m_openListAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(int(Tab::Pick));
        static_cast<PickTab *>(page(int(Tab::Pick)))->openList();
    });

    m_verifyRecordAction = new QAction(QString(), this);
    m_verifyRecordAction->setObjectName(QStringLiteral("verifyRecordAction"));
    connect(m_verifyRecordAction, &QAction::triggered, this, [this] {
        auto *dialog = new VerifyDrawDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_historyAction = new QAction(QString(), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);

    // The tab's own actions, in its menu button and in the Edit menu; each works on the current
    // tab.
    m_qrAction = new QAction(QString(), this);
    m_qrAction->setObjectName(QStringLiteral("qrAction"));
    connect(m_qrAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage(); page && page->canShowQrCode())
            page->showQrCode();
    });
    m_wifiQrAction = new QAction(QString(), this);
    m_wifiQrAction->setObjectName(QStringLiteral("wifiQrAction"));
    connect(m_wifiQrAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(int(Tab::Password));
        static_cast<PasswordTab *>(page(int(Tab::Password)))->showWifiQrCode();
    });
    m_generateManyAction = new QAction(QString(), this);
    m_generateManyAction->setObjectName(QStringLiteral("generateManyAction"));
    connect(m_generateManyAction, &QAction::triggered, this, [this] {
        if (TabPage *page = currentPage(); page && page->canGenerateMany())
            page->generateMany();
    });
    m_checkAction = new QAction(QString(), this);
    m_checkAction->setObjectName(QStringLiteral("checkAction"));
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::showPasswordCheck);

    // The menu-bar convention of GNOME's HIG 2 (and Firefox, Thunderbird): Edit ▸ Preferences…,
    // last in the Edit menu. KDE's Settings menu would take Alt+S from Pa&ssphrase.
    m_preferencesAction = new QAction(Icons::icon(Icons::Glyph::Preferences), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAction = new QAction(Icons::icon(Icons::Glyph::Quit), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    // No toolbar: each tab has Regenerate and Copy beside its value, and the menus hold the rest,
    // with their shortcuts shown.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openListAction);
    m_fileMenu->addAction(m_verifyRecordAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_regenerateAction);
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_clearNowAction);
    m_editMenu->addSeparator();
    // In the Edit menu rather than a menu of their own, whose mnemonic every free letter of the
    // tabs would clash with.
    m_editMenu->addAction(m_qrAction);
    m_editMenu->addAction(m_wifiQrAction);
    m_editMenu->addAction(m_generateManyAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_historyAction);
    m_editMenu->addAction(m_checkAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Passforge"));
    const QString titles[] = {tr("&Password"), tr("Pa&ssphrase"), tr("&Token"), tr("&Number"),
                              tr("Pick a &winner")};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles[i]);
    m_regenerateAction->setText(tr("&Regenerate"));
    m_regenerateAction->setToolTip(tr("Make a new value with the same options"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the value to the clipboard"));
    m_clearNowAction->setText(tr("C&lear now"));
    m_clearNowAction->setToolTip(tr("Take the copied value off the clipboard now"));
    m_openListAction->setText(tr("&Open list…"));
    m_verifyRecordAction->setText(tr("&Verify a draw record…"));
    m_verifyRecordAction->setToolTip(tr("Check a saved draw record against its list"));
    m_historyAction->setText(tr("&History…"));
    m_historyAction->setToolTip(tr("This session's passwords, passphrases and tokens"));
    m_qrAction->setText(tr("Show as &QR code…"));
    m_qrAction->setToolTip(tr("Show the value as a QR code for a phone to read"));
    m_wifiQrAction->setText(tr("&Wi-Fi QR code…"));
    m_wifiQrAction->setToolTip(tr("A QR code that joins phones to a network with this password"));
    m_generateManyAction->setText(tr("Generate &many…"));
    m_generateManyAction->setToolTip(tr("Many values of these options, to copy or save"));
    m_checkAction->setText(tr("Chec&k a password…"));
    m_checkAction->setToolTip(tr("How hard a password you already have is to guess"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Passforge"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
}

void MainWindow::changeEvent(QEvent *event)
{
    // A language chosen in Preferences applies at once: installing its translators sends every
    // widget this event, and each puts its words in the new language, keeping what it shows.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const TabPage *page = currentPage();
    m_regenerateAction->setEnabled(page && page->canRegenerate());
    m_copyAction->setEnabled(page && page->canCopy());
    m_clearNowAction->setEnabled(m_guard->holdsSecret());
    m_qrAction->setEnabled(page && page->canShowQrCode());
    m_wifiQrAction->setEnabled(m_passwordTab && m_passwordTab->canShowWifiQrCode());
    m_generateManyAction->setEnabled(page && page->canGenerateMany());
}

void MainWindow::applyClipboardSettings()
{
    m_guard->setClearAfterSeconds(m_settings.value(AppSettings::ClearAfterSeconds));
    m_guard->setClearOnQuit(m_settings.value(AppSettings::ClearOnQuit));
}

void MainWindow::restoreState()
{
    {
        // Restoring the tab is not a change of it.
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(m_settings.value(AppSettings::CurrentTab));
    }
    const QByteArray geometry = m_settings.value(AppSettings::WindowGeometry);
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        // The size is known: the current tab is built now and the others after the window first
        // appears (showEvent), which keeps their construction off the start-up.
        page(m_tabs->currentIndex());
        return;
    }
    // The first start sizes the window to what every tab needs, so all are built first.
    buildAllPages();
    resize(defaultSize());
}

QSize MainWindow::defaultSize() const
{
    // What the tabs need and no more, so that no tab is half empty; wide enough for a default
    // password and the Pick tab's two columns on one line.
    const QSize content = sizeHint();
    return {std::max(content.width(), fontMetrics().averageCharWidth() * 80), content.height()};
}

void MainWindow::saveState()
{
    m_stateSaved = true;
    m_settings.setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::CurrentTab, m_tabs->currentIndex());
    // A tab not built yet has changed nothing.
    for (const TabPage *page : m_pages) {
        if (page)
            page->saveOptions(m_settings);
    }
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_history.clear();
    saveState();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = m_settings.value(AppSettings::Language);
    dialog.save(m_settings);
    applyClipboardSettings();
    if (!m_settings.value(AppSettings::KeepHistory))
        m_history.clear();
    if (m_settings.value(AppSettings::Language) != language && QCoreApplication::instance())
        passforge::gui::installTranslations(*QCoreApplication::instance(), m_settings);
}

void MainWindow::showHistory()
{
    HistoryDialog dialog(
        m_history, m_settings.value(AppSettings::KeepHistory),
        [this](const QString &secret) { m_guard->copy(secret); }, this);
    dialog.exec();
}

void MainWindow::showPasswordCheck()
{
    PasswordCheckDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Passforge"),
        tr("<h3>Passforge %1</h3>"
           "<p>Passwords, passphrases, tokens, random numbers and fair draws from the operating "
           "system's random source, in five tabs: Password, Passphrase, Token, Number and Pick a "
           "winner. Nothing you generate is saved.</p>"
           "<p><a href=\"%2\">%2</a></p>"
           "<p>Credits: the built-in wordlists are made from EFF's large wordlist (English), "
           "dys2p's German list, the French list made for Tails, victordargallo's Spanish and "
           "Italian lists and drebs's Brazilian Portuguese list, screened with the LDNOOBW "
           "lists; strength estimates come from zxcvbn-c; QR codes from qrcodegen; look-alike "
           "names are found with ICU's confusable data; the window is built with Qt.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(PASSFORGE_VERSION),
                 QStringLiteral("https://github.com/passforge/passforge")));
}
