// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListFile.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace passforge {

// A list of distinct words for passphrases: a built-in list or a user's file.
class Wordlist
{
public:
    enum class Error { None, Unreadable, TooLarge, Binary, InvalidUtf8, TooSmall };

    // Fewer distinct words than this would make passphrases too weak to offer.
    static constexpr qsizetype MinWords = 1024;
    // A user's list is read like a pick list, with the same limit (ListFile::MaxBytes).
    static constexpr qint64 MaxFileBytes = ListFile::MaxBytes;

    Wordlist() = default;

    // The lists compiled into the library (resources/wordlists/<code>.txt), by language code:
    // en, de, fr, es, it and pt_BR. Screened, prefix-free; their sizes come from the files.
    static const QStringList &builtInCodes();
    // The built-in list for a code, or null for a code that has none. Read once, on first use,
    // from any thread.
    static const Wordlist *builtIn(QStringView code);
    // The size of the built-in list for a code, or 0 for a code that has none, without reading
    // its words: each built-in file is one distinct word a line (tst_wordlist holds it to that),
    // so its lines are counted. For the window's list chooser, which names every list at start.
    static qsizetype builtInSize(QStringView code);
    // The English list: the command line's default, and the window's where the UI language has
    // no list of its own.
    static const Wordlist &builtIn();
    static constexpr QStringView DefaultCode = u"en";

    // One word per line, UTF-8. A leading dice number ("11111<TAB>word" or "11111 word") is
    // stripped, words are trimmed and lowercased (every passphrase case is applied on top), and
    // blank lines and duplicates are dropped and counted.
    static Wordlist fromUtf8(QByteArrayView text, Error *error = nullptr);
    static Wordlist fromFile(const QString &path, Error *error = nullptr,
                             QString *systemMessage = nullptr);

    qsizetype size() const { return m_words.size(); }
    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList &words() const { return m_words; }
    const std::string &utf8At(std::size_t index) const { return m_utf8[index]; }
    qsizetype droppedBlank() const { return m_droppedBlank; }
    qsizetype droppedDuplicates() const { return m_droppedDuplicates; }
    // No word is a prefix of another, so words joined with no separator split only one way.
    bool isPrefixFree() const { return m_prefixFree; }

private:
    QStringList m_words;
    std::vector<std::string> m_utf8;
    qsizetype m_droppedBlank = 0;
    qsizetype m_droppedDuplicates = 0;
    bool m_prefixFree = true;
};

} // namespace passforge
