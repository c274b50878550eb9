// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PickList::fromUtf8 with any bytes: invalid UTF-8, NULs, lone CRs, huge lines.
// Every accepted list is compared with an independent parse through QString, and its draws and
// shuffles are checked for what they promise.
#include "FuzzByteSource.h"
#include "FuzzCheck.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using passforge::PickList;

namespace {

// The tickets the list should hold, derived without the parser, from passforge-draw-v1's words:
// decode with Qt (which drops the file's byte-order mark), split at LF (the CR of a CRLF is white
// space), trim, drop blank lines.
QStringList expectedTickets(const QString &text)
{
    QStringList tickets;
    for (const QString &line : text.split(u'\n')) {
        const QString name = line.trimmed();
        if (!name.isEmpty())
            tickets.append(name);
    }
    return tickets;
}

bool isLowerHex(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    PickList::Error error = PickList::Error::None;
    const PickList list = PickList::fromUtf8(QByteArrayView(bytes), &error);
    // The in-place overload must agree with the copying one.
    PickList::Error movedError = PickList::Error::None;
    const PickList moved = PickList::fromUtf8(QByteArray(bytes), &movedError);
    FUZZ_CHECK(movedError == error);
    FUZZ_CHECK(moved.normalised() == list.normalised());

    // Independent oracle: Qt's own UTF-8 decoder decides validity.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        FUZZ_CHECK(error == PickList::Error::InvalidUtf8);
        FUZZ_CHECK(list.isEmpty() && list.normalised().isEmpty());
        return 0;
    }
    FUZZ_CHECK(error != PickList::Error::InvalidUtf8);
    QStringList expected = expectedTickets(text);
    // Names that would deceive are refused (issue 10): C0, DEL, C1, bidirectional controls and
    // invisible characters, written out here again from the issue, not taken from core.
    const auto refused = [](char32_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
               c == 0xFEFF || c == 0xAD;
    };
    for (const QString &t : expected) {
        for (char32_t c : t.toUcs4()) {
            if (refused(c)) {
                FUZZ_CHECK(error == PickList::Error::RefusedCharacter);
                FUZZ_CHECK(list.isEmpty());
                return 0;
            }
        }
    }
    for (QString &t : expected)
        t = t.normalized(QString::NormalizationForm_C);
    if (expected.isEmpty()) {
        FUZZ_CHECK(error == PickList::Error::Empty);
        FUZZ_CHECK(list.isEmpty() && list.normalised().isEmpty());
        return 0;
    }
    FUZZ_CHECK(error == PickList::Error::None);

    // Counts.
    FUZZ_CHECK(list.ticketCount() >= list.entryCount());
    FUZZ_CHECK(list.entryCount() >= 1);
    FUZZ_CHECK(list.duplicateCount() == list.ticketCount() - list.entryCount());

    // Tickets: exactly the oracle's, each one line with nothing to trim.
    const QStringList tickets = list.tickets();
    FUZZ_CHECK(tickets.size() == list.ticketCount());
    FUZZ_CHECK(tickets == expected);
    for (const QString &t : tickets) {
        FUZZ_CHECK(!t.isEmpty());
        FUZZ_CHECK(!t.contains(u'\r') && !t.contains(u'\n'));
        FUZZ_CHECK(t.trimmed() == t);
    }

    // Entries: the distinct tickets in order of first appearance.
    QStringList expectedEntries;
    QSet<QString> seen;
    for (const QString &t : expected) {
        if (!seen.contains(t)) {
            seen.insert(t);
            expectedEntries.append(t);
        }
    }
    const QStringList entries = list.entries();
    FUZZ_CHECK(entries == expectedEntries);
    qsizetype longest = 0;
    for (const QString &e : entries)
        longest = std::max(longest, e.toUtf8().size());
    FUZZ_CHECK(list.longestEntryBytes() == longest);

    // The normalised text: each ticket and a line feed, nothing else.
    const QByteArray &normalised = list.normalised();
    FUZZ_CHECK(normalised.endsWith('\n'));
    FUZZ_CHECK(normalised.count('\n') == list.ticketCount());
    FUZZ_CHECK(normalised == (expected.join(u'\n') + u'\n').toUtf8());
    const QString hash = list.sha256Hex();
    FUZZ_CHECK(hash.size() == 64 && isLowerHex(hash));

    // Draws and shuffles with a deterministic source.
    passforge::fuzz::FuzzByteSource source(size);
    passforge::Random random(source);
    const qsizetype count = std::min<qsizetype>(3, list.entryCount());
    const QStringList winners = list.draw(random, count);
    FUZZ_CHECK(winners.size() == count);
    FUZZ_CHECK(QSet<QString>(winners.begin(), winners.end()).size() == count);
    for (const QString &w : winners)
        FUZZ_CHECK(seen.contains(w));
    QStringList shuffled = list.shuffled(random);
    QStringList sorted = tickets;
    std::sort(shuffled.begin(), shuffled.end());
    std::sort(sorted.begin(), sorted.end());
    FUZZ_CHECK(shuffled == sorted);

    // Without duplicates: one ticket per entry, same order.
    const PickList unique = list.withoutDuplicates();
    FUZZ_CHECK(unique.tickets() == expectedEntries);
    return 0;
}
