// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"
#include "SecureMemory.h"
#include "Wordlist.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace passforge {

// Passphrases of words drawn uniformly and independently from a wordlist.
class PassphraseGenerator
{
public:
    // Title capitalises each word ("each" on the command line; "title" is its older name);
    // RandomCase capitalises each word or not, by a coin of its own.
    enum class Case { Lower, Upper, Title, OneCapitalised, RandomCase };
    enum class Error {
        None,
        WordCountOutOfRange,
        InvalidSeparator,
        WordlistTooSmall,
        InvalidSeparatorSet,
    };
    // At most this many separators to draw from (--separator-from).
    static constexpr int MaxSeparatorChoices = 64;

    static constexpr int MinWords = 1;
    static constexpr int MaxWords = 40;
    static constexpr int DefaultWords = 6;
    static constexpr char16_t DefaultSeparator[] = u"-";
    static constexpr Case DefaultCase = Case::Lower;

    // Uses the built-in English list until another is set.
    PassphraseGenerator();

    int wordCount() const { return m_wordCount; }
    void setWordCount(int count) { m_wordCount = count; }
    QString separator() const { return m_separator; }
    void setSeparator(const QString &separator) { m_separator = separator; }
    Case letterCase() const { return m_case; }
    void setLetterCase(Case c) { m_case = c; }
    // Each gap's own separator, drawn uniformly from the grapheme clusters of chars (distinct,
    // at least two); empty to use separator() in every gap.
    const QString &separatorsFrom() const { return m_separatorsFrom; }
    void setSeparatorsFrom(const QString &chars);
    const QStringList &separatorChoices() const { return m_separatorChoices; }
    bool addDigit() const { return m_addDigit; }
    void setAddDigit(bool add) { m_addDigit = add; }
    // A symbol of the password symbol set (PasswordGenerator's), after one random word's digit.
    bool addSymbol() const { return m_addSymbol; }
    void setAddSymbol(bool add) { m_addSymbol = add; }
    static QString symbols();
    const Wordlist &wordlist() const { return m_wordlist; }
    void setWordlist(const Wordlist &list);

    Error error() const;
    bool isValid() const { return error() == Error::None; }

    // The Shannon entropy of the passphrases, in bits: count * log2(list size); plus, for one
    // capitalised word, log2(count) when every word of the list has a capital form (in general,
    // the expected information in which word it is, over the words drawn); plus, for random case,
    // one bit for each word whose capital form differs (k / n a word, for k such words of n);
    // plus (count - 1) * log2(choices) for separators drawn from a set; plus log2(10 * count) for
    // a digit added to one word and log2(32 * count) for a symbol.
    double entropyBits() const;
    // entropyBits() by where the bits come from, for the window to explain them.
    struct EntropyParts
    {
        double words = 0;      // count * log2(list size)
        double letterCase = 0; // one capitalised word, or random case
        double separators = 0;
        double digit = 0;
        double symbol = 0;
        double total() const { return words + letterCase + separators + digit + symbol; }
    };
    EntropyParts entropyParts() const;
    // False when a passphrase might be read as more than one choice of words, case, separators,
    // digit and symbol, so that entropyBits() is an upper bound: the list is not prefix-free and
    // a separator does not keep words apart; a digit or symbol is added and the words hold
    // digits or symbols too; or the case mapping merges two words of the list (straße and
    // strasse are both STRASSE).
    bool entropyIsExact() const;
    enum class Inexact { None, Separator, DigitInWords, SymbolInWords, CaseMerges };
    Inexact inexactReason() const;

    // Draw order, pinned by tests: the word indices (several per 64-bit draw), then the word to
    // capitalise, then the word to add a digit to, then the digit, then the word to add a
    // symbol to, then the symbol, then one coin a word for random case (a draw below 2^count),
    // then each gap's separator.
    void appendTo(Random &random, SecureBytes &out) const;
    QString generate(Random &random) const;

    static QString caseName(Case c);
    static std::optional<Case> caseFromName(const QString &name);
    // Every name caseFromName() takes.
    static QStringList caseNames();

private:
    void appendWord(const std::string &word, bool title, SecureBytes &out) const;
    // What case does to the list: how many words have a capital form other than themselves,
    // and whether upper case or a capital makes two words look the same. Worked out on first
    // use for each list (by the thread that asks for the entropy; copies carry it along).
    struct CaseFacts
    {
        qsizetype capitalisable = 0;
        bool upperMerges = false;
        bool capitalMerges = false;
    };
    const CaseFacts &caseFacts() const;

    int m_wordCount = DefaultWords;
    QString m_separator = QString::fromUtf16(DefaultSeparator);
    Case m_case = DefaultCase;
    QString m_separatorsFrom;
    QStringList m_separatorChoices;
    bool m_addDigit = false;
    bool m_addSymbol = false;
    Wordlist m_wordlist;
    mutable std::optional<CaseFacts> m_caseFacts;
};

} // namespace passforge
