// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What a draw on the pick tab was, in words that can be kept and checked later: when it was
// made, from which list (by its SHA-256, so the list itself need not be shared), and the result.
struct DrawRecord
{
    enum class Kind { Draw, Shuffle };

    Kind kind = Kind::Draw;
    QDateTime time;
    qsizetype entries = 0;
    qsizetype tickets = 0;
    bool duplicatesRemoved = false;
    // SHA-256 of the normalised list as entered (each trimmed, non-blank line and "\n"), the
    // same digest `passforge-cli pick --json` reports as list_sha256.
    QString listSha256;
    QStringList result;

    // Plain text, one fact per line, the result numbered in draw order.
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(DrawRecord)
};
