// SPDX-License-Identifier: GPL-3.0-or-later
// What the window keeps and makes beyond one value: the session history (Ctrl+H: masked, revealed,
// copied again through the guard, removed, cleared, capped at 50, off in Preferences), the
// strength check of a typed password (zxcvbn's estimate; the text gone when the dialog closes),
// and many values at once (off the event loop, cancelled, copied through the guard, saved 0600).
#include "GenerateManyDialog.h"
#include "HistoryDialog.h"
#include "PasswordCheckDialog.h"
#include "ValueDisplay.h"
#include "WindowFixture.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <set>

#include <unistd.h>

using guitest::child;
using guitest::withNextDialog;

namespace {

const QString Hint = QStringLiteral("x-kde-passwordManagerHint");
const QString Masked(12, QChar(0x2022));

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

bool clipboardIsSecret(const QString &text)
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime && mime->text() == text && mime->data(Hint) == QByteArrayLiteral("secret");
}

} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyKeepsSecretsMasked();
    void historyRevealCopyRemoveClear();
    void historyKeepsFifty();
    void historyOffKeepsNothing();
    void checkScores_data();
    void checkScores();
    void checkFieldIsMaskedAndWiped();
    void checkRefusesOverLimit();
    void checkFromMenu();
    void manyCopiedThroughGuard();
    void manySavedOwnerOnly();
    void manyRunsOffTheEventLoop();

private:
    QWidget *showTab(const char *name);
    QString regenerate(QWidget *page);

    std::unique_ptr<guitest::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
};

void TestGuiSession::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    guitest::installTranslations();
    QAccessible::setActive(true);
}

void TestGuiSession::init()
{
    m_fixture = std::make_unique<guitest::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_window = m_fixture->window();
}

void TestGuiSession::cleanup()
{
    m_fixture.reset();
    m_window = nullptr;
}

QWidget *TestGuiSession::showTab(const char *name)
{
    auto *page = m_window->findChild<QWidget *>(QString::fromLatin1(name));
    ::showTab(m_window->findChild<QTabWidget *>(QStringLiteral("tabs")), page);
    return page;
}

QString TestGuiSession::regenerate(QWidget *page)
{
    QTest::mouseClick(child<QPushButton>(page, "regenerateButton"), Qt::LeftButton);
    return child<ValueDisplay>(page, "valueField")->value();
}

void TestGuiSession::historyKeepsSecretsMasked()
{
    QWidget *password = showTab("passwordTab");
    const QString first = regenerate(password);
    QTest::mouseClick(child<QPushButton>(password, "copyButton"), Qt::LeftButton);
    const QString second = regenerate(password);
    const QString token = regenerate(showTab("tokenTab"));
    // A number is not a secret, and stays in its own tab.
    regenerate(showTab("numberTab"));
    const passforge::SessionHistory &history = m_window->history();
    QCOMPARE(history.valueText(0), token);
    QCOMPARE(history.valueText(1), second);
    QCOMPARE(history.valueText(2), first);
    QVERIFY(history.at(2).copied && !history.at(1).copied);
    QCOMPARE(history.at(0).kind, QStringLiteral("Token"));
    QVERIFY2(history.at(1).options.startsWith(QStringLiteral("password --length 20")),
             qPrintable(history.at(1).options));
    for (std::size_t i = 0; i < history.size(); ++i)
        QVERIFY(history.at(i).kind != QStringLiteral("Number"));

    QStringList values, kinds;
    QString accessible;
    withNextDialog([&](QDialog *dialog) {
        auto *view = child<QTableView>(dialog, "historyView");
        for (int row = 0; row < 3; ++row) {
            values << cell(view, row, 2);
            kinds << cell(view, row, 1);
        }
        accessible = view->model()->index(0, 2).data(Qt::AccessibleTextRole).toString();
    });
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(values, QStringList({Masked, Masked, Masked}));
    QCOMPARE(kinds, QStringList({QStringLiteral("Token"), QStringLiteral("Password"),
                                 QStringLiteral("Password, copied")}));
    QCOMPARE(accessible, QStringLiteral("Hidden value"));
}

void TestGuiSession::historyRevealCopyRemoveClear()
{
    QWidget *page = showTab("passphraseTab");
    const QString older = regenerate(page);
    const QString newer = regenerate(page);
    QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    const passforge::SessionHistory &history = m_window->history();
    const std::size_t before = history.size();
    // Opened from the window, so that copying goes through the window's own clipboard guard.
    withNextDialog([&](QDialog *d) {
        auto *history = qobject_cast<HistoryDialog *>(d);
        QVERIFY(history);
        auto *view = history->view();
        QVERIFY(!history->isRevealed(1));
        history->setRevealed(1, true);
        QCOMPARE(cell(view, 1, 2), older);
        QCOMPARE(cell(view, 0, 2), Masked);
        history->setRevealed(1, false);
        QCOMPARE(cell(view, 1, 2), Masked);
        // Copy again: the value, with the password-manager hint only the guard sets.
        history->copyRow(1);
        QVERIFY(clipboardIsSecret(older));
        history->removeRow(0);
        QCOMPARE(view->model()->rowCount(), int(before) - 1);
        QVERIFY(child<QPushButton>(d, "clearAllButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(d, "clearAllButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(d, "clearAllButton")->isEnabled());
        QVERIFY(!child<QPushButton>(d, "historyCopyButton")->isEnabled());
    });
    m_window->findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
    QVERIFY(history.empty());
    // Copy went through the guard, which clears what it put there (the countdown is tested in
    // tst_gui_window); the newer value was removed, never copied.
    QVERIFY(!QApplication::clipboard()->text().contains(newer));
}

void TestGuiSession::historyKeepsFifty()
{
    QWidget *page = showTab("tokenTab");
    QStringList made;
    for (int i = 0; i < 60; ++i)
        made.prepend(regenerate(page));
    const passforge::SessionHistory &history = m_window->history();
    QCOMPARE(history.size(), std::size_t(50));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(history.valueText(std::size_t(i)), made.at(i));
}

void TestGuiSession::historyOffKeepsNothing()
{
    QWidget *page = showTab("passwordTab");
    regenerate(page);
    QVERIFY(!m_window->history().empty());
    // Turned off in Preferences: what was kept goes, and nothing new is kept.
    m_fixture->settings().setValue(AppSettings::KeepHistory, false);
    QVERIFY(m_fixture->reopen());
    m_window = m_fixture->window();
    page = showTab("passwordTab");
    regenerate(page);
    QTest::mouseClick(child<QPushButton>(page, "copyButton"), Qt::LeftButton);
    QVERIFY(m_window->history().empty());
    QString note;
    withNextDialog([&](QDialog *d) { note = child<QLabel>(d, "historyEmpty")->text(); });
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    QVERIFY2(note.contains(QStringLiteral("Keep a history of this session's values")),
             qPrintable(note));
}

void TestGuiSession::checkScores_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("score");
    QTest::addColumn<QString>("found");
    QTest::addRow("common") << QStringLiteral("password") << QStringLiteral("0 of 4: very weak")
                            << QStringLiteral("a common password");
    // zxcvbn's thresholds: 10^3.2 guesses is past 10^3 (score 1); 10^6.5 past 10^6 (2); 10^9.3
    // past 10^8 (3).
    QTest::addRow("common, longer")
        << QStringLiteral("qwertyuiop") << QStringLiteral("1 of 4: weak")
        << QStringLiteral("a common password");
    QTest::addRow("keyboard") << QStringLiteral("mju7nhy6") << QStringLiteral("2 of 4: fair")
                              << QStringLiteral("a keyboard pattern");
    QTest::addRow("substituted word")
        << QStringLiteral("Tr0ub4dour&3") << QStringLiteral("3 of 4: strong")
        << QStringLiteral("a dictionary word with substitutions");
    QTest::addRow("random 20") << QStringLiteral("h%L7q&Zr2!xW9d#Bv4Tk")
                               << QStringLiteral("4 of 4: very strong")
                               << QStringLiteral("nothing zxcvbn knows");
}

void TestGuiSession::checkScores()
{
    QFETCH(QString, password);
    QFETCH(QString, score);
    QFETCH(QString, found);
    PasswordCheckDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    guitest::typeInto(dialog.passwordEdit(), password);
    QCOMPARE(child<QLabel>(&dialog, "checkScore")->text(), score);
    QCOMPARE(child<QProgressBar>(&dialog, "checkScoreBar")->value(), score.left(1).toInt());
    QVERIFY2(child<QLabel>(&dialog, "checkFound")->text().contains(found),
             qPrintable(child<QLabel>(&dialog, "checkFound")->text()));
    const QString guesses = child<QLabel>(&dialog, "checkGuesses")->text();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^about 10\\^\\d+\\.\\d$")).match(guesses).hasMatch(),
        qPrintable(guesses));
    for (const char *label :
         {"checkOnlineThrottled", "checkOnline", "checkOfflineSlow", "checkOfflineFast"})
        QVERIFY(!child<QLabel>(&dialog, label)->text().isEmpty());
}

void TestGuiSession::checkFieldIsMaskedAndWiped()
{
    const QString password = QStringLiteral("correct horse battery");
    PasswordCheckDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QLineEdit *edit = dialog.passwordEdit();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    guitest::typeInto(edit, password);
    // A screen reader reads the mask, not the password.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(edit);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Value).contains(QStringLiteral("horse")));
    auto *show = dialog.findChild<QAction *>(QStringLiteral("showCheckedPassword"));
    QVERIFY(show);
    show->trigger();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    show->trigger();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    // The estimate of the 21-character phrase is in the dialog's labels, never the text itself.
    for (QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QStringLiteral("horse battery")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(child<QLabel>(&dialog, "checkScore")->text(),
             QStringLiteral("Type a password to see its estimate."));
}

void TestGuiSession::checkRefusesOverLimit()
{
    PasswordCheckDialog dialog;
    // 2,048 characters of two bytes each are 4,096 bytes, the most; one more is over.
    dialog.passwordEdit()->setText(QString(2048, QChar(0x00e9)));
    QVERIFY(child<QLabel>(&dialog, "checkScore")->text().contains(QStringLiteral(" of 4: ")));
    dialog.passwordEdit()->setText(QString(2048, QChar(0x00e9)) + u'x');
    QCOMPARE(child<QLabel>(&dialog, "checkScore")->text(),
             QStringLiteral("This password is longer than 4096 bytes, the most zxcvbn checks."));
    QCOMPARE(child<QLabel>(&dialog, "checkGuesses")->text(), QStringLiteral("\u2014"));
}

void TestGuiSession::checkFromMenu()
{
    QWidget *page = showTab("passwordTab");
    const QString generated = regenerate(page);
    QString score;
    withNextDialog([&](QDialog *d) {
        auto *check = qobject_cast<PasswordCheckDialog *>(d);
        QVERIFY(check);
        check->passwordEdit()->setText(generated);
        score = child<QLabel>(d, "checkScore")->text();
    });
    m_window->findChild<QAction *>(QStringLiteral("checkAction"))->trigger();
    // A default password (20 of 94 characters) is beyond any guessing.
    QCOMPARE(score, QStringLiteral("4 of 4: very strong"));
    // Checking is not making: the history gained nothing.
    QCOMPARE(m_window->history().valueText(0), generated);
}

void TestGuiSession::manyCopiedThroughGuard()
{
    showTab("passwordTab");
    QString command, clipboard;
    bool secret = false;
    int count = 0;
    withNextDialog([&](QDialog *d) {
        auto *many = qobject_cast<GenerateManyDialog *>(d);
        QVERIFY(many);
        auto *spin = child<QSpinBox>(d, "countSpin");
        QCOMPARE(spin->minimum(), 2);
        QCOMPARE(spin->maximum(), 100'000);
        command = child<QLineEdit>(d, "commandEdit")->text();
        QVERIFY(!child<QPushButton>(d, "copyAllButton")->isEnabled());
        spin->setValue(1000);
        QTest::mouseClick(child<QPushButton>(d, "generateButton"), Qt::LeftButton);
        QTRY_VERIFY(!many->isRunning());
        count = many->valueCount();
        QTest::mouseClick(child<QPushButton>(d, "copyAllButton"), Qt::LeftButton);
        clipboard = QApplication::clipboard()->text();
        secret = clipboardIsSecret(clipboard);
        QCOMPARE(child<QLabel>(d, "status")->text(),
                 QStringLiteral("1000 values copied; the clipboard clears itself after a while."));
    });
    m_window->findChild<QAction *>(QStringLiteral("generateManyAction"))->trigger();
    QCOMPARE(count, 1000);
    QVERIFY(secret);
    QVERIFY2(command.startsWith(QStringLiteral("password --length 20")), qPrintable(command));
    const QStringList lines = clipboard.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1000);
    QVERIFY(clipboard.endsWith(u'\n'));
    const std::set<QString> distinct(lines.begin(), lines.end());
    QCOMPARE(distinct.size(), std::size_t(1000));
    for (const QString &line : lines)
        QVERIFY2(line.size() == 20 && !line.contains(u' '), qPrintable(line));
}

void TestGuiSession::manySavedOwnerOnly()
{
    showTab("tokenTab");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("values.txt"));
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    const QString target = dir.filePath(QStringLiteral("target.txt"));
    // A file that was there, readable by all, is replaced and made the owner's only.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an old, longer file that must not survive in part\n");
    old.close();
    QVERIFY(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(QFile(target).open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(target, link));

    QString error, linkError;
    withNextDialog([&](QDialog *d) {
        auto *many = qobject_cast<GenerateManyDialog *>(d);
        QVERIFY(many);
        many->start(250);
        QTRY_VERIFY(!many->isRunning());
        error = many->saveTo(path);
        linkError = many->saveTo(link);
    });
    m_window->findChild<QAction *>(QStringLiteral("generateManyAction"))->trigger();
    QCOMPARE(error, QString());
    QVERIFY(!linkError.isEmpty());
    QCOMPARE(QFileInfo(target).size(), 0); // a link is not followed
    QCOMPARE(QFile::permissions(path),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    QCOMPARE(lines.size(), 251); // 250 lines, each ended by a newline
    QVERIFY(lines.last().isEmpty());
    // The token tab's default: 32 bytes in hex.
    for (int i = 0; i < 250; ++i)
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                     .match(QString::fromLatin1(lines.at(i)))
                     .hasMatch(),
                 lines.at(i).constData());
}

void TestGuiSession::manyRunsOffTheEventLoop()
{
    showTab("passphraseTab");
    bool tickedWhileRunning = false, cancelledClean = false;
    int largest = 0, outOfRange = -1;
    withNextDialog([&](QDialog *d) {
        auto *many = qobject_cast<GenerateManyDialog *>(d);
        QVERIFY(many);
        many->start(1);
        many->start(GenerateManyDialog::MaxCount + 1);
        outOfRange = many->isRunning() ? 1 : many->valueCount();
        // Cancelled at once: nothing is kept.
        many->start(GenerateManyDialog::MaxCount);
        QVERIFY(many->isRunning());
        QVERIFY(child<QPushButton>(d, "cancelButton")->isVisible());
        QTest::mouseClick(child<QPushButton>(d, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!many->isRunning());
        cancelledClean =
            many->valueCount() == 0 &&
            child<QLabel>(d, "status")->text() == QStringLiteral("Cancelled; no values were kept.");
        // The most: made while the event loop goes on.
        many->start(GenerateManyDialog::MaxCount);
        QTimer::singleShot(0, d, [&] { tickedWhileRunning = many->isRunning(); });
        QTRY_VERIFY_WITH_TIMEOUT(!many->isRunning(), 60'000);
        largest = many->valueCount();
    });
    m_window->findChild<QAction *>(QStringLiteral("generateManyAction"))->trigger();
    QCOMPARE(outOfRange, 0);
    QVERIFY(cancelledClean);
    QVERIFY(tickedWhileRunning);
    QCOMPARE(largest, 100'000);
}

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
