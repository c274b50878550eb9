// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace passforge {

// Splits text into user-perceived characters (Unicode extended grapheme clusters), so that
// "é" written as e + U+0301, or a flag emoji, counts as one symbol.
QStringList graphemes(const QString &text);

// True when a grapheme cannot stand on its own in a password or separator: it starts with a
// combining mark, or it is a control or other invisible formatting character.
bool isDanglingGrapheme(const QString &grapheme);

} // namespace passforge
