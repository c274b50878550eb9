// SPDX-License-Identifier: GPL-3.0-or-later
// The real Passforge window on a real X server: a value copied through each of the window's
// routes reaches another process (xclip) with the "do not store" hint, leaves after the timeout
// set in passforge.conf, on "Clear now" and on quit, and text the user copied meanwhile stays.
// Selecting in the value field must not put the value on PRIMARY behind the guard's back.

#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "X11TestMain.h"
#include "XClipboard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

#include <memory>
#include <vector>

using namespace xclipboard;

namespace {

constexpr auto Clipboard = QClipboard::Clipboard;
constexpr auto Primary = QClipboard::Selection;
const QString UserText = QStringLiteral("the user's own text");
// See tst_clipboardguard.cpp: five coarse 1 s ticks end no earlier than 4.75 s.
constexpr qint64 EarliestFiveSecondClearMs = 4500;
constexpr int SlackMs = 10000;

enum class Route { CopyButton, CtrlCInField, EditMenuCopy, FieldContextMenu };

bool selectionEmpty(QClipboard::Mode mode)
{
    const Result result = read(mode);
    return result.finished && result.exitCode == 1 && result.out.isEmpty();
}

} // namespace

Q_DECLARE_METATYPE(Route)

class TestClipboardWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyRoutesGoThroughGuard_data();
    void copyRoutesGoThroughGuard();
    void copyButtonClearsAfterTimeout();
    void userTextSurvivesTimeout();
    void drawsAndNumbersArePlainAndStay();
    void quitClearsClipboard();
    void selectingInFieldSetsNoSelection();

private:
    // Copies through the copy button and checks what another process reads; returns the value.
    QString copyWithButton();

    QTemporaryDir m_configHome;
    std::unique_ptr<guitest::WindowParts> m_parts;
    std::unique_ptr<MainWindow> m_window;
    QTextEdit *m_field = nullptr;
    QPushButton *m_copyButton = nullptr;
    QProgressBar *m_progress = nullptr;
    std::vector<std::unique_ptr<ForeignOwner>> m_foreign;
};

void TestClipboardWindow::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty(),
             "xclip is not installed (./build.sh installs it)");
    QVERIFY(m_configHome.isValid());
    // The window reads $XDG_CONFIG_HOME/passforge/passforge.conf: point it at a fresh directory.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    QApplication::setOrganizationName(QStringLiteral("passforge"));
    QApplication::setApplicationName(QStringLiteral("passforge"));
}

void TestClipboardWindow::init()
{
    QTRY_VERIFY_WITH_TIMEOUT(selectionEmpty(Clipboard) && selectionEmpty(Primary), SlackMs);

    // Written by hand, in the documented format, rather than through the app's own settings code.
    QVERIFY(QDir(m_configHome.path()).mkpath(QStringLiteral("passforge")));
    QFile conf(m_configHome.filePath(QStringLiteral("passforge/passforge.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write("[clipboard]\nclearAfterSeconds=5\nclearOnQuit=true\n"
               "[password]\nshowValue=true\n"
               "[window]\ncurrentTab=0\n");
    conf.close();

    m_parts = std::make_unique<guitest::WindowParts>();
    m_window = std::make_unique<MainWindow>(m_parts->os, m_parts->settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The 5 s of the file reached the guard (the default would be 20 s).
    QCOMPARE(m_window->clipboardGuard()->clearAfterSeconds(), 5);

    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    auto *passwordTab = tabs->findChild<QWidget *>(QStringLiteral("passwordTab"));
    QVERIFY(passwordTab);
    QCOMPARE(tabs->currentIndex(), tabIndexOf(tabs, passwordTab));
    m_field = passwordTab->findChild<QTextEdit *>(QStringLiteral("valueField"));
    m_copyButton = passwordTab->findChild<QPushButton *>(QStringLiteral("copyButton"));
    m_progress = m_window->findChild<QProgressBar *>(QStringLiteral("clipboardProgress"));
    QVERIFY(m_field && m_copyButton && m_progress);
    QVERIFY(m_copyButton->isEnabled());
    QVERIFY(!m_progress->isVisible());
}

void TestClipboardWindow::cleanup()
{
    m_window.reset();
    m_parts.reset();
    m_field = nullptr;
    m_copyButton = nullptr;
    m_progress = nullptr;
    m_foreign.clear();
    QGuiApplication::clipboard()->clear(Clipboard);
    QGuiApplication::clipboard()->clear(Primary);
}

QString TestClipboardWindow::copyWithButton()
{
    // The value as the user sees it (shown, not masked, per the config file).
    const QString shown = m_field->toPlainText();
    QTest::mouseClick(m_copyButton, Qt::LeftButton);
    // 20 characters from the default password classes: the field showed the value itself.
    if (!QTest::qCompare(shown.size(), 20, "shown.size()", "20", __FILE__, __LINE__))
        return {};
    xclipboard::verifyHolds(Clipboard, shown, __FILE__, __LINE__);
    xclipboard::verifyHolds(Primary, shown, __FILE__, __LINE__);
    return shown;
}

void TestClipboardWindow::copyRoutesGoThroughGuard_data()
{
    QTest::addColumn<Route>("route");
    QTest::addRow("Copy button") << Route::CopyButton;
    QTest::addRow("Ctrl+C in the value field") << Route::CtrlCInField;
    QTest::addRow("Edit menu Copy") << Route::EditMenuCopy;
    QTest::addRow("value field context menu") << Route::FieldContextMenu;
}

void TestClipboardWindow::copyRoutesGoThroughGuard()
{
    QFETCH(Route, route);
    QSignalSpy copied(m_window->clipboardGuard(), &ClipboardGuard::copied);
    const QString shown = m_field->toPlainText();
    QCOMPARE(shown.size(), 20);

    switch (route) {
    case Route::CopyButton:
        QTest::mouseClick(m_copyButton, Qt::LeftButton);
        break;
    case Route::CtrlCInField:
        m_field->setFocus();
        QTest::keyClick(m_field, Qt::Key_C, Qt::ControlModifier);
        break;
    case Route::EditMenuCopy: {
        // The window has no toolbar: Copy is in the Edit menu, showing Ctrl+C.
        auto *action = m_window->findChild<QAction *>(QStringLiteral("copyAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Copy));
        QVERIFY(m_window->findChildren<QToolBar *>().isEmpty());
        action->trigger();
        break;
    }
    case Route::FieldContextMenu: {
        // The menu runs its own event loop: pick "Copy" from it once it is up.
        bool picked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            for (QAction *action : menu->actions()) {
                if (action->shortcut() == QKeySequence(QKeySequence::Copy) && action->isEnabled()) {
                    action->trigger();
                    picked = true;
                }
            }
            menu->close();
        });
        poll.start(20);
        const QPoint centre = m_field->viewport()->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, centre,
                                m_field->viewport()->mapToGlobal(centre));
        QApplication::sendEvent(m_field->viewport(), &event);
        QVERIFY2(picked, "no enabled Copy entry in the value field's context menu");
        break;
    }
    }

    QCOMPARE(copied.size(), 1);
    VERIFY_SELECTION_HOLDS(Clipboard, shown);
    VERIFY_SELECTION_HOLDS(Primary, shown);
    const QStringList offered = targets(Clipboard);
    QVERIFY2(offered.contains(QStringLiteral("x-kde-passwordManagerHint")),
             qPrintable(offered.join(u' ')));
    const Result hint = read(Clipboard, QStringLiteral("x-kde-passwordManagerHint"));
    QCOMPARE(hint.exitCode, 0);
    QCOMPARE(hint.out, QByteArrayLiteral("secret"));
    // The countdown is on show, at the 5 s from the config file.
    QVERIFY(m_progress->isVisible());
    QCOMPARE(m_progress->maximum(), 5);

    // "Clear now" (the status bar's action) takes it off both at once.
    auto *clearNow = m_window->findChild<QAction *>(QStringLiteral("clearNowAction"));
    QVERIFY(clearNow);
    QVERIFY(clearNow->isEnabled());
    clearNow->trigger();
    VERIFY_SELECTION_EMPTY(Clipboard);
    VERIFY_SELECTION_EMPTY(Primary);
    QVERIFY(!m_progress->isVisible());
}

void TestClipboardWindow::copyButtonClearsAfterTimeout()
{
    QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
    QElapsedTimer sinceCopy;
    sinceCopy.start();
    const QString value = copyWithButton();
    if (QTest::currentTestFailed())
        return;
    const QStringList offered = targets(Primary);
    QVERIFY2(offered.contains(QStringLiteral("x-kde-passwordManagerHint")),
             qPrintable(offered.join(u' ')));

    QVERIFY(cleared.wait(5000 + SlackMs));
    QVERIFY2(sinceCopy.elapsed() >= EarliestFiveSecondClearMs,
             qPrintable(QString::number(sinceCopy.elapsed())));
    VERIFY_SELECTION_EMPTY(Clipboard);
    VERIFY_SELECTION_EMPTY(Primary);
    QVERIFY(!m_progress->isVisible());
    // The field still shows the value: only the clipboard forgets it.
    QCOMPARE(m_field->toPlainText(), value);
}

void TestClipboardWindow::userTextSurvivesTimeout()
{
    QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
    copyWithButton();
    if (QTest::currentTestFailed())
        return;
    // Before the timeout, the user copies to CLIPBOARD and selects into PRIMARY elsewhere.
    for (const QClipboard::Mode mode : {Clipboard, Primary}) {
        auto owner = std::make_unique<ForeignOwner>(mode, UserText);
        QVERIFY2(owner->start(), qPrintable(owner->errorString()));
        m_foreign.push_back(std::move(owner));
    }
    QVERIFY(cleared.wait(5000 + SlackMs));
    VERIFY_SELECTION_HOLDS(Clipboard, UserText);
    VERIFY_SELECTION_HOLDS(Primary, UserText);
}

void TestClipboardWindow::drawsAndNumbersArePlainAndStay()
{
    // A draw result is meant to be published: it goes to the clipboard as plain text, with no
    // "do not store" hint and no countdown, and is still there after the timeout. Copying it
    // replaces a secret copied before, whose countdown ends.
    QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
    copyWithButton();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_progress->isVisible());

    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *pickTab = tabs->findChild<QWidget *>(QStringLiteral("pickTab"));
    showTab(tabs, pickTab);
    pickTab->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))
        ->setPlainText(QStringLiteral("Ada\nGrace\nLinus\n"));
    QTest::mouseClick(pickTab->findChild<QPushButton *>(QStringLiteral("drawButton")),
                      Qt::LeftButton);
    const QString winnerRow =
        pickTab->findChild<QListWidget *>(QStringLiteral("resultList"))->item(0)->text();
    const QString winner = winnerRow.section(QStringLiteral(". "), 1);
    QVERIFY2(QStringList({QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus")})
                 .contains(winner),
             qPrintable(winnerRow));
    QTest::mouseClick(pickTab->findChild<QPushButton *>(QStringLiteral("copyResultButton")),
                      Qt::LeftButton);
    VERIFY_SELECTION_HOLDS(Clipboard, winner);
    VERIFY_SELECTION_HOLDS(Primary, winner);
    for (const QClipboard::Mode mode : {Clipboard, Primary}) {
        const QStringList offered = targets(mode);
        QVERIFY2(!offered.contains(QStringLiteral("x-kde-passwordManagerHint")),
                 qPrintable(offered.join(u' ')));
    }
    QVERIFY(!m_progress->isVisible());
    QVERIFY(!m_window->clipboardGuard()->isCountingDown());
    // Past the 5 s timeout, it is still there.
    QTest::qWait(5000 + 1500);
    QCOMPARE(cleared.count(), 0);
    VERIFY_SELECTION_HOLDS(Clipboard, winner);
    VERIFY_SELECTION_HOLDS(Primary, winner);

    // The record too, and a number (a dice roll is no secret).
    QTest::mouseClick(pickTab->findChild<QPushButton *>(QStringLiteral("copyRecordButton")),
                      Qt::LeftButton);
    const Result record = read(Clipboard);
    QVERIFY2(record.out.contains("SHA-256"), record.out.constData());
    QVERIFY(!targets(Clipboard).contains(QStringLiteral("x-kde-passwordManagerHint")));
    auto *numberTab = tabs->findChild<QWidget *>(QStringLiteral("numberTab"));
    showTab(tabs, numberTab);
    const QString number =
        numberTab->findChild<QTextEdit *>(QStringLiteral("valueField"))->toPlainText();
    QTest::mouseClick(numberTab->findChild<QPushButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    VERIFY_SELECTION_HOLDS(Clipboard, number);
    QVERIFY(!targets(Clipboard).contains(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!m_window->clipboardGuard()->isCountingDown());
}

void TestClipboardWindow::quitClearsClipboard()
{
    copyWithButton();
    if (QTest::currentTestFailed())
        return;
    QAction *quit = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Quit))
            quit = action;
    }
    QVERIFY(quit);
    // File > Quit closes the last window, which ends QApplication::exec() as in main.cpp;
    // aboutToQuit follows, and with it the clear, before the process could hand the value on.
    QTimer::singleShot(0, quit, &QAction::trigger);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!m_window->isVisible());
    VERIFY_SELECTION_EMPTY(Clipboard);
    VERIFY_SELECTION_EMPTY(Primary);
}

void TestClipboardWindow::selectingInFieldSetsNoSelection()
{
    // Dragging across, double- and triple-clicking the value are how X11 users select text;
    // a selection would put the value on PRIMARY without the hint and without the timed clear.
    QWidget *viewport = m_field->viewport();
    const QRect area = viewport->rect();
    const QPoint start(area.left() + 4, area.center().y());
    const QPoint end(area.right() - 4, area.center().y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int x = start.x(); x <= end.x(); x += 20)
        QTest::mouseMove(viewport, QPoint(x, start.y()));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, area.center());
    QTest::mouseClick(viewport, Qt::LeftButton, {}, area.center());
    QTest::qWait(200); // time for a selection, were there one, to reach the X server

    VERIFY_SELECTION_EMPTY(Primary);
    VERIFY_SELECTION_EMPTY(Clipboard);
    QVERIFY(!m_field->textCursor().hasSelection());
}

PASSFORGE_X11_TEST_MAIN(TestClipboardWindow)
#include "tst_clipboardwindow.moc"
