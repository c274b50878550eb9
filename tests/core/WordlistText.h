// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/Wordlist.h"

#include <QByteArray>
#include <QStringList>

namespace passforge::test {

// Word lists for the passphrase and wordlist tests, made up so that their properties are known.

// n (at most 10000) distinct words of one length (so prefix-free), of the letters f and k-t
// only: no a, b, c, o, x or y, which the lists built on top of them use, and no digits.
inline QByteArray filler(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        QByteArray word = "f";
        for (int d = 1000; d > 0; d /= 10)
            word += char('k' + (i / d) % 10);
        out += word + '\n';
    }
    return out;
}

// A 1024-word user list: head first (indices 0, 1, ...), then filler. Empty if it is refused.
inline Wordlist userList(const QStringList &head)
{
    const QByteArray text = head.join(u'\n').toUtf8() + '\n' + filler(1024 - int(head.size()));
    Wordlist::Error error = Wordlist::Error::Unreadable;
    Wordlist list = Wordlist::fromUtf8(text, &error);
    return error == Wordlist::Error::None ? list : Wordlist();
}

} // namespace passforge::test
