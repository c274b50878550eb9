// SPDX-License-Identifier: GPL-3.0-or-later
// Whole passwords, not their parts: a setting small enough to list every password it allows, so
// that "uniform over all passwords that meet the minimums" is tested as written. Four characters
// from {a, b, 0, 1} with at least one letter and one digit: 4^4 - 2^4 - 2^4 = 224 passwords, each
// expected 1/224 of the time. Run for both samplers (whole-password rejection, and the
// composition sampler forced on) and both paths (single passwords, and the bulk stream).
//
// Then independence in the stream, where digits left over from one password start the next: the
// pair (first two characters of password i, first two of password i + 1) must follow the product
// of the exact marginal law of those two characters.
//
// Power: both tests are sized to catch any distortion at total variation distance 0.5% (see
// tst_stats_minimums for the bound), with the real OS source.

#include "ChiSquare.h"
#include "PasswordSampler.h"
#include "SymbolDecoder.h"

#include "passforge/OsRandomSource.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"

#include <QTest>

#include <memory>
#include <vector>

using passforge::PasswordGenerator;
using namespace passforge::stats;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(passforge::stats::PasswordPath)
Q_DECLARE_METATYPE(passforge::PasswordGenerator::Sampler)

namespace {

constexpr double TotalVariation = 0.005;
constexpr int Length = 4;
// The alphabet in the generator's order: lower, then digits.
const QStringList Alphabet{u"a"_s, u"b"_s, u"0"_s, u"1"_s};

bool isLetter(int symbol)
{
    return symbol < 2;
}

// Every password over the alphabet as a base-4 code, or -1 when it lacks a letter or a digit.
std::vector<int> validCells()
{
    std::vector<int> cellOf(256, -1);
    int next = 0;
    for (int code = 0; code < 256; ++code) {
        int letters = 0;
        for (int pos = 0, c = code; pos < Length; ++pos, c /= 4)
            letters += isLetter(c % 4);
        if (letters > 0 && letters < Length)
            cellOf[static_cast<std::size_t>(code)] = next++;
    }
    return cellOf;
}

int codeOf(const int *symbols, int count)
{
    int code = 0;
    for (int pos = count; pos-- > 0;)
        code = code * 4 + symbols[pos];
    return code;
}

PasswordGenerator smallGenerator(PasswordGenerator::Sampler sampler)
{
    PasswordGenerator g;
    g.setClassEnabled(PasswordGenerator::Upper, false);
    g.setClassEnabled(PasswordGenerator::Symbols, false);
    g.setExclude(u"cdefghijklmnopqrstuvwxyz23456789"_s);
    g.setMinimum(PasswordGenerator::Lower, 1);
    g.setMinimum(PasswordGenerator::Digits, 1);
    g.setLength(Length);
    g.setSampler(sampler);
    return g;
}

} // namespace

class TestJointStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyPassword_data();
    void everyPassword();
    void consecutiveIndependent_data();
    void consecutiveIndependent();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestJointStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestJointStatistics::everyPassword_data()
{
    QTest::addColumn<PasswordPath>("path");
    QTest::addColumn<PasswordGenerator::Sampler>("sampler");
    using S = PasswordGenerator::Sampler;
    QTest::newRow("rejection, single") << PasswordPath::Single << S::Automatic;
    QTest::newRow("rejection, stream") << PasswordPath::Stream << S::Automatic;
    QTest::newRow("composition, single") << PasswordPath::Single << S::Composition;
    QTest::newRow("composition, stream") << PasswordPath::Stream << S::Composition;
}

void TestJointStatistics::everyPassword()
{
    QFETCH(PasswordPath, path);
    QFETCH(PasswordGenerator::Sampler, sampler);
    const PasswordGenerator generator = smallGenerator(sampler);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.alphabet(), Alphabet);
    QCOMPARE(qRound(generator.entropyBits() * 1e6), qRound(std::log2(224.0) * 1e6));

    const std::vector<int> cellOf = validCells();
    std::vector<std::uint64_t> counts(224, 0);
    std::uint64_t invalid = 0;
    const std::uint64_t n = samplesForTotalVariation(223, TotalVariation);
    const SymbolDecoder decoder(Alphabet);
    QString problem;
    QVERIFY2(forEachPassword(
                 generator, path, *m_random, decoder, Length, n,
                 [&](const int *symbols) {
                     const int cell = cellOf[static_cast<std::size_t>(codeOf(symbols, Length))];
                     if (cell < 0)
                         ++invalid;
                     else
                         ++counts[static_cast<std::size_t>(cell)];
                 },
                 &problem),
             qPrintable(problem));
    QCOMPARE(invalid, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareUniform(counts), u"all 224 passwords"_s);
}

void TestJointStatistics::consecutiveIndependent_data()
{
    QTest::addColumn<PasswordGenerator::Sampler>("sampler");
    QTest::newRow("rejection") << PasswordGenerator::Sampler::Automatic;
    QTest::newRow("composition") << PasswordGenerator::Sampler::Composition;
}

void TestJointStatistics::consecutiveIndependent()
{
    QFETCH(PasswordGenerator::Sampler, sampler);
    const PasswordGenerator generator = smallGenerator(sampler);

    // The exact law of the first two characters: count the valid passwords by their prefix.
    const std::vector<int> cellOf = validCells();
    std::vector<double> prefix(16, 0);
    for (int code = 0; code < 256; ++code) {
        if (cellOf[static_cast<std::size_t>(code)] >= 0)
            prefix[static_cast<std::size_t>(code % 16)] += 1.0 / 224;
    }
    std::vector<double> pairLaw(256);
    for (int a = 0; a < 16; ++a) {
        for (int b = 0; b < 16; ++b)
            pairLaw[static_cast<std::size_t>(a * 16 + b)] = prefix[a] * prefix[b];
    }

    std::vector<std::uint64_t> pairs(256, 0);
    const std::uint64_t n = samplesForTotalVariation(255, TotalVariation);
    int previous = -1;
    const SymbolDecoder decoder(Alphabet);
    QString problem;
    QVERIFY2(forEachPassword(
                 generator, PasswordPath::Stream, *m_random, decoder, Length, 2 * n,
                 [&](const int *symbols) {
                     const int current = codeOf(symbols, 2);
                     if (previous < 0) {
                         previous = current;
                     } else {
                         ++pairs[static_cast<std::size_t>(previous * 16 + current)];
                         previous = -1;
                     }
                 },
                 &problem),
             qPrintable(problem));
    PASSFORGE_VERIFY_FITS(chiSquareTest(pairs, pairLaw), u"prefixes of consecutive passwords"_s);
}

QTEST_GUILESS_MAIN(TestJointStatistics)
#include "tst_stats_joint.moc"
