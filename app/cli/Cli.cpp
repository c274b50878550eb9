// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CliSupport.h"
#include "passforge/ByteSource.h"

namespace passforge::cli {

namespace {

// A message for stderr as one line, whatever value it quotes back: a newline in the value must
// not split it, and no other control character may reach the terminal (a CR or an escape
// sequence would rewrite what the user sees). Those show as \xNN.
QString oneLine(const QString &message)
{
    QString line;
    line.reserve(message.size());
    for (const QChar c : message) {
        if (c == QLatin1Char('\n'))
            line += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}

} // namespace

QString Cli::topLevelHelp()
{
    return tr("Usage: passforge-cli COMMAND [OPTIONS]\n"
              "Passwords, tokens, numbers and fair draws from the operating system's random "
              "source.\n"
              "\n"
              "Commands:\n"
              "  password   random passwords from character classes\n"
              "  passphrase random words, like correct-horse-battery-staple\n"
              "  token      API tokens: hex, urlsafe, base64, base32, uuid or raw bytes\n"
              "  number     uniform integers in an inclusive range\n"
              "  pick       draw winners from a list, one entry per line\n"
              "  sites      the websites whose password rules password --site knows\n"
              "  presets    the named sets of options that --preset applies\n"
              "  check      how hard a password you have is to guess (read from standard input)\n"
              "\n"
              "Options:\n"
              "  -h, --help     show this help; COMMAND --help shows a command's options\n"
              "  -v, --version  show the version\n"
              "\n"
              "Exit status: 0 on success, 1 when the random source or the output fails (or "
              "pick --verify finds a difference), 2 for bad input.\n");
}

const std::vector<Cli::Command> &Cli::commands()
{
    static const std::vector<Command> table{
        {"password", &Cli::runPassword}, {"passphrase", &Cli::runPassphrase},
        {"token", &Cli::runToken},       {"number", &Cli::runNumber},
        {"pick", &Cli::runPick},         {"sites", &Cli::runSites},
        {"presets", &Cli::runPresets},   {"check", &Cli::runCheck},
    };
    return table;
}

int Cli::run(const QStringList &args, ByteSource &source, int outFd, int inFd,
             QStringList *messages)
{
    OutputSink out(outFd);
    CliContext context{source, out, inFd, {}, {}};
    auto fail = [&](int code, const QString &message) {
        out.discard();
        if (messages)
            messages->append(QStringLiteral("passforge-cli: ") + oneLine(message));
        return code;
    };
    auto print = [&](const QString &text) {
        out.append(text.toStdString());
        out.flush();
        return int(ExitOk);
    };

    try {
        const QString command = args.value(1);
        if (command.isEmpty())
            return fail(ExitUsage, tr("missing command; try 'passforge-cli --help'"));
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help"))
            return print(topLevelHelp());
        if (command == QLatin1String("--version") || command == QLatin1String("-v"))
            return print(QStringLiteral("passforge-cli " PASSFORGE_VERSION "\n"));

        // Hidden: the shell completions, made from the commands' own options (see Completions).
        if (command == QLatin1String("--completions")) {
            const QString shell = args.value(2);
            const QString script = completions(shell);
            if (script.isEmpty())
                return fail(ExitUsage, tr("unknown shell '%1' for --completions; use bash, zsh "
                                          "or fish")
                                           .arg(shell));
            return print(script);
        }

        Runner runner = nullptr;
        for (const Command &entry : commands()) {
            if (command == QLatin1String(entry.name))
                runner = entry.run;
        }
        if (!runner)
            return fail(ExitUsage,
                        tr("unknown command '%1'; try 'passforge-cli --help'").arg(command));

        const int code = runner(args, context);
        if (messages) {
            for (const QString &note : std::as_const(context.notes))
                messages->append(QStringLiteral("passforge-cli: ") + oneLine(note));
        }
        if (!context.help.isEmpty())
            return print(context.help);
        out.flush();
        return code;
    } catch (const UsageError &e) {
        return fail(ExitUsage, e.message());
    } catch (const RandomSourceError &e) {
        return fail(
            ExitFailure,
            tr("the system random source failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (const OutputError &e) {
        return fail(ExitFailure,
                    tr("cannot write the output: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (const std::exception &e) {
        // Core throws nothing else for input (bad settings are its Error values), so this is a
        // failure of the program or its libraries, and is named as such.
        return fail(ExitFailure, tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace passforge::cli
