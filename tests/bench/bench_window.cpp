// SPDX-License-Identifier: GPL-3.0-or-later
// passforge_bench_window: how long the window's event loop is blocked by what a user does, at
// the heaviest settings. A 1 ms timer runs throughout; the longest gap between its ticks while
// an interaction runs is how long the window stopped answering. Prints one line per scenario:
//   <scenario><TAB><worst gap in ms>
// Run by tests/bench/compare.py (./build.sh bench), offscreen; never part of ctest.
#include "AppSettings.h"
#include "MainWindow.h"
#include "PickTab.h"
#include "gui/Tabs.h"
#include "passforge/OsRandomSource.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Runs the event loop for ms, or until done() (checked each millisecond). Unlike QTest::qWait,
// which sleeps 10 ms between rounds of events, nothing here blocks the loop itself.
void spin(
    int ms, const std::function<bool()> &done = [] { return false; })
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
}

// The longest time the event loop went without serving a 1 ms timer while work() ran and until
// done() said it had finished.
double worstGapMs(const std::function<void()> &work, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    tick.start();
    spin(20); // the timer settles
    worst = 0;
    last = clock.nsecsElapsed();
    QTimer::singleShot(0, work);
    spin(5);
    spin(120'000, done);
    spin(20); // the last tick after the work
    worst = std::max(worst, clock.nsecsElapsed() - last);
    return double(worst) / 1e6;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        std::fprintf(stderr, "passforge_bench_window: no widget named %s\n", name);
        std::exit(1);
    }
    return found;
}

bool listCleared(QWidget *pick)
{
    auto *edit = child<QPlainTextEdit>(pick, "listEdit");
    if (edit->isReadOnly() || !edit->toPlainText().isEmpty()) {
        std::fprintf(stderr, "passforge_bench_window: the list did not clear\n");
        return false;
    }
    return true;
}

void report(const char *scenario, double ms)
{
    std::printf("%s\t%.2f\n", scenario, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    AppSettings settings;
    passforge::OsRandomSource source;
    MainWindow window(source, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *tabs = child<QTabWidget>(&window, "tabs");

    // The password tab at the CLI's heaviest: length 1024, minimums filling it, then Regenerate.
    QWidget *password = child<QWidget>(&window, "passwordTab");
    showTab(tabs, password);
    report("password: set length 1024 with minimums 256/512/256",
           worstGapMs(
               [&] {
                   // One change per event, as a user makes them.
                   const std::pair<const char *, int> steps[] = {{"lengthSpinBox", 1024},
                                                                 {"minLowerSpin", 256},
                                                                 {"minUpperSpin", 512},
                                                                 {"minDigitsSpin", 256}};
                   int delay = 0;
                   for (const auto &[name, value] : steps)
                       QTimer::singleShot(delay += 5, [password, name, value] {
                           child<QSpinBox>(password, name)->setValue(value);
                       });
               },
               [&] { return child<QSpinBox>(password, "minDigitsSpin")->value() == 256; }));
    int regenerated = 0;
    report("password: regenerate at length 1024 with minimums, 20 times",
           worstGapMs(
               [&] {
                   for (int i = 0; i < 20; ++i) {
                       QTimer::singleShot(i, [&] {
                           child<QAbstractButton>(password, "regenerateButton")->click();
                           ++regenerated;
                       });
                   }
               },
               [&] { return regenerated == 20; }));

    // The pick tab with a million distinct names (the CLI's pick benchmark).
    auto *pick = child<PickTab>(&window, "pickTab");
    showTab(tabs, pick);
    const QString path = config.filePath(QStringLiteral("million.txt"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray text;
        for (int i = 0; i < 1'000'000; ++i)
            text += "Entrant number " + QByteArray::number(i).rightJustified(7, '0') + '\n';
        file.write(text);
    }
    QSignalSpy loaded(pick, &PickTab::loadFinished);
    report("pick: open a 1,000,000-line list",
           worstGapMs([&] { pick->loadListFile(path); }, [&] { return loaded.count() > 0; }));
    child<QSpinBox>(pick, "winnersSpinBox")->setValue(10);
    report("pick: draw 10 of 1,000,000",
           worstGapMs([&] { child<QAbstractButton>(pick, "drawButton")->click(); },
                      [] { return true; }));
    report("pick: replace a winner among 1,000,000",
           worstGapMs(
               [&] {
                   child<QListWidget>(pick, "resultList")->setCurrentRow(0);
                   child<QAbstractButton>(pick, "replaceWinnerButton")->click();
               },
               [] { return true; }));
    const std::size_t drawsBefore = pick->draws().size();
    report("pick: shuffle 1,000,000 entries (until it is shown)",
           worstGapMs([&] { child<QAbstractButton>(pick, "shuffleButton")->click(); },
                      [&] { return pick->draws().size() == drawsBefore + 1; }));

    // Typing into the longest list the editor holds (1 MB, about 40,000 lines).
    child<QAbstractButton>(pick, "clearListButton")->click();
    if (!listCleared(pick))
        return 1;
    QString text;
    for (int i = 0; i < 40'000; ++i)
        text += QStringLiteral("Entrant %1\n").arg(i, 7, 10, QLatin1Char('0'));
    auto *edit = child<QPlainTextEdit>(pick, "listEdit");
    edit->setPlainText(text);
    spin(400);
    // Each key is its own event, as typed; the list is counted after a pause (300 ms), which
    // the measurement waits out.
    QElapsedTimer typed;
    report("pick: type a name into a 40,000-line list",
           worstGapMs(
               [&] {
                   edit->setFocus();
                   edit->moveCursor(QTextCursor::End);
                   for (int i = 0; i < 3; ++i)
                       QTimer::singleShot(30 * i, [edit, i] { QTest::keyClick(edit, "Ada"[i]); });
                   typed.start();
               },
               [&] { return typed.isValid() && typed.elapsed() > 500; }));
    return 0;
}
