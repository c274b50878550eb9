// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesText.h"

#include <QCoreApplication>
#include <QStringList>

namespace passforge::i18n {

namespace {

class RulesText
{
    Q_DECLARE_TR_FUNCTIONS(RulesText)
public:
    static QString error(const PasswordRules::Error &e);
    static QString set(const AsciiSet &set, bool plural);
    static QString rules(const PasswordRules &rules);
};

QString RulesText::error(const PasswordRules::Error &e)
{
    using Kind = PasswordRules::ErrorKind;
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::UnknownRule:
        return tr("unknown rule '%1' at position %2 (the rules are required, allowed, "
                  "max-consecutive, minlength and maxlength)")
            .arg(e.text)
            .arg(e.position);
    case Kind::UnknownClass:
        return tr("unknown class '%1' at position %2").arg(e.text).arg(e.position);
    case Kind::NotANumber:
        return tr("not a number '%1' at position %2").arg(e.text).arg(e.position);
    case Kind::UnclosedClass:
        return tr("unclosed '[' at position %1").arg(e.position);
    case Kind::MisplacedDash:
        return tr("'-' at position %1: in a [...] set it may only come first").arg(e.position);
    case Kind::MisplacedBracket:
        return tr("']' at position %1: in a [...] set it may only come first or last (write "
                  "']]' at the end for a literal ']')")
            .arg(e.position);
    case Kind::MissingColon:
        return tr("'%1' at position %2 must be followed by ':'").arg(e.text).arg(e.position);
    case Kind::MissingClass:
        return e.text.isEmpty()
                   ? tr("a class is missing at position %1").arg(e.position)
                   : tr("'%1' at position %2 is not a class").arg(e.text).arg(e.position);
    case Kind::UnexpectedCharacter:
        return tr("unexpected '%1' at position %2").arg(e.text).arg(e.position);
    }
    return {};
}

QString RulesText::set(const AsciiSet &chars, bool plural)
{
    AsciiSet rest = chars;
    QStringList parts;
    const AsciiSet upper = PasswordRules::upper();
    const AsciiSet lower = PasswordRules::lower();
    const auto take = [&](const AsciiSet &cls) {
        if ((rest & cls) != cls)
            return false;
        rest &= ~cls;
        return true;
    };
    if (take(upper | lower)) {
        parts.append(plural ? tr("letters") : tr("letter"));
    } else {
        if (take(upper))
            parts.append(plural ? tr("uppercase letters") : tr("uppercase letter"));
        if (take(lower))
            parts.append(plural ? tr("lowercase letters") : tr("lowercase letter"));
    }
    if (take(PasswordRules::digit()))
        parts.append(plural ? tr("digits") : tr("digit"));
    AsciiSet special = PasswordRules::special();
    special.reset(0); // the space is never drawn, so "symbols" need not include it
    if (take(special))
        parts.append(plural ? tr("symbols") : tr("symbol"));
    rest.reset(0);
    if (rest.any()) {
        // Singular after named kinds: "uppercase letter or one of !#$"; alone, the caller says
        // "at least one of !#$".
        const QString listed = PasswordRules::characters(rest);
        parts.append(plural || parts.isEmpty() ? listed : tr("one of %1").arg(listed));
    }
    if (parts.isEmpty())
        return tr("nothing");
    if (parts.size() == 1)
        return parts.first();
    const QString last = parts.takeLast();
    //: Joins the last item of a list of kinds of characters: "letters, digits and !#$"
    return plural ? tr("%1 and %2").arg(parts.join(tr(", ")), last)
                  //: "at least one uppercase letter or digit"
                  : tr("%1 or %2").arg(parts.join(tr(", ")), last);
}

QString RulesText::rules(const PasswordRules &rules)
{
    QStringList parts;
    const int low = rules.minLength();
    const int high = rules.maxLength();
    if (low > 0 && high > 0 && low == high)
        parts.append(tr("exactly %n characters", nullptr, low));
    else if (low > 0 && high > 0)
        //: A range of lengths: "8–16 characters"
        parts.append(tr("%1–%2 characters").arg(low).arg(high));
    else if (low > 0)
        parts.append(tr("at least %n characters", nullptr, low));
    else if (high > 0)
        parts.append(tr("at most %n characters", nullptr, high));
    for (AsciiSet required : rules.required()) {
        required.reset(0);
        const QString words = set(required, false);
        // Only listed characters, no named kind: "at least one of !#$".
        parts.append(words == PasswordRules::characters(required)
                         ? tr("at least one of %1").arg(words)
                         : tr("at least one %1").arg(words));
    }
    AsciiSet everything = PasswordRules::asciiPrintable();
    everything.reset(0);
    AsciiSet allowed = rules.allowed();
    allowed.reset(0);
    if (allowed != everything)
        parts.append(tr("only %1").arg(set(allowed, true)));
    if (rules.maxConsecutive() > 0)
        parts.append(tr("no more than %n identical in a row", nullptr, rules.maxConsecutive()));
    if (parts.isEmpty())
        return tr("any printable characters");
    return parts.join(tr(", "));
}

} // namespace

QString rulesError(const PasswordRules::Error &error)
{
    return RulesText::error(error);
}

QString describeRules(const PasswordRules &rules)
{
    return RulesText::rules(rules);
}

QString describeSet(const AsciiSet &set, bool plural)
{
    return RulesText::set(set, plural);
}

} // namespace passforge::i18n
