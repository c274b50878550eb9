// SPDX-License-Identifier: GPL-3.0-or-later
// Fixtures shared by all the CLI tests, and the help and version output.
#include "TstCli.h"

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

// Core's one limit on a list (ListFile::MaxBytes), stated here independently: 32 MB.
constexpr qsizetype ListLimitBytes = 32'000'000;

// A list of exactly ListLimitBytes: distinct 999-character entries (1000 bytes with the "\n"),
// then one shorter entry that makes up the rest. No entry is over the 1000-character limit, so
// the list's size is the only thing that can make the CLI refuse it.
QByteArray listOfExactlyTheLimit()
{
    QByteArray list;
    list.reserve(ListLimitBytes + 1);
    for (int i = 0; list.size() + 1000 < ListLimitBytes; ++i) {
        list += QByteArray::number(i).rightJustified(6, '0');
        list += QByteArray(993, 'x');
        list += '\n';
    }
    list += QByteArray(ListLimitBytes - list.size() - 1, 'y');
    list += '\n';
    return list;
}

QByteArray wordlist(int words)
{
    QByteArray list;
    for (int i = 0; i < words; ++i)
        list += "word" + QByteArray::number(i) + '\n';
    return list;
}

} // namespace

QString TstCli::fixture(const QString &name) const
{
    return m_dir.filePath(name);
}

bool TstCli::writeFixture(const QString &name, const QByteArray &content)
{
    QFile file(fixture(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void TstCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliProgram()).isExecutable(), qPrintable(cliProgram()));
    QVERIFY(m_dir.isValid());
    // The unreadable-file row runs the CLI as "nobody" when the tests run as root; it must be
    // able to reach the directory, so that only the file's own mode stops it.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                    QFileDevice::ExeGroup));

    QVERIFY(writeFixture(u"list.txt"_s, "alice\nbob\ncarol\n"));
    QVERIFY(writeFixture(u"empty.txt"_s, {}));
    QVERIFY(writeFixture(u"blank.txt"_s, " \n\t\n\r\n   \r\n\n"));
    // Latin-1 é; a UTF-16 surrogate encoded in UTF-8 (forbidden); a sequence cut short.
    QVERIFY(writeFixture(u"invalid-latin1.txt"_s, "alice\nJos\xe9\nbob\n"));
    QVERIFY(writeFixture(u"invalid-surrogate.txt"_s, "alice\n\xed\xa0\x80\nbob\n"));
    QVERIFY(writeFixture(u"invalid-truncated.txt"_s, "alice\nbob\xe2\x82"));

    const QByteArray atLimit = listOfExactlyTheLimit();
    QCOMPARE(atLimit.size(), ListLimitBytes);
    QVERIFY(writeFixture(u"list-at-limit.txt"_s, atLimit));
    QVERIFY(writeFixture(u"list-over-limit.txt"_s, atLimit + "z"));
    // A 200 MB list (issue 7). Sparse, so it costs no disk and no time to write; the CLI must
    // refuse it on size without reading it all.
    {
        QFile huge(fixture(u"list-200mb.txt"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200'000'000));
    }

    // The entry limit is 1000 characters, not bytes: é is two bytes and one character.
    const QByteArray e = "\xc3\xa9";
    QVERIFY(writeFixture(u"entry-1000.txt"_s, "alice\n" + QByteArray(1000, 'x') + "\nbob\n"));
    QVERIFY(writeFixture(u"entry-1000-accented.txt"_s, "alice\n" + e.repeated(1000) + '\n'));
    QVERIFY(writeFixture(u"entry-1001.txt"_s, "alice\n" + QByteArray(1001, 'x') + "\nbob\n"));
    QVERIFY(writeFixture(u"entry-1001-accented.txt"_s, "alice\n" + e.repeated(1001) + '\n'));
    QVERIFY(writeFixture(u"line-10mb.txt"_s, "alice\n" + QByteArray(10 * 1024 * 1024, 'x') + '\n'));

    QVERIFY(writeFixture(u"unreadable.txt"_s, "alice\nbob\n"));
    QVERIFY(QFile::setPermissions(fixture(u"unreadable.txt"_s), QFileDevice::Permissions()));
    QVERIFY(QDir(m_dir.path()).mkdir(u"a-directory"_s));

    // Records that pick --verify must refuse as malformed (exit 2), each for one reason, and one
    // well-formed record.
    const QByteArray seed = "\"seed\":\"" + QByteArray(64, 'a') + "\"";
    const QByteArray sha = "\"list_sha256\":\"" + QByteArray(64, 'b') + "\"";
    const QByteArray good = "\"algorithm\":\"passforge-draw-v1\"," + seed + "," + sha;
    const std::pair<const char *, QByteArray> records[] = {
        {"not-json", "{\"algorithm\": \"passforge-draw-v1\","},
        {"valid", "{" + good + ",\"count\":1,\"winners\":[\"a\"]}"},
        {"array", "[1, 2]"},
        {"no-seed",
         "{\"algorithm\":\"passforge-draw-v1\"," + sha + ",\"count\":1,\"winners\":[\"a\"]}"},
        {"short-seed", "{\"algorithm\":\"passforge-draw-v1\",\"seed\":\"abc\"," + sha +
                           ",\"count\":1,\"winners\":[\"a\"]}"},
        {"other-algorithm",
         "{\"algorithm\":\"rfc3797\"," + seed + "," + sha + ",\"count\":1,\"winners\":[\"a\"]}"},
        {"count-zero", "{" + good + ",\"count\":0,\"winners\":[]}"},
        {"count-string", "{" + good + ",\"count\":\"1\",\"winners\":[\"a\"]}"},
        {"winners-string", "{" + good + ",\"count\":1,\"winners\":\"a\"}"},
        {"no-winners", "{" + good + ",\"count\":1}"},
        {"both-results", "{" + good + ",\"count\":1,\"winners\":[\"a\"],\"order\":[\"a\"]}"},
        {"unique-string", "{" + good + ",\"count\":1,\"unique\":\"yes\",\"winners\":[\"a\"]}"},
    };
    for (const auto &[name, content] : records)
        QVERIFY(writeFixture(u"record-%1.json"_s.arg(QLatin1String(name)), content));

    QVERIFY(writeFixture(u"wordlist-1023.txt"_s, wordlist(1023)));
    QVERIFY(writeFixture(u"wordlist-latin1.txt"_s, wordlist(1024) + "caf\xe9\n"));
}

void TstCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    // Everything issue 2's synopsis names must be explained.
    QTest::addColumn<QStringList>("mentions");

    const QStringList commands{u"password"_s, u"passphrase"_s, u"token"_s, u"number"_s, u"pick"_s};
    const QString topUsage = u"Usage: passforge-cli COMMAND"_s;
    QTest::addRow("top level --help") << QStringList{u"--help"_s} << topUsage << commands;
    QTest::addRow("top level -h") << QStringList{u"-h"_s} << topUsage << commands;
    QTest::addRow("help command") << QStringList{u"help"_s} << topUsage << commands;
    QTest::addRow("password --help")
        << QStringList{u"password"_s, u"--help"_s} << u"Usage: passforge-cli password"_s
        << QStringList{u"--length"_s,    u"--lower"_s,     u"--upper"_s,      u"--digits"_s,
                       u"--symbols"_s,   u"--custom"_s,    u"--exclude"_s,    u"--no-lookalikes"_s,
                       u"--min-lower"_s, u"--min-upper"_s, u"--min-digits"_s, u"--min-symbols"_s,
                       u"--count"_s,     u"--json"_s};
    QTest::addRow("token --help") << QStringList{u"token"_s, u"--help"_s}
                                  << u"Usage: passforge-cli token"_s
                                  << QStringList{u"--bytes"_s, u"--format"_s, u"--count"_s,
                                                 u"--json"_s,  u"hex"_s,      u"urlsafe"_s,
                                                 u"base64"_s,  u"base32"_s,   u"uuid"_s,
                                                 u"raw"_s};
    QTest::addRow("number --help")
        << QStringList{u"number"_s, u"--help"_s} << u"Usage: passforge-cli number"_s
        << QStringList{u"--min"_s, u"--max"_s, u"--count"_s, u"--distinct"_s, u"--json"_s};
    QTest::addRow("pick --help") << QStringList{u"pick"_s, u"--help"_s}
                                 << u"Usage: passforge-cli pick [options] [FILE]"_s
                                 << QStringList{u"--count"_s, u"--shuffle"_s, u"--json"_s};
    QTest::addRow("pick -h") << QStringList{u"pick"_s, u"-h"_s}
                             << u"Usage: passforge-cli pick [options] [FILE]"_s
                             << QStringList{u"--count"_s, u"--shuffle"_s, u"--json"_s};
    QTest::addRow("passphrase --help")
        << QStringList{u"passphrase"_s, u"--help"_s} << u"Usage: passforge-cli passphrase"_s
        << QStringList{u"--words"_s,    u"--separator"_s, u"--case"_s,
                       u"--wordlist"_s, u"--count"_s,     u"--json"_s};
}

void TstCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);

    const CliResult run = runCli(args);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(usage), qPrintable(text.section(QLatin1Char('\n'), 0, 0)));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    for (const QString &word : mentions)
        QVERIFY2(text.contains(word), qPrintable(word));
}

void TstCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::addRow("--version") << u"--version"_s;
    QTest::addRow("-v") << u"-v"_s;
}

void TstCli::version()
{
    QFETCH(QString, option);
    const CliResult run = runCli({option});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    // PASSFORGE_VERSION comes from the CMake project version, not from the binary.
    QCOMPARE(run.out, QByteArray("passforge-cli " PASSFORGE_VERSION "\n"));
}

QTEST_GUILESS_MAIN(TstCli)
