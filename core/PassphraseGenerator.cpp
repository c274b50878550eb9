// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseGenerator.h"

#include "Graphemes.h"
#include "PasswordGenerator.h"

#include <QSet>

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

// The first name of each case is the one written (settings, presets); "each" is read as title.
constexpr std::array<CaseName, 6> CaseNames{{
    {PassphraseGenerator::Case::Lower, "lower"},
    {PassphraseGenerator::Case::Upper, "upper"},
    {PassphraseGenerator::Case::Title, "title"},
    {PassphraseGenerator::Case::Title, "each"},
    {PassphraseGenerator::Case::OneCapitalised, "one"},
    {PassphraseGenerator::Case::RandomCase, "random"},
}};

// The word with its first grapheme in upper case.
QString capitalised(const QString &word)
{
    const QStringList parts = graphemes(word);
    if (parts.isEmpty())
        return word;
    return parts.first().toUpper() + word.mid(parts.first().size());
}

bool hasSymbol(QStringView text, const QString &symbols)
{
    return std::any_of(text.begin(), text.end(), [&](QChar c) { return symbols.contains(c); });
}

// log2(x), 0 for x = 0.
double log2OrZero(double x)
{
    return x > 0 ? std::log2(x) : 0;
}

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
    m_caseFacts.reset();
}

void PassphraseGenerator::setSeparatorsFrom(const QString &chars)
{
    m_separatorsFrom = chars;
    m_separatorChoices = graphemes(chars);
}

QString PassphraseGenerator::symbols()
{
    return PasswordGenerator::classCharacters(PasswordGenerator::Symbols);
}

const PassphraseGenerator::CaseFacts &PassphraseGenerator::caseFacts() const
{
    // Capitalising every word of a list takes milliseconds, and the window asks for the entropy
    // and its exactness on every change: the list's facts are worked out once.
    if (m_caseFacts)
        return *m_caseFacts;
    const QStringList &words = m_wordlist.words();
    CaseFacts facts;
    QSet<QString> upper;
    QSet<QString> shown(words.cbegin(), words.cend());
    qsizetype expected = words.size();
    for (const QString &w : words) {
        upper.insert(w.toUpper());
        const QString capital = capitalised(w);
        if (capital == w)
            continue;
        ++facts.capitalisable;
        ++expected;
        shown.insert(capital);
    }
    // In upper case straße and strasse are both STRASSE; capitalised, a word must not become
    // another word or another's capital form.
    facts.upperMerges = upper.size() != words.size();
    facts.capitalMerges = shown.size() != expected;
    m_caseFacts = facts;
    return *m_caseFacts;
}

PassphraseGenerator::Error PassphraseGenerator::error() const
{
    if (m_wordCount < MinWords || m_wordCount > MaxWords)
        return Error::WordCountOutOfRange;
    for (const QString &g : graphemes(m_separator)) {
        if (isDanglingGrapheme(g))
            return Error::InvalidSeparator;
    }
    if (!m_separatorChoices.isEmpty()) {
        // Distinct single grapheme clusters, at least two: a duplicate would be drawn twice as
        // often, and one alone is --separator.
        const QSet<QString> distinct(m_separatorChoices.cbegin(), m_separatorChoices.cend());
        if (m_separatorChoices.size() < 2 || m_separatorChoices.size() > MaxSeparatorChoices ||
            distinct.size() != m_separatorChoices.size())
            return Error::InvalidSeparatorSet;
        for (const QString &g : m_separatorChoices) {
            if (graphemes(g).size() != 1 || isDanglingGrapheme(g))
                return Error::InvalidSeparatorSet;
        }
    }
    if (m_wordlist.size() < Wordlist::MinWords)
        return Error::WordlistTooSmall;
    return Error::None;
}

double PassphraseGenerator::entropyBits() const
{
    return entropyParts().total();
}

PassphraseGenerator::EntropyParts PassphraseGenerator::entropyParts() const
{
    EntropyParts parts;
    if (!isValid())
        return parts;
    const double n = static_cast<double>(m_wordlist.size());
    const int count = m_wordCount;
    parts.words = count * std::log2(n);
    double &bits = parts.letterCase;
    if (m_case == Case::OneCapitalised || m_case == Case::RandomCase) {
        // Only a word with a capital form of its own shows its case: k of the n words.
        const double k = static_cast<double>(caseFacts().capitalisable);
        if (m_case == Case::RandomCase) {
            bits += count * (k / n);
        } else if (k == n) {
            bits += std::log2(double(count));
        } else {
            // Which word is capitalised shows only when it is one of the j words drawn that
            // have a capital form: each of those is its own outcome (1/count), the rest are one
            // outcome together ((count - j)/count). Expected over j ~ Binomial(count, k/n).
            const double p = k / n;
            for (int j = 0; j <= count; ++j) {
                const double weight = std::exp(std::lgamma(count + 1.0) - std::lgamma(j + 1.0) -
                                               std::lgamma(count - j + 1.0)) *
                                      std::pow(p, j) * std::pow(1 - p, count - j);
                const double rest = double(count - j) / count;
                bits += weight *
                        (double(j) / count * std::log2(double(count)) - rest * log2OrZero(rest));
            }
        }
    }
    if (!m_separatorChoices.isEmpty())
        parts.separators = (count - 1) * std::log2(static_cast<double>(m_separatorChoices.size()));
    if (m_addDigit)
        parts.digit = std::log2(10.0 * count);
    if (m_addSymbol)
        parts.symbol = std::log2(double(symbols().size()) * count);
    return parts;
}

bool PassphraseGenerator::entropyIsExact() const
{
    return inexactReason() == Inexact::None;
}

PassphraseGenerator::Inexact PassphraseGenerator::inexactReason() const
{
    const QStringList &words = m_wordlist.words();
    // Without a prefix-free list, every separator must occur nowhere but between words. Not
    // inside a word as shown: in upper or title case "box" shows as "BOX", which holds the
    // separator "X". Not straddling a word and itself, which a separator that overlaps itself
    // can do: with "aa", "xa" "y" and "x" "ay" are both "xaaay".
    const QStringList separators =
        m_separatorChoices.isEmpty() ? QStringList{m_separator} : m_separatorChoices;
    if (!m_wordlist.isPrefixFree()) {
        const Qt::CaseSensitivity cs =
            m_case == Case::Lower ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (const QString &separator : separators) {
            if (separator.isEmpty() || overlapsItself(separator))
                return Inexact::Separator;
            if (std::any_of(words.cbegin(), words.cend(),
                            [&](const QString &w) { return w.contains(separator, cs); }))
                return Inexact::Separator;
        }
    }
    // The added digit is found as the one digit in the passphrase. If words hold digits too, it
    // can be read as part of one: with "ab", "1c", "x", "cx" and "5" (a prefix-free list) and no
    // separator, "ab" "1c" "x" + 5 and "ab" + 1 "cx" "5" are both "ab1cx5".
    if (m_addDigit && std::any_of(words.cbegin(), words.cend(), hasAsciiDigit))
        return Inexact::DigitInWords;
    // Nor may a separator end in the added digit, where it is what keeps the words apart.
    const bool digitSeparator = std::any_of(separators.cbegin(), separators.cend(),
                                            [](const QString &sep) { return hasAsciiDigit(sep); });
    if (m_addDigit && digitSeparator && (!m_wordlist.isPrefixFree() || separators.size() > 1))
        return Inexact::Separator;
    // The same for the added symbol; a separator of one character that is also a symbol still
    // reads one way (after a word, a symbol is followed by the separator, a separator by a word),
    // a longer one need not.
    const QString symbolSet = symbols();
    if (m_addSymbol) {
        if (std::any_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return hasSymbol(w, symbolSet); }))
            return Inexact::SymbolInWords;
        for (const QString &separator : separators) {
            if (separator.size() > 1 && hasSymbol(separator, symbolSet))
                return Inexact::Separator;
        }
    }
    // Case mapping must keep the list's words apart (see caseFacts).
    if ((m_case == Case::Upper && caseFacts().upperMerges) ||
        (m_case != Case::Upper && m_case != Case::Lower && caseFacts().capitalMerges))
        return Inexact::CaseMerges;
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
    const int capitalisedWord =
        m_case == Case::OneCapitalised ? static_cast<int>(random.below(count)) : -1;
    const int digitWord = m_addDigit ? static_cast<int>(random.below(count)) : -1;
    const char digit = m_addDigit ? static_cast<char>('0' + random.below(10)) : '\0';
    const QByteArray symbolSet = symbols().toLatin1();
    const int symbolWord = m_addSymbol ? static_cast<int>(random.below(count)) : -1;
    const char symbol =
        m_addSymbol ? symbolSet.at(static_cast<qsizetype>(random.below(quint64(symbolSet.size()))))
                    : '\0';
    // One coin a word, bit i for word i.
    const std::uint64_t coins =
        m_case == Case::RandomCase ? random.below(std::uint64_t(1) << m_wordCount) : 0;

    const QByteArray separator = m_separator.toUtf8();
    for (int i = 0; i < m_wordCount; ++i) {
        if (i > 0) {
            if (m_separatorChoices.isEmpty()) {
                out.insert(out.end(), separator.begin(), separator.end());
            } else {
                const QByteArray chosen = m_separatorChoices
                                              .at(static_cast<qsizetype>(random.below(
                                                  std::uint64_t(m_separatorChoices.size()))))
                                              .toUtf8();
                out.insert(out.end(), chosen.begin(), chosen.end());
            }
        }
        const bool title = m_case == Case::Title || i == capitalisedWord ||
                           (m_case == Case::RandomCase && (coins >> i & 1));
        appendWord(m_wordlist.utf8At(indices[i]), title, out);
        if (i == digitWord)
            out.push_back(digit);
        if (i == symbolWord)
            out.push_back(symbol);
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

QStringList PassphraseGenerator::caseNames()
{
    QStringList names;
    for (const auto &entry : CaseNames)
        names << QString::fromLatin1(entry.name);
    return names;
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
