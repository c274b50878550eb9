// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the token encoders by round trip: every encoding of the input bytes must decode, with a
// decoder independent of ours, back to exactly those bytes. UUIDs keep the input's 122 random
// bits and carry the version and variant.
#include "Encoding.h"
#include "FuzzCheck.h"

#include <QByteArray>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace enc = passforge::encoding;

namespace {

std::string_view view(const passforge::SecureBytes &b)
{
    return {b.data(), b.size()};
}

QByteArray bytesOf(const passforge::SecureBytes &b)
{
    return QByteArray(b.data(), static_cast<qsizetype>(b.size()));
}

bool onlyChars(std::string_view s, std::string_view allowed)
{
    return std::all_of(s.begin(), s.end(),
                       [&](char c) { return allowed.find(c) != std::string_view::npos; });
}

// RFC 4648 §6 base32 without padding, decoded strictly: every character from the alphabet, the
// length one an encoder produces, and the unused low bits of the last character zero.
std::optional<QByteArray> decodeBase32(std::string_view text)
{
    constexpr std::string_view Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    if (text.size() % 8 == 1 || text.size() % 8 == 3 || text.size() % 8 == 6)
        return std::nullopt; // no byte count encodes to these lengths
    QByteArray out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const std::size_t value = Alphabet.find(c);
        if (value == Alphabet.npos)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFF));
        }
        buffer &= (1u << bits) - 1;
    }
    if (buffer != 0)
        return std::nullopt;
    return out;
}

void checkBase64(std::span<const std::byte> in, const QByteArray &input, bool url)
{
    passforge::SecureBytes out;
    if (url)
        enc::appendBase64Url(in, out);
    else
        enc::appendBase64(in, out);
    FUZZ_CHECK(out.size() ==
               (url ? enc::base64UrlLength(in.size()) : enc::base64Length(in.size())));
    const std::string_view alphabet =
        url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
            : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    FUZZ_CHECK(onlyChars(view(out), alphabet));
    if (!url)
        FUZZ_CHECK(out.size() % 4 == 0);
    const auto options = url ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                   QByteArray::AbortOnBase64DecodingErrors
                             : QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto decoded = QByteArray::fromBase64Encoding(bytesOf(out), options);
    FUZZ_CHECK(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
    FUZZ_CHECK(decoded.decoded == input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::span<const std::byte> in(reinterpret_cast<const std::byte *>(data), size);
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // Hex: lower-case digits only, two per byte.
    passforge::SecureBytes hex;
    enc::appendHex(in, hex);
    FUZZ_CHECK(hex.size() == enc::hexLength(size));
    FUZZ_CHECK(onlyChars(view(hex), "0123456789abcdef"));
    FUZZ_CHECK(QByteArray::fromHex(bytesOf(hex)) == input);

    checkBase64(in, input, false);
    checkBase64(in, input, true);

    passforge::SecureBytes base32;
    enc::appendBase32(in, base32);
    FUZZ_CHECK(base32.size() == enc::base32Length(size));
    const std::optional<QByteArray> decoded32 = decodeBase32(view(base32));
    FUZZ_CHECK(decoded32.has_value() && *decoded32 == input);

    // The token generator encodes long tokens chunk by chunk, relying on this: at a split that
    // is a multiple of 15 bytes (of 3 for base64, of 5 for base32), the encodings concatenate.
    const std::size_t cut = size == 0 ? 0 : data[0] % (size / 15 + 1) * 15;
    const auto joined = [&](void (*append)(std::span<const std::byte>, passforge::SecureBytes &)) {
        passforge::SecureBytes whole, parts;
        append(in, whole);
        append(in.first(cut), parts);
        append(in.subspan(cut), parts);
        return whole == parts;
    };
    FUZZ_CHECK(joined(enc::appendHex));
    FUZZ_CHECK(joined(enc::appendBase64));
    FUZZ_CHECK(joined(enc::appendBase64Url));
    FUZZ_CHECK(joined(enc::appendBase32));

    // UUID version 4 from the first 16 bytes: 8-4-4-4-12 lower-case hex, version nibble 4,
    // variant bits 10, and the other 122 bits those of the input.
    if (size >= 16) {
        passforge::SecureBytes uuid;
        enc::appendUuid4(in.first<16>(), uuid);
        const std::string_view text = view(uuid);
        FUZZ_CHECK(text.size() == 36);
        for (std::size_t dash : {8, 13, 18, 23})
            FUZZ_CHECK(text[dash] == '-');
        QByteArray digits;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i != 8 && i != 13 && i != 18 && i != 23) {
                FUZZ_CHECK(std::string_view("0123456789abcdef").find(text[i]) !=
                           std::string_view::npos);
                digits.append(text[i]);
            }
        }
        const QByteArray b = QByteArray::fromHex(digits);
        FUZZ_CHECK(b.size() == 16);
        FUZZ_CHECK((static_cast<std::uint8_t>(b[6]) >> 4) == 4);
        FUZZ_CHECK((static_cast<std::uint8_t>(b[8]) >> 6) == 2);
        for (int i = 0; i < 16; ++i) {
            const std::uint8_t mask = i == 6 ? 0x0F : i == 8 ? 0x3F : 0xFF;
            FUZZ_CHECK((static_cast<std::uint8_t>(b[i]) & mask) == (data[i] & mask));
        }
    }
    return 0;
}
