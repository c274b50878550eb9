// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutputSink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <stdexcept>

namespace passforge {
class ByteSource;
}

namespace passforge::cli {

// Exit statuses: 0 success, 1 the random source or the output failed, 2 bad input.
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
};

// The largest --count any command accepts; counts stream, so this only guards against nonsense.
constexpr std::int64_t MaxCount = 1'000'000'000'000;

class Cli;

namespace support {

// Builds a parser with --help and the command's description.
void prepareParser(QCommandLineParser &parser, const QString &description);
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

} // namespace support
} // namespace passforge::cli
