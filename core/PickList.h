// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace passforge {

// A list of names to draw winners from. Each non-blank line (trimmed, CRLF or LF) is a ticket;
// a name that appears on several lines is one entry with several tickets.
class PickList
{
public:
    enum class Error { None, InvalidUtf8, Empty };

    PickList() = default;
    // Parses UTF-8 text. A leading byte-order mark is ignored.
    static PickList fromUtf8(QByteArrayView text, Error *error = nullptr);
    static PickList fromLines(const QStringList &lines);

    bool isEmpty() const { return m_tickets.isEmpty(); }
    // Every ticket, in the order given.
    const QStringList &tickets() const { return m_tickets; }
    // Distinct entries, in order of first appearance.
    const QStringList &entries() const { return m_entries; }
    qsizetype entryCount() const { return m_entries.size(); }
    qsizetype ticketCount() const { return m_tickets.size(); }
    qsizetype duplicateCount() const { return m_tickets.size() - m_entries.size(); }

    // The same list with one ticket per entry.
    PickList withoutDuplicates() const;

    // The normalised list: each ticket followed by "\n", in UTF-8. Its SHA-256 identifies the
    // list in a draw record.
    QByteArray normalised() const;
    QString sha256Hex() const;

    // count distinct winners in draw order. Each draw picks a ticket uniformly among those left;
    // its entry wins and all of that entry's tickets leave the draw. Requires
    // 1 <= count <= entryCount().
    QStringList draw(Random &random, qsizetype count) const;
    // All tickets in a uniformly random order (Fisher-Yates).
    QStringList shuffled(Random &random) const;

private:
    void index();

    QStringList m_tickets;
    QStringList m_entries;
    std::vector<qsizetype> m_ticketsPerEntry;
};

} // namespace passforge
