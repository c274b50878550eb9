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

void secureWipe(QString &s)
{
    if (!s.isEmpty())
        secureZero(s.data(), static_cast<std::size_t>(s.size()) * sizeof(QChar));
    s.clear();
}

void secureWipe(QByteArray &b)
{
    if (!b.isEmpty())
        secureZero(b.data(), static_cast<std::size_t>(b.size()));
    b.clear();
}

} // namespace passforge
