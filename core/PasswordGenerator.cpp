// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include "ClassComposition.h"
#include "DigitStream.h"
#include "RulesSampler.h"

#include "Graphemes.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace passforge {

namespace {

// Python's string.ascii_lowercase, ascii_uppercase, digits and punctuation.
constexpr const char *ClassChars[PasswordGenerator::ClassCount] = {
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "0123456789",
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
};

// Pairs that are easy to confuse in common fonts: 0/O/o, 1/l/I/|, 2/Z, 5/S, 6/G, 8/B.
constexpr const char *LookAlikeChars = "0Oo1lI|2Z5S6G8B";

// Below this share of acceptable passwords, plain rejection would retry too often, so minimums
// are met by the composition sampler instead. Both are exact; this only picks the faster one.
constexpr double RejectionLog2Threshold = -3.0;

// True when an extra symbol would merge with a neighbour into one grapheme: a lone skin-tone
// modifier, a lone regional indicator, Hangul jamo, an emoji ending in a zero-width joiner. A
// password built from such symbols would not be made of the symbols drawn (fewer characters than
// its length, and different ones). Printable ASCII follows the same segmentation rules as 'a',
// so only the non-ASCII extras need checking, against 'a' and against each other.
bool fusesWithNeighbour(const QStringList &custom)
{
    QStringList wide;
    for (const QString &g : custom) {
        if (std::any_of(g.begin(), g.end(), [](QChar c) { return c.unicode() > 0x7E; }))
            wide.append(g);
    }
    const auto separate = [](const QString &x, const QString &y) {
        return graphemes(x + y) == QStringList{x, y};
    };
    const QString ascii = QStringLiteral("a");
    for (const QString &x : wide) {
        if (!separate(x, ascii) || !separate(ascii, x))
            return true;
        for (const QString &y : wide) {
            if (!separate(x, y))
                return true;
        }
    }
    return false;
}

} // namespace

PasswordGenerator::PasswordGenerator()
{
    rebuild();
}

void PasswordGenerator::setLength(int length)
{
    m_length = length;
    rebuild();
}

void PasswordGenerator::setClassEnabled(CharClass c, bool enabled)
{
    m_enabled[c] = enabled;
    rebuild();
}

void PasswordGenerator::setMinimum(CharClass c, int minimum)
{
    m_minimum[c] = std::max(0, minimum);
    rebuild();
}

void PasswordGenerator::setCustom(const QString &custom)
{
    m_custom = custom;
    rebuild();
}

void PasswordGenerator::setExclude(const QString &exclude)
{
    m_exclude = exclude;
    rebuild();
}

void PasswordGenerator::setAvoidLookAlikes(bool avoid)
{
    m_avoidLookAlikes = avoid;
    rebuild();
}

void PasswordGenerator::setEachClassRequired(bool required)
{
    m_eachClassRequired = required;
    rebuild();
}

int PasswordGenerator::effectiveMinimum(CharClass c) const
{
    if (!m_enabled[c])
        return 0;
    return m_eachClassRequired ? std::max(1, m_minimum[c]) : m_minimum[c];
}

int PasswordGenerator::minimumSum() const
{
    int sum = 0;
    for (int c = 0; c < ClassCount; ++c)
        sum += effectiveMinimum(static_cast<CharClass>(c));
    return sum;
}

int PasswordGenerator::minimumLength(const PasswordRules &rules)
{
    return std::max(MinLength, rules.minLength());
}

int PasswordGenerator::maximumLength(const PasswordRules &rules)
{
    return rules.maxLength() == 0 ? MaxLength : std::min(MaxLength, rules.maxLength());
}

int PasswordGenerator::minimumLength() const
{
    return m_rules ? minimumLength(*m_rules) : MinLength;
}

int PasswordGenerator::maximumLength() const
{
    return m_rules ? maximumLength(*m_rules) : MaxLength;
}

int PasswordGenerator::defaultLength(const PasswordRules &rules)
{
    int length = std::max(DefaultLength, rules.minLength());
    if (rules.maxLength() > 0)
        length = std::min(length, rules.maxLength());
    return std::clamp(length, MinLength, MaxLength);
}

void PasswordGenerator::setRules(std::optional<PasswordRules> rules)
{
    m_rules = std::move(rules);
    rebuild();
}

void PasswordGenerator::setSampler(Sampler sampler)
{
    m_sampler = sampler;
    rebuild();
}

QString PasswordGenerator::classCharacters(CharClass c)
{
    return QString::fromLatin1(ClassChars[c]);
}

QString PasswordGenerator::lookAlikes()
{
    return QString::fromLatin1(LookAlikeChars);
}

QStringList PasswordGenerator::alphabet() const
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(m_symbols.size()));
    for (const std::string &s : m_symbols)
        list.append(QString::fromStdString(s));
    return list;
}

void PasswordGenerator::rebuild()
{
    m_symbols.clear();
    m_ascii.clear();
    m_groupOf.clear();
    m_classSize.fill(0);
    m_groupStart.fill(0);
    m_groupMinimum.fill(0);
    m_entropyBits = 0;
    m_error = Error::None;
    m_composition.reset();
    m_rulesSampler.reset();
    m_pooled.clear();

    QSet<QString> removed;
    for (const QString &g : graphemes(m_exclude))
        removed.insert(g);
    if (m_avoidLookAlikes) {
        for (QChar ch : lookAlikes())
            removed.insert(QString(ch));
    }

    if (m_rules) {
        rebuildRules(removed);
        return;
    }

    QSet<QString> seen;
    auto addSymbol = [&](const QString &symbol, int group) {
        if (removed.contains(symbol) || seen.contains(symbol))
            return;
        seen.insert(symbol);
        m_symbols.push_back(symbol.toStdString());
        m_groupOf.push_back(static_cast<std::uint8_t>(group));
        ++m_classSize[group];
    };
    for (int c = 0; c < ClassCount; ++c) {
        m_groupStart[c] = static_cast<int>(m_symbols.size());
        if (!m_enabled[c])
            continue;
        for (QChar ch : classCharacters(static_cast<CharClass>(c)))
            addSymbol(QString(ch), c);
    }
    m_groupStart[ClassCount] = static_cast<int>(m_symbols.size());
    const QStringList customSymbols = graphemes(m_custom);
    m_customCount = static_cast<int>(customSymbols.size());
    if (m_customCount > MaxCustomCharacters) {
        m_error = Error::CustomTooLong;
        return;
    }
    for (const QString &g : customSymbols) {
        if (isDanglingGrapheme(g)) {
            m_error = Error::InvalidCustom;
            return;
        }
    }
    if (fusesWithNeighbour(customSymbols)) {
        m_error = Error::InvalidCustom;
        return;
    }
    for (const QString &g : customSymbols)
        addSymbol(g, ClassCount);

    if (m_length < MinLength || m_length > MaxLength) {
        m_error = Error::LengthOutOfRange;
        return;
    }
    long long minimumSum = 0;
    for (int c = 0; c < ClassCount; ++c) {
        const int minimum = effectiveMinimum(static_cast<CharClass>(c));
        if (minimum == 0)
            continue;
        if (m_classSize[c] == 0) {
            m_error = Error::ClassEmptied;
            m_errorClass = static_cast<CharClass>(c);
            return;
        }
        m_groupMinimum[c] = minimum;
        minimumSum += minimum;
    }
    if (m_symbols.empty()) {
        m_error = Error::EmptyAlphabet;
        return;
    }
    if (minimumSum > m_length) {
        m_error = Error::MinimumsExceedLength;
        return;
    }

    m_ascii.reserve(m_symbols.size());
    for (const std::string &s : m_symbols)
        m_ascii.push_back(s.size() == 1 ? s[0] : '\0');
    if (std::any_of(m_symbols.begin(), m_symbols.end(),
                    [](const auto &s) { return s.size() != 1; }))
        m_ascii.clear();

    std::array<SymbolClass, GroupCount> classes;
    for (int g = 0; g < GroupCount; ++g)
        classes[g] = {m_classSize[g], m_groupMinimum[g]};
    m_composition = std::make_shared<const ClassComposition>(m_length, classes);
    if (!m_composition->feasible()) {
        m_error = Error::MinimumsExceedLength;
        return;
    }
    m_entropyBits = minimumSum == 0 ? m_length * std::log2(static_cast<double>(m_symbols.size()))
                                    : m_composition->log2Count();
    if (minimumSum == 0) {
        m_strategy = Strategy::Direct;
    } else if (m_sampler == Sampler::Automatic &&
               m_composition->log2Probability() >= RejectionLog2Threshold) {
        m_strategy = Strategy::Reject;
    } else {
        m_strategy = Strategy::Composition;
        for (std::size_t i = 0; i < m_symbols.size(); ++i) {
            if (m_groupMinimum[m_groupOf[i]] == 0)
                m_pooled.push_back(static_cast<std::uint16_t>(i));
        }
    }
}

void PasswordGenerator::rebuildRules(const QSet<QString> &removed)
{
    m_customCount = 0;
    AsciiSet alphabet = m_rules->allowed();
    alphabet.reset(0); // the space: never drawn (a site may trim it, a user may not see it)
    for (std::size_t i = 0; i < alphabet.size(); ++i) {
        if (alphabet.test(i) && removed.contains(QString(QChar(char16_t(' ' + i)))))
            alphabet.reset(i);
    }
    for (std::size_t i = 0; i < alphabet.size(); ++i) {
        if (alphabet.test(i)) {
            m_symbols.emplace_back(1, static_cast<char>(' ' + i));
            m_ascii.push_back(static_cast<char>(' ' + i));
        }
    }
    if (minimumLength() > maximumLength()) {
        m_error = Error::RulesNoLength;
        return;
    }
    if (m_length < minimumLength() || m_length > maximumLength()) {
        m_error = Error::LengthOutOfRange;
        return;
    }
    const std::vector<AsciiSet> &required = m_rules->required();
    for (std::size_t i = 0; i < required.size(); ++i) {
        if ((required[i] & alphabet).none()) {
            m_error = Error::RulesSetEmptied;
            m_errorSet = static_cast<int>(i);
            return;
        }
    }
    if (alphabet.none()) {
        m_error = Error::EmptyAlphabet;
        return;
    }
    m_rulesSampler = std::make_shared<const RulesSampler>(alphabet, required,
                                                          m_rules->maxConsecutive(), m_length);
    if (m_rulesSampler->tooComplex()) {
        m_error = Error::RulesTooComplex;
        return;
    }
    if (!m_rulesSampler->feasible()) {
        m_error = Error::RulesUnsatisfiable;
        return;
    }
    m_entropyBits = m_rulesSampler->log2Count();
    m_strategy = Strategy::Rules;
}

void PasswordGenerator::appendSymbol(std::size_t index, SecureBytes &out) const
{
    if (!m_ascii.empty()) {
        out.push_back(m_ascii[index]);
    } else {
        const std::string &s = m_symbols[index];
        out.insert(out.end(), s.begin(), s.end());
    }
}

void PasswordGenerator::appendDirect(DigitStream &digits, SecureBytes &out) const
{
    if (!m_ascii.empty()) {
        // The common case: one byte per symbol, written in place.
        const std::size_t start = out.size();
        out.resize(start + static_cast<std::size_t>(m_length));
        char *p = out.data() + start;
        const char *symbols = m_ascii.data();
        for (int i = 0; i < m_length; ++i)
            p[i] = symbols[digits.next()];
        return;
    }
    for (int i = 0; i < m_length; ++i)
        appendSymbol(static_cast<std::size_t>(digits.next()), out);
}

bool PasswordGenerator::tryReject(DigitStream &digits, SecureBytes &out) const
{
    // A uniform password over the whole alphabet, kept only if it meets every minimum: uniform
    // over the passwords that do.
    const std::size_t start = out.size();
    std::array<int, GroupCount> counts{};
    for (int i = 0; i < m_length; ++i) {
        const auto index = static_cast<std::size_t>(digits.next());
        ++counts[m_groupOf[index]];
        appendSymbol(index, out);
    }
    for (int g = 0; g < GroupCount; ++g) {
        if (counts[g] < m_groupMinimum[g]) {
            secureZero(out.data() + start, out.size() - start);
            out.resize(start);
            return false;
        }
    }
    return true;
}

void PasswordGenerator::appendComposition(Random &random, SecureBytes &out) const
{
    // 1. How many symbols of each class, drawn from the law of a uniform qualifying password
    //    (ClassComposition, exact). 2. Which positions hold which class: a uniform arrangement of
    //    that multiset, by Fisher-Yates. 3. Each symbol uniform within its class (the pooled
    //    classes without a minimum count as one). Every qualifying password with composition c
    //    then has probability P(c) / (arrangements(c) * prod size_g^c_g) = 1 / count, since
    //    P(c) = arrangements(c) * prod size_g^c_g / count.
    std::array<int, GroupCount> counts{};
    int pooled = 0;
    m_composition->draw(random, counts, pooled);
    constexpr std::uint8_t Pool = GroupCount;
    std::vector<std::uint8_t, WipingAllocator<std::uint8_t>> labels;
    labels.reserve(static_cast<std::size_t>(m_length));
    for (int g = 0; g < GroupCount; ++g)
        labels.insert(labels.end(), static_cast<std::size_t>(counts[g]),
                      static_cast<std::uint8_t>(g));
    labels.insert(labels.end(), static_cast<std::size_t>(pooled), Pool);
    for (std::size_t i = labels.size(); i > 1; --i)
        std::swap(labels[i - 1], labels[random.below(i)]);
    for (std::uint8_t g : labels) {
        const std::size_t index =
            g == Pool ? m_pooled[random.below(m_pooled.size())]
                      : static_cast<std::size_t>(m_groupStart[g]) +
                            random.below(static_cast<std::uint64_t>(m_classSize[g]));
        appendSymbol(index, out);
    }
    secureZero(counts.data(), sizeof counts);
}

void PasswordGenerator::appendTo(Random &random, SecureBytes &out) const
{
    if (m_strategy == Strategy::Rules && isValid()) {
        m_rulesSampler->append(random, out); // draws its own rank; no digit stream
        return;
    }
    // A fresh digit stream per password: each password starts on a new 64-bit draw.
    DigitStream digits(random, m_symbols.empty() ? 1 : m_symbols.size());
    appendWith(digits, random, out);
}

void PasswordGenerator::appendWith(DigitStream &digits, Random &random, SecureBytes &out) const
{
    if (!isValid())
        throw std::logic_error("PasswordGenerator: invalid settings");
    switch (m_strategy) {
    case Strategy::Direct:
        appendDirect(digits, out);
        break;
    case Strategy::Reject:
        while (!tryReject(digits, out)) {
        }
        break;
    case Strategy::Composition:
        appendComposition(random, out);
        break;
    case Strategy::Rules:
        m_rulesSampler->append(random, out);
        break;
    }
}

PasswordStream::PasswordStream(const PasswordGenerator &generator, Random &random)
    : m_generator(generator)
    , m_random(random)
    , m_digits(std::make_unique<DigitStream>(
          random, generator.m_symbols.empty() ? 1 : generator.m_symbols.size()))
{}

PasswordStream::~PasswordStream() = default;

void PasswordStream::appendNext(SecureBytes &out)
{
    m_generator.appendWith(*m_digits, m_random, out);
}

QString PasswordGenerator::generate(Random &random) const
{
    SecureBytes out;
    out.reserve(static_cast<std::size_t>(m_length) * 4);
    appendTo(random, out);
    return QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace passforge
