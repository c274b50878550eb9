// SPDX-License-Identifier: GPL-3.0-or-later
// The window with getrandom failing (the LD_PRELOAD shim, set by ctest): every generator tab
// shows the failure in place of a value with Copy disabled, the pick tab shows it in place of a
// result, and nothing reaches the clipboard.
#include "MainWindow.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"
#include "passforge/ByteSource.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestFailClosedGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatorTabsShowTheFailure_data();
    void generatorTabsShowTheFailure();
    void pickShowsTheFailure();
    void nothingReachesTheClipboard();
    void failureMidSessionIsShownNotHidden();

private:
    QTemporaryDir m_config;
};

namespace {

// A byte source that fails as the OS one does when getrandom(2) reports EIO: injected into the
// window (the CLI's test, tst_failclosed, drives the real OS source through an LD_PRELOAD shim).
// It may first serve some bytes, for a source that fails while the window is open.
class FailingSource : public passforge::ByteSource
{
public:
    explicit FailingSource(qsizetype goodBytes = 0)
        : m_left(goodBytes)
    {}
    void fill(std::span<std::byte> out) override
    {
        if (static_cast<qsizetype>(out.size()) > m_left)
            throw passforge::RandomSourceError("getrandom failed: Input/output error");
        m_left -= static_cast<qsizetype>(out.size());
        for (std::byte &b : out)
            b = std::byte{0x5a}; // scripted: only to let the window start before the failure
    }

private:
    qsizetype m_left;
};

} // namespace

void TestFailClosedGui::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestFailClosedGui::generatorTabsShowTheFailure_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : {"passwordTab", "passphraseTab", "tokenTab", "numberTab"})
        QTest::newRow(page) << QString::fromLatin1(page);
}

void TestFailClosedGui::generatorTabsShowTheFailure()
{
    QFETCH(QString, page);
    guitest::WindowParts parts;
    FailingSource failing;
    MainWindow window(failing, parts.settings);
    window.show();
    // A second start builds the tabs it does not show first after it appears.
    QTRY_VERIFY(window.allPagesBuilt());
    auto *tab = window.findChild<QWidget *>(page);
    if (!tab && page == QLatin1String("passphraseTab"))
        QSKIP("this build has no passphrase tab");
    QVERIFY(tab);
    showTab(window.findChild<QTabWidget *>(QStringLiteral("tabs")), tab);
    auto *value = tab->findChild<ValueDisplay *>(QStringLiteral("valueField"));
    auto *copy = tab->findChild<QAbstractButton *>(QStringLiteral("copyButton"));
    auto *regenerate = tab->findChild<QAbstractButton *>(QStringLiteral("regenerateButton"));
    QVERIFY(value && copy && regenerate);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QVERIFY2(value->errorText().contains(QLatin1String("random source failed")),
                 qPrintable(value->errorText()));
        QVERIFY2(value->errorText().contains(QLatin1String("Input/output error")),
                 qPrintable(value->errorText()));
        QVERIFY(!value->hasValue());
        QVERIFY(value->value().isEmpty());
        QVERIFY(!copy->isEnabled());
        // Regenerating fails the same way: no fallback kicks in on a second try.
        QTest::mouseClick(regenerate, Qt::LeftButton);
    }
}

void TestFailClosedGui::pickShowsTheFailure()
{
    guitest::WindowParts parts;
    FailingSource failing;
    MainWindow window(failing, parts.settings);
    window.show();
    // A second start builds the tabs it does not show first after it appears.
    QTRY_VERIFY(window.allPagesBuilt());
    auto *tab = window.findChild<QWidget *>(QStringLiteral("pickTab"));
    QVERIFY(tab);
    showTab(window.findChild<QTabWidget *>(QStringLiteral("tabs")), tab);
    auto *list = tab->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"));
    auto *draw = tab->findChild<QAbstractButton *>(QStringLiteral("drawButton"));
    auto *shuffle = tab->findChild<QAbstractButton *>(QStringLiteral("shuffleButton"));
    auto *results = tab->findChild<QListWidget *>(QStringLiteral("resultList"));
    auto *message = tab->findChild<QLabel *>(QStringLiteral("resultMessageLabel"));
    auto *copyResult = tab->findChild<QAbstractButton *>(QStringLiteral("copyResultButton"));
    auto *copyRecord = tab->findChild<QAbstractButton *>(QStringLiteral("copyRecordButton"));
    QVERIFY(list && draw && shuffle && results && message && copyResult && copyRecord);
    list->setPlainText(QStringLiteral("Ada\nGrace\nLinus\n"));
    for (QAbstractButton *button : {draw, shuffle}) {
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY2(message->text().contains(QLatin1String("random source failed")),
                     qPrintable(message->text()));
        QCOMPARE(results->count(), 0);
        QVERIFY(!copyResult->isEnabled());
        QVERIFY(!copyRecord->isEnabled());
    }
}

void TestFailClosedGui::nothingReachesTheClipboard()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    guitest::WindowParts parts;
    FailingSource failing;
    MainWindow window(failing, parts.settings);
    window.show();
    // A second start builds the tabs it does not show first after it appears.
    QTRY_VERIFY(window.allPagesBuilt());
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Copy) && action->isEnabled())
            action->trigger();
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

void TestFailClosedGui::failureMidSessionIsShownNotHidden()
{
    // The source works while the window starts, then fails: the next Regenerate shows the
    // failure, and the value before it is gone, not left on screen as if it were new.
    guitest::WindowParts parts;
    FailingSource failing(64 * 1024);
    MainWindow window(failing, parts.settings);
    window.show();
    // A second start builds the tabs it does not show first after it appears.
    QTRY_VERIFY(window.allPagesBuilt());
    auto *tab = window.findChild<QWidget *>(QStringLiteral("passwordTab"));
    auto *value = tab->findChild<ValueDisplay *>(QStringLiteral("valueField"));
    auto *regenerate = tab->findChild<QAbstractButton *>(QStringLiteral("regenerateButton"));
    QVERIFY(value->hasValue());
    for (int i = 0; i < 10000 && value->hasValue(); ++i)
        regenerate->click();
    QVERIFY(!value->hasValue());
    QVERIFY2(value->errorText().contains(QLatin1String("random source failed")),
             qPrintable(value->errorText()));
    QVERIFY(!tab->findChild<QAbstractButton *>(QStringLiteral("copyButton"))->isEnabled());
}

QTEST_MAIN(TestFailClosedGui)
#include "tst_failclosed_gui.moc"
