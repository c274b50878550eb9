// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordRules.h"
#include "Random.h"
#include "SecureMemory.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace passforge {

class ClassComposition;
class DigitStream;
class RulesSampler;

// Random passwords over character classes, with minimum counts per class. Every password that
// meets the settings is equally likely, and entropyBits() is log2 of how many there are.
class PasswordGenerator
{
public:
    enum CharClass { Lower = 0, Upper = 1, Digits = 2, Symbols = 3 };
    static constexpr int ClassCount = 4;

    enum class Error {
        None,
        LengthOutOfRange,     // length outside [MinLength, MaxLength]
        EmptyAlphabet,        // no class and no extra characters left
        ClassEmptied,         // a class with a minimum has no characters left after exclusions
        MinimumsExceedLength, // the minimums add up to more than the length
        InvalidCustom,        // an extra character that cannot stand alone (a lone combining
                              // mark) or would merge with a neighbour (a lone skin tone)
        CustomTooLong,        // more than MaxCustomCharacters extra characters
        // With rules:
        RulesNoLength,      // minlength above maxlength, or above MaxLength
        RulesSetEmptied,    // a required set has nothing left to draw (see errorSet())
        RulesUnsatisfiable, // no password of this length meets every rule
        RulesTooComplex,    // more distinct required sets than RulesSampler::MaxRequiredSets
    };

    static constexpr int MinLength = 1;
    static constexpr int MaxLength = 1024;
    static constexpr int DefaultLength = 20;
    // Extra characters, counted in grapheme clusters (what a user sees as one character): the
    // pairwise check that no two merge (see rebuild) is quadratic in them.
    static constexpr int MaxCustomCharacters = 256;

    PasswordGenerator();

    int length() const { return m_length; }
    void setLength(int length);
    // The lengths allowed: [MinLength, MaxLength], narrowed by the rules' minlength and
    // maxlength. Empty (min > max) when the rules admit no length.
    int minimumLength() const;
    int maximumLength() const;
    // The length rules choose when none is given: DefaultLength clamped into their range.
    static int defaultLength(const PasswordRules &rules);
    // The lengths a policy allows, within [MinLength, MaxLength] (empty when min > max).
    static int minimumLength(const PasswordRules &rules);
    static int maximumLength(const PasswordRules &rules);

    // A password policy (Apple's password-rules language) replaces the classes, minimums,
    // extra characters and "each class required": the password is uniform over every string of
    // the length that the rules accept. Exclusions and "avoid look-alikes" still apply, and the
    // space is never drawn.
    const std::optional<PasswordRules> &rules() const { return m_rules; }
    void setRules(std::optional<PasswordRules> rules);
    bool classEnabled(CharClass c) const { return m_enabled[c]; }
    void setClassEnabled(CharClass c, bool enabled);
    // A minimum only applies while its class is enabled.
    int minimum(CharClass c) const { return m_minimum[c]; }
    void setMinimum(CharClass c, int minimum);
    // At least one character of each enabled class: every minimum in force is at least 1. The
    // window's default, so that a default password always has a digit and a symbol; still
    // exactly uniform over the passwords that qualify, and entropyBits() counts only those.
    bool eachClassRequired() const { return m_eachClassRequired; }
    void setEachClassRequired(bool required);
    // The minimum in force for a class: 0 when it is disabled, at least 1 when each class is
    // required.
    int effectiveMinimum(CharClass c) const;
    // Extra characters; each grapheme cluster is one symbol.
    QString custom() const { return m_custom; }
    void setCustom(const QString &custom);
    // How many extra characters were given, in grapheme clusters, duplicates included.
    int customCount() const { return m_customCount; }
    QString exclude() const { return m_exclude; }
    void setExclude(const QString &exclude);
    bool avoidLookAlikes() const { return m_avoidLookAlikes; }
    void setAvoidLookAlikes(bool avoid);

    Error error() const { return m_error; }
    bool isValid() const { return m_error == Error::None; }
    // With ClassEmptied: the class concerned.
    CharClass errorClass() const { return m_errorClass; }
    // With RulesSetEmptied: the index of the required set, and its characters.
    int errorSet() const { return m_errorSet; }
    // The sum of the minimums in force (those of enabled classes): what must fit in the length.
    int minimumSum() const;

    // Distinct symbols in use after merging duplicates and removing exclusions.
    int alphabetSize() const { return static_cast<int>(m_symbols.size()); }
    QStringList alphabet() const;
    // Symbols of one class still in use, and the size of the extra set beyond the classes.
    int classSize(CharClass c) const { return m_classSize[c]; }
    int customSize() const { return m_classSize[ClassCount]; }
    // log2 of the number of passwords the settings allow; 0 when invalid.
    double entropyBits() const { return m_entropyBits; }

    // How passwords with minimums are drawn. Both samplers are exactly uniform; Automatic takes
    // whole-password rejection while at least 1/8 of all passwords qualify (fast for short
    // passwords) and the composition sampler below that (bounded cost for heavy minimums). Tests
    // and benchmarks force one to check it on its own.
    enum class Sampler { Automatic, Composition };
    Sampler sampler() const { return m_sampler; }
    void setSampler(Sampler sampler);

    QString generate(Random &random) const;
    // Appends one password as UTF-8 to out (no newline). Throws std::logic_error when invalid.
    void appendTo(Random &random, SecureBytes &out) const;

    // The characters of each class, as readable strings.
    static QString classCharacters(CharClass c);
    // The look-alike characters that "avoid look-alikes" removes.
    static QString lookAlikes();

private:
    static constexpr int GroupCount = ClassCount + 1; // the four classes, then the extras
    enum class Strategy { Direct, Reject, Composition, Rules };

    void rebuild();
    void rebuildRules(const QSet<QString> &removed);
    void appendWith(DigitStream &digits, Random &random, SecureBytes &out) const;
    void appendDirect(DigitStream &digits, SecureBytes &out) const;
    bool tryReject(DigitStream &digits, SecureBytes &out) const;
    void appendComposition(Random &random, SecureBytes &out) const;
    void appendSymbol(std::size_t index, SecureBytes &out) const;

    int m_length = DefaultLength;
    std::array<bool, ClassCount> m_enabled{true, true, true, true};
    std::array<int, ClassCount> m_minimum{};
    QString m_custom;
    QString m_exclude;
    bool m_avoidLookAlikes = false;
    bool m_eachClassRequired = false;
    Sampler m_sampler = Sampler::Automatic;
    int m_customCount = 0;
    std::optional<PasswordRules> m_rules;

    // Derived by rebuild(): symbols ordered by group, each group contiguous.
    Error m_error = Error::None;
    CharClass m_errorClass = Lower;
    int m_errorSet = 0;
    std::vector<std::string> m_symbols;
    std::string m_ascii; // all symbols, when every one is a single byte
    std::array<int, GroupCount> m_classSize{};
    std::array<int, GroupCount> m_groupStart{};
    std::array<int, GroupCount> m_groupMinimum{};
    std::vector<std::uint8_t> m_groupOf;
    double m_entropyBits = 0;
    Strategy m_strategy = Strategy::Direct;
    // Shared between copies: it is immutable once built, and costly to build.
    std::shared_ptr<const ClassComposition> m_composition;
    std::shared_ptr<const RulesSampler> m_rulesSampler;
    // Symbols of the groups without a minimum, which the composition counts as one pool.
    std::vector<std::uint16_t> m_pooled;

    friend class PasswordStream;
};

// Many passwords in a row, for bulk output. Random digits left over from one password start the
// next, which saves about a quarter of the entropy a fresh draw per password would spend; the
// digits are independent and uniform either way. The stream keeps its own copy of the settings:
// its digits are in base alphabetSize(), so a later change to the generator must not reach it.
class PasswordStream
{
public:
    PasswordStream(const PasswordGenerator &generator, Random &random);
    ~PasswordStream();
    PasswordStream(const PasswordStream &) = delete;
    PasswordStream &operator=(const PasswordStream &) = delete;
    void appendNext(SecureBytes &out);

private:
    const PasswordGenerator m_generator;
    Random &m_random;
    std::unique_ptr<DigitStream> m_digits;
};

} // namespace passforge
