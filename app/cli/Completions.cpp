// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli --completions bash|zsh|fish: shell completion scripts made from each command's
// own parser (every option, and whether it takes a value), so that they cannot drift from it.
// The build runs it and installs the three files. Values that the core knows (token formats,
// passphrase cases, built-in lists) are written in; sites and presets are asked of passforge-cli
// when completing, since presets are the user's own.
#include "Cli.h"
#include "CliSupport.h"
#include "OutputSink.h"
#include "passforge/OsRandomSource.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/TokenGenerator.h"
#include "passforge/Wordlist.h"

#include <QRegularExpression>
#include <QSet>

namespace passforge::cli {

namespace {

struct Option
{
    QString name;
    bool takesValue = false;
    bool takesFile = false;
    QString description;
};

struct CommandSpec
{
    QString name;
    QList<Option> options;
    bool fileArgument = false; // pick [FILE]
};

// Each command's options, read from the help its own parser writes ("  --length <N>  ...",
// "  -h, --help  ..."), which lists every option with its value name, in English.
QList<CommandSpec> describeCommands()
{
    static const QRegularExpression optionLine(QStringLiteral("^  (-[^ ].*?)(?:  +(.*))?$"));
    static const QRegularExpression name(QStringLiteral("^(--[a-z0-9-]+)(?: <([^>]+)>)?$"));
    QList<CommandSpec> specs;
    OsRandomSource source; // never read: the commands stop at their parser
    for (const Cli::Command &command : Cli::commands()) {
        OutputSink out(-1);
        QString help;
        CliContext context{source, out, -1, {}, {}};
        context.described = &help;
        command.run({QStringLiteral("passforge-cli"), QString::fromLatin1(command.name)}, context);
        CommandSpec spec{QString::fromLatin1(command.name), {}, false};
        spec.fileArgument = spec.name == QLatin1String("pick");
        Option *last = nullptr;
        for (const QString &line : help.split(u'\n')) {
            const QRegularExpressionMatch m = optionLine.match(line);
            if (!m.hasMatch()) {
                // A description that wraps goes on, indented, under its option.
                if (last && line.startsWith(QLatin1String("      ")))
                    last->description += u' ' + line.trimmed();
                else
                    last = nullptr;
                continue;
            }
            last = nullptr;
            for (const QString &part : m.captured(1).split(QStringLiteral(", "))) {
                const QRegularExpressionMatch n = name.match(part.trimmed());
                if (!n.hasMatch())
                    continue; // -h: --help is offered
                spec.options.append({n.captured(1), !n.captured(2).isEmpty(),
                                     n.captured(2) == QLatin1String("FILE"), m.captured(2)});
                last = &spec.options.last();
            }
        }
        specs.append(spec);
    }
    return specs;
}

// The values an option takes, where the core knows them all.
QStringList valuesOf(const QString &option)
{
    if (option == QLatin1String("--format")) {
        QStringList formats;
        for (int f = 0; f <= int(TokenGenerator::Format::Raw); ++f)
            formats << TokenGenerator::formatName(TokenGenerator::Format(f));
        return formats;
    }
    if (option == QLatin1String("--case"))
        return PassphraseGenerator::caseNames();
    if (option == QLatin1String("--list"))
        return Wordlist::builtInCodes();
    if (option == QLatin1String("--wifi-security"))
        return {QStringLiteral("wpa"), QStringLiteral("wpa3")};
    return {};
}

// Asked of passforge-cli while completing: the first field of each line it prints.
QString dynamicSource(const QString &option)
{
    if (option == QLatin1String("--site"))
        return QStringLiteral("sites");
    if (option == QLatin1String("--preset"))
        return QStringLiteral("presets");
    return {};
}

QString shellWords(const QStringList &words)
{
    return words.join(u' ');
}

QString bash(const QList<CommandSpec> &specs)
{
    QString s =
        QStringLiteral("# bash completion for passforge-cli (passforge-cli --completions bash)\n"
                       "_passforge_cli()\n{\n"
                       "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                       "    local cmd=${COMP_WORDS[1]} opts='' IFS=$'\\n'\n"
                       "    COMPREPLY=()\n"
                       "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
                       "        COMPREPLY=($(compgen -W \"$(printf '%s\\n' ");
    QStringList names;
    for (const CommandSpec &spec : specs)
        names << spec.name;
    s += shellWords(names + QStringList{QStringLiteral("--help"), QStringLiteral("--version")});
    s += QStringLiteral(")\" -- \"$cur\"))\n        return\n    fi\n    case \"$prev\" in\n");
    QSet<QString> done;
    for (const CommandSpec &spec : specs) {
        for (const Option &o : spec.options) {
            if (!o.takesValue || done.contains(o.name))
                continue;
            done.insert(o.name);
            s += QStringLiteral("    %1)\n").arg(o.name);
            if (const QStringList values = valuesOf(o.name); !values.isEmpty())
                s += QStringLiteral("        COMPREPLY=($(compgen -W \"$(printf '%s\\n' %1)\" "
                                    "-- \"$cur\"))\n")
                         .arg(shellWords(values));
            else if (const QString from = dynamicSource(o.name); !from.isEmpty())
                s += QStringLiteral("        COMPREPLY=($(compgen -W \"$(passforge-cli %1 "
                                    "2>/dev/null | cut -f1)\" -- \"$cur\"))\n")
                         .arg(from);
            else if (o.takesFile)
                s += QStringLiteral("        COMPREPLY=($(compgen -f -- \"$cur\"))\n");
            s += QStringLiteral("        return ;;\n");
        }
    }
    s += QStringLiteral("    esac\n    case \"$cmd\" in\n");
    for (const CommandSpec &spec : specs) {
        QStringList options;
        for (const Option &o : spec.options)
            options << o.name;
        s += QStringLiteral("    %1) opts=\"$(printf '%s\\n' %2)\" ;;\n")
                 .arg(spec.name, shellWords(options));
    }
    s += QStringLiteral("    *) return ;;\n    esac\n"
                        "    if [[ \"$cur\" != -* && \"$cmd\" == pick ]]; then\n"
                        "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                        "    else\n"
                        "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
                        "    fi\n}\ncomplete -F _passforge_cli passforge-cli\n");
    return s;
}

// An option's help text made safe inside a zsh _arguments spec ('[...]') or a fish string.
QString plainDescription(QString text)
{
    text = text.simplified();
    for (const QChar c : {u'[', u']', u':', u'\'', u'\\', u'`', u'$', u'"'})
        text.remove(c);
    return text;
}

QString zsh(const QList<CommandSpec> &specs)
{
    QString s = QStringLiteral("#compdef passforge-cli\n"
                               "# zsh completion for passforge-cli (passforge-cli --completions "
                               "zsh)\n_passforge_cli() {\n"
                               "    local -a commands\n    commands=(");
    for (const CommandSpec &spec : specs)
        s += QStringLiteral(" %1").arg(spec.name);
    s += QStringLiteral(")\n    if (( CURRENT == 2 )); then\n"
                        "        compadd -a commands\n        return\n    fi\n"
                        "    case $words[2] in\n");
    for (const CommandSpec &spec : specs) {
        s += QStringLiteral("    %1)\n        _arguments -s \\\n").arg(spec.name);
        for (const Option &o : spec.options) {
            QString action;
            if (const QStringList values = valuesOf(o.name); !values.isEmpty())
                action = QStringLiteral("(%1)").arg(shellWords(values));
            else if (const QString from = dynamicSource(o.name); !from.isEmpty())
                action = QStringLiteral("{local -a v; v=(${(f)\"$(passforge-cli %1 "
                                        "2>/dev/null | cut -f1)\"}); compadd -a v}")
                             .arg(from);
            else if (o.takesFile)
                action = QStringLiteral("_files");
            else
                action = QStringLiteral(" ");
            s += QStringLiteral("            '%1[%2]%3' \\\n")
                     .arg(o.name, plainDescription(o.description),
                          o.takesValue ? QStringLiteral(":value:") + action : QString());
        }
        s += spec.fileArgument ? QStringLiteral("            '1::file:_files'\n        ;;\n")
                               : QStringLiteral("            \n        ;;\n");
    }
    s += QStringLiteral("    esac\n}\n_passforge_cli \"$@\"\n");
    return s;
}

QString fish(const QList<CommandSpec> &specs)
{
    QString s = QStringLiteral("# fish completion for passforge-cli (passforge-cli --completions "
                               "fish)\ncomplete -c passforge-cli -f\n");
    for (const CommandSpec &spec : specs)
        s += QStringLiteral("complete -c passforge-cli -n __fish_use_subcommand -a %1\n")
                 .arg(spec.name);
    for (const CommandSpec &spec : specs) {
        const QString when = QStringLiteral("-n '__fish_seen_subcommand_from %1'").arg(spec.name);
        if (spec.fileArgument)
            s += QStringLiteral("complete -c passforge-cli %1 -F\n").arg(when);
        for (const Option &o : spec.options) {
            QString line =
                QStringLiteral("complete -c passforge-cli %1 -l %2").arg(when, o.name.mid(2));
            if (o.takesValue)
                line += QStringLiteral(" -r");
            if (const QStringList values = valuesOf(o.name); !values.isEmpty())
                line += QStringLiteral(" -a '%1'").arg(shellWords(values));
            else if (const QString from = dynamicSource(o.name); !from.isEmpty())
                line += QStringLiteral(" -a '(passforge-cli %1 2>/dev/null | string split -f1 "
                                       "\\t)'")
                            .arg(from);
            else if (o.takesFile)
                line += QStringLiteral(" -F");
            line += QStringLiteral(" -d '%1'\n").arg(plainDescription(o.description).left(80));
            s += line;
        }
    }
    return s;
}

} // namespace

QString Cli::completions(const QString &shell)
{
    if (shell == QLatin1String("bash"))
        return bash(describeCommands());
    if (shell == QLatin1String("zsh"))
        return zsh(describeCommands());
    if (shell == QLatin1String("fish"))
        return fish(describeCommands());
    return {};
}

} // namespace passforge::cli
