// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes custom-alphabet and exclude handling (grapheme splitting) in PasswordGenerator.
//
// Input layout:
//   byte 0  bits 0-3: lower, upper, digits, symbols enabled; bit 4: avoid look-alikes;
//           bit 5: length 0 (out of range); bit 6: two more passwords through a PasswordStream
//   byte 1  length - 1, modulo 64 (so 1..64)
//   byte 2  minimums, two bits per class (0..3)
//   rest    the custom characters, then 0xFF, then the excluded characters; both decoded as UTF-8
//           leniently (invalid bytes become U+FFFD). 0xFF never occurs in UTF-8, so it splits
//           cleanly.
#include "FuzzByteSource.h"
#include "FuzzCheck.h"
#include "Graphemes.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"

#include <QSet>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

using passforge::PasswordGenerator;

namespace {

constexpr int ClassCount = PasswordGenerator::ClassCount;

QString lenientUtf8(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Checks one generated password against the settings, through an independent grapheme split.
void checkPassword(const PasswordGenerator &generator, const QString &password,
                   const QSet<QString> &alphabet)
{
    const QStringList symbols = passforge::graphemes(password);
    FUZZ_CHECK(symbols.size() == generator.length());
    std::array<int, ClassCount> counts{};
    for (const QString &s : symbols) {
        FUZZ_CHECK(alphabet.contains(s));
        for (int c = 0; c < ClassCount; ++c) {
            const auto charClass = static_cast<PasswordGenerator::CharClass>(c);
            if (s.size() == 1 && PasswordGenerator::classCharacters(charClass).contains(s))
                ++counts[c];
        }
    }
    for (int c = 0; c < ClassCount; ++c) {
        const auto charClass = static_cast<PasswordGenerator::CharClass>(c);
        if (generator.classEnabled(charClass))
            FUZZ_CHECK(counts[c] >= generator.minimum(charClass));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const std::uint8_t flags = data[0];
    const std::uint8_t *rest = data + 3;
    const std::size_t restSize = size - 3;
    std::size_t split = 0;
    while (split < restSize && rest[split] != 0xFF)
        ++split;
    const QString custom = lenientUtf8(rest, split);
    const QString exclude =
        split < restSize ? lenientUtf8(rest + split + 1, restSize - split - 1) : QString();

    // Every setter rebuilds the alphabet, so only settings that differ from the defaults (all
    // classes, no minimums, nothing custom) are set: it keeps executions fast.
    PasswordGenerator generator;
    generator.setCustom(custom);
    generator.setExclude(exclude);
    for (int c = 0; c < ClassCount; ++c) {
        const auto charClass = static_cast<PasswordGenerator::CharClass>(c);
        if (!((flags >> c) & 1))
            generator.setClassEnabled(charClass, false);
        if (const int minimum = (data[2] >> (2 * c)) & 3; minimum > 0)
            generator.setMinimum(charClass, minimum);
    }
    if (flags & 0x10)
        generator.setAvoidLookAlikes(true);
    generator.setLength((flags & 0x20) ? 0 : 1 + data[1] % 64);

    passforge::fuzz::FuzzByteSource source(size);
    passforge::Random random(source);

    if (!generator.isValid()) {
        FUZZ_CHECK(generator.error() != PasswordGenerator::Error::None);
        FUZZ_CHECK(generator.entropyBits() == 0);
        bool threw = false;
        try {
            generator.generate(random);
        } catch (const std::logic_error &) {
            threw = true;
        }
        FUZZ_CHECK(threw);
        return 0;
    }

    // Settings the generator accepted must make sense on their own.
    FUZZ_CHECK(generator.length() >= PasswordGenerator::MinLength &&
               generator.length() <= PasswordGenerator::MaxLength);
    int minimumSum = 0;
    for (int c = 0; c < ClassCount; ++c) {
        const auto charClass = static_cast<PasswordGenerator::CharClass>(c);
        if (generator.classEnabled(charClass)) {
            minimumSum += generator.minimum(charClass);
            if (generator.minimum(charClass) > 0)
                FUZZ_CHECK(generator.classSize(charClass) > 0);
        }
    }
    FUZZ_CHECK(minimumSum <= generator.length());

    // The alphabet: distinct symbols, none excluded, every kept custom symbol present.
    const QStringList alphabetList = generator.alphabet();
    const QSet<QString> alphabet(alphabetList.begin(), alphabetList.end());
    FUZZ_CHECK(!alphabetList.isEmpty());
    FUZZ_CHECK(alphabet.size() == alphabetList.size());
    FUZZ_CHECK(generator.alphabetSize() == alphabetList.size());
    int sizes = generator.customSize();
    for (int c = 0; c < ClassCount; ++c)
        sizes += generator.classSize(static_cast<PasswordGenerator::CharClass>(c));
    FUZZ_CHECK(sizes == generator.alphabetSize());
    QSet<QString> removed;
    for (const QString &g : passforge::graphemes(exclude))
        removed.insert(g);
    if (generator.avoidLookAlikes()) {
        for (QChar ch : PasswordGenerator::lookAlikes())
            removed.insert(QString(ch));
    }
    for (const QString &s : alphabetList) {
        FUZZ_CHECK(!s.isEmpty());
        FUZZ_CHECK(!removed.contains(s));
        FUZZ_CHECK(!passforge::isDanglingGrapheme(s));
    }
    for (const QString &g : passforge::graphemes(custom)) {
        if (!removed.contains(g))
            FUZZ_CHECK(alphabet.contains(g));
    }

    // Entropy: finite, and no more than a free choice of every position.
    const double bits = generator.entropyBits();
    FUZZ_CHECK(std::isfinite(bits) && bits >= 0);
    FUZZ_CHECK(bits <= generator.length() * std::log2(double(alphabetList.size())) + 1e-6);

    checkPassword(generator, generator.generate(random), alphabet);
    if (flags & 0x40) {
        passforge::PasswordStream stream(generator, random);
        for (int i = 0; i < 2; ++i) {
            passforge::SecureBytes out;
            stream.appendNext(out);
            checkPassword(generator,
                          QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size())),
                          alphabet);
        }
    }
    return 0;
}
