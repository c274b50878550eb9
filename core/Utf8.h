// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace passforge::utf8 {

// True when text is well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValid(std::string_view text);

// Removes leading and trailing white space (every code point QChar::isSpace accepts) from
// valid UTF-8.
std::string_view trimmed(std::string_view text);

} // namespace passforge::utf8
