// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "SecureMemory.h"

#include <QString>

#include <cstdint>

namespace passforge {

// "Easy to say" passwords (password --pronounceable): syllables of a documented grammar, drawn
// uniformly among every string of the length that the grammar makes, with an optional capital and
// digit. The grammar:
//   password  = syllable+                 (its letters, then the capital and digit below)
//   syllable  = onset vowel | onset vowel coda
//   onset     = b d f g h j k l m n p r s t v z   (16: no c, q, w, x or y, whose sound varies)
//   vowel     = a e i o u                         (5)
//   coda      = l m n r s                         (5: consonants that run into any onset)
// Vowels and consonants are disjoint, so a string parses one way: a consonant after a vowel ends
// the syllable if a consonant (or the end) follows it, and starts the next one if a vowel does.
// Distinct derivations are therefore distinct strings, and the number of strings of L letters is
// f(L) = 80 f(L-2) + 400 f(L-3), f(0) = 1, f(1) = 0, which the entropy is the log2 of.
// With a capital, one of the L letters (uniform) is upper case: L times as many strings. With a
// digit, one digit (uniform) goes into one of the L+1 places between and around the letters:
// 10 (L+1) times as many. Each can be undone exactly (the one capital letter, the one digit), so
// the counts multiply and the entropy stays exact.
class PronounceableGenerator
{
public:
    enum class Error { None, LengthOutOfRange };
    // The whole password, digit included; 2 letters is the shortest syllable.
    static constexpr int MinLength = 4;
    static constexpr int MaxLength = 1024;
    static constexpr int DefaultLength = 20;

    static QString onsets();
    static QString vowels();
    static QString codas();

    int length() const { return m_length; }
    void setLength(int length) { m_length = length; }
    bool capital() const { return m_capital; }
    void setCapital(bool capital) { m_capital = capital; }
    bool digit() const { return m_digit; }
    void setDigit(bool digit) { m_digit = digit; }

    Error error() const;
    bool isValid() const { return error() == Error::None; }
    // Exact: log2 of the number of distinct passwords these settings allow, all equally likely.
    double entropyBits() const;

    // Draw order, pinned by tests: the letters' rank (uniform below f(L), unranked syllable by
    // syllable, each syllable's letters as onset, vowel, coda digits), then the capital's
    // position below L, then the digit's place below L+1, then the digit below 10.
    void appendTo(Random &random, SecureBytes &out) const;
    QString generate(Random &random) const;

    // The letters of rank index among the f(L) strings of L letters, for tests that enumerate
    // them all (L up to 12).
    static QString lettersOfRank(int letters, std::uint64_t index);
    // f(L), for tests: the number of strings of L letters.
    static double count(int letters);

private:
    int letters() const { return m_length - (m_digit ? 1 : 0); }

    int m_length = DefaultLength;
    bool m_capital = false;
    bool m_digit = false;
};

} // namespace passforge
