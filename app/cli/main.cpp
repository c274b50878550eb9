// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Localization.h"
#include "passforge/OsRandomSource.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passforge-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSFORGE_VERSION));
    // Messages on stderr and the help follow the user's language (LANGUAGE, LC_ALL, LANG). What
    // goes to stdout as a value, and every JSON key, is never passed through tr().
    passforge::i18n::install(app, QLocale::system());

    passforge::OsRandomSource source;
    QStringList messages;
    const int code =
        passforge::cli::Cli::run(QCoreApplication::arguments(), source, 1, 0, &messages);
    for (const QString &line : std::as_const(messages))
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    return code;
}
