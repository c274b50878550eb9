// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawRecord.h"

QString DrawRecord::toText() const
{
    QStringList lines;
    lines << (kind == Kind::Draw ? tr("Passforge draw record") : tr("Passforge shuffle record"));
    // ISO 8601 with the UTC offset, so that the moment is unambiguous anywhere.
    lines << tr("Date: %1").arg(time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate));
    if (number > 0)
        lines << (kind == Kind::Draw ? tr("Draw %1 of this session").arg(number)
                                     : tr("Shuffle %1 of this session").arg(number));
    if (amends > 0)
        lines << tr("Amends draw %1: %2 replaced by %3, drawn from the tickets left")
                     .arg(amends)
                     .arg(replaced, replacement);
    lines << tr("Entries: %1").arg(entries);
    if (tickets != entries) {
        lines << (duplicatesRemoved
                      ? tr("Duplicates: %1 removed before the draw").arg(tickets - entries)
                      : tr("Tickets: %1 (a name on several lines has one ticket per line)")
                            .arg(tickets));
    }
    lines << tr("List SHA-256: %1").arg(listSha256);
    lines << (kind == Kind::Draw ? tr("Winners, in draw order:")
                                 : tr("Order:", "heading of the list in shuffled order"));
    for (qsizetype i = 0; i < result.size(); ++i)
        lines << tr("%1. %2", "rank, then the name").arg(QString::number(i + 1), result.at(i));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
