// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli number: values within the inclusive range anywhere in int64, --distinct, --json.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Lowest = std::numeric_limits<qint64>::min();
constexpr qint64 Highest = std::numeric_limits<qint64>::max();

QStringList numberArgs(qint64 min, qint64 max, qint64 count)
{
    return {u"number"_s,          u"--min"_s,   QString::number(min),  u"--max"_s,
            QString::number(max), u"--count"_s, QString::number(count)};
}

// Runs the CLI, which must succeed, and parses each line as one canonical decimal integer.
#define RUN_NUMBERS(numbers, args)                                                                 \
    QList<qint64> numbers;                                                                         \
    do {                                                                                           \
        const CliResult run_ = runCli(args);                                                       \
        QVERIFY2(run_.succeeded(), qPrintable(run_.describe()));                                   \
        for (const QByteArray &line_ : outputLines(run_.out)) {                                    \
            bool ok_ = false;                                                                      \
            const qint64 value_ = line_.toLongLong(&ok_);                                          \
            QVERIFY2(ok_ &&QByteArray::number(value_) == line_, line_.constData());                \
            numbers.append(value_);                                                                \
        }                                                                                          \
    } while (false)

} // namespace

void TstCli::numberRange_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("count");
    // Whether every value of the range must appear: only where count is 100 times the range
    // size or more, so that P(some value missing) <= k (1 - 1/k)^(100k) < k e^-100.
    QTest::addColumn<bool>("all");

    QTest::addRow("die") << qint64(1) << qint64(6) << qint64(600) << true;
    QTest::addRow("around zero") << qint64(-5) << qint64(5) << qint64(1100) << true;
    QTest::addRow("single value") << qint64(42) << qint64(42) << qint64(5) << true;
    QTest::addRow("power of two") << qint64(0) << qint64(1023) << qint64(500) << false;
    QTest::addRow("top of int64") << Highest - 2 << Highest << qint64(300) << true;
    QTest::addRow("bottom of int64") << Lowest << Lowest + 2 << qint64(300) << true;
    QTest::addRow("whole int64") << Lowest << Highest << qint64(200) << false;
    QTest::addRow("huge span") << qint64(-1'000'000'000'000'000'000)
                               << qint64(1'000'000'000'000'000'000) << qint64(200) << false;
}

void TstCli::numberRange()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, count);
    QFETCH(bool, all);

    RUN_NUMBERS(numbers, numberArgs(min, max, count));
    QCOMPARE(numbers.size(), count);
    for (qint64 value : std::as_const(numbers))
        QVERIFY2(value >= min && value <= max, QByteArray::number(value).constData());
    if (all)
        QCOMPARE(QSet<qint64>(numbers.cbegin(), numbers.cend()).size(), max - min + 1);
    if (min == Lowest && max == Highest) {
        // Over the whole range each sign has probability 1/2: all 200 of one sign has
        // probability 2^-199.
        QVERIFY(std::any_of(numbers.cbegin(), numbers.cend(), [](qint64 v) { return v < 0; }));
        QVERIFY(std::any_of(numbers.cbegin(), numbers.cend(), [](qint64 v) { return v >= 0; }));
    }
}

void TstCli::numberDistinct_data()
{
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("count");

    QTest::addRow("1 to 10, all") << qint64(1) << qint64(10) << qint64(10);
    QTest::addRow("-3 to 3, all") << qint64(-3) << qint64(3) << qint64(7);
    QTest::addRow("0 to 4095, all") << qint64(0) << qint64(4095) << qint64(4096);
    QTest::addRow("top ten of int64, all") << Highest - 9 << Highest << qint64(10);
    QTest::addRow("bottom five of int64, all") << Lowest << Lowest + 4 << qint64(5);
    QTest::addRow("500 of a million") << qint64(1) << qint64(1'000'000) << qint64(500);
    QTest::addRow("1000 of whole int64") << Lowest << Highest << qint64(1000);
}

void TstCli::numberDistinct()
{
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, count);

    RUN_NUMBERS(numbers, numberArgs(min, max, count) << u"--distinct"_s);
    QCOMPARE(numbers.size(), count);
    for (qint64 value : std::as_const(numbers))
        QVERIFY2(value >= min && value <= max, QByteArray::number(value).constData());
    QCOMPARE(QSet<qint64>(numbers.cbegin(), numbers.cend()).size(), count);
    // When count is the size of the range, every value comes out once: a permutation.
    if (quint64(max) - quint64(min) + 1 == quint64(count)) {
        std::sort(numbers.begin(), numbers.end());
        for (qint64 i = 0; i < count; ++i)
            QCOMPARE(numbers.at(i), min + i);
    }
}

void TstCli::numberJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    // The entropy of each line: log2 of the values it could have been.
    QTest::addColumn<QList<double>>("bits");

    QTest::addRow("die") << numberArgs(1, 6, 3) << qint64(1) << qint64(6)
                         << QList<double>(3, std::log2(6.0));
    QTest::addRow("power of two") << numberArgs(0, 1023, 2) << qint64(0) << qint64(1023)
                                  << QList<double>{10, 10};
    QTest::addRow("one value") << numberArgs(5, 5, 1) << qint64(5) << qint64(5) << QList<double>{0};
    QTest::addRow("whole int64") << numberArgs(Lowest, Highest, 2) << Lowest << Highest
                                 << QList<double>{64, 64};
    // Without replacement each draw has one value fewer to choose from: 4, 3, 2, 1.
    QTest::addRow("distinct") << (numberArgs(1, 4, 4) << u"--distinct"_s) << qint64(1) << qint64(4)
                              << QList<double>{2, std::log2(3.0), 1, 0};
}

void TstCli::numberJson()
{
    QFETCH(QStringList, args);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(QList<double>, bits);

    const CliResult run = runCli(args << u"--json"_s);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), bits.size());
    // QJsonDocument reads numbers as doubles, which cannot hold every int64; the exact value is
    // read from the text, whose shape the pattern pins.
    static const QRegularExpression shape(
        u"\\A\\{\"value\":(-?[0-9]+),\"entropy_bits\":[0-9]+\\.[0-9]{2}\\}\\z"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto object = jsonObject(lines.at(i));
        QVERIFY2(object, lines.at(i).constData());
        QCOMPARE(keysOf(*object), (QStringList{u"entropy_bits"_s, u"value"_s}));
        const QRegularExpressionMatch match = shape.match(QString::fromLatin1(lines.at(i)));
        QVERIFY2(match.hasMatch(), lines.at(i).constData());
        bool ok = false;
        const qint64 value = match.captured(1).toLongLong(&ok);
        QVERIFY2(ok && value >= min && value <= max, lines.at(i).constData());
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), bits.at(i)),
                 lines.at(i).constData());
    }
}
