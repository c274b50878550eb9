// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include "WideMultiply.h"

#include "SecureMemory.h"

#include <cstring>
#include <stdexcept>

namespace passforge {

Random::Random(ByteSource &source)
    : m_source(source)
{}

Random::~Random()
{
    secureZero(m_batch.data(), m_batch.size());
}

void Random::refill()
{
    m_source.fill(m_batch);
    m_pos = 0;
}

void Random::fill(std::span<std::byte> out)
{
    if (out.size() >= BatchSize) {
        m_source.fill(out);
        return;
    }
    std::size_t done = 0;
    while (done < out.size()) {
        if (m_pos == BatchSize)
            refill();
        const std::size_t n = std::min(out.size() - done, BatchSize - m_pos);
        std::memcpy(out.data() + done, m_batch.data() + m_pos, n);
        // Bytes handed out leave the batch at once: a long-lived Random (the window keeps one)
        // must not keep the raw bytes behind recent secrets.
        std::memset(m_batch.data() + m_pos, 0, n);
        m_pos += n;
        done += n;
    }
}

std::uint64_t Random::next64()
{
    if (BatchSize - m_pos < sizeof(std::uint64_t))
        refill();
    std::uint64_t v;
    std::memcpy(&v, m_batch.data() + m_pos, sizeof v);
    std::memset(m_batch.data() + m_pos, 0, sizeof v); // see fill()
    m_pos += sizeof v;
    return v;
}

std::uint64_t Random::below(std::uint64_t bound)
{
    if (bound == 0)
        throw std::invalid_argument("Random::below: bound must be positive");
    // Lemire, "Fast Random Integer Generation in an Interval" (2019). The high word of x*bound is
    // the result; the low word decides rejection, so that every result has exactly
    // floor(2^64 / bound) accepted x.
    Product128 m = multiply64(next64(), bound);
    if (m.low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound; // 2^64 mod bound
        while (m.low < threshold)
            m = multiply64(next64(), bound);
    }
    return m.high;
}

std::int64_t Random::between(std::int64_t lo, std::int64_t hi)
{
    if (lo > hi)
        throw std::invalid_argument("Random::between: lo must not exceed hi");
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    const std::uint64_t offset = span == UINT64_MAX ? next64() : below(span + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + offset);
}

Random::DigitBatch Random::digitBatch(std::uint64_t radix)
{
    if (radix < 2)
        return {1, radix == 0 ? 1 : radix};
    // Multiply while power * radix <= 2^64; a product of exactly 2^64 (radix a power of two that
    // divides 64 bits evenly) is the bound 0, meaning a whole word.
    DigitBatch batch{0, 1};
    for (;;) {
        const Product128 next = multiply64(batch.bound, radix);
        if (next.high > 1 || (next.high == 1 && next.low != 0))
            break;
        ++batch.digits;
        if (next.high == 1) {
            batch.bound = 0;
            break;
        }
        batch.bound = next.low;
    }
    return batch;
}

} // namespace passforge
