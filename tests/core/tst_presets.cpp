// SPDX-License-Identifier: GPL-3.0-or-later
// Presets: built-ins, editing rules (names, built-ins never overwritten), the file format both
// ways, the arguments a preset stands for, and what its options mean for the window
// (PresetOptions). The CLI tests drive --preset and presets; tests/gui the preset row.
#include "passforge/PresetOptions.h"
#include "passforge/Presets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using Edit = Presets::EditError;

Q_DECLARE_METATYPE(Presets::EditError)

class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsExistWithoutAFile();
    void editing();
    void fileRoundTrip();
    void mergeRenamesClashes();
    void mergeShortensLongNames();
    void relativeWordlistsAreRefused();
    void arguments();
    void classSelection_data();
    void classSelection();
    void normalized_data();
    void normalized();
    void problems_data();
    void problems();
    void noPresetForNoClass();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The options of one command as the window reads them back, or the problem.
QString normalize(const QString &command, const QJsonObject &options)
{
    QString problem;
    std::optional<QJsonObject> result;
    if (command == u"password"_s)
        result = normalizedPreset<PasswordOptions>(options, &problem);
    else if (command == u"passphrase"_s)
        result = normalizedPreset<PassphraseOptions>(options, &problem);
    else if (command == u"token"_s)
        result = normalizedPreset<TokenOptions>(options, &problem);
    else
        result = normalizedPreset<NumberOptions>(options, &problem);
    return result ? QString::fromUtf8(compact(*result)) : u"problem: "_s + problem;
}

} // namespace

void TestPresets::builtInsExistWithoutAFile()
{
    QTemporaryDir dir;
    QString error = u"stale"_s;
    const Presets presets = Presets::load(dir.filePath(u"missing.json"_s), &error);
    QCOMPARE(error, QString());
    QStringList names;
    for (const Presets::Preset &p : presets.visible())
        names << p.name;
    QCOMPARE(names, (QStringList{u"PIN (6 digits)"_s, u"Wi-Fi (WPA2, 24 easy-to-type characters)"_s,
                                 u"Maximum (64, all kinds)"_s}));
    for (const Presets::Preset &p : presets.visible()) {
        QVERIFY(p.builtIn);
        QCOMPARE(Presets::problem(p), QString());
    }
}

void TestPresets::editing()
{
    Presets presets;
    const Presets::Preset pin{u"Bank PIN"_s, u"password"_s, QJsonObject{{u"length"_s, 6}}, false};
    QCOMPARE(presets.add(pin), Edit::None);
    QCOMPARE(presets.add(pin), Edit::NameTaken);
    QCOMPARE(presets.add({u"PIN (6 digits)"_s, u"password"_s, {}, false}), Edit::NameTaken);
    QCOMPARE(presets.add({u" padded"_s, u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({QString(), u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({u"tab\there"_s, u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({QString(65, u'x'), u"password"_s, {}, false}), Edit::InvalidName);
    QCOMPARE(presets.add({u"draw"_s, u"pick"_s, {}, false}), Edit::InvalidPreset);
    QCOMPARE(presets.add({u"off"_s, u"password"_s, QJsonObject{{u"digits"_s, false}}, false}),
             Edit::InvalidPreset);
    // Built-ins cannot be renamed or overwritten; removing one hides it.
    QCOMPARE(presets.rename(u"PIN (6 digits)"_s, u"Mine"_s), Edit::BuiltIn);
    QCOMPARE(presets.rename(u"Bank PIN"_s, u"Maximum (64, all kinds)"_s), Edit::NameTaken);
    QCOMPARE(presets.rename(u"nope"_s, u"x"_s), Edit::NotFound);
    QCOMPARE(presets.rename(u"Bank PIN"_s, u"Card PIN"_s), Edit::None);
    QVERIFY(presets.find(u"Card PIN"_s));
    QVERIFY(!presets.find(u"Bank PIN"_s));
    QCOMPARE(presets.remove(u"Maximum (64, all kinds)"_s), Edit::None);
    QVERIFY(!presets.find(u"Maximum (64, all kinds)"_s));
    QCOMPARE(presets.hiddenBuiltIns(), QStringList{u"Maximum (64, all kinds)"_s});
    QCOMPARE(presets.visible().size(), std::size_t{3}); // two built-ins and Card PIN
    presets.showBuiltIns();
    QVERIFY(presets.find(u"Maximum (64, all kinds)"_s));
    QCOMPARE(presets.remove(u"Card PIN"_s), Edit::None);
    QCOMPARE(presets.remove(u"Card PIN"_s), Edit::NotFound);
    QVERIFY(presets.userPresets().empty());
}

void TestPresets::fileRoundTrip()
{
    Presets presets;
    QCOMPARE(presets.add({u"api"_s, u"token"_s,
                          QJsonObject{{u"bytes"_s, 24}, {u"format"_s, u"base32"_s}}, false}),
             Edit::None);
    QCOMPARE(presets.remove(u"PIN (6 digits)"_s), Edit::None);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/presets.json"_s);
    QString error;
    QVERIFY2(presets.save(path, &error), qPrintable(error));
    const Presets loaded = Presets::load(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(loaded.userPresets(), presets.userPresets());
    QCOMPARE(loaded.hiddenBuiltIns(), QStringList{u"PIN (6 digits)"_s});
    QCOMPARE(loaded.toJson(), presets.toJson());
}

void TestPresets::mergeRenamesClashes()
{
    Presets mine;
    QCOMPARE(mine.add({u"api"_s, u"token"_s, {}, false}), Edit::None);
    Presets theirs;
    QCOMPARE(theirs.add({u"api"_s, u"token"_s, QJsonObject{{u"bytes"_s, 16}}, false}), Edit::None);
    QCOMPARE(theirs.add({u"dice"_s, u"number"_s, {}, false}), Edit::None);
    QCOMPARE(mine.merge(theirs), 2);
    QStringList names;
    for (const Presets::Preset &p : mine.userPresets())
        names << p.name;
    QCOMPARE(names, (QStringList{u"api"_s, u"api (2)"_s, u"dice"_s}));
    QCOMPARE(mine.find(u"api (2)"_s)->options.value(u"bytes"_s).toInt(), 16);
}

void TestPresets::mergeShortensLongNames()
{
    // A clash with a name of the longest length still gets a number, inside the limit.
    const QString longest = QString(Presets::MaxNameLength - 1, u'n') + u"é"_s;
    const QString emoji = QString(Presets::MaxNameLength - 5, u'e') + u"🔑🔑"_s;
    Presets mine;
    QCOMPARE(mine.add({longest, u"token"_s, {}, false}), Edit::None);
    QCOMPARE(mine.add({emoji, u"token"_s, {}, false}), Edit::None);
    Presets theirs;
    QCOMPARE(theirs.add({longest, u"token"_s, {}, false}), Edit::None);
    QCOMPARE(theirs.add({emoji, u"token"_s, {}, false}), Edit::None);
    QCOMPARE(mine.merge(theirs), 2);
    QCOMPARE(mine.merge(theirs), 2);
    QStringList names;
    for (const Presets::Preset &p : mine.userPresets())
        names << p.name;
    const QString head = QString(Presets::MaxNameLength - 4, u'n');
    // The key emoji is two UTF-16 units: it is dropped whole, never halved.
    const QString emojiHead = QString(Presets::MaxNameLength - 5, u'e');
    QCOMPARE(names, (QStringList{longest, emoji, head + u" (2)"_s, emojiHead + u" (2)"_s,
                                 head + u" (3)"_s, emojiHead + u" (3)"_s}));
}

void TestPresets::relativeWordlistsAreRefused()
{
    // A relative path would name another file in every directory passforge-cli runs from.
    const Presets::Preset relative{u"words"_s, u"passphrase"_s,
                                   QJsonObject{{u"wordlist"_s, u"words.txt"_s}}, false};
    QCOMPARE(Presets::problem(relative),
             u"preset 'words': the option 'wordlist' must be an absolute path, not 'words.txt'"_s);
    Presets presets;
    QCOMPARE(presets.add(relative), Edit::InvalidPreset);
    QString error;
    Presets::fromJson(R"({"version": 1, "presets": [{"name": "words", "command": "passphrase",
                          "options": {"wordlist": "./w.txt"}}]})",
                      &error);
    QCOMPARE(error,
             u"preset 'words': the option 'wordlist' must be an absolute path, not './w.txt'"_s);
    Presets::Preset absolute = relative;
    absolute.options = QJsonObject{{u"wordlist"_s, u"/usr/share/dict/words"_s}};
    QCOMPARE(Presets::problem(absolute), QString());
}

void TestPresets::arguments()
{
    QCOMPARE(Presets::arguments(QJsonObject{{u"length"_s, 6}, {u"digits"_s, true}}),
             (QStringList{u"--digits"_s, u"--length"_s, u"6"_s}));
    QCOMPARE(Presets::arguments(QJsonObject{{u"rules"_s, u"required: digit"_s}, {u"max"_s, 1.5}}),
             (QStringList{u"--max"_s, u"1.5"_s, u"--rules"_s, u"required: digit"_s}));
    // 64-bit bounds pass through exactly, not as the nearest double.
    QCOMPARE(
        Presets::arguments(json(R"({"max": 9223372036854775807, "min": -9223372036854775808})")),
        (QStringList{u"--max"_s, u"9223372036854775807"_s, u"--min"_s, u"-9223372036854775808"_s}));
}

void TestPresets::classSelection_data()
{
    // lower, upper, digits, symbols: named, then minimum given, then used.
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("minimums");
    QTest::addColumn<QString>("used");
    QTest::newRow("nothing: all four") << "----"
                                       << "----"
                                       << "luds";
    QTest::newRow("a minimum alone keeps all four") << "----"
                                                    << "--d-"
                                                    << "luds";
    QTest::newRow("named: only those") << "-u-s"
                                       << "----"
                                       << "-u-s";
    QTest::newRow("named and a minimum of another") << "l---"
                                                    << "--d-"
                                                    << "l-d-";
    QTest::newRow("all named") << "luds"
                               << "----"
                               << "luds";
}

void TestPresets::classSelection()
{
    QFETCH(QString, named);
    QFETCH(QString, minimums);
    QFETCH(QString, used);
    PasswordOptions::Classes n{};
    PasswordOptions::Classes m{};
    for (int i = 0; i < 4; ++i) {
        n[i] = named.at(i) != u'-';
        m[i] = minimums.at(i) != u'-';
    }
    const PasswordOptions::Classes selected = PasswordOptions::selectClasses(n, m);
    QString got;
    for (int i = 0; i < 4; ++i)
        got += selected[i] ? u"luds"_s.at(i) : u'-';
    QCOMPARE(got, used);
}

void TestPresets::normalized_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("PIN") << "password" << QByteArray(R"({"length": 6, "digits": true})")
                         << R"({"digits":true,"length":6})";
    QTest::newRow("all four named is no class option")
        << "password"
        << QByteArray(R"({"lower": true, "upper": true, "digits": true, "symbols": true})") << "{}";
    QTest::newRow("a minimum switches its class on")
        << "password" << QByteArray(R"({"lower": true, "min-digits": 2})")
        << R"({"digits":true,"lower":true,"min-digits":2})";
    QTest::newRow("a minimum of 0 is none")
        << "password" << QByteArray(R"({"min-upper": 0})") << "{}";
    QTest::newRow("a number as text")
        << "password" << QByteArray(R"({"length": "12"})") << R"({"length":12})";
    QTest::newRow("rules with exclude")
        << "password"
        << QByteArray(R"({"rules": "minlength: 8", "exclude": "x", "no-lookalikes": true})")
        << R"({"exclude":"x","no-lookalikes":true,"rules":"minlength: 8"})";
    QTest::newRow("site") << "password" << QByteArray(R"({"site": "apple.com", "length": 30})")
                          << R"({"length":30,"site":"apple.com"})";
    QTest::newRow("count and json are the CLI's")
        << "password" << QByteArray(R"({"count": 5, "json": true, "length": 9})")
        << R"({"length":9})";
    QTest::newRow("passphrase defaults")
        << "passphrase" << QByteArray(R"({"separator": "-"})") << R"({"words":6})";
    QTest::newRow("passphrase all")
        << "passphrase"
        << QByteArray(
               R"({"words": 8, "separator": "", "case": "title", "add-digit": true, "wordlist": "/w.txt"})")
        << R"({"add-digit":true,"case":"title","separator":"","wordlist":"/w.txt","words":8})";
    QTest::newRow("pronounceable")
        << "password"
        << QByteArray(R"({"pronounceable": true, "length": 12, "min-upper": 1, "min-digits": 0})")
        << R"({"length":12,"min-upper":1,"pronounceable":true})";
    QTest::newRow("passphrase, new options")
        << "passphrase"
        << QByteArray(
               R"({"case": "random", "separator-from": "-+", "add-symbol": true, "list": "de"})")
        << R"({"add-symbol":true,"case":"random","list":"de","separator-from":"-+","words":6})";
    QTest::newRow("token") << "token" << QByteArray(R"({"bytes": 24, "format": "base32"})")
                           << R"({"bytes":24,"format":"base32"})";
    QTest::newRow("a UUID has no byte count")
        << "token" << QByteArray(R"({"format": "uuid"})") << R"({"format":"uuid"})";
    QTest::newRow("the longest texts the window takes")
        << "passphrase" << (R"({"separator": ")" + QByteArray(64, '+') + R"("})")
        << u"{\"separator\":\""_s + QString(64, u'+') + u"\",\"words\":6}"_s;
    QTest::newRow("token defaults")
        << "token" << QByteArray("{}") << R"({"bytes":32,"format":"hex"})";
    QTest::newRow("number, 64-bit bounds exactly")
        << "number"
        << QByteArray(R"({"min": -9223372036854775808, "max": 9223372036854775807, "count": 1})")
        << R"({"max":9223372036854775807,"min":-9223372036854775808})";
    QTest::newRow("number with count and distinct")
        << "number" << QByteArray(R"({"min": 1, "max": 49, "count": 6, "distinct": true})")
        << R"({"count":6,"distinct":true,"max":49,"min":1})";
}

void TestPresets::normalized()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, options);
    QFETCH(QString, expected);
    QCOMPARE(normalize(command, QJsonDocument::fromJson(options).object()), expected);
}

void TestPresets::problems_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown option") << "password" << QByteArray(R"({"lenght": 6})")
                                    << "the option 'lenght' is not one the window knows for this "
                                       "command";
    QTest::newRow("another command's option") << "token" << QByteArray(R"({"words": 6})")
                                              << "the option 'words' is not one the window "
                                                 "knows for this command";
    QTest::newRow("length zero") << "password" << QByteArray(R"({"length": 0})")
                                 << "the option 'length' must be a whole number from 1 to "
                                    "1024, not 0";
    QTest::newRow("length not whole") << "password" << QByteArray(R"({"length": 6.5})")
                                      << "the option 'length' must be a whole number from 1 to "
                                         "1024, not 6.5";
    QTest::newRow("length as words") << "password" << QByteArray(R"({"length": "six"})")
                                     << "the option 'length' must be a whole number from 1 to "
                                        "1024, not \"six\"";
    QTest::newRow("flag with a value") << "password" << QByteArray(R"({"digits": "yes"})")
                                       << "the option 'digits' is a flag: its value must be true";
    QTest::newRow("text as a number")
        << "password" << QByteArray(R"({"exclude": 5})") << "the option 'exclude' must be text";
    QTest::newRow("rules and site")
        << "password" << QByteArray(R"({"rules": "minlength: 8", "site": "apple.com"})")
        << "the options 'rules' and 'site' cannot be combined";
    QTest::newRow("rules and a class")
        << "password" << QByteArray(R"({"rules": "minlength: 8", "digits": true})")
        << "the option 'digits' cannot be combined with 'rules', "
           "which replaces the class options";
    QTest::newRow("site and a minimum")
        << "password" << QByteArray(R"({"site": "apple.com", "min-upper": 2})")
        << "the option 'min-upper' cannot be combined with "
           "'site', which replaces the class options";
    QTest::newRow("pronounceable with a class")
        << "password" << QByteArray(R"({"pronounceable": true, "symbols": true})")
        << "the option 'symbols' does not apply to 'pronounceable', whose letters the grammar "
           "fixes";
    QTest::newRow("pronounceable with two digits")
        << "password" << QByteArray(R"({"pronounceable": true, "min-digits": 2})")
        << "the option 'min-digits' must be a whole number from 0 to 1, not 2";
    QTest::newRow("pronounceable too short")
        << "password" << QByteArray(R"({"pronounceable": true, "length": 3})")
        << "the option 'length' must be a whole number from 4 to 1024, not 3";
    QTest::newRow("unknown list") << "passphrase" << QByteArray(R"({"list": "ja"})")
                                  << "unknown list 'ja'; use en, de, fr, es, it, pt_BR";
    QTest::newRow("list and wordlist")
        << "passphrase" << QByteArray(R"({"list": "de", "wordlist": "/w.txt"})")
        << "the options 'list' and 'wordlist' exclude each other: a wordlist file replaces the "
           "built-in list";
    QTest::newRow("separator and separator-from")
        << "passphrase" << QByteArray(R"({"separator": "-", "separator-from": "+="})")
        << "the options 'separator' and 'separator-from' exclude each other";
    QTest::newRow("separator-from of one")
        << "passphrase" << QByteArray(R"({"separator-from": "+"})")
        << "the option 'separator-from' must hold 2 to 64 distinct characters, none a lone "
           "combining mark or a control character";
    QTest::newRow("unknown case") << "passphrase" << QByteArray(R"({"case": "camel"})")
                                  << "unknown case 'camel'; use lower, upper, each, one or random";
    QTest::newRow("raw token") << "token" << QByteArray(R"({"format": "raw"})")
                               << "the window has no token format 'raw'; use hex, urlsafe, "
                                  "base64, base32 or uuid";
    QTest::newRow("token beyond the window") << "token" << QByteArray(R"({"bytes": 1025})")
                                             << "the option 'bytes' must be a whole number from 1 "
                                                "to 1024, not 1025";
    QTest::newRow("number without max")
        << "number" << QByteArray(R"({"min": 1})") << "a number preset needs both 'min' and 'max'";
    QTest::newRow("number beyond 64 bits")
        << "number" << QByteArray(R"({"min": 1, "max": 9223372036854775808})")
        << "the option 'max' must be a whole number from -9223372036854775808 to "
           "9223372036854775807, not 9223372036854776000";
    QTest::newRow("bytes with a UUID")
        << "token" << QByteArray(R"({"bytes": 5, "format": "uuid"})")
        << "the option 'bytes' does not apply to the uuid format, which is always 122 random bits";
    QTest::newRow("a separator longer than the field")
        << "passphrase" << (R"({"separator": ")" + QByteArray(65, '+') + R"("})")
        << "the option 'separator' is 65 characters long; the window takes at most 64";
    QTest::newRow("a site longer than a domain")
        << "password" << (R"({"site": ")" + QByteArray(254, 'a') + R"("})")
        << "the option 'site' is 254 characters long; the window takes at most 253";
    QTest::newRow("exclude longer than the field")
        << "password" << (R"({"exclude": ")" + QByteArray(4097, 'x') + R"("})")
        << "the option 'exclude' is 4097 characters long; the window takes at most 4096";
    QTest::newRow("count zero, which the CLI refuses")
        << "password" << QByteArray(R"({"count": 0})")
        << "the option 'count' must be a whole number from 1 to 1000000000000, not 0";
    QTest::newRow("count beyond the CLI")
        << "token" << QByteArray(R"({"count": 1000000000001})")
        << "the option 'count' must be a whole number from 1 to 1000000000000, not 1000000000001";
    QTest::newRow("json with a value") << "passphrase" << QByteArray(R"({"json": "yes"})")
                                       << "the option 'json' is a flag: its value must be true";
    QTest::newRow("count beyond the window")
        << "number" << QByteArray(R"({"min": 1, "max": 6, "count": 1001})")
        << "the option 'count' must be a whole number from 1 "
           "to 1000, not 1001";
}

void TestPresets::problems()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, options);
    QFETCH(QString, problem);
    QCOMPARE(normalize(command, QJsonDocument::fromJson(options).object()),
             u"problem: "_s + problem);
}

void TestPresets::noPresetForNoClass()
{
    // With no class the CLI uses all four: "only these extra characters" has no preset form.
    PasswordOptions values;
    values.classes = {false, false, false, false};
    values.custom = u"abc"_s;
    QVERIFY(!values.toPreset());
    values.classes[PasswordGenerator::Digits] = true;
    QCOMPARE(compact(*values.toPreset()), QByteArray(R"({"custom":"abc","digits":true})"));
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
