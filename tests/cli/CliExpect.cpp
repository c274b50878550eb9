// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliExpect.h"

#include <QRegularExpression>

#include <QJsonDocument>
#include <QTextBoundaryFinder>

#include <cmath>

namespace passforge::test {

QStringList graphemesOf(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        result.append(text.mid(start, finder.position() - start));
        start = finder.position();
    }
    return result;
}

QSet<QString> charSet(const QString &chars, const QString &without)
{
    QSet<QString> result;
    for (const QChar c : chars) {
        if (!without.contains(c))
            result.insert(QString(c));
    }
    return result;
}

std::optional<QJsonObject> jsonObject(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QList<QByteArray> listTickets(const QByteArray &list)
{
    QByteArray text = list;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    QList<QByteArray> tickets;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray ticket = line.trimmed();
        if (!ticket.isEmpty())
            tickets.append(ticket);
    }
    return tickets;
}

QByteArray normalisedList(const QByteArray &list)
{
    QByteArray result;
    for (const QByteArray &ticket : listTickets(list))
        result += ticket + '\n';
    return result;
}

QString drawSeedLine(const QByteArray &err)
{
    static const QRegularExpression line(
        QStringLiteral("(?:^|\n)passforge-cli: drawn with passforge-draw-v1 from seed "
                       "([0-9a-f]{64})\n$"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(err));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool sameBits(double printed, double exact)
{
    return std::llround(printed * 100) == std::llround(exact * 100) &&
           std::abs(printed * 100 - std::round(printed * 100)) < 1e-6;
}

} // namespace passforge::test
