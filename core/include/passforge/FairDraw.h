// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PickList.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMessageAuthenticationCode>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace passforge {

// passforge-draw-v1, exactly as docs/draws.md writes it, so that anyone can check a draw from its
// seed and its list (docs/verify-draw.py does, with nothing but Python). The numbers come from a
// stream of HMAC-SHA-256 blocks keyed by the seed over the list's digest, so the same seed and
// list always give the same winners, and a seed nobody could know in advance (a public beacon)
// gives winners nobody could choose.
class FairDraw
{
public:
    static constexpr char Algorithm[] = "passforge-draw-v1";
    using Seed = std::array<std::uint8_t, 32>;

    // 64 hexadecimal digits (either case), or nothing.
    static std::optional<Seed> seedFromHex(QStringView hex);
    // SHA-256 of the UTF-8 bytes of text, exactly as given.
    static Seed seedFromBeacon(QByteArrayView utf8);
    // 32 fresh bytes from the random source.
    static Seed freshSeed(Random &random);
    static QString hex(const Seed &seed);

    // The bytes HMAC-SHA256(seed, "passforge-draw-v1" ‖ listDigest ‖ uint64_be(i)) for
    // i = 0, 1, 2, …, and numbers drawn from them.
    class Stream
    {
    public:
        Stream(const Seed &seed, QByteArrayView listDigest);
        void read(std::uint8_t *out, std::size_t size);
        // Uniform in [0, n) for n >= 1: the next 8 bytes as a big-endian x, taken again while
        // x >= 2^64 - (2^64 mod n) (so that x mod n has no bias), then x mod n. At least 8 bytes
        // are consumed, even for n = 1.
        std::uint64_t below(std::uint64_t n);

    private:
        void refill();

        // Keyed once; each block only adds its message (HMAC's inner and outer key pads are not
        // recomputed per block).
        QMessageAuthenticationCode m_hmac;
        QByteArray m_prefix; // "passforge-draw-v1" ‖ listDigest
        std::uint64_t m_block = 0;
        QByteArray m_buffer;
        qsizetype m_used = 0;
    };

    // count distinct winners (entry indices, in draw order) from list with seed; with unique,
    // every entry has one ticket. Requires 1 <= count <= list.entryCount(). A shuffle is a draw
    // of every entry.
    static std::vector<qsizetype> draw(const PickList &list, const Seed &seed, qsizetype count,
                                       bool unique);
};

} // namespace passforge
