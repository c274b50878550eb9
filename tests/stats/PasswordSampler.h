// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SymbolDecoder.h"

#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"
#include "passforge/SecureMemory.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace passforge::stats {

// The two ways to generate many passwords.
enum class PasswordPath {
    // PasswordGenerator::appendTo: each password starts on a fresh 64-bit draw (the window).
    Single,
    // PasswordStream, as the CLI's bulk output uses it: random digits left over from one
    // password start the next, so digit slots in a word shift from password to password.
    Stream,
};

// Generates n passwords, many back to back in one buffer, and hands each to sink as the indices
// of its symbols in the decoder's alphabet. Returns false, describing the problem, if the output
// is not exactly `length` symbols of that alphabet per password: a symbol outside the alphabet
// is a failure in itself, not a statistic.
template <typename Sink>
bool forEachPassword(const PasswordGenerator &generator, PasswordPath path, Random &random,
                     const SymbolDecoder &decoder, int length, std::uint64_t n, Sink &&sink,
                     QString *problem)
{
    constexpr std::uint64_t Chunk = 4096;
    SecureBytes buffer;
    std::vector<int> symbols(static_cast<std::size_t>(length));
    PasswordStream stream(generator, random);
    while (n > 0) {
        const std::uint64_t count = std::min(n, Chunk);
        n -= count;
        buffer.clear();
        for (std::uint64_t i = 0; i < count; ++i) {
            if (path == PasswordPath::Stream)
                stream.appendNext(buffer);
            else
                generator.appendTo(random, buffer);
        }
        const char *p = buffer.data();
        const char *end = p + buffer.size();
        for (std::uint64_t i = 0; i < count; ++i) {
            for (int pos = 0; pos < length; ++pos) {
                const int index = p < end ? decoder.next(p, end) : -1;
                if (index < 0) {
                    // Where it went wrong, not the text: generated passwords stay out of logs.
                    *problem = QStringLiteral("output that is not %1 symbols of the alphabet: "
                                              "password %2 of a batch, position %3, byte 0x%4")
                                   .arg(length)
                                   .arg(i)
                                   .arg(pos)
                                   .arg(p < end ? static_cast<unsigned char>(*p) : 0, 2, 16,
                                        QLatin1Char('0'));
                    return false;
                }
                symbols[static_cast<std::size_t>(pos)] = index;
            }
            sink(symbols.data());
        }
        if (p != end) {
            *problem = QStringLiteral("passwords longer than %1 symbols").arg(length);
            return false;
        }
    }
    return true;
}

} // namespace passforge::stats
