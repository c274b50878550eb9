// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordRules.h"

#include <QStringList>

#include <algorithm>
#include <climits>
#include <string_view>

namespace passforge {

namespace {

constexpr char32_t First = U' ';
constexpr char32_t Last = U'~';

bool isIdentifierCharacter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'-';
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isWhitespace(char32_t c)
{
    return c == U' ' || c == U'\f' || c == U'\n' || c == U'\r' || c == U'\t';
}

bool isPrintable(char32_t c)
{
    return c >= First && c <= Last;
}

AsciiSet range(char32_t from, char32_t to)
{
    AsciiSet set;
    for (char32_t c = from; c <= to; ++c)
        set.set(c - First);
    return set;
}

QString fromCodePoints(const std::u32string &text, std::size_t from, std::size_t to)
{
    return QString::fromUcs4(text.data() + from, static_cast<qsizetype>(to - from));
}

// A hand-off of the reference parser's structure: one function per production, each advancing a
// position and failing with the first problem it meets.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text.toStdU32String())
    {}

    bool parse(PasswordRules::Error &error, std::vector<AsciiSet> &required, AsciiSet &allowed,
               bool &anyAllowed, int &maxConsecutive, int &minLength, int &maxLength);

private:
    enum class Rule { Allowed, MaxConsecutive, Required, MinLength, MaxLength };

    bool fail(PasswordRules::ErrorKind kind, std::size_t position, const QString &text)
    {
        m_error = {kind, static_cast<int>(position), text};
        return false;
    }
    bool failAtCharacter(PasswordRules::ErrorKind kind, std::size_t position)
    {
        return fail(kind, position,
                    position < size() ? fromCodePoints(m_text, position, position + 1) : QString());
    }
    std::size_t size() const { return m_text.size(); }
    bool atEnd() const { return m_pos >= size(); }
    char32_t current() const { return m_text[m_pos]; }
    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(current()))
            ++m_pos;
    }
    QString identifier()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && isIdentifierCharacter(current()))
            ++m_pos;
        return fromCodePoints(m_text, start, m_pos);
    }
    bool classList(AsciiSet &set);
    bool customClass(AsciiSet &set);
    bool integer(int &value);

    std::u32string m_text;
    std::size_t m_pos = 0;
    PasswordRules::Error m_error;
};

bool Parser::customClass(AsciiSet &set)
{
    // At '['. A '-' may only come first; a ']' ends the class unless it is doubled at the end
    // ("]]" is a literal ']' and the close), or comes first.
    const std::size_t open = m_pos;
    ++m_pos;
    if (atEnd())
        return fail(PasswordRules::ErrorKind::UnclosedClass, open, QStringLiteral("["));
    const std::size_t first = m_pos;
    while (!atEnd()) {
        const char32_t c = current();
        if (!isPrintable(c)) {
            // Skipped, as in the reference parser: five shipped sites allow '§', which only
            // narrows what is drawn, and every password without it still fits.
            ++m_pos;
            continue;
        }
        if (c == U'-' && m_pos > first)
            return failAtCharacter(PasswordRules::ErrorKind::MisplacedDash, m_pos);
        ++m_pos;
        if (c == U']') {
            if (!atEnd() && current() == U']') {
                set.set(c - First); // "…]]" or "[]]": a literal ']', then the close
                ++m_pos;
                return true;
            }
            if (!atEnd() && !isWhitespace(current()) && current() != U',' && current() != U';')
                return failAtCharacter(PasswordRules::ErrorKind::MisplacedBracket, m_pos - 1);
            return true; // the close
        }
        set.set(c - First);
    }
    return fail(PasswordRules::ErrorKind::UnclosedClass, open, QStringLiteral("["));
}

bool Parser::classList(AsciiSet &set)
{
    for (;;) {
        if (isIdentifierCharacter(current())) {
            const std::size_t start = m_pos;
            const QString name = identifier();
            const QString lower = name.toLower();
            if (lower == QLatin1String("upper"))
                set |= PasswordRules::upper();
            else if (lower == QLatin1String("lower"))
                set |= PasswordRules::lower();
            else if (lower == QLatin1String("digit"))
                set |= PasswordRules::digit();
            else if (lower == QLatin1String("special"))
                set |= PasswordRules::special();
            else if (lower == QLatin1String("ascii-printable") || lower == QLatin1String("unicode"))
                set |= PasswordRules::asciiPrintable(); // ours: unicode means ascii-printable
            else
                return fail(PasswordRules::ErrorKind::UnknownClass, start, name);
        } else if (current() == U'[') {
            if (!customClass(set))
                return false;
        } else {
            return failAtCharacter(PasswordRules::ErrorKind::MissingClass, m_pos);
        }
        skipWhitespace();
        if (atEnd() || current() == U';')
            return true;
        if (current() != U',')
            return failAtCharacter(PasswordRules::ErrorKind::UnexpectedCharacter, m_pos);
        ++m_pos;
        skipWhitespace();
        if (atEnd())
            return fail(PasswordRules::ErrorKind::MissingClass, m_pos, QString());
    }
}

bool Parser::integer(int &value)
{
    // Digits up to ';' or the end, nothing else: the reference parser refuses "8 ;" too.
    const std::size_t start = m_pos;
    long long result = 0;
    while (!atEnd() && isDigit(current())) {
        result = std::min<long long>(10 * result + (current() - U'0'), INT_MAX);
        ++m_pos;
    }
    if (m_pos == start || (!atEnd() && current() != U';')) {
        std::size_t end = m_pos;
        while (end < size() && m_text[end] != U';')
            ++end;
        return fail(PasswordRules::ErrorKind::NotANumber, start,
                    fromCodePoints(m_text, start, end)); // untrimmed: "8 " shows its space
    }
    value = static_cast<int>(result);
    return true;
}

bool Parser::parse(PasswordRules::Error &error, std::vector<AsciiSet> &required, AsciiSet &allowed,
                   bool &anyAllowed, int &maxConsecutive, int &minLength, int &maxLength)
{
    const auto finish = [&](bool ok) {
        error = m_error;
        return ok;
    };
    skipWhitespace();
    while (!atEnd()) {
        if (!isIdentifierCharacter(current()))
            return finish(failAtCharacter(PasswordRules::ErrorKind::UnexpectedCharacter, m_pos));
        const std::size_t start = m_pos;
        const QString name = identifier();
        Rule rule;
        if (name == QLatin1String("required"))
            rule = Rule::Required;
        else if (name == QLatin1String("allowed"))
            rule = Rule::Allowed;
        else if (name == QLatin1String("max-consecutive"))
            rule = Rule::MaxConsecutive;
        else if (name == QLatin1String("minlength"))
            rule = Rule::MinLength;
        else if (name == QLatin1String("maxlength"))
            rule = Rule::MaxLength;
        else
            return finish(fail(PasswordRules::ErrorKind::UnknownRule, start, name));
        if (atEnd() || current() != U':')
            return finish(fail(PasswordRules::ErrorKind::MissingColon, m_pos, name));
        ++m_pos;
        skipWhitespace();
        // An empty value ("required: ;") is no rule at all.
        if (!atEnd() && current() != U';') {
            switch (rule) {
            case Rule::Required:
            case Rule::Allowed: {
                AsciiSet set;
                if (!classList(set))
                    return finish(false);
                if (rule == Rule::Required)
                    required.push_back(set);
                allowed |= set;
                anyAllowed = true;
                break;
            }
            case Rule::MaxConsecutive:
            case Rule::MinLength:
            case Rule::MaxLength: {
                int value = 0;
                if (!integer(value))
                    return finish(false);
                // 0 is no rule, as in the reference parser (its value is falsy there).
                if (value == 0)
                    break;
                if (rule == Rule::MinLength)
                    minLength = std::max(minLength, value);
                else if (rule == Rule::MaxLength)
                    maxLength = maxLength == 0 ? value : std::min(maxLength, value);
                else
                    maxConsecutive = maxConsecutive == 0 ? value : std::min(maxConsecutive, value);
                break;
            }
            }
        }
        skipWhitespace();
        if (atEnd())
            break;
        if (current() != U';')
            return finish(failAtCharacter(PasswordRules::ErrorKind::UnexpectedCharacter, m_pos));
        ++m_pos;
        skipWhitespace();
    }
    return finish(true);
}

// Names a set in the language: named classes where a whole class is in it, then the rest as one
// custom class ('-' first, ']' last, as the language wants them).
QString describeSet(const AsciiSet &set)
{
    if (set == PasswordRules::asciiPrintable())
        return QStringLiteral("ascii-printable");
    QStringList parts;
    AsciiSet rest = set;
    const std::pair<const char *, AsciiSet> named[] = {
        {"upper", PasswordRules::upper()},
        {"lower", PasswordRules::lower()},
        {"digit", PasswordRules::digit()},
        {"special", PasswordRules::special()},
    };
    for (const auto &[name, cls] : named) {
        if ((set & cls) == cls) {
            parts.append(QLatin1String(name));
            rest &= ~cls;
        }
    }
    if (rest.any()) {
        QString chars = PasswordRules::characters(rest);
        const bool dash = chars.contains(QLatin1Char('-'));
        const bool bracket = chars.contains(QLatin1Char(']'));
        chars.remove(QLatin1Char('-'));
        chars.remove(QLatin1Char(']'));
        parts.append(QLatin1Char('[') + (dash ? QStringLiteral("-") : QString()) + chars +
                     (bracket ? QStringLiteral("]") : QString()) + QLatin1Char(']'));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

AsciiSet PasswordRules::upper()
{
    return range(U'A', U'Z');
}

AsciiSet PasswordRules::lower()
{
    return range(U'a', U'z');
}

AsciiSet PasswordRules::digit()
{
    return range(U'0', U'9');
}

AsciiSet PasswordRules::special()
{
    return range(U' ', U'/') | range(U':', U'@') | range(U'[', U'`') | range(U'{', U'~');
}

AsciiSet PasswordRules::asciiPrintable()
{
    return range(First, Last);
}

QString PasswordRules::characters(const AsciiSet &set)
{
    QString text;
    for (std::size_t i = 0; i < set.size(); ++i) {
        if (set.test(i))
            text += QChar(static_cast<char16_t>(First + i));
    }
    return text;
}

PasswordRules PasswordRules::parse(const QString &text, Error *error)
{
    PasswordRules rules;
    Error e;
    bool anyAllowed = false;
    Parser parser(text);
    if (!parser.parse(e, rules.m_required, rules.m_allowed, anyAllowed, rules.m_maxConsecutive,
                      rules.m_minLength, rules.m_maxLength)) {
        if (error)
            *error = e;
        return {};
    }
    // An allowed set that names nothing ("allowed: []" alone) allows everything, as with no
    // rule at all.
    if (!anyAllowed || rules.m_allowed.none())
        rules.m_allowed = asciiPrintable();
    if (error)
        *error = {};
    return rules;
}

QString PasswordRules::toString() const
{
    QString text;
    for (const AsciiSet &set : m_required)
        text += QStringLiteral("required: %1; ").arg(describeSet(set));
    text += QStringLiteral("allowed: %1;").arg(describeSet(m_allowed));
    if (m_maxConsecutive > 0)
        text += QStringLiteral(" max-consecutive: %1;").arg(m_maxConsecutive);
    if (m_minLength > 0)
        text += QStringLiteral(" minlength: %1;").arg(m_minLength);
    if (m_maxLength > 0)
        text += QStringLiteral(" maxlength: %1;").arg(m_maxLength);
    return text;
}

} // namespace passforge
