// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace passforge::stats {

// The password alphabet that given settings should produce, worked out by the test on its own
// from the definitions (not read back from PasswordGenerator), grouped by class: the
// four classes in order, then the extra characters that no enabled class already holds.
struct ExpectedAlphabet
{
    static constexpr int GroupCount = 5; // lower, upper, digits, symbols, extras

    QStringList symbols;      // every symbol once, group by group
    std::vector<int> groupOf; // per symbol
    std::array<int, GroupCount> groupSize{};

    int size() const { return static_cast<int>(symbols.size()); }
};

// classMask: bit c enables class c (0 lower, 1 upper, 2 digits, 3 symbols). custom: the extra
// symbols, one grapheme each. removed: single characters taken out of every group.
ExpectedAlphabet expectedAlphabet(int classMask, const QStringList &custom, const QString &removed);

// The characters of each class as the issue defines them: a-z, A-Z, 0-9 and the 32 ASCII
// punctuation characters of Python's string.punctuation.
QString classLetters(int c);

} // namespace passforge::stats
