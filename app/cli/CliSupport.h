// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutputSink.h"
#include "passforge/Presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <stdexcept>

namespace passforge {
class ByteSource;
}

namespace passforge::cli {

// Exit statuses: 0 success, 1 the random source or the output failed (or a record does not
// match its list), 2 bad input.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Bad input: the message is one line for stderr, and the run exits with status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// What a command runs with: the random source, its output and where standard input comes from.
struct CliContext
{
    ByteSource &source;
    OutputSink &out;
    int inputFd = 0;
    QString help;      // set instead of running when --help is given
    QStringList notes; // warnings for stderr; they never change stdout
    // The presets file; empty means Presets::defaultPath() ($XDG_CONFIG_HOME/passforge).
    QString presetsPath = {};
    // Set by --completions: each command's parse() hands its help (every option, with its value
    // name) here instead of parsing.
    QString *described = nullptr;
};

// The largest --count any command accepts (presets are checked against it too).
constexpr std::int64_t MaxCount = passforge::Presets::MaxCount;

class Cli;

namespace support {

// Builds a parser with --help and the command's description.
void prepareParser(QCommandLineParser &parser, const QString &description);
// Adds --preset NAME, for the commands presets are for.
void addPresetOption(QCommandLineParser &parser);
// parse(), and then, with --preset NAME, again with the preset's options placed before the
// arguments given, so that what the user types overrides the preset. Password options come in
// two groups that replace each other: --rules/--site, and the class options; an option of one
// group given explicitly drops the preset's options of the other. The presets file is read only
// here: a malformed one is bad input for --preset alone.
bool parseWithPreset(QCommandLineParser &parser, const QStringList &args, CliContext &context,
                     const QString &command);
// Parses args (program and command name first); throws UsageError for unknown options or extra
// arguments. Returns true when --help was asked for, with the text in context.help.
bool parse(QCommandLineParser &parser, const QStringList &args, CliContext &context,
           qsizetype maxPositional = 0);
// The value of an integer option within [min, max], or fallback when absent.
std::int64_t intOption(const QCommandLineParser &parser, const QString &name, std::int64_t min,
                       std::int64_t max, std::int64_t fallback);
// Formats entropy with two decimals, independent of the C locale.
void appendBits(OutputSink &out, double bits);
void appendInt(OutputSink &out, std::int64_t value);
// Appends text as a JSON string literal, quotes included.
void appendJsonString(OutputSink &out, std::string_view utf8);
void appendJsonString(OutputSink &out, const QString &text);

// Writes count secret values, one per line, or with json one {"value":…,"entropy_bits":…}
// object per line. appendValue(SecureBytes &) appends one value; in plain mode it writes straight
// into the output buffer, in JSON mode into a scratch buffer that is escaped and then wiped.
template <typename AppendValue>
void writeSecrets(OutputSink &out, std::int64_t count, bool json, double bits,
                  AppendValue appendValue)
{
    SecureBytes value;
    for (std::int64_t i = 0; i < count; ++i) {
        if (json) {
            value.clear();
            appendValue(value);
            out.append("{\"value\":");
            appendJsonString(out, std::string_view(value.data(), value.size()));
            out.append(",\"entropy_bits\":");
            appendBits(out, bits);
            out.append("}\n");
            secureZero(value.data(), value.size());
        } else {
            appendValue(out.buffer());
            out.append('\n');
        }
        out.maybeFlush();
    }
}

} // namespace support
} // namespace passforge::cli
