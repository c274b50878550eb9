// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli pick as a checkable draw (issue 12): --seed and --beacon give the winners that
// passforge-draw-v1 pins, the plain output's seed line reproduces its draw, and --verify passes
// genuine records and names the first difference of a tampered one.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

// The pins of tests/core/tst_pick.cpp (fairDrawPins) and docs/draws.md's worked example.
const QByteArray ExampleList = "Ada\nGrace\nAda\nLinus\n";
const QString ExampleSha = u"555f150a349d95969f30e07ed1ee0fe3bb4a795b8fa8c9ff1c5b6d42e014eb3a"_s;
const QString Seed0to31 = u"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"_s;
// SHA-256 of "drand round 123".
const QString BeaconSeed = u"272c55085b7bd59f81f5583c40394b8421cafcdc86eadc58466a8a00b76041c3"_s;

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString(u"<not a string>"_s));
    return result;
}

} // namespace

void TstCli::pickSeeded_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("result");

    const QStringList seed{u"--seed"_s, Seed0to31};
    QTest::addRow("count 2") << (QStringList{u"--count"_s, u"2"_s} + seed) << Seed0to31
                             << QStringList{u"Grace"_s, u"Ada"_s};
    QTest::addRow("count 3, upper-case seed")
        << QStringList{u"--count"_s, u"3"_s, u"--seed"_s, Seed0to31.toUpper()} << Seed0to31
        << QStringList{u"Grace"_s, u"Ada"_s, u"Linus"_s};
    QTest::addRow("unique, count 2") << (QStringList{u"--unique"_s, u"--count"_s, u"2"_s} + seed)
                                     << Seed0to31 << QStringList{u"Linus"_s, u"Ada"_s};
    QTest::addRow("shuffle") << (QStringList{u"--shuffle"_s} + seed) << Seed0to31
                             << QStringList{u"Grace"_s, u"Ada"_s, u"Linus"_s};
    QTest::addRow("beacon") << QStringList{u"--beacon"_s, u"drand round 123"_s} << BeaconSeed
                            << QStringList{u"Ada"_s};
    QTest::addRow("beacon, shuffle")
        << QStringList{u"--shuffle"_s, u"--beacon"_s, u"drand round 123"_s} << BeaconSeed
        << QStringList{u"Ada"_s, u"Grace"_s, u"Linus"_s};
}

void TstCli::pickSeeded()
{
    QFETCH(QStringList, args);
    QFETCH(QString, seed);
    QFETCH(QStringList, result);
    const bool shuffle = args.contains(u"--shuffle"_s);
    const bool beacon = args.contains(u"--beacon"_s);
    CliOptions options;
    options.input = ExampleList;

    // Plain: the names, one per line, and the seed on stderr.
    const CliResult plain = runCli(QStringList{u"pick"_s} + args, options);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QCOMPARE(QString::fromUtf8(plain.out), result.join(u'\n') + u'\n');
    QCOMPARE(QString::fromUtf8(plain.err),
             u"passforge-cli: drawn with passforge-draw-v1 from seed %1\n"_s.arg(seed));

    // JSON: the record, with every key the issue names.
    const CliResult json = runCli(QStringList{u"pick"_s, u"--json"_s} + args, options);
    QVERIFY2(json.succeeded(), qPrintable(json.describe()));
    QCOMPARE(json.out.count('\n'), 1);
    const auto object = jsonObject(json.out);
    QVERIFY2(object, json.out.constData());
    QStringList keys{u"algorithm"_s,
                     u"count"_s,
                     u"drawn_at"_s,
                     u"duplicates"_s,
                     u"entries"_s,
                     u"list_sha256"_s,
                     u"lookalikes"_s,
                     u"seed"_s,
                     u"tickets"_s,
                     u"unique"_s,
                     shuffle ? u"order"_s : u"winners"_s};
    if (beacon)
        keys << u"beacon"_s;
    keys.sort();
    QCOMPARE(keysOf(*object), keys);
    QCOMPARE(object->value(u"algorithm"_s).toString(), u"passforge-draw-v1"_s);
    QCOMPARE(object->value(u"seed"_s).toString(), seed);
    if (beacon)
        QCOMPARE(object->value(u"beacon"_s).toString(), u"drand round 123"_s);
    QCOMPARE(object->value(u"list_sha256"_s).toString(), ExampleSha);
    QCOMPARE(object->value(u"entries"_s).toInt(-1), 3);
    QCOMPARE(object->value(u"tickets"_s).toInt(-1), 4);
    QCOMPARE(object->value(u"duplicates"_s).toInt(-1), 1);
    QCOMPARE(object->value(u"unique"_s), QJsonValue(args.contains(u"--unique"_s)));
    QCOMPARE(object->value(u"count"_s).toInt(-1), result.size());
    QCOMPARE(strings(object->value(shuffle ? u"order"_s : u"winners"_s)), result);
    // UTC, ISO 8601, to the second, and now.
    const QDateTime drawnAt =
        QDateTime::fromString(object->value(u"drawn_at"_s).toString(), Qt::ISODate);
    QVERIFY2(object->value(u"drawn_at"_s).toString().endsWith(u'Z'),
             qPrintable(object->value(u"drawn_at"_s).toString()));
    QVERIFY(qAbs(drawnAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TstCli::pickSeedLineReproduces()
{
    // A plain draw with a fresh seed: the seed it prints gives the same winners again, and two
    // fresh draws have different seeds.
    QByteArray list;
    for (int i = 0; i < 40; ++i)
        list += "name " + QByteArray::number(i % 30) + '\n';
    CliOptions options;
    options.input = list;
    const CliResult first = runCli(words("pick --count 5"), options);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QString seed = drawSeedLine(first.err);
    QVERIFY2(!seed.isEmpty(), first.err.constData());
    const CliResult again = runCli({u"pick"_s, u"--count"_s, u"5"_s, u"--seed"_s, seed}, options);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.out, first.out);
    QCOMPARE(again.err, first.err);
    const CliResult other = runCli(words("pick --count 5"), options);
    QVERIFY(drawSeedLine(other.err) != seed);
}

void TstCli::pickVerify_data()
{
    QTest::addColumn<QStringList>("drawArgs");
    // How the record or list is changed before --verify: a key and its new JSON value, "list"
    // to add a line to the list, or nothing.
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("changeTo");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line");

    const QStringList two{u"--count"_s, u"2"_s, u"--seed"_s, Seed0to31};
    const QString verified2 =
        u"verified: 2 of 3 entries, list %1, seed %2"_s.arg(ExampleSha, Seed0to31);
    QTest::addRow("genuine draw") << two << QString() << QByteArray() << 0 << verified2;
    QTest::addRow("genuine fresh draw")
        << QStringList{u"--count"_s, u"3"_s} << QString() << QByteArray() << 0 << QString();
    QTest::addRow("genuine unique") << QStringList{u"--unique"_s, u"--count"_s, u"2"_s} << QString()
                                    << QByteArray() << 0 << QString();
    QTest::addRow("genuine shuffle")
        << QStringList{u"--shuffle"_s, u"--seed"_s, Seed0to31} << QString() << QByteArray() << 0
        << u"verified: the order of 3 entries, list %1, seed %2"_s.arg(ExampleSha, Seed0to31);
    QTest::addRow("genuine beacon")
        << QStringList{u"--beacon"_s, u"drand round 123"_s} << QString() << QByteArray() << 0
        << u"verified: 1 of 3 entries, list %1, seed %2"_s.arg(ExampleSha, BeaconSeed);
    // Keys the record need not have, and keys it may have besides, change nothing.
    QTest::addRow("unknown key ignored")
        << two << u"comment"_s << QByteArray("\"drawn live\"") << 0 << verified2;

    const QByteArray longer = ExampleList + "Margaret\n";
    QTest::addRow("changed list")
        << two << u"list"_s << QByteArray("Margaret\n") << 1
        << u"the list differs: its SHA-256 is %1, the record says %2"_s.arg(
               QString::fromLatin1(
                   QCryptographicHash::hash(longer, QCryptographicHash::Sha256).toHex()),
               ExampleSha);
    QTest::addRow("changed seed")
        << two << u"seed"_s
        << QByteArray("\"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e20\"") << 1
        << u"winner 1 differs: the draw gives 'Linus', the record says 'Grace'"_s;
    QTest::addRow("reordered winners")
        << two << u"winners"_s << QByteArray("[\"Ada\",\"Grace\"]") << 1
        << u"winner 1 differs: the draw gives 'Grace', the record says 'Ada'"_s;
    QTest::addRow("changed second winner")
        << two << u"winners"_s << QByteArray("[\"Grace\",\"Linus\"]") << 1
        << u"winner 2 differs: the draw gives 'Ada', the record says 'Linus'"_s;
    QTest::addRow("changed count")
        << two << u"count"_s << QByteArray("3") << 1
        << u"the count differs: the record's count is 3, but it names 2 winners"_s;
    QTest::addRow("count above the entries")
        << two << u"count"_s << QByteArray("4") << 1
        << u"the count differs: the list has 3 entries, the record's count is 4"_s;
    QTest::addRow("unique flag set")
        << two << u"unique"_s << QByteArray("true") << 1
        << u"winner 1 differs: the draw gives 'Linus', the record says 'Grace'"_s;
    QTest::addRow("changed entries") << two << u"entries"_s << QByteArray("4") << 1
                                     << u"the entries differ: the list has 3, the record says 4"_s;
    QTest::addRow("changed beacon")
        << QStringList{u"--beacon"_s, u"drand round 123"_s} << u"beacon"_s
        << QByteArray("\"drand round 124\"") << 1
        << u"the seed differs: SHA-256 of the beacon is %1, the record says %2"_s.arg(
               QString::fromLatin1(
                   QCryptographicHash::hash("drand round 124", QCryptographicHash::Sha256).toHex()),
               BeaconSeed);
    QTest::addRow("reordered shuffle")
        << QStringList{u"--shuffle"_s, u"--seed"_s, Seed0to31} << u"order"_s
        << QByteArray("[\"Ada\",\"Grace\",\"Linus\"]") << 1
        << u"place 1 of the order differs: the draw gives 'Grace', the record says 'Ada'"_s;
    QTest::addRow("shuffle missing an entry")
        << QStringList{u"--shuffle"_s, u"--seed"_s, Seed0to31} << u"order"_s
        << QByteArray("[\"Grace\",\"Ada\"]") << 1
        << u"the order differs: it should name 3 entries, the record names 2"_s;
}

void TstCli::pickVerify()
{
    QFETCH(QStringList, drawArgs);
    QFETCH(QString, change);
    QFETCH(QByteArray, changeTo);
    QFETCH(int, exitCode);
    QFETCH(QString, line);

    CliOptions options;
    options.input = ExampleList;
    const CliResult draw = runCli(QStringList{u"pick"_s, u"--json"_s} + drawArgs, options);
    QVERIFY2(draw.succeeded(), qPrintable(draw.describe()));
    QByteArray record = draw.out;
    QByteArray list = ExampleList;
    if (change == u"list"_s) {
        list += changeTo;
    } else if (!change.isEmpty()) {
        QJsonObject object = *jsonObject(record);
        object.insert(change, QJsonDocument::fromJson("[" + changeTo + "]").array().at(0));
        record = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    const QString recordPath = fixture(u"record.json"_s);
    const QString listPath = fixture(u"record-list.txt"_s);
    QVERIFY(writeFixture(u"record.json"_s, record));
    QVERIFY(writeFixture(u"record-list.txt"_s, list));

    // The list from a file, and from standard input: the same answer.
    CliOptions fromStdin;
    fromStdin.input = list;
    for (const CliResult &run : {runCli({u"pick"_s, u"--verify"_s, recordPath, listPath}),
                                 runCli({u"pick"_s, u"--verify"_s, recordPath}, fromStdin)}) {
        QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit &&
                     run.exitCode == exitCode && run.err.isEmpty(),
                 qPrintable(run.describe()));
        const QList<QByteArray> lines = outputLines(run.out);
        QCOMPARE(lines.size(), 1);
        if (line.isEmpty())
            QVERIFY2(lines.constFirst().startsWith("verified: "), lines.constFirst().constData());
        else
            QCOMPARE(QString::fromUtf8(lines.constFirst()), line);
    }
}
