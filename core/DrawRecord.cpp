// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawRecord.h"
#include "JsonText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace passforge {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    json::appendString(
        [&out](std::string_view part) { out.append(part.data(), qsizetype(part.size())); },
        std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void appendKey(QByteArray &out, const char *key)
{
    if (out.size() > 1)
        out.append(',');
    out.append('"').append(key).append("\":");
}

bool isLowerHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// A JSON number that is a whole number from min up, or -1.
qsizetype wholeNumber(const QJsonValue &value, qsizetype min)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < double(min) || d > 9.0e15)
        return -1;
    return qsizetype(d);
}

} // namespace

DrawRecord DrawRecord::make(const PickList &list, const FairDraw::Seed &seed, qsizetype count,
                            bool shuffle, bool unique, std::optional<QString> beacon,
                            const std::vector<PickList::Lookalike> &lookalikes,
                            const QDateTime &drawnAt)
{
    DrawRecord record;
    record.seed = seed;
    record.beacon = std::move(beacon);
    record.listSha256 = list.sha256Hex();
    record.entries = list.entryCount();
    record.tickets = list.ticketCount();
    record.duplicates = list.duplicateCount();
    record.unique = unique;
    record.shuffle = shuffle;
    record.count = shuffle ? list.entryCount() : count;
    for (qsizetype index : FairDraw::draw(list, seed, record.count, unique))
        record.result.append(list.entry(index));
    for (const PickList::Lookalike &pair : lookalikes)
        record.lookalikes.emplace_back(list.entry(pair.first), list.entry(pair.second));
    QDateTime utc = drawnAt.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    record.drawnAt = utc;
    return record;
}

QByteArray DrawRecord::toJson() const
{
    QByteArray out("{");
    appendKey(out, "algorithm");
    out.append('"').append(FairDraw::Algorithm).append('"');
    appendKey(out, "seed");
    out.append('"').append(FairDraw::hex(seed).toLatin1()).append('"');
    if (beacon) {
        appendKey(out, "beacon");
        appendString(out, *beacon);
    }
    appendKey(out, "list_sha256");
    out.append('"').append(listSha256.toLatin1()).append('"');
    appendKey(out, "entries");
    out.append(QByteArray::number(entries));
    appendKey(out, "tickets");
    out.append(QByteArray::number(tickets));
    appendKey(out, "duplicates");
    out.append(QByteArray::number(duplicates));
    appendKey(out, "unique");
    out.append(unique ? "true" : "false");
    appendKey(out, "count");
    out.append(QByteArray::number(count));
    appendKey(out, shuffle ? "order" : "winners");
    out.append('[');
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, result.at(i));
    }
    out.append(']');
    appendKey(out, "lookalikes");
    out.append('[');
    for (std::size_t i = 0; i < lookalikes.size(); ++i) {
        out.append(i == 0 ? "[" : ",[");
        appendString(out, lookalikes[i].first);
        out.append(',');
        appendString(out, lookalikes[i].second);
        out.append(']');
    }
    out.append(']');
    appendKey(out, "drawn_at");
    out.append('"').append(drawnAt.toUTC().toString(Qt::ISODate).toLatin1()).append('"');
    if (amends > 0) {
        appendKey(out, "amends");
        out.append("{\"draw\":").append(QByteArray::number(amends)).append(",\"replaced\":");
        appendString(out, replaced);
        out.append(",\"replacement\":");
        appendString(out, replacement);
        out.append('}');
    }
    out.append('}');
    return out;
}

std::optional<DrawRecord> DrawRecord::fromJson(QByteArrayView json, ReadError *error)
{
    using Kind = ReadError::Kind;
    const auto fail = [error](Kind kind, const QString &field, const QString &detail = {}) {
        if (error)
            *error = {kind, field, detail};
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            Kind::NotJson, {},
            QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(Kind::NotAnObject, {});
    const QJsonObject object = document.object();
    const auto missing = [&](const char *key) {
        return !object.contains(QLatin1String(key));
    };

    DrawRecord record;
    for (const char *key : {"algorithm", "seed", "list_sha256", "count"}) {
        if (missing(key))
            return fail(Kind::MissingField, QString::fromLatin1(key));
    }
    const QJsonValue algorithm = object.value(QLatin1String("algorithm"));
    if (!algorithm.isString())
        return fail(Kind::WrongType, QStringLiteral("algorithm"));
    if (algorithm.toString() != QLatin1String(FairDraw::Algorithm))
        return fail(Kind::UnknownAlgorithm, QStringLiteral("algorithm"), algorithm.toString());

    const QJsonValue seed = object.value(QLatin1String("seed"));
    if (!seed.isString())
        return fail(Kind::WrongType, QStringLiteral("seed"));
    const std::optional<FairDraw::Seed> seedBytes = FairDraw::seedFromHex(seed.toString());
    if (!seedBytes)
        return fail(Kind::BadHex, QStringLiteral("seed"), seed.toString());
    record.seed = *seedBytes;

    const QJsonValue sha = object.value(QLatin1String("list_sha256"));
    if (!sha.isString())
        return fail(Kind::WrongType, QStringLiteral("list_sha256"));
    record.listSha256 = sha.toString().toLower();
    if (!isLowerHex64(record.listSha256))
        return fail(Kind::BadHex, QStringLiteral("list_sha256"), sha.toString());

    if (object.contains(QLatin1String("beacon"))) {
        const QJsonValue beacon = object.value(QLatin1String("beacon"));
        if (!beacon.isString())
            return fail(Kind::WrongType, QStringLiteral("beacon"));
        record.beacon = beacon.toString();
    }
    record.count = wholeNumber(object.value(QLatin1String("count")), 1);
    if (record.count < 0)
        return fail(Kind::WrongType, QStringLiteral("count"));
    for (auto [key, field] :
         {std::pair{"entries", &record.entries}, std::pair{"tickets", &record.tickets},
          std::pair{"duplicates", &record.duplicates}}) {
        if (missing(key)) {
            *field = -1; // not recorded, not checked
            continue;
        }
        *field = wholeNumber(object.value(QLatin1String(key)), 0);
        if (*field < 0)
            return fail(Kind::WrongType, QString::fromLatin1(key));
    }
    if (object.contains(QLatin1String("unique"))) {
        const QJsonValue unique = object.value(QLatin1String("unique"));
        if (!unique.isBool())
            return fail(Kind::WrongType, QStringLiteral("unique"));
        record.unique = unique.toBool();
    }

    const bool hasWinners = object.contains(QLatin1String("winners"));
    record.shuffle = object.contains(QLatin1String("order"));
    if (hasWinners && record.shuffle)
        return fail(Kind::BothResults, QStringLiteral("order"));
    if (!hasWinners && !record.shuffle)
        return fail(Kind::MissingField, QStringLiteral("winners"));
    const QString resultKey = record.shuffle ? QStringLiteral("order") : QStringLiteral("winners");
    const QJsonValue result = object.value(resultKey);
    if (!result.isArray())
        return fail(Kind::WrongType, resultKey);
    for (const QJsonValue &name : result.toArray()) {
        if (!name.isString())
            return fail(Kind::WrongType, resultKey);
        record.result.append(name.toString());
    }

    if (object.contains(QLatin1String("drawn_at"))) {
        const QJsonValue at = object.value(QLatin1String("drawn_at"));
        record.drawnAt = QDateTime::fromString(at.toString(), Qt::ISODate);
        if (!at.isString() || !record.drawnAt.isValid())
            return fail(Kind::WrongType, QStringLiteral("drawn_at"));
    }
    if (object.contains(QLatin1String("amends"))) {
        const QJsonObject amends = object.value(QLatin1String("amends")).toObject();
        record.amends = int(wholeNumber(amends.value(QLatin1String("draw")), 1));
        record.replaced = amends.value(QLatin1String("replaced")).toString();
        record.replacement = amends.value(QLatin1String("replacement")).toString();
        if (record.amends < 1)
            return fail(Kind::WrongType, QStringLiteral("amends"));
    }
    if (error)
        *error = {};
    return record;
}

DrawRecord::Check DrawRecord::verify(const PickList &list) const
{
    using Outcome = Check::Outcome;
    const auto differs = [](Outcome outcome, const QString &expected, const QString &actual,
                            qsizetype place = 0) {
        return Check{outcome, place, expected, actual};
    };
    const QString sha = list.sha256Hex();
    if (sha != listSha256)
        return differs(Outcome::ListDiffers, sha, listSha256);
    if (entries >= 0 && entries != list.entryCount())
        return differs(Outcome::EntriesDiffer, QString::number(list.entryCount()),
                       QString::number(entries));
    if (tickets >= 0 && tickets != list.ticketCount())
        return differs(Outcome::TicketsDiffer, QString::number(list.ticketCount()),
                       QString::number(tickets));
    if (duplicates >= 0 && duplicates != list.duplicateCount())
        return differs(Outcome::DuplicatesDiffer, QString::number(list.duplicateCount()),
                       QString::number(duplicates));
    if (beacon) {
        const FairDraw::Seed fromBeacon = FairDraw::seedFromBeacon(beacon->toUtf8());
        if (fromBeacon != seed)
            return differs(Outcome::SeedDiffers, FairDraw::hex(fromBeacon), FairDraw::hex(seed));
    }
    if (shuffle && count != list.entryCount())
        return differs(Outcome::CountDiffers, QString::number(list.entryCount()),
                       QString::number(count));
    if (count > list.entryCount())
        return differs(Outcome::CountAboveEntries, QString::number(list.entryCount()),
                       QString::number(count));
    if (result.size() != count)
        return differs(Outcome::ResultSize, QString::number(count), QString::number(result.size()));
    const qsizetype drawn = count;
    const std::vector<qsizetype> winners = FairDraw::draw(list, seed, drawn, unique);
    for (qsizetype i = 0; i < drawn; ++i) {
        const QString name = list.entry(winners[std::size_t(i)]);
        if (name != result.at(i))
            return differs(Outcome::ResultDiffers, name, result.at(i), i + 1);
    }
    return {};
}

} // namespace passforge
