// SPDX-License-Identifier: GPL-3.0-or-later
// A whole session in the window: generate on every tab, copy each value, draw and shuffle a
// list, copy the results, reveal and copy again from the history, make many values at once,
// check a typed password, quit. Then every value that was shown, and every name of the pasted
// list, is searched for in the config, cache and data directories and in everything the process
// wrote to stderr or through Qt's message handler. There must be no hit.
#include "GenerateManyDialog.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "PasswordCheckDialog.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

QByteArray messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &text)
{
    messages += text.toUtf8() + '\n';
}

QByteArray readTree(const QString &root)
{
    QByteArray all;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.fileName().toUtf8() + '\n' + file.readAll() + '\n';
    }
    return all;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeSessionLeavesNoValueBehind();
};

void TestSecretHygiene::wholeSessionLeavesNoValueBehind()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    const QString cache = home.filePath(QStringLiteral("cache"));
    const QString data = home.filePath(QStringLiteral("data"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));

    // Everything written to file descriptor 2 goes to a file for the length of the session.
    QTemporaryFile stderrFile;
    QVERIFY(stderrFile.open());
    std::fflush(stderr);
    const int savedStderr = ::dup(2);
    QVERIFY(::dup2(stderrFile.handle(), 2) == 2);
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);

    QStringList shown;
    const QStringList names = {QStringLiteral("Zephyrine Quillfeather-Abernathy"),
                               QStringLiteral("Bartholomew Xanthopoulos-Grüning"),
                               QStringLiteral("Ottoline Vasquez-Nakamura"),
                               QStringLiteral("Ingeborg Thistlewood-Okonkwo")};
    const QString checked = QStringLiteral("Vexillology-Quagmire-4729");
    guitest::WindowParts parts;
    {
        auto *window = new MainWindow(parts.os, parts.settings);
        window->show();
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        // Long values, so that a hit cannot be a coincidence.
        if (auto *count = window->findChild<QSpinBox *>(QStringLiteral("countSpinBox")))
            count->setValue(3);
        if (auto *min = window->findChild<QLineEdit *>(QStringLiteral("minEdit")))
            min->setText(QStringLiteral("-9000000000000000000"));
        if (auto *max = window->findChild<QLineEdit *>(QStringLiteral("maxEdit")))
            max->setText(QStringLiteral("9000000000000000000"));
        for (const char *pageName : {"passwordTab", "passphraseTab", "tokenTab", "numberTab"}) {
            auto *page = window->findChild<QWidget *>(QString::fromLatin1(pageName));
            if (!page)
                continue; // a build without that tab
            showTab(tabs, page);
            auto *value = page->findChild<ValueDisplay *>(QStringLiteral("valueField"));
            auto *copy = page->findChild<QAbstractButton *>(QStringLiteral("copyButton"));
            auto *regenerate =
                page->findChild<QAbstractButton *>(QStringLiteral("regenerateButton"));
            QVERIFY(value && copy && regenerate);
            for (int i = 0; i < 3; ++i) {
                QTRY_VERIFY(value->hasValue());
                shown += value->value().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QTest::mouseClick(copy, Qt::LeftButton);
                QTest::mouseClick(regenerate, Qt::LeftButton);
            }
        }
        auto *pick = window->findChild<QWidget *>(QStringLiteral("pickTab"));
        QVERIFY(pick);
        showTab(tabs, pick);
        pick->findChild<QPlainTextEdit *>(QStringLiteral("listEdit"))
            ->setPlainText(names.join(QLatin1Char('\n')));
        auto *winners = pick->findChild<QSpinBox *>(QStringLiteral("winnersSpinBox"));
        auto *results = pick->findChild<QListWidget *>(QStringLiteral("resultList"));
        QVERIFY(winners && results);
        winners->setValue(2);
        for (const char *button : {"drawButton", "copyResultButton", "copyRecordButton",
                                   "shuffleButton", "copyResultButton", "copyRecordButton"}) {
            auto *b = pick->findChild<QAbstractButton *>(QString::fromLatin1(button));
            QVERIFY2(b, button);
            QTRY_VERIFY2(b->isEnabled(), button);
            QTest::mouseClick(b, Qt::LeftButton);
        }
        QVERIFY(results->count() > 0);

        // The history, every value revealed and one copied again.
        QVERIFY(window->history().size() >= 9);
        int revealed = 0;
        QTimer::singleShot(0, window, [&] {
            if (auto *history = qobject_cast<HistoryDialog *>(QApplication::activeModalWidget())) {
                for (int row = 0; row < history->view()->model()->rowCount(); ++row, ++revealed)
                    history->setRevealed(row, true);
                history->copyRow(0);
                history->reject();
            }
        });
        window->findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
        QVERIFY(revealed >= 9);
        // Many values of the token tab, copied.
        showTab(tabs, window->findChild<QWidget *>(QStringLiteral("tokenTab")));
        QString many;
        QTimer::singleShot(0, window, [&] {
            if (auto *dialog =
                    qobject_cast<GenerateManyDialog *>(QApplication::activeModalWidget())) {
                dialog->start(20);
                QTRY_VERIFY(!dialog->isRunning());
                dialog->copyAll();
                many = QApplication::clipboard()->text();
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        window->findChild<QAction *>(QStringLiteral("generateManyAction"))->trigger();
        shown += many.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(many.count(QLatin1Char('\n')), 20);
        // A password the user typed to check.
        QTimer::singleShot(0, window, [&] {
            if (auto *check =
                    qobject_cast<PasswordCheckDialog *>(QApplication::activeModalWidget())) {
                QTest::keyClicks(check->passwordEdit(), checked);
                check->reject();
            }
        });
        window->findChild<QAction *>(QStringLiteral("checkAction"))->trigger();
        // Quit as a user would: the window saves its settings on close.
        window->close();
        delete window;
    }
    QCoreApplication::processEvents();

    qInstallMessageHandler(previous);
    std::fflush(stderr);
    ::dup2(savedStderr, 2);
    ::close(savedStderr);
    stderrFile.seek(0);
    const QByteArray capturedStderr = stderrFile.readAll() + messages;

    const QByteArray stored = readTree(config) + readTree(cache) + readTree(data);
    // The session did write its settings, so there was something to search.
    QVERIFY2(stored.contains("passforge.conf"), stored.constData());
    QVERIFY(shown.size() >= 12);
    QVERIFY(shown.size() >= 32);
    QStringList secrets = shown + names + QStringList{checked};
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(secret.size() >= 8, qPrintable(secret));
        const QByteArray needle = secret.toUtf8();
        QVERIFY2(!stored.contains(needle), qPrintable(QStringLiteral("stored: ") + secret));
        QVERIFY2(!capturedStderr.contains(needle), qPrintable(QStringLiteral("stderr: ") + secret));
    }
}

QTEST_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
