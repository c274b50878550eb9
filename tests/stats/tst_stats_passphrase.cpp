// SPDX-License-Identifier: GPL-3.0-or-later
// Passphrases from the real OS source: the word indices, overall and at each position, the word
// that is capitalised, the word that gets the digit and the digit must all be uniform. The figures
// below are for the English list (about 7776 words); each other built-in list is tested on its
// own, with the same sampler, at a 1% bias in 4 bins (each quarter of the list) and a 3% bias in
// 32 bins (samplesForUniform(32, 0.03) = 5.4e6 words, which covers both), since the index draws
// depend only on the list's size and the finest power is spent on English.
//
// Passphrases are made as the CLI makes them (appendTo into one buffer, one line each, no state
// kept between them) and read back to indices through a hash from word to index. Six words take
// two draws below 7776^4: four indices from the first, two from the second, whose other two are
// dropped, so a fault in the mixed-radix split shows at some positions and not at others.
//
// Power (see ChiSquare.h; every test at the fixed significance 1e-6, missing with probability at
// most 1e-6). A relative bias of 1% in one word would need samplesForUniform(7776) = 9.9e10 words
// (lambda(7775) = 1274), far beyond a test that must run in seconds, so the words are binned:
// - 32 bins of 243 consecutive indices (index / 243) and 32 residues (index % 32): a 1% relative
//   bias in any one bin, in the high or in the low part of the index, needs
//   samplesForUniform(32) = 4.84e7 words, which the default settings collect over all positions
//   (8.07e6 passphrases).
// - The same words in 243 bins (index / 32) catch a 3.8% bias in one bin; in all 7776 cells, a
//   45% bias in a single word, or any deviation at total variation distance 0.26% (lambda >=
//   4 N eps^2, see samplesForTotalVariation), which a modulo bias over a too-small range is.
// - Each position sees 8.07e6 words: a 2.5% bias in one of its 32 high bins is caught, and its
//   full 7776-cell test expects over MinExpectedCount (1000) a cell, so nothing is pooled, and
//   catches a deviation at total variation 0.63%, or one word twice as likely as it should be.
// - With one word capitalised and a digit added, the capitalised position and the digit's word
//   (6 cells each) need samplesForUniform(6) = 5.5e6 passphrases for a 1% bias, and the digit
//   (10 cells) samplesForUniform(10) = 1.09e7, which sets the sample. The joint cells of
//   capitalised word and digit word (36) then catch a 2.3% bias: far less than the two choices
//   sharing a draw would make, which empties 30 of the 36 cells.

#include "ChiSquare.h"

#include "passforge/OsRandomSource.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"
#include "passforge/SecureMemory.h"
#include "passforge/Wordlist.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <memory>
#include <span>
#include <vector>

using passforge::PassphraseGenerator;
using passforge::Wordlist;
using namespace passforge::stats;

namespace {

constexpr int Words = PassphraseGenerator::DefaultWords;

// What the passphrases showed, cell by cell, for a list of listSize words.
struct Tally
{
    explicit Tally(int listSize)
        : listSize(listSize)
    {}
    int listSize;
    std::vector<std::uint64_t> byPosition = std::vector<std::uint64_t>(Words * listSize, 0);
    std::vector<std::uint64_t> capitalised = std::vector<std::uint64_t>(Words, 0);
    std::vector<std::uint64_t> digitWord = std::vector<std::uint64_t>(Words, 0);
    std::vector<std::uint64_t> digit = std::vector<std::uint64_t>(10, 0);
    std::vector<std::uint64_t> joint = std::vector<std::uint64_t>(Words * Words, 0); // cap, digit

    std::span<const std::uint64_t> position(int pos) const
    {
        return std::span(byPosition).subspan(std::size_t(pos) * listSize, listSize);
    }
    std::vector<std::uint64_t> overall() const
    {
        std::vector<std::uint64_t> total(listSize, 0);
        for (int pos = 0; pos < Words; ++pos) {
            for (int i = 0; i < listSize; ++i)
                total[i] += position(pos)[i];
        }
        return total;
    }
};

// counts[index] summed into bins (bin = index * bins / n, or index % bins when byResidue), tested
// against each bin's share of the indices, since n need not divide evenly.
ChiSquareResult binnedTest(std::span<const std::uint64_t> counts, int bins, bool byResidue)
{
    std::vector<std::uint64_t> out(bins, 0);
    std::vector<double> share(bins, 0);
    const std::uint64_t n = counts.size();
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::size_t bin = byResidue ? i % bins : i * bins / n;
        out[bin] += counts[i];
        share[bin] += 1.0 / double(n);
    }
    return chiSquareTest(out, share);
}

// A word as a number: its UTF-8 bytes through 64-bit FNV-1a, the hash key that maps a word back
// to its index (hashing a number is far cheaper than hashing the bytes, and the sample is large).
// The sampler checks that every word of the list has a key of its own.
quint64 wordKey(const char *p, int length)
{
    quint64 key = 14695981039346656037ULL;
    for (int i = 0; i < length; ++i)
        key = (key ^ quint8(p[i])) * 1099511628211ULL;
    return key;
}

// Generates n passphrases with the generator's settings (separator "-"), as the CLI does, and
// tallies them. A passphrase that does not read back as Words list words with the expected case
// and digit is a failure in itself, described in *problem.
class Sampler
{
public:
    explicit Sampler(const PassphraseGenerator &generator)
        : m_generator(generator)
    {
        const Wordlist &list = m_generator.wordlist();
        m_index.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::string &word = list.utf8At(std::size_t(i));
            m_index.insert(wordKey(word.data(), int(word.size())), int(i));
        }
    }

    // How many words the hash holds: every word of the list, if each has its own key.
    qsizetype indexed() const { return m_index.size(); }

    bool run(passforge::Random &random, std::uint64_t n, Tally &tally, QString *problem)
    {
        constexpr std::uint64_t Chunk = 4096;
        passforge::SecureBytes buffer;
        while (n > 0) {
            const std::uint64_t count = std::min(n, Chunk);
            n -= count;
            buffer.clear();
            for (std::uint64_t i = 0; i < count; ++i) {
                m_generator.appendTo(random, buffer);
                buffer.push_back('\n');
            }
            const char *p = buffer.data();
            const char *end = p + buffer.size();
            while (p < end) {
                const char *eol = std::find(p, end, '\n');
                if (!readLine(p, eol, tally)) {
                    *problem = QStringLiteral("not a passphrase of the expected shape: ") +
                               QString::fromUtf8(p, eol - p);
                    return false;
                }
                p = eol + 1;
            }
        }
        return true;
    }

private:
    bool readLine(const char *p, const char *eol, Tally &tally) const
    {
        const bool one = m_generator.letterCase() == PassphraseGenerator::Case::OneCapitalised;
        int cap = -1;
        int digitWord = -1;
        int pos = 0;
        for (; p <= eol && pos < Words; ++pos) {
            const char *e = std::find(p, eol, '-');
            char word[48];
            int length = int(e - p);
            if (length >= 1 && e[-1] >= '0' && e[-1] <= '9') {
                if (digitWord >= 0)
                    return false;
                digitWord = pos;
                ++tally.digit[e[-1] - '0'];
                --length;
            }
            if (length < 1 || length > int(sizeof word))
                return false;
            std::copy(p, p + length, word);
            if (word[0] >= 'A' && word[0] <= 'Z') {
                if (cap >= 0)
                    return false;
                cap = pos;
                word[0] = char(word[0] - 'A' + 'a');
            }
            const int index = m_index.value(wordKey(word, length), -1);
            if (index < 0)
                return false;
            ++tally.byPosition[std::size_t(pos) * tally.listSize + index];
            p = e + 1;
        }
        if (pos != Words || p != eol + 1 || (cap >= 0) != one ||
            (digitWord >= 0) != m_generator.addDigit())
            return false;
        if (one)
            ++tally.capitalised[cap];
        if (digitWord >= 0)
            ++tally.digitWord[digitWord];
        if (one && digitWord >= 0)
            ++tally.joint[cap * Words + digitWord];
        return true;
    }

    const PassphraseGenerator &m_generator;
    QHash<quint64, int> m_index;
};

} // namespace

class TestPassphraseStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wordIndices();
    void otherListsWordIndices_data();
    void otherListsWordIndices();
    void capitalisedWordAndDigit();
    void separatorsAndRandomCase();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestPassphraseStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestPassphraseStatistics::wordIndices()
{
    const PassphraseGenerator generator; // the defaults: 6 words, "-", lower case, English
    const int listSize = int(generator.wordlist().size());
    QCOMPARE(generator.wordCount(), Words);
    // Enough words overall for the 32-bin tests, and enough per position for 3% in 32 bins and
    // for the full test at one position to expect MinExpectedCount in every cell.
    const std::uint64_t n =
        std::max({(samplesForUniform(32) + Words - 1) / Words, samplesForUniform(32, 0.03),
                  std::uint64_t(MinExpectedCount * listSize)});
    Tally tally(listSize);
    Sampler sampler(generator);
    QCOMPARE(sampler.indexed(), qsizetype(listSize));
    QString problem;
    QVERIFY2(sampler.run(*m_random, n, tally, &problem), qPrintable(problem));

    const std::vector<std::uint64_t> all = tally.overall();
    PASSFORGE_VERIFY_FITS(binnedTest(all, 32, false), QStringLiteral("32 bins of the index"));
    PASSFORGE_VERIFY_FITS(binnedTest(all, 32, true), QStringLiteral("index % 32"));
    PASSFORGE_VERIFY_FITS(binnedTest(all, 243, false), QStringLiteral("243 bins of the index"));
    const ChiSquareResult full = chiSquareUniform(all);
    QCOMPARE(full.pooledCells, 0);
    PASSFORGE_VERIFY_FITS(full, QStringLiteral("every word"));
    for (int pos = 0; pos < Words; ++pos) {
        PASSFORGE_VERIFY_FITS(binnedTest(tally.position(pos), 32, false),
                              QStringLiteral("word %1, 32 bins").arg(pos + 1));
        const ChiSquareResult atPosition = chiSquareUniform(tally.position(pos));
        QCOMPARE(atPosition.pooledCells, 0);
        PASSFORGE_VERIFY_FITS(atPosition, QStringLiteral("word %1, every word").arg(pos + 1));
    }
}

void TestPassphraseStatistics::otherListsWordIndices_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Wordlist::builtInCodes()) {
        if (code != Wordlist::DefaultCode)
            QTest::addRow("%s", qPrintable(code)) << code;
    }
}

void TestPassphraseStatistics::otherListsWordIndices()
{
    QFETCH(QString, code);
    PassphraseGenerator generator;
    generator.setWordlist(*Wordlist::builtIn(code));
    const int listSize = int(generator.wordlist().size());
    const std::uint64_t n =
        (std::max(samplesForUniform(32, 0.03), samplesForUniform(4)) + Words - 1) / Words;
    Tally tally(listSize);
    Sampler sampler(generator);
    QCOMPARE(sampler.indexed(), qsizetype(listSize));
    QString problem;
    QVERIFY2(sampler.run(*m_random, n, tally, &problem), qPrintable(problem));
    const std::vector<std::uint64_t> all = tally.overall();
    PASSFORGE_VERIFY_FITS(binnedTest(all, 4, false), code + QStringLiteral(", quarters"));
    PASSFORGE_VERIFY_FITS(binnedTest(all, 32, false), code + QStringLiteral(", 32 bins"));
    PASSFORGE_VERIFY_FITS(binnedTest(all, 32, true), code + QStringLiteral(", index % 32"));
    // Every word came out at least once in 5.4e6 (a word missing would be a broken mapping).
    QVERIFY(std::none_of(all.begin(), all.end(), [](std::uint64_t c) { return c == 0; }));
}

void TestPassphraseStatistics::capitalisedWordAndDigit()
{
    PassphraseGenerator generator;
    generator.setLetterCase(PassphraseGenerator::Case::OneCapitalised);
    generator.setAddDigit(true);
    QVERIFY(generator.isValid());
    const std::uint64_t n = std::max(samplesForUniform(Words), samplesForUniform(10));
    Tally tally(int(generator.wordlist().size()));
    Sampler sampler(generator);
    QString problem;
    QVERIFY2(sampler.run(*m_random, n, tally, &problem), qPrintable(problem));

    PASSFORGE_VERIFY_FITS(chiSquareUniform(tally.capitalised), QStringLiteral("capitalised word"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(tally.digitWord), QStringLiteral("word with the digit"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(tally.digit), QStringLiteral("digit"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(tally.joint),
                          QStringLiteral("capitalised word and digit word together"));
    // The extra draws must not disturb the words.
    PASSFORGE_VERIFY_FITS(binnedTest(tally.overall(), 32, false),
                          QStringLiteral("32 bins with one capitalised and a digit"));
}

void TestPassphraseStatistics::separatorsAndRandomCase()
{
    // --separator-from -+=_ and --case random: each gap's separator uniform over the four (1%
    // over all gaps, 3% at each), each word's coin fair (1% over all words, 3% at each), and
    // the coins independent of the separators' draws (the word indices stay uniform).
    PassphraseGenerator generator;
    generator.setSeparatorsFrom(QStringLiteral("-+=_"));
    generator.setLetterCase(PassphraseGenerator::Case::RandomCase);
    QVERIFY(generator.isValid());
    const QByteArray separators("-+=_");
    const int gaps = Words - 1;
    const std::uint64_t n = std::max({(samplesForUniform(4) + gaps - 1) / gaps,
                                      (samplesForUniform(2) + Words - 1) / Words,
                                      samplesForUniform(4, 0.03), samplesForUniform(2, 0.03)});
    std::vector<std::uint64_t> bySeparator(gaps * 4, 0), byCapital(Words * 2, 0);
    passforge::SecureBytes buffer;
    for (std::uint64_t done = 0; done < n;) {
        buffer.clear();
        const std::uint64_t chunk = std::min<std::uint64_t>(4096, n - done);
        for (std::uint64_t i = 0; i < chunk; ++i) {
            generator.appendTo(*m_random, buffer);
            buffer.push_back('\n');
        }
        done += chunk;
        int word = 0;
        bool atStart = true;
        for (const char c : buffer) {
            if (c == '\n') {
                QCOMPARE(word, Words - 1);
                word = 0;
                atStart = true;
            } else if (const qsizetype sep = separators.indexOf(c); sep >= 0) {
                QVERIFY(!atStart && word < gaps);
                ++bySeparator[std::size_t(word) * 4 + std::size_t(sep)];
                ++word;
                atStart = true;
            } else if (atStart) {
                QVERIFY2((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), &c);
                ++byCapital[std::size_t(word) * 2 + (c >= 'A' && c <= 'Z' ? 1 : 0)];
                atStart = false;
            }
        }
    }
    std::vector<std::uint64_t> allSeparators(4, 0), allCapitals(2, 0);
    for (int gap = 0; gap < gaps; ++gap) {
        const auto cells = std::span(bySeparator).subspan(std::size_t(gap) * 4, 4);
        PASSFORGE_VERIFY_FITS(chiSquareUniform(cells), QStringLiteral("gap %1").arg(gap + 1));
        for (int k = 0; k < 4; ++k)
            allSeparators[k] += cells[k];
    }
    for (int w = 0; w < Words; ++w) {
        const auto cells = std::span(byCapital).subspan(std::size_t(w) * 2, 2);
        PASSFORGE_VERIFY_FITS(chiSquareUniform(cells),
                              QStringLiteral("coin of word %1").arg(w + 1));
        allCapitals[0] += cells[0];
        allCapitals[1] += cells[1];
    }
    PASSFORGE_VERIFY_FITS(chiSquareUniform(allSeparators), QStringLiteral("every gap"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(allCapitals), QStringLiteral("every word's coin"));
}

QTEST_GUILESS_MAIN(TestPassphraseStatistics)
#include "tst_stats_passphrase.moc"
