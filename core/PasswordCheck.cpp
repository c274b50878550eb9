// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCheck.h"

#include "SecureMemory.h"

#include <zxcvbn.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace passforge {

namespace {

struct InfoDeleter
{
    void operator()(ZxcMatch_t *info) const { ZxcvbnFreeInfo(info); }
};

// The matches worth naming, by kind. zxcvbn-c flags a part that repeats an earlier one (aaaa as
// "a" four times, abcabc) with MULTIPLE_MATCH: that is a repeat, whatever was repeated.
std::optional<PasswordCheck::Pattern> patternOf(const ZxcMatch_t &match, int passwordLength)
{
    using Pattern = PasswordCheck::Pattern;
    if (static_cast<int>(match.Type) & static_cast<int>(MULTIPLE_MATCH))
        return Pattern::Repeat;
    switch (static_cast<int>(match.Type)) {
    case DICTIONARY_MATCH:
    case USER_MATCH:
        return match.Begin == 0 && match.Length == passwordLength ? Pattern::CommonPassword
                                                                  : Pattern::DictionaryWord;
    case DICT_LEET_MATCH:
    case USER_LEET_MATCH:
        return Pattern::Substitutions;
    case REPEATS_MATCH:
        return Pattern::Repeat;
    case SEQUENCE_MATCH:
        return Pattern::Sequence;
    case SPATIAL_MATCH:
        return Pattern::KeyboardPattern;
    case DATE_MATCH:
        return Pattern::Date;
    case YEAR_MATCH:
        return Pattern::Year;
    default: // random characters, and the allowance zxcvbn-c makes for long passwords
        return std::nullopt;
    }
}

} // namespace

PasswordCheck PasswordCheck::check(std::string_view utf8)
{
    // zxcvbn wants a C string: a copy in a buffer that is wiped.
    SecureBytes text(utf8.begin(), utf8.end());
    text.push_back('\0');
    ZxcMatch_t *rawInfo = nullptr;
    const double bits = ZxcvbnMatch(text.data(), nullptr, &rawInfo);
    const std::unique_ptr<ZxcMatch_t, InfoDeleter> info(rawInfo);

    PasswordCheck result;
    result.m_guessesLog10 = std::max(0.0, bits * std::log10(2.0));
    // zxcvbn-c counts bytes; a match's Begin and Length are byte positions too.
    const int length = static_cast<int>(utf8.size());
    double weakestBitsPerChar = INFINITY;
    for (const ZxcMatch_t *match = info.get(); match; match = match->Next) {
        const auto pattern = patternOf(*match, length);
        if (!pattern || match->Length < 3)
            continue;
        if (std::find(result.m_patterns.begin(), result.m_patterns.end(), *pattern) ==
            result.m_patterns.end())
            result.m_patterns.push_back(*pattern);
        const double perChar =
            *pattern == Pattern::CommonPassword ? -1.0 : match->Entrpy / match->Length;
        if (perChar < weakestBitsPerChar) {
            weakestBitsPerChar = perChar;
            result.m_weakest = *pattern;
        }
    }
    return result;
}

PasswordCheck PasswordCheck::check(const QString &password)
{
    QByteArray utf8 = password.toUtf8();
    PasswordCheck result = check(std::string_view(utf8.constData(), utf8.size()));
    secureWipe(utf8);
    return result;
}

int PasswordCheck::score() const
{
    static constexpr double thresholds[] = {3, 6, 8, 10};
    int score = 0;
    for (const double threshold : thresholds) {
        if (m_guessesLog10 < threshold)
            return score;
        ++score;
    }
    return score;
}

PasswordCheck::CrackSeconds PasswordCheck::crackSeconds() const
{
    const double guesses = std::pow(10.0, m_guessesLog10);
    return {guesses / OnlineThrottledRate, guesses / OnlineRate, guesses / OfflineSlowRate,
            guesses / OfflineFastRate};
}

} // namespace passforge
