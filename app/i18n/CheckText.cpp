// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace passforge::i18n {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)

public:
    using Pattern = PasswordCheck::Pattern;

    static bool has(const PasswordCheck &check, Pattern pattern)
    {
        const auto &patterns = check.patterns();
        return std::find(patterns.begin(), patterns.end(), pattern) != patterns.end();
    }
};

} // namespace

QString patternText(PasswordCheck::Pattern pattern)
{
    using Pattern = PasswordCheck::Pattern;
    switch (pattern) {
    case Pattern::CommonPassword:
        return CheckText::tr("a common password");
    case Pattern::DictionaryWord:
        return CheckText::tr("a dictionary word");
    case Pattern::Substitutions:
        return CheckText::tr("a dictionary word with substitutions");
    case Pattern::Repeat:
        return CheckText::tr("a repeat");
    case Pattern::Sequence:
        return CheckText::tr("a sequence");
    case Pattern::KeyboardPattern:
        return CheckText::tr("a keyboard pattern");
    case Pattern::Date:
        return CheckText::tr("a date");
    case Pattern::Year:
        return CheckText::tr("a year");
    }
    return {};
}

QString patternsText(const PasswordCheck &check)
{
    QStringList parts;
    for (const PasswordCheck::Pattern pattern : check.patterns())
        parts.append(patternText(pattern));
    return parts.join(CheckText::tr(", ", "between the kinds of match found"));
}

QString scoreText(int score)
{
    switch (score) {
    case 0:
        return CheckText::tr("very weak", "password check score 0 of 4");
    case 1:
        return CheckText::tr("weak", "password check score 1 of 4");
    case 2:
        return CheckText::tr("fair", "password check score 2 of 4");
    case 3:
        return CheckText::tr("strong", "password check score 3 of 4");
    default:
        return CheckText::tr("very strong", "password check score 4 of 4");
    }
}

QString durationText(double seconds)
{
    // zxcvbn's own steps: a month of 31 days, a year of 12 of them, and past 100 years, centuries.
    constexpr double minute = 60, hour = 60 * minute, day = 24 * hour, month = 31 * day,
                     year = 12 * month, century = 100 * year;
    const auto count = [](double value) {
        return static_cast<int>(std::min(std::round(value), 1e9));
    };
    if (seconds < 1)
        return CheckText::tr("less than a second");
    if (seconds < minute)
        return CheckText::tr("%n second(s)", nullptr, count(seconds));
    if (seconds < hour)
        return CheckText::tr("%n minute(s)", nullptr, count(seconds / minute));
    if (seconds < day)
        return CheckText::tr("%n hour(s)", nullptr, count(seconds / hour));
    if (seconds < month)
        return CheckText::tr("%n day(s)", nullptr, count(seconds / day));
    if (seconds < year)
        return CheckText::tr("%n month(s)", nullptr, count(seconds / month));
    if (seconds < century)
        return CheckText::tr("%n year(s)", nullptr, count(seconds / year));
    return CheckText::tr("centuries");
}

QString warningText(const PasswordCheck &check)
{
    using Pattern = PasswordCheck::Pattern;
    if (check.score() > 2 || check.patterns().empty())
        return {};
    switch (check.weakestPattern()) {
    case Pattern::CommonPassword:
        return CheckText::tr("This is a commonly used password.");
    case Pattern::DictionaryWord:
        return CheckText::tr("Words and names on their own are easy to guess.");
    case Pattern::Substitutions:
        return CheckText::tr("Predictable substitutions like “@” for “a” are easy to guess.");
    case Pattern::Repeat:
        return CheckText::tr("Repeats like “aaa” or “abcabc” are easy to guess.");
    case Pattern::Sequence:
        return CheckText::tr("Sequences like “abc” or “6543” are easy to guess.");
    case Pattern::KeyboardPattern:
        return CheckText::tr("Keyboard patterns like “qwerty” are easy to guess.");
    case Pattern::Date:
        return CheckText::tr("Dates are easy to guess.");
    case Pattern::Year:
        return CheckText::tr("Years are easy to guess.");
    }
    return {};
}

QStringList suggestionTexts(const PasswordCheck &check)
{
    using Pattern = PasswordCheck::Pattern;
    if (check.score() > 2)
        return {};
    QStringList suggestions;
    if (CheckText::has(check, Pattern::Substitutions))
        suggestions.append(CheckText::tr("Substitutions like “0” for “o” don't help much."));
    if (CheckText::has(check, Pattern::Repeat))
        suggestions.append(CheckText::tr("Avoid repeated words and characters."));
    if (CheckText::has(check, Pattern::Sequence))
        suggestions.append(CheckText::tr("Avoid sequences."));
    if (CheckText::has(check, Pattern::KeyboardPattern))
        suggestions.append(CheckText::tr("Avoid keys that are next to each other."));
    if (CheckText::has(check, Pattern::Date) || CheckText::has(check, Pattern::Year))
        suggestions.append(CheckText::tr("Avoid dates and years that are linked to you."));
    suggestions.append(CheckText::tr("Use a generated password or passphrase instead: a "
                                     "passphrase of five random words is easy to remember."));
    return suggestions;
}

QString guessesText(double log10)
{
    return QStringLiteral("10^%1").arg(QLocale().toString(log10, 'f', 1));
}

} // namespace passforge::i18n
