// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <bitset>
#include <vector>

namespace passforge {

// A set of printable ASCII characters: bit i stands for the character 0x20 + i.
using AsciiSet = std::bitset<95>;

// A password policy in Apple's password-rules language (the `passwordrules` attribute), parsed
// as Apple's reference parser (PasswordRulesParser.js) reads it and canonicalised the same way:
// every `required` rule is one set (the union of its classes), required sets are also allowed,
// the largest minlength and the smallest maxlength and max-consecutive apply, and a policy that
// allows nothing in particular allows ascii-printable.
//
// Where the reference parser only logs a problem and carries on (it drops the rule, or a whole
// policy, or ignores a '-'), parse() refuses the text and says what and where: a policy that
// silently means something else than it says would produce passwords the site rejects. Like the
// reference, it skips characters outside printable ASCII inside a custom class: that only
// narrows what may be drawn.
class PasswordRules
{
public:
    // Passwords are drawn for at most this many distinct required sets (once sets implied by
    // another are dropped): the exact count takes inclusion-exclusion over 2^sets terms.
    static constexpr int MaxRequiredSets = 10;

    enum class ErrorKind {
        None,
        UnknownRule,         // a rule name other than the five (names are case-sensitive)
        UnknownClass,        // a class name other than the six (case-insensitive)
        NotANumber,          // a length or max-consecutive value that is not digits up to ';'
        UnclosedClass,       // '[' without its ']'
        MisplacedDash,       // '-' inside a custom class, where it may only come first
        MisplacedBracket,    // ']' inside a custom class, where it may only come last (']]')
        MissingColon,        // a rule name not followed directly by ':'
        MissingClass,        // a ',' or the start of a value not followed by a class
        UnexpectedCharacter, // anything else where a rule, ';' or ',' belongs
    };
    struct Error
    {
        ErrorKind kind = ErrorKind::None;
        int position = 0; // 0-based, in characters (code points) of the text
        QString text;     // what was found there: a name, a number, a character
    };

    // Parses text; on failure returns an empty policy and fills error (if given).
    static PasswordRules parse(const QString &text, Error *error = nullptr);

    // The union of each required rule, in the order given (space included, as written).
    const std::vector<AsciiSet> &required() const { return m_required; }
    // Every character allowed: the allowed rules, the required ones, or ascii-printable.
    const AsciiSet &allowed() const { return m_allowed; }
    // 0 when absent. A value of 0 counts as absent, as in the reference parser.
    int maxConsecutive() const { return m_maxConsecutive; }
    int minLength() const { return m_minLength; }
    int maxLength() const { return m_maxLength; }

    // The policy in canonical form, in the language itself: "required: digit; allowed: lower,
    // digit; max-consecutive: 2; minlength: 8; maxlength: 16;".
    QString toString() const;

    static AsciiSet upper();
    static AsciiSet lower();
    static AsciiSet digit();
    static AsciiSet special();
    static AsciiSet asciiPrintable();
    // The printable ASCII characters of a set, in code order.
    static QString characters(const AsciiSet &set);

    bool operator==(const PasswordRules &other) const = default;

private:
    std::vector<AsciiSet> m_required;
    AsciiSet m_allowed;
    int m_maxConsecutive = 0;
    int m_minLength = 0;
    int m_maxLength = 0;
};

} // namespace passforge
