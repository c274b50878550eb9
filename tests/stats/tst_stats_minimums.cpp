// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords with minimum counts per class, from the real OS source. Uniform over all passwords
// that meet the minimums means:
// - the class-count vector (how many characters of each class) follows the multinomial law of a
//   uniform password, restricted to the vectors that meet the minimums and renormalised: for
//   counts k_g over groups of sizes s_g in an alphabet of n, P(k) is proportional to
//   L! / prod k_g! * prod (s_g / n)^k_g. Insert-one-of-each-then-shuffle fails exactly here.
// - every position has the same class distribution, P(class g) = E[k_g] / L (the positions are
//   exchangeable);
// - within a class, every symbol is equally likely.
// The expected law is computed here by enumerating the vectors, independently of the core's
// dynamic programme (ConstrainedCount). Rows cover the generator's three strategies: Direct (no
// minimums), Reject (whole passwords, when at least 1/8 of them qualify) and Composition (the
// class counts drawn exactly, then arranged, below that); see PasswordGenerator::rebuild.
//
// Power (see ChiSquare.h): there are up to a few hundred count vectors, many of them rare, so a
// 1% relative bias in every cell would need billions of passwords. The class-count and position
// tests are sized instead for any distortion at total variation distance 0.5% (half a percent of
// the probability mass moved, in whatever pattern): N = lambda(df) / (4 * 0.005^2), with df the
// number of feasible vectors - 1, caught with probability 1 - 1e-6. tst_stats_chisquare checks
// that bound against a sampler that moves exactly that much mass. The within-class tests reuse
// those passwords; each class then sees several characters per password, which catches roughly a
// 1-5% relative bias in one of its symbols, depending on the class and row.

#include "ChiSquare.h"
#include "ExpectedAlphabet.h"
#include "PasswordSampler.h"
#include "SymbolDecoder.h"

#include "passforge/OsRandomSource.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"

#include <QList>
#include <QTest>

#include <array>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <span>
#include <vector>

using passforge::PasswordGenerator;
using namespace passforge::stats;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(passforge::stats::PasswordPath)

namespace {

constexpr double TotalVariation = 0.005;
// PasswordGenerator uses plain rejection while at least 2^-3 of all passwords meet the
// minimums, the composition sampler below that.
constexpr double RejectionLog2Threshold = -3.0;
constexpr int Groups = ExpectedAlphabet::GroupCount;

enum ClassBits { Lower = 1, Upper = 2, Digits = 4, Symbols = 8, AllFour = 15 };

// The law of the class-count vector under the settings, enumerated.
struct CountLaw
{
    std::vector<int> active;               // groups with symbols
    std::vector<std::vector<int>> vectors; // feasible count vectors, over the active groups
    std::vector<double> probability;       // of each, renormalised over the feasible ones
    std::vector<int> cellOf;               // dense code -> index in vectors, or -1
    double log2FeasibleShare = 0;          // log2 P(a uniform password meets the minimums)
    std::array<double, Groups> meanCount{};

    int length = 0;

    // The dense code of a vector of counts per group (all Groups of them).
    int code(const int *counts) const
    {
        int c = 0;
        for (int g : active)
            c = c * (length + 1) + counts[g];
        return c;
    }
};

CountLaw countLaw(int length, const ExpectedAlphabet &alphabet, const std::array<int, 4> &minimum)
{
    CountLaw law;
    law.length = length;
    for (int g = 0; g < Groups; ++g) {
        if (alphabet.groupSize[g] > 0)
            law.active.push_back(g);
    }
    const int groups = static_cast<int>(law.active.size());
    const double n = alphabet.size();
    int codes = 1;
    for (int i = 0; i < groups; ++i)
        codes *= length + 1;
    law.cellOf.assign(codes, -1);

    std::vector<double> logWeight;
    std::vector<int> k(groups, 0);
    // Every vector of `groups` non-negative counts summing to length, in odometer order.
    std::function<void(int, int)> walk = [&](int i, int left) {
        if (i == groups - 1) {
            k[i] = left;
            double w = std::lgamma(length + 1.0);
            bool feasible = true;
            for (int j = 0; j < groups; ++j) {
                const int g = law.active[j];
                w += -std::lgamma(k[j] + 1.0) + k[j] * std::log(alphabet.groupSize[g] / n);
                if (g < 4 && k[j] < minimum[g])
                    feasible = false;
            }
            if (feasible) {
                int code = 0;
                for (int j = 0; j < groups; ++j)
                    code = code * (length + 1) + k[j];
                law.cellOf[code] = static_cast<int>(law.vectors.size());
                law.vectors.push_back(k);
                logWeight.push_back(w);
            }
            return;
        }
        for (int c = 0; c <= left; ++c) {
            k[i] = c;
            walk(i + 1, left - c);
        }
    };
    walk(0, length);

    // The weights are the multinomial probabilities themselves; their sum is the feasible share.
    long double share = 0;
    for (double w : logWeight)
        share += std::exp(static_cast<long double>(w));
    law.log2FeasibleShare = static_cast<double>(std::log2(share));
    for (std::size_t v = 0; v < law.vectors.size(); ++v) {
        law.probability.push_back(
            static_cast<double>(std::exp(static_cast<long double>(logWeight[v])) / share));
        for (int j = 0; j < groups; ++j)
            law.meanCount[law.active[j]] += law.probability.back() * law.vectors[v][j];
    }
    return law;
}

QString strategyFor(const std::array<int, 4> &minimum, const CountLaw &law)
{
    if (std::accumulate(minimum.begin(), minimum.end(), 0) == 0)
        return u"direct"_s;
    return law.log2FeasibleShare >= RejectionLog2Threshold ? u"reject"_s : u"composition"_s;
}

} // namespace

class TestMinimumStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void classCounts_data();
    void classCounts();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestMinimumStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestMinimumStatistics::classCounts_data()
{
    QTest::addColumn<PasswordPath>("path");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QList<int>>("minimum"); // lower, upper, digits, symbols
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<bool>("noLookAlikes");
    QTest::addColumn<QString>("strategy");

    // Rows alternate between the bulk stream (digits carried from password to password, also
    // across rejected attempts) and appendTo (a fresh word per password).
    const auto stream = PasswordPath::Stream;
    const auto single = PasswordPath::Single;
    const QStringList none;
    QTest::addRow("direct, stream: all four, length 12")
        << stream << 12 << int(AllFour) << QList<int>{0, 0, 0, 0} << none << false << u"direct"_s;
    // 1 - (84/94)^12 - (62/94)^12 + (52/94)^12 = 0.735 of passwords qualify.
    QTest::addRow("reject, stream: all four, length 12, 1 digit, 1 symbol")
        << stream << 12 << int(AllFour) << QList<int>{0, 0, 1, 1} << none << false << u"reject"_s;
    QTest::addRow("reject, single: all four, length 12, one of each")
        << single << 12 << int(AllFour) << QList<int>{1, 1, 1, 1} << none << false << u"reject"_s;
    QTest::addRow("reject, stream: letters and digits without look-alikes, length 16, 2 upper, "
                  "2 digits")
        << stream << 16 << int(Lower | Upper | Digits) << QList<int>{0, 2, 2, 0} << none << true
        << u"reject"_s;
    // (28 * 26^2 * 10^6 + 8 * 26 * 10^7 + 10^8) / 36^8 = 0.0075 qualify: 2^-7.06.
    QTest::addRow("composition, single: lower and digits, length 8, 6 digits")
        << single << 8 << int(Lower | Digits) << QList<int>{0, 0, 6, 0} << none << false
        << u"composition"_s;
    // Three constrained classes with different weights, and unconstrained extras (non-ASCII).
    QTest::addRow(
        "composition, stream: upper digits symbols and extras, length 12, 3 upper 4 digits "
        "2 symbols")
        << stream << 12 << int(Upper | Digits | Symbols) << QList<int>{0, 3, 4, 2}
        << QStringList{u"ä"_s, u"ß"_s, u"€"_s} << false << u"composition"_s;
    QTest::addRow("composition, single: all four, length 12, 4 digits, 4 symbols")
        << single << 12 << int(AllFour) << QList<int>{0, 0, 4, 4} << none << false
        << u"composition"_s;
    // The minimums fill the length: one count vector, so only positions and symbols vary.
    QTest::addRow("composition, stream: length 6, 2 lower 2 upper 2 digits")
        << stream << 6 << int(Lower | Upper | Digits) << QList<int>{2, 2, 2, 0} << none << false
        << u"composition"_s;
}

void TestMinimumStatistics::classCounts()
{
    QFETCH(PasswordPath, path);
    QFETCH(int, length);
    QFETCH(int, classes);
    QFETCH(QList<int>, minimum);
    QFETCH(QStringList, custom);
    QFETCH(bool, noLookAlikes);
    QFETCH(QString, strategy);

    const std::array<int, 4> mins{minimum[0], minimum[1], minimum[2], minimum[3]};
    const ExpectedAlphabet alphabet = expectedAlphabet(
        classes, custom, noLookAlikes ? PasswordGenerator::lookAlikes() : QString());
    const int k = alphabet.size();
    const CountLaw law = countLaw(length, alphabet, mins);
    // The row really exercises the strategy its name says.
    QCOMPARE(strategyFor(mins, law), strategy);

    PasswordGenerator generator;
    for (int c = 0; c < 4; ++c) {
        const auto cls = static_cast<PasswordGenerator::CharClass>(c);
        generator.setClassEnabled(cls, classes & (1 << c));
        generator.setMinimum(cls, mins[c]);
    }
    generator.setCustom(custom.join(QString()));
    generator.setAvoidLookAlikes(noLookAlikes);
    generator.setLength(length);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.alphabetSize(), k);

    const int cells = static_cast<int>(law.vectors.size());
    const int groups = static_cast<int>(law.active.size());
    const std::uint64_t n = samplesForTotalVariation(std::max(cells, groups) - 1, TotalVariation);

    std::vector<std::uint64_t> vectorCounts(cells, 0);
    std::vector<std::uint64_t> positionClass(static_cast<std::size_t>(length) * Groups, 0);
    std::vector<std::uint64_t> symbolCounts(k, 0);
    std::uint64_t infeasible = 0;
    const SymbolDecoder decoder(alphabet.symbols);
    QString problem;
    const bool ok = forEachPassword(
        generator, path, *m_random, decoder, length, n,
        [&](const int *symbols) {
            int counts[Groups] = {};
            for (int pos = 0; pos < length; ++pos) {
                const int g = alphabet.groupOf[symbols[pos]];
                ++counts[g];
                ++positionClass[static_cast<std::size_t>(pos) * Groups + g];
                ++symbolCounts[symbols[pos]];
            }
            const int cell = law.cellOf[law.code(counts)];
            if (cell < 0)
                ++infeasible;
            else
                ++vectorCounts[cell];
        },
        &problem);
    QVERIFY2(ok, qPrintable(problem));
    QCOMPARE(infeasible, 0u); // every password meets every minimum

    if (cells > 1)
        PASSFORGE_VERIFY_FITS(chiSquareTest(vectorCounts, law.probability),
                              QStringLiteral("class-count vectors"));
    else
        QCOMPARE(vectorCounts[0], n);

    std::vector<double> classShare(Groups, 0);
    for (int g = 0; g < Groups; ++g)
        classShare[g] = law.meanCount[g] / length;
    for (int pos = 0; pos < length; ++pos) {
        const auto row =
            std::span(positionClass).subspan(static_cast<std::size_t>(pos) * Groups, Groups);
        PASSFORGE_VERIFY_FITS(chiSquareTest(row, classShare),
                              QStringLiteral("classes at position %1").arg(pos));
    }

    int start = 0;
    for (int g = 0; g < Groups; ++g) {
        const int size = alphabet.groupSize[g];
        if (size > 1) {
            PASSFORGE_VERIFY_FITS(chiSquareUniform(std::span(symbolCounts).subspan(start, size)),
                                  QStringLiteral("symbols within group %1").arg(g));
        }
        start += size;
    }
}

QTEST_GUILESS_MAIN(TestMinimumStatistics)
#include "tst_stats_minimums.moc"
