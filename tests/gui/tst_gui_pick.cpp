// SPDX-License-Identifier: GPL-3.0-or-later
// The pick tab through its widgets: the live summary, draws and shuffles that come from the list,
// copying the result and the draw record, opening and dropping files, the size limit, and the
// invalid states with recovery.
#include "ClipboardGuard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PickListEdit.h"
#include "PickTab.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QUrl>

using guitest::child;

namespace {

// "3. Grace" -> "Grace", checking the rank.
QString winnerAt(QListWidget *list, int row)
{
    const QString text = list->item(row)->text();
    const QString prefix = QString::number(row + 1) + QStringLiteral(". ");
    return text.startsWith(prefix) ? text.mid(prefix.size()) : QString();
}

} // namespace

class TestGuiPick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void summaryCountsEntriesAndDuplicates_data();
    void summaryCountsEntriesAndDuplicates();
    void typingUpdatesTheSummary();
    void drawnWinnersComeFromTheList();
    void removeDuplicatesGivesOneTicketEach();
    void shuffleIsAPermutation();
    void copyResultAndRecord();
    void invalidStatesExplainAndRecover();
    void refusedNameMarksItsLine();
    void lookalikesShownUnderTheList();
    void editingTheListClearsTheResult();
    void openFileWithBomAndCrLf();
    void refusesOversizedAndNonUtf8Files();
    void refusesOversizedPaste();
    void refusesFiftyMegabytePaste();
    void dropAFile();
    void drawsAreKeptAndNumbered();
    void longTypedListIsCountedInTheBackground();
    void shuffleOfManyRunsInTheBackground();
    void replaceWinnerDrawsARunnerUp();
    void longFileIsCountedInTheBackground();
    void longPasteIsCountedInTheBackground();
    void longFileThatIsNoListKeepsTheList();

private:
    void setList(const QString &text) { m_edit->setPlainText(text); }

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    PickTab *m_tab = nullptr;
    PickListEdit *m_edit = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_result = nullptr;
    QSpinBox *m_winners = nullptr;
    QPushButton *m_draw = nullptr;
};

void TestGuiPick::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
}

void TestGuiPick::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
    m_tab = child<PickTab>(m_window, "pickTab");
    QVERIFY(m_tab);
    showTab(child<QTabWidget>(m_window, "tabs"), m_tab);
    m_edit = child<PickListEdit>(m_tab, "listEdit");
    m_summary = child<QLabel>(m_tab, "listSummaryLabel");
    m_result = child<QListWidget>(m_tab, "resultList");
    m_winners = child<QSpinBox>(m_tab, "winnersSpinBox");
    m_draw = child<QPushButton>(m_tab, "drawButton");
    QVERIFY(m_edit && m_summary && m_result && m_winners && m_draw);
}

void TestGuiPick::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

void TestGuiPick::summaryCountsEntriesAndDuplicates_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("removeDuplicates");
    QTest::addColumn<QString>("summary");

    // Lines are trimmed and blank lines skipped: Ada, Grace, Ada, Linus, Grace = 3 names, 2 extra.
    const QString list = QStringLiteral("Ada\nGrace\nAda\nLinus\n\n   \n  Grace  \n");
    QTest::addRow("duplicates kept") << list << false
                                     << QStringLiteral("3 entries, 2 duplicates (each counts as "
                                                       "an extra ticket)");
    QTest::addRow("duplicates removed")
        << list << true << QStringLiteral("3 entries, 2 duplicates (removed)");
    QTest::addRow("singular") << QStringLiteral("Ada\nAda\n") << false
                              << QStringLiteral("1 entry, 1 duplicate (each counts as an extra "
                                                "ticket)");
    QTest::addRow("no duplicates") << QStringLiteral("Ada\r\nGrace\r\n") << false
                                   << QStringLiteral("2 entries, no duplicates");
    QTest::addRow("blank") << QStringLiteral(" \n\n") << false << QStringLiteral("No entries yet.");
}

void TestGuiPick::summaryCountsEntriesAndDuplicates()
{
    QFETCH(QString, list);
    QFETCH(bool, removeDuplicates);
    QFETCH(QString, summary);
    guitest::setChecked(child<QCheckBox>(m_tab, "removeDuplicatesCheck"), removeDuplicates);
    setList(list);
    QCOMPARE(m_summary->text(), summary);
}

void TestGuiPick::typingUpdatesTheSummary()
{
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("Bob"));
    QTRY_COMPARE(m_summary->text(), QStringLiteral("1 entry, no duplicates"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("Bob"));
    QTRY_COMPARE(m_summary->text(),
                 QStringLiteral("1 entry, 1 duplicate (each counts as an extra ticket)"));
}

void TestGuiPick::drawnWinnersComeFromTheList()
{
    const QStringList names{QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus"),
                            QStringLiteral("Barbara"), QStringLiteral("Edsger")};
    setList(names.join(QLatin1Char('\n')));
    guitest::typeInto(m_winners, 3);
    QSet<QString> everWon;
    for (int round = 0; round < 40; ++round) {
        QTest::mouseClick(m_draw, Qt::LeftButton);
        QCOMPARE(m_result->count(), 3);
        QSet<QString> winners;
        for (int row = 0; row < 3; ++row) {
            const QString name = winnerAt(m_result, row);
            QVERIFY2(names.contains(name), qPrintable(m_result->item(row)->text()));
            winners.insert(name);
        }
        QCOMPARE(winners.size(), 3); // distinct winners
        everWon.unite(winners);
    }
    // Each name wins a round with probability 3/5; missing all 40 is (2/5)^40 < 1e-15.
    QCOMPARE(everWon.size(), names.size());
    // Draw is the only way to draw: F5 and Ctrl+R leave the winners as they are, and the
    // window's Regenerate is disabled on this tab.
    const QStringList before = [&] {
        QStringList rows;
        for (int row = 0; row < m_result->count(); ++row)
            rows << m_result->item(row)->text();
        return rows;
    }();
    auto *regenerate = m_window->findChild<QAction *>(QStringLiteral("regenerateAction"));
    QVERIFY(regenerate);
    QVERIFY(!regenerate->isEnabled());
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(m_window, Qt::Key_F5);
        QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
        regenerate->trigger();
    }
    QStringList after;
    for (int row = 0; row < m_result->count(); ++row)
        after << m_result->item(row)->text();
    QCOMPARE(after, before);
    // Changing the options keeps the draw on screen; only Draw makes a new one.
    guitest::typeInto(m_winners, 2);
    QCOMPARE(m_result->count(), 3);
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(m_result->count(), 3);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 2);
    QCOMPARE(m_tab->draws().size(), std::size_t(41));
}

void TestGuiPick::removeDuplicatesGivesOneTicketEach()
{
    // Without removal, "Ada" holds 9 of 10 tickets and wins 9 draws in 10; with it, each name
    // has one ticket and Ada wins half the time. In 200 draws at 1/2, a count outside 61..139
    // is more than 5.6 standard deviations out (two-sided probability about 2e-8, below the
    // suite's 1e-6), while at 9/10 the count would be near 180.
    setList(QStringLiteral("Ada\nAda\nAda\nAda\nAda\nAda\nAda\nAda\nAda\nBob\n"));
    guitest::setChecked(child<QCheckBox>(m_tab, "removeDuplicatesCheck"), true);
    QCOMPARE(m_summary->text(), QStringLiteral("2 entries, 8 duplicates (removed)"));
    int ada = 0;
    for (int round = 0; round < 200; ++round) {
        QTest::mouseClick(m_draw, Qt::LeftButton);
        ada += winnerAt(m_result, 0) == QLatin1String("Ada");
    }
    QVERIFY2(ada > 60 && ada < 140, qPrintable(QString::number(ada)));
}

void TestGuiPick::shuffleIsAPermutation()
{
    // A shuffle shows entries, not tickets: each once, in an order drawn with the tickets as
    // weights, as drawing every entry in turn. Ada holds 2 of the 4 tickets, so she comes first
    // half the time (a third if the weights were ignored): in 400 shuffles, outside 144..256 is
    // 5.6 standard deviations out, about 2e-8.
    const QStringList tickets{QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Ada"),
                              QStringLiteral("Linus")};
    setList(tickets.join(QLatin1Char('\n')));
    auto *shuffle = child<QPushButton>(m_tab, "shuffleButton");
    int adaFirst = 0;
    for (int round = 0; round < 400; ++round) {
        QTest::mouseClick(shuffle, Qt::LeftButton);
        QCOMPARE(m_result->count(), 3);
        QStringList shuffled;
        for (int row = 0; row < m_result->count(); ++row)
            shuffled << winnerAt(m_result, row);
        adaFirst += shuffled.first() == QLatin1String("Ada");
        shuffled.sort();
        QCOMPARE(shuffled, QStringList({QStringLiteral("Ada"), QStringLiteral("Grace"),
                                        QStringLiteral("Linus")}));
    }
    QVERIFY2(adaFirst >= 144 && adaFirst <= 256, qPrintable(QString::number(adaFirst)));
    auto *copyRecord = child<QPushButton>(m_tab, "copyRecordButton");
    QCOMPARE(copyRecord->text(), QStringLiteral("Copy shuffle re&cord"));
    QTest::mouseClick(copyRecord, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Passforge shuffle record\n")));
    QVERIFY(!child<QPushButton>(m_tab, "replaceWinnerButton")->isEnabled());
}

void TestGuiPick::longTypedListIsCountedInTheBackground()
{
    // Past 200,000 characters the editor's text is counted after a pause and off the GUI thread:
    // right after the edit the summary says "Counting…"; then the count arrives. Draw pressed
    // meanwhile counts at once and draws.
    QString text;
    for (int i = 0; i < 30'000; ++i)
        text += QStringLiteral("Typed entrant %1\n").arg(i);
    QVERIFY(text.size() > 200'000 && text.size() < PickTab::EditableListBytes);
    setList(text);
    QCOMPARE(m_summary->text(), QStringLiteral("Counting…"));
    QTRY_COMPARE(m_summary->text(), QStringLiteral("30000 entries, no duplicates"));
    m_edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_edit, QStringLiteral("Late"));
    QCOMPARE(m_summary->text(), QStringLiteral("Counting…"));
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 1);
    QCOMPARE(m_summary->text(), QStringLiteral("30001 entries, no duplicates"));
    // A count started before the last keystroke never lands after it.
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("Later"));
    QTRY_COMPARE(m_summary->text(), QStringLiteral("30002 entries, no duplicates"));
}

void TestGuiPick::shuffleOfManyRunsInTheBackground()
{
    // A shuffle of 25,000 runs on the thread pool: the list stays read-only meanwhile, then the
    // draw log gets it; the window shows its first 1,000 rows, and the copy holds them all.
    QString text;
    for (int i = 0; i < 25'000; ++i)
        text += QStringLiteral("E%1\n").arg(i);
    setList(text);
    QTRY_COMPARE(m_summary->text(), QStringLiteral("25000 entries, no duplicates"));
    QTest::mouseClick(child<QPushButton>(m_tab, "shuffleButton"), Qt::LeftButton);
    QVERIFY(m_tab->draws().empty());
    QVERIFY(m_edit->isReadOnly());
    QVERIFY(!m_draw->isEnabled());
    QTRY_COMPARE(m_tab->draws().size(), std::size_t(1));
    QVERIFY(!m_edit->isReadOnly());
    QCOMPARE(m_result->count(), 1001);
    QCOMPARE(m_result->item(1000)->text(),
             QStringLiteral("… and 24000 more, in the copied result and record"));
    QTest::mouseClick(child<QPushButton>(m_tab, "copyResultButton"), Qt::LeftButton);
    QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), 25'000);
    copied.sort();
    QCOMPARE(QSet<QString>(copied.begin(), copied.end()).size(), 25'000);
}

void TestGuiPick::drawsAreKeptAndNumbered()
{
    // Every draw stays for the session, numbered; a new one never erases the last.
    setList(QStringLiteral("Ada\nGrace\nLinus\nBarbara\n"));
    auto *draws = child<QListWidget>(m_tab, "drawsList");
    QCOMPARE(draws->count(), 0);
    guitest::typeInto(m_winners, 3);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const QStringList first = [&] {
        QStringList rows;
        for (int row = 0; row < m_result->count(); ++row)
            rows << m_result->item(row)->text();
        return rows;
    }();
    guitest::typeInto(m_winners, 1);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_tab, "shuffleButton"), Qt::LeftButton);
    QCOMPARE(draws->count(), 3);
    // The time in the locale's short format (the C locale's has seconds).
    const QRegularExpression item1(
        QStringLiteral("^Draw 1 · \\d\\d?:\\d\\d(:\\d\\d)?( [AP]M)? · 3 winners$"));
    QVERIFY2(item1.match(draws->item(0)->text()).hasMatch(), qPrintable(draws->item(0)->text()));
    QVERIFY2(draws->item(1)->text().startsWith(QStringLiteral("Draw 2 · ")) &&
                 draws->item(1)->text().endsWith(QStringLiteral(" · 1 winner")),
             qPrintable(draws->item(1)->text()));
    QVERIFY2(draws->item(2)->text().startsWith(QStringLiteral("Shuffle 3 · ")) &&
                 draws->item(2)->text().endsWith(QStringLiteral(" · 4 entries")),
             qPrintable(draws->item(2)->text()));
    QCOMPARE(draws->currentRow(), 2);
    // Selecting an earlier draw shows it again, as it was.
    draws->setCurrentRow(0);
    QCOMPARE(m_result->count(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_result->item(row)->text(), first.at(row));
    QTest::mouseClick(child<QPushButton>(m_tab, "copyRecordButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("\nDraw 1 of this session\n")));
}

void TestGuiPick::replaceWinnerDrawsARunnerUp()
{
    // A winner who does not answer is replaced by a runner-up from the tickets left, recorded
    // as a new draw that names the one it amends; the first draw stays as it was.
    const QStringList names{QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus"),
                            QStringLiteral("Barbara")};
    setList(names.join(QLatin1Char('\n')));
    guitest::typeInto(m_winners, 2);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const QString a = winnerAt(m_result, 0), b = winnerAt(m_result, 1);
    auto *replace = child<QPushButton>(m_tab, "replaceWinnerButton");
    QVERIFY(!replace->isEnabled()); // no winner selected
    m_result->setCurrentRow(0);
    QVERIFY(replace->isEnabled());
    QTest::mouseClick(replace, Qt::LeftButton);
    auto *draws = child<QListWidget>(m_tab, "drawsList");
    QCOMPARE(draws->count(), 2);
    const QString c = winnerAt(m_result, 0);
    QVERIFY(c != a && c != b && names.contains(c));
    QCOMPARE(winnerAt(m_result, 1), b);
    QVERIFY2(draws->item(1)->text().startsWith(QStringLiteral("Draw 2 · ")) &&
                 draws->item(1)->text().endsWith(QStringLiteral(" · ") + c +
                                                 QStringLiteral(" replaces a winner of draw 1")),
             qPrintable(draws->item(1)->text()));
    QTest::mouseClick(child<QPushButton>(m_tab, "copyRecordButton"), Qt::LeftButton);
    QVERIFY2(QGuiApplication::clipboard()->text().contains(
                 QStringLiteral("Amends draw 1: %1 replaced by %2").arg(a, c)),
             qPrintable(QGuiApplication::clipboard()->text()));
    // Replacing again draws the last one left; then nobody is left to draw.
    m_result->setCurrentRow(0);
    QTest::mouseClick(replace, Qt::LeftButton);
    const QString d = winnerAt(m_result, 0);
    QCOMPARE(QSet<QString>({a, b, c, d}).size(), 4);
    m_result->setCurrentRow(0);
    QVERIFY(!replace->isEnabled());
    // With a draw on screen, a Draw that cannot run still says why, under the Draw row.
    guitest::typeInto(m_winners, 9);
    QVERIFY(!m_draw->isEnabled());
    auto *why = child<QLabel>(m_tab, "drawProblemLabel");
    QVERIFY(why->isVisible());
    QCOMPARE(why->text(),
             QStringLiteral("Only 4 entries for 9 winners. Ask for fewer winners or add entries."));
    guitest::typeInto(m_winners, 2);
    QVERIFY(!why->isVisible());
    // Draw 1 is unchanged.
    draws->setCurrentRow(0);
    QCOMPARE(winnerAt(m_result, 0), a);
    QCOMPARE(winnerAt(m_result, 1), b);
}

void TestGuiPick::copyResultAndRecord()
{
    auto *copyResult = child<QPushButton>(m_tab, "copyResultButton");
    auto *copyRecord = child<QPushButton>(m_tab, "copyRecordButton");
    setList(QStringLiteral("  Ada\nGrace\r\nAda\n\nLinus\n"));
    QVERIFY(!copyResult->isEnabled());
    QVERIFY(!copyRecord->isEnabled());
    guitest::typeInto(m_winners, 2);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QVERIFY(copyResult->isEnabled());
    QVERIFY(copyRecord->isEnabled());
    const QString first = winnerAt(m_result, 0);
    const QString second = winnerAt(m_result, 1);

    // A draw is meant to be published: plain text, no "do not store" hint, no countdown.
    QTest::mouseClick(copyResult, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), first + QLatin1Char('\n') + second);
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!m_window->clipboardGuard()->isCountingDown());

    QTest::mouseClick(copyRecord, Qt::LeftButton);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    // The normalised list, by hand: trimmed, blank lines dropped, each followed by "\n".
    const QByteArray normalised("Ada\nGrace\nAda\nLinus\n");
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex());
    QVERIFY2(QRegularExpression(
                 QStringLiteral(
                     "^Date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"))
                 .match(lines.value(1))
                 .hasMatch(),
             qPrintable(lines.value(1)));
    QVERIFY(lines.contains(QStringLiteral("Entries: 3")));
    QVERIFY(lines.contains(QStringLiteral("Tickets: 4 (a name on several lines has one ticket "
                                          "per line)")));
    QVERIFY(lines.contains(QStringLiteral("List SHA-256: ") + sha));
    const qsizetype header = lines.indexOf(QStringLiteral("Winners, in draw order:"));
    QVERIFY(header > 0);
    QCOMPARE(lines.value(header + 1), QStringLiteral("1. ") + first);
    QCOMPARE(lines.value(header + 2), QStringLiteral("2. ") + second);
}

void TestGuiPick::invalidStatesExplainAndRecover()
{
    auto *message = child<QLabel>(m_tab, "resultMessageLabel");
    auto *copyResult = child<QPushButton>(m_tab, "copyResultButton");
    // Empty list: nothing to draw from.
    QVERIFY(!m_draw->isEnabled());
    QVERIFY(!child<QPushButton>(m_tab, "shuffleButton")->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Paste or type a list")),
             qPrintable(message->text()));
    // A neutral grey hint, not the red of a problem.
    QCOMPARE(message->palette().color(QPalette::WindowText),
             m_tab->palette().color(QPalette::PlaceholderText));
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 0);

    // More winners than entries.
    setList(QStringLiteral("Ada\nGrace\nLinus\nAda\n"));
    guitest::typeInto(m_winners, 5);
    QVERIFY(!m_draw->isEnabled());
    QVERIFY(!copyResult->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("Only 3 entries for 5 winners. Ask for fewer winners "
                                             "or add entries."));
    QVERIFY(message->isVisible());
    QVERIFY(!m_result->isVisible());

    // Recovery: as many winners as entries draws everyone once.
    guitest::typeInto(m_winners, 3);
    QVERIFY(m_draw->isEnabled());
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QVERIFY(m_result->isVisible());
    QStringList winners;
    for (int row = 0; row < m_result->count(); ++row)
        winners << winnerAt(m_result, row);
    winners.sort();
    QCOMPARE(winners, (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace"),
                                   QStringLiteral("Linus")}));
    QVERIFY(copyResult->isEnabled());
}

void TestGuiPick::refusedNameMarksItsLine()
{
    // "Ad" + U+200B + "a" on line 3 would count as a second Ada: the tab names the line and the
    // code point, marks the line in the list and draws nothing.
    auto *message = child<QLabel>(m_tab, "resultMessageLabel");
    auto *edit = m_edit;
    setList(QStringLiteral("Ada\nGrace\nAd\u200Ba\nLinus\n"));
    QVERIFY(!m_draw->isEnabled());
    QVERIFY(!child<QPushButton>(m_tab, "shuffleButton")->isEnabled());
    QCOMPARE(message->text(),
             QStringLiteral("Line 3 contains an invisible character (U+200B). Remove it to draw."));
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 0);
    const QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.block().blockNumber(), 2);

    setList(QStringLiteral("Ada\n\u202Eevil\n"));
    QCOMPARE(message->text(), QStringLiteral("Line 2 contains a bidirectional control character "
                                             "(U+202E). Remove it to draw."));
    // Fixed: the mark goes and the draw works again.
    setList(QStringLiteral("Ada\nGrace\nLinus\n"));
    QVERIFY(m_draw->isEnabled());
    QVERIFY(edit->extraSelections().isEmpty());
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 1);
}

void TestGuiPick::lookalikesShownUnderTheList()
{
    auto *label = child<QLabel>(m_tab, "lookalikeLabel");
    setList(QStringLiteral("Ada\n\u0410da\nGrace\n"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("“Ada” and “\u0410da” look alike (lines 1 and 2)"));
    // The draw still goes ahead.
    QVERIFY(m_draw->isEnabled());
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 1);
    setList(QStringLiteral("Ada\nGrace\n"));
    QVERIFY(!label->isVisible());
}

void TestGuiPick::editingTheListClearsTheResult()
{
    // A changed list keeps its draws: they stay, marked as for an earlier list, and cannot be
    // amended any more. Back to the same list, they apply again.
    setList(QStringLiteral("Ada\nGrace\n"));
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 1);
    auto *draws = child<QListWidget>(m_tab, "drawsList");
    QVERIFY(!draws->item(0)->text().contains(QStringLiteral("earlier")));
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_edit, QStringLiteral("Linus"));
    QCOMPARE(m_result->count(), 1);
    QVERIFY2(draws->item(0)->text().endsWith(QStringLiteral(" · for an earlier list")),
             qPrintable(draws->item(0)->text()));
    QVERIFY(child<QPushButton>(m_tab, "copyRecordButton")->isEnabled());
    m_result->setCurrentRow(0);
    QVERIFY(!child<QPushButton>(m_tab, "replaceWinnerButton")->isEnabled());
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_edit, Qt::Key_Backspace);
    QVERIFY(!draws->item(0)->text().contains(QStringLiteral("earlier")));
}

void TestGuiPick::openFileWithBomAndCrLf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFZo\xC3\xAB\r\nAda\r\nZo\xC3\xAB\r\n");
    file.close();
    QVERIFY(m_tab->loadListFile(path));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Zoë\nAda\nZoë\n"));
    QCOMPARE(m_summary->text(),
             QStringLiteral("2 entries, 1 duplicate (each counts as an extra ticket)"));
}

void TestGuiPick::refusesOversizedAndNonUtf8Files()
{
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    setList(QStringLiteral("Ada\n"));
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // 32 MB and one byte of lines.
    const QByteArray line("0123456789abcdef\n");
    for (qint64 written = 0; written <= PickTab::MaxListBytes; written += line.size())
        file.write(line);
    file.close();
    QVERIFY(!m_tab->loadListFile(big));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("larger than 32 MB")),
             qPrintable(message->text()));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\n")); // the list is unchanged

    const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
    QFile bad(latin1);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Zo\xEB\n");
    bad.close();
    QVERIFY(!m_tab->loadListFile(latin1));
    QVERIFY2(message->text().contains(QStringLiteral("not UTF-8")), qPrintable(message->text()));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\n"));
}

void TestGuiPick::refusesFiftyMegabytePaste()
{
    // Issue 7's case: a 50 MB list pasted in one go is refused with a message, before the text
    // box or the parser ever holds it, and the tab keeps working.
    setList(QStringLiteral("Ada\nGrace\n"));
    QString big;
    big.reserve(50 * 1000 * 1000);
    const QString line = QStringLiteral("A fairly long entrant name, number 0123456789\n");
    while (big.size() < 50 * 1000 * 1000)
        big += line;
    QGuiApplication::clipboard()->setText(big);
    big.clear();
    m_edit->moveCursor(QTextCursor::End);
    m_edit->paste();
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\nGrace\n"));
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("larger than 32 MB")),
             qPrintable(message->text()));
    QCOMPARE(m_summary->text(), QStringLiteral("2 entries, no duplicates"));
    QGuiApplication::clipboard()->clear();
}

void TestGuiPick::refusesOversizedPaste()
{
    setList(QStringLiteral("Ada\n"));
    QGuiApplication::clipboard()->setText(QString(PickTab::MaxListBytes + 1, QLatin1Char('x')));
    m_edit->moveCursor(QTextCursor::End);
    m_edit->paste();
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\n"));
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("larger than 32 MB")),
             qPrintable(message->text()));
    // A normal paste still works.
    QGuiApplication::clipboard()->setText(QStringLiteral("Grace\n"));
    m_edit->paste();
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\nGrace\n"));
    QCOMPARE(m_summary->text(), QStringLiteral("2 entries, no duplicates"));
}

void TestGuiPick::longFileIsCountedInTheBackground()
{
    // A million distinct names (the CLI's pick benchmark, 26 MB): too long for the editor, so
    // the tab counts it off the GUI thread. loadListFile returns at once with the list pending,
    // the editor shows the first lines read-only, and Draw draws from the whole list.
    setList(QStringLiteral("Ada\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.txt"));
    QByteArray text;
    text.reserve(27'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        text += "Entrant number " + QByteArray::number(i) + " of many\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    QVERIFY(text.size() > PickTab::EditableListBytes && text.size() <= PickTab::MaxListBytes);

    QSignalSpy finished(m_tab, &PickTab::loadFinished);
    QVERIFY(m_tab->loadListFile(path));
    QVERIFY(m_tab->isLoading());
    QCOMPARE(m_summary->text(), QStringLiteral("Counting…"));
    QVERIFY(!m_draw->isEnabled());
    QVERIFY(m_edit->isReadOnly());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!m_tab->isLoading());
    QCOMPARE(m_summary->text(), QStringLiteral("1000000 entries, no duplicates"));
    QCOMPARE(m_edit->document()->blockCount(), PickTab::PreviewLines + 1); // and an empty last
    QVERIFY(m_edit->toPlainText().startsWith(QStringLiteral("Entrant number 0 of many\n")));
    QVERIFY(m_edit->isReadOnly());
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("“million.txt” is too long to edit here")),
             qPrintable(message->text()));

    m_winners->setValue(3);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(m_result->item(i)->text().contains(QStringLiteral("Entrant number ")),
                 qPrintable(m_result->item(i)->text()));

    // Clear list goes back to an empty, editable box.
    auto *clear = child<QPushButton>(m_tab, "clearListButton");
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!m_edit->isReadOnly());
    QVERIFY(m_edit->toPlainText().isEmpty());
    QCOMPARE(m_summary->text(), QStringLiteral("No entries yet."));
    QVERIFY(!message->isVisible());
    QTest::keyClicks(m_edit, QStringLiteral("Grace"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(m_summary->text(), QStringLiteral("1 entry, no duplicates"));
}

void TestGuiPick::longPasteIsCountedInTheBackground()
{
    // A paste that would make the box longer than it edits smoothly joins the text around the
    // cursor and is counted in the background, like a long file.
    setList(QStringLiteral("Ada\nGrace\n"));
    QString big;
    for (int i = 0; i < 100'000; ++i)
        big += QStringLiteral("Pasted entrant %1\n").arg(i);
    QVERIFY(big.size() > PickTab::EditableListBytes);
    QGuiApplication::clipboard()->setText(big);
    m_edit->moveCursor(QTextCursor::End);
    QSignalSpy finished(m_tab, &PickTab::loadFinished);
    m_edit->paste();
    QVERIFY(m_tab->isLoading());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(m_summary->text(), QStringLiteral("100002 entries, no duplicates"));
    QVERIFY(m_edit->toPlainText().startsWith(QStringLiteral("Ada\nGrace\nPasted entrant 0\n")));
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    QVERIFY2(message->text().startsWith(QStringLiteral("The pasted list is too long to edit")),
             qPrintable(message->text()));
    QGuiApplication::clipboard()->clear();
}

void TestGuiPick::longFileThatIsNoListKeepsTheList()
{
    // Found to be no list only once counted (not UTF-8, or blank): the list before stays, and
    // stays editable.
    setList(QStringLiteral("Ada\n"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(PickTab::EditableListBytes, 'a') + "\nZo\xEB\n");
    file.close();
    QSignalSpy finished(m_tab, &PickTab::loadFinished);
    QVERIFY(m_tab->loadListFile(path));
    QVERIFY(finished.wait(60'000));
    auto *message = child<QLabel>(m_tab, "listMessageLabel");
    QCOMPARE(message->text(), QStringLiteral("“latin1.txt” is not UTF-8 text."));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Ada\n"));
    QVERIFY(!m_edit->isReadOnly());
    QCOMPARE(m_summary->text(), QStringLiteral("1 entry, no duplicates"));
}

void TestGuiPick::dropAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Grace\nLinus\n");
    file.close();
    setList(QStringLiteral("Ada\n"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *target = m_edit->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    // The file replaces the list; its path is not inserted as text.
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("Grace\nLinus\n"));
    QCOMPARE(m_summary->text(), QStringLiteral("2 entries, no duplicates"));
}

QTEST_MAIN(TestGuiPick)
#include "tst_gui_pick.moc"
