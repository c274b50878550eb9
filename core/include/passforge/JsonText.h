// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace passforge::json {

// Appends utf8 as a JSON string literal, quotes included: '"' and '\' escaped, control
// characters as \u00XX, everything else as it is. append takes a std::string_view; the CLI
// passes its output buffer, core a QByteArray, so both write the same JSON.
template <typename Append> void appendString(const Append &append, std::string_view utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    append(std::string_view("\"", 1));
    std::size_t run = 0; // start of the bytes not yet appended
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        append(utf8.substr(run, i - run));
        if (u < 0x20) {
            const char escaped[6] = {'\\', 'u', '0', '0', Hex[u >> 4], Hex[u & 15]};
            append(std::string_view(escaped, 6));
        } else {
            const char escaped[2] = {'\\', static_cast<char>(u)};
            append(std::string_view(escaped, 2));
        }
        run = i + 1;
    }
    append(utf8.substr(run));
    append(std::string_view("\"", 1));
}

} // namespace passforge::json
