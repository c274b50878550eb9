// SPDX-License-Identifier: GPL-3.0-or-later
// Wordlists: the six shipped lists (size, letters, lengths, NFC, order, prefix-free, the published
// profanity list and our deny-list, the sizes the documents give) and the script that makes them,
// and user wordlists: dice prefixes, case, blank lines, duplicates and every error.
#include "WordlistText.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Wordlist.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using passforge::test::filler;
using PG = PassphraseGenerator;
using WE = Wordlist::Error;

Q_DECLARE_METATYPE(Wordlist::Error)

namespace {

const QString SourceDir = QStringLiteral(PASSFORGE_WORDLIST_DIR);

QByteArray readSource(const QString &name)
{
    QFile file(SourceDir + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sourceFile(const QString &code)
{
    static const QHash<QString, QString> files = {
        {u"en"_s, u"en-eff-large.txt"_s}, {u"de"_s, u"de-dys2p-7776.txt"_s},
        {u"fr"_s, u"fr-diceware.txt"_s},  {u"es"_s, u"es-diceware.txt"_s},
        {u"it"_s, u"it-diceware.txt"_s},  {u"pt_BR"_s, u"pt-br-diceware.txt"_s}};
    return files.value(code);
}

} // namespace

class TestWordlist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCodes();
    void builtInIsTheShippedFile_data();
    void builtInIsTheShippedFile();
    void builtInWordShape_data();
    void builtInWordShape();
    void builtInPrefixFree_data();
    void builtInPrefixFree();
    void builtInAvoidsProfanity_data();
    void builtInAvoidsProfanity();
    void makeWordlistReproduces();
    void documentedSizesAreTheLists();
    void userListFormats_data();
    void userListFormats();
    void userListErrors_data();
    void userListErrors();
    void userListSizeLimit();
    void fromFileErrors();

private:
    void addListRows();
};

void TestWordlist::addListRows()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Wordlist::builtInCodes())
        QTest::addRow("%s", qPrintable(code)) << code;
}

void TestWordlist::builtInCodes()
{
    QCOMPARE(Wordlist::builtInCodes(),
             QStringList({u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"pt_BR"_s}));
    QCOMPARE(&Wordlist::builtIn(), Wordlist::builtIn(u"en"));
    QCOMPARE(Wordlist::builtIn(u"ja"), nullptr);
    QCOMPARE(Wordlist::builtIn(u"EN"), nullptr);
    QCOMPARE(Wordlist::builtIn(u""), nullptr);
    QCOMPARE(Wordlist::builtInSize(u"ja"), 0);
}

void TestWordlist::builtInIsTheShippedFile_data()
{
    addListRows();
}

void TestWordlist::builtInIsTheShippedFile()
{
    QFETCH(QString, code);
    const QByteArray file = readSource(code + u".txt"_s);
    const Wordlist &list = *Wordlist::builtIn(code);
    // As many words as the file has lines, and at least 4096 of them.
    QCOMPARE(list.size(), file.count('\n'));
    QCOMPARE(Wordlist::builtInSize(code), list.size());
    QVERIFY2(list.size() >= 4096, qPrintable(QString::number(list.size())));
    // Byte for byte: one word per line, "\n" endings, a final newline, nothing else.
    QCOMPARE(list.words().join(u'\n').toUtf8() + '\n', file);
    QCOMPARE(QSet<QString>(list.words().cbegin(), list.words().cend()).size(), list.size());
    QCOMPARE(list.droppedBlank(), 0);
    QCOMPARE(list.droppedDuplicates(), 0);
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(QByteArray::fromStdString(list.utf8At(std::size_t(i))), list.words()[i].toUtf8());
}

void TestWordlist::builtInWordShape_data()
{
    addListRows();
}

void TestWordlist::builtInWordShape()
{
    QFETCH(QString, code);
    const QStringList &words = Wordlist::builtIn(code)->words();
    for (const QString &w : words) {
        // 3 to 10 letters (code points: every letter of these languages is one UTF-16 unit),
        // lowercase, in NFC.
        QVERIFY2(w.size() >= 3 && w.size() <= 10, qPrintable(w));
        QVERIFY2(std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }),
                 qPrintable(w));
        QVERIFY2(w == w.toLower(), qPrintable(w));
        QVERIFY2(w == w.normalized(QString::NormalizationForm_C), qPrintable(w));
    }
    // Sorted and strictly increasing, which also says distinct.
    const auto bad = std::adjacent_find(words.cbegin(), words.cend(),
                                        [](const QString &a, const QString &b) { return a >= b; });
    QVERIFY2(bad == words.cend(), qPrintable(bad == words.cend() ? QString() : *bad));
}

void TestWordlist::builtInPrefixFree_data()
{
    addListRows();
}

void TestWordlist::builtInPrefixFree()
{
    // Independently of the library's sorted scan: every proper prefix of every word in a set,
    // then no word may be in it.
    QFETCH(QString, code);
    const QStringList &words = Wordlist::builtIn(code)->words();
    QSet<QString> prefixes;
    for (const QString &w : words) {
        for (qsizetype n = 1; n < w.size(); ++n)
            prefixes.insert(w.left(n));
    }
    for (const QString &w : words)
        QVERIFY2(!prefixes.contains(w), qPrintable(w + u" is a prefix of another word"_s));
    QVERIFY(Wordlist::builtIn(code)->isPrefixFree());
}

void TestWordlist::builtInAvoidsProfanity_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("ldnoobw");
    QTest::addColumn<QStringList>("mustCatch"); // in the source list, so the screen is seen to act
    QTest::addRow("en") << u"en"_s << u"en"_s << QStringList{u"grope"_s, u"swinger"_s};
    QTest::addRow("de") << u"de"_s << u"de"_s << QStringList{u"arsch"_s, u"nackt"_s};
    QTest::addRow("fr") << u"fr"_s << u"fr"_s << QStringList{u"gueule"_s};
    QTest::addRow("es") << u"es"_s << u"es"_s << QStringList{u"mierda"_s, u"follar"_s, u"culo"_s};
    QTest::addRow("it") << u"it"_s << u"it"_s << QStringList{u"tette"_s, u"cacca"_s};
    QTest::addRow("pt_BR") << u"pt_BR"_s << u"pt"_s << QStringList{u"merda"_s, u"puta"_s};
}

void TestWordlist::builtInAvoidsProfanity()
{
    QFETCH(QString, code);
    QFETCH(QString, ldnoobw);
    QFETCH(QStringList, mustCatch);
    // The published list (LDNOOBW), whole entries, lowercased and in NFC.
    const QJsonArray entries =
        QJsonDocument::fromJson(readSource(u"profanity/"_s + ldnoobw + u".json"_s)).array();
    QVERIFY(entries.size() > 50);
    QSet<QString> profane;
    for (const QJsonValue &entry : entries)
        profane.insert(
            entry.toString().trimmed().toLower().normalized(QString::NormalizationForm_C));
    // Our own deny-list as documented there: '#' comments, '*' marks a substring stem.
    QSet<QString> exact;
    QStringList stems;
    for (const QByteArray &raw : readSource(u"deny/"_s + code + u".txt"_s).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'*'))
            stems.append(line.mid(1));
        else
            exact.insert(line);
    }
    QVERIFY2(exact.size() + stems.size() >= 20, qPrintable(code));
    const QStringList &words = Wordlist::builtIn(code)->words();
    const QSet<QString> kept(words.cbegin(), words.cend());
    for (const QString &w : words) {
        QVERIFY2(!profane.contains(w), qPrintable(w));
        QVERIFY2(!exact.contains(w), qPrintable(w));
        for (const QString &stem : std::as_const(stems))
            QVERIFY2(!w.contains(stem), qPrintable(w + u" contains "_s + stem));
    }
    for (const QString &w : std::as_const(mustCatch)) {
        QVERIFY2(readSource(u"sources/"_s + sourceFile(code)).contains(w.toUtf8()), qPrintable(w));
        QVERIFY2(!kept.contains(w), qPrintable(w));
    }
}

void TestWordlist::makeWordlistReproduces()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!python.isEmpty(), "python3 is not installed (build.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess script;
    script.start(python, {SourceDir + u"/make-wordlist.py"_s, u"--output-dir"_s, dir.path()});
    QVERIFY2(script.waitForFinished(300'000), qPrintable(script.errorString()));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             script.readAllStandardError().constData());
    // Compared whole, not line by line: each committed list is exactly what the script writes.
    for (const QString &code : Wordlist::builtInCodes()) {
        QFile made(dir.filePath(code + u".txt"_s));
        QVERIFY2(made.open(QIODevice::ReadOnly), qPrintable(code));
        QVERIFY2(made.readAll() == readSource(code + u".txt"_s),
                 qPrintable(u"make-wordlist.py output differs from "_s + code + u".txt"_s));
    }
}

void TestWordlist::documentedSizesAreTheLists()
{
    // The README's table and SOURCES.md give each list's size and bits a word: they must be the
    // lists' own, so that a changed deny-list cannot leave a stale number behind.
    const QByteArray readme = readSource(u"../../README.md"_s);
    const QByteArray sources = readSource(u"SOURCES.md"_s);
    QVERIFY(!readme.isEmpty() && !sources.isEmpty());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QString &code : Wordlist::builtInCodes()) {
        const qsizetype n = Wordlist::builtIn(code)->size();
        const QString size = english.toString(n);
        const QString bits = QString::number(std::log2(double(n)), 'f', 3);
        const QByteArray inReadme = (u"| `"_s + code + u"` | "_s).toUtf8();
        const qsizetype at = readme.indexOf(inReadme);
        QVERIFY2(at >= 0, inReadme.constData());
        const QByteArray row = readme.mid(at, readme.indexOf('\n', at) - at);
        QVERIFY2(row.contains((u" | "_s + size + u" | "_s + bits + u" | "_s).toUtf8()),
                 row.constData());
        const QByteArray inSources =
            (u"| `"_s + code + u".txt` | "_s + size + u" | "_s + bits + u" |"_s).toUtf8();
        QVERIFY2(sources.contains(inSources), inSources.constData());
        QVERIFY2(sources.contains((u"Kept: **"_s + size + u"** words."_s).toUtf8()),
                 qPrintable(code));
    }
    // The English figures the passphrase paragraph quotes.
    const qsizetype englishSize = Wordlist::builtIn().size();
    QVERIFY(
        readme.contains((u"built-in English list ("_s + english.toString(englishSize) +
                         u" words, "_s + QString::number(std::log2(double(englishSize)), 'f', 3) +
                         u" bits a word, so\n  six words give "_s +
                         QString::number(6 * std::log2(double(englishSize)), 'f', 2) + u" bits)"_s)
                            .toUtf8()));
}

void TestWordlist::userListFormats_data()
{
    QTest::addColumn<QByteArray>("head");   // before 1024 filler words
    QTest::addColumn<QByteArray>("tail");   // after them
    QTest::addColumn<QStringList>("first"); // the list's first words
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("blank");
    QTest::addColumn<int>("duplicates");
    const QByteArray none;
    QTest::addRow("dice prefix and tab") << QByteArray("11111\tapple\n66666\tpear\n") << none
                                         << QStringList{u"apple"_s, u"pear"_s} << 1026 << 0 << 0;
    QTest::addRow("dice prefix and spaces") << QByteArray("11111 apple\n12345   pear\n") << none
                                            << QStringList{u"apple"_s, u"pear"_s} << 1026 << 0 << 0;
    // Only a leading number followed by a tab or space is a prefix; a number alone is the word.
    QTest::addRow("number alone, digits inside")
        << QByteArray("12345\n2nd\n11111-apple\n") << none
        << QStringList{u"12345"_s, u"2nd"_s, u"11111-apple"_s} << 1027 << 0 << 0;
    QTest::addRow("lowercased") << QByteArray("Apple\nPEAR\n\xc3\x84rger\n\xc3\x89"
                                              "COLE\n")
                                << none
                                << QStringList{u"apple"_s, u"pear"_s, u"\u00e4rger"_s,
                                               u"\u00e9cole"_s}
                                << 1028 << 0 << 0;
    // Duplicates are counted after stripping and lowercasing.
    QTest::addRow("duplicates") << QByteArray("Apple\napple\n11111 APPLE\npear\napple\n") << none
                                << QStringList{u"apple"_s, u"pear"_s} << 1026 << 0 << 3;
    QTest::addRow("filler twice") << none << filler(1024) << QStringList{u"fkkkk"_s} << 1024 << 0
                                  << 1024;
    QTest::addRow("blank lines") << QByteArray("\napple\n\n   \n\t\r\npear\n") << none
                                 << QStringList{u"apple"_s, u"pear"_s} << 1026 << 4 << 0;
    QTest::addRow("CRLF and padding") << QByteArray("  apple \r\n\tpear\t\r\n") << none
                                      << QStringList{u"apple"_s, u"pear"_s} << 1026 << 0 << 0;
    QTest::addRow("byte-order mark") << QByteArray("\xef\xbb\xbf"
                                                   "apple\n")
                                     << none << QStringList{u"apple"_s} << 1025 << 0 << 0;
    // The final newline rule: a last "\n" ends the last line; it does not start a blank one.
    QTest::addRow("final newline") << none << none << QStringList{u"fkkkk"_s} << 1024 << 0 << 0;
    QTest::addRow("no final newline")
        << none << QByteArray("last") << QStringList{u"fkkkk"_s} << 1025 << 0 << 0;
    QTest::addRow("CRLF final newline")
        << none << QByteArray("last\r\n") << QStringList{u"fkkkk"_s} << 1025 << 0 << 0;
    QTest::addRow("one blank line at the end")
        << none << QByteArray("\n") << QStringList{u"fkkkk"_s} << 1024 << 1 << 0;
    QTest::addRow("two blank lines at the end")
        << none << QByteArray("\n\n") << QStringList{u"fkkkk"_s} << 1024 << 2 << 0;
    QTest::addRow("spaces after the final newline")
        << none << QByteArray("  ") << QStringList{u"fkkkk"_s} << 1024 << 1 << 0;
}

void TestWordlist::userListFormats()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    QFETCH(QStringList, first);
    QFETCH(int, size);
    QFETCH(int, blank);
    QFETCH(int, duplicates);
    WE error = WE::Unreadable;
    const Wordlist list = Wordlist::fromUtf8(head + filler(1024) + tail, &error);
    QCOMPARE(error, WE::None);
    QCOMPARE(list.words().mid(0, first.size()), first);
    QCOMPARE(list.size(), size);
    QCOMPARE(list.droppedBlank(), blank);
    QCOMPARE(list.droppedDuplicates(), duplicates);
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(QByteArray::fromStdString(list.utf8At(std::size_t(i))), list.words()[i].toUtf8());
}

void TestWordlist::userListErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<WE>("error");
    QTest::addColumn<int>("size"); // distinct words kept, for TooSmall; 0 otherwise
    const QByteArray words = filler(1024);
    QTest::addRow("latin-1 byte") << words + "caf\xe9\n" << WE::InvalidUtf8 << 0;
    QTest::addRow("UTF-16 surrogate in UTF-8") << words + "\xed\xa0\x80\n" << WE::InvalidUtf8 << 0;
    QTest::addRow("overlong slash") << QByteArray("\xc0\xaf\n") + words << WE::InvalidUtf8 << 0;
    QTest::addRow("truncated at the end") << words + "\xe2\x82" << WE::InvalidUtf8 << 0;
    QTest::addRow("NUL byte") << words + QByteArray("a\0b\n", 4) << WE::Binary << 0;
    QTest::addRow("UTF-16LE text") << QByteArray("a\0p\0p\0l\0e\0\n\0", 12) << WE::Binary << 0;
    // NUL is checked before UTF-8, so a binary file is called binary.
    QTest::addRow("NUL and invalid UTF-8") << QByteArray("\xff\0\xfe", 3) << WE::Binary << 0;
    QTest::addRow("empty") << QByteArray() << WE::TooSmall << 0;
    QTest::addRow("1023 words") << filler(1023) << WE::TooSmall << 1023;
    QTest::addRow("1023 words, duplicates and blanks")
        << filler(1023) + "\n\n" + filler(5) << WE::TooSmall << 1023;
    QTest::addRow("1024 words") << filler(1024) << WE::None << 0;
    QTest::addRow("1023 words, one with a dice prefix") << filler(1023) + "11111 apple\n"
                                                        << WE::None << 0;
}

void TestWordlist::userListErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(WE, error);
    QFETCH(int, size);
    WE actual = WE::None;
    const Wordlist list = Wordlist::fromUtf8(text, &actual);
    QCOMPARE(actual, error);
    if (error == WE::None) {
        QCOMPARE(list.size(), 1024);
    } else {
        QCOMPARE(list.size(), size); // TooSmall keeps its words so that the caller can say how many
        PG g;
        g.setWordlist(list);
        QCOMPARE(g.error(), PG::Error::WordlistTooSmall);
    }
}

void TestWordlist::userListSizeLimit()
{
    // Exactly MaxFileBytes (ListFile's 32 MB, the pick list's limit too) is accepted; one byte
    // more is refused before any parsing.
    QCOMPARE(Wordlist::MaxFileBytes, qint64(32'000'000));
    QCOMPARE(Wordlist::MaxFileBytes, ListFile::MaxBytes);
    QByteArray text = filler(1024);
    text += QByteArray(Wordlist::MaxFileBytes - text.size() - 1, ' ') + '\n';
    QCOMPARE(text.size(), Wordlist::MaxFileBytes);
    WE error = WE::Unreadable;
    const Wordlist atLimit = Wordlist::fromUtf8(text, &error);
    QCOMPARE(error, WE::None);
    QCOMPARE(atLimit.size(), 1024);
    QCOMPARE(atLimit.droppedBlank(), 1); // the line of spaces
    text += 'x';
    QVERIFY(Wordlist::fromUtf8(text, &error).isEmpty());
    QCOMPARE(error, WE::TooLarge);
}

void TestWordlist::fromFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WE error = WE::None;
    QString message;
    QVERIFY(Wordlist::fromFile(dir.filePath(u"missing.txt"_s), &error, &message).isEmpty());
    QCOMPARE(error, WE::Unreadable);
    QVERIFY2(message.contains(u"No such file"_s), qPrintable(message));

    message.clear();
    QVERIFY(Wordlist::fromFile(dir.path(), &error, &message).isEmpty());
    QCOMPARE(error, WE::Unreadable);
    QCOMPARE(message, u"Is a directory"_s);

    // Sparse files of zeros: at the limit the NULs make it binary; one byte over, the size alone
    // refuses it (and fromFile reads no more than the limit plus one byte to know).
    QFile sparse(dir.filePath(u"sparse.bin"_s));
    QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(Wordlist::MaxFileBytes));
    sparse.close();
    Wordlist::fromFile(sparse.fileName(), &error);
    QCOMPARE(error, WE::Binary);
    QVERIFY(sparse.resize(Wordlist::MaxFileBytes + 1));
    Wordlist::fromFile(sparse.fileName(), &error);
    QCOMPARE(error, WE::TooLarge);

    QFile good(dir.filePath(u"good.txt"_s));
    const QByteArray text = "\xef\xbb\xbf"
                            "11111\tApple\r\n\r\n" +
                            filler(1024) + "apple\n";
    QVERIFY(good.open(QIODevice::WriteOnly) && good.write(text) == text.size());
    good.close();
    const Wordlist list = Wordlist::fromFile(good.fileName(), &error);
    QCOMPARE(error, WE::None);
    QCOMPARE(list.words(), Wordlist::fromUtf8(text).words());
    QCOMPARE(list.words().constFirst(), u"apple"_s);
    QCOMPARE(list.size(), 1025);
    QCOMPARE(list.droppedBlank(), 1);
    QCOMPARE(list.droppedDuplicates(), 1);
}

QTEST_GUILESS_MAIN(TestWordlist)
#include "tst_wordlist.moc"
