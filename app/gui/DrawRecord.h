// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

// What a draw on the pick tab was, in words that can be kept and checked later: when it was
// made, from which list (by its SHA-256, so the list itself need not be shared), and the result.
struct DrawRecord
{
    enum class Kind { Draw, Shuffle };

    Kind kind = Kind::Draw;
    // Its place in the session's draws, from 1.
    int number = 0;
    QDateTime time;
    qsizetype entries = 0;
    qsizetype tickets = 0;
    bool duplicatesRemoved = false;
    // SHA-256 of the normalised list as entered (each trimmed, non-blank line and "\n"), the
    // same digest `passforge-cli pick --json` reports as list_sha256.
    QString listSha256;
    QStringList result;
    // The result as entry indices into the list it was drawn from.
    std::vector<qsizetype> resultEntries;
    // A replacement: the draw it amends, who was replaced by whom, and every entry that has left
    // that draw's chain (winners and those replaced), so that a later runner-up is none of them.
    int amends = 0;
    QString replaced;
    QString replacement;
    std::vector<qsizetype> excluded;

    // Plain text, one fact per line, the result numbered in draw order.
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(DrawRecord)
};
