// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include "Encoding.h"
#include "SecureMemory.h"

namespace passforge::secrets {

namespace {

SecureBytes randomBytes(Random &random, qsizetype nbytes)
{
    if (nbytes < 0)
        throw std::invalid_argument("negative argument not allowed");
    SecureBytes bytes(static_cast<std::size_t>(nbytes));
    random.fill(std::as_writable_bytes(std::span(bytes)));
    return bytes;
}

QString toQString(const SecureBytes &ascii)
{
    return QString::fromLatin1(ascii.data(), static_cast<qsizetype>(ascii.size()));
}

} // namespace

QByteArray tokenBytes(Random &random, qsizetype nbytes)
{
    const SecureBytes bytes = randomBytes(random, nbytes);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QString tokenHex(Random &random, qsizetype nbytes)
{
    const SecureBytes bytes = randomBytes(random, nbytes);
    SecureBytes text;
    encoding::appendHex(std::as_bytes(std::span(bytes)), text);
    return toQString(text);
}

QString tokenUrlsafe(Random &random, qsizetype nbytes)
{
    const SecureBytes bytes = randomBytes(random, nbytes);
    SecureBytes text;
    encoding::appendBase64Url(std::as_bytes(std::span(bytes)), text);
    return toQString(text);
}

std::int64_t randBelow(Random &random, std::int64_t n)
{
    if (n <= 0)
        throw std::invalid_argument("Upper bound must be positive.");
    return static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(n)));
}

} // namespace passforge::secrets
