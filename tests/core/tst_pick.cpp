// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic tests of PickList: parsing, duplicates as tickets, the normalised list and its
// SHA-256, weighted draws pinned with scripted bytes, shuffles, and lists of 100k entries.
#include "ScriptedSource.h"
#include "TestU128.h"
#include "passforge/DrawRecord.h"
#include "passforge/FairDraw.h"
#include "passforge/OsRandomSource.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;

namespace {

// A word x for which Random::below(bound) returns t at once. With x = floor((t+1) 2^64 / bound)
// - 1: x * bound <= (t+1) 2^64 - bound < (t+1) 2^64 and x * bound >= (t+1) 2^64 - 2 bound, so
// the high word is t and the low word is at least 2^64 - 2 bound >= bound (for bound <= 2^64/3):
// Lemire accepts without looking at the threshold.
quint64 lemireWord(quint64 t, quint64 bound)
{
    const TestU128 x = ((static_cast<TestU128>(t) + 1) << 64) / bound - 1;
    return static_cast<quint64>(x);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// "E0".."E9", entry Ei with i + 1 tickets, the lines interleaved: first appearance (entry order)
// is E0..E9, but the tickets of one entry are not next to each other in the text.
QByteArray weightedTen()
{
    QByteArray text;
    for (int round = 0; round < 10; ++round) {
        for (int i = round; i < 10; ++i)
            text += "E" + QByteArray::number(i) + "\n";
    }
    return text;
}

} // namespace

class TestPick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void duplicates_data();
    void duplicates();
    void fromLines();
    void refusedCharacters_data();
    void refusedCharacters();
    void lookalikes_data();
    void lookalikes();
    void tooLarge();
    void readFile();
    void normalised_data();
    void normalised();
    void drawBounds();
    void drawPins_data();
    void drawPins();
    void drawEveryEntryOnce();
    void drawExcluding();
    void fairDrawPins();
    void drawRecordJson();
    void shuffledPins_data();
    void shuffledPins();
    void shuffledIsPermutation();
    void largeList();
    void largeListPins();

private:
    OsRandomSource m_os;
};

void TestPick::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("tickets");
    QTest::addColumn<int>("error");
    using E = PickList::Error;
    const auto ok = [](const char *tag, const QByteArray &in, const QStringList &tickets) {
        QTest::newRow(tag) << in << tickets << int(E::None);
    };
    const auto bad = [](const char *tag, const QByteArray &in, E e) {
        QTest::newRow(tag) << in << QStringList() << int(e);
    };
    const QStringList ab{u"a"_s, u"b"_s};
    ok("lf", "a\nb\n", ab);
    ok("no final newline", "a\nb", ab);
    ok("single line no newline", "a", {u"a"_s});
    ok("trimmed", "  a  \n\tb\t\n", ab);
    ok("inner spaces kept", "  Mary  Ann \n", {u"Mary  Ann"_s});
    ok("blank lines skipped", "\n\n a \n \t \n\nb\n\n", ab);
    ok("crlf", "a\r\nb\r\n", ab);
    ok("crlf no final newline", "a\r\nb", ab);
    // Only LF ends a line (passforge-draw-v1); a CR is white space at either end of a line and
    // trimmed, and inside a name it is a control character, refused (see refusedCharacters).
    ok("cr at either end", "a\r\r\nb\n\rc", {u"a"_s, u"b"_s, u"c"_s});
    bad("lone cr inside a line", "Alice\rBob\n", E::RefusedCharacter);
    bad("lone cr line ends", "a\rb\r", E::RefusedCharacter);
    ok("bom",
       "\xEF\xBB\xBF"
       "a\nb\n",
       ab);
    ok("bom and crlf",
       "\xEF\xBB\xBF"
       "a\r\nb",
       ab);
    // Only the file's first U+FEFF is a byte-order mark. Anywhere else it is no white space (the
    // algorithm trims white space only) but an invisible character, refused.
    bad("bom on a later line", QByteArray("a\n\xEF\xBB\xBF") + "b\n", E::RefusedCharacter);
    bad("bom at a line's end", QByteArray("a\xEF\xBB\xBF\nb\n"), E::RefusedCharacter);
    bad("bom inside a name", QByteArray("a\xEF\xBB\xBF") + "b\n", E::RefusedCharacter);
    ok("utf-8 names", "Zo\xC3\xAB\n\xE6\x9D\x8E\n", {u"Zo\u00eb"_s, u"\u674e"_s});
    // U+00A0 no-break space and U+3000 ideographic space are white space and trimmed.
    ok("unicode spaces trimmed",
       "\xC2\xA0"
       "a\xE3\x80\x80\n",
       {u"a"_s});
    bad("invalid byte", "\xFF", E::InvalidUtf8);
    bad("lone continuation", "a\n\x80\n", E::InvalidUtf8);
    bad("truncated in a line", "a\n\xC3\nb\n", E::InvalidUtf8);
    bad("truncated at the end", "abc\xE2\x82", E::InvalidUtf8);
    bad("overlong slash", "\xC0\xAF\n", E::InvalidUtf8);
    bad("surrogate", "\xED\xA0\x80\n", E::InvalidUtf8);
    bad("above U+10FFFF", "\xF4\x90\x80\x80\n", E::InvalidUtf8);
    bad("five-byte form", "ok\n\xF8\x88\x80\x80\x80\n", E::InvalidUtf8);
    bad("empty", "", E::Empty);
    bad("blank lines only", "\n\n  \r\n\t\n", E::Empty);
    bad("bom only", "\xEF\xBB\xBF", E::Empty);
    bad("carriage returns only", "\r\r\r", E::Empty);
    bad("crlf lines only", "\r\n\r\n", E::Empty);
    bad("no-break spaces only", "\xC2\xA0\n\xC2\xA0", E::Empty);
}

void TestPick::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, tickets);
    QFETCH(int, error);
    PickList::Error e = PickList::Error::None;
    const PickList fromView = PickList::fromUtf8(QByteArrayView(input), &e);
    QCOMPARE(int(e), error);
    // The in-place overload must agree with the copying one.
    e = PickList::Error(-1);
    const PickList fromBuffer = PickList::fromUtf8(QByteArray(input), &e);
    QCOMPARE(int(e), error);
    for (const PickList *list : {&fromView, &fromBuffer}) {
        QCOMPARE(list->tickets(), tickets);
        QCOMPARE(list->ticketCount(), tickets.size());
        QCOMPARE(list->isEmpty(), tickets.isEmpty());
        if (tickets.isEmpty()) {
            QCOMPARE(list->entryCount(), 0);
            QVERIFY(list->normalised().isEmpty());
        }
    }
    // Without an error pointer the result is the same.
    QCOMPARE(PickList::fromUtf8(QByteArrayView(input)).tickets(), tickets);
}

void TestPick::duplicates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("tickets");
    QTest::newRow("three names, six lines") << QByteArray("Alice\nBob\nAlice\nCarol\nAlice\nBob\n")
                                            << QStringList{u"Alice"_s, u"Bob"_s, u"Carol"_s} << 6;
    QTest::newRow("same after trimming")
        << QByteArray(" Alice\nAlice \r\n\tAlice") << QStringList{u"Alice"_s} << 3;
    QTest::newRow("case matters") << QByteArray("alice\nAlice\n")
                                  << QStringList{u"alice"_s, u"Alice"_s} << 2;
    // Names are put in NFC before counting: e + U+0301 and U+00E9 are one entry, three tickets.
    QTest::newRow("NFC") << QByteArray("e\xCC\x81\n\xC3\xA9\ne\xCC\x81\n")
                         << QStringList{u"\u00e9"_s} << 3;
    // NFC that lengthens a name (U+0958, a composition exclusion, decomposes to two code points:
    // six bytes for three) moves the text out of its buffer without losing a name.
    QTest::newRow("NFC longer than the input")
        << QByteArray("a\n\xE0\xA5\x98\nb\n\xE0\xA4\x95\xE0\xA4\xBC\n")
        << QStringList{u"a"_s, u"\u0915\u093C"_s, u"b"_s} << 4;
    QTest::newRow("no duplicates")
        << QByteArray("x\ny\nz\n") << QStringList{u"x"_s, u"y"_s, u"z"_s} << 3;
}

void TestPick::refusedCharacters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<int>("kind");
    using K = PickList::Refusal::Kind;
    QTest::newRow("backspaces") << QByteArray("alice\b\b\b\b\bmallory\n") << 1 << 0x08u
                                << int(K::Control);
    QTest::newRow("escape on line 3")
        << QByteArray("a\nb\nc\x1B[2Jd\n") << 3 << 0x1Bu << int(K::Control);
    QTest::newRow("tab inside a name") << QByteArray("a\tb\n") << 1 << 0x09u << int(K::Control);
    QTest::newRow("NUL") << QByteArray("a\nb\0c\n", 7) << 2 << 0x00u << int(K::Control);
    QTest::newRow("DEL") << QByteArray("a\x7F\n") << 1 << 0x7Fu << int(K::Control);
    QTest::newRow("C1 CSI") << QByteArray("a\xC2\x9B\n") << 1 << 0x9Bu << int(K::Control);
    QTest::newRow("RLO") << QByteArray("a\n\xE2\x80\xAE"
                                       "evil\n")
                         << 2 << 0x202Eu << int(K::Bidirectional);
    QTest::newRow("LRE") << QByteArray("\xE2\x80\xAAx\n") << 1 << 0x202Au << int(K::Bidirectional);
    QTest::newRow("FSI") << QByteArray("x\xE2\x81\xA8\n") << 1 << 0x2068u << int(K::Bidirectional);
    QTest::newRow("PDI") << QByteArray("x\xE2\x81\xA9\n") << 1 << 0x2069u << int(K::Bidirectional);
    QTest::newRow("zero-width space, after CRLF lines") << QByteArray("Ada\r\nbob\r\nAd\xE2\x80\x8B"
                                                                      "a\r\n")
                                                        << 3 << 0x200Bu << int(K::Invisible);
    QTest::newRow("ZWNJ after blank lines")
        << QByteArray("\n\n\na\xE2\x80\x8C\n") << 4 << 0x200Cu << int(K::Invisible);
    QTest::newRow("ZWJ") << QByteArray("a\xE2\x80\x8D"
                                       "b\n")
                         << 1 << 0x200Du << int(K::Invisible);
    QTest::newRow("word joiner") << QByteArray("a\xE2\x81\xA0"
                                               "b\n")
                                 << 1 << 0x2060u << int(K::Invisible);
    QTest::newRow("soft hyphen, CRLF lines")
        << QByteArray("a\r\nb\r\nc\xC2\xAD\r\n") << 3 << 0xADu << int(K::Invisible);
    // A lone CR ends no line: the one in "a\rb" is a control character on line 2.
    QTest::newRow("lone CR") << QByteArray("x\na\rb\n") << 2 << 0x0Du << int(K::Control);
}

void TestPick::refusedCharacters()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(uint, codePoint);
    QFETCH(int, kind);
    PickList::Error error = PickList::Error::None;
    PickList::Refusal refusal;
    const PickList list = PickList::fromUtf8(QByteArray(input), &error, &refusal);
    QCOMPARE(error, PickList::Error::RefusedCharacter);
    QVERIFY(list.isEmpty());
    QCOMPARE(refusal.line, line);
    QCOMPARE(uint(refusal.codePoint), codePoint);
    QCOMPARE(int(refusal.kind), kind);
    QCOMPARE(refusal.codePointName(), QString::asprintf("U+%04X", codePoint));
}

void TestPick::lookalikes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("pairs"); // first and second of each pair
    QTest::addColumn<QList<int>>("lines");  // their lines
    QTest::newRow("none") << QByteArray("alice\nbob\ncarol\n") << QStringList{} << QList<int>{};
    QTest::newRow("Latin and Cyrillic A")
        << QByteArray("Ada\n\xD0\x90"
                      "da\nbob\n")
        << QStringList{u"Ada"_s, u"\u0410da"_s} << QList<int>{1, 2};
    QTest::newRow("Greek omicron, after a duplicate and CRLF")
        << QByteArray("bob\r\nbob\r\nTom\r\nT\xCE\xBF"
                      "m\r\n")
        << QStringList{u"Tom"_s, u"T\u03BFm"_s} << QList<int>{3, 4};
    QTest::newRow("rn and m") << QByteArray("modern\nmodem\n")
                              << QStringList{u"modern"_s, u"modem"_s} << QList<int>{1, 2};
    QTest::newRow("three alike pair with the first")
        << QByteArray("paypal\np\xD0\xB0"
                      "ypal\nx\npaypa1\n")
        << QStringList{u"paypal"_s, u"p\u0430ypal"_s, u"paypal"_s, u"paypa1"_s}
        << QList<int>{1, 2, 1, 4};
}

void TestPick::lookalikes()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, pairs);
    QFETCH(QList<int>, lines);
    const PickList list = PickList::fromUtf8(input);
    QVERIFY(!list.isEmpty());
    QStringList found;
    QList<int> foundLines;
    for (const PickList::Lookalike &pair : list.lookalikes()) {
        found << list.entry(pair.first) << list.entry(pair.second);
        foundLines << int(list.entryLine(pair.first)) << int(list.entryLine(pair.second));
    }
    QCOMPARE(found, pairs);
    QCOMPARE(foundLines, lines);
}

void TestPick::tooLarge()
{
    // One limit, in core, for every way a list arrives: above it the list is refused whole.
    PickList::Error error = PickList::Error::None;
    QByteArray big(PickList::MaxBytes + 1, 'x');
    QVERIFY(PickList::fromUtf8(std::move(big), &error).isEmpty());
    QCOMPARE(error, PickList::Error::TooLarge);
}

void TestPick::readFile()
{
    // One reader, one limit (ListFile::MaxBytes), for pick lists and wordlists, the CLI and the
    // window: here with a small limit, and through PickList::fromFile with the real one.
    QCOMPARE(ListFile::MaxBytes, qint64(32'000'000));
    QCOMPARE(PickList::MaxBytes, ListFile::MaxBytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(u"at-limit.txt"_s, QByteArray(100, 'a')));
    QVERIFY(write(u"over-limit.txt"_s, QByteArray(101, 'a')));
    using S = ListFile::Status;
    ListFile r = ListFile::read(dir.filePath(u"at-limit.txt"_s), 100);
    QCOMPARE(r.status, S::Ok);
    QCOMPARE(r.data, QByteArray(100, 'a'));
    r = ListFile::read(dir.filePath(u"over-limit.txt"_s), 100);
    QCOMPARE(r.status, S::TooLarge);
    QVERIFY(r.data.isEmpty());
    QCOMPARE(ListFile::read(dir.path()).status, S::IsDirectory);
    r = ListFile::read(dir.filePath(u"missing.txt"_s));
    QCOMPARE(r.status, S::CannotOpen);
    QVERIFY2(r.errorString.contains(u"No such file"_s), qPrintable(r.errorString));
    // A device that reports no size (a pipe, /proc) is still cut at the limit.
    if (QFileInfo::exists(u"/dev/zero"_s))
        QCOMPARE(ListFile::read(u"/dev/zero"_s, 1 << 22).status, S::TooLarge);

    // PickList::fromFile: each way a file fails has its own Error; a good one parses.
    PickList::Error error = PickList::Error::None;
    PickList::Refusal refusal;
    QString message;
    QVERIFY(PickList::fromFile(dir.path(), &error).isEmpty());
    QCOMPARE(error, PickList::Error::IsDirectory);
    QVERIFY(
        PickList::fromFile(dir.filePath(u"missing.txt"_s), &error, &refusal, &message).isEmpty());
    QCOMPARE(error, PickList::Error::Unreadable);
    QVERIFY2(message.contains(u"No such file"_s), qPrintable(message));
    QByteArray atLimit(PickList::MaxBytes, 'x');
    atLimit[0] = '\n';
    QVERIFY(write(u"list-at-limit.txt"_s, atLimit));
    QCOMPARE(PickList::fromFile(dir.filePath(u"list-at-limit.txt"_s), &error).entryCount(), 1);
    QCOMPARE(error, PickList::Error::None);
    QVERIFY(write(u"list-over-limit.txt"_s, atLimit + 'x'));
    QVERIFY(PickList::fromFile(dir.filePath(u"list-over-limit.txt"_s), &error).isEmpty());
    QCOMPARE(error, PickList::Error::TooLarge);
    QVERIFY(write(u"refused.txt"_s, QByteArray("Ada\nAd\xe2\x80\x8b"
                                               "a\n")));
    QVERIFY(PickList::fromFile(dir.filePath(u"refused.txt"_s), &error, &refusal).isEmpty());
    QCOMPARE(error, PickList::Error::RefusedCharacter);
    QCOMPARE(refusal.line, 2);
    QFile input(dir.filePath(u"at-limit.txt"_s));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCOMPARE(PickList::fromDevice(input, &error).ticketCount(), 1);
    QCOMPARE(error, PickList::Error::None);
}

void TestPick::duplicates()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, entries);
    QFETCH(int, tickets);
    const PickList list = PickList::fromUtf8(input);
    QCOMPARE(list.entries(), entries);
    QCOMPARE(list.entryCount(), entries.size());
    QCOMPARE(list.ticketCount(), tickets);
    QCOMPARE(list.duplicateCount(), tickets - entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(list.entry(i), entries[i]);

    const PickList single = list.withoutDuplicates();
    QCOMPARE(single.tickets(), entries);
    QCOMPARE(single.entries(), entries);
    QCOMPARE(single.ticketCount(), entries.size());
    QCOMPARE(single.duplicateCount(), 0);
    QCOMPARE(single.normalised(), (entries.join(u'\n') + u'\n').toUtf8());
}

void TestPick::fromLines()
{
    const PickList list = PickList::fromLines({u"  a "_s, QString(), u"b"_s, u"a"_s, u"\t"_s});
    QCOMPARE(list.tickets(), (QStringList{u"a"_s, u"b"_s, u"a"_s}));
    QCOMPARE(list.entries(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(list.duplicateCount(), 1);
    QVERIFY(PickList::fromLines({}).isEmpty());
    QVERIFY(PickList::fromLines({u" "_s, QString()}).isEmpty());
}

void TestPick::normalised_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("normalised");
    QTest::addColumn<QString>("sha256"); // from `printf ... | sha256sum`, where given
    const QString ab = u"911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2"_s;
    QTest::newRow("plain") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << ab;
    QTest::newRow("crlf, no final newline") << QByteArray("a\r\nb") << QByteArray("a\nb\n") << ab;
    QTest::newRow("bom, blanks, spaces")
        << QByteArray("\xEF\xBB\xBF  a \n\n b") << QByteArray("a\nb\n") << ab;
    QTest::newRow("cr before lf and at the end")
        << QByteArray("a\r\nb\r") << QByteArray("a\nb\n") << ab;
    // The final line feed is added even when the text has no room to spare for it.
    QTest::newRow("one name")
        << QByteArray("a") << QByteArray("a\n")
        << u"87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"_s;
    QTest::newRow("duplicates kept")
        << QByteArray("Alice\nBob\nAlice") << QByteArray("Alice\nBob\nAlice\n")
        << u"a2be6aebbf1392c3b83eeb8db1897858c720fae0a132dc4c346bb5b2dd17f9ba"_s;
    QTest::newRow("utf-8") << QByteArray("  Zo\xC3\xAB \r\n") << QByteArray("Zo\xC3\xAB\n")
                           << u"8015e173542c937bfff18a7d5dee4bc351096414538a27d4c84e6d78d026c300"_s;
    QTest::newRow("unicode spaces")
        << QByteArray("\xE3\x80\x80x\xC2\xA0\n\n\ty\r\n") << QByteArray("x\ny\n") << QString();
}

void TestPick::normalised()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, normalised);
    QFETCH(QString, sha256);
    const PickList list = PickList::fromUtf8(input);
    QCOMPARE(list.normalised(), normalised);
    const QString computed = QString::fromLatin1(
        QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex());
    QCOMPARE(list.sha256Hex(), computed);
    if (!sha256.isEmpty())
        QCOMPARE(list.sha256Hex(), sha256);
    // Dropping duplicates is a different list, with a different record.
    if (list.duplicateCount() > 0)
        QVERIFY(list.withoutDuplicates().sha256Hex() != list.sha256Hex());
}

void TestPick::drawBounds()
{
    const PickList list = PickList::fromUtf8(QByteArrayView("a\nb\na\nc\nb\n"));
    QCOMPARE(list.entryCount(), 3);
    Random random(m_os);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, list.draw(random, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, list.draw(random, -1));
    // K is bounded by entries, not tickets: 4 tickets' worth would need a repeat winner.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, list.draw(random, 4));
    QCOMPARE(sorted(list.draw(random, 3)), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PickList().draw(random, 1));
}

void TestPick::drawPins_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<quint64>>("tickets"); // the ticket number each draw picks
    QTest::addColumn<QList<quint64>>("totals");  // tickets left at each draw, by hand
    QTest::addColumn<QStringList>("winners");
    // A has 3 tickets, B 1, C 2. In entry order the tickets are A 0-2, B 3, C 4-5.
    const QByteArray abc("A\nB\nA\nC\nA\nC\n");
    // Ticket 3 of 6 is B's. Without B: A 0-2, C 3-4; ticket 3 of 5 is C's. Then A 0-2.
    QTest::newRow("B, C, A") << abc << QList<quint64>{3, 3, 2} << QList<quint64>{6, 5, 3}
                             << QStringList{u"B"_s, u"C"_s, u"A"_s};
    // Ticket 2 is A's last. Without A: B 0, C 1-2; ticket 0 is B's. Then C 0-1.
    QTest::newRow("A, B, C") << abc << QList<quint64>{2, 0, 1} << QList<quint64>{6, 3, 2}
                             << QStringList{u"A"_s, u"B"_s, u"C"_s};
    // Ticket 5 is C's last. Without C: A 0-2, B 3. Then A alone.
    QTest::newRow("C, B, A") << abc << QList<quint64>{5, 3, 0} << QList<quint64>{6, 4, 3}
                             << QStringList{u"C"_s, u"B"_s, u"A"_s};
    // E0..E9 with 1..10 tickets: E0 0, E1 1-2, E2 3-5, E3 6-9, E4 10-14, E5 15-20, E6 21-27,
    // E7 28-35, E8 36-44, E9 45-54 (55 in all).
    //  35 of 55 -> E7, the last of its range. Without E7: E8 28-36, E9 37-46 (47).
    //  28 of 47 -> E8, the first of its new range. Without E8: E9 28-37 (38).
    //  27 of 38 -> E6. Without E6: E0-E5 0-20, E9 21-30 (31).
    //  21 of 31 -> E9. Left E0-E5 (21): 0 -> E0. Left E1 0-1 ... E5 14-19 (20): 19 -> E5.
    QTest::newRow("ten weighted") << weightedTen() << QList<quint64>{35, 28, 27, 21, 0, 19}
                                  << QList<quint64>{55, 47, 38, 31, 21, 20}
                                  << QStringList{u"E7"_s, u"E8"_s, u"E6"_s,
                                                 u"E9"_s, u"E0"_s, u"E5"_s};
}

void TestPick::drawPins()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<quint64>, tickets);
    QFETCH(QList<quint64>, totals);
    QFETCH(QStringList, winners);
    // The helper, checked once by hand: floor(4 * 2^64 / 6) - 1 = 0xAAAAAAAAAAAAAAA9, and
    // 6 * 0xAAAAAAAAAAAAAAA9 = 4 * (2^64 - 1) - 6 = 3 * 2^64 + (2^64 - 10): high word 3.
    QCOMPARE(lemireWord(3, 6), 0xAAAAAAAAAAAAAAA9ull);
    const PickList list = PickList::fromUtf8(input);
    test::ScriptedSource source;
    for (qsizetype i = 0; i < tickets.size(); ++i)
        source.appendWord(lemireWord(tickets[i], totals[i]));
    source.appendWord(0x5E5E5E5E).padToBatch();
    Random random(source);
    QCOMPARE(list.draw(random, winners.size()), winners);
    QCOMPARE(random.next64(), 0x5E5E5E5Eull);
}

void TestPick::fairDrawPins()
{
    // passforge-draw-v1, pinned with values from an independent implementation (Python's hmac
    // and hashlib, as docs/verify-draw.py does it): seed 00 01 .. 1f, list Ada Grace Ada Linus.
    FairDraw::Seed seed{};
    for (std::size_t i = 0; i < seed.size(); ++i)
        seed[i] = static_cast<std::uint8_t>(i);
    const PickList list = PickList::fromUtf8(QByteArray("Ada\nGrace\nAda\nLinus\n"));
    QCOMPARE(list.sha256().toHex(),
             QByteArray("555f150a349d95969f30e07ed1ee0fe3bb4a795b8fa8c9ff1c5b6d42e014eb3a"));
    FairDraw::Stream stream(seed, list.sha256());
    std::uint8_t block[32];
    stream.read(block, sizeof block);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(block), 32).toHex(),
             QByteArray("5f092531432c18a62e0d5f432fa3328c4b59e6243c71d245cad43695bd8fd416"));
    FairDraw::Stream sevens(seed, list.sha256());
    QList<quint64> got;
    for (int i = 0; i < 5; ++i)
        got << sevens.below(7);
    QCOMPARE(got, (QList<quint64>{5, 3, 4, 3, 5}));
    // n = 2^63 + 1 keeps only x < 2^63 + 1: the stream's 4th, 5th and 6th words (1.46e19,
    // 1.62e19, 1.67e19) are rejected, so the 4th value comes from a later word.
    FairDraw::Stream big(seed, list.sha256());
    got.clear();
    for (int i = 0; i < 5; ++i)
        got << big.below((quint64(1) << 63) + 1);
    QCOMPARE(got,
             (QList<quint64>{6848045601904138406ull, 3318413242608595596ull, 5429623869079147077ull,
                             5182178248713221717ull, 8104965469812583307ull}));
    const auto names = [&](const std::vector<qsizetype> &indices) {
        QStringList out;
        for (qsizetype e : indices)
            out << list.entry(e);
        return out;
    };
    QCOMPARE(names(FairDraw::draw(list, seed, 2, false)), QStringList({u"Grace"_s, u"Ada"_s}));
    QCOMPARE(names(FairDraw::draw(list, seed, 3, false)),
             QStringList({u"Grace"_s, u"Ada"_s, u"Linus"_s}));
    QCOMPARE(names(FairDraw::draw(list, seed, 2, true)), QStringList({u"Linus"_s, u"Ada"_s}));
    // Seeds: a beacon is SHA-256 of its text; hex is 64 digits exactly.
    QCOMPARE(FairDraw::hex(FairDraw::seedFromBeacon("drand round 123")),
             u"272c55085b7bd59f81f5583c40394b8421cafcdc86eadc58466a8a00b76041c3"_s);
    QCOMPARE(FairDraw::hex(*FairDraw::seedFromHex(FairDraw::hex(seed).toUpper())),
             FairDraw::hex(seed));
    QVERIFY(!FairDraw::seedFromHex(FairDraw::hex(seed).left(63)));
    QVERIFY(!FairDraw::seedFromHex(FairDraw::hex(seed).left(63) + u'g'));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, big.below(0));
}

void TestPick::drawExcluding()
{
    // A has 3 tickets, B 1, C 2. Excluding A leaves B 0, C 1-2: ticket 1 of 3 is C's; then B.
    const PickList list = PickList::fromUtf8(QByteArray("A\nB\nA\nC\nA\nC\n"));
    test::ScriptedSource source;
    source.appendWord(lemireWord(1, 3));
    source.appendWord(lemireWord(0, 1));
    source.appendWord(0x5E5E5E5E).padToBatch();
    Random random(source);
    QCOMPARE(list.drawIndices(random, 2, {0}), (std::vector<qsizetype>{2, 1}));
    QCOMPARE(random.next64(), 0x5E5E5E5Eull);
    // An entry excluded twice counts once; nothing left to draw, or no such entry, is refused.
    Random os(m_os);
    QCOMPARE(list.drawIndices(os, 1, {0, 0, 2}), (std::vector<qsizetype>{1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, list.drawIndices(os, 1, {0, 1, 2}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, list.drawIndices(os, 1, {3}));
    // A runner-up never is an excluded entry, and follows the tickets of those left.
    int c = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::vector<qsizetype> w = list.drawIndices(os, 1, {0});
        QVERIFY(w.front() == 1 || w.front() == 2);
        c += w.front() == 2;
    }
    // C holds 2 of the 3 tickets left: 2000 expected, sd 26; far outside 1600..2400 is a bug.
    QVERIFY2(c > 1600 && c < 2400, qPrintable(QString::number(c)));
}

void TestPick::drawEveryEntryOnce()
{
    // One entry holds almost every ticket; once it wins, it must not come back.
    QByteArray text = QByteArray("heavy\n").repeated(1000);
    for (int i = 0; i < 20; ++i)
        text += "light " + QByteArray::number(i) + "\n";
    const PickList list = PickList::fromUtf8(text);
    QCOMPARE(list.entryCount(), 21);
    QCOMPARE(list.ticketCount(), 1020);
    Random random(m_os);
    int heavyFirst = 0;
    for (int round = 0; round < 200; ++round) {
        const QStringList winners = list.draw(random, 21);
        QCOMPARE(sorted(winners), sorted(list.entries()));
        heavyFirst += winners.first() == u"heavy"_s;
    }
    // heavy wins the first draw with probability 1000/1020: at least 150 of 200 unless the
    // weights are ignored (P(< 150) is below 1e-40 for a fair draw).
    QVERIFY2(heavyFirst >= 150, qPrintable(QString::number(heavyFirst)));
}

void TestPick::shuffledPins_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<quint64>>("swaps"); // j for i = n-1 down to 1
    QTest::addColumn<QStringList>("expected");
    // a b c d: i=3 j=0 -> d b c a; i=2 j=2 -> unchanged; i=1 j=0 -> b d c a.
    QTest::newRow("four") << QByteArray("a\nb\nc\nd\n") << QList<quint64>{0, 2, 0}
                          << QStringList{u"b"_s, u"d"_s, u"c"_s, u"a"_s};
    // Duplicates are shuffled as tickets: x y x, i=2 j=1 -> x x y; i=1 j=1 -> unchanged.
    QTest::newRow("tickets") << QByteArray("x\ny\nx\n") << QList<quint64>{1, 1}
                             << QStringList{u"x"_s, u"x"_s, u"y"_s};
}

void TestPick::shuffledPins()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<quint64>, swaps);
    QFETCH(QStringList, expected);
    const PickList list = PickList::fromUtf8(input);
    test::ScriptedSource source;
    for (qsizetype k = 0; k < swaps.size(); ++k) {
        const quint64 i = quint64(list.ticketCount() - 1 - k);
        source.appendWord(lemireWord(swaps[k], i + 1)); // j uniform in [0, i]
    }
    source.appendWord(0x5E5E5E5E).padToBatch();
    Random random(source);
    QCOMPARE(list.shuffled(random), expected);
    QCOMPARE(random.next64(), 0x5E5E5E5Eull);
}

void TestPick::shuffledIsPermutation()
{
    QByteArray text;
    for (int i = 0; i < 1000; ++i)
        text += "n" + QByteArray::number(i % 700) + "\n";
    const PickList list = PickList::fromUtf8(text);
    const QStringList tickets = list.tickets();
    Random random(m_os);
    int unchanged = 0;
    for (int round = 0; round < 20; ++round) {
        const QStringList shuffled = list.shuffled(random);
        QCOMPARE(sorted(shuffled), sorted(tickets));
        unchanged += shuffled == tickets;
    }
    QCOMPARE(unchanged, 0); // each round is the identity with probability far below 1e-1000
}

void TestPick::largeList()
{
    // 100k entries; every tenth appears a second time at the end: 10k duplicates.
    constexpr int Entries = 100'000;
    QByteArray text;
    for (int i = 0; i < Entries; ++i)
        text += "entry " + QByteArray::number(i) + "\n";
    for (int i = 0; i < Entries; i += 10)
        text += "entry " + QByteArray::number(i) + "\r\n";
    const PickList list = PickList::fromUtf8(text);
    QCOMPARE(list.entryCount(), Entries);
    QCOMPARE(list.ticketCount(), Entries + Entries / 10);
    QCOMPARE(list.duplicateCount(), Entries / 10);
    QCOMPARE(list.entry(0), u"entry 0"_s);
    QCOMPARE(list.entry(Entries - 1), u"entry 99999"_s);
    QCOMPARE(list.normalised().size(), text.size() - Entries / 10); // each CR dropped

    Random random(m_os);
    const QStringList entries = list.entries();
    const QStringList some = list.draw(random, 1000);
    QCOMPARE(QSet<QString>(some.begin(), some.end()).size(), 1000);
    for (const QString &w : some)
        QVERIFY(w.startsWith(u"entry "_s) && w.mid(6).toInt() < Entries);
    QCOMPARE(sorted(list.draw(random, Entries)), sorted(entries));
}

void TestPick::largeListPins()
{
    // 100k entries, entry i with 1 + i % 2 tickets: tickets come in threes, entry 2p holding
    // ticket 3p and entry 2p + 1 holding 3p + 1 and 3p + 2 (150000 tickets). Ticket t is
    // therefore entry 2 (t / 3) + (t % 3 != 0). The power-of-two tickets cross the Fenwick
    // tree's levels.
    constexpr int Entries = 100'000;
    QByteArray text;
    for (int i = 0; i < Entries; ++i)
        text += QByteArray("p").append(QByteArray::number(i)).append("\n").repeated(1 + i % 2);
    const PickList list = PickList::fromUtf8(text);
    QCOMPARE(list.ticketCount(), 150'000);
    const QList<quint64> probes{0, 1, 2, 3, 65535, 65536, 131071, 131072, 149999};
    test::ScriptedSource source;
    for (quint64 t : probes)
        source.appendWord(lemireWord(t, 150'000));
    source.padToBatch();
    Random random(source);
    for (quint64 t : probes) {
        const quint64 entry = 2 * (t / 3) + (t % 3 != 0 ? 1 : 0);
        QCOMPARE(list.draw(random, 1), QStringList{u"p%1"_s.arg(entry)});
    }

    // Single tickets: ticket t is entry t until entries leave. 99999 of 100000 -> the last;
    // 99998 of 99999 -> the new last; 0 of 99998 -> entry 0; then entries 1..99997 hold
    // tickets 0..99996, so 50000 of 99997 -> entry 50001.
    const PickList flat = list.withoutDuplicates();
    test::ScriptedSource flatSource;
    flatSource.appendWords({lemireWord(99999, 100000), lemireWord(99998, 99999),
                            lemireWord(0, 99998), lemireWord(50000, 99997)});
    flatSource.padToBatch();
    Random flatRandom(flatSource);
    QCOMPARE(flat.draw(flatRandom, 4),
             (QStringList{u"p99999"_s, u"p99998"_s, u"p0"_s, u"p50001"_s}));
}

void TestPick::drawRecordJson()
{
    // The record of the worked example, byte for byte: the keys in the order docs/draws.md
    // gives, names as UTF-8 with JSON's escapes, the time in UTC to the second.
    const PickList list = PickList::fromUtf8(QByteArray("Ada\nGrace\nAda\nLinus\nsay \"hi\"\n"));
    FairDraw::Seed seed{};
    for (int i = 0; i < 32; ++i)
        seed[std::size_t(i)] = std::uint8_t(i);
    const QDateTime at(QDate(2026, 12, 2), QTime(9, 30, 15, 250), Qt::OffsetFromUTC, 3600);
    DrawRecord record = DrawRecord::make(list, seed, 2, false, false, u"drand 7"_s, {}, at);
    const QByteArray json = record.toJson();
    QCOMPARE(json, QByteArray("{\"algorithm\":\"passforge-draw-v1\",\"seed\":\"") +
                       FairDraw::hex(seed).toLatin1() +
                       "\",\"beacon\":\"drand 7\",\"list_sha256\":\"" +
                       list.sha256Hex().toLatin1() +
                       "\",\"entries\":4,\"tickets\":5,\"duplicates\":1,\"unique\":false,"
                       "\"count\":2,\"winners\":" +
                       (QByteArray("[\"") + record.result.join(u"\",\""_s).toUtf8() + "\"]") +
                       ",\"lookalikes\":[],\"drawn_at\":\"2026-12-02T08:30:15Z\"}");
    // Read back: the same record, and it checks out against its list (but not its seed's beacon
    // once the beacon is changed).
    DrawRecord::ReadError error;
    const std::optional<DrawRecord> read = DrawRecord::fromJson(json, &error);
    QVERIFY(read);
    QCOMPARE(read->toJson(), json);
    QCOMPARE(int(read->verify(list).outcome), int(DrawRecord::Check::Outcome::SeedDiffers));
    record.beacon.reset();
    QCOMPARE(int(record.verify(list).outcome), int(DrawRecord::Check::Outcome::Verified));
    // A name with a quote is escaped, and read back as it was.
    record.result = QStringList{u"say \"hi\""_s, u"Ada"_s};
    QVERIFY(record.toJson().contains("\"winners\":[\"say \\\"hi\\\"\",\"Ada\"]"));
    QCOMPARE(DrawRecord::fromJson(record.toJson())->result, record.result);
}

QTEST_GUILESS_MAIN(TestPick)
#include "tst_pick.moc"
