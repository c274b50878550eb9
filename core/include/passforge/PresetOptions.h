// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/PasswordGenerator.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace passforge {

// What a preset's options (the CLI's long option names, see Presets) mean for each generator,
// as plain values the window shows, and back. fromPreset() follows the CLI's meaning; toPreset()
// writes the shortest options that mean the same, so that two settings giving the same
// passwords give the same options, and "(modified)" compares them. Limits are the window's: a
// preset the window cannot show (a 2 MiB token, raw bytes) gets a problem, never a changed value.
struct PasswordOptions
{
    using Classes = std::array<bool, PasswordGenerator::ClassCount>;

    // The CLI's rule: with no class named all four are used; naming any selects only those, and
    // a minimum switches its class on without deselecting the others.
    static Classes selectClasses(const Classes &named, const Classes &minimumGiven);

    // The window's text fields hold at most this much (in UTF-16 units): more than core accepts
    // where it counts characters (PasswordGenerator::MaxCustomCharacters), so that nothing typed
    // is cut off and the limit is explained instead.
    static constexpr int MaxCustomLength = 16 * PasswordGenerator::MaxCustomCharacters;
    static constexpr int MaxExcludeLength = 4096;
    static constexpr int MaxSiteLength = 253; // the longest domain name
    static constexpr int MaxRulesLength = 4096;

    // 0: the default, 20 clamped into the rules' range.
    int length = 0;
    Classes classes{true, true, true, true};
    std::array<int, PasswordGenerator::ClassCount> minimums{};
    QString custom;
    QString exclude;
    bool avoidLookAlikes = false;
    // A site's known rules, or rules typed; a site wins over rules, as in the window.
    QString site;
    QString rules;
    // Easy to say (PronounceableGenerator): only the length, and a minimum of 0 or 1 for upper
    // case and digits (one capital, one digit), apply.
    bool pronounceable = false;

    static std::optional<PasswordOptions> fromPreset(const QJsonObject &options, QString *problem);
    // Empty when the options cannot be written as a preset: with no class chosen the CLI would
    // use all four, so "only the extra characters" has no preset form.
    std::optional<QJsonObject> toPreset() const;
    bool operator==(const PasswordOptions &) const = default;
};

struct PassphraseOptions
{
    static constexpr int MaxSeparatorLength = 64;
    static constexpr int MaxWordlistPathLength = 4096;

    int words;
    QString separator;
    QString letterCase;    // lower, upper, title (each), one or random
    QString separatorFrom; // each gap's separator drawn from these; empty for separator
    bool addDigit = false;
    bool addSymbol = false;
    // A built-in list's code (Wordlist::builtInCodes()), or empty for the default list: en on
    // the command line, the UI language's in the window.
    QString list;
    QString wordlist; // a file, which replaces the built-in list; or empty

    PassphraseOptions();
    static std::optional<PassphraseOptions> fromPreset(const QJsonObject &options,
                                                       QString *problem);
    QJsonObject toPreset() const;
    bool operator==(const PassphraseOptions &) const = default;
};

struct TokenOptions
{
    int bytes;
    QString format; // hex, urlsafe, base64, base32 or uuid

    TokenOptions();
    static std::optional<TokenOptions> fromPreset(const QJsonObject &options, QString *problem);
    QJsonObject toPreset() const;
    bool operator==(const TokenOptions &) const = default;
};

struct NumberOptions
{
    std::int64_t min = 1;
    std::int64_t max = 100;
    int count = 1;
    bool distinct = false;

    // min and max are required, as on the command line.
    static std::optional<NumberOptions> fromPreset(const QJsonObject &options, QString *problem);
    QJsonObject toPreset() const;
    bool operator==(const NumberOptions &) const = default;
};

// A preset's options in the form toPreset() writes, or empty with the problem set: what
// "(modified)" compares the window's options with.
template <typename Options>
std::optional<QJsonObject> normalizedPreset(const QJsonObject &options, QString *problem)
{
    const std::optional<Options> values = Options::fromPreset(options, problem);
    if (!values)
        return std::nullopt;
    return values->toPreset();
}

} // namespace passforge
