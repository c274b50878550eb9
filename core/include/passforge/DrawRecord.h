// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FairDraw.h"
#include "PickList.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace passforge {

// What a passforge-draw-v1 draw was, as published: enough to recompute it from its list. The CLI
// prints it (pick --json), the window copies and saves it, and both check one with verify().
// A record is no secret; it is meant to be shared.
struct DrawRecord
{
    FairDraw::Seed seed{};
    // With a draw from a public random value: that value's text, exactly as given. The seed is
    // then SHA-256 of its UTF-8 bytes.
    std::optional<QString> beacon;
    QString listSha256; // lowercase hex
    // Of the list as given: its distinct names, its non-blank lines, and the difference. -1 in
    // a record read without them: then they are not checked.
    qsizetype entries = 0;
    qsizetype tickets = 0;
    qsizetype duplicates = 0;
    bool unique = false;  // every entry had one ticket
    bool shuffle = false; // result is the order of every entry, not winners
    qsizetype count = 0;
    QStringList result; // winners in draw order, or the order
    std::vector<std::pair<QString, QString>> lookalikes;
    QDateTime drawnAt; // UTC, to the second
    // A winner replaced (the window's "Replace a winner"): the runner-up is the next winner of
    // the same seed, so this record is the amended draw with its count one higher, and names the
    // draw it amends (by its number in the session) and who replaced whom.
    int amends = 0;
    QString replaced;
    QString replacement;

    // The largest record read: a record names each entry at most once, quoted, so that of a
    // shuffle of the longest list fits.
    static constexpr qint64 MaxBytes = 4 * ListFile::MaxBytes;

    // Draws count winners (or, with shuffle, every entry) from list with seed and records it,
    // with the list's look-alike pairs (PickList::lookalikes(), found once by the caller).
    // Requires 1 <= count <= list.entryCount() unless shuffle.
    static DrawRecord make(const PickList &list, const FairDraw::Seed &seed, qsizetype count,
                           bool shuffle, bool unique, std::optional<QString> beacon,
                           const std::vector<PickList::Lookalike> &lookalikes,
                           const QDateTime &drawnAt);

    // One JSON object on one line, without a final newline, with the keys in this order:
    // algorithm, seed, beacon (only with a beacon), list_sha256, entries, tickets, duplicates,
    // unique, count, winners or order, lookalikes, drawn_at, and amends for a replacement.
    QByteArray toJson() const;

    // Why a record could not be read. field names the key at fault.
    struct ReadError
    {
        enum class Kind {
            None,
            NotJson, // detail: the parser's words and the offset
            NotAnObject,
            MissingField,     // field
            WrongType,        // field: of the wrong JSON type, or a count that is no whole number
            UnknownAlgorithm, // detail: the algorithm named
            BadHex,           // field (seed or list_sha256): not 64 hex digits
            BothResults,      // winners and order both present
        };
        Kind kind = Kind::None;
        QString field;
        QString detail;
    };
    // Reads a record written by toJson() or by hand: algorithm, seed, list_sha256, count and
    // winners (or order) are required; beacon, entries, tickets, duplicates, unique (default
    // false) and drawn_at are read when present. Other keys are ignored.
    static std::optional<DrawRecord> fromJson(QByteArrayView json, ReadError *error = nullptr);

    // The first way a record differs from a draw recomputed from list, or Verified.
    struct Check
    {
        enum class Outcome {
            Verified,
            ListDiffers,       // expected: the list's SHA-256, actual: the record's
            EntriesDiffer,     // expected, actual: numbers, the list's and the record's
            TicketsDiffer,     // the same
            DuplicatesDiffer,  // the same
            SeedDiffers,       // expected: SHA-256 of the beacon, actual: the record's seed
            CountDiffers,      // shuffled: expected is the list's entries, actual the count
            CountAboveEntries, // expected: the list's entries, actual: the record's count
            ResultSize,        // expected: the count, actual: how many names the record gives
            ResultDiffers,     // place (1-based): expected is the draw's, actual the record's
        };
        Outcome outcome = Outcome::Verified;
        qsizetype place = 0;
        QString expected;
        QString actual;
    };
    Check verify(const PickList &list) const;
};

} // namespace passforge
