// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords under password rules, from the real OS source: uniform over every string of the
// length that meets the rules. The valid strings are enumerated here by brute force (every
// string over the allowed characters, kept when it meets each rule), independently of the
// sampler's inclusion-exclusion counts, and each is a cell of a chi-square test.
//
// Rows use overlapping required sets and a max-consecutive that binds, so that both the
// requirement bookkeeping and the run limit decide which strings are cells. They are kept to ten
// cells or fewer: a password costs about 0.6 us here (big-integer unranking), and the sample
// size grows with (cells - 1) * lambda(cells - 1); the
// shipped sites are checked for exact counts and valid output in tst_rules instead. Power (see
// ChiSquare.h): sized with samplesForUniform for a 1% relative bias in one cell, caught with
// probability 1 - 1e-6 at significance 1e-6. A password outside the enumeration is an impossible
// cell and fails the test outright.

#include "ChiSquare.h"

#include "passforge/OsRandomSource.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PasswordRules.h"
#include "passforge/Random.h"

#include <QHash>
#include <QTest>

#include <vector>

using namespace passforge;
using namespace passforge::stats;
using namespace Qt::StringLiterals;

namespace {

bool meets(const std::string &s, const std::vector<std::string> &required, int maxConsecutive)
{
    for (const std::string &set : required) {
        if (s.find_first_of(set) == std::string::npos)
            return false;
    }
    int run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        run = i > 0 && s[i] == s[i - 1] ? run + 1 : 1;
        if (maxConsecutive > 0 && run > maxConsecutive)
            return false;
    }
    return true;
}

} // namespace

class TestRulesStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformOverValidPasswords_data();
    void uniformOverValidPasswords();
};

void TestRulesStatistics::uniformOverValidPasswords_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("alphabet"); // what the rules allow, written out
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<int>("maxConsecutive");
    QTest::addColumn<int>("cells");
    // 'b' meets both requirements. Of the 16 strings over {0, 1, a, b}: "aa", "bb", "00" and
    // "11" repeat a character, "01" and "10" miss [ab], "a1" and "1a" miss [b0]; 8 are left,
    // and "bb" is out only for its run.
    QTest::newRow("[ab] and [b0] overlapping, [1] allowed, max-consecutive 1, length 2")
        << u"required: [ab]; required: [b0]; allowed: [1]; max-consecutive: 1"_s << 2 << u"01ab"_s
        << QStringList{u"ab"_s, u"b0"_s} << 1 << 8;
    // 3 * 2 * 2 = 12 strings over {0, a, b} without a repeat, less "b0b" and "0b0" that miss
    // [a]: 10.
    QTest::newRow("[a] and [b0], max-consecutive 1, length 3")
        << u"required: [a]; required: [b0]; max-consecutive: 1"_s << 3 << u"0ab"_s
        << QStringList{u"a"_s, u"b0"_s} << 1 << 10;
}

void TestRulesStatistics::uniformOverValidPasswords()
{
    QFETCH(QString, rules);
    QFETCH(int, length);
    QFETCH(QString, alphabet);
    QFETCH(QStringList, required);
    QFETCH(int, maxConsecutive);
    QFETCH(int, cells);

    PasswordRules::Error error;
    const PasswordRules parsed = PasswordRules::parse(rules, &error);
    QCOMPARE(error.kind, PasswordRules::ErrorKind::None);
    QCOMPARE(PasswordRules::characters(parsed.allowed()), alphabet);
    PasswordGenerator generator;
    generator.setRules(parsed);
    generator.setLength(length);
    QVERIFY(generator.isValid());

    // Every string over the alphabet, kept when it meets the rules.
    std::vector<std::string> sets;
    for (const QString &set : std::as_const(required))
        sets.push_back(set.toStdString());
    const std::string chars = alphabet.toStdString();
    QHash<QByteArray, int> cellOf;
    std::vector<std::size_t> digits(static_cast<std::size_t>(length), 0);
    for (;;) {
        std::string s;
        for (std::size_t d : digits)
            s.push_back(chars[d]);
        if (meets(s, sets, maxConsecutive))
            cellOf.insert(QByteArray::fromStdString(s), static_cast<int>(cellOf.size()));
        std::size_t i = 0;
        while (i < digits.size() && ++digits[i] == chars.size())
            digits[i++] = 0;
        if (i == digits.size())
            break;
    }
    if (cells >= 0)
        QCOMPARE(cellOf.size(), cells);
    QCOMPARE(generator.entropyBits(), std::log2(static_cast<double>(cellOf.size())));

    const std::uint64_t samples = samplesForUniform(static_cast<std::size_t>(cellOf.size()));
    std::vector<std::uint64_t> observed(static_cast<std::size_t>(cellOf.size()), 0);
    OsRandomSource source;
    Random random(source);
    SecureBytes out;
    std::uint64_t impossible = 0;
    for (std::uint64_t i = 0; i < samples; ++i) {
        out.clear();
        generator.appendTo(random, out);
        const auto it =
            cellOf.constFind(QByteArray(out.data(), static_cast<qsizetype>(out.size())));
        if (it == cellOf.constEnd())
            ++impossible;
        else
            ++observed[static_cast<std::size_t>(*it)];
    }
    QCOMPARE(impossible, std::uint64_t{0});
    PASSFORGE_VERIFY_FITS(chiSquareUniform(observed),
                          u"%1 valid passwords, %2 samples"_s.arg(cellOf.size()).arg(samples));
}

QTEST_GUILESS_MAIN(TestRulesStatistics)
#include "tst_stats_rules.moc"
