// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli under a getrandom that fails or misbehaves: every command must exit 1 with one
// clear line on stderr and nothing on stdout, and short or interrupted reads must be retried,
// never turned into fewer random bytes.
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QString &fault, const QByteArray &input = {})
{
    passforge::test::CliOptions options;
    options.input = input;
    // Under AddressSanitizer the preloaded shim comes before the sanitizer runtime; that is fine
    // here because the shim itself is not instrumented.
    options.environment = {
        {QStringLiteral("LD_PRELOAD"), QStringLiteral(FAULT_SHIM)},
        {QStringLiteral("PASSFORGE_GETRANDOM_FAULT"), fault},
        {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("ASAN_OPTIONS"),
         qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0")}};
    const passforge::test::CliResult result = passforge::test::runCli(args, options);
    if (!result.finished)
        return {};
    Run run;
    run.exitCode = result.exitStatus == QProcess::NormalExit ? result.exitCode : -2;
    run.out = result.out;
    run.err = result.err;
    return run;
}

} // namespace

class TestFailClosed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingSourceFailsEveryCommand_data();
    void failingSourceFailsEveryCommand();
    void shortAndInterruptedReadsAreRetried_data();
    void shortAndInterruptedReadsAreRetried();
};

void TestFailClosed::failingSourceFailsEveryCommand_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    const QList<QPair<QString, QByteArray>> faults = {
        {QStringLiteral("eio"), QByteArrayLiteral("Input/output error")},
        {QStringLiteral("enosys"), QByteArrayLiteral("Function not implemented")},
    };
    const QList<QStringList> commands = {
        {QStringLiteral("password")},
        {QStringLiteral("password"), QStringLiteral("--count"), QStringLiteral("100000")},
        {QStringLiteral("password"), QStringLiteral("--min-digits"), QStringLiteral("5")},
        {QStringLiteral("password"), QStringLiteral("--json")},
        {QStringLiteral("passphrase")},
        {QStringLiteral("passphrase"), QStringLiteral("--case"), QStringLiteral("one"),
         QStringLiteral("--add-digit")},
        {QStringLiteral("token")},
        {QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("uuid")},
        {QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("raw"),
         QStringLiteral("--bytes"), QStringLiteral("65536")},
        {QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("base32"),
         QStringLiteral("--json")},
        {QStringLiteral("number"), QStringLiteral("--min"), QStringLiteral("1"),
         QStringLiteral("--max"), QStringLiteral("6")},
        {QStringLiteral("number"), QStringLiteral("--min"), QStringLiteral("1"),
         QStringLiteral("--max"), QStringLiteral("100"), QStringLiteral("--count"),
         QStringLiteral("100"), QStringLiteral("--distinct")},
        {QStringLiteral("pick")},
        {QStringLiteral("pick"), QStringLiteral("--shuffle")},
    };
    for (const auto &[fault, reason] : faults) {
        for (const QStringList &args : commands) {
            const QByteArray input = args.first() == QLatin1String("pick")
                                         ? QByteArrayLiteral("ada\ngrace\nlinus\n")
                                         : QByteArray();
            QTest::addRow("%s: %s", qPrintable(fault), qPrintable(args.join(u' ')))
                << fault << args << input << reason;
        }
    }
}

void TestFailClosed::failingSourceFailsEveryCommand()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    const Run run = runCli(args, fault, input);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(run.err.startsWith("passforge-cli: the system random source failed: "),
             run.err.constData());
    QVERIFY2(run.err.contains(reason), run.err.constData());
}

void TestFailClosed::shortAndInterruptedReadsAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("short reads") << QStringLiteral("short");
    QTest::newRow("interrupted") << QStringLiteral("eintr");
}

void TestFailClosed::shortAndInterruptedReadsAreRetried()
{
    QFETCH(QString, fault);
    // 64 KiB of raw token bytes: had any read been taken at face value, the unfilled rest of a
    // buffer would show as runs of zero bytes. Uniform bytes have 256 zeros on average (standard
    // deviation 16); 400 is nine deviations out, so a correct source never reaches it.
    const int size = 65536;
    const Run raw =
        runCli({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("raw"),
                QStringLiteral("--bytes"), QString::number(size)},
               fault);
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.err, QByteArray());
    QCOMPARE(raw.out.size(), size);
    QVERIFY2(raw.out.count('\0') < 400, qPrintable(QString::number(raw.out.count('\0'))));

    // The batched path (small draws from a 4096-byte batch) works too.
    const Run passwords = runCli(
        {QStringLiteral("password"), QStringLiteral("--count"), QStringLiteral("1000")}, fault);
    QCOMPARE(passwords.exitCode, 0);
    QCOMPARE(passwords.err, QByteArray());
    const QList<QByteArray> lines = passwords.out.split('\n');
    QCOMPARE(lines.size(), 1001);
    QVERIFY(lines.last().isEmpty());
    for (qsizetype i = 0; i < 1000; ++i)
        QCOMPARE(lines.at(i).size(), 20);
    // A batch left partly unfilled would repeat its zero bytes as the same first symbol.
    QVERIFY(lines.at(0) != lines.at(1));
}

QTEST_GUILESS_MAIN(TestFailClosed)
#include "tst_failclosed.moc"
