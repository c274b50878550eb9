// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens from the real OS source: the characters of the text encodings, the random nibbles of
// UUIDs and the raw bytes must be uniform.
//
// An encoding with w bits per character (hex 4, base32 5, base64 6) slices the 8n random bits
// of n bytes into characters. Character i carries b = min(w, 8n - i w) random bits followed by
// w - b zero bits, so its alphabet index is uniform over the multiples of 2^(w - b) below 2^w.
// That law is worked out per position here from the bit layout alone; a padding position must be
// '=' every time.
//
// Power (see ChiSquare.h; caught with probability 1 - 1e-6 at significance 1e-6): all the full
// characters together (b = w) are sized for a 1% relative bias in one character, and every
// position on its own for 3% (hex, base32, UUID nibbles) or 5% (base64's 64 characters would need
// 1.3e7 tokens for 3%). Encodings are fixed bit slicing: a slicing error changes which characters
// can occur at a position at all, which the zero-probability cells reject outright, so the
// per-position chi-square is a second line. Tokens long enough to be encoded in chunks are
// tested as a whole at 1%, their positions only for impossible characters. Raw bytes: one
// 256-cell test at 1% (7.6e8 bytes) per path.

#include "ChiSquare.h"

#include "passforge/OsRandomSource.h"
#include "passforge/Random.h"
#include "passforge/SecureMemory.h"
#include "passforge/TokenGenerator.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using passforge::SecureBytes;
using passforge::TokenGenerator;
using namespace passforge::stats;

Q_DECLARE_METATYPE(TokenGenerator::Format)

namespace {

// Generates tokens in batches (the bulk path) and hands each to sink(const char *, size).
template <typename Sink>
void forEachToken(const TokenGenerator &generator, passforge::Random &random, std::uint64_t n,
                  Sink &&sink)
{
    // About a megabyte of tokens at a time, back to back in one buffer as the CLI writes them.
    constexpr std::size_t Batch = 1 << 20;
    SecureBytes buffer;
    std::vector<std::size_t> ends;
    while (n > 0) {
        buffer.clear();
        ends.clear();
        while (n > 0 && buffer.size() < Batch) {
            generator.appendTo(random, buffer);
            ends.push_back(buffer.size());
            --n;
        }
        std::size_t start = 0;
        for (std::size_t end : ends) {
            sink(buffer.data() + start, end - start);
            start = end;
        }
    }
}

} // namespace

class TestTokenStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void encoding_data();
    void encoding();
    void uuidNibbles();
    void rawBytes_data();
    void rawBytes();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestTokenStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestTokenStatistics::encoding_data()
{
    QTest::addColumn<TokenGenerator::Format>("format");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("bits");            // per character
    QTest::addColumn<QByteArray>("alphabet"); // RFC 4648 alphabets, index = value
    QTest::addColumn<int>("padTo");           // padded length multiple, 0 for none
    QTest::addColumn<double>("bias");         // per position; 0: impossible characters only

    const QByteArray hex("0123456789abcdef");
    const QByteArray base32("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    const QByteArray base64("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    const QByteArray base64Url("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    QTest::addRow("hex 32 bytes") << TokenGenerator::Format::Hex << 32 << 4 << hex << 0 << 0.03;
    // 20 bytes = 160 bits = 32 whole characters; 32 bytes = 51 characters and 1 bit, so the
    // last character is A or Q.
    QTest::addRow("base32 20 bytes")
        << TokenGenerator::Format::Base32 << 20 << 5 << base32 << 0 << 0.03;
    QTest::addRow("base32 32 bytes")
        << TokenGenerator::Format::Base32 << 32 << 5 << base32 << 0 << 0.03;
    // 32 bytes = 42 characters and 4 bits: the 43rd holds 4 bits, then one '='.
    QTest::addRow("base64 32 bytes")
        << TokenGenerator::Format::Base64 << 32 << 6 << base64 << 4 << 0.05;
    // 31 bytes = 41 characters and 2 bits: the 42nd holds 2 bits, no padding.
    QTest::addRow("urlsafe 31 bytes")
        << TokenGenerator::Format::UrlSafe << 31 << 6 << base64Url << 0 << 0.05;
    // Long tokens are encoded in chunks of 3840 bytes: 10000 bytes make two whole chunks and a
    // part. Too few tokens for a chi-square per position (bias 0): each position is only checked
    // for characters it cannot hold, the characters together at 1%.
    QTest::addRow("hex 10000 bytes, chunked")
        << TokenGenerator::Format::Hex << 10000 << 4 << hex << 0 << 0.0;
    QTest::addRow("base32 10000 bytes, chunked")
        << TokenGenerator::Format::Base32 << 10000 << 5 << base32 << 0 << 0.0;
    QTest::addRow("base64 10000 bytes, chunked")
        << TokenGenerator::Format::Base64 << 10000 << 6 << base64 << 4 << 0.0;
}

void TestTokenStatistics::encoding()
{
    QFETCH(TokenGenerator::Format, format);
    QFETCH(int, bytes);
    QFETCH(int, bits);
    QFETCH(QByteArray, alphabet);
    QFETCH(int, padTo);
    QFETCH(double, bias);

    const int cells = 1 << bits;
    QCOMPARE(alphabet.size(), cells);
    const int dataChars = (8 * bytes + bits - 1) / bits;
    const int fullChars = 8 * bytes / bits;
    const int length = padTo ? (dataChars + padTo - 1) / padTo * padTo : dataChars;

    // Per position: uniform over the indices whose low (w - b) bits are zero.
    std::vector<std::vector<double>> expected(dataChars, std::vector<double>(cells, 0));
    for (int i = 0; i < dataChars; ++i) {
        const int random = std::min(bits, 8 * bytes - i * bits);
        for (int r = 0; r < (1 << random); ++r)
            expected[i][r << (bits - random)] = 1.0 / (1 << random);
    }
    int index[256];
    std::fill(std::begin(index), std::end(index), -1);
    for (int v = 0; v < cells; ++v)
        index[static_cast<unsigned char>(alphabet[v])] = v;

    const std::uint64_t whole = (samplesForUniform(cells) + fullChars - 1) / fullChars;
    const std::uint64_t n = bias > 0 ? std::max(whole, samplesForUniform(cells, bias)) : whole;
    std::vector<std::uint64_t> counts(static_cast<std::size_t>(dataChars) * cells, 0);
    std::uint64_t malformed = 0;
    const TokenGenerator generator(format, bytes);
    forEachToken(generator, *m_random, n, [&](const char *token, std::size_t size) {
        if (size != static_cast<std::size_t>(length) ||
            !std::all_of(token + dataChars, token + length, [](char c) { return c == '='; })) {
            ++malformed;
            return;
        }
        for (int i = 0; i < dataChars; ++i) {
            const int v = index[static_cast<unsigned char>(token[i])];
            if (v < 0) {
                ++malformed;
                return;
            }
            ++counts[static_cast<std::size_t>(i) * cells + v];
        }
    });
    QCOMPARE(malformed, 0u);

    std::vector<std::uint64_t> full(cells, 0);
    for (int i = 0; i < dataChars; ++i) {
        const auto row = std::span(counts).subspan(static_cast<std::size_t>(i) * cells, cells);
        if (i < fullChars) {
            for (int v = 0; v < cells; ++v)
                full[v] += row[v];
        }
        const ChiSquareResult r = chiSquareTest(row, expected[i]);
        if (bias > 0) {
            PASSFORGE_VERIFY_FITS(r, QStringLiteral("character %1").arg(i));
        } else {
            QVERIFY2(!r.impossibleOutcome,
                     qPrintable(QStringLiteral("character %1: ").arg(i) + r.describe()));
        }
    }
    PASSFORGE_VERIFY_FITS(chiSquareUniform(full), QStringLiteral("all whole characters"));
}

void TestTokenStatistics::uuidNibbles()
{
    // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx: 32 hex digits. Digit 12 is the version, always 4;
    // digit 16 holds the variant bits 10 and two random bits, so it is 8, 9, a or b, each 1/4;
    // the other 30 carry 4 random bits each.
    constexpr int Digits = 32;
    const QByteArray hex("0123456789abcdef");
    const std::uint64_t n =
        std::max((samplesForUniform(16) + 29) / 30, samplesForUniform(16, 0.03));
    std::vector<std::uint64_t> counts(Digits * 16, 0);
    std::uint64_t malformed = 0;
    const TokenGenerator generator(TokenGenerator::Format::Uuid, 16);
    forEachToken(generator, *m_random, n, [&](const char *token, std::size_t size) {
        if (size != 36 || token[8] != '-' || token[13] != '-' || token[18] != '-' ||
            token[23] != '-') {
            ++malformed;
            return;
        }
        int digit = 0;
        for (int i = 0; i < 36; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23)
                continue;
            const auto v = hex.indexOf(token[i]);
            if (v < 0) {
                ++malformed;
                return;
            }
            ++counts[digit * 16 + v];
            ++digit;
        }
    });
    QCOMPARE(malformed, 0u);

    std::vector<double> version(16, 0);
    version[4] = 1;
    std::vector<double> variant(16, 0);
    for (int v : {8, 9, 10, 11})
        variant[v] = 0.25;
    std::vector<std::uint64_t> pooled(16, 0);
    for (int d = 0; d < Digits; ++d) {
        const auto row = std::span(counts).subspan(d * 16, 16);
        if (d == 12) {
            QCOMPARE(row[4], n);
        } else if (d == 16) {
            PASSFORGE_VERIFY_FITS(chiSquareTest(row, variant), QStringLiteral("variant digit"));
        } else {
            for (int v = 0; v < 16; ++v)
                pooled[v] += row[v];
            PASSFORGE_VERIFY_FITS(chiSquareUniform(row), QStringLiteral("digit %1").arg(d));
        }
    }
    PASSFORGE_VERIFY_FITS(chiSquareUniform(pooled), QStringLiteral("the 30 random digits"));
}

void TestTokenStatistics::rawBytes_data()
{
    QTest::addColumn<int>("bytes");
    // Smaller than Random's 4096-byte batch, so copied out of it; 4096 is no multiple of 24, so
    // tokens straddle batch refills.
    QTest::addRow("24 bytes, through the batch") << 24;
    // 4096 bytes and more go straight to the OS source.
    QTest::addRow("65536 bytes, straight from the source") << 65536;
}

void TestTokenStatistics::rawBytes()
{
    QFETCH(int, bytes);
    const std::uint64_t n = (samplesForUniform(256) + bytes - 1) / bytes;
    std::vector<std::uint64_t> counts(256, 0);
    std::uint64_t malformed = 0;
    const TokenGenerator generator(TokenGenerator::Format::Raw, bytes);
    forEachToken(generator, *m_random, n, [&](const char *token, std::size_t size) {
        if (size != static_cast<std::size_t>(bytes)) {
            ++malformed;
            return;
        }
        for (std::size_t i = 0; i < size; ++i)
            ++counts[static_cast<unsigned char>(token[i])];
    });
    QCOMPARE(malformed, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareUniform(counts), QStringLiteral("byte values"));
}

QTEST_GUILESS_MAIN(TestTokenStatistics)
#include "tst_stats_token.moc"
