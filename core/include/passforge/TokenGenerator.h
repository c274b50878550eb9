// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "Random.h"
#include "SecureMemory.h"

#include <QString>

#include <optional>

namespace passforge {

// API tokens in the common text encodings, or raw bytes.
class TokenGenerator
{
public:
    enum class Format { Hex, UrlSafe, Base64, Base32, Uuid, Raw };

    static constexpr int DefaultBytes = 32;
    static constexpr int MaxBytes = 16 * 1024 * 1024;
    // The window shows the token it makes; longer ones are the CLI's job (files, pipes).
    static constexpr int WindowMaxBytes = 1024;

    TokenGenerator() = default;
    TokenGenerator(Format format, int bytes);

    Format format() const { return m_format; }
    void setFormat(Format format) { m_format = format; }
    // Random bytes per token. A UUID always uses 122 random bits, whatever this says.
    int bytes() const { return m_bytes; }
    void setBytes(int bytes) { m_bytes = bytes; }

    bool isValid() const;
    double entropyBits() const;
    // How long a token is as text: encoded characters (36 for a UUID), or bytes for Raw; 0 when
    // invalid.
    std::size_t encodedLength() const;

    // Appends one token to out (no newline).
    void appendTo(Random &random, SecureBytes &out) const;
    QString generate(Random &random) const;

    // The stable, untranslated format names the CLI accepts: hex, urlsafe, base64, base32,
    // uuid, raw.
    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString &name);

private:
    Format m_format = Format::Hex;
    int m_bytes = DefaultBytes;
};

} // namespace passforge
