// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecureMemory.h"

#include <cstddef>
#include <span>

namespace passforge::encoding {

// Each appends the encoding of in to out. Appending into one buffer lets bulk output avoid an
// allocation per value.
void appendHex(std::span<const std::byte> in, SecureBytes &out);
void appendBase64(std::span<const std::byte> in, SecureBytes &out);    // RFC 4648 §4, padded
void appendBase64Url(std::span<const std::byte> in, SecureBytes &out); // RFC 4648 §5, no padding
void appendBase32(std::span<const std::byte> in, SecureBytes &out);    // RFC 4648 §6, no padding
// RFC 9562 UUID version 4 from 16 random bytes: sets the version and variant bits.
void appendUuid4(std::span<const std::byte, 16> in, SecureBytes &out);

// Lengths of the encodings above for n input bytes.
std::size_t hexLength(std::size_t n);
std::size_t base64Length(std::size_t n);
std::size_t base64UrlLength(std::size_t n);
std::size_t base32Length(std::size_t n);

} // namespace passforge::encoding
