// SPDX-License-Identifier: GPL-3.0-or-later
// Wordlists: the shipped English list (size, letters, lengths, order, prefix-free, deny-list) and
// the script that makes it, and user wordlists: dice prefixes, case, blank lines, duplicates and
// every error.
#include "WordlistText.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Wordlist.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

} // namespace

class TestWordlist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsTheShippedFile();
    void builtInWordShape();
    void builtInPrefixFree();
    void builtInAvoidsDenyList();
    void makeWordlistReproduces();
    void userListFormats_data();
    void userListFormats();
    void userListErrors_data();
    void userListErrors();
    void userListSizeLimit();
    void fromFileErrors();
};

void TestWordlist::builtInIsTheShippedFile()
{
    const QByteArray file = readSource(u"en.txt"_s);
    const Wordlist &list = Wordlist::builtIn();
    QCOMPARE(list.size(), 7776);
    // Byte for byte: one word per line, "\n" endings, a final newline, nothing else.
    QCOMPARE(list.words().join(u'\n').toUtf8() + '\n', file);
    QCOMPARE(QSet<QString>(list.words().cbegin(), list.words().cend()).size(), 7776);
    QCOMPARE(list.droppedBlank(), 0);
    QCOMPARE(list.droppedDuplicates(), 0);
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(QByteArray::fromStdString(list.utf8At(std::size_t(i))), list.words()[i].toUtf8());
}

void TestWordlist::builtInWordShape()
{
    const QStringList &words = Wordlist::builtIn().words();
    for (const QString &w : words) {
        QVERIFY2(w.size() >= 3 && w.size() <= 9, qPrintable(w));
        QVERIFY2(std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }),
                 qPrintable(w));
    }
    // Sorted and strictly increasing, which also says distinct.
    const auto bad = std::adjacent_find(words.cbegin(), words.cend(),
                                        [](const QString &a, const QString &b) { return a >= b; });
    QVERIFY2(bad == words.cend(), qPrintable(bad == words.cend() ? QString() : *bad));
}

void TestWordlist::builtInPrefixFree()
{
    // Independently of the library's sorted scan: every proper prefix of every word in a set,
    // then no word may be in it.
    const QStringList &words = Wordlist::builtIn().words();
    QSet<QString> prefixes;
    for (const QString &w : words) {
        for (qsizetype n = 1; n < w.size(); ++n)
            prefixes.insert(w.left(n));
    }
    for (const QString &w : words)
        QVERIFY2(!prefixes.contains(w), qPrintable(w + u" is a prefix of another word"_s));
    QVERIFY(Wordlist::builtIn().isPrefixFree());
}

void TestWordlist::builtInAvoidsDenyList()
{
    // deny.txt as documented there: '#' comments, blank lines, '*' marks a substring stem.
    QSet<QString> exact;
    QStringList stems;
    for (const QByteArray &raw : readSource(u"deny.txt"_s).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'*'))
            stems.append(line.mid(1));
        else
            exact.insert(line);
    }
    QVERIFY(exact.size() > 100);
    QVERIFY(stems.size() > 20);
    QVERIFY(exact.contains(u"ass"_s));
    for (const QString &w : Wordlist::builtIn().words()) {
        QVERIFY2(!exact.contains(w), qPrintable(w));
        for (const QString &stem : std::as_const(stems))
            QVERIFY2(!w.contains(stem), qPrintable(w + u" contains "_s + stem));
    }
}

void TestWordlist::makeWordlistReproduces()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    if (!QFileInfo(u"/usr/share/dict/scowl"_s).isDir())
        QSKIP("Debian's scowl package is not installed (build.sh does not install it), so "
              "make-wordlist.py has no input to rerun");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(u"en.txt"_s);
    QProcess script;
    script.start(python, {SourceDir + u"/make-wordlist.py"_s, u"--output"_s, output});
    QVERIFY2(script.waitForFinished(300'000), qPrintable(script.errorString()));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             script.readAllStandardError().constData());
    QFile made(output);
    QVERIFY(made.open(QIODevice::ReadOnly));
    // Compared whole, not line by line: the committed list is exactly what the script writes.
    QVERIFY2(made.readAll() == readSource(u"en.txt"_s),
             "make-wordlist.py output differs from en.txt");
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
