// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/PasswordCheck.h"

#include <QString>
#include <QStringList>

// zxcvbn's estimate in words, for the window's check dialog and `passforge-cli check` alike.
// zxcvbn-c gives no feedback texts, only the kinds of match, so these are written from them.
namespace passforge::i18n {

// "a common password", "a keyboard pattern", …
QString patternText(PasswordCheck::Pattern pattern);
// The patterns joined: "a dictionary word, a year"; empty when there are none.
QString patternsText(const PasswordCheck &check);
// "very weak" … "very strong", for the scores 0 to 4.
QString scoreText(int score);
// "less than a second", "3 hours", "5 years", "centuries".
QString durationText(double seconds);
// What makes a weak password weak, from its weakest match; empty for a score above 2, as zxcvbn.
QString warningText(const PasswordCheck &check);
// How to do better; none for a score above 2.
QStringList suggestionTexts(const PasswordCheck &check);
// "10^4.2" with the locale's decimal point.
QString guessesText(double log10);

} // namespace passforge::i18n
