// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace passforge {

// zxcvbn's estimate of a password someone already has (zxcvbn-c, the C port of Dropbox's
// estimator): how many guesses an attacker who tries common passwords, words, names, dates and
// keyboard patterns first would need, and what it matched. Only numbers and kinds of match are
// kept, never the password.
class PasswordCheck
{
public:
    // The longest password checked, in bytes of UTF-8 (the window's field holds no more).
    static constexpr int MaxBytes = 4096;

    // Attack speeds, in guesses per second, as zxcvbn states its crack times.
    static constexpr double OnlineThrottledRate = 100.0 / 3600.0; // 100 an hour
    static constexpr double OnlineRate = 10.0;
    static constexpr double OfflineSlowRate = 1e4;  // a slow hash: bcrypt, scrypt, Argon2
    static constexpr double OfflineFastRate = 1e10; // a fast hash (MD5, SHA-1) on many GPUs

    // What a part of the password was recognised as, in the order of first appearance.
    enum class Pattern {
        CommonPassword, // the whole password is in zxcvbn's dictionaries
        DictionaryWord, // part of it is a word, name or common password
        Substitutions,  // a dictionary word with l33t substitutions (p@ssw0rd)
        Repeat,         // aaa, abcabc
        Sequence,       // abc, 6543
        KeyboardPattern,
        Date,
        Year,
    };

    struct CrackSeconds
    {
        double onlineThrottled = 0;
        double online = 0;
        double offlineSlow = 0;
        double offlineFast = 0;
    };

    // Checks a password of 1 to MaxBytes bytes of UTF-8 (the caller enforces that); the text is
    // copied only into a buffer that is wiped.
    static PasswordCheck check(std::string_view utf8);
    static PasswordCheck check(const QString &password);

    // log10 of the guesses needed; 0 for a password zxcvbn finds at once.
    double guessesLog10() const { return m_guessesLog10; }
    // 0 to 4, by zxcvbn's thresholds on guesses: below 10^3, 10^6, 10^8, 10^10, and above.
    int score() const;
    // The expected time to find it at each attack speed (guesses / rate).
    CrackSeconds crackSeconds() const;
    // Each kind of match once; parts of fewer than 3 characters are not named (zxcvbn matches
    // single letters of any password as words).
    const std::vector<Pattern> &patterns() const { return m_patterns; }
    // The most guessable kind of match, the one a warning is about; patterns() must not be
    // empty. A whole-password match comes first.
    Pattern weakestPattern() const { return m_weakest; }

private:
    double m_guessesLog10 = 0;
    std::vector<Pattern> m_patterns;
    Pattern m_weakest = Pattern::DictionaryWord;
};

} // namespace passforge
