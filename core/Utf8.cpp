// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8.h"

#include <QChar>

#include <cstdint>

namespace passforge::utf8 {

namespace {

std::uint8_t at(std::string_view s, std::size_t i)
{
    return static_cast<std::uint8_t>(s[i]);
}

bool isContinuation(std::uint8_t b)
{
    return (b & 0xC0) == 0x80;
}

// Length of the sequence starting at i and its code point, for valid UTF-8.
std::size_t decodeAt(std::string_view s, std::size_t i, char32_t &cp)
{
    const std::uint8_t b = at(s, i);
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    const std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    cp = b & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (at(s, i + k) & 0x3F);
    return length;
}

} // namespace

bool isValid(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const std::uint8_t b = at(s, i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length;
        char32_t min;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        char32_t cp = b & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            if (!isContinuation(at(s, i + k)))
                return false;
            cp = (cp << 6) | (at(s, i + k) & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty()) {
        char32_t cp;
        const std::size_t length = decodeAt(s, 0, cp);
        if (!QChar::isSpace(cp))
            break;
        s.remove_prefix(length);
    }
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && isContinuation(at(s, start)))
            --start;
        char32_t cp;
        decodeAt(s, start, cp);
        if (!QChar::isSpace(cp))
            break;
        s.remove_suffix(s.size() - start);
    }
    return s;
}

} // namespace passforge::utf8
