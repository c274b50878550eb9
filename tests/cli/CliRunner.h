// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>

namespace passforge::test {

// How to start the built passforge-cli for one run.
struct CliOptions
{
    // Written to the child's standard input, which is then closed, so a pick that reads standard
    // input never waits for more.
    QByteArray input;
    // When set, the child's standard output goes to this file instead of a pipe (a pty slave, to
    // make stdout a terminal).
    QString stdoutPath;
    // When the test runs as root, the child drops to the "nobody" user before exec, so that file
    // permissions apply to it. It then runs a copy of the CLI in a directory that user can reach,
    // wherever the build directory is.
    bool unprivileged = false;
    // Set in the child's environment on top of the clean one (an empty value unsets the name):
    // a locale to test, or a fault-injection shim and its settings.
    QList<std::pair<QString, QString>> environment;
};

// What one run of passforge-cli did.
struct CliResult
{
    bool started = false;
    bool finished = false; // false when the run timed out and was killed
    QString startError;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // Exited normally with status 0 and wrote nothing to stderr.
    bool succeeded() const;
    // For failure messages: how it ended, its stderr and the start of its stdout.
    QString describe() const;
};

// The exit status the child uses when it cannot drop privileges (see CliOptions::unprivileged).
constexpr int CannotDropPrivileges = 125;

// What outputLines() appends to a last line that lacks its "\n".
inline constexpr char UnterminatedMarker[] = "<no newline>";

// True when a run ended before the CLI itself ran: privileges could not be dropped, or a wrapper
// (PASSFORGE_CLI_WRAPPER, such as valgrind) could not execute it (126) or find it (127).
inline bool couldNotStart(const CliResult &result)
{
    return !result.started || (result.finished && result.exitStatus == QProcess::NormalExit &&
                               (result.exitCode == CannotDropPrivileges || result.exitCode == 126 ||
                                result.exitCode == 127));
}

// A command line written as one string, split at spaces: words("pick --count 2").
QStringList words(const char *line);

// The built passforge-cli (PASSFORGE_CLI, set by CMake).
QString cliProgram();
// Runs passforge-cli with args in a clean environment (LANG=C.UTF-8, nothing else of ours).
CliResult runCli(const QStringList &args, const CliOptions &options = {});
// Runs the same command line in this process, through Cli::run (the library the CLI is built
// from), with the OS random source: stdin from input, stdout to a scratch file, and stderr as
// main() would print the messages. Much cheaper than a process, for the many bad-input rows.
CliResult runCliInProcess(const QStringList &args, const QByteArray &input = {});

// stdout split into lines, without their "\n". A last line that lacks its "\n" comes back with
// UnterminatedMarker appended, so that any format check on the lines rejects it.
QList<QByteArray> outputLines(const QByteArray &out);

} // namespace passforge::test
