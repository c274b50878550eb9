// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Wordlist files for the passphrase tab's tests, written from rules the test states rather than
// from the core's parser, and the splitting of a passphrase back into its words.

#include <QByteArray>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guitest {

// The index-th of 26^3 made-up words "zq" + three letters. They all have five letters, so any
// set of them is prefix-free; and "zq" occurs in no settings key, so finding one of them in
// the settings file would mean the words were copied there.
inline QString madeUpWord(int index)
{
    QString word = QStringLiteral("zq");
    word += QChar(u'a' + index / 676 % 26);
    word += QChar(u'a' + index / 26 % 26);
    word += QChar(u'a' + index % 26);
    return word;
}

inline QStringList madeUpWords(int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << madeUpWord(i);
    return words;
}

// Four dice for the index-th line: 1111, 1112, ..., 6666 (6^4 = 1296 lines).
inline QByteArray diceRoll(int index)
{
    QByteArray roll(4, '1');
    for (int position = 3; position >= 0; --position, index /= 6)
        roll[position] = char('1' + index % 6);
    return roll;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Splits a passphrase into its words (each with the digit that may follow it). With no
// separator it relies on the list being prefix-free: at each point at most one word of the list
// starts there, so the split is found by trying each length. Empty when it cannot be split.
inline QStringList splitPassphrase(const QString &value, const QString &separator,
                                   const QSet<QString> &list, int shortest, int longest)
{
    if (!separator.isEmpty())
        return value.split(separator);
    QStringList words;
    qsizetype pos = 0;
    while (pos < value.size()) {
        qsizetype found = 0;
        for (int length = shortest; length <= longest && !found; ++length) {
            if (list.contains(value.mid(pos, length).toLower()))
                found = length;
        }
        if (!found)
            return {};
        if (pos + found < value.size() && value[pos + found].isDigit())
            ++found;
        words << value.mid(pos, found);
        pos += found;
    }
    return words;
}

} // namespace guitest
