// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/DrawRecord.h"
#include "passforge/FairDraw.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace passforge::cli {

namespace {

constexpr qint64 MaxListBytes = PickList::MaxBytes;
constexpr qsizetype MaxEntryLength = PickList::MaxEntryLength;
constexpr qint64 MaxRecordBytes = DrawRecord::MaxBytes;

} // namespace

PickList Cli::readPickList(const QString &path, CliContext &context)
{
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
    return list;
}

int Cli::runPick(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(
        parser, tr("Draw winners from a list: one entry per line, from FILE or standard input. A "
                   "name on several lines has several tickets; once it wins, all its tickets "
                   "leave the draw. Every draw is passforge-draw-v1 (docs/draws.md): the seed "
                   "and the list decide the winners, so anyone can check them."));
    parser.addOption({QStringLiteral("count"), tr("How many distinct winners (default 1)."),
                      tr("K", "value name in --help: a number of winners")});
    parser.addOption(
        {QStringLiteral("shuffle"), tr("Print every entry once, in an order drawn by tickets.")});
    parser.addOption(
        {QStringLiteral("unique"), tr("One ticket per entry, however often a name appears.")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Draw from these 32 bytes instead of a fresh seed from the system."),
                      tr("HEX", "value name in --help: 64 hexadecimal digits")});
    parser.addOption({QStringLiteral("beacon"),
                      tr("Draw from a public random value announced in advance: the seed is the "
                         "SHA-256 of TEXT, exactly as given."),
                      tr("TEXT", "value name in --help: the text of a public random value")});
    parser.addOption({QStringLiteral("json"),
                      tr("One JSON object: the draw's record, which pick --verify checks.")});
    parser.addOption({QStringLiteral("verify"),
                      tr("Check a record (from --json) against the list: exit 0 when it matches, "
                         "1 when it does not."),
                      tr("RECORD", "value name in --help: a record file")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list (default: standard input)."),
                                 QStringLiteral("[FILE]"));
    if (support::parse(parser, args, context, 1))
        return ExitOk;

    const auto isSet = [&parser](const char *name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    if (isSet("verify")) {
        for (const char *other : {"count", "shuffle", "unique", "seed", "beacon", "json"}) {
            if (isSet(other))
                throw UsageError(tr("--verify takes the draw from the record and cannot be "
                                    "combined with --%1")
                                     .arg(QString::fromLatin1(other)));
        }
        return verifyRecord(parser.value(QStringLiteral("verify")),
                            parser.positionalArguments().value(0), context);
    }

    const bool shuffle = isSet("shuffle");
    if (shuffle && isSet("count"))
        throw UsageError(tr("--shuffle prints the whole list and cannot be combined with --count"));
    if (isSet("seed") && isSet("beacon"))
        throw UsageError(tr("--seed and --beacon each give the seed; use one of them"));
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);
    std::optional<FairDraw::Seed> seed;
    std::optional<QString> beacon;
    if (isSet("seed")) {
        const QString hex = parser.value(QStringLiteral("seed"));
        seed = FairDraw::seedFromHex(hex);
        if (!seed)
            throw UsageError(
                tr("--seed must be 64 hexadecimal digits (32 bytes), not '%1'").arg(hex));
    } else if (isSet("beacon")) {
        beacon = parser.value(QStringLiteral("beacon"));
        // The arguments were decoded from UTF-8; bytes that were not UTF-8 became U+FFFD, and
        // the SHA-256 of the text would not be that of what was given.
        if (beacon->isEmpty())
            throw UsageError(tr("--beacon needs the text of the public random value"));
        if (beacon->contains(QChar::ReplacementCharacter))
            throw UsageError(tr("--beacon must be UTF-8 text, not '%1'").arg(*beacon));
        seed = FairDraw::seedFromBeacon(beacon->toUtf8());
    }

    const PickList list = readPickList(parser.positionalArguments().value(0), context);
    if (!shuffle && count > list.entryCount())
        throw UsageError(tr("--count %1 is more than the %2 entries in the list")
                             .arg(count)
                             .arg(list.entryCount()));
    const std::vector<PickList::Lookalike> lookalikes = list.lookalikes();
    warnLookalikes(list, lookalikes, context);

    if (!seed) {
        Random random(context.source);
        seed = FairDraw::freshSeed(random);
    }
    const DrawRecord record =
        DrawRecord::make(list, *seed, qsizetype(count), shuffle, isSet("unique"), beacon,
                         lookalikes, QDateTime::currentDateTimeUtc());
    OutputSink &out = context.out;
    if (isSet("json")) {
        out.append(record.toJson().toStdString());
        out.append('\n');
    } else {
        for (const QString &entry : record.result) {
            out.append(entry.toStdString());
            out.append('\n');
            out.maybeFlush();
        }
        // On stderr, so that the output stays the winners alone, yet a plain draw can be checked.
        context.notes.append(tr("drawn with %1 from seed %2")
                                 .arg(QLatin1String(FairDraw::Algorithm), FairDraw::hex(*seed)));
    }
    return ExitOk;
}

void Cli::warnLookalikes(const PickList &list, const std::vector<PickList::Lookalike> &lookalikes,
                         CliContext &context)
{
    // Names that look alike are a warning, not an error: the draw goes ahead, and whoever reads
    // the result is told which names to tell apart.
    for (const PickList::Lookalike &pair : lookalikes) {
        context.notes.append(tr("warning: '%1' and '%2' look alike (lines %3 and %4)")
                                 .arg(list.entry(pair.first), list.entry(pair.second))
                                 .arg(list.entryLine(pair.first))
                                 .arg(list.entryLine(pair.second)));
    }
}

int Cli::verifyRecord(const QString &recordPath, const QString &listPath, CliContext &context)
{
    // The record first: a malformed one is bad input (exit 2) whatever the list holds.
    QFile file(recordPath);
    if (QFileInfo(recordPath).isDir())
        throw UsageError(tr("cannot read '%1': it is a directory").arg(recordPath));
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(tr("cannot read '%1': %2").arg(recordPath, file.errorString()));
    const QByteArray json = file.read(MaxRecordBytes + 1);
    if (json.size() > MaxRecordBytes)
        throw UsageError(tr("the record '%1' is larger than %2 MB")
                             .arg(recordPath)
                             .arg(MaxRecordBytes / (1000 * 1000)));
    DrawRecord::ReadError readError;
    const std::optional<DrawRecord> record = DrawRecord::fromJson(json, &readError);
    if (!record) {
        using Kind = DrawRecord::ReadError::Kind;
        switch (readError.kind) {
        case Kind::NotJson:
            throw UsageError(
                tr("the record '%1' is not JSON: %2").arg(recordPath, readError.detail));
        case Kind::NotAnObject:
            throw UsageError(tr("the record '%1' is not a JSON object").arg(recordPath));
        case Kind::MissingField:
            throw UsageError(tr("the record '%1' has no \"%2\"").arg(recordPath, readError.field));
        case Kind::UnknownAlgorithm:
            throw UsageError(
                tr("the record '%1' is for the algorithm '%2', not %3")
                    .arg(recordPath, readError.detail, QLatin1String(FairDraw::Algorithm)));
        case Kind::BadHex:
            throw UsageError(tr("the record's \"%1\" must be 64 hexadecimal digits, not '%2'")
                                 .arg(readError.field, readError.detail));
        case Kind::BothResults:
            throw UsageError(
                tr("the record '%1' has both \"winners\" and \"order\"").arg(recordPath));
        case Kind::WrongType:
        case Kind::None:
            break;
        }
        throw UsageError(
            tr("the record's \"%1\" has the wrong type or value").arg(readError.field));
    }

    const PickList list = readPickList(listPath, context);
    warnLookalikes(list, list.lookalikes(), context);
    using Outcome = DrawRecord::Check::Outcome;
    const DrawRecord::Check check = record->verify(list);
    QString line;
    switch (check.outcome) {
    case Outcome::Verified:
        line = record->shuffle ? tr("verified: the order of %1 entries, list %2, seed %3")
                                     .arg(record->count)
                                     .arg(record->listSha256, FairDraw::hex(record->seed))
                               : tr("verified: %1 of %2 entries, list %3, seed %4")
                                     .arg(record->count)
                                     .arg(list.entryCount())
                                     .arg(record->listSha256, FairDraw::hex(record->seed));
        break;
    case Outcome::ListDiffers:
        line = tr("the list differs: its SHA-256 is %1, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::EntriesDiffer:
        line = tr("the entries differ: the list has %1, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::TicketsDiffer:
        line = tr("the tickets differ: the list has %1, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::DuplicatesDiffer:
        line = tr("the duplicates differ: the list has %1, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::SeedDiffers:
        line = tr("the seed differs: SHA-256 of the beacon is %1, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::CountDiffers:
        line = tr("the count differs: a shuffle of the list orders %1 entries, the record says %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::CountAboveEntries:
        line = tr("the count differs: the list has %1 entries, the record's count is %2")
                   .arg(check.expected, check.actual);
        break;
    case Outcome::ResultSize:
        line = record->shuffle ? tr("the order differs: it should name %1 entries, the record "
                                    "names %2")
                                     .arg(check.expected, check.actual)
                               : tr("the count differs: the record's count is %1, but it names "
                                    "%2 winners")
                                     .arg(check.expected, check.actual);
        break;
    case Outcome::ResultDiffers:
        line = (record->shuffle ? tr("place %1 of the order differs: the draw gives '%2', the "
                                     "record says '%3'")
                                : tr("winner %1 differs: the draw gives '%2', the record says "
                                     "'%3'"))
                   .arg(check.place)
                   .arg(check.expected, check.actual);
        break;
    }
    context.out.append(line.toStdString());
    context.out.append('\n');
    return check.outcome == Outcome::Verified ? ExitOk : ExitFailure;
}

} // namespace passforge::cli
