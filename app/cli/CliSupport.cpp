// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "passforge/JsonText.h"
#include "passforge/Presets.h"

#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace passforge::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString unknownOption(const QString &errorText) { return errorText; }
    static QString unexpectedArgument(const QString &arg)
    {
        return tr("unexpected argument '%1'").arg(arg);
    }
    static QString notAnInteger(const QString &name, const QString &value, std::int64_t min,
                                std::int64_t max)
    {
        return tr("--%1 must be a whole number from %2 to %3, not '%4'")
            .arg(name)
            .arg(min)
            .arg(max)
            .arg(value);
    }
    static QString helpDescription() { return tr("Show this help."); }
    static QString presetDescription()
    {
        return tr("Start from the options of a preset ('passforge-cli presets' lists them); "
                  "options given here override it.");
    }
    static QString presetValueName() { return tr("NAME", "value name in --help: a name"); }
    static QString presetsFile(const QString &error) { return error; }
    static QString unknownPreset(const QString &name)
    {
        return tr("unknown preset '%1'; 'passforge-cli presets' lists them").arg(name);
    }
    static QString otherCommand(const QString &name, const QString &presetCommand,
                                const QString &command)
    {
        return tr("preset '%1' is for %2, not %3").arg(name, presetCommand, command);
    }
    static QString presetProblem(const QString &name, const QString &problem)
    {
        return tr("preset '%1': %2").arg(name, problem);
    }
};

namespace {

// The options of a password that choose its characters one way or the other.
bool isRulesOption(const QString &name)
{
    return name == QLatin1String("rules") || name == QLatin1String("site");
}

bool isClassOption(const QString &name)
{
    static const QStringList names{
        QStringLiteral("lower"),     QStringLiteral("upper"),      QStringLiteral("digits"),
        QStringLiteral("symbols"),   QStringLiteral("custom"),     QStringLiteral("min-lower"),
        QStringLiteral("min-upper"), QStringLiteral("min-digits"), QStringLiteral("min-symbols")};
    return names.contains(name);
}

} // namespace

namespace support {

void prepareParser(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::helpDescription()));
}

void addPresetOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("preset"), CliText::presetDescription(), CliText::presetValueName()});
}

bool parseWithPreset(QCommandLineParser &parser, const QStringList &args, CliContext &context,
                     const QString &command)
{
    if (parse(parser, args, context))
        return true;
    if (!parser.isSet(QStringLiteral("preset")))
        return false;
    const QString name = parser.value(QStringLiteral("preset"));
    QString error;
    const Presets presets = Presets::load(
        context.presetsPath.isEmpty() ? Presets::defaultPath() : context.presetsPath, &error);
    if (!error.isEmpty())
        throw UsageError(CliText::presetsFile(error));
    const Presets::Preset *preset = presets.find(name);
    if (!preset)
        throw UsageError(CliText::unknownPreset(name));
    if (preset->command != command)
        throw UsageError(CliText::otherCommand(name, preset->command, command));

    const QStringList given = parser.optionNames();
    const bool givenRules = std::any_of(given.begin(), given.end(), isRulesOption);
    const bool givenClasses = std::any_of(given.begin(), given.end(), isClassOption);
    // A list given on the command line replaces the preset's, of either kind.
    const auto isListOption = [](const QString &key) {
        return key == QLatin1String("list") || key == QLatin1String("wordlist");
    };
    const bool givenList = std::any_of(given.begin(), given.end(), isListOption);
    QJsonObject kept;
    for (auto it = preset->options.begin(); it != preset->options.end(); ++it) {
        const QString key = it.key();
        if (!given.contains(key) && !(givenRules && (isRulesOption(key) || isClassOption(key))) &&
            !(givenClasses && isRulesOption(key)) && !(givenList && isListOption(key)))
            kept.insert(key, it.value());
    }
    // Each option on its own first, in the --key=value form: a flag given a value, or an option
    // that needs a value given true, is refused here, naming the preset, rather than taking the
    // next argument as its value.
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        const QStringList one = Presets::arguments(QJsonObject{{it.key(), it.value()}});
        const QString option = one.size() == 2 ? one[0] + QLatin1Char('=') + one[1] : one[0];
        if (!parser.parse({args.value(0), option}))
            throw UsageError(CliText::presetProblem(name, parser.errorText()));
    }
    const QStringList merged =
        QStringList{args.value(0), args.value(1)} + Presets::arguments(kept) + args.mid(2);
    QStringList forParser = merged;
    forParser.removeAt(1);
    if (!parser.parse(forParser))
        throw UsageError(CliText::presetProblem(name, parser.errorText()));
    if (!parser.positionalArguments().isEmpty())
        throw UsageError(CliText::unexpectedArgument(parser.positionalArguments().constFirst()));
    return false;
}

bool parse(QCommandLineParser &parser, const QStringList &args, CliContext &context,
           qsizetype maxPositional)
{
    if (context.described) {
        *context.described = parser.helpText();
        return true;
    }
    // QCommandLineParser expects the program name first; drop the command name after it.
    QStringList forParser = args;
    if (forParser.size() >= 2)
        forParser.removeAt(1);
    if (!parser.parse(forParser))
        throw UsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.help = parser.helpText();
        // QCommandLineParser's usage line names the program by its full path and cannot know the
        // command, so "Usage: /usr/bin/passforge-cli [options]" would not run. Show what a user
        // types instead: "Usage: passforge-cli password [options]".
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : context.help.indexOf(program);
        if (at >= 0 && at < context.help.indexOf(QLatin1Char('\n')))
            context.help.replace(at, program.size(),
                                 QStringLiteral("passforge-cli ") + args.value(1));
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maxPositional)
        throw UsageError(CliText::unexpectedArgument(positional.at(maxPositional)));
    return false;
}

std::int64_t intOption(const QCommandLineParser &parser, const QString &name, std::int64_t min,
                       std::int64_t max, std::int64_t fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError(CliText::notAnInteger(name, text, min, max));
    return value;
}

void appendBits(OutputSink &out, double bits)
{
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, bits, std::chars_format::fixed, 2);
    out.append(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

void appendInt(OutputSink &out, std::int64_t value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

void appendJsonString(OutputSink &out, std::string_view utf8)
{
    json::appendString([&out](std::string_view part) { out.append(part); }, utf8);
}

void appendJsonString(OutputSink &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out,
                     std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace support
} // namespace passforge::cli
