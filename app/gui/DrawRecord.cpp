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
        lines << tr("Amends draw %1: %2 replaced by %3, the next winner drawn from the same seed")
                     .arg(amends)
                     .arg(replaced, replacement);
    lines << tr("Entries: %1").arg(published.entries);
    if (published.tickets != published.entries) {
        lines << (published.unique
                      ? tr("Duplicates: %1, removed: one ticket per entry")
                            .arg(published.tickets - published.entries)
                      : tr("Tickets: %1 (a name on several lines has one ticket per line)")
                            .arg(published.tickets));
    }
    lines << tr("List SHA-256: %1").arg(published.listSha256);
    lines << tr("Drawn with: %1", "the name of the draw algorithm")
                 .arg(QLatin1String(passforge::FairDraw::Algorithm));
    if (published.beacon)
        lines << tr("Public random value: %1").arg(*published.beacon)
              << tr("Seed: %1 (SHA-256 of the public random value)")
                     .arg(passforge::FairDraw::hex(published.seed));
    else
        lines << tr("Seed: %1").arg(passforge::FairDraw::hex(published.seed));
    lines << (kind == Kind::Draw ? tr("Winners, in draw order:")
                                 : tr("Order:", "heading of the list in shuffled order"));
    for (qsizetype i = 0; i < result.size(); ++i)
        lines << tr("%1. %2", "rank, then the name").arg(QString::number(i + 1), result.at(i));
    lines << QString()
          << tr("To check it, save this line as a file and run passforge-cli pick --verify FILE "
                "LIST, or docs/verify-draw.py FILE LIST:")
          << QString::fromUtf8(published.toJson());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
