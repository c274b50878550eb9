// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteSource.h"

#include <array>
#include <cstdint>
#include <span>

namespace passforge {

// Unbiased integers and bytes drawn from a ByteSource. Bytes are fetched in batches so that bulk
// generation makes few system calls. Every span is zeroed in the batch as it is handed out (one
// store per word, far cheaper than the draw), so a Random kept for a window's lifetime holds no
// bytes behind values it produced; the unused rest is wiped when the Random is destroyed.
class Random
{
public:
    explicit Random(ByteSource &source);
    // The source it reads: a worker thread draws through a Random of its own over it (a Random
    // is for one thread; the OS source may be read from any).
    ByteSource &source() const { return m_source; }
    ~Random();
    Random(const Random &) = delete;
    Random &operator=(const Random &) = delete;

    // Fills out with random bytes. Large requests bypass the batch and go straight to the source.
    void fill(std::span<std::byte> out);
    std::uint64_t next64();

    // Uniform in [0, bound), bound > 0. Lemire's multiply-and-reject: no modulo bias.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [lo, hi], inclusive, over the whole signed 64-bit range.
    std::int64_t between(std::int64_t lo, std::int64_t hi);

    // The largest k with radix^k <= 2^64, and radix^k itself (0 meaning exactly 2^64). One 64-bit
    // draw below radix^k yields k independent uniform digits in base radix.
    struct DigitBatch
    {
        int digits = 1;
        std::uint64_t bound = 0;
    };
    static DigitBatch digitBatch(std::uint64_t radix);
    // A uniform value in [0, batch.bound), or a full 64-bit word when bound is 0.
    std::uint64_t belowBatch(const DigitBatch &batch)
    {
        return batch.bound == 0 ? next64() : below(batch.bound);
    }

private:
    void refill();

    ByteSource &m_source;
    static constexpr std::size_t BatchSize = 4096;
    alignas(8) std::array<std::byte, BatchSize> m_batch{};
    std::size_t m_pos = BatchSize;
};

} // namespace passforge
