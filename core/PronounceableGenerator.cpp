// SPDX-License-Identifier: GPL-3.0-or-later
#include "PronounceableGenerator.h"

#include "BigInt.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace passforge {

namespace {

constexpr char Onsets[] = "bdfghjklmnprstvz";
constexpr char Vowels[] = "aeiou";
constexpr char Codas[] = "lmnrs";
constexpr int OnsetCount = sizeof Onsets - 1;
constexpr int VowelCount = sizeof Vowels - 1;
constexpr int CodaCount = sizeof Codas - 1;
constexpr int OpenSyllables = OnsetCount * VowelCount;     // 80
constexpr int ClosedSyllables = OpenSyllables * CodaCount; // 400

// f(L) for L = 0..MaxLength: the number of strings of L letters. A count, not a secret.
const std::vector<BigInt> &counts()
{
    static const std::vector<BigInt> table = [] {
        std::vector<BigInt> f(PronounceableGenerator::MaxLength + 1);
        f[0] = 1;
        f[1] = 0;
        for (int n = 2; n <= PronounceableGenerator::MaxLength; ++n)
            f[n] = f[n - 2] * OpenSyllables + (n >= 3 ? f[n - 3] * ClosedSyllables : BigInt(0));
        return f;
    }();
    return table;
}

// Appends the letters of rank r (0 <= r < f(n)), syllable by syllable: the open syllables come
// first (80 f(n-2) of them, by their letters, then the rest), then the closed ones.
void unrank(BigInt r, int n, std::string &out)
{
    const std::vector<BigInt> &f = counts();
    while (n > 0) {
        const BigInt open = n >= 2 ? f[n - 2] * OpenSyllables : BigInt(0);
        if (r < open) {
            const BigInt &rest = f[n - 2];
            const auto q = static_cast<int>(r / rest);
            r %= rest;
            out += Onsets[q / VowelCount];
            out += Vowels[q % VowelCount];
            n -= 2;
        } else {
            r -= open;
            const BigInt &rest = f[n - 3];
            const auto q = static_cast<int>(r / rest);
            r %= rest;
            out += Onsets[q / (VowelCount * CodaCount)];
            out += Vowels[q / CodaCount % VowelCount];
            out += Codas[q % CodaCount];
            n -= 3;
        }
    }
}

} // namespace

QString PronounceableGenerator::onsets()
{
    return QString::fromLatin1(Onsets);
}

QString PronounceableGenerator::vowels()
{
    return QString::fromLatin1(Vowels);
}

QString PronounceableGenerator::codas()
{
    return QString::fromLatin1(Codas);
}

PronounceableGenerator::Error PronounceableGenerator::error() const
{
    if (m_length < MinLength || m_length > MaxLength)
        return Error::LengthOutOfRange;
    return Error::None;
}

double PronounceableGenerator::entropyBits() const
{
    if (!isValid())
        return 0;
    const int n = letters();
    double bits = log2Of(counts()[n]);
    if (m_capital)
        bits += std::log2(static_cast<double>(n));
    if (m_digit)
        bits += std::log2(10.0 * (n + 1));
    return bits;
}

void PronounceableGenerator::appendTo(Random &random, SecureBytes &out) const
{
    if (!isValid())
        throw std::logic_error("PronounceableGenerator: invalid settings");
    const int n = letters();
    std::string text;
    text.reserve(static_cast<std::size_t>(m_length));
    unrank(uniformBelow(random, counts()[n]), n, text);
    if (m_capital) {
        char &c = text[static_cast<std::size_t>(random.below(static_cast<std::uint64_t>(n)))];
        c = static_cast<char>(c - 'a' + 'A');
    }
    if (m_digit) {
        const auto place =
            static_cast<std::size_t>(random.below(static_cast<std::uint64_t>(n) + 1));
        text.insert(text.begin() + static_cast<std::ptrdiff_t>(place),
                    static_cast<char>('0' + random.below(10)));
    }
    out.insert(out.end(), text.begin(), text.end());
    secureZero(text.data(), text.size());
}

QString PronounceableGenerator::generate(Random &random) const
{
    SecureBytes out;
    appendTo(random, out);
    return QString::fromLatin1(out.data(), static_cast<qsizetype>(out.size()));
}

QString PronounceableGenerator::lettersOfRank(int letters, std::uint64_t index)
{
    std::string text;
    unrank(BigInt(index), letters, text);
    return QString::fromLatin1(text);
}

double PronounceableGenerator::count(int letters)
{
    return static_cast<double>(counts().at(static_cast<std::size_t>(letters)));
}

} // namespace passforge
