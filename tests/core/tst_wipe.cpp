// SPDX-License-Identifier: GPL-3.0-or-later
// Buffers that held random bytes or secrets are zero when they are released: containers through
// WipingAllocator (seen by a recording allocator underneath it), and the Random batch and the
// DigitStream word at destruction (seen in storage the test owns).
#include "DigitStream.h"
#include "Random.h"
#include "ScriptedSource.h"
#include "SecureMemory.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

using namespace passforge;

namespace {

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
};

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

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
