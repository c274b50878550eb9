// SPDX-License-Identifier: GPL-3.0-or-later
// ClipboardGuard on a real X server: what it copies, when it clears and what it leaves alone,
// each time as seen by ANOTHER process (xclip), which is how a paste target or a clipboard
// manager sees it. Runs under Xvfb with QT_QPA_PLATFORM=xcb (see CMakeLists.txt).

#include "ClipboardGuard.h"
#include "X11TestMain.h"
#include "XClipboard.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <climits>
#include <memory>
#include <utility>
#include <vector>

using namespace xclipboard;

namespace {

constexpr auto Clipboard = QClipboard::Clipboard;
constexpr auto Primary = QClipboard::Selection;

// Made-up values, not secrets. The second has non-ASCII text and characters that a shell or a
// careless encoder would mangle, to show the bytes cross the process boundary as UTF-8.
const QString Secret = QStringLiteral("Tr0ub4dor&3-\"quoted\"-'$HOME'-\\");
const QString UnicodeSecret = QStringLiteral("p\u00e4ssw\u00f6rd-\u20ac-\U0001F511-\u65e5\u672c");
const QString UserText = QStringLiteral("the user's own text");

// One second of the guard's countdown lasts this long here (ClipboardGuard's tick), so that
// the countdown's sequence is checked without sleeping through real seconds.
constexpr int TickMs = 200;
// Qt's CoarseTimer may fire an interval up to 5 % early; five of them can end at 4.75 ticks.
// Clearing earlier than this would be a countdown that does not count its ticks.
constexpr qint64 EarliestFiveSecondClearMs = 5 * TickMs - TickMs / 2;
// Upper bound for things that should take about a second; loose because the suite runs two
// tests at a time on two shared cores.
constexpr int SlackMs = 10000;

enum class Trigger { ClearNow, Timeout, Destroy, Quit };
enum class Foreign { None, OnClipboard, OnPrimary, SameTextOnClipboard };

using Countdown = std::vector<std::pair<int, int>>;

Countdown countdownOf(const QSignalSpy &spy)
{
    Countdown steps;
    for (const QList<QVariant> &args : spy)
        steps.emplace_back(args.at(0).toInt(), args.at(1).toInt());
    return steps;
}

bool selectionEmpty(QClipboard::Mode mode)
{
    const Result result = read(mode);
    return result.finished && result.exitCode == 1 && result.out.isEmpty();
}

// Ends the application's event loop the way a user's quit does: aboutToQuit is emitted when
// QCoreApplication::exec() returns. The test keeps running afterwards.
void quitApplication()
{
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QCOMPARE(QCoreApplication::exec(), 0);
}

} // namespace

Q_DECLARE_METATYPE(Trigger)
Q_DECLARE_METATYPE(Foreign)

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clearAfterSecondsIsClamped_data();
    void clearAfterSecondsIsClamped();
    void copyReachesOtherProcesses_data();
    void copyReachesOtherProcesses();
    void clearsOnlyWhatStillHoldsOurValue_data();
    void clearsOnlyWhatStillHoldsOurValue();
    void keepsValueWhenClearOnQuitIsOff_data();
    void keepsValueWhenClearOnQuitIsOff();
    void copyAgainRestartsCountdown_data();
    void copyAgainRestartsCountdown();
    void timeoutOffKeepsValue();

private:
    std::unique_ptr<ClipboardGuard> m_guard;
    std::vector<std::unique_ptr<ForeignOwner>> m_foreign;
};

void TestClipboardGuard::initTestCase()
{
    // Under any other platform plugin, "the clipboard" would be Qt's in-process fake.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty(),
             "xclip is not installed (./build.sh installs it)");
    QVERIFY(QGuiApplication::clipboard()->supportsSelection());
}

void TestClipboardGuard::init()
{
    // Every case starts with both selections unowned, so that "holds X" afterwards can only be
    // the work of the case, and "empty" is a change that it caused.
    QTRY_VERIFY_WITH_TIMEOUT(selectionEmpty(Clipboard) && selectionEmpty(Primary), SlackMs);
    m_guard = std::make_unique<ClipboardGuard>(nullptr, std::chrono::milliseconds(TickMs));
}

void TestClipboardGuard::cleanup()
{
    m_guard.reset();
    // Killing a foreign owner leaves its selection unowned (the X server resets the owner of a
    // selection whose client disconnects).
    m_foreign.clear();
    QGuiApplication::clipboard()->clear(Clipboard);
    QGuiApplication::clipboard()->clear(Primary);
}

void TestClipboardGuard::clearAfterSecondsIsClamped_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("expected");
    // From the spec: 0 (or less) is "off"; otherwise 5 to 600 s.
    QTest::addRow("negative means off") << -1 << 0;
    QTest::addRow("zero means off") << 0 << 0;
    QTest::addRow("1 s raised to 5") << 1 << 5;
    QTest::addRow("4 s raised to 5") << 4 << 5;
    QTest::addRow("5 s kept") << 5 << 5;
    QTest::addRow("20 s kept") << 20 << 20;
    QTest::addRow("600 s kept") << 600 << 600;
    QTest::addRow("601 s lowered to 600") << 601 << 600;
    QTest::addRow("INT_MAX lowered to 600") << INT_MAX << 600;
}

void TestClipboardGuard::clearAfterSecondsIsClamped()
{
    QFETCH(int, seconds);
    QFETCH(int, expected);
    QCOMPARE(m_guard->clearAfterSeconds(), 20); // the spec's default
    QVERIFY(m_guard->clearOnQuit());
    m_guard->setClearAfterSeconds(seconds);
    QCOMPARE(m_guard->clearAfterSeconds(), expected);
}

void TestClipboardGuard::copyReachesOtherProcesses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("ASCII with quotes and backslash") << Secret;
    QTest::addRow("non-ASCII and astral plane") << UnicodeSecret;
}

void TestClipboardGuard::copyReachesOtherProcesses()
{
    QFETCH(QString, value);
    QSignalSpy copied(m_guard.get(), &ClipboardGuard::copied);
    QSignalSpy countdown(m_guard.get(), &ClipboardGuard::countdownChanged);

    m_guard->copy(value);

    QCOMPARE(copied.size(), 1);
    // The default 20 s countdown starts at once, at its full length.
    QCOMPARE(countdownOf(countdown), (Countdown{{20, 20}}));
    QVERIFY(m_guard->isCountingDown());
    // Each mode owns its own payload: one QMimeData set on both would be deleted twice.
    const QClipboard *clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard->mimeData(Clipboard) != clipboard->mimeData(Primary));

    for (const QClipboard::Mode mode : {Clipboard, Primary}) {
        VERIFY_SELECTION_HOLDS(mode, value);
        const QStringList offered = targets(mode);
        QVERIFY2(offered.contains(QStringLiteral("x-kde-passwordManagerHint")),
                 qPrintable(offered.join(u' ')));
        QVERIFY2(offered.contains(QStringLiteral("UTF8_STRING")), qPrintable(offered.join(u' ')));
        // Other platforms' hints mean nothing to X11 clients; offered, managers would store them.
        for (const QString &target : offered) {
            QVERIFY2(!target.contains(QLatin1String("windows-mime")) &&
                         !target.contains(QLatin1String("nspasteboard")),
                     qPrintable(target));
        }
        // Klipper and the managers that follow it skip an entry whose hint reads "secret".
        const Result hint = read(mode, QStringLiteral("x-kde-passwordManagerHint"));
        QVERIFY(hint.finished);
        QCOMPARE(hint.exitCode, 0);
        QCOMPARE(hint.out, QByteArrayLiteral("secret"));
    }
}

void TestClipboardGuard::clearsOnlyWhatStillHoldsOurValue_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<Foreign>("foreign");
    const std::pair<Trigger, const char *> triggers[] = {{Trigger::ClearNow, "clearNow"},
                                                         {Trigger::Timeout, "5 s timeout"},
                                                         {Trigger::Destroy, "destruction"},
                                                         {Trigger::Quit, "quit"}};
    const std::pair<Foreign, const char *> foreigns[] = {
        {Foreign::None, "both still ours"},
        {Foreign::OnClipboard, "user copied to CLIPBOARD"},
        {Foreign::OnPrimary, "user selected into PRIMARY"}};
    for (const auto &[trigger, triggerName] : triggers) {
        for (const auto &[foreign, foreignName] : foreigns)
            QTest::addRow("%s, %s", triggerName, foreignName) << trigger << foreign;
    }
    // Our exact text, re-owned by another client (a clipboard manager keeping it alive, say),
    // is still the secret: it is cleared too. Instant trigger only; the check is the same.
    QTest::addRow("clearNow, our text re-owned by another client")
        << Trigger::ClearNow << Foreign::SameTextOnClipboard;
}

void TestClipboardGuard::clearsOnlyWhatStillHoldsOurValue()
{
    QFETCH(Trigger, trigger);
    QFETCH(Foreign, foreign);
    m_guard->setClearAfterSeconds(trigger == Trigger::Timeout ? 5 : 600);
    QSignalSpy countdown(m_guard.get(), &ClipboardGuard::countdownChanged);
    QSignalSpy cleared(m_guard.get(), &ClipboardGuard::cleared);

    QElapsedTimer sinceCopy;
    sinceCopy.start();
    m_guard->copy(Secret);
    VERIFY_SELECTION_HOLDS(Clipboard, Secret);
    VERIFY_SELECTION_HOLDS(Primary, Secret);

    const QString foreignText = foreign == Foreign::SameTextOnClipboard ? Secret : UserText;
    const bool foreignOnClipboard = foreign == Foreign::OnClipboard;
    const bool foreignOnPrimary = foreign == Foreign::OnPrimary;
    if (foreign != Foreign::None) {
        auto owner = std::make_unique<ForeignOwner>(
            foreign == Foreign::OnPrimary ? Primary : Clipboard, foreignText);
        QVERIFY2(owner->start(), qPrintable(owner->errorString()));
        m_foreign.push_back(std::move(owner));
    }

    switch (trigger) {
    case Trigger::ClearNow:
        m_guard->clearNow();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(countdownOf(countdown), (Countdown{{600, 600}, {0, 600}}));
        QVERIFY(!m_guard->isCountingDown());
        break;
    case Trigger::Timeout:
        QVERIFY(cleared.wait(5 * TickMs + SlackMs));
        QVERIFY2(sinceCopy.elapsed() >= EarliestFiveSecondClearMs,
                 qPrintable(QString::number(sinceCopy.elapsed())));
        // One step a second from the full 5 s down to the 0 that ends it.
        QCOMPARE(countdownOf(countdown),
                 (Countdown{{5, 5}, {4, 5}, {3, 5}, {2, 5}, {1, 5}, {0, 5}}));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!m_guard->isCountingDown());
        break;
    case Trigger::Destroy:
        m_guard.reset();
        break;
    case Trigger::Quit:
        quitApplication();
        if (QTest::currentTestFailed())
            return;
        break;
    }

    if (foreignOnClipboard)
        VERIFY_SELECTION_HOLDS(Clipboard, foreignText);
    else
        VERIFY_SELECTION_EMPTY(Clipboard);
    if (foreignOnPrimary)
        VERIFY_SELECTION_HOLDS(Primary, foreignText);
    else
        VERIFY_SELECTION_EMPTY(Primary);
}

void TestClipboardGuard::keepsValueWhenClearOnQuitIsOff_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addRow("destruction") << Trigger::Destroy;
    QTest::addRow("quit") << Trigger::Quit;
}

void TestClipboardGuard::keepsValueWhenClearOnQuitIsOff()
{
    QFETCH(Trigger, trigger);
    m_guard->setClearAfterSeconds(600);
    m_guard->setClearOnQuit(false);
    m_guard->copy(Secret);

    if (trigger == Trigger::Destroy) {
        m_guard.reset();
    } else {
        quitApplication();
        if (QTest::currentTestFailed())
            return;
    }

    // The user chose to keep it: the value stays, served by this process.
    VERIFY_SELECTION_HOLDS(Clipboard, Secret);
    VERIFY_SELECTION_HOLDS(Primary, Secret);
}

void TestClipboardGuard::copyAgainRestartsCountdown_data()
{
    QTest::addColumn<QString>("second");
    QTest::addRow("same value copied again") << Secret;
    QTest::addRow("new value copied") << UnicodeSecret;
}

void TestClipboardGuard::copyAgainRestartsCountdown()
{
    QFETCH(QString, second);
    m_guard->setClearAfterSeconds(5);
    QSignalSpy countdown(m_guard.get(), &ClipboardGuard::countdownChanged);
    QSignalSpy cleared(m_guard.get(), &ClipboardGuard::cleared);

    QElapsedTimer sinceFirstCopy;
    sinceFirstCopy.start();
    m_guard->copy(Secret);
    // Two seconds in (5, 4, 3), copy again: the countdown starts over at 5.
    QTRY_COMPARE_WITH_TIMEOUT(countdown.size(), 3, 2 * TickMs + SlackMs);
    m_guard->copy(second);
    QCOMPARE(countdown.size(), 4);

    // 4, 3, 2, 1 more: about 6 s after the first copy, past the moment it would have cleared.
    QTRY_COMPARE_WITH_TIMEOUT(countdown.size(), 8, 4 * TickMs + SlackMs);
    QVERIFY2(sinceFirstCopy.elapsed() > 5 * TickMs,
             qPrintable(QString::number(sinceFirstCopy.elapsed())));
    QCOMPARE(cleared.size(), 0);
    VERIFY_SELECTION_HOLDS(Clipboard, second);
    VERIFY_SELECTION_HOLDS(Primary, second);

    QVERIFY(cleared.wait(TickMs + SlackMs));
    QCOMPARE(countdownOf(countdown),
             (Countdown{{5, 5}, {4, 5}, {3, 5}, {5, 5}, {4, 5}, {3, 5}, {2, 5}, {1, 5}, {0, 5}}));
    QCOMPARE(cleared.size(), 1);
    VERIFY_SELECTION_EMPTY(Clipboard);
    VERIFY_SELECTION_EMPTY(Primary);
}

void TestClipboardGuard::timeoutOffKeepsValue()
{
    m_guard->setClearAfterSeconds(5);
    QSignalSpy countdown(m_guard.get(), &ClipboardGuard::countdownChanged);
    QSignalSpy cleared(m_guard.get(), &ClipboardGuard::cleared);
    m_guard->copy(Secret);

    // Turning auto-clear off mid-countdown leaves the running countdown, and its total, alone:
    // the value on the clipboard was copied under the 5 s promise.
    m_guard->setClearAfterSeconds(0);
    QCOMPARE(m_guard->clearAfterSeconds(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(countdown.size(), 3, 2 * TickMs + SlackMs);
    QCOMPARE(countdownOf(countdown), (Countdown{{5, 5}, {4, 5}, {3, 5}}));

    // The next copy is made with auto-clear off: it ends the old countdown (with a final 0, so
    // that a status bar hides it) and starts none.
    QSignalSpy copied(m_guard.get(), &ClipboardGuard::copied);
    m_guard->copy(UnicodeSecret);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(countdownOf(countdown), (Countdown{{5, 5}, {4, 5}, {3, 5}, {0, 5}}));
    QVERIFY(!m_guard->isCountingDown());

    // Wait past both the old countdown's deadline and the shortest timeout there is (5 s).
    QTest::qWait(5 * TickMs + TickMs / 2);
    QCOMPARE(countdown.size(), 4);
    QCOMPARE(cleared.size(), 0);
    VERIFY_SELECTION_HOLDS(Clipboard, UnicodeSecret);
    VERIFY_SELECTION_HOLDS(Primary, UnicodeSecret);

    // "Clear now" still works with auto-clear off.
    m_guard->clearNow();
    QCOMPARE(cleared.size(), 1);
    VERIFY_SELECTION_EMPTY(Clipboard);
    VERIFY_SELECTION_EMPTY(Primary);
}

PASSFORGE_X11_TEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
