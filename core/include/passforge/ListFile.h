// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace passforge {

// Reading a list of lines, a pick list or a wordlist, from a file or standard input, for the CLI
// and the window alike. It reads in blocks, so that memory follows the file, and never more than
// MaxBytes (one byte past it says "too large"), whatever size the file reports: pipes and /proc
// report 0, and /dev/zero never ends. A regular file larger than the limit is refused on its
// size, unread.
struct ListFile
{
    // The one limit on a list's size, for the CLI and the window. A million names of 25 bytes
    // fit (the pick benchmark's list); a 50 MB paste is refused. The window counts lists of
    // any size up to it off its GUI thread.
    static constexpr qint64 MaxBytes = 32 * 1000 * 1000;

    enum class Status { Ok, IsDirectory, CannotOpen, TooLarge, ReadError };

    static ListFile read(const QString &path, qint64 limit = MaxBytes);
    // The same from a device already open for reading (standard input).
    static ListFile read(QIODevice &device, qint64 limit = MaxBytes);

    Status status = Status::Ok;
    QByteArray data;
    QString errorString; // the system's words, for CannotOpen and ReadError
};

} // namespace passforge
