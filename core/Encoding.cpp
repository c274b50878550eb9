// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encoding.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace passforge::encoding {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";
constexpr char Base64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char Base64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::uint8_t byteAt(std::span<const std::byte> in, std::size_t i)
{
    return static_cast<std::uint8_t>(in[i]);
}

void appendBase64With(std::span<const std::byte> in, SecureBytes &out, const char *alphabet,
                      bool pad)
{
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        const std::uint32_t v =
            (byteAt(in, i) << 16) | (byteAt(in, i + 1) << 8) | byteAt(in, i + 2);
        const char quad[4] = {alphabet[(v >> 18) & 63], alphabet[(v >> 12) & 63],
                              alphabet[(v >> 6) & 63], alphabet[v & 63]};
        out.insert(out.end(), quad, quad + 4);
    }
    const std::size_t rest = in.size() - i;
    if (rest == 0)
        return;
    std::uint32_t v = byteAt(in, i) << 16;
    if (rest == 2)
        v |= byteAt(in, i + 1) << 8;
    out.push_back(alphabet[(v >> 18) & 63]);
    out.push_back(alphabet[(v >> 12) & 63]);
    if (rest == 2)
        out.push_back(alphabet[(v >> 6) & 63]);
    if (pad)
        out.insert(out.end(), 3 - rest, '=');
}

} // namespace

std::size_t hexLength(std::size_t n)
{
    return 2 * n;
}
std::size_t base64Length(std::size_t n)
{
    return (n + 2) / 3 * 4;
}
std::size_t base64UrlLength(std::size_t n)
{
    return (n * 8 + 5) / 6;
}
std::size_t base32Length(std::size_t n)
{
    return (n * 8 + 4) / 5;
}

void appendHex(std::span<const std::byte> in, SecureBytes &out)
{
    // Two digits per byte from one table look-up.
    static const auto pairs = [] {
        std::array<char, 512> table{};
        for (int v = 0; v < 256; ++v) {
            table[2 * v] = HexDigits[v >> 4];
            table[2 * v + 1] = HexDigits[v & 15];
        }
        return table;
    }();
    const std::size_t start = out.size();
    out.resize(start + 2 * in.size());
    char *p = out.data() + start;
    for (std::byte b : in) {
        const auto v = static_cast<std::uint8_t>(b);
        std::memcpy(p, &pairs[2 * v], 2);
        p += 2;
    }
}

void appendBase64(std::span<const std::byte> in, SecureBytes &out)
{
    appendBase64With(in, out, Base64Alphabet, true);
}

void appendBase64Url(std::span<const std::byte> in, SecureBytes &out)
{
    appendBase64With(in, out, Base64UrlAlphabet, false);
}

void appendBase32(std::span<const std::byte> in, SecureBytes &out)
{
    std::uint64_t buffer = 0;
    int bits = 0;
    for (std::byte b : in) {
        buffer = (buffer << 8) | static_cast<std::uint8_t>(b);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(Base32Alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out.push_back(Base32Alphabet[(buffer << (5 - bits)) & 31]);
}

void appendUuid4(std::span<const std::byte, 16> in, SecureBytes &out)
{
    std::byte b[16];
    for (int i = 0; i < 16; ++i)
        b[i] = in[i];
    b[6] = (b[6] & std::byte{0x0f}) | std::byte{0x40}; // version 4
    b[8] = (b[8] & std::byte{0x3f}) | std::byte{0x80}; // variant 10xx (RFC 9562)
    const std::span<const std::byte> all(b, 16);
    appendHex(all.subspan(0, 4), out);
    out.push_back('-');
    appendHex(all.subspan(4, 2), out);
    out.push_back('-');
    appendHex(all.subspan(6, 2), out);
    out.push_back('-');
    appendHex(all.subspan(8, 2), out);
    out.push_back('-');
    appendHex(all.subspan(10, 6), out);
    secureZero(b, sizeof b);
}

} // namespace passforge::encoding
