// SPDX-License-Identifier: GPL-3.0-or-later
// The window with getrandom failing (the LD_PRELOAD shim, set by ctest): every generator tab
// shows the failure in place of a value with Copy disabled, the pick tab shows it in place of a
// result, and nothing reaches the clipboard.
#include "MainWindow.h"
#include "ValueDisplay.h"

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

private:
    QTemporaryDir m_config;
};

void TestFailClosedGui::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("getrandom_fault")),
             "run through ctest, which preloads the getrandom shim");
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
    MainWindow window;
    window.show();
    auto *tab = window.findChild<QWidget *>(page);
    if (!tab && page == QLatin1String("passphraseTab"))
        QSKIP("this build has no passphrase tab");
    QVERIFY(tab);
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
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
    MainWindow window;
    window.show();
    auto *tab = window.findChild<QWidget *>(QStringLiteral("pickTab"));
    QVERIFY(tab);
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
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
    MainWindow window;
    window.show();
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Copy) && action->isEnabled())
            action->trigger();
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

QTEST_MAIN(TestFailClosedGui)
#include "tst_failclosed_gui.moc"
