// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#if defined(_MSC_VER) && defined(_M_X64) && !defined(PASSFORGE_PORTABLE)
#include <intrin.h>
#endif

namespace passforge {

// The full 128-bit product of two 64-bit words, the one piece of wide arithmetic core needs
// (Lemire's bounded draw, Granlund-Montgomery division). `unsigned __int128` is a GCC/Clang
// extension and `_umul128` is MSVC x64 only, so there is a plain four-product fallback;
// PASSFORGE_PORTABLE forces it everywhere, so that Linux builds test the path other compilers use.
struct Product128
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
};

constexpr Product128 multiplyPortable(std::uint64_t a, std::uint64_t b)
{
    constexpr std::uint64_t Mask = 0xFFFFFFFFu;
    const std::uint64_t a0 = a & Mask, a1 = a >> 32;
    const std::uint64_t b0 = b & Mask, b1 = b >> 32;
    const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    // Each partial sum fits: (2^32 - 1) + 2 (2^32 - 1) < 2^34.
    const std::uint64_t middle = (p00 >> 32) + (p01 & Mask) + (p10 & Mask);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32), (middle << 32) | (p00 & Mask)};
}

inline Product128 multiply64(std::uint64_t a, std::uint64_t b)
{
#if defined(PASSFORGE_PORTABLE)
    return multiplyPortable(a, b);
#elif defined(__SIZEOF_INT128__)
    __extension__ using Wide = unsigned __int128;
    const Wide m = static_cast<Wide>(a) * b;
    return {static_cast<std::uint64_t>(m >> 64), static_cast<std::uint64_t>(m)};
#elif defined(_MSC_VER) && defined(_M_X64)
    Product128 p;
    p.low = _umul128(a, b, &p.high);
    return p;
#else
    return multiplyPortable(a, b);
#endif
}

} // namespace passforge
