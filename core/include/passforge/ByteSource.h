// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>

namespace passforge {

// Core's one error style: settings a user can get wrong are reported as Error values by the class
// that owns the rule (PasswordGenerator::Error, PickList::Error, ...), so that the window and the
// CLI explain them in their own words; exceptions are only for what no setting can fix:
// RandomSourceError below, std::logic_error for a caller that ignored an Error (generating from
// invalid settings), and std::runtime_error for a library that fails (ICU's data missing).
//
// Thrown when the operating system cannot supply random bytes. Callers must treat it as fatal
// for the value being generated: there is deliberately no weaker fallback.
class RandomSourceError : public std::runtime_error
{
public:
    explicit RandomSourceError(const std::string &what)
        : std::runtime_error(what)
    {}
};

// Where random bytes come from. Production code has exactly one implementation, OsRandomSource;
// tests script the bytes to pin algorithms and inject failures.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Fills all of out, or throws RandomSourceError. Never returns fewer bytes.
    virtual void fill(std::span<std::byte> out) = 0;
};

} // namespace passforge
