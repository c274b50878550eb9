// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "Cli.h"
#include "passforge/OsRandomSource.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTemporaryFile>

#if defined(Q_OS_UNIX)
#include <grp.h>
#include <unistd.h>
#endif

namespace passforge::test {

namespace {

// Generous: the slowest run (a 32 MB list) takes well under a second; this only stops a hang.
constexpr int RunTimeoutMs = 120'000;

QProcessEnvironment cleanEnvironment()
{
    // Nothing of the caller's locale or Qt settings may change what the CLI prints. Sanitizer and
    // loader settings pass through, so the same test also runs in the asan build.
    const QProcessEnvironment caller = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "LD_LIBRARY_PATH"}) {
        const QString key = QString::fromLatin1(name);
        if (caller.contains(key))
            env.insert(key, caller.value(key));
    }
    return env;
}

#if defined(Q_OS_UNIX)
// A copy of the CLI that "nobody" can execute wherever the checkout lives: a build directory
// under a home of mode 0700, or a private CI work directory, is out of its reach. Made once per
// test process in a fresh directory of mode 0755 under the system's temporary directory, and
// removed with it at exit. Empty when the copy fails.
QString reachableCliProgram()
{
    static QTemporaryDir dir(QStringLiteral("/tmp/passforge-cli-XXXXXX"));
    static const QString program = [] {
        const QString target = dir.filePath(QStringLiteral("passforge-cli"));
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
        if (!dir.isValid() || !QFile::setPermissions(dir.path(), open) ||
            !QFile::copy(cliProgram(), target) || !QFile::setPermissions(target, open))
            return QString();
        return target;
    }();
    return program;
}
#endif

} // namespace

bool CliResult::succeeded() const
{
    return started && finished && exitStatus == QProcess::NormalExit && exitCode == 0 &&
           err.isEmpty();
}

QString CliResult::describe() const
{
    if (!started)
        return QStringLiteral("did not start: ") + startError;
    if (!finished)
        return QStringLiteral("timed out");
    return QStringLiteral("exit status %1%2, stderr [%3], %4 bytes of stdout starting [%5]")
        .arg(exitCode)
        .arg(exitStatus == QProcess::CrashExit ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(err))
        .arg(out.size())
        .arg(QString::fromUtf8(out.left(200)));
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString cliProgram()
{
    return QStringLiteral(PASSFORGE_CLI);
}

CliResult runCli(const QStringList &args, const CliOptions &options)
{
    QProcess process;
    // PASSFORGE_CLI_WRAPPER runs the CLI under a tool such as valgrind: the tool's own words
    // first, then the CLI and its arguments.
    const QStringList wrapper =
        qEnvironmentVariable("PASSFORGE_CLI_WRAPPER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString program = cliProgram();
#if defined(Q_OS_UNIX)
    if (options.unprivileged && ::geteuid() == 0)
        program = reachableCliProgram();
#endif
    if (program.isEmpty()) {
        CliResult result;
        result.startError = QStringLiteral("cannot copy the CLI where another user can run it");
        return result;
    }
    if (wrapper.isEmpty()) {
        process.setProgram(program);
        process.setArguments(args);
    } else {
        process.setProgram(wrapper.first());
        process.setArguments(wrapper.mid(1) + QStringList{program} + args);
    }
    QProcessEnvironment env = cleanEnvironment();
    for (const auto &[name, value] : options.environment) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    if (!options.stdoutPath.isEmpty())
        process.setStandardOutputFile(options.stdoutPath);
#if defined(Q_OS_UNIX)
    if (options.unprivileged && ::geteuid() == 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls. 65534 is
        // "nobody" on Debian. Without the drop, root reads a file whatever its mode.
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(CannotDropPrivileges);
        });
    }
#endif

    CliResult result;
    process.start();
    if (!process.waitForStarted(RunTimeoutMs)) {
        result.startError = process.errorString();
        return result;
    }
    result.started = true;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(RunTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(RunTimeoutMs);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult runCliInProcess(const QStringList &args, const QByteArray &input)
{
    CliResult result;
    QTemporaryFile in;
    QTemporaryFile out;
    if (!in.open() || in.write(input) != input.size() || !in.flush() || !in.seek(0) ||
        !out.open()) {
        result.startError = QStringLiteral("cannot make scratch files for the run");
        return result;
    }
    OsRandomSource source;
    QStringList messages;
    result.started = true;
    result.exitCode = cli::Cli::run(QStringList{QStringLiteral("passforge-cli")} + args, source,
                                    out.handle(), in.handle(), &messages);
    result.finished = true;
    result.exitStatus = QProcess::NormalExit;
    for (const QString &line : std::as_const(messages))
        result.err += line.toLocal8Bit() + '\n';
    QFile written(out.fileName());
    if (written.open(QIODevice::ReadOnly))
        result.out = written.readAll();
    return result;
}

QList<QByteArray> outputLines(const QByteArray &out)
{
    if (out.isEmpty())
        return {};
    QList<QByteArray> lines = out.split('\n');
    if (lines.constLast().isEmpty())
        lines.removeLast(); // the "\n" that ends the last line
    else
        lines.last().append(UnterminatedMarker);
    return lines;
}

} // namespace passforge::test
