// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a whole: Regenerate and Copy from buttons, the toolbar and the keyboard; copies
// going only through ClipboardGuard (with its "do not store" hint); show/hide; and the status
// bar's clipboard countdown with "Clear now".
#include "ClipboardGuard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

using guitest::child;

namespace {

const QString Hint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

class TestGuiWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowIconIsBundled();
    void initTestCase();
    void init();
    void cleanup();

    void objectNamesArePresent();
    void regenerateKeysAndButtons_data();
    void regenerateKeysAndButtons();
    void copyPathsGoThroughTheGuard_data();
    void copyPathsGoThroughTheGuard();
    void ctrlCElsewhereIsNotTaken();
    void valueCannotBeSelected();
    void showHideMasksButCopiesTheValue();
    void countdownAndClearNow();
    void menusHoldTheActionsAndThereIsNoToolbar();
    void copyPlainForNumbersAndDraws();
    void layoutStaysPut();

private:
    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    QWidget *m_tab = nullptr;
    ValueDisplay *m_field = nullptr;
};

void TestGuiWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiWindow::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_tab = child<QWidget>(m_window, "passwordTab");
    m_field = child<ValueDisplay>(m_tab, "valueField");
    QVERIFY(m_tab && m_field);
    QGuiApplication::clipboard()->clear();
}

void TestGuiWindow::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiWindow::windowIconIsBundled()
{
    // No icon theme has Passforge's icon before it is installed: the bundled PNGs stand in.
    guitest::WindowParts parts;
    MainWindow window(parts.os, parts.settings);
    // Set once the event loop runs, after the window's first appearance (start-up time).
    QTRY_VERIFY(!window.windowIcon().isNull());
    const QIcon icon = window.windowIcon();
    for (int size : {16, 32, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.width(), size);
        // The drawn tile is opaque at its centre.
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 200);
    }
}

void TestGuiWindow::objectNamesArePresent()
{
    // Other tests and the X clipboard test find widgets by these names.
    QVERIFY(child<QTabWidget>(m_window, "tabs"));
    for (const char *tab : {"passwordTab", "tokenTab", "numberTab"}) {
        QWidget *page = child<QWidget>(m_window, tab);
        QVERIFY2(page, tab);
        for (const char *name : {"valueField", "copyButton", "regenerateButton", "entropyLabel",
                                 "strengthBar", "showValueToggle"})
            QVERIFY2(child<QWidget>(page, name), name);
    }
    QWidget *pick = child<QWidget>(m_window, "pickTab");
    QVERIFY(pick);
    for (const char *name :
         {"listEdit", "listSummaryLabel", "removeDuplicatesCheck", "winnersSpinBox", "drawButton",
          "shuffleButton", "resultList", "copyResultButton", "copyRecordButton", "openListButton"})
        QVERIFY2(child<QWidget>(pick, name), name);
    QVERIFY(child<QProgressBar>(m_window, "clipboardProgress"));
    QVERIFY(child<QAction>(m_window, "clearNowAction"));
    QCOMPARE(m_window->clipboardGuard(), m_window->findChild<ClipboardGuard *>());
}

void TestGuiWindow::regenerateKeysAndButtons_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Ctrl+R") << QStringLiteral("ctrl+r");
    QTest::addRow("F5") << QStringLiteral("f5");
    QTest::addRow("Regenerate button") << QStringLiteral("button");
    QTest::addRow("Edit menu action") << QStringLiteral("action");
}

void TestGuiWindow::regenerateKeysAndButtons()
{
    QFETCH(QString, how);
    for (const char *tabName : {"passwordTab", "tokenTab", "numberTab"}) {
        QWidget *tab = child<QWidget>(m_window, tabName);
        showTab(child<QTabWidget>(m_window, "tabs"), tab);
        auto *field = child<ValueDisplay>(tab, "valueField");
        if (QLatin1String(tabName) == QLatin1String("numberTab")) {
            // 1..100 repeats too often to see a change; use a range where a repeat is 2^-60.
            guitest::typeInto(child<QLineEdit>(tab, "maxEdit"),
                              QStringLiteral("1000000000000000000"));
        }
        const QString before = field->value();
        QVERIFY(!before.isEmpty());
        if (how == QLatin1String("ctrl+r"))
            QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
        else if (how == QLatin1String("f5"))
            QTest::keyClick(m_window, Qt::Key_F5);
        else if (how == QLatin1String("button"))
            QTest::mouseClick(child<QPushButton>(tab, "regenerateButton"), Qt::LeftButton);
        else
            child<QAction>(m_window, "regenerateAction")->trigger();
        // A repeat of a 20-character password, a 256-bit token or a 60-bit number is
        // negligible, so a changed value means the key regenerated.
        QVERIFY2(field->value() != before, tabName);
    }
}

void TestGuiWindow::copyPathsGoThroughTheGuard_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Copy button") << QStringLiteral("button");
    QTest::addRow("Edit menu action") << QStringLiteral("action");
    QTest::addRow("Ctrl+C in the value field") << QStringLiteral("ctrl+c");
}

void TestGuiWindow::copyPathsGoThroughTheGuard()
{
    QFETCH(QString, how);
    QSignalSpy copied(m_window->clipboardGuard(), &ClipboardGuard::copied);
    // The secrets' tabs; a number is plain text (copyPlainForNumbersAndDraws).
    for (const char *tabName : {"passwordTab", "passphraseTab", "tokenTab"}) {
        QWidget *tab = child<QWidget>(m_window, tabName);
        showTab(child<QTabWidget>(m_window, "tabs"), tab);
        auto *field = child<ValueDisplay>(tab, "valueField");
        if (how == QLatin1String("button")) {
            QTest::mouseClick(child<QPushButton>(tab, "copyButton"), Qt::LeftButton);
        } else if (how == QLatin1String("action")) {
            child<QAction>(m_window, "copyAction")->trigger();
        } else {
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        }
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), field->value());
        // The guard's mark: only ClipboardGuard::copy adds it.
        QCOMPARE(mime->data(Hint), QByteArrayLiteral("secret"));
    }
    QCOMPARE(copied.count(), 3);
}

void TestGuiWindow::ctrlCElsewhereIsNotTaken()
{
    // In a text box, Ctrl+C copies that box's selection, not the password.
    auto *exclude = child<QLineEdit>(m_tab, "excludeEdit");
    guitest::typeInto(exclude, QStringLiteral("xyz"));
    exclude->selectAll();
    QTest::keyClick(exclude, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("xyz"));
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(Hint));
}

void TestGuiWindow::valueCannotBeSelected()
{
    // A selection would reach the clipboard (and X11's PRIMARY) without the guard.
    QCOMPARE(m_field->textInteractionFlags(), Qt::NoTextInteraction);
    QTest::mouseDClick(m_field->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
    m_field->setFocus();
    QTest::keyClick(m_field, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(!m_field->textCursor().hasSelection());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestGuiWindow::showHideMasksButCopiesTheValue()
{
    auto *toggle = child<QToolButton>(m_tab, "showValueToggle");
    QVERIFY(toggle->isChecked()); // shown by default
    const QString value = m_field->value();
    QCOMPARE(m_field->toPlainText(), value);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!toggle->isChecked());
    QCOMPARE(m_field->toPlainText(), QString(value.size(), QChar(0x2022)));
    QVERIFY(!m_field->toPlainText().contains(value));
    QCOMPARE(m_field->value(), value);
    // Regenerating keeps the mask.
    QTest::mouseClick(child<QPushButton>(m_tab, "regenerateButton"), Qt::LeftButton);
    QCOMPARE(m_field->toPlainText(), QString(m_field->value().size(), QChar(0x2022)));
    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_field->value());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_field->toPlainText(), m_field->value());
}

void TestGuiWindow::countdownAndClearNow()
{
    auto *progress = child<QProgressBar>(m_window, "clipboardProgress");
    auto *clearNow = child<QAction>(m_window, "clearNowAction");
    QVERIFY(!progress->isVisible());
    QVERIFY(!clearNow->isEnabled());

    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_field->value());
    // The default timeout is 20 s; the bar starts full and runs down once a second.
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 20);
    QCOMPARE(progress->value(), 20);
    QVERIFY(clearNow->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 19, 3000);

    // Copying again restarts the countdown.
    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QCOMPARE(progress->value(), 20);

    QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
    clearNow->trigger();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!progress->isVisible());
    QVERIFY(!clearNow->isEnabled());
}

QTEST_MAIN(TestGuiWindow)
void TestGuiWindow::menusHoldTheActionsAndThereIsNoToolbar()
{
    // One way to do each thing: the tab's buttons beside the value, and the menus; no toolbar.
    QVERIFY(m_window->findChildren<QToolBar *>().isEmpty());
    QMap<QString, QStringList> menus;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QStringList names;
        for (QAction *action : menuAction->menu()->actions())
            if (!action->isSeparator())
                names << action->objectName();
        menus.insert(menuAction->text(), names);
    }
    QCOMPARE(menus.keys(), QStringList({QStringLiteral("&Edit"), QStringLiteral("&File"),
                                        QStringLiteral("&Help")}));
    QCOMPARE(menus.value(QStringLiteral("&Edit")),
             QStringList({QStringLiteral("regenerateAction"), QStringLiteral("copyAction"),
                          QStringLiteral("clearNowAction"), QStringLiteral("qrAction"),
                          QStringLiteral("wifiQrAction"), QStringLiteral("generateManyAction"),
                          QStringLiteral("historyAction"), QStringLiteral("checkAction"),
                          QStringLiteral("preferencesAction")}));
    // The shortcuts are shown: Ctrl+R first for Regenerate, Ctrl+C for Copy.
    auto *regenerate = child<QAction>(m_window, "regenerateAction");
    QCOMPARE(regenerate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(regenerate->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    auto *copy = child<QAction>(m_window, "copyAction");
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(copy->text(), QStringLiteral("&Copy"));
    QCOMPARE(regenerate->text(), QStringLiteral("&Regenerate"));
    // Clear now is the window's: enabled while a secret of ours may be on the clipboard.
    auto *clearNow = child<QAction>(m_window, "clearNowAction");
    QVERIFY(!clearNow->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QVERIFY(clearNow->isEnabled());
    clearNow->trigger();
    QVERIFY(!clearNow->isEnabled());
}

void TestGuiWindow::copyPlainForNumbersAndDraws()
{
    // A number is no secret: plain text, no hint, no countdown; a secret before it is replaced.
    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QVERIFY(m_window->clipboardGuard()->isCountingDown());
    QWidget *number = child<QWidget>(m_window, "numberTab");
    showTab(child<QTabWidget>(m_window, "tabs"), number);
    QSignalSpy plain(m_window->clipboardGuard(), &ClipboardGuard::copiedPlain);
    QTest::mouseClick(child<QPushButton>(number, "copyButton"), Qt::LeftButton);
    QCOMPARE(plain.count(), 1);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), child<ValueDisplay>(number, "valueField")->value());
    QVERIFY(!mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!m_window->clipboardGuard()->isCountingDown());
    QVERIFY(!m_window->clipboardGuard()->holdsSecret());
    QVERIFY(!child<QAction>(m_window, "clearNowAction")->isEnabled());
}

void TestGuiWindow::layoutStaysPut()
{
    // The value area is two lines high whatever it shows, and the status bar keeps its height
    // when the countdown appears: nothing on a tab moves.
    const auto top = [this](QWidget *w) {
        return w->mapTo(m_window, QPoint(0, 0)).y();
    };
    auto *tabs = child<QTabWidget>(m_window, "tabs");
    QWidget *number = child<QWidget>(m_window, "numberTab");
    showTab(tabs, number);
    auto *count = child<QSpinBox>(number, "countSpinBox");
    auto *distinct = child<QCheckBox>(number, "distinctCheck");
    auto *numberField = child<ValueDisplay>(number, "valueField");
    QApplication::processEvents();
    const int countTop = top(count), distinctTop = top(distinct);
    const int fieldHeight = numberField->height();
    guitest::typeInto(count, 5);
    QApplication::processEvents();
    QCOMPARE(numberField->value().count(u'\n'), 4);
    QCOMPARE(numberField->height(), fieldHeight);
    QCOMPARE(top(count), countTop);
    QCOMPARE(top(distinct), distinctTop);
    guitest::typeInto(count, 1000);
    QApplication::processEvents();
    QCOMPARE(top(distinct), distinctTop);

    showTab(tabs, m_tab);
    auto *length = child<QSpinBox>(m_tab, "lengthSpinBox");
    auto *exclude = child<QLineEdit>(m_tab, "excludeEdit");
    guitest::typeInto(length, 8);
    QApplication::processEvents();
    const int excludeTop = top(exclude);
    const int passwordHeight = m_field->height();
    for (int n : {60, 200, 1024}) {
        guitest::typeInto(length, n);
        QApplication::processEvents();
        QCOMPARE(m_field->height(), passwordHeight);
        QCOMPARE(top(exclude), excludeTop);
    }
    const QFontMetrics metrics(m_field->font());
    QVERIFY2(m_field->height() >= 2 * metrics.lineSpacing() &&
                 m_field->height() < 3 * metrics.lineSpacing() + 24,
             qPrintable(QString::number(m_field->height())));

    const int statusHeight = m_window->statusBar()->height();
    QTest::mouseClick(child<QPushButton>(m_tab, "copyButton"), Qt::LeftButton);
    QApplication::processEvents();
    QVERIFY(child<QProgressBar>(m_window, "clipboardProgress")->isVisible());
    QCOMPARE(m_window->statusBar()->height(), statusHeight);
    QCOMPARE(top(exclude), excludeTop);
}

#include "tst_gui_window.moc"
