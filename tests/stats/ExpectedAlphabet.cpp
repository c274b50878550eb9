// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAlphabet.h"

namespace passforge::stats {

QString classLetters(int c)
{
    switch (c) {
    case 0:
        return QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    case 1:
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case 2:
        return QStringLiteral("0123456789");
    default:
        // Python: string.punctuation == r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
        return QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    }
}

ExpectedAlphabet expectedAlphabet(int classMask, const QStringList &custom, const QString &removed)
{
    ExpectedAlphabet alphabet;
    auto add = [&](const QString &symbol, int group) {
        if (symbol.size() == 1 && removed.contains(symbol[0]))
            return;
        if (alphabet.symbols.contains(symbol)) // a duplicate counts once, in its first group
            return;
        alphabet.symbols.append(symbol);
        alphabet.groupOf.push_back(group);
        ++alphabet.groupSize[group];
    };
    for (int c = 0; c < 4; ++c) {
        if (classMask & (1 << c)) {
            for (QChar ch : classLetters(c))
                add(QString(ch), c);
        }
    }
    for (const QString &symbol : custom)
        add(symbol, 4);
    return alphabet;
}

} // namespace passforge::stats
