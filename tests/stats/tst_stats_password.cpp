// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords without minimums, from the real OS source: every character position, and all
// positions together, must be uniform over the alphabet that the settings define.
//
// The generator draws several characters from one 64-bit word (mixed-radix digits below
// n^d, d the most that fit), and only ASCII alphabets take the one-byte output path. Each length
// below is d + 3 for its alphabet, so the positions cover every digit of a full word and the
// first digits of a partly used one; the custom rows take the multi-byte path. Every alphabet
// goes through PasswordStream, the CLI's bulk path where leftover digits of one password start
// the next, and the main ones through appendTo too, where each password starts on a fresh word.
// Besides positions, characters are counted by their digit slot in the word, which is where a
// broken extraction (a wrong bound, a wrong division) would show.
//
// Power (see ChiSquare.h): the overall test sees N = samplesForUniform(k) characters, enough for
// a 1% relative bias in any one character to be caught with probability 1 - 1e-6 at the fixed
// significance 1e-6 (for k = 94: lambda(93) = 212.5, N = 212.5 * 93 / 0.01^2 = 1.98e8). The same
// 1% per position would need that many passwords, d + 3 times the characters, which is too slow
// for 94 symbols; each position gets samplesForUniform(k, 0.03) passwords instead (or more, when
// the overall test already needs more), so a 3% relative bias in a character at one position is
// caught with the same probability. Each digit slot sees length / d times as many characters as a
// position. A bias tied to a digit of the word is what a broken mixed-radix extraction causes,
// and it is far larger than 3%.

#include "ChiSquare.h"
#include "ExpectedAlphabet.h"
#include "PasswordSampler.h"
#include "SymbolDecoder.h"
#include "TestU128.h"

#include "passforge/OsRandomSource.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PronounceableGenerator.h"
#include "passforge/Random.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using passforge::PasswordGenerator;
using namespace passforge::stats;

Q_DECLARE_METATYPE(passforge::stats::PasswordPath)
using namespace Qt::StringLiterals;

namespace {

constexpr double PerPositionBias = 0.03;

enum ClassBits { Lower = 1, Upper = 2, Digits = 4, Symbols = 8, AllFour = 15 };

// The largest d with k^d <= 2^64: how many characters one 64-bit word can carry.
int digitsPerWord(unsigned k)
{
    TestU128 power = 1;
    int d = 0;
    while (power * k <= (static_cast<TestU128>(1) << 64)) {
        power *= k;
        ++d;
    }
    return d;
}

} // namespace

class TestPasswordStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lookAlikeSetIsDocumented();
    void uniform_data();
    void uniform();
    void pronounceable();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestPasswordStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestPasswordStatistics::lookAlikeSetIsDocumented()
{
    // The issue requires at least these six in the look-alike set the statistical row removes.
    const QString set = PasswordGenerator::lookAlikes();
    for (QChar ch : QStringLiteral("0O1lI|"))
        QVERIFY2(set.contains(ch), qPrintable(QString(ch)));
}

void TestPasswordStatistics::uniform_data()
{
    QTest::addColumn<PasswordPath>("path");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<bool>("noLookAlikes");
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<int>("expectedSize");

    struct Alphabet
    {
        const char *name;
        int classes;
        QStringList custom;
        bool noLookAlikes;
        QString exclude;
        int size;
        bool alsoSingle; // also through appendTo, not only the stream
    };
    const QStringList none;
    const QList<Alphabet> alphabets{
        {"lower", Lower, none, false, {}, 26, false},
        {"upper", Upper, none, false, {}, 26, false},
        {"digits", Digits, none, false, {}, 10, false},
        // 32^12 = 2^60: the bound of a word is a power of two but not 2^64.
        {"symbols", Symbols, none, false, {}, 32, true},
        {"all four", AllFour, none, false, {}, 94, true},
        {"lower and digits", Lower | Digits, none, false, {}, 36, false},
        // 94 minus the look-alike set; the size comes from the set itself, checked above.
        {"all four without look-alikes",
         AllFour,
         none,
         true,
         {},
         int(94 - PasswordGenerator::lookAlikes().size()),
         false},
        {"lower and digits excluding vowels and 0", Lower | Digits, none, false,
         QStringLiteral("aeiou0"), 30, false},
        // Duplicates count once: a and z are already lower case, so they must not be twice as
        // likely. é and € are new, and take the multi-byte output path.
        {"lower with overlapping custom é €",
         Lower,
         QStringList{QStringLiteral("a"), QStringLiteral("z"), u"é"_s, u"€"_s},
         false,
         {},
         28,
         false},
        // Multi-code-point graphemes: é precomposed and decomposed (two different symbols), an
        // emoji outside the BMP, a flag (two regional indicators), ß.
        {"digits with custom graphemes",
         Digits,
         QStringList{u"é"_s, QStringLiteral("e") + QChar(0x0301), u"🙂"_s, u"🇩🇪"_s, u"ß"_s},
         false,
         {},
         15,
         true},
        // Three symbols: 40 digits in a word.
        {"custom ASCII only",
         0,
         QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("%")},
         false,
         {},
         3,
         true},
    };
    for (const Alphabet &a : alphabets) {
        QTest::addRow("stream: %s", a.name) << PasswordPath::Stream << a.classes << a.custom
                                            << a.noLookAlikes << a.exclude << a.size;
        if (a.alsoSingle) {
            QTest::addRow("single: %s", a.name) << PasswordPath::Single << a.classes << a.custom
                                                << a.noLookAlikes << a.exclude << a.size;
        }
    }
}

void TestPasswordStatistics::uniform()
{
    QFETCH(PasswordPath, path);
    QFETCH(int, classes);
    QFETCH(QStringList, custom);
    QFETCH(bool, noLookAlikes);
    QFETCH(QString, exclude);
    QFETCH(int, expectedSize);

    QString removed = exclude;
    if (noLookAlikes)
        removed += PasswordGenerator::lookAlikes();
    const ExpectedAlphabet alphabet = expectedAlphabet(classes, custom, removed);
    const int k = alphabet.size();
    QCOMPARE(k, expectedSize);
    const int perWord = digitsPerWord(k);
    const int length = perWord + 3;

    PasswordGenerator generator;
    for (int c = 0; c < 4; ++c)
        generator.setClassEnabled(static_cast<PasswordGenerator::CharClass>(c), classes & (1 << c));
    generator.setCustom(custom.join(QString()));
    generator.setExclude(exclude);
    generator.setAvoidLookAlikes(noLookAlikes);
    generator.setLength(length);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.alphabetSize(), k);

    const std::uint64_t overall = samplesForUniform(k);
    const std::uint64_t passwords =
        std::max((overall + length - 1) / length, samplesForUniform(k, PerPositionBias));
    // byPosition[pos * k + symbol], bySlot[slot * k + symbol]: the slot is the character's digit
    // in its 64-bit word. Fresh words per password put character i in slot i mod d; the stream
    // carries digits on, so over the whole run character number c is in slot c mod d.
    std::vector<std::uint64_t> byPosition(static_cast<std::size_t>(length) * k, 0);
    std::vector<std::uint64_t> bySlot(static_cast<std::size_t>(perWord) * k, 0);
    std::uint64_t streamed = 0;
    const SymbolDecoder decoder(alphabet.symbols);
    QString problem;
    const bool ok = forEachPassword(
        generator, path, *m_random, decoder, length, passwords,
        [&](const int *symbols) {
            for (int pos = 0; pos < length; ++pos) {
                ++byPosition[static_cast<std::size_t>(pos) * k + symbols[pos]];
                const std::uint64_t c = path == PasswordPath::Stream ? streamed + pos : pos;
                ++bySlot[static_cast<std::size_t>(c % perWord) * k + symbols[pos]];
            }
            streamed += length;
        },
        &problem);
    QVERIFY2(ok, qPrintable(problem));

    std::vector<std::uint64_t> total(k, 0);
    for (int pos = 0; pos < length; ++pos) {
        const auto row = std::span(byPosition).subspan(static_cast<std::size_t>(pos) * k, k);
        for (int s = 0; s < k; ++s)
            total[s] += row[s];
        PASSFORGE_VERIFY_FITS(chiSquareUniform(row), QStringLiteral("position %1").arg(pos));
    }
    for (int slot = 0; slot < perWord; ++slot) {
        const auto row = std::span(bySlot).subspan(static_cast<std::size_t>(slot) * k, k);
        PASSFORGE_VERIFY_FITS(chiSquareUniform(row),
                              QStringLiteral("digit %1 of a word").arg(slot));
    }
    PASSFORGE_VERIFY_FITS(chiSquareUniform(total), QStringLiteral("all positions"));
}

void TestPasswordStatistics::pronounceable()
{
    // Easy-to-say passwords of 20 characters with a capital and a digit (19 letters): every
    // string of the grammar equally likely shows as onsets, vowels and codas each uniform over
    // their letters (1% over all syllables), the first syllable open or closed in proportion to
    // the strings that follow each (80 f(17) : 400 f(16), 1%), the capital uniform over the 19
    // letters, the digit's place over the 20 places and the digit over 0-9 (3% each).
    using passforge::PronounceableGenerator;
    PronounceableGenerator generator;
    generator.setLength(20);
    generator.setCapital(true);
    generator.setDigit(true);
    const int letters = 19;
    const QByteArray onsets = PronounceableGenerator::onsets().toLatin1();
    const QByteArray vowels = PronounceableGenerator::vowels().toLatin1();
    const QByteArray codas = PronounceableGenerator::codas().toLatin1();
    // At least 19 / 3 = 6 syllables a password. The capital, the digit's place and the digit
    // are Random::below() draws, which tst_stats_numbers holds to 1%; here they get 3%.
    const double open = 80 * PronounceableGenerator::count(17) / PronounceableGenerator::count(19);
    const std::uint64_t n = std::max({(samplesForUniform(16) + 5) / 6, samplesForUniform(20, 0.03),
                                      samplesForUniform(10, 0.03),
                                      samplesForRelativeBias(std::min(open, 1 - open), 1)});
    std::vector<std::uint64_t> onset(16, 0), vowel(5, 0), coda(5, 0), firstType(2, 0),
        capitalAt(letters, 0), digitAt(20, 0), digit(10, 0);
    passforge::SecureBytes buffer;
    for (std::uint64_t i = 0; i < n; ++i) {
        buffer.clear();
        generator.appendTo(*m_random, buffer);
        QCOMPARE(buffer.size(), std::size_t(20));
        std::string text(buffer.begin(), buffer.end());
        const std::size_t place = text.find_first_of("0123456789");
        QVERIFY(place != std::string::npos);
        ++digitAt[place];
        ++digit[std::size_t(text[place] - '0')];
        text.erase(place, 1);
        int capitals = 0;
        for (std::size_t at = 0; at < text.size(); ++at) {
            if (text[at] >= 'A' && text[at] <= 'Z') {
                ++capitalAt[at];
                ++capitals;
                text[at] = char(text[at] - 'A' + 'a');
            }
        }
        QCOMPARE(capitals, 1);
        // The one parse: onset, vowel, and a coda when a consonant follows that does not begin
        // the next syllable.
        for (std::size_t at = 0; at < text.size();) {
            const qsizetype o = onsets.indexOf(text[at]);
            const qsizetype v = at + 1 < text.size() ? vowels.indexOf(text[at + 1]) : -1;
            QVERIFY2(o >= 0 && v >= 0, text.c_str());
            ++onset[std::size_t(o)];
            ++vowel[std::size_t(v)];
            at += 2;
            const bool closed =
                at < text.size() && !(at + 1 < text.size() && vowels.contains(text[at + 1]));
            if (closed) {
                const qsizetype c = codas.indexOf(text[at]);
                QVERIFY2(c >= 0, text.c_str());
                ++coda[std::size_t(c)];
                ++at;
            }
            if (at <= 3)
                ++firstType[closed ? 1 : 0];
        }
    }
    PASSFORGE_VERIFY_FITS(chiSquareUniform(onset), QStringLiteral("onsets"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(vowel), QStringLiteral("vowels"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(coda), QStringLiteral("codas"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(capitalAt), QStringLiteral("the capital's letter"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(digitAt), QStringLiteral("the digit's place"));
    PASSFORGE_VERIFY_FITS(chiSquareUniform(digit), QStringLiteral("the digit"));
    const std::vector<double> shares{open, 1 - open};
    PASSFORGE_VERIFY_FITS(chiSquareTest(firstType, shares), QStringLiteral("first syllable"));
}

QTEST_GUILESS_MAIN(TestPasswordStatistics)
#include "tst_stats_password.moc"
