// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"

#include <QFile>

namespace passforge::cli {

namespace {

constexpr qint64 MaxListBytes = PickList::MaxBytes;
constexpr qsizetype MaxEntryLength = PickList::MaxEntryLength;

} // namespace

int Cli::runPick(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(parser, tr("Draw winners from a list: one entry per line, from FILE or "
                                      "standard input. A name on several lines has several "
                                      "tickets; once it wins, all its tickets leave the draw."));
    parser.addOption({QStringLiteral("count"), tr("How many distinct winners (default 1)."),
                      tr("K", "value name in --help: a number of winners")});
    parser.addOption({QStringLiteral("shuffle"), tr("Print the whole list in random order.")});
    parser.addOption({QStringLiteral("json"),
                      tr("One JSON object with winners, entries, tickets, duplicates and "
                         "list_sha256.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list (default: standard input)."),
                                 QStringLiteral("[FILE]"));
    if (support::parse(parser, args, context, 1))
        return ExitOk;

    const bool shuffle = parser.isSet(QStringLiteral("shuffle"));
    if (shuffle && parser.isSet(QStringLiteral("count")))
        throw UsageError(tr("--shuffle prints the whole list and cannot be combined with --count"));
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);

    const QString path = parser.positionalArguments().value(0);
    const QString shownName = path.isEmpty() ? tr("standard input") : path;
    PickList::Error error = PickList::Error::None;
    PickList::Refusal refusal;
    QString systemMessage;
    PickList list;
    if (path.isEmpty()) {
        QFile input;
        if (!input.open(context.inputFd, QIODevice::ReadOnly))
            throw UsageError(tr("cannot read standard input: %1").arg(input.errorString()));
        list = PickList::fromDevice(input, &error, &refusal, &systemMessage);
    } else {
        list = PickList::fromFile(path, &error, &refusal, &systemMessage);
    }
    if (error == PickList::Error::IsDirectory)
        throw UsageError(tr("cannot read '%1': it is a directory").arg(path));
    if (error == PickList::Error::Unreadable)
        throw UsageError(tr("cannot read '%1': %2").arg(shownName, systemMessage));
    if (error == PickList::Error::TooLarge)
        throw UsageError(tr("the list in '%1' is larger than %2 MB")
                             .arg(shownName)
                             .arg(MaxListBytes / (1000 * 1000)));
    if (error == PickList::Error::InvalidUtf8)
        throw UsageError(tr("the list in '%1' is not valid UTF-8").arg(shownName));
    if (error == PickList::Error::RefusedCharacter) {
        const QString code = refusal.codePointName();
        switch (refusal.kind) {
        case PickList::Refusal::Kind::Control:
            throw UsageError(tr("line %1 contains a control character (%2); remove it")
                                 .arg(refusal.line)
                                 .arg(code));
        case PickList::Refusal::Kind::Bidirectional:
            throw UsageError(
                tr("line %1 contains a bidirectional control character (%2); remove it")
                    .arg(refusal.line)
                    .arg(code));
        case PickList::Refusal::Kind::Invisible:
            throw UsageError(tr("line %1 contains an invisible character (%2); remove it")
                                 .arg(refusal.line)
                                 .arg(code));
        }
    }
    if (error == PickList::Error::Empty)
        throw UsageError(
            tr("the list in '%1' has no entries (it is empty or blank)").arg(shownName));
    // Bytes bound characters from above, so only a list with a long line needs a closer look.
    if (list.longestEntryBytes() > MaxEntryLength) {
        for (qsizetype i = 0; i < list.entryCount(); ++i) {
            if (list.entry(i).size() > MaxEntryLength)
                throw UsageError(tr("an entry in '%1' is longer than %2 characters")
                                     .arg(shownName)
                                     .arg(MaxEntryLength));
        }
    }
    if (count > list.entryCount())
        throw UsageError(tr("--count %1 is more than the %2 entries in the list")
                             .arg(count)
                             .arg(list.entryCount()));

    // Names that look alike are a warning, not an error: the draw goes ahead, and whoever reads
    // the result is told which names to tell apart.
    const std::vector<PickList::Lookalike> lookalikes = list.lookalikes();
    for (const PickList::Lookalike &pair : lookalikes) {
        context.notes.append(tr("warning: '%1' and '%2' look alike (lines %3 and %4)")
                                 .arg(list.entry(pair.first), list.entry(pair.second))
                                 .arg(list.entryLine(pair.first))
                                 .arg(list.entryLine(pair.second)));
    }

    Random random(context.source);
    const QStringList result = shuffle ? list.shuffled(random) : list.draw(random, count);
    OutputSink &out = context.out;
    if (parser.isSet(QStringLiteral("json"))) {
        out.append(shuffle ? "{\"shuffled\":[" : "{\"winners\":[");
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (i > 0)
                out.append(',');
            support::appendJsonString(out, result.at(i));
        }
        out.append("],\"entries\":");
        support::appendInt(out, list.entryCount());
        out.append(",\"tickets\":");
        support::appendInt(out, list.ticketCount());
        out.append(",\"duplicates\":");
        support::appendInt(out, list.duplicateCount());
        out.append(",\"list_sha256\":\"");
        out.append(list.sha256Hex().toStdString());
        out.append("\",\"lookalikes\":[");
        for (std::size_t i = 0; i < lookalikes.size(); ++i) {
            out.append(i == 0 ? "[" : ",[");
            support::appendJsonString(out, list.entry(lookalikes[i].first));
            out.append(',');
            support::appendJsonString(out, list.entry(lookalikes[i].second));
            out.append(']');
        }
        out.append("]}\n");
    } else {
        for (const QString &entry : result) {
            out.append(entry.toStdString());
            out.append('\n');
            out.maybeFlush();
        }
    }
    return ExitOk;
}

} // namespace passforge::cli
