// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli token: the formats, their lengths and alphabets, UUIDs, raw bytes, --json, and
// line counts of bulk output.
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <array>
#include <optional>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(u"\\A(?:"_s + pattern + u")\\z"_s);
}

// RFC 9562: version 4 in the 13th hex digit, variant 10xx in the 17th.
const QString UuidPattern =
    u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s;

// RFC 4648 base32 without padding, decoded strictly: the bits left over after the last whole
// byte must be fewer than 5 and all zero, so only the canonical encoding of some bytes passes.
std::optional<QByteArray> decodeBase32(const QByteArray &text)
{
    static constexpr std::string_view Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        const auto at = Alphabet.find(c);
        if (at == std::string_view::npos)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return bytes;
}

// The bytes a token encodes, when it is the canonical encoding in format; nothing otherwise.
std::optional<QByteArray> decodeToken(const QString &format, const QByteArray &token)
{
    if (format == u"hex") {
        const QByteArray bytes = QByteArray::fromHex(token);
        return bytes.toHex() == token ? std::optional(bytes) : std::nullopt;
    }
    if (format == u"base32")
        return decodeBase32(token);
    const QByteArray::Base64Options options =
        format == u"base64" ? QByteArray::Base64Options(QByteArray::Base64Encoding)
                            : QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const auto decoded =
        QByteArray::fromBase64Encoding(token, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(options) != token)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

void TstCli::tokenDefault()
{
    // Issue 2: 32 bytes as hex.
    const CliResult run = runCli({u"token"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    QVERIFY2(anchored(u"[0-9a-f]{64}\\n"_s).match(QString::fromLatin1(run.out)).hasMatch(),
             run.out.constData());
}

void TstCli::tokenFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("pattern");

    for (int n : {1, 2, 3, 4, 5, 6, 16, 31, 32, 33, 64}) {
        // Lengths from the encodings' definitions: hex 2 digits a byte; base64 4 characters per
        // 3 bytes, padded to a multiple of 4; urlsafe the same without padding, ceil(4n/3);
        // base32 8 characters per 5 bytes without padding, ceil(8n/5).
        const int padding = (3 - n % 3) % 3;
        QTest::addRow("hex %d", n) << u"hex"_s << n << 2 * n << u"[0-9a-f]+"_s;
        QTest::addRow("urlsafe %d", n)
            << u"urlsafe"_s << n << (4 * n + 2) / 3 << u"[A-Za-z0-9_-]+"_s;
        QTest::addRow("base64 %d", n)
            << u"base64"_s << n << 4 * ((n + 2) / 3) << u"[A-Za-z0-9+/]+={%1}"_s.arg(padding);
        QTest::addRow("base32 %d", n) << u"base32"_s << n << (8 * n + 4) / 5 << u"[A-Z2-7]+"_s;
    }
}

void TstCli::tokenFormat()
{
    QFETCH(QString, format);
    QFETCH(int, bytes);
    QFETCH(int, length);
    QFETCH(QString, pattern);

    const CliResult run = runCli({u"token"_s, u"--format"_s, format, u"--bytes"_s,
                                  QString::number(bytes), u"--count"_s, u"20"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 20);
    const QRegularExpression shape = anchored(pattern);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() == length, line.constData());
        QVERIFY2(shape.match(QString::fromLatin1(line)).hasMatch(), line.constData());
        const auto decoded = decodeToken(format, line);
        QVERIFY2(decoded && decoded->size() == bytes, line.constData());
    }
}

void TstCli::tokenUuid()
{
    const CliResult run = runCli(words("token --format uuid --count 200"));
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 200);
    const QRegularExpression uuid = anchored(UuidPattern);
    QSet<char> variants;
    for (const QByteArray &line : lines) {
        QVERIFY2(uuid.match(QString::fromLatin1(line)).hasMatch(), line.constData());
        variants.insert(line.at(19));
    }
    QCOMPARE(QSet<QByteArray>(lines.cbegin(), lines.cend()).size(), lines.size());
    // The two variant bits are fixed, the next two random: all of 8 9 a b appear in 200 UUIDs
    // unless something is wrong (P(one missing) <= 4 (3/4)^200, about 4e-25).
    QCOMPARE(variants, (QSet<char>{'8', '9', 'a', 'b'}));
}

void TstCli::tokenJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("bits");

    // A token of n random bytes has 8n bits; a UUID keeps 122 of its 128 bits random.
    QTest::addRow("default") << words("token --json") << u"[0-9a-f]{64}"_s << 256.0;
    QTest::addRow("base32 16") << words("token --json --format base32 --bytes 16")
                               << u"[A-Z2-7]{26}"_s << 128.0;
    QTest::addRow("urlsafe 1") << words("token --json --format urlsafe --bytes 1")
                               << u"[A-Za-z0-9_-]{2}"_s << 8.0;
    QTest::addRow("base64 5") << words("token --json --format base64 --bytes 5")
                              << u"[A-Za-z0-9+/]{7}="_s << 40.0;
    QTest::addRow("uuid") << words("token --json --format uuid") << UuidPattern << 122.0;
}

void TstCli::tokenJson()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pattern);
    QFETCH(double, bits);

    const CliResult run = runCli(args << u"--count"_s << u"3"_s);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> lines = outputLines(run.out);
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        QCOMPARE(keysOf(*object), (QStringList{u"entropy_bits"_s, u"value"_s}));
        QVERIFY2(anchored(pattern).match(object->value(u"value"_s).toString()).hasMatch(),
                 line.constData());
        QVERIFY2(sameBits(object->value(u"entropy_bits"_s).toDouble(), bits), line.constData());
    }
}

void TstCli::tokenRaw_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("count");
    QTest::addRow("1 byte") << 1 << 1;
    QTest::addRow("16 bytes 3 times") << 16 << 3;
    QTest::addRow("32 bytes 100 times") << 32 << 100;
    QTest::addRow("4096 bytes 5 times") << 4096 << 5;
    QTest::addRow("1 MiB + 1 twice") << (1 << 20) + 1 << 2;
    QTest::addRow("16 MiB") << (1 << 24) << 1;
}

void TstCli::tokenRaw()
{
    QFETCH(int, bytes);
    QFETCH(int, count);
    const CliResult run = runCli({u"token"_s, u"--format"_s, u"raw"_s, u"--bytes"_s,
                                  QString::number(bytes), u"--count"_s, QString::number(count)});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    // Exactly the bytes: no newline, no encoding.
    QCOMPARE(run.out.size(), qsizetype(bytes) * count);
    if (run.out.size() >= 20'000) {
        // Random bytes take all 256 values; P(one missing in n bytes) <= 256 (255/256)^n, about
        // 1e-33 for n = 20000. Text (hex, base64) would use at most 65.
        std::array<bool, 256> seen{};
        for (char c : std::as_const(run.out))
            seen[static_cast<unsigned char>(c)] = true;
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](bool b) { return b; }));
    }
}

void TstCli::bulkLineCount_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("distinct");

    // Enough values that output passes through the CLI's block buffer many times over.
    QTest::addRow("token hex") << words("token --count 200000") << 200000 << u"[0-9a-f]{64}"_s
                               << true;
    QTest::addRow("token base32") << words("token --count 200000 --format base32 --bytes 10")
                                  << 200000 << u"[A-Z2-7]{16}"_s << true;
    QTest::addRow("token uuid") << words("token --count 100000 --format uuid") << 100000
                                << UuidPattern << true;
    QTest::addRow("password") << words("password --count 100000 --length 16") << 100000
                              << u"[!-~]{16}"_s << true;
    QTest::addRow("number") << words("number --min 1 --max 6 --count 200000") << 200000
                            << u"[1-6]"_s << false;
}

void TstCli::bulkLineCount()
{
    QFETCH(QStringList, args);
    QFETCH(int, lines);
    QFETCH(QString, pattern);
    QFETCH(bool, distinct);

    const CliResult run = runCli(args);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const QList<QByteArray> values = outputLines(run.out);
    QCOMPARE(values.size(), lines);
    const QRegularExpression shape = anchored(pattern);
    for (const QByteArray &value : values)
        QVERIFY2(shape.match(QString::fromLatin1(value)).hasMatch(), value.constData());
    // A repeated block (a buffer written twice, or not refilled) would repeat values; with
    // 80 or more random bits each, a true repeat has probability below 1e-13.
    if (distinct)
        QCOMPARE(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size());
}

void TstCli::outputFailureIsNamed()
{
    // A write that fails (a full disk: /dev/full) is exit 1 with one line naming it, and only
    // then: other failures are not passed off as output errors.
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    CliOptions options;
    options.stdoutPath = u"/dev/full"_s;
    const CliResult run = runCli(words("token --count 3"), options);
    QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err),
             u"passforge-cli: cannot write the output: No space left on device\n"_s);
}
