// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include "SecureMemory.h"
#include "TokenGenerator.h"

#include <algorithm>

namespace passforge::secrets {

namespace {

void checkCount(qsizetype nbytes)
{
    if (nbytes < 0)
        throw std::invalid_argument("negative argument not allowed");
}

// A token of any size, like Python's, through TokenGenerator, which makes at most MaxBytes at a
// time. Pieces of a multiple of 3 bytes encode to texts that join into the whole token's text:
// base64url works on 3-byte groups, hex and raw bytes on single bytes.
void appendToken(Random &random, TokenGenerator::Format format, qsizetype nbytes, SecureBytes &out)
{
    checkCount(nbytes);
    constexpr qsizetype Piece = TokenGenerator::MaxBytes / 3 * 3;
    for (qsizetype done = 0; done < nbytes;) {
        const qsizetype n = std::min(Piece, nbytes - done);
        TokenGenerator(format, static_cast<int>(n)).appendTo(random, out);
        done += n;
    }
}

QString toQString(const SecureBytes &ascii)
{
    return QString::fromLatin1(ascii.data(), static_cast<qsizetype>(ascii.size()));
}

} // namespace

QByteArray tokenBytes(Random &random, qsizetype nbytes)
{
    SecureBytes bytes;
    appendToken(random, TokenGenerator::Format::Raw, nbytes, bytes);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QString tokenHex(Random &random, qsizetype nbytes)
{
    SecureBytes text;
    appendToken(random, TokenGenerator::Format::Hex, nbytes, text);
    return toQString(text);
}

QString tokenUrlsafe(Random &random, qsizetype nbytes)
{
    SecureBytes text;
    appendToken(random, TokenGenerator::Format::UrlSafe, nbytes, text);
    return toQString(text);
}

std::int64_t randBelow(Random &random, std::int64_t n)
{
    if (n <= 0)
        throw std::invalid_argument("Upper bound must be positive.");
    return static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(n)));
}

} // namespace passforge::secrets
