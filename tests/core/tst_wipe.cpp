// SPDX-License-Identifier: GPL-3.0-or-later
// Buffers that held random bytes or secrets are zero when they are released: containers through
// WipingAllocator (seen by a recording allocator underneath it), and the Random batch and the
// DigitStream word at destruction (seen in storage the test owns).
#include "DigitStream.h"
#include "ScriptedSource.h"
#include "WordlistText.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"
#include "passforge/SecureMemory.h"
#include "passforge/SessionHistory.h"
#include "passforge/TokenGenerator.h"
#include "passforge/Wordlist.h"

#include "passforge/OsRandomSource.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <vector>

using namespace passforge;
using namespace Qt::StringLiterals;

// Every heap block freed while a test watches is searched for a needle before it goes back: this
// sees what Qt's own containers (QString, QByteArray) and std::allocator release, which no
// allocator of ours wraps. glibc only, and not under AddressSanitizer, which owns free() there.
// (GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature.)
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PASSFORGE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PASSFORGE_ASAN 1
#endif
#if defined(__GLIBC__) && !defined(PASSFORGE_ASAN)
#define PASSFORGE_FREE_WATCH 1
#include <malloc.h>
extern "C" void __libc_free(void *);
namespace {
struct FreeWatch
{
    bool on = false;
    std::vector<std::string> needles;
    int found = 0;
};
FreeWatch freeWatch;
} // namespace
extern "C" void free(void *p)
{
    if (freeWatch.on && p) {
        freeWatch.on = false; // no recursion through anything below
        const std::size_t n = malloc_usable_size(p);
        for (const std::string &needle : freeWatch.needles) {
            if (memmem(p, n, needle.data(), needle.size()))
                ++freeWatch.found;
        }
        freeWatch.on = true;
    }
    __libc_free(p);
}
#endif

namespace {

// Sets the needles to watch for; the caller then turns the watch on in a statement of its own,
// so that the temporaries that carried the needles in are freed before it looks.
#ifdef PASSFORGE_FREE_WATCH
void watchFrees(std::vector<std::string> needles)
{
    freeWatch.on = false;
    freeWatch.needles = std::move(needles);
    freeWatch.found = 0;
}
#endif

// A needle as the bytes of its UTF-16 form, as a QString holds it.
std::string utf16Bytes(const QString &s)
{
    return {reinterpret_cast<const char *>(s.utf16()), static_cast<std::size_t>(s.size()) * 2};
}

// What the recording allocator saw at each release.
struct ReleaseLog
{
    int releases = 0;
    int releasesWithData = 0; // blocks that were not all zero when handed back
    std::size_t bytesReleased = 0;
};
ReleaseLog releaseLog;

template <typename T> struct RecordingAllocator
{
    using value_type = T;
    RecordingAllocator() noexcept = default;
    template <typename U> RecordingAllocator(const RecordingAllocator<U> &) noexcept {}
    T *allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T *p, std::size_t n) noexcept
    {
        const auto *bytes = reinterpret_cast<const unsigned char *>(p);
        const bool zero =
            std::all_of(bytes, bytes + n * sizeof(T), [](unsigned char b) { return b == 0; });
        ++releaseLog.releases;
        releaseLog.bytesReleased += n * sizeof(T);
        if (!zero)
            ++releaseLog.releasesWithData;
        std::allocator<T>().deallocate(p, n);
    }
    template <typename U> bool operator==(const RecordingAllocator<U> &) const noexcept
    {
        return true;
    }
};

using WipedBytes = std::vector<char, WipingAllocator<char, RecordingAllocator<char>>>;
using UnwipedBytes = std::vector<char, RecordingAllocator<char>>;
// The buffers the core hands secrets around in are the same container with the plain base.
static_assert(std::is_same_v<SecureBytes, std::vector<char, WipingAllocator<char>>>);

constexpr std::string_view Secret = "SECRET!!";

bool contains(std::span<const unsigned char> storage, std::span<const unsigned char> needle)
{
    return std::search(storage.begin(), storage.end(), needle.begin(), needle.end()) !=
           storage.end();
}

std::span<const unsigned char> bytesOf(const void *p, std::size_t n)
{
    return {static_cast<const unsigned char *>(p), n};
}

} // namespace

class TestWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { releaseLog = {}; }
    void recordingAllocatorSeesData();
    void containersAreZeroAtEveryRelease_data();
    void containersAreZeroAtEveryRelease();
    void randomBatchIsZeroAfterDestruction();
    void digitStreamWordIsZeroAfterDestruction();
    void randomZeroesEachSpanAsItIsUsed();
    void freeWatchSeesQtBuffers();
    void secureWipeCoversCapacity();
    void passphraseCaseMappingLeavesNothing_data();
    void passphraseCaseMappingLeavesNothing();
    void tokenChunkWipedWhenSourceFails();
    void sessionHistoryWipesEveryValue();
};

void TestWipe::randomZeroesEachSpanAsItIsUsed()
{
    // A Random lives as long as the window: the bytes behind a value leave its batch at once.
    test::ScriptedSource source;
    source.appendText("FIRSTWRD").appendText("SECONDWD").appendText("THIRDWRD").padToBatch();
    alignas(Random) unsigned char storage[sizeof(Random)];
    auto *random = new (storage) Random(source);
    const auto inStorage = [&](std::string_view s) {
        return contains(bytesOf(storage, sizeof storage), bytesOf(s.data(), s.size()));
    };
    QVERIFY(!inStorage("FIRSTWRD")); // nothing fetched yet
    random->next64();
    QVERIFY(!inStorage("FIRSTWRD"));
    QVERIFY(inStorage("SECONDWD"));
    std::array<std::byte, 8> bytes;
    random->fill(bytes);
    QCOMPARE(std::memcmp(bytes.data(), "SECONDWD", 8), 0);
    QVERIFY(!inStorage("SECONDWD"));
    QVERIFY(inStorage("THIRDWRD"));
    random->~Random();
}

void TestWipe::freeWatchSeesQtBuffers()
{
#ifndef PASSFORGE_FREE_WATCH
    QSKIP("needs glibc's free() without AddressSanitizer");
#else
    // The control: a QString that is not wiped hands its text back to free().
    watchFrees({utf16Bytes(u"N33DLE-QT"_s)});
    freeWatch.on = true;
    {
        QString s = u"N33DLE-"_s;
        s += u"QT"_s;
    }
    freeWatch.on = false;
    QVERIFY(freeWatch.found >= 1);
#endif
}

void TestWipe::secureWipeCoversCapacity()
{
#ifndef PASSFORGE_FREE_WATCH
    QSKIP("needs glibc's free() without AddressSanitizer");
#else
    watchFrees(
        {utf16Bytes(u"CAPSECRET"_s), std::string("BYTESECRET"), utf16Bytes(u"FRONTSECRET"_s)});
    freeWatch.on = true;
    {
        QString s;
        s.reserve(64);
        s.append(u"ab"_s);
        s.append(u"xCAPSECRET"_s); // the terminator lands on x at truncate
        s.truncate(2);             // the secret is past size() now, still in the allocation
        secureWipe(s);
        QByteArray b;
        b.reserve(64);
        b.append("abxBYTESECRET");
        b.truncate(2);
        secureWipe(b);
        // Characters removed from the front may stay before the string's start in its block.
        QString f = u"FRONTSECRET"_s;
        f.append(u"-rest"_s);
        f.remove(0, 11);
        secureWipe(f);
    }
    freeWatch.on = false;
    QCOMPARE(freeWatch.found, 0);
#endif
}

void TestWipe::passphraseCaseMappingLeavesNothing_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("upper") << int(PassphraseGenerator::Case::Upper);
    QTest::addRow("title") << int(PassphraseGenerator::Case::Title);
}

void TestWipe::passphraseCaseMappingLeavesNothing()
{
#ifndef PASSFORGE_FREE_WATCH
    QSKIP("needs glibc's free() without AddressSanitizer");
#else
    // Non-ASCII words are case-mapped through QString; none of those copies may reach free()
    // holding the word in its new case. The list is one word repeated in spirit: every word
    // starts with the same non-ASCII stem, so any drawn word carries the needle.
    QFETCH(int, mode);
    QStringList head;
    for (int i = 0; i < 1024; ++i)
        head.append(u"\u00e4\u00f6rtlich"_s + QString::number(i));
    const Wordlist list = test::userList(head);
    QCOMPARE(list.size(), 1024);
    PassphraseGenerator generator;
    generator.setWordlist(list);
    generator.setLetterCase(PassphraseGenerator::Case(mode));
    generator.setWordCount(8);
    QVERIFY(generator.isValid());
    const QString mapped = mode == int(PassphraseGenerator::Case::Upper) ? u"\u00c4\u00d6RTLICH"_s
                                                                         : u"\u00c4\u00f6rtlich"_s;
    const std::string utf8 = mapped.toStdString();
    const std::string utf16 = utf16Bytes(mapped);
    OsRandomSource os;
    Random random(os);
    watchFrees({utf8, utf16});
    freeWatch.on = true;
    {
        SecureBytes out;
        generator.appendTo(random, out);
        freeWatch.on = false;
        QVERIFY(contains(bytesOf(out.data(), out.size()), bytesOf(utf8.data(), utf8.size())));
        freeWatch.on = true;
    }
    freeWatch.on = false;
    QCOMPARE(freeWatch.found, 0);
#endif
}

void TestWipe::tokenChunkWipedWhenSourceFails()
{
#ifndef PASSFORGE_FREE_WATCH
    QSKIP("needs glibc's free() without AddressSanitizer");
#else
    // The source gives one batch, then fails in the second chunk of a long token: the raw bytes
    // of the first chunk, and those of the failed one, must not reach free().
    test::ScriptedSource source;
    for (int i = 0; i < 4096 / 8; ++i)
        source.appendText("TOKENSEC");
    TokenGenerator generator;
    generator.setFormat(TokenGenerator::Format::Hex);
    generator.setBytes(7680);
    watchFrees({std::string("TOKENSEC")});
    freeWatch.on = true;
    bool threw = false;
    {
        auto random = std::make_unique<Random>(source);
        SecureBytes out;
        try {
            generator.appendTo(*random, out);
        } catch (const RandomSourceError &) {
            threw = true;
        }
    }
    freeWatch.on = false;
    QVERIFY(threw);
    QCOMPARE(freeWatch.found, 0);
#endif
}

void TestWipe::recordingAllocatorSeesData()
{
    // The control: without the wiping layer the same container hands back its secret, so the
    // checks below can fail.
    {
        UnwipedBytes bytes(Secret.begin(), Secret.end());
        bytes.insert(bytes.end(), 1000, 'x');
    }
    QVERIFY(releaseLog.releases >= 1);
    QVERIFY(releaseLog.releasesWithData >= 1);
}

void TestWipe::containersAreZeroAtEveryRelease_data()
{
    QTest::addColumn<int>("growth");
    for (int growth : {1, 10, 1000, 100000})
        QTest::addRow("grown to %d bytes", growth) << growth;
}

void TestWipe::containersAreZeroAtEveryRelease()
{
    QFETCH(int, growth);
    {
        WipedBytes bytes;
        // Growing one byte at a time reallocates several times; each old block must be wiped as
        // it is released, not only the last one.
        for (int i = 0; i < growth; ++i)
            bytes.push_back(Secret[static_cast<std::size_t>(i) % Secret.size()]);
        QVERIFY(contains(bytesOf(bytes.data(), bytes.size()), bytesOf(Secret.data(), 1)));
    }
    QVERIFY(releaseLog.releases >= 1);
    QCOMPARE(releaseLog.releasesWithData, 0);
    QVERIFY(releaseLog.bytesReleased >= static_cast<std::size_t>(growth));
}

void TestWipe::randomBatchIsZeroAfterDestruction()
{
    test::ScriptedSource source;
    for (int i = 0; i < 4096 / 8; ++i)
        source.appendText(Secret);
    alignas(Random) unsigned char storage[sizeof(Random)];
    auto *random = new (storage) Random(source);
    const std::uint64_t first = random->next64();
    QCOMPARE(std::memcmp(&first, Secret.data(), 8), 0);
    // Before destruction the batch still holds the unused scripted bytes...
    QVERIFY(contains(bytesOf(storage, sizeof storage), bytesOf(Secret.data(), Secret.size())));
    random->~Random();
    // ...and after it, none of them.
    QVERIFY(!contains(bytesOf(storage, sizeof storage), bytesOf(Secret.data(), 4)));
}

void TestWipe::digitStreamWordIsZeroAfterDestruction()
{
    // Radix 256: eight digits per raw 64-bit word, so after one digit the stream holds the other
    // seven (the word shifted right by 8).
    constexpr std::uint64_t Word = 0x1122334455667788;
    test::ScriptedSource source;
    source.appendWord(Word).padToBatch();
    Random random(source);
    alignas(DigitStream) unsigned char storage[sizeof(DigitStream)];
    auto *digits = new (storage) DigitStream(random, 256);
    QCOMPARE(digits->next(), std::uint64_t{0x88});
    const std::uint64_t rest = Word >> 8;
    QVERIFY(contains(bytesOf(storage, sizeof storage), bytesOf(&rest, sizeof rest)));
    digits->~DigitStream();
    QVERIFY(!contains(bytesOf(storage, sizeof storage), bytesOf(&rest, sizeof rest)));
}

void TestWipe::sessionHistoryWipesEveryValue()
{
    // Issue 14: every value the history held is zero when its buffer is handed back, whether it
    // was pushed out (past 50), removed, cleared or destroyed with the history.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        passforge::BasicSessionHistory<RecordingAllocator<char>> history;
        for (int i = 0; i < 60; ++i) {
            const std::string value = "HISTORY-SECRET-" + std::to_string(i);
            history.record(u"Password"_s, u"password --length 20"_s, value, now, false);
        }
        QCOMPARE(history.size(), std::size_t(50));
        QCOMPARE(releaseLog.releases, 10); // the ten oldest, pushed out
        // A copy of the newest value marks it instead of keeping it twice.
        history.record(u"Password"_s, QString(), "HISTORY-SECRET-59", now, true);
        QCOMPARE(history.size(), std::size_t(50));
        QVERIFY(history.at(0).copied);
        QString text = history.valueText(0);
        QCOMPARE(text, u"HISTORY-SECRET-59"_s);
        passforge::secureWipe(text);
        history.remove(3);
        QCOMPARE(releaseLog.releases, 11);
        history.clear();
        QCOMPARE(releaseLog.releases, 60);
        for (int i = 0; i < 5; ++i)
            history.record(u"Token"_s, QString(), "HISTORY-TOKEN-" + std::to_string(i), now, false);
    }
    QCOMPARE(releaseLog.releases, 65);
    QCOMPARE(releaseLog.releasesWithData, 0);
}

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
