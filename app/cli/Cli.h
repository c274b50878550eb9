// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "passforge/PasswordRules.h"
#include "passforge/PickList.h"
#include "passforge/SecureMemory.h"

#include <functional>
#include <optional>

#include <vector>

class QCommandLineParser;

namespace passforge {
class ByteSource;
} // namespace passforge

namespace passforge::cli {

struct CliContext;

// passforge-cli: parses the arguments, runs one command on the core, prints the values.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Runs the command line args (program name first). Values go to outFd, input for pick comes
    // from inFd, and lines for stderr (warnings, then at most one error) go to messages. Returns
    // the exit status: 0, 1 (random source or output failed) or 2 (bad input).
    static int run(const QStringList &args, ByteSource &source, int outFd, int inFd,
                   QStringList *messages);

    static int runPassword(const QStringList &args, CliContext &context);
    static int runToken(const QStringList &args, CliContext &context);
    static int runNumber(const QStringList &args, CliContext &context);
    static int runPassphrase(const QStringList &args, CliContext &context);
    static int runPick(const QStringList &args, CliContext &context);
    static int runSites(const QStringList &args, CliContext &context);
    static int runPresets(const QStringList &args, CliContext &context);
    static int runCheck(const QStringList &args, CliContext &context);

    static QString topLevelHelp();

    using Runner = int (*)(const QStringList &, CliContext &);
    struct Command
    {
        const char *name;
        Runner run;
    };
    // Every command, in the order the help lists them.
    static const std::vector<Command> &commands();
    // A completion script for bash, zsh or fish, made from each command's parser; empty for
    // another shell.
    static QString completions(const QString &shell);

private:
    // password --rules or --site, parsed; nullopt with neither. Bad rules throw UsageError.
    static std::optional<PasswordRules> rulesFrom(const QCommandLineParser &parser);
    // password --pronounceable.
    static int runPronounceable(const QCommandLineParser &parser, CliContext &context);
    // Writes --count passwords (or one as --qr, or as Wi-Fi text), each from appendNext.
    static int writePasswords(const QCommandLineParser &parser, CliContext &context, double bits,
                              const std::function<void(SecureBytes &)> &appendNext);
    // pick's list from path, or standard input when it is empty; bad lists throw UsageError.
    static PickList readPickList(const QString &path, CliContext &context);
    static void warnLookalikes(const PickList &list,
                               const std::vector<PickList::Lookalike> &lookalikes,
                               CliContext &context);
    // pick --verify: prints one line, and returns 0 when the record matches the list, else 1.
    static int verifyRecord(const QString &recordPath, const QString &listPath,
                            CliContext &context);
};

} // namespace passforge::cli
