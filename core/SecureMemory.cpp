// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureMemory.h"

#include <QByteArray>
#include <QString>

#include <cstring>

#if defined(_WIN32)
#include <windows.h>
#endif

namespace passforge {

void secureZero(void *data, std::size_t size)
{
    if (!data || size == 0)
        return;
#if defined(_WIN32)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(__OpenBSD__) || defined(__FreeBSD__)
    explicit_bzero(data, size);
#else
    volatile auto *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
#endif
}

namespace {

// The whole allocation, not only size(): a string that was longer once (chop, truncate, a
// shorter assignment into reserved space) keeps the old characters past its end, and one that
// lost characters at its front keeps them before its start. data() detaches first, so the block
// wiped is this instance's own.
template <typename String> void wipeAllocation(String &s)
{
    if (s.isNull())
        return;
    auto *data = s.data();
    auto &d = s.data_ptr();
    if (!d.d_ptr())
        return;
    const qsizetype before = d.freeSpaceAtBegin();
    const qsizetype total = before + d.size + d.freeSpaceAtEnd();
    secureZero(data - before, static_cast<std::size_t>(total) * sizeof(*data));
}

} // namespace

void secureWipe(QString &s)
{
    wipeAllocation(s);
    s.clear();
}

void secureWipe(QByteArray &b)
{
    wipeAllocation(b);
    b.clear();
}

} // namespace passforge
