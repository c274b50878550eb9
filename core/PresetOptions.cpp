// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresetOptions.h"
#include "Presets.h"

#include "NumberGenerator.h"
#include "PassphraseGenerator.h"
#include "PronounceableGenerator.h"
#include "TokenGenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

#include <limits>

namespace passforge {

namespace {

// The messages share the context of Presets' own (see Presets.cpp), spelled out in each call
// so that lupdate files every one under it.

// The class options in PasswordGenerator::CharClass order.
constexpr std::array<const char *, PasswordGenerator::ClassCount> ClassNames{"lower", "upper",
                                                                             "digits", "symbols"};
constexpr std::array<const char *, PasswordGenerator::ClassCount> MinimumNames{
    "min-lower", "min-upper", "min-digits", "min-symbols"};

// Case and format names: anything longer names none, and the message quoting it stays short.
constexpr int MaxChoiceLength = 64;

// A value as the file spells it, for messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Reads one preset's options, each checked against what it may be; the first problem wins.
class Reader
{
public:
    Reader(const QJsonObject &options, QString *problem, QStringList known)
        : m_options(options)
        , m_problem(problem)
    {
        // Every command takes --count and --json; the window shows its own number of values,
        // but a preset the command line would refuse is refused here too.
        known << QStringLiteral("count") << QStringLiteral("json");
        for (auto it = options.begin(); it != options.end(); ++it) {
            if (!known.contains(it.key())) {
                fail(QCoreApplication::translate(
                         "Presets", "the option '%1' is not one the window knows for this "
                                    "command")
                         .arg(it.key()));
                break;
            }
        }
        flag("json");
        number("count", 1, Presets::MaxCount, 1);
    }

    bool has(const char *name) const { return m_options.contains(QLatin1String(name)); }
    bool ok() const { return m_ok; }

    bool flag(const char *name)
    {
        const QJsonValue value = m_options.value(QLatin1String(name));
        if (value.isUndefined())
            return false;
        if (!(value.isBool() && value.toBool()))
            fail(QCoreApplication::translate("Presets",
                                             "the option '%1' is a flag: its value must be true")
                     .arg(QLatin1String(name)));
        return true;
    }

    // Text longer than the window's field holds is refused, never cut.
    QString text(const char *name, int maxLength, const QString &fallback = {})
    {
        const QJsonValue value = m_options.value(QLatin1String(name));
        if (value.isUndefined())
            return fallback;
        if (!value.isString()) {
            fail(QCoreApplication::translate("Presets", "the option '%1' must be text")
                     .arg(QLatin1String(name)));
        } else if (value.toString().size() > maxLength) {
            fail(
                QCoreApplication::translate(
                    "Presets", "the option '%1' is %2 characters long; the window takes at most %3")
                    .arg(QLatin1String(name))
                    .arg(value.toString().size())
                    .arg(maxLength));
        }
        return value.toString();
    }

    std::int64_t number(const char *name, std::int64_t min, std::int64_t max, std::int64_t fallback)
    {
        const QJsonValue value = m_options.value(QLatin1String(name));
        if (value.isUndefined())
            return fallback;
        std::optional<std::int64_t> parsed;
        if (value.isDouble()) {
            // toInteger() is exact for every 64-bit value, where toDouble() is not.
            constexpr qint64 none = std::numeric_limits<qint64>::min();
            const qint64 whole = value.toInteger(none);
            if (whole != none || value.toDouble() == static_cast<double>(none))
                parsed = whole;
        } else if (value.isString()) {
            // "6" works on the command line too (Presets::arguments passes it on).
            bool isNumber = false;
            const qint64 whole = value.toString().toLongLong(&isNumber);
            if (isNumber)
                parsed = whole;
        }
        if (!parsed || *parsed < min || *parsed > max) {
            fail(QCoreApplication::translate(
                     "Presets", "the option '%1' must be a whole number from %2 to %3, not %4")
                     .arg(QLatin1String(name))
                     .arg(min)
                     .arg(max)
                     .arg(jsonText(value)));
            return fallback;
        }
        return *parsed;
    }

    void fail(const QString &problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_problem)
            *m_problem = problem;
    }

private:
    const QJsonObject &m_options;
    QString *m_problem;
    bool m_ok = true;
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QString::fromLatin1(name);
    return result;
}

template <typename T> std::optional<T> finish(const Reader &reader, T value, QString *problem)
{
    if (!reader.ok())
        return std::nullopt;
    if (problem)
        problem->clear();
    return value;
}

} // namespace

PasswordOptions::Classes PasswordOptions::selectClasses(const Classes &named,
                                                        const Classes &minimumGiven)
{
    bool anyNamed = false;
    for (bool n : named)
        anyNamed = anyNamed || n;
    Classes selected{};
    for (std::size_t c = 0; c < selected.size(); ++c)
        selected[c] = !anyNamed || named[c] || minimumGiven[c];
    return selected;
}

std::optional<PasswordOptions> PasswordOptions::fromPreset(const QJsonObject &options,
                                                           QString *problem)
{
    QStringList known =
        names({"length", "custom", "exclude", "no-lookalikes", "rules", "site", "pronounceable"});
    for (std::size_t c = 0; c < ClassNames.size(); ++c)
        known << QString::fromLatin1(ClassNames[c]) << QString::fromLatin1(MinimumNames[c]);
    Reader reader(options, problem, known);
    PasswordOptions result;
    // As on the command line: easy-to-say passwords take a length, and one capital and one
    // digit at most; the grammar fixes their letters.
    if (reader.flag("pronounceable")) {
        result.pronounceable = true;
        result.length = static_cast<int>(reader.number("length", PronounceableGenerator::MinLength,
                                                       PronounceableGenerator::MaxLength, 0));
        result.classes = {false, false, false, false};
        result.minimums[PasswordGenerator::Upper] =
            static_cast<int>(reader.number("min-upper", 0, 1, 0));
        result.minimums[PasswordGenerator::Digits] =
            static_cast<int>(reader.number("min-digits", 0, 1, 0));
        for (const QString &name : known) {
            if (options.contains(name) && name != QLatin1String("pronounceable") &&
                name != QLatin1String("length") && name != QLatin1String("min-upper") &&
                name != QLatin1String("min-digits"))
                reader.fail(QCoreApplication::translate(
                                "Presets", "the option '%1' does not apply to 'pronounceable', "
                                           "whose letters the grammar fixes")
                                .arg(name));
        }
        return finish(reader, result, problem);
    }
    result.length = static_cast<int>(
        reader.number("length", PasswordGenerator::MinLength, PasswordGenerator::MaxLength, 0));
    Classes named{};
    Classes minimumGiven{};
    for (std::size_t c = 0; c < ClassNames.size(); ++c) {
        named[c] = reader.flag(ClassNames[c]);
        minimumGiven[c] = reader.has(MinimumNames[c]);
        result.minimums[c] =
            static_cast<int>(reader.number(MinimumNames[c], 0, PasswordGenerator::MaxLength, 0));
    }
    result.classes = selectClasses(named, minimumGiven);
    result.custom = reader.text("custom", MaxCustomLength);
    result.exclude = reader.text("exclude", MaxExcludeLength);
    result.avoidLookAlikes = reader.flag("no-lookalikes");
    // As the window reads its fields: spaces at the ends mean nothing.
    result.site = reader.text("site", MaxSiteLength).trimmed();
    result.rules = reader.text("rules", MaxRulesLength).trimmed();
    // As on the command line: rules replace the class options, and come from one place.
    if (reader.has("site") && reader.has("rules"))
        reader.fail(QCoreApplication::translate(
            "Presets", "the options 'rules' and 'site' cannot be combined"));
    if (reader.has("site") || reader.has("rules")) {
        for (const QString &name : names({"lower", "upper", "digits", "symbols", "custom",
                                          "min-lower", "min-upper", "min-digits", "min-symbols"})) {
            if (options.contains(name))
                reader.fail(QCoreApplication::translate(
                                "Presets", "the option '%1' cannot be combined with '%2', "
                                           "which replaces the class options")
                                .arg(name, reader.has("site") ? QStringLiteral("site")
                                                              : QStringLiteral("rules")));
        }
    }
    return finish(reader, result, problem);
}

std::optional<QJsonObject> PasswordOptions::toPreset() const
{
    QJsonObject options;
    if (length != 0)
        options.insert(QLatin1String("length"), length);
    if (pronounceable) {
        options.insert(QLatin1String("pronounceable"), true);
        if (minimums[PasswordGenerator::Upper] > 0)
            options.insert(QLatin1String("min-upper"), 1);
        if (minimums[PasswordGenerator::Digits] > 0)
            options.insert(QLatin1String("min-digits"), 1);
        return options;
    }
    if (!site.isEmpty()) {
        options.insert(QLatin1String("site"), site);
    } else if (!rules.isEmpty()) {
        options.insert(QLatin1String("rules"), rules);
    } else {
        bool all = true;
        bool any = false;
        for (bool c : classes) {
            all = all && c;
            any = any || c;
        }
        if (!any)
            return std::nullopt;
        for (std::size_t c = 0; c < classes.size(); ++c) {
            if (!all && classes[c])
                options.insert(QLatin1String(ClassNames[c]), true);
            if (classes[c] && minimums[c] > 0)
                options.insert(QLatin1String(MinimumNames[c]), minimums[c]);
        }
        if (!custom.isEmpty())
            options.insert(QLatin1String("custom"), custom);
    }
    if (!exclude.isEmpty())
        options.insert(QLatin1String("exclude"), exclude);
    if (avoidLookAlikes)
        options.insert(QLatin1String("no-lookalikes"), true);
    return options;
}

PassphraseOptions::PassphraseOptions()
    : words(PassphraseGenerator::DefaultWords)
    , separator(QString::fromUtf16(PassphraseGenerator::DefaultSeparator))
    , letterCase(PassphraseGenerator::caseName(PassphraseGenerator::DefaultCase))
{}

std::optional<PassphraseOptions> PassphraseOptions::fromPreset(const QJsonObject &options,
                                                               QString *problem)
{
    Reader reader(options, problem,
                  names({"words", "separator", "separator-from", "case", "add-digit", "add-symbol",
                         "list", "wordlist"}));
    PassphraseOptions result;
    result.words = static_cast<int>(reader.number("words", PassphraseGenerator::MinWords,
                                                  PassphraseGenerator::MaxWords, result.words));
    result.separator = reader.text("separator", MaxSeparatorLength, result.separator);
    result.letterCase = reader.text("case", MaxChoiceLength, result.letterCase);
    if (reader.ok() && !PassphraseGenerator::caseFromName(result.letterCase))
        reader.fail(QCoreApplication::translate("Presets",
                                                "unknown case '%1'; use lower, upper, each, one "
                                                "or random")
                        .arg(result.letterCase));
    result.addDigit = reader.flag("add-digit");
    result.addSymbol = reader.flag("add-symbol");
    result.separatorFrom = reader.text("separator-from", MaxSeparatorLength);
    if (reader.ok() && reader.has("separator-from")) {
        PassphraseGenerator check;
        check.setSeparatorsFrom(result.separatorFrom);
        if (reader.has("separator"))
            reader.fail(QCoreApplication::translate(
                "Presets", "the options 'separator' and 'separator-from' exclude each other"));
        else if (check.error() == PassphraseGenerator::Error::InvalidSeparatorSet)
            reader.fail(QCoreApplication::translate(
                            "Presets", "the option 'separator-from' must hold 2 to %1 distinct "
                                       "characters, none a lone combining mark or a control "
                                       "character")
                            .arg(PassphraseGenerator::MaxSeparatorChoices));
    }
    result.list = reader.text("list", MaxChoiceLength);
    if (reader.ok() && reader.has("list") && !Wordlist::builtInCodes().contains(result.list))
        reader.fail(QCoreApplication::translate("Presets", "unknown list '%1'; use %2")
                        .arg(result.list, Wordlist::builtInCodes().join(QLatin1String(", "))));
    result.wordlist = reader.text("wordlist", MaxWordlistPathLength);
    if (reader.ok() && reader.has("list") && reader.has("wordlist"))
        reader.fail(QCoreApplication::translate(
            "Presets", "the options 'list' and 'wordlist' exclude each other: a wordlist file "
                       "replaces the built-in list"));
    return finish(reader, result, problem);
}

QJsonObject PassphraseOptions::toPreset() const
{
    const PassphraseOptions defaults;
    QJsonObject options;
    options.insert(QLatin1String("words"), words);
    if (separator != defaults.separator)
        options.insert(QLatin1String("separator"), separator);
    if (letterCase != defaults.letterCase)
        options.insert(QLatin1String("case"), letterCase);
    if (!separatorFrom.isEmpty())
        options.insert(QLatin1String("separator-from"), separatorFrom);
    if (addDigit)
        options.insert(QLatin1String("add-digit"), true);
    if (addSymbol)
        options.insert(QLatin1String("add-symbol"), true);
    if (!wordlist.isEmpty())
        options.insert(QLatin1String("wordlist"), wordlist);
    else if (!list.isEmpty())
        options.insert(QLatin1String("list"), list);
    return options;
}

TokenOptions::TokenOptions()
    : bytes(TokenGenerator::DefaultBytes)
    , format(TokenGenerator::formatName(TokenGenerator().format()))
{}

std::optional<TokenOptions> TokenOptions::fromPreset(const QJsonObject &options, QString *problem)
{
    Reader reader(options, problem, names({"bytes", "format"}));
    TokenOptions result;
    result.bytes =
        static_cast<int>(reader.number("bytes", 1, TokenGenerator::WindowMaxBytes, result.bytes));
    result.format = reader.text("format", MaxChoiceLength, result.format);
    const auto format = TokenGenerator::formatFromName(result.format);
    if (reader.ok() && (!format || *format == TokenGenerator::Format::Raw))
        reader.fail(QCoreApplication::translate(
                        "Presets", "the window has no token format '%1'; use hex, urlsafe, "
                                   "base64, base32 or uuid")
                        .arg(result.format));
    // As on the command line: a UUID is always 122 random bits.
    if (format == TokenGenerator::Format::Uuid && reader.has("bytes"))
        reader.fail(QCoreApplication::translate(
            "Presets", "the option 'bytes' does not apply to the uuid format, which is always 122 "
                       "random bits"));
    return finish(reader, result, problem);
}

QJsonObject TokenOptions::toPreset() const
{
    QJsonObject options;
    // A UUID has its own size; bytes would be noise.
    if (format != QLatin1String("uuid"))
        options.insert(QLatin1String("bytes"), bytes);
    options.insert(QLatin1String("format"), format);
    return options;
}

std::optional<NumberOptions> NumberOptions::fromPreset(const QJsonObject &options, QString *problem)
{
    Reader reader(options, problem, names({"min", "max", "distinct"}));
    NumberOptions result;
    constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t highest = std::numeric_limits<std::int64_t>::max();
    if (!reader.has("min") || !reader.has("max"))
        reader.fail(
            QCoreApplication::translate("Presets", "a number preset needs both 'min' and 'max'"));
    result.min = reader.number("min", lowest, highest, result.min);
    result.max = reader.number("max", lowest, highest, result.max);
    result.count =
        static_cast<int>(reader.number("count", 1, NumberGenerator::WindowMaxCount, result.count));
    result.distinct = reader.flag("distinct");
    return finish(reader, result, problem);
}

QJsonObject NumberOptions::toPreset() const
{
    QJsonObject options;
    options.insert(QLatin1String("min"), static_cast<qint64>(min));
    options.insert(QLatin1String("max"), static_cast<qint64>(max));
    if (count != 1)
        options.insert(QLatin1String("count"), count);
    if (distinct)
        options.insert(QLatin1String("distinct"), true);
    return options;
}

} // namespace passforge
