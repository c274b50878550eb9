// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListFile.h"
#include "Random.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace passforge {

// A list of names to draw winners from. Each non-blank line (trimmed of white space; ended by LF
// or CRLF, as passforge-draw-v1 splits lines) is a ticket; a name that appears on several lines is
// one entry with several tickets. Lists come from strangers (giveaway entries), so names cannot
// deceive: every name is put in Unicode NFC before counting (an e with a combining acute and a
// precomposed e-acute are one entry), a name holding a control, bidirectional-control or invisible
// character is refused with its line, and lookalikes() finds names that differ but look the same.
//
// The list is kept as its normalised UTF-8 text plus offsets, with no string per line, so that a
// million-line list costs little more memory than the file itself.
class PickList
{
public:
    enum class Error {
        None,
        InvalidUtf8,
        Empty,
        RefusedCharacter,
        TooLarge,
        IsDirectory, // fromFile: the path names a directory
        Unreadable,  // fromFile, fromDevice: see systemMessage
    };

    // The one limit on a list's size, for files, standard input and the window alike
    // (ListFile::MaxBytes, see there); the normalised text is indexed with 32-bit offsets.
    static constexpr qint64 MaxBytes = ListFile::MaxBytes;
    // The longest entry, in characters (UTF-16 code units).
    static constexpr qsizetype MaxEntryLength = 1000;
    // How many winners the window draws at once.
    static constexpr qsizetype WindowMaxWinners = 100'000;

    // With Error::RefusedCharacter: where, and what.
    struct Refusal
    {
        enum class Kind { Control, Bidirectional, Invisible };
        qsizetype line = 0; // 1-based, counting the input's line ends
        char32_t codePoint = 0;
        Kind kind = Kind::Control;
        // The code point as Unicode writes it: "U+200B".
        QString codePointName() const;
    };
    // Whether a code point may stand in a name; kind says why not.
    static bool isRefused(char32_t codePoint, Refusal::Kind *kind = nullptr);

    PickList() = default;
    // Parses UTF-8 text. A leading byte-order mark is ignored. The rvalue overload normalises the
    // buffer in place instead of copying it.
    static PickList fromUtf8(QByteArrayView text, Error *error = nullptr,
                             Refusal *refusal = nullptr);
    static PickList fromUtf8(QByteArray &&text, Error *error = nullptr, Refusal *refusal = nullptr);
    static PickList fromLines(const QStringList &lines);
    // Reads a list through ListFile (at most MaxBytes) and parses it. systemMessage receives the
    // system's words for Error::Unreadable.
    static PickList fromFile(const QString &path, Error *error = nullptr,
                             Refusal *refusal = nullptr, QString *systemMessage = nullptr);
    static PickList fromDevice(QIODevice &device, Error *error = nullptr,
                               Refusal *refusal = nullptr, QString *systemMessage = nullptr);

    bool isEmpty() const { return ticketCount() == 0; }
    qsizetype entryCount() const { return static_cast<qsizetype>(m_entryFirstTicket.size()); }
    qsizetype ticketCount() const
    {
        return m_ticketStart.empty() ? 0 : static_cast<qsizetype>(m_ticketStart.size() - 1);
    }
    qsizetype duplicateCount() const { return ticketCount() - entryCount(); }

    // Every ticket, in the order given.
    QStringList tickets() const;
    QString ticket(qsizetype index) const;
    // Distinct entries, in order of first appearance.
    QStringList entries() const;
    QString entry(qsizetype index) const;
    // The longest entry, in bytes of UTF-8.
    qsizetype longestEntryBytes() const;
    // The input line (1-based) where an entry first appears.
    qsizetype entryLine(qsizetype index) const;

    // Entries that differ but look alike: equal Unicode confusable skeletons (UTS #39, by ICU's
    // uspoof), such as "Ada" and Cyrillic "Аda". Each later entry of a look-alike group is paired
    // with the group's first, in list order: one pair per entry that could be mistaken.
    struct Lookalike
    {
        qsizetype first = 0; // entry indices
        qsizetype second = 0;
    };
    std::vector<Lookalike> lookalikes() const;

    // The same list with one ticket per entry.
    PickList withoutDuplicates() const;

    // The normalised list: each ticket followed by "\n", in UTF-8. Its SHA-256 identifies the
    // list in a draw record.
    const QByteArray &normalised() const { return m_text; }
    QString sha256Hex() const;
    // The same 32 bytes, raw: passforge-draw-v1's list_digest.
    QByteArray sha256() const { return m_sha256; }
    // How many tickets an entry has (its lines in the list).
    qsizetype ticketsOf(qsizetype entry) const
    {
        return static_cast<qsizetype>(m_ticketsPerEntry[static_cast<std::size_t>(entry)]);
    }

    // count distinct winners in draw order. Each draw picks a ticket uniformly among those left;
    // its entry wins and all of that entry's tickets leave the draw. Requires
    // 1 <= count <= entryCount().
    QStringList draw(Random &random, qsizetype count) const;
    // The same as entry indices, from the entries not in excluded: their tickets leave the draw
    // first, as when a runner-up is drawn for a winner who did not answer. Requires 1 <= count
    // <= the entries left.
    std::vector<qsizetype> drawIndices(Random &random, qsizetype count,
                                       const std::vector<qsizetype> &excluded = {}) const;
    // The same with the numbers from below(n), uniform in [0, n): each pick takes the entry whose
    // run of tickets, in list order over the entries left, holds below(tickets left). With
    // unique, each entry has one ticket. passforge-draw-v1 draws this way (FairDraw).
    std::vector<qsizetype> drawIndices(const std::function<std::uint64_t(std::uint64_t)> &below,
                                       qsizetype count, bool unique = false,
                                       const std::vector<qsizetype> &excluded = {}) const;
    // All tickets in a uniformly random order (Fisher-Yates).
    QStringList shuffled(Random &random) const;

private:
    // Normalises m_text (in place where NFC does not lengthen it) and indexes it.
    Error parse(Refusal *refusal);
    void index();
    std::string_view ticketBytes(std::size_t index) const;

    QByteArray m_text;
    QByteArray m_sha256;                           // of m_text, 32 bytes
    std::vector<std::uint32_t> m_ticketStart;      // ticket i is [start[i], start[i+1] - 1)
    std::vector<std::uint32_t> m_entryFirstTicket; // per entry
    std::vector<std::uint32_t> m_ticketsPerEntry;  // per entry
    std::vector<std::uint32_t> m_ticketLine;       // per ticket: its input line, 1-based
};

} // namespace passforge
