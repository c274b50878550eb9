// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli pick: lists from a file or standard input, distinct winners, --json with the
// list's SHA-256, --shuffle, and lists at the size limits.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QList<QByteArray> distinct(const QList<QByteArray> &tickets)
{
    QList<QByteArray> entries;
    for (const QByteArray &ticket : tickets) {
        if (!entries.contains(ticket))
            entries.append(ticket);
    }
    return entries;
}

QList<QByteArray> utf8Strings(const QJsonArray &array)
{
    QList<QByteArray> result;
    for (const QJsonValue &value : array)
        result.append(value.isString() ? value.toString().toUtf8() : QByteArray("<not a string>"));
    return result;
}

// A plain pick ran: exit 0, and stderr is exactly the one line with its seed.
bool drew(const CliResult &run)
{
    return run.started && run.finished && run.exitStatus == QProcess::NormalExit &&
           run.exitCode == 0 && run.err.count('\n') == 1 && !drawSeedLine(run.err).isEmpty();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

void TstCli::pickSource_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");

    QTest::addRow("file") << words("pick @DIR@/list.txt") << QByteArray();
    QTest::addRow("stdin") << words("pick") << QByteArray("alice\nbob\ncarol\n");
    QTest::addRow("stdin CRLF") << words("pick") << QByteArray("alice\r\nbob\r\ncarol\r\n");
    QTest::addRow("stdin padded, no final newline")
        << words("pick") << QByteArray("  alice \n\tbob\r\n\n \ncarol");
}

void TstCli::pickSource()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    for (QString &arg : args)
        arg.replace(u"@DIR@"_s, m_dir.path());
    const QList<QByteArray> names{"alice", "bob", "carol"};

    CliOptions options;
    options.input = input;
    const CliResult one = runCli(args, options);
    QVERIFY2(drew(one), qPrintable(one.describe()));
    const QList<QByteArray> winner = outputLines(one.out);
    QCOMPARE(winner.size(), 1);
    QVERIFY2(names.contains(winner.constFirst()), winner.constFirst().constData());

    // All three winners: each entry once, trimmed, without a CR.
    const CliResult all = runCli(QStringList(args) << u"--count"_s << u"3"_s, options);
    QVERIFY2(drew(all), qPrintable(all.describe()));
    QCOMPARE(sorted(outputLines(all.out)), names);
}

void TstCli::pickCount_data()
{
    QTest::addColumn<int>("count");
    for (int k = 1; k <= 5; ++k)
        QTest::addRow("K = %d", k) << k;
}

void TstCli::pickCount()
{
    QFETCH(int, count);
    // 7 tickets, 5 entries: ann and ben twice, blank lines and padding ignored.
    const QByteArray list = "ann\nben\nann\ncid\n\t dan \t\n\n  \nben\neve\n";
    const QList<QByteArray> entries = distinct(listTickets(list));
    QCOMPARE(entries.size(), 5);

    CliOptions options;
    options.input = list;
    const CliResult run = runCli({u"pick"_s, u"--count"_s, QString::number(count)}, options);
    QVERIFY2(drew(run), qPrintable(run.describe()));
    const QList<QByteArray> winners = outputLines(run.out);
    QCOMPARE(winners.size(), count);
    QCOMPARE(distinct(winners), winners);
    for (const QByteArray &winner : winners)
        QVERIFY2(entries.contains(winner), winner.constData());
    if (count == entries.size())
        QCOMPARE(sorted(winners), sorted(entries));
}

void TstCli::pickJson_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("tickets");
    QTest::addColumn<int>("duplicates");
    // Empty: compare with the SHA-256 of normalisedList(list), computed here.
    QTest::addColumn<QString>("sha256");

    QTest::addRow("README example")
        << QByteArray("Ada\nGrace\nAda\nLinus\n") << 1 << 3 << 4 << 1 << QString();
    QTest::addRow("padding, blanks and CRLF")
        << QByteArray(" ann \r\n\r\nben\r\n\tann\t\r\n   \r\ncid") << 2 << 3 << 4 << 1 << QString();
    QTest::addRow("non-ASCII") << QByteArray(
                                      "Zo\xc3\xab\nJos\xc3\xa9\n\xf0\x9f\x98\x80\nZo\xc3\xab\n")
                               << 3 << 3 << 4 << 1 << QString();
    QTest::addRow("JSON escapes") << QByteArray("say \"hi\"\nback\\slash\n") << 2 << 2 << 2 << 0
                                  << QString();
    // From `printf 'a\nb\n' | sha256sum`, outside this code and the product.
    const QString abSha = u"911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"_s;
    QTest::addRow("sha256sum vector") << QByteArray("a\nb\n") << 2 << 2 << 2 << 0 << abSha;
    QTest::addRow("byte-order mark ignored") << QByteArray("\xef\xbb\xbf"
                                                           "a\r\n b\n")
                                             << 1 << 2 << 2 << 0 << abSha;
}

void TstCli::pickJson()
{
    QFETCH(QByteArray, list);
    QFETCH(int, count);
    QFETCH(int, entries);
    QFETCH(int, tickets);
    QFETCH(int, duplicates);
    QFETCH(QString, sha256);
    if (sha256.isEmpty())
        sha256 = sha256Hex(normalisedList(list));
    const QList<QByteArray> names = distinct(listTickets(list));
    QCOMPARE(names.size(), entries);

    CliOptions options;
    options.input = list;
    const CliResult run =
        runCli({u"pick"_s, u"--json"_s, u"--count"_s, QString::number(count)}, options);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 1); // a single object
    const auto object = jsonObject(lines.constFirst());
    QVERIFY2(object, lines.constFirst().constData());
    QCOMPARE(keysOf(*object),
             (QStringList{u"algorithm"_s, u"count"_s, u"drawn_at"_s, u"duplicates"_s, u"entries"_s,
                          u"list_sha256"_s, u"lookalikes"_s, u"seed"_s, u"tickets"_s, u"unique"_s,
                          u"winners"_s}));
    QCOMPARE(object->value(u"count"_s).toInt(-1), count);
    QCOMPARE(object->value(u"unique"_s), QJsonValue(false));
    QVERIFY(object->value(u"winners"_s).isArray());
    const QList<QByteArray> winners = utf8Strings(object->value(u"winners"_s).toArray());
    QCOMPARE(winners.size(), count);
    QCOMPARE(distinct(winners), winners);
    for (const QByteArray &winner : winners)
        QVERIFY2(names.contains(winner), winner.constData());
    QCOMPARE(object->value(u"entries"_s).toInt(-1), entries);
    QCOMPARE(object->value(u"tickets"_s).toInt(-1), tickets);
    QCOMPARE(object->value(u"duplicates"_s).toInt(-1), duplicates);
    QCOMPARE(object->value(u"list_sha256"_s).toString(), sha256);
}

void TstCli::pickShuffle_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("lines") << false;
    QTest::addRow("json") << true;
}

void TstCli::pickShuffle()
{
    QFETCH(bool, json);
    // 200 entries and 3 extra tickets, padded and with blank lines. A shuffle names each entry
    // once (issue 11), in an order drawn with the tickets as weights; it equals the input order
    // with probability far below 1/200!.
    QByteArray list;
    for (int i = 0; i < 200; ++i)
        list += "  entry " + QByteArray::number(i) + (i % 50 == 0 ? "\r\n\n" : "\n");
    list += "entry 7\nentry 7\nentry 199\n";
    const QList<QByteArray> tickets = listTickets(list);
    QCOMPARE(tickets.size(), 203);
    const QList<QByteArray> entries = distinct(tickets);
    QCOMPARE(entries.size(), 200);

    CliOptions options;
    options.input = list;
    QStringList args{u"pick"_s, u"--shuffle"_s};
    if (json)
        args << u"--json"_s;
    const CliResult run = runCli(args, options);
    QList<QByteArray> order = outputLines(run.out);
    if (json) {
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QCOMPARE(order.size(), 1);
        const auto object = jsonObject(order.constFirst());
        QVERIFY(object);
        QCOMPARE(keysOf(*object),
                 (QStringList{u"algorithm"_s, u"count"_s, u"drawn_at"_s, u"duplicates"_s,
                              u"entries"_s, u"list_sha256"_s, u"lookalikes"_s, u"order"_s,
                              u"seed"_s, u"tickets"_s, u"unique"_s}));
        QCOMPARE(object->value(u"entries"_s).toInt(-1), 200);
        QCOMPARE(object->value(u"tickets"_s).toInt(-1), 203);
        QCOMPARE(object->value(u"duplicates"_s).toInt(-1), 3);
        QCOMPARE(object->value(u"count"_s).toInt(-1), 200);
        QCOMPARE(object->value(u"list_sha256"_s).toString(), sha256Hex(normalisedList(list)));
        order = utf8Strings(object->value(u"order"_s).toArray());
    } else {
        QVERIFY2(drew(run), qPrintable(run.describe()));
    }
    QCOMPARE(order.size(), entries.size());
    QCOMPARE(sorted(order), sorted(entries));
    QVERIFY(order != entries);
}

void TstCli::pickLimits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("entries");

    // The limits are inclusive: 1000 characters an entry (é is one character, two bytes) and a
    // list of exactly 32 MB (32000 lines of 1000 bytes, see initTestCase).
    QTest::addRow("entry of 1000 characters") << u"entry-1000.txt"_s << 3 << 3;
    QTest::addRow("entry of 1000 accented characters") << u"entry-1000-accented.txt"_s << 2 << 2;
    QTest::addRow("list of exactly 32 MB") << u"list-at-limit.txt"_s << 1 << 32000;
}

void TstCli::pickLimits()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, entries);

    QFile list(fixture(file));
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QByteArray content = list.readAll();
    const CliResult run =
        runCli({u"pick"_s, u"--json"_s, u"--count"_s, QString::number(count), fixture(file)});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const auto object = jsonObject(run.out);
    QVERIFY2(object, qPrintable(run.describe()));
    QCOMPARE(object->value(u"entries"_s).toInt(-1), entries);
    QCOMPARE(object->value(u"winners"_s).toArray().size(), count);
    QCOMPARE(object->value(u"list_sha256"_s).toString(), sha256Hex(normalisedList(content)));
}

void TstCli::pickLookalikes()
{
    // "Ada" (Latin) and "Аda" (Cyrillic A) look the same: the draw goes ahead, with one warning
    // line per pair on stderr and the pairs in the JSON.
    CliOptions options;
    options.input = "Ada\n\xd0\x90"
                    "da\nbob\nT\xce\xbfm\nTom\n";
    const CliResult plain = runCli(words("pick --count 2"), options);
    QVERIFY2(plain.started && plain.finished && plain.exitCode == 0, qPrintable(plain.describe()));
    QCOMPARE(outputLines(plain.out).size(), 2);
    const QString seed = drawSeedLine(plain.err);
    QVERIFY2(!seed.isEmpty(), plain.err.constData());
    QCOMPARE(QString::fromUtf8(plain.err),
             u"passforge-cli: warning: 'Ada' and '\u0410da' look alike (lines 1 and 2)\n"
             "passforge-cli: warning: 'T\u03BFm' and 'Tom' look alike (lines 4 and 5)\n"
             "passforge-cli: drawn with passforge-draw-v1 from seed %1\n"_s.arg(seed));

    const CliResult json = runCli(words("pick --json"), options);
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const auto object = jsonObject(outputLines(json.out).value(0));
    QVERIFY(object);
    const QJsonArray pairs = object->value(u"lookalikes"_s).toArray();
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0).toArray().at(0).toString(), u"Ada"_s);
    QCOMPARE(pairs.at(0).toArray().at(1).toString(), u"\u0410da"_s);
    QCOMPARE(pairs.at(1).toArray().at(0).toString(), u"T\u03BFm"_s);

    // None: an empty list, and no warning.
    options.input = "alice\nbob\n";
    const CliResult clean = runCli(words("pick --json"), options);
    QVERIFY2(clean.succeeded(), qPrintable(clean.describe()));
    QCOMPARE(jsonObject(outputLines(clean.out).value(0))->value(u"lookalikes"_s).toArray().size(),
             0);
}

void TstCli::pickNfc()
{
    // e + U+0301 and U+00E9 are one entry with two tickets, and list_sha256 is over NFC text.
    CliOptions options;
    options.input = "e\xcc\x81\n\xc3\xa9\nbob\n";
    const CliResult run = runCli(words("pick --json"), options);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const auto object = jsonObject(outputLines(run.out).value(0));
    QVERIFY(object);
    QCOMPARE(object->value(u"entries"_s).toInt(), 2);
    QCOMPARE(object->value(u"tickets"_s).toInt(), 3);
    QCOMPARE(object->value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(object->value(u"list_sha256"_s).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash("\xc3\xa9\n\xc3\xa9\nbob\n", QCryptographicHash::Sha256)
                     .toHex()));
}
