// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD shim that makes getrandom(2) misbehave, to prove Passforge fails closed.
// PASSFORGE_GETRANDOM_FAULT selects the fault:
//   eio     every call fails with EIO
//   enosys  every call fails with ENOSYS (as on a kernel without the system call)
//   short   every call returns at most 3 bytes (callers must keep reading)
//   eintr   every other call fails with EINTR (callers must retry)
// Only the calling process's own getrandom is affected: the shim is not inherited by design
// of the test, which sets LD_PRELOAD for passforge-cli alone.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/types.h>

typedef ssize_t (*getrandom_fn)(void *, size_t, unsigned int);

ssize_t getrandom(void *buffer, size_t length, unsigned int flags)
{
    static getrandom_fn real;
    static int calls;
    if (!real)
        real = (getrandom_fn)dlsym(RTLD_NEXT, "getrandom");
    const char *mode = getenv("PASSFORGE_GETRANDOM_FAULT");
    if (mode && strcmp(mode, "eio") == 0) {
        errno = EIO;
        return -1;
    }
    if (mode && strcmp(mode, "enosys") == 0) {
        errno = ENOSYS;
        return -1;
    }
    if (mode && strcmp(mode, "short") == 0 && length > 3)
        length = 3;
    if (mode && strcmp(mode, "eintr") == 0 && (calls++ % 2) == 0) {
        errno = EINTR;
        return -1;
    }
    return real(buffer, length, flags);
}
