// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli sites and presets: what --site and --preset can name.
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/Presets.h"
#include "passforge/SiteRules.h"

#include <QJsonObject>

#include <algorithm>

namespace passforge::cli {

namespace {

// A preset's options as the command line that applies them: "--length 6 --digits", each value
// quoted when the shell would split or expand it.
QString optionsText(const QJsonObject &options)
{
    QStringList parts;
    for (const QString &arg : Presets::arguments(options)) {
        const bool plain = !arg.isEmpty() && std::all_of(arg.begin(), arg.end(), [](QChar c) {
            return c.isLetterOrNumber() || QStringLiteral("-_.,:/@+=").contains(c);
        });
        parts << (plain ? arg
                        : QLatin1Char('\'') +
                              QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                              QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

int Cli::runSites(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(
        parser, tr("The websites whose password rules 'password --site' knows, with their rules "
                   "(Apple's password-manager-resources, %1): one per line, the domain, a tab, "
                   "the rules.")
                    .arg(SiteRules::builtInVersion()));
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with domain and rules.")});
    if (support::parse(parser, args, context))
        return ExitOk;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const SiteRules::Site &site : SiteRules::builtIn().sites()) {
        if (json) {
            context.out.append("{\"domain\":");
            support::appendJsonString(context.out, site.domain);
            context.out.append(",\"rules\":");
            support::appendJsonString(context.out, site.rules);
            context.out.append("}\n");
        } else {
            context.out.append(
                (site.domain + QLatin1Char('\t') + site.rules + QLatin1Char('\n')).toStdString());
        }
        context.out.maybeFlush();
    }
    return ExitOk;
}

int Cli::runPresets(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(
        parser, tr("The presets that --preset can name, built-in ones first: one per line, the "
                   "name, a tab, the command, a tab, its options. Your own presets are in %1.")
                    .arg(Presets::defaultPath()));
    if (support::parse(parser, args, context))
        return ExitOk;
    QString error;
    const Presets presets = Presets::load(
        context.presetsPath.isEmpty() ? Presets::defaultPath() : context.presetsPath, &error);
    if (!error.isEmpty())
        throw UsageError(error);
    for (const Presets::Preset &preset : presets.visible()) {
        context.out.append((preset.name + QLatin1Char('\t') + preset.command + QLatin1Char('\t') +
                            optionsText(preset.options) + QLatin1Char('\n'))
                               .toStdString());
    }
    return ExitOk;
}

} // namespace passforge::cli
