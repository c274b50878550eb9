// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace passforge::test {

// The character classes as issue 2 defines them, written out here independently of the core.
inline const QString LowerChars = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
inline const QString UpperChars = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
inline const QString DigitChars = QStringLiteral("0123456789");
// Python's string.punctuation.
inline const QString SymbolChars = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
// The look-alike set that README.md documents for --no-lookalikes.
inline const QString LookAlikeChars = QStringLiteral("0Oo1lI|2Z5S6G8B");

// The user-perceived characters (extended grapheme clusters) of text.
QStringList graphemesOf(const QString &text);
// The distinct single characters of chars, each as a one-character string, minus those in
// without.
QSet<QString> charSet(const QString &chars, const QString &without = {});
// A line of --json output parsed as an object, or nothing when it is not exactly one JSON object.
std::optional<QJsonObject> jsonObject(const QByteArray &line);
// The sorted keys of a JSON object.
QStringList keysOf(const QJsonObject &object);
// Issue 2's pick list, parsed independently of the core: one ticket per line, a leading UTF-8
// byte-order mark ignored, each line trimmed of ASCII whitespace (CR included), blank lines
// skipped.
QList<QByteArray> listTickets(const QByteArray &list);
// The normalised list whose SHA-256 pick --json reports: each ticket followed by "\n".
QByteArray normalisedList(const QByteArray &list);
// The seed of a plain pick, from its stderr: the hex when the last line is exactly
// "passforge-cli: drawn with passforge-draw-v1 from seed <64 lowercase hex>", else empty.
QString drawSeedLine(const QByteArray &err);
// Whether a printed entropy (two decimals) is the exact value rounded to two decimals.
bool sameBits(double printed, double exact);

} // namespace passforge::test
