// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the wordlist loader, then makes passphrases from every list it accepts.
//
// Input layout: the wordlist file, optionally followed by 0xFF and a trailer of passphrase
// options: one byte (bits 0-2: words - 1; bits 3-4: case; bit 5: add a digit) and then the
// separator as lenient UTF-8. 0xFF never occurs in UTF-8; a list with other invalid bytes still
// reaches the loader.
#include "FuzzByteSource.h"
#include "FuzzCheck.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"
#include "passforge/Wordlist.h"

#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <tuple>

using passforge::PassphraseGenerator;
using passforge::Wordlist;

namespace {

// Prefix-freeness checked a second way: look every proper prefix of every word up. Quadratic in
// the word length, so the caller keeps it to lists of short words.
bool prefixFreeByLookup(const QStringList &words, const QSet<QString> &set)
{
    for (const QString &w : words) {
        for (qsizetype k = 1; k < w.size(); ++k) {
            if (set.contains(w.left(k)))
                return false;
        }
    }
    return true;
}

// True when a passphrase made with Case::Lower reads as count words of the list joined by
// separator, with exactly one digit after one word when digit is set (none otherwise). A search
// over (position, words read, digit used) rather than a split at the separator, which a word
// boundary could straddle.
bool readsAsWords(const QString &phrase, const QSet<QString> &words, const QSet<qsizetype> &lengths,
                  const QString &separator, int count, bool digit)
{
    enum Kind { WordStart, AfterWord };
    using State = std::tuple<Kind, qsizetype, int, bool>; // kind, position, words read, digit
    std::set<State> todo{{WordStart, 0, 0, false}};
    std::set<State> done;
    while (!todo.empty()) {
        const State state = *todo.begin();
        todo.erase(todo.begin());
        if (!done.insert(state).second)
            continue;
        const auto [kind, pos, read, used] = state;
        if (kind == WordStart) {
            for (qsizetype length : lengths) {
                if (pos + length <= phrase.size() && words.contains(phrase.mid(pos, length)))
                    todo.insert({AfterWord, pos + length, read + 1, used});
            }
            continue;
        }
        if (digit && !used && pos < phrase.size() && phrase[pos] >= u'0' && phrase[pos] <= u'9')
            todo.insert({AfterWord, pos + 1, read, true});
        if (read == count) {
            if (pos == phrase.size() && used == digit)
                return true;
        } else if (QStringView(phrase).mid(pos).startsWith(separator)) {
            todo.insert({WordStart, pos + separator.size(), read, used});
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::size_t split = 0;
    while (split < size && data[split] != 0xFF)
        ++split;
    const QByteArrayView text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(split));
    const bool hasTrailer = split + 1 < size;
    const std::uint8_t options = hasTrailer ? data[split + 1] : 0;
    const QString separator =
        hasTrailer ? QString::fromUtf8(reinterpret_cast<const char *>(data + split + 2),
                                       static_cast<qsizetype>(size - split - 2))
                   : QStringLiteral("-");

    Wordlist::Error error = Wordlist::Error::None;
    const Wordlist list = Wordlist::fromUtf8(text, &error);
    if (error != Wordlist::Error::None) {
        if (error == Wordlist::Error::TooSmall)
            FUZZ_CHECK(list.size() < Wordlist::MinWords);
        else
            FUZZ_CHECK(list.isEmpty());
        return 0;
    }

    // The list: large enough, distinct, trimmed, non-empty words.
    const QStringList &words = list.words();
    FUZZ_CHECK(list.size() >= Wordlist::MinWords);
    FUZZ_CHECK(words.size() == list.size());
    const QSet<QString> set(words.begin(), words.end());
    FUZZ_CHECK(set.size() == words.size());
    qsizetype longest = 0;
    QSet<qsizetype> lengths;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        FUZZ_CHECK(!w.isEmpty());
        FUZZ_CHECK(w.trimmed() == w);
        FUZZ_CHECK(!w.contains(u'\n'));
        FUZZ_CHECK(list.utf8At(static_cast<std::size_t>(i)) == w.toStdString());
        longest = std::max(longest, w.size());
        lengths.insert(w.size());
    }
    // Every line is a word, a blank or a duplicate; a final line feed ends the last line rather
    // than starting a blank one.
    const qsizetype lines = text.count('\n') + 1 - (text.endsWith('\n') ? 1 : 0);
    FUZZ_CHECK(list.size() + list.droppedBlank() + list.droppedDuplicates() == lines);
    if (longest <= 64)
        FUZZ_CHECK(list.isPrefixFree() == prefixFreeByLookup(words, set));

    // Passphrases from the list.
    PassphraseGenerator generator;
    generator.setWordlist(list);
    generator.setWordCount(1 + (options & 7));
    const auto letterCase = static_cast<PassphraseGenerator::Case>((options >> 3) & 3);
    generator.setLetterCase(letterCase);
    generator.setAddDigit(options & 0x20);
    generator.setSeparator(separator);
    if (!generator.isValid()) {
        FUZZ_CHECK(generator.error() == PassphraseGenerator::Error::InvalidSeparator);
        return 0;
    }
    passforge::fuzz::FuzzByteSource source(size);
    passforge::Random random(source);
    for (int i = 0; i < 2; ++i) {
        const QString phrase = generator.generate(random);
        FUZZ_CHECK(!phrase.isEmpty());
        if (letterCase == PassphraseGenerator::Case::Lower) {
            FUZZ_CHECK(readsAsWords(phrase, set, lengths, separator, generator.wordCount(),
                                    generator.addDigit()));
        }
    }
    return 0;
}
