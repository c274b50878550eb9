// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseGenerator.h"

#include "Graphemes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace passforge {

namespace {

struct CaseName
{
    PassphraseGenerator::Case value;
    const char *name;
};

constexpr std::array<CaseName, 4> CaseNames{{
    {PassphraseGenerator::Case::Lower, "lower"},
    {PassphraseGenerator::Case::Upper, "upper"},
    {PassphraseGenerator::Case::Title, "title"},
    {PassphraseGenerator::Case::OneCapitalised, "one"},
}};

bool hasAsciiDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Whether a non-empty proper prefix of text is also its suffix, as in "aa" or "-.-".
bool overlapsItself(QStringView text)
{
    for (qsizetype n = 1; n < text.size(); ++n) {
        if (text.first(n) == text.last(n))
            return true;
    }
    return false;
}

} // namespace

PassphraseGenerator::PassphraseGenerator()
    : m_wordlist(Wordlist::builtIn())
{}

void PassphraseGenerator::setWordlist(const Wordlist &list)
{
    m_wordlist = list;
}

PassphraseGenerator::Error PassphraseGenerator::error() const
{
    if (m_wordCount < MinWords || m_wordCount > MaxWords)
        return Error::WordCountOutOfRange;
    for (const QString &g : graphemes(m_separator)) {
        if (isDanglingGrapheme(g))
            return Error::InvalidSeparator;
    }
    if (m_wordlist.size() < Wordlist::MinWords)
        return Error::WordlistTooSmall;
    return Error::None;
}

double PassphraseGenerator::entropyBits() const
{
    if (!isValid())
        return 0;
    double bits = m_wordCount * std::log2(static_cast<double>(m_wordlist.size()));
    if (m_case == Case::OneCapitalised)
        bits += std::log2(static_cast<double>(m_wordCount));
    if (m_addDigit)
        bits += std::log2(10.0 * m_wordCount);
    return bits;
}

bool PassphraseGenerator::entropyIsExact() const
{
    return inexactReason() == Inexact::None;
}

PassphraseGenerator::Inexact PassphraseGenerator::inexactReason() const
{
    const QStringList &words = m_wordlist.words();
    // Without a prefix-free list, the separator must occur nowhere but between words. Not inside
    // a word as shown: in upper or title case "box" shows as "BOX", which holds the separator
    // "X". Not straddling a word and itself, which a separator that overlaps itself can do: with
    // "aa", "xa" "y" and "x" "ay" are both "xaaay".
    if (!m_wordlist.isPrefixFree()) {
        if (m_separator.isEmpty() || overlapsItself(m_separator))
            return Inexact::Separator;
        const Qt::CaseSensitivity cs =
            m_case == Case::Lower ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (std::any_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return w.contains(m_separator, cs); }))
            return Inexact::Separator;
    }
    // The added digit is found as the one digit in the passphrase. If words hold digits too, it
    // can be read as part of one: with "ab", "1c", "x", "cx" and "5" (a prefix-free list) and no
    // separator, "ab" "1c" "x" + 5 and "ab" + 1 "cx" "5" are both "ab1cx5".
    if (m_addDigit && std::any_of(words.cbegin(), words.cend(), hasAsciiDigit))
        return Inexact::DigitInWords;
    // Nor may the separator end in the added digit, where it is what keeps the words apart.
    if (m_addDigit && !m_wordlist.isPrefixFree() && hasAsciiDigit(m_separator))
        return Inexact::Separator;
    return Inexact::None;
}

void PassphraseGenerator::appendWord(const std::string &word, bool title, SecureBytes &out) const
{
    const bool upper = m_case == Case::Upper;
    if (!upper && !title) {
        out.insert(out.end(), word.begin(), word.end());
        return;
    }
    // Non-ASCII words go through QString for correct case mapping; ASCII stays on the fast path.
    const bool ascii = std::all_of(word.begin(), word.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        for (std::size_t i = 0; i < word.size(); ++i) {
            char c = word[i];
            if ((upper || i == 0) && c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
            out.push_back(c);
        }
        return;
    }
    // Every Qt temporary of the word in its new case is wiped before it is freed.
    QString text = QString::fromStdString(word);
    QString mapped;
    if (upper) {
        mapped = text.toUpper();
    } else {
        QStringList parts = graphemes(text);
        QString head = parts.value(0).toUpper();
        mapped.reserve(text.size() + head.size());
        mapped.append(head);
        mapped.append(QStringView(text).mid(parts.value(0).size()));
        secureWipe(head);
        for (QString &part : parts)
            secureWipe(part);
    }
    QByteArray utf8 = mapped.toUtf8();
    out.insert(out.end(), utf8.begin(), utf8.end());
    secureWipe(utf8);
    secureWipe(mapped);
    secureWipe(text);
}

void PassphraseGenerator::appendTo(Random &random, SecureBytes &out) const
{
    if (!isValid())
        throw std::logic_error("PassphraseGenerator: invalid settings");
    const auto n = static_cast<std::uint64_t>(m_wordlist.size());
    const Random::DigitBatch batch = Random::digitBatch(n);
    std::array<std::uint32_t, MaxWords> indices{};
    for (int i = 0; i < m_wordCount;) {
        std::uint64_t v = random.belowBatch(batch);
        for (int d = 0; d < batch.digits && i < m_wordCount; ++d, ++i) {
            indices[i] = static_cast<std::uint32_t>(v % n);
            v /= n;
        }
    }
    const auto count = static_cast<std::uint64_t>(m_wordCount);
    const int capitalised =
        m_case == Case::OneCapitalised ? static_cast<int>(random.below(count)) : -1;
    const int digitWord = m_addDigit ? static_cast<int>(random.below(count)) : -1;
    const char digit = m_addDigit ? static_cast<char>('0' + random.below(10)) : '\0';

    const QByteArray separator = m_separator.toUtf8();
    for (int i = 0; i < m_wordCount; ++i) {
        if (i > 0)
            out.insert(out.end(), separator.begin(), separator.end());
        appendWord(m_wordlist.utf8At(indices[i]), m_case == Case::Title || i == capitalised, out);
        if (i == digitWord)
            out.push_back(digit);
    }
    secureZero(indices.data(), sizeof indices);
}

QString PassphraseGenerator::generate(Random &random) const
{
    SecureBytes out;
    appendTo(random, out);
    return QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size()));
}

QString PassphraseGenerator::caseName(Case c)
{
    for (const auto &entry : CaseNames) {
        if (entry.value == c)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<PassphraseGenerator::Case> PassphraseGenerator::caseFromName(const QString &name)
{
    for (const auto &entry : CaseNames) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace passforge
