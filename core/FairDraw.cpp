// SPDX-License-Identifier: GPL-3.0-or-later
#include "FairDraw.h"

#include <QCryptographicHash>

#include <cstring>
#include <limits>
#include <stdexcept>

namespace passforge {

std::optional<FairDraw::Seed> FairDraw::seedFromHex(QStringView hex)
{
    if (hex.size() != 64)
        return std::nullopt;
    for (QChar ch : hex) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f') ||
              (ch >= u'A' && ch <= u'F')))
            return std::nullopt;
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    Seed seed{};
    std::memcpy(seed.data(), bytes.constData(), seed.size());
    return seed;
}

FairDraw::Seed FairDraw::seedFromBeacon(QByteArrayView utf8)
{
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    Seed seed{};
    std::memcpy(seed.data(), digest.constData(), seed.size());
    return seed;
}

FairDraw::Seed FairDraw::freshSeed(Random &random)
{
    Seed seed{};
    random.fill(std::as_writable_bytes(std::span(seed)));
    return seed;
}

QString FairDraw::hex(const Seed &seed)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size())).toHex());
}

FairDraw::Stream::Stream(const Seed &seed, QByteArrayView listDigest)
    : m_hmac(QCryptographicHash::Sha256,
             QByteArray(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size())))
    , m_prefix(QByteArray(Algorithm) + listDigest.toByteArray())
{}

void FairDraw::Stream::refill()
{
    char counter[8];
    for (int i = 0; i < 8; ++i)
        counter[i] = char((m_block >> (56 - 8 * i)) & 0xff);
    ++m_block;
    m_hmac.reset();
    m_hmac.addData(m_prefix);
    m_hmac.addData(counter, 8);
    m_buffer = m_hmac.result();
    m_used = 0;
}

void FairDraw::Stream::read(std::uint8_t *out, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (m_used == m_buffer.size())
            refill();
        out[i] = static_cast<std::uint8_t>(m_buffer[m_used++]);
    }
}

std::uint64_t FairDraw::Stream::below(std::uint64_t n)
{
    if (n == 0)
        throw std::invalid_argument("FairDraw::Stream::below: n must be at least 1");
    // 2^64 mod n, in 64-bit arithmetic: (2^64 - n) mod n.
    const std::uint64_t remainder = (std::numeric_limits<std::uint64_t>::max() - n + 1) % n;
    for (;;) {
        std::uint8_t bytes[8];
        read(bytes, sizeof bytes);
        std::uint64_t x = 0;
        for (std::uint8_t b : bytes)
            x = (x << 8) | b;
        // x is kept when x < 2^64 - remainder; with remainder 0 every x is kept.
        if (remainder == 0 || x < std::numeric_limits<std::uint64_t>::max() - remainder + 1)
            return x % n;
    }
}

std::vector<qsizetype> FairDraw::draw(const PickList &list, const Seed &seed, qsizetype count,
                                      bool unique)
{
    Stream stream(seed, list.sha256());
    return list.drawIndices([&stream](std::uint64_t n) { return stream.below(n); }, count, unique);
}

} // namespace passforge
