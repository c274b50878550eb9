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

// The whole allocation, not only size(): a string that was longer once (chop, truncate, a
// shorter assignment into reserved space) keeps the old characters past its end.
void secureWipe(QString &s)
{
    if (s.capacity() > 0)
        secureZero(s.data(), static_cast<std::size_t>(s.capacity()) * sizeof(QChar));
    s.clear();
}

void secureWipe(QByteArray &b)
{
    if (b.capacity() > 0)
        secureZero(b.data(), static_cast<std::size_t>(b.capacity()));
    b.clear();
}

} // namespace passforge
