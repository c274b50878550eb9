// SPDX-License-Identifier: GPL-3.0-or-later
#include "OsRandomSource.h"

#include <cerrno>
#include <cstring>

#if defined(_WIN32)
#include <bcrypt.h>
#include <windows.h>
#elif defined(__linux__)
#include <sys/random.h>
#else
#include <stdlib.h>
#endif

namespace passforge {

void OsRandomSource::fill(std::span<std::byte> out)
{
#if defined(_WIN32)
    std::size_t done = 0;
    while (done < out.size()) {
        const auto chunk = static_cast<ULONG>(std::min<std::size_t>(out.size() - done, 1u << 30));
        const NTSTATUS status =
            BCryptGenRandom(nullptr, reinterpret_cast<PUCHAR>(out.data() + done), chunk,
                            BCRYPT_USE_SYSTEM_PREFERRED_RNG);
        if (!BCRYPT_SUCCESS(status))
            throw RandomSourceError("BCryptGenRandom failed");
        done += chunk;
    }
#elif defined(__linux__)
    std::size_t done = 0;
    while (done < out.size()) {
        // A short read is normal for large requests or on a signal: keep reading, never use
        // fewer bytes than asked for.
        const ssize_t got = ::getrandom(out.data() + done, out.size() - done, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw RandomSourceError(std::string("getrandom failed: ") + std::strerror(errno));
        }
        if (got == 0)
            throw RandomSourceError("getrandom returned no bytes");
        done += static_cast<std::size_t>(got);
    }
#else
    arc4random_buf(out.data(), out.size());
#endif
}

} // namespace passforge
