// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "SecureMemory.h"
#include "Wordlist.h"

#include <QString>

#include <optional>

namespace passforge {

// Passphrases of words drawn uniformly and independently from a wordlist.
class PassphraseGenerator
{
public:
    enum class Case { Lower, Upper, Title, OneCapitalised };
    enum class Error { None, WordCountOutOfRange, InvalidSeparator, WordlistTooSmall };

    static constexpr int MinWords = 1;
    static constexpr int MaxWords = 40;
    static constexpr int DefaultWords = 6;

    // Uses the built-in English list until another is set.
    PassphraseGenerator();

    int wordCount() const { return m_wordCount; }
    void setWordCount(int count) { m_wordCount = count; }
    QString separator() const { return m_separator; }
    void setSeparator(const QString &separator) { m_separator = separator; }
    Case letterCase() const { return m_case; }
    void setLetterCase(Case c) { m_case = c; }
    bool addDigit() const { return m_addDigit; }
    void setAddDigit(bool add) { m_addDigit = add; }
    const Wordlist &wordlist() const { return m_wordlist; }
    void setWordlist(const Wordlist &list);

    Error error() const;
    bool isValid() const { return error() == Error::None; }

    // count * log2(list size), plus log2(count) for one capitalised word, plus log2(10 * count)
    // for a digit added to one word.
    double entropyBits() const;
    // False when a passphrase might be read as more than one choice of words and digit, so that
    // entropyBits() is an upper bound: the list is not prefix-free and the separator does not
    // keep words apart, or a digit is added and the words hold digits too.
    bool entropyIsExact() const;
    // Why entropyBits() is only an upper bound: the separator does not keep words apart (the
    // list is not prefix-free), or the added digit may be read as part of a word (the list's
    // words hold digits; without the digit the count would be exact).
    enum class Inexact { None, Separator, DigitInWords };
    Inexact inexactReason() const;

    // Draw order, pinned by tests: the word indices (several per 64-bit draw), then the word to
    // capitalise, then the word to add a digit to, then the digit.
    void appendTo(Random &random, SecureBytes &out) const;
    QString generate(Random &random) const;

    static QString caseName(Case c);
    static std::optional<Case> caseFromName(const QString &name);

private:
    void appendWord(const std::string &word, bool title, SecureBytes &out) const;

    int m_wordCount = DefaultWords;
    QString m_separator = QStringLiteral("-");
    Case m_case = Case::Lower;
    bool m_addDigit = false;
    Wordlist m_wordlist;
};

} // namespace passforge
