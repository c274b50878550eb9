// SPDX-License-Identifier: GPL-3.0-or-later
// Checkable draws in the window (issue 12): a draw from a public random value gives the pinned
// passforge-draw-v1 winners, Announce… says what to publish, the copied and saved records are
// records that the CLI's checker and docs/verify-draw.py accept, a replacement is the next winner
// of the same seed, and File ▸ Verify a draw record… says in words whether a record matches.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PickListEdit.h"
#include "PickTab.h"
#include "Translations.h"
#include "VerifyDrawDialog.h"
#include "WindowFixture.h"
#include "passforge/DrawRecord.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using guitest::child;

namespace {

// The pins of tests/core/tst_pick.cpp and docs/draws.md.
const QString ExampleList = QStringLiteral("Ada\nGrace\nAda\nLinus\n");
const QString ExampleSha =
    QStringLiteral("555f150a349d95969f30e07ed1ee0fe3bb4a795b8fa8c9ff1c5b6d42e014eb3a");
const QString BeaconSeed =
    QStringLiteral("272c55085b7bd59f81f5583c40394b8421cafcdc86eadc58466a8a00b76041c3");

QString winnerAt(QListWidget *list, int row)
{
    const QString text = list->item(row)->text();
    const QString prefix = QString::number(row + 1) + QStringLiteral(". ");
    return text.startsWith(prefix) ? text.mid(prefix.size()) : QString();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiDraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void beaconDrawGivesThePinnedWinners();
    void beaconMissingExplainsWhyDrawIsOff();
    void announcementNamesTheListAndTheValue();
    void copiedRecordHoldsACheckableJsonRecord();
    void savedRecordPassesTheStandaloneVerifier();
    void replacementIsTheNextWinnerOfTheSeed();
    void removeDuplicatesRecordsUniqueOverTheWholeList();
    void verifyDialogSaysWhetherARecordMatches();

private:
    void setBeacon(const QString &text)
    {
        guitest::setChecked(child<QCheckBox>(m_tab, "beaconCheck"), true);
        guitest::typeInto(child<QLineEdit>(m_tab, "beaconEdit"), text);
    }
    // The JSON record at the end of the copied draw record.
    std::optional<passforge::DrawRecord> copiedRecord();

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    PickTab *m_tab = nullptr;
    QListWidget *m_result = nullptr;
    QSpinBox *m_winners = nullptr;
    QPushButton *m_draw = nullptr;
    QTemporaryDir m_dir;
};

void TestGuiDraw::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
    QVERIFY(m_dir.isValid());
}

void TestGuiDraw::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
    m_tab = child<PickTab>(m_window, "pickTab");
    QVERIFY(m_tab);
    showTab(child<QTabWidget>(m_window, "tabs"), m_tab);
    m_result = child<QListWidget>(m_tab, "resultList");
    m_winners = child<QSpinBox>(m_tab, "winnersSpinBox");
    m_draw = child<QPushButton>(m_tab, "drawButton");
    child<PickListEdit>(m_tab, "listEdit")->setPlainText(ExampleList);
}

void TestGuiDraw::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

std::optional<passforge::DrawRecord> TestGuiDraw::copiedRecord()
{
    QTest::mouseClick(child<QPushButton>(m_tab, "copyRecordButton"), Qt::LeftButton);
    const QStringList lines =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return passforge::DrawRecord::fromJson(lines.value(lines.size() - 1).toUtf8());
}

void TestGuiDraw::beaconDrawGivesThePinnedWinners()
{
    setBeacon(QStringLiteral("drand round 123"));
    guitest::typeInto(m_winners, 1);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_result->count(), 1);
    QCOMPARE(winnerAt(m_result, 0), QStringLiteral("Ada"));
    // The same value again gives the same winner: nothing was left to chance by the window.
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QCOMPARE(m_tab->draws().size(), std::size_t(2));
    QCOMPARE(winnerAt(m_result, 0), QStringLiteral("Ada"));
    QTest::mouseClick(child<QPushButton>(m_tab, "shuffleButton"), Qt::LeftButton);
    QCOMPARE(winnerAt(m_result, 0), QStringLiteral("Ada"));
    QCOMPARE(winnerAt(m_result, 1), QStringLiteral("Grace"));
    QCOMPARE(winnerAt(m_result, 2), QStringLiteral("Linus"));

    const QString text = m_tab->draws().back().toText();
    QVERIFY2(text.contains(QStringLiteral("\nPublic random value: drand round 123\n")),
             qPrintable(text));
    QVERIFY2(
        text.contains(
            QStringLiteral("\nSeed: %1 (SHA-256 of the public random value)\n").arg(BeaconSeed)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nDrawn with: passforge-draw-v1\n")), qPrintable(text));
}

void TestGuiDraw::beaconMissingExplainsWhyDrawIsOff()
{
    auto *check = child<QCheckBox>(m_tab, "beaconCheck");
    auto *edit = child<QLineEdit>(m_tab, "beaconEdit");
    QVERIFY(!edit->isEnabled());
    QVERIFY(m_draw->isEnabled());
    guitest::setChecked(check, true);
    QVERIFY(edit->isEnabled());
    QVERIFY(!m_draw->isEnabled());
    QVERIFY(!child<QPushButton>(m_tab, "shuffleButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_tab, "announceButton")->isEnabled());
    QCOMPARE(child<QLabel>(m_tab, "resultMessageLabel")->text(),
             QStringLiteral("Type the public random value to draw from, or turn off “Draw from a "
                            "public random value”."));
    guitest::typeInto(edit, QStringLiteral("x"));
    QVERIFY(m_draw->isEnabled());
    // Off again: a fresh seed, and the field is kept but not used.
    guitest::setChecked(check, false);
    QVERIFY(!edit->isEnabled());
    QTest::mouseClick(m_draw, Qt::LeftButton);
    QVERIFY(!m_tab->draws().back().published.beacon);
}

void TestGuiDraw::announcementNamesTheListAndTheValue()
{
    QVERIFY(m_tab->announcement().isEmpty()); // no value to announce yet
    setBeacon(QStringLiteral("drand round 4211337"));
    guitest::typeInto(m_winners, 2);
    const QString text = m_tab->announcement();
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("List SHA-256: ") + ExampleSha), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("Entries: 3")), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("Tickets: 4")), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("Winners to draw: 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the winners will be drawn with Passforge "
                                          "(passforge-draw-v1) from SHA-256 of: drand round "
                                          "4211337\n")),
             qPrintable(text));

    // The button opens it in a dialog, whose Copy puts plain text on the clipboard.
    auto *announce = child<QPushButton>(m_tab, "announceButton");
    QVERIFY(announce->isEnabled());
    QTest::mouseClick(announce, Qt::LeftButton);
    auto *dialog = m_tab->findChild<QDialog *>(QStringLiteral("announceDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QPlainTextEdit>(dialog, "announcementText")->toPlainText(), text);
    QTest::mouseClick(child<QPushButton>(dialog, "copyAnnouncementButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("x-kde-passwordManagerHint")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_tab->findChild<QDialog *>(QStringLiteral("announceDialog")));
}

void TestGuiDraw::copiedRecordHoldsACheckableJsonRecord()
{
    guitest::typeInto(m_winners, 2);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const std::optional<passforge::DrawRecord> record = copiedRecord();
    QVERIFY(record);
    QCOMPARE(record->listSha256, ExampleSha);
    QCOMPARE(record->count, qsizetype(2));
    QCOMPARE(record->result, (QStringList{winnerAt(m_result, 0), winnerAt(m_result, 1)}));
    // The plain text above it names the same seed.
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("\nSeed: %1\n").arg(passforge::FairDraw::hex(record->seed))));
    const passforge::PickList list = passforge::PickList::fromUtf8(ExampleList.toUtf8());
    QCOMPARE(int(record->verify(list).outcome),
             int(passforge::DrawRecord::Check::Outcome::Verified));
}

void TestGuiDraw::savedRecordPassesTheStandaloneVerifier()
{
    setBeacon(QStringLiteral("Lotto 2026-12-05: 3 11 19 27 40 44"));
    guitest::typeInto(m_winners, 2);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const QString recordPath = m_dir.filePath(QStringLiteral("saved.json"));
    const QString listPath = m_dir.filePath(QStringLiteral("list.txt"));
    QVERIFY(m_tab->saveRecordTo(recordPath));
    QVERIFY(writeFile(listPath, ExampleList.toUtf8()));
    const QByteArray saved = readFile(recordPath);
    QVERIFY(saved.endsWith("}\n") && saved.count('\n') == 1);

    // Checked by the script an entrant would run, which knows nothing of Passforge's code.
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral(PASSFORGE_SOURCE_DIR "/docs/verify-draw.py"), recordPath, listPath});
    QVERIFY(python.waitForFinished(30'000));
    const QByteArray verified = python.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0, verified.constData());
    QVERIFY2(verified.startsWith("verified: 2 of 3 entries"), verified.constData());

    // A list with one more name is a different list.
    QVERIFY(writeFile(listPath, ExampleList.toUtf8() + "Margaret\n"));
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral(PASSFORGE_SOURCE_DIR "/docs/verify-draw.py"), recordPath, listPath});
    QVERIFY(python.waitForFinished(30'000));
    QCOMPARE(python.exitCode(), 1);
    QVERIFY(python.readAllStandardOutput().startsWith("the list differs"));

    // Nowhere to write: said under the Draw row, and nothing claimed.
    QVERIFY(!m_tab->saveRecordTo(m_dir.filePath(QStringLiteral("missing/dir/record.json"))));
    auto *problem = child<QLabel>(m_tab, "drawProblemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Cannot save the record to “record.json”")),
             qPrintable(problem->text()));
}

void TestGuiDraw::replacementIsTheNextWinnerOfTheSeed()
{
    guitest::typeInto(m_winners, 2);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const passforge::DrawRecord first = m_tab->draws().back().published;
    m_result->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(m_tab, "replaceWinnerButton"), Qt::LeftButton);
    QCOMPARE(m_tab->draws().size(), std::size_t(2));
    const DrawRecord &replacement = m_tab->draws().back();
    QCOMPARE(replacement.amends, 1);
    QCOMPARE(replacement.replaced, first.result.at(1));
    // The same seed, one winner more: the first two as before, then the runner-up.
    QCOMPARE(replacement.published.seed, first.seed);
    QCOMPARE(replacement.published.count, qsizetype(3));
    QCOMPARE(replacement.published.result.mid(0, 2), first.result);
    QCOMPARE(replacement.replacement, replacement.published.result.at(2));
    QCOMPARE(replacement.result, (QStringList{first.result.at(0), replacement.replacement}));
    QCOMPARE(winnerAt(m_result, 1), replacement.replacement);
    const passforge::PickList list = passforge::PickList::fromUtf8(ExampleList.toUtf8());
    QCOMPARE(int(replacement.published.verify(list).outcome),
             int(passforge::DrawRecord::Check::Outcome::Verified));
    // All three entries have won or been replaced: nobody is left.
    m_result->setCurrentRow(1);
    QVERIFY(!child<QPushButton>(m_tab, "replaceWinnerButton")->isEnabled());
}

void TestGuiDraw::removeDuplicatesRecordsUniqueOverTheWholeList()
{
    // passforge-draw-v1's --unique: the list's own SHA-256 and counts, one ticket per entry.
    guitest::setChecked(child<QCheckBox>(m_tab, "removeDuplicatesCheck"), true);
    guitest::typeInto(m_winners, 3);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const passforge::DrawRecord &record = m_tab->draws().back().published;
    QVERIFY(record.unique);
    QCOMPARE(record.listSha256, ExampleSha);
    QCOMPARE(record.tickets, qsizetype(4));
    QCOMPARE(record.entries, qsizetype(3));
    const passforge::PickList list = passforge::PickList::fromUtf8(ExampleList.toUtf8());
    QCOMPARE(int(record.verify(list).outcome),
             int(passforge::DrawRecord::Check::Outcome::Verified));
}

void TestGuiDraw::verifyDialogSaysWhetherARecordMatches()
{
    setBeacon(QStringLiteral("drand round 123"));
    guitest::typeInto(m_winners, 1);
    QTest::mouseClick(m_draw, Qt::LeftButton);
    const QString recordPath = m_dir.filePath(QStringLiteral("verify.json"));
    const QString listPath = m_dir.filePath(QStringLiteral("verify-list.txt"));
    QVERIFY(m_tab->saveRecordTo(recordPath));
    QVERIFY(writeFile(listPath, ExampleList.toUtf8()));

    // Reached from the File menu.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("verifyRecordAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<VerifyDrawDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setRecordPath(recordPath);
    dialog->setListPath(listPath);
    QVERIFY(dialog->verify());
    QCOMPARE(dialog->outcome(),
             QStringLiteral("The record matches: passforge-draw-v1 draws this 1 winner from this "
                            "list with this seed. The seed is the SHA-256 of the public random "
                            "value “drand round 123”."));

    QVERIFY(writeFile(listPath, "Ada\nGrace\nLinus\n"));
    QVERIFY(!dialog->verify());
    QVERIFY2(dialog->outcome().startsWith(QStringLiteral("The list differs from the one drawn "
                                                         "from: its SHA-256 is ")),
             qPrintable(dialog->outcome()));

    QVERIFY(writeFile(listPath, ExampleList.toUtf8()));
    QByteArray json = readFile(recordPath);
    json.replace("\"winners\":[\"Ada\"]", "\"winners\":[\"Linus\"]");
    QVERIFY(writeFile(recordPath, json));
    QVERIFY(!dialog->verify());
    QCOMPARE(dialog->outcome(),
             QStringLiteral("Winner 1 differs: the draw gives “Ada”, the record says “Linus”."));

    QVERIFY(writeFile(recordPath, "{\"algorithm\":\"passforge-draw-v1\"}"));
    QVERIFY(!dialog->verify());
    QCOMPARE(dialog->outcome(),
             QStringLiteral("Cannot read the record “verify.json”: it has no “seed”."));
}

QTEST_MAIN(TestGuiDraw)
#include "tst_gui_draw.moc"
