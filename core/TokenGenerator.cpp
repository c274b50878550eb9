// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenGenerator.h"

#include "Encoding.h"

#include <array>
#include <stdexcept>

namespace passforge {

namespace {

struct FormatName
{
    TokenGenerator::Format format;
    const char *name;
};

constexpr std::array<FormatName, 6> FormatNames{{
    {TokenGenerator::Format::Hex, "hex"},
    {TokenGenerator::Format::UrlSafe, "urlsafe"},
    {TokenGenerator::Format::Base64, "base64"},
    {TokenGenerator::Format::Base32, "base32"},
    {TokenGenerator::Format::Uuid, "uuid"},
    {TokenGenerator::Format::Raw, "raw"},
}};

} // namespace

TokenGenerator::TokenGenerator(Format format, int bytes)
    : m_format(format)
    , m_bytes(bytes)
{}

bool TokenGenerator::isValid() const
{
    return m_format == Format::Uuid || (m_bytes >= 1 && m_bytes <= MaxBytes);
}

double TokenGenerator::entropyBits() const
{
    if (!isValid())
        return 0; // like every generator: no bits for settings that make no token
    return m_format == Format::Uuid ? 122.0 : 8.0 * m_bytes;
}

std::size_t TokenGenerator::encodedLength() const
{
    if (!isValid())
        return 0;
    const auto n = static_cast<std::size_t>(m_bytes);
    switch (m_format) {
    case Format::Hex:
        return encoding::hexLength(n);
    case Format::UrlSafe:
        return encoding::base64UrlLength(n);
    case Format::Base64:
        return encoding::base64Length(n);
    case Format::Base32:
        return encoding::base32Length(n);
    case Format::Uuid:
        return 36; // 32 hex digits and 4 hyphens
    case Format::Raw:
        break;
    }
    return n;
}

void TokenGenerator::appendTo(Random &random, SecureBytes &out) const
{
    if (!isValid())
        throw std::invalid_argument("TokenGenerator: invalid settings");
    if (m_format == Format::Uuid) {
        std::array<std::byte, 16> bytes;
        random.fill(bytes);
        encoding::appendUuid4(bytes, out);
        secureZero(bytes.data(), bytes.size());
        return;
    }
    const auto n = static_cast<std::size_t>(m_bytes);
    if (m_format == Format::Raw) {
        const std::size_t start = out.size();
        out.resize(start + n);
        random.fill(std::as_writable_bytes(std::span(out).subspan(start)));
        return;
    }
    // Encode in chunks through one small buffer rather than allocating the whole token's bytes.
    // The chunk is a multiple of 3 and of 5, so base64 and base32 split cleanly between chunks.
    // The chunk is a wiped container, so its bytes are cleared on every way out, an exception
    // from the source partway through included.
    constexpr std::size_t Chunk = 3840;
    std::vector<std::byte, WipingAllocator<std::byte>> chunk(std::min(Chunk, n));
    for (std::size_t done = 0; done < n; done += Chunk) {
        const auto raw = std::span(chunk).first(std::min(Chunk, n - done));
        random.fill(raw);
        switch (m_format) {
        case Format::Hex:
            encoding::appendHex(raw, out);
            break;
        case Format::UrlSafe:
            encoding::appendBase64Url(raw, out);
            break;
        case Format::Base64:
            encoding::appendBase64(raw, out);
            break;
        case Format::Base32:
            encoding::appendBase32(raw, out);
            break;
        case Format::Uuid:
        case Format::Raw:
            break;
        }
    }
}

QString TokenGenerator::generate(Random &random) const
{
    SecureBytes out;
    appendTo(random, out);
    // Raw bytes are shown as Latin-1 only if someone asks; the GUI never offers Raw.
    return QString::fromLatin1(out.data(), static_cast<qsizetype>(out.size()));
}

QString TokenGenerator::formatName(Format format)
{
    for (const auto &entry : FormatNames) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<TokenGenerator::Format> TokenGenerator::formatFromName(const QString &name)
{
    for (const auto &entry : FormatNames) {
        if (name == QLatin1String(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

} // namespace passforge
