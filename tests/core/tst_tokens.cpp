// SPDX-License-Identifier: GPL-3.0-or-later
// Token encodings, the token half of the secrets mirror, and TokenGenerator. Expected values
// come from RFC 4648 section 10, RFC 9562 appendix A.3, Qt's own base64/hex encoders (an
// implementation independent of ours), a bit-by-bit base32 reference, and closed-form lengths.

#include "Encoding.h"
#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"
#include "ScriptedSource.h"
#include "passforge/Secrets.h"
#include "passforge/TokenGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <climits>
#include <limits>
#include <optional>

using passforge::OsRandomSource;
using passforge::Random;
using passforge::RandomSourceError;
using passforge::SecureBytes;
using passforge::TokenGenerator;
using passforge::test::ScriptedSource;
namespace encoding = passforge::encoding;
namespace secrets = passforge::secrets;
using Format = TokenGenerator::Format;

Q_DECLARE_METATYPE(TokenGenerator::Format)

namespace {

using Encoder = void (*)(std::span<const std::byte>, SecureBytes &);

QByteArray encode(Encoder encoder, const QByteArray &in)
{
    SecureBytes out;
    encoder(std::as_bytes(std::span(in.constData(), static_cast<std::size_t>(in.size()))), out);
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

// Bytes 0, 1, 2, ... (mod 256) of length n: every row gets different, known input.
QByteArray countingBytes(int n, int start = 0)
{
    QByteArray b;
    for (int i = 0; i < n; ++i)
        b.append(static_cast<char>((start + i * 37) & 0xFF));
    return b;
}

// RFC 4648 section 6 read literally: each output character is the next 5 bits, most significant
// first, with the last group zero-filled; no padding. Deliberately slow and simple.
QByteArray referenceBase32(const QByteArray &in)
{
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const qsizetype bits = in.size() * 8;
    QByteArray out;
    for (qsizetype start = 0; start < bits; start += 5) {
        int v = 0;
        for (qsizetype b = start; b < start + 5; ++b) {
            const int bit =
                b < bits ? (static_cast<unsigned char>(in[b / 8]) >> (7 - b % 8)) & 1 : 0;
            v = (v << 1) | bit;
        }
        out.append(alphabet[v]);
    }
    return out;
}

// Python: len(base64.urlsafe_b64encode(x).rstrip(b'=')). The padded encoding has 4*ceil(n/3)
// characters, of which (3 - n%3) % 3 are '='. This equals ceil(4n/3): for n = 3k, 3k+1, 3k+2 it
// gives 4k, 4k+2, 4k+3.
int pythonUrlsafeLength(int n)
{
    return 4 * ((n + 2) / 3) - (3 - n % 3) % 3;
}

// Characters of each encoding of n bytes, derived per format rather than from one formula.
int expectedLength(Format format, int n)
{
    switch (format) {
    case Format::Hex:
        return 2 * n;
    case Format::UrlSafe:
        return pythonUrlsafeLength(n);
    case Format::Base64:
        return 4 * ((n + 2) / 3);
    case Format::Base32: {
        // RFC 4648 section 6: a final group of 1, 2, 3 or 4 bytes gives 2, 4, 5 or 7 characters.
        const int tail[] = {0, 2, 4, 5, 7};
        return 8 * (n / 5) + tail[n % 5];
    }
    case Format::Uuid:
        return 36;
    case Format::Raw:
        return n;
    }
    return -1;
}

QString alphabetOf(Format format)
{
    switch (format) {
    case Format::Hex:
        return QStringLiteral("0123456789abcdef");
    case Format::UrlSafe:
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    case Format::Base64:
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    case Format::Base32:
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    case Format::Uuid:
    case Format::Raw:
        break;
    }
    return {};
}

const QString UuidPattern =
    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

const Format AllFormats[] = {Format::Hex,    Format::UrlSafe, Format::Base64,
                             Format::Base32, Format::Uuid,    Format::Raw};

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void base64UrlAlphabet_data();
    void base64UrlAlphabet();
    void encodingsMatchReferences_data();
    void encodingsMatchReferences();
    void appendKeepsExistingOutput();
    void uuid_data();
    void uuid();

    void secretsMatchPython_data();
    void secretsMatchPython();
    void secretsDefaults();
    void secretsNegativeThrows_data();
    void secretsNegativeThrows();
    void secretsFailingSourceThrows();
    void secretsBeyondOneGenerator();

    void generatorFormats_data();
    void generatorFormats();
    void generatorUsesWholeAlphabet_data();
    void generatorUsesWholeAlphabet();
    void generatorScripted_data();
    void generatorScripted();
    void generatorDefaults();
    void generatorInvalidBytes_data();
    void generatorInvalidBytes();
    void generatorFailingSourceThrows();
    void formatNames_data();
    void formatNames();
    void unknownFormatNames_data();
    void unknownFormatNames();
};

void TestTokens::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<QByteArray>("base32");
    QTest::addColumn<QByteArray>("base16");

    // RFC 4648 section 10, verbatim. Our base32 has no padding and our hex is lowercase, so the
    // test strips '=' from base32 and lowercases base16 before comparing.
    QTest::addRow("empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("f") << QByteArray("f") << QByteArray("Zg==") << QByteArray("MY======")
                       << QByteArray("66");
    QTest::addRow("fo") << QByteArray("fo") << QByteArray("Zm8=") << QByteArray("MZXQ====")
                        << QByteArray("666F");
    QTest::addRow("foo") << QByteArray("foo") << QByteArray("Zm9v") << QByteArray("MZXW6===")
                         << QByteArray("666F6F");
    QTest::addRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg==") << QByteArray("MZXW6YQ=")
                          << QByteArray("666F6F62");
    QTest::addRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE=")
                           << QByteArray("MZXW6YTB") << QByteArray("666F6F6261");
    QTest::addRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy")
                            << QByteArray("MZXW6YTBOI======") << QByteArray("666F6F626172");
}

void TestTokens::rfc4648Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, base64);
    QFETCH(QByteArray, base32);
    QFETCH(QByteArray, base16);

    QCOMPARE(encode(encoding::appendBase64, input), base64);
    QCOMPARE(encode(encoding::appendBase32, input), QByteArray(base32).replace('=', ""));
    QCOMPARE(encode(encoding::appendHex, input), base16.toLower());
    // These inputs contain no byte that maps to '+' or '/', so base64url is base64 minus padding.
    QCOMPARE(encode(encoding::appendBase64Url, input), QByteArray(base64).replace('=', ""));
}

void TestTokens::base64UrlAlphabet_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<QByteArray>("base64url");

    // FB FF BF = 111110 111111 111110 111111 = 62 63 62 63.
    QTest::addRow("62 63 62 63") << QByteArray("\xFB\xFF\xBF") << QByteArray("+/+/")
                                 << QByteArray("-_-_");
    // FB FF = 111110 111111 1111(00) = 62 63 60 ('8'), one '=' in base64.
    QTest::addRow("62 63 60") << QByteArray("\xFB\xFF") << QByteArray("+/8=") << QByteArray("-_8");
    // F8 = 111110 00(0000) = 62 0, two '=' in base64.
    QTest::addRow("62 0") << QByteArray("\xF8") << QByteArray("+A==") << QByteArray("-A");
    // FF = 111111 11(0000) = 63 48 ('w').
    QTest::addRow("63 48") << QByteArray("\xFF") << QByteArray("/w==") << QByteArray("_w");
    // 03 FF = 000000 111111 1111(00) = 0 63 60.
    QTest::addRow("0 63 60") << QByteArray("\x03\xFF") << QByteArray("A/8=") << QByteArray("A_8");
}

void TestTokens::base64UrlAlphabet()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, base64);
    QFETCH(QByteArray, base64url);
    QCOMPARE(encode(encoding::appendBase64, input), base64);
    QCOMPARE(encode(encoding::appendBase64Url, input), base64url);
}

void TestTokens::encodingsMatchReferences_data()
{
    QTest::addColumn<QByteArray>("input");
    for (int n = 0; n <= 64; ++n)
        QTest::addRow("%d bytes", n) << countingBytes(n, 200 + n);
    QTest::addRow("all 256 byte values") << countingBytes(256);
}

void TestTokens::encodingsMatchReferences()
{
    QFETCH(QByteArray, input);
    const auto n = static_cast<std::size_t>(input.size());

    QCOMPARE(encode(encoding::appendHex, input), input.toHex());
    QCOMPARE(encode(encoding::appendBase64, input), input.toBase64());
    QCOMPARE(encode(encoding::appendBase64Url, input),
             input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(encode(encoding::appendBase32, input), referenceBase32(input));

    QCOMPARE(encoding::hexLength(n), std::size_t(expectedLength(Format::Hex, int(n))));
    QCOMPARE(encoding::base64Length(n), std::size_t(expectedLength(Format::Base64, int(n))));
    QCOMPARE(encoding::base64UrlLength(n), std::size_t(expectedLength(Format::UrlSafe, int(n))));
    QCOMPARE(encoding::base32Length(n), std::size_t(expectedLength(Format::Base32, int(n))));
}

void TestTokens::appendKeepsExistingOutput()
{
    // Bulk output appends many tokens into one buffer, so an encoder must never clear it.
    SecureBytes out{'x', ':'};
    const QByteArray in("foo");
    const auto bytes = std::as_bytes(std::span(in.constData(), 3));
    encoding::appendHex(bytes, out);
    encoding::appendBase64(bytes, out);
    encoding::appendBase64Url(bytes, out);
    encoding::appendBase32(bytes, out);
    QCOMPARE(QByteArray(out.data(), qsizetype(out.size())), QByteArray("x:666f6fZm9vZm9vMZXW6"));
}

void TestTokens::uuid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    // Only the version nibble (high half of byte 6) and the variant bits (top two of byte 8) are
    // forced: 0x00 -> 0x40 / 0x80, 0xFF -> 0x4F / 0xBF; all other 122 bits pass through.
    QTest::addRow("all 0x00") << QByteArray(16, '\x00')
                              << QStringLiteral("00000000-0000-4000-8000-000000000000");
    QTest::addRow("all 0xFF") << QByteArray(16, '\xFF')
                              << QStringLiteral("ffffffff-ffff-4fff-bfff-ffffffffffff");
    // Byte i = i: byte 6 = 0x06 -> 0x46, byte 8 = 0x08 -> 0x88.
    QTest::addRow("bytes 00..0f") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
                                  << QStringLiteral("00010203-0405-4607-8809-0a0b0c0d0e0f");
    // RFC 9562 appendix A.3's random bits, with other bits where version and variant go:
    // byte 6 = 0xF3 -> 0x43, byte 8 = 0x5B -> 0x9B. The result is the RFC's example UUIDv4.
    QTest::addRow("RFC 9562 A.3") << QByteArray::fromHex("919108f752d1f3205bacf847db4148a8")
                                  << QStringLiteral("919108f7-52d1-4320-9bac-f847db4148a8");
}

void TestTokens::uuid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    // Through TokenGenerator and Random, so the test also proves the UUID takes exactly 16 bytes.
    ScriptedSource source;
    source.appendBytes(std::span(reinterpret_cast<const std::uint8_t *>(input.constData()), 16));
    source.appendBytes({0xEE}).padToBatch();
    Random random(source);
    const QString uuid = TokenGenerator(Format::Uuid, 0).generate(random);
    QCOMPARE(uuid, expected);
    QVERIFY(QRegularExpression(UuidPattern).match(uuid).hasMatch());
    QCOMPARE(uuid.at(14), QLatin1Char('4'));
    QVERIFY(QStringLiteral("89ab").contains(uuid.at(19)));
    QCOMPARE(secrets::tokenBytes(random, 1), QByteArray("\xEE"));
}

namespace {

// A Random over a scripted source holding bytes, then a 0xEE sentinel, then padding.
ScriptedSource scriptOf(const QByteArray &bytes)
{
    ScriptedSource source;
    source.appendBytes(std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())));
    source.appendBytes({0xEE}).padToBatch();
    return source;
}

} // namespace

void TestTokens::secretsMatchPython_data()
{
    QTest::addColumn<int>("n");
    for (int n = 0; n <= 64; ++n)
        QTest::addRow("n=%d", n) << n;
}

void TestTokens::secretsMatchPython()
{
    QFETCH(int, n);
    const QByteArray bytes = countingBytes(n, 7 * n);
    {
        ScriptedSource source = scriptOf(bytes);
        Random random(source);
        QCOMPARE(secrets::tokenBytes(random, n), bytes);
        QCOMPARE(secrets::tokenBytes(random, 1), QByteArray("\xEE")); // exactly n consumed
    }
    {
        ScriptedSource source = scriptOf(bytes);
        Random random(source);
        const QString hex = secrets::tokenHex(random, n);
        QCOMPARE(hex.size(), 2 * n); // Python: len(token_hex(n)) == 2n
        QCOMPARE(hex, QString::fromLatin1(bytes.toHex()));
    }
    {
        ScriptedSource source = scriptOf(bytes);
        Random random(source);
        const QString url = secrets::tokenUrlsafe(random, n);
        QCOMPARE(url.size(), pythonUrlsafeLength(n));
        QCOMPARE(url, QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals)));
    }
    // The same lengths from the real source.
    OsRandomSource os;
    Random random(os);
    QCOMPARE(secrets::tokenBytes(random, n).size(), n);
    QCOMPARE(secrets::tokenHex(random, n).size(), 2 * n);
    QCOMPARE(secrets::tokenUrlsafe(random, n).size(), pythonUrlsafeLength(n));
}

void TestTokens::secretsDefaults()
{
    // Python's DEFAULT_ENTROPY is 32 bytes: 64 hex digits, ceil(4*32/3) = 43 url-safe characters.
    QCOMPARE(secrets::DefaultTokenBytes, 32);
    OsRandomSource os;
    Random random(os);
    QCOMPARE(secrets::tokenBytes(random).size(), 32);
    QCOMPARE(secrets::tokenHex(random).size(), 64);
    QCOMPARE(secrets::tokenUrlsafe(random).size(), 43);
    QVERIFY(secrets::tokenBytes(random, 0).isEmpty());
    QVERIFY(secrets::tokenHex(random, 0).isEmpty());
    QVERIFY(secrets::tokenUrlsafe(random, 0).isEmpty());
}

void TestTokens::secretsNegativeThrows_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addRow("-1") << qsizetype(-1);
    QTest::addRow("-64") << qsizetype(-64);
    QTest::addRow("minimum") << std::numeric_limits<qsizetype>::min();
}

void TestTokens::secretsNegativeThrows()
{
    QFETCH(qsizetype, n);
    ScriptedSource source = scriptOf({});
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, secrets::tokenBytes(random, n));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, secrets::tokenHex(random, n));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, secrets::tokenUrlsafe(random, n));
    QVERIFY(source.requests().empty());
}

void TestTokens::secretsFailingSourceThrows()
{
    ScriptedSource source = scriptOf({});
    source.setFailing(true);
    Random random(source);
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, secrets::tokenBytes(random, 1));
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, secrets::tokenBytes(random, 5000)); // bypass
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, secrets::tokenHex(random));
    QVERIFY_THROWS_EXCEPTION(RandomSourceError, secrets::tokenUrlsafe(random));
    QCOMPARE(source.refusals(), std::size_t(4));
}

void TestTokens::secretsBeyondOneGenerator()
{
    // Python takes any size; the facade joins TokenGenerator pieces (each at most MaxBytes) so
    // that the text is that of one token: the right length, and no padding or seam inside.
    OsRandomSource os;
    Random random(os);
    const qsizetype n = TokenGenerator::MaxBytes + 5;
    const QString hex = secrets::tokenHex(random, n);
    QCOMPARE(hex.size(), 2 * n);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(hex).hasMatch());
    const QString url = secrets::tokenUrlsafe(random, n);
    QCOMPARE(url.size(), (4 * n + 2) / 3);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(url).hasMatch());
    QCOMPARE(secrets::tokenBytes(random, n).size(), n);
}

void TestTokens::generatorFormats_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<QString>("pattern");
    const QString patterns[] = {QStringLiteral("^[0-9a-f]+$"),
                                QStringLiteral("^[A-Za-z0-9_-]+$"),
                                QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"),
                                QStringLiteral("^[A-Z2-7]+$"),
                                UuidPattern,
                                QString()};
    for (int f = 0; f < 6; ++f) {
        for (int bytes : {1, 2, 3, 4, 5, 6, 7, 16, 32, 33, 64, 1000}) {
            const QString name = TokenGenerator::formatName(AllFormats[f]);
            QTest::addRow("%s %d bytes", qPrintable(name), bytes)
                << AllFormats[f] << bytes << patterns[f];
        }
    }
}

void TestTokens::generatorFormats()
{
    QFETCH(Format, format);
    QFETCH(int, bytes);
    QFETCH(QString, pattern);

    const TokenGenerator generator(format, bytes);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.entropyBits(), format == Format::Uuid ? 122.0 : 8.0 * bytes);

    OsRandomSource os;
    Random random(os);
    SecureBytes out;
    generator.appendTo(random, out);
    QCOMPARE(int(out.size()), expectedLength(format, bytes));
    // What the window shows as the token's length is what it is.
    QCOMPARE(generator.encodedLength(), out.size());
    if (format == Format::Raw)
        return; // any byte value is fine
    const QString text = QString::fromLatin1(out.data(), qsizetype(out.size()));
    QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(), qPrintable(text));
    if (format == Format::Base64)
        QCOMPARE(text.count(QLatin1Char('=')), (3 - bytes % 3) % 3);
    QCOMPARE(generator.generate(random).size(), expectedLength(format, bytes));
}

void TestTokens::generatorUsesWholeAlphabet_data()
{
    QTest::addColumn<Format>("format");
    for (Format f : {Format::Hex, Format::UrlSafe, Format::Base64, Format::Base32})
        QTest::addRow("%s", qPrintable(TokenGenerator::formatName(f))) << f;
}

void TestTokens::generatorUsesWholeAlphabet()
{
    // 3000 bytes is a whole number of 3- and 5-byte groups, so all characters are uniform. The
    // chance that one given symbol of a 64-letter alphabet is absent from 4000 characters is
    // (63/64)^4000 < 1e-27 (smaller still for 16 and 32 letters): a missing or stray symbol is
    // a real fault, not bad luck.
    QFETCH(Format, format);
    OsRandomSource os;
    Random random(os);
    const QString text = TokenGenerator(format, 3000).generate(random);
    QSet<QChar> used(text.cbegin(), text.cend());
    const QString alphabet = alphabetOf(format);
    QCOMPARE(used, QSet<QChar>(alphabet.cbegin(), alphabet.cend()));
}

void TestTokens::generatorScripted_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    // RFC 4648 section 10 vectors and the hand-derived base64url rows above.
    QTest::addRow("hex foobar") << Format::Hex << QByteArray("foobar")
                                << QStringLiteral("666f6f626172");
    QTest::addRow("urlsafe FBFFBF")
        << Format::UrlSafe << QByteArray("\xFB\xFF\xBF") << QStringLiteral("-_-_");
    QTest::addRow("urlsafe FBFF") << Format::UrlSafe << QByteArray("\xFB\xFF")
                                  << QStringLiteral("-_8");
    QTest::addRow("base64 fooba") << Format::Base64 << QByteArray("fooba")
                                  << QStringLiteral("Zm9vYmE=");
    QTest::addRow("base64 foobar")
        << Format::Base64 << QByteArray("foobar") << QStringLiteral("Zm9vYmFy");
    QTest::addRow("base32 fooba") << Format::Base32 << QByteArray("fooba")
                                  << QStringLiteral("MZXW6YTB");
    QTest::addRow("base32 foobar")
        << Format::Base32 << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::addRow("raw foobar") << Format::Raw << QByteArray("foobar") << QStringLiteral("foobar");
}

void TestTokens::generatorScripted()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    ScriptedSource source = scriptOf(input);
    Random random(source);
    QCOMPARE(TokenGenerator(format, int(input.size())).generate(random), expected);
    QCOMPARE(secrets::tokenBytes(random, 1), QByteArray("\xEE")); // exactly `bytes` consumed
}

void TestTokens::generatorDefaults()
{
    const TokenGenerator generator;
    QCOMPARE(generator.format(), Format::Hex);
    QCOMPARE(generator.bytes(), 32);
    QCOMPARE(TokenGenerator::DefaultBytes, int(secrets::DefaultTokenBytes));
    QVERIFY(generator.isValid());
    QCOMPARE(generator.entropyBits(), 256.0);
    OsRandomSource os;
    Random random(os);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                .match(generator.generate(random))
                .hasMatch());
}

void TestTokens::generatorInvalidBytes_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("valid");
    const int max = TokenGenerator::MaxBytes;
    for (Format f : AllFormats) {
        const QByteArray name = TokenGenerator::formatName(f).toLatin1();
        // A UUID always draws 16 bytes, so the byte count does not matter for it.
        const bool uuid = f == Format::Uuid;
        QTest::addRow("%s 0", name.constData()) << f << 0 << uuid;
        QTest::addRow("%s -1", name.constData()) << f << -1 << uuid;
        QTest::addRow("%s INT_MIN", name.constData()) << f << INT_MIN << uuid;
        QTest::addRow("%s max+1", name.constData()) << f << max + 1 << uuid;
        QTest::addRow("%s 1", name.constData()) << f << 1 << true;
        QTest::addRow("%s max", name.constData()) << f << max << true;
    }
}

void TestTokens::generatorInvalidBytes()
{
    QFETCH(Format, format);
    QFETCH(int, bytes);
    QFETCH(bool, valid);
    const TokenGenerator generator(format, bytes);
    QCOMPARE(generator.isValid(), valid);
    if (valid)
        return;
    // No bits and no length for settings that make no token (it was -8 bits a byte below 0).
    QCOMPARE(generator.entropyBits(), 0.0);
    QCOMPARE(generator.encodedLength(), std::size_t{0});
    ScriptedSource source = scriptOf({});
    Random random(source);
    SecureBytes out;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generator.appendTo(random, out));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generator.generate(random));
    QVERIFY(out.empty());
    QVERIFY(source.requests().empty());
}

void TestTokens::generatorFailingSourceThrows()
{
    for (Format f : AllFormats) {
        ScriptedSource source = scriptOf({});
        source.setFailing(true);
        Random random(source);
        QVERIFY_THROWS_EXCEPTION(RandomSourceError, TokenGenerator(f, 16).generate(random));
    }
}

void TestTokens::formatNames_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("name");
    // The names the CLI documents for --format.
    QTest::addRow("hex") << Format::Hex << QStringLiteral("hex");
    QTest::addRow("urlsafe") << Format::UrlSafe << QStringLiteral("urlsafe");
    QTest::addRow("base64") << Format::Base64 << QStringLiteral("base64");
    QTest::addRow("base32") << Format::Base32 << QStringLiteral("base32");
    QTest::addRow("uuid") << Format::Uuid << QStringLiteral("uuid");
    QTest::addRow("raw") << Format::Raw << QStringLiteral("raw");
}

void TestTokens::formatNames()
{
    QFETCH(Format, format);
    QFETCH(QString, name);
    QCOMPARE(TokenGenerator::formatName(format), name);
    const std::optional<Format> parsed = TokenGenerator::formatFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, format);
}

void TestTokens::unknownFormatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("base58") << QStringLiteral("base58");
    QTest::addRow("uuid4") << QStringLiteral("uuid4");
    QTest::addRow("hexadecimal") << QStringLiteral("hexadecimal");
}

void TestTokens::unknownFormatNames()
{
    QFETCH(QString, name);
    QVERIFY(!TokenGenerator::formatFromName(name).has_value());
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
