// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/DrawRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

// One draw of the pick tab's session: what passforge-draw-v1 drew (the published record, which
// anyone can check against the list) and how the tab shows it.
struct DrawRecord
{
    enum class Kind { Draw, Shuffle };

    Kind kind = Kind::Draw;
    // Its place in the session's draws, from 1.
    int number = 0;
    QDateTime time; // local, for the draw log
    // The draw as published. For a replacement, its count is one higher for each winner
    // replaced in the chain, and its winners are every one the seed gave, in draw order.
    passforge::DrawRecord published;
    // The result as shown: a replacement takes the place of the winner it replaces.
    QStringList result;
    // A replacement: the draw it amends, who was replaced by whom.
    int amends = 0;
    QString replaced;
    QString replacement;

    // Plain text, one fact per line, the result numbered in draw order, then the JSON record
    // for pick --verify.
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(DrawRecord)
};
