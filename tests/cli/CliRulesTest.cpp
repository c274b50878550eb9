// SPDX-License-Identifier: GPL-3.0-or-later
// passforge-cli password --rules and --site, sites, presets and --preset (issue 13).
#include "TstCli.h"

#include "CliExpect.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace passforge::test;
using namespace Qt::StringLiterals;

namespace {

// The rules a row checks, written out: allowed characters, required sets, the run limit.
struct Shape
{
    QString allowed;
    QStringList required;
    int maxConsecutive = 0;
};

QString violation(const QString &value, const Shape &shape, int length)
{
    if (value.size() != length)
        return u"length %1, not %2"_s.arg(value.size()).arg(length);
    for (QChar c : value) {
        if (!shape.allowed.contains(c))
            return u"'%1' is not allowed"_s.arg(c);
    }
    for (const QString &set : shape.required) {
        if (std::none_of(value.begin(), value.end(), [&](QChar c) { return set.contains(c); }))
            return u"nothing from %1"_s.arg(set);
    }
    int run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        run = i > 0 && value[i] == value[i - 1] ? run + 1 : 1;
        if (shape.maxConsecutive > 0 && run > shape.maxConsecutive)
            return u"a run of %1"_s.arg(run);
    }
    return {};
}

// How many strings of the length meet the shape, by trying every one (small rows only).
double bruteForceCount(const Shape &shape, int length)
{
    std::vector<qsizetype> digits(static_cast<std::size_t>(length), 0);
    double count = 0;
    for (;;) {
        QString s;
        for (qsizetype d : digits)
            s += shape.allowed[d];
        if (violation(s, shape, length).isEmpty())
            ++count;
        std::size_t i = 0;
        while (i < digits.size() && ++digits[i] == shape.allowed.size())
            digits[i++] = 0;
        if (i == digits.size())
            return count;
    }
}

// A config directory for the CLI ($XDG_CONFIG_HOME), with presets.json holding json (or no file
// when json is empty).
struct ConfigDir
{
    QTemporaryDir dir;
    explicit ConfigDir(const QByteArray &json = {})
    {
        if (json.isEmpty())
            return;
        QDir().mkpath(dir.path() + u"/passforge"_s);
        QFile file(path());
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }
    QString path() const { return dir.path() + u"/passforge/presets.json"_s; }
    CliResult run(const QStringList &args) const
    {
        CliOptions options;
        options.environment = {{u"XDG_CONFIG_HOME"_s, dir.path()}};
        return runCli(args, options);
    }
};

const QByteArray UserPresets = R"j({"version": 1, "presets": [
  {"name": "Bank PIN", "command": "password", "options": {"length": 6, "digits": true}},
  {"name": "api", "command": "token", "options": {"bytes": 24, "format": "base32"}},
  {"name": "short site", "command": "password",
   "options": {"rules": "required: digit; allowed: [ab]; max-consecutive: 1", "length": 5}},
  {"name": "letters", "command": "password", "options": {"lower": true, "length": 12}},
  {"name": "bad option", "command": "password", "options": {"frobnicate": 3}},
  {"name": "dice", "command": "number", "options": {"min": 1, "max": 6, "count": 3}},
  {"name": "custom flag", "command": "password", "options": {"custom": true, "digits": true}},
  {"name": "digits yes", "command": "password", "options": {"digits": "yes"}}
], "hidden": ["Maximum (64, all kinds)"]})j";

QStringList lines(const QByteArray &out)
{
    QStringList values;
    for (const QByteArray &line : outputLines(out))
        values.append(QString::fromUtf8(line));
    return values;
}

} // namespace

void TstCli::passwordRules_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<int>("maxConsecutive");
    const QString digits = DigitChars;
    QTest::newRow("length from the rules, run limit, overlap")
        << QStringList{u"password"_s, u"--rules"_s,
                       u"minlength: 4; maxlength: 4; required: [ab0]; required: digit; "
                       "allowed: [ab]; max-consecutive: 1"_s}
        << 4 << u"ab"_s + digits << QStringList{u"ab0"_s, digits} << 1;
    QTest::newRow("explicit length inside the range")
        << QStringList{u"password"_s, u"--rules"_s,
                       u"minlength: 3; maxlength: 6; required: [x]; "
                       "allowed: [-xy]"_s,
                       u"--length"_s, u"4"_s}
        << 4 << u"-xy"_s << QStringList{u"x"_s} << 0;
    QTest::newRow("the space is never drawn")
        << QStringList{u"password"_s, u"--rules"_s, u"allowed: [ ab]; maxlength: 4"_s} << 4
        << u"ab"_s << QStringList{} << 0;
    QTest::newRow("rules with exclusions")
        << QStringList{u"password"_s,  u"--rules"_s, u"required: [abc]; allowed: [abcd]"_s,
                       u"--exclude"_s, u"a"_s,       u"--length"_s,
                       u"4"_s}
        << 4 << u"bcd"_s << QStringList{u"bc"_s} << 0;
}

void TstCli::passwordRules()
{
    QFETCH(QStringList, args);
    QFETCH(int, length);
    QFETCH(QString, allowed);
    QFETCH(QStringList, required);
    QFETCH(int, maxConsecutive);
    const Shape shape{allowed, required, maxConsecutive};
    const CliResult run = runCliInProcess(args + QStringList{u"--count"_s, u"300"_s, u"--json"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const double exact = std::log2(bruteForceCount(shape, length));
    QSet<QString> seen;
    for (const QByteArray &line : outputLines(run.out)) {
        const auto object = jsonObject(line);
        QVERIFY2(object, line.constData());
        QCOMPARE(keysOf(*object), (QStringList{u"entropy_bits"_s, u"value"_s}));
        const QString value = (*object)[u"value"_s].toString();
        QCOMPARE(violation(value, shape, length), QString());
        QVERIFY2(sameBits((*object)[u"entropy_bits"_s].toDouble(), exact),
                 qPrintable(u"%1 vs %2"_s.arg((*object)[u"entropy_bits"_s].toDouble()).arg(exact)));
        for (QChar c : value)
            seen.insert(QString(c));
    }
    // 300 passwords use every allowed character.
    QCOMPARE(seen.size(), allowed.size());
}

void TstCli::passwordSite_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("length");
    // apple.com: minlength 8, maxlength 63, lower, upper and digit required, ascii-printable.
    QTest::newRow("a parent domain, default 20") << u"appleid.apple.com"_s << QStringList{} << 20;
    QTest::newRow("with --length") << u"apple.com"_s << QStringList{u"--length"_s, u"63"_s} << 63;
}

void TstCli::passwordSite()
{
    QFETCH(QString, site);
    QFETCH(QStringList, extra);
    QFETCH(int, length);
    const CliResult run = runCliInProcess(
        QStringList{u"password"_s, u"--site"_s, site, u"--count"_s, u"200"_s} + extra);
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    QString printable;
    for (char16_t c = u'!'; c <= u'~'; ++c)
        printable += QChar(c);
    const Shape shape{printable, {LowerChars, UpperChars, DigitChars}, 0};
    const QStringList values = lines(run.out);
    QCOMPARE(values.size(), 200);
    for (const QString &value : values)
        QCOMPARE(violation(value, shape, length), QString());

    // activision.com: 8 to 20, a letter and a digit, no more than 2 alike in a row.
    const CliResult limited =
        runCliInProcess(words("password --site www.activision.com --count 300"));
    QVERIFY2(limited.succeeded(), qPrintable(limited.describe()));
    const Shape activision{
        LowerChars + UpperChars + DigitChars, {LowerChars + UpperChars, DigitChars}, 2};
    for (const QString &value : lines(limited.out))
        QCOMPARE(violation(value, activision, 20), QString());
}

void TstCli::sites()
{
    QFile file(QStringLiteral(PASSFORGE_SOURCE_DIR "/resources/site-rules/password-rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject database = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(database.size(), 434);

    const CliResult plain = runCliInProcess(words("sites"));
    QVERIFY2(plain.succeeded(), qPrintable(plain.describe()));
    const QStringList rows = lines(plain.out);
    QCOMPARE(rows.size(), 434);
    QStringList domains;
    for (const QString &row : rows) {
        const QStringList fields = row.split(u'\t');
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[1], database[fields[0]].toObject()[u"password-rules"_s].toString());
        domains.append(fields[0]);
    }
    QStringList sorted = domains;
    sorted.sort();
    QCOMPARE(domains, sorted);

    const CliResult json = runCliInProcess(words("sites --json"));
    QVERIFY2(json.succeeded(), qPrintable(json.describe()));
    const QList<QByteArray> objects = outputLines(json.out);
    QCOMPARE(objects.size(), 434);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const auto object = jsonObject(objects[i]);
        QVERIFY(object);
        QCOMPARE(keysOf(*object), (QStringList{u"domain"_s, u"rules"_s}));
        QCOMPARE((*object)[u"domain"_s].toString(), domains[i]);
    }
}

void TstCli::presetsList()
{
    // No file: the built-ins.
    const ConfigDir none;
    const CliResult builtIn = none.run(words("presets"));
    QVERIFY2(builtIn.succeeded(), qPrintable(builtIn.describe()));
    QCOMPARE(lines(builtIn.out),
             (QStringList{u"PIN (6 digits)\tpassword\t--digits --length 6"_s,
                          u"Wi-Fi (WPA2, 24 easy-to-type characters)\tpassword\t--digits "
                          "--length 24 --lower --no-lookalikes --upper"_s,
                          u"Maximum (64, all kinds)\tpassword\t--length 64 --min-digits 1 "
                          "--min-lower 1 --min-symbols 1 --min-upper 1"_s}));
    // The user's presets follow; a hidden built-in is left out.
    const ConfigDir user(UserPresets);
    const CliResult listed = user.run(words("presets"));
    QVERIFY2(listed.succeeded(), qPrintable(listed.describe()));
    const QStringList rows = lines(listed.out);
    QCOMPARE(rows.size(), 2 + 8);
    QCOMPARE(rows[0].section(u'\t', 0, 0), u"PIN (6 digits)"_s);
    QCOMPARE(rows[2], u"Bank PIN\tpassword\t--digits --length 6"_s);
    QCOMPARE(rows[3], u"api\ttoken\t--bytes 24 --format base32"_s);
    QCOMPARE(rows[4], u"short site\tpassword\t--length 5 --rules 'required: digit; allowed: "
                      "[ab]; max-consecutive: 1'"_s);
    QVERIFY(!listed.out.contains("Maximum"));
}

void TstCli::presetApplied_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<int>("maxConsecutive");
    const QString none;
    QTest::newRow("user preset") << QStringList{u"password"_s, u"--preset"_s, u"Bank PIN"_s} << 6
                                 << DigitChars << QStringList{} << 0;
    QTest::newRow("explicit length overrides")
        << QStringList{u"password"_s, u"--preset"_s, u"Bank PIN"_s, u"--length"_s, u"9"_s} << 9
        << DigitChars << QStringList{} << 0;
    QTest::newRow("explicit class adds to the preset's")
        << QStringList{u"password"_s, u"--lower"_s, u"--preset"_s, u"Bank PIN"_s} << 6
        << LowerChars + DigitChars << QStringList{} << 0;
    QTest::newRow("built-in preset")
        << QStringList{u"password"_s, u"--preset"_s, u"PIN (6 digits)"_s} << 6 << DigitChars
        << QStringList{} << 0;
    QTest::newRow("preset with rules") << QStringList{u"password"_s, u"--preset"_s, u"short site"_s}
                                       << 5 << u"ab"_s + DigitChars << QStringList{DigitChars} << 1;
    QTest::newRow("explicit class option drops the preset's rules")
        << QStringList{u"password"_s, u"--preset"_s, u"short site"_s, u"--upper"_s} << 5
        << UpperChars << QStringList{} << 0;
    QTest::newRow("explicit rules drop the preset's classes")
        << QStringList{u"password"_s, u"--preset"_s, u"letters"_s, u"--rules"_s, u"allowed: [xy]"_s}
        << 12 << u"xy"_s << QStringList{} << 0;
}

void TstCli::presetApplied()
{
    QFETCH(QStringList, args);
    QFETCH(int, length);
    QFETCH(QString, allowed);
    QFETCH(QStringList, required);
    QFETCH(int, maxConsecutive);
    const ConfigDir config(UserPresets);
    const CliResult run = config.run(args + QStringList{u"--count"_s, u"300"_s});
    QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    const Shape shape{allowed, required, maxConsecutive};
    QSet<QString> seen;
    const QStringList values = lines(run.out);
    QCOMPARE(values.size(), 300);
    for (const QString &value : values) {
        QCOMPARE(violation(value, shape, length), QString());
        for (QChar c : value)
            seen.insert(QString(c));
    }
    QCOMPARE(seen.size(), allowed.size());
}

void TstCli::presetOtherCommands()
{
    const ConfigDir config(UserPresets);
    const CliResult token = config.run(words("token --preset api --count 20"));
    QVERIFY2(token.succeeded(), qPrintable(token.describe()));
    static const QRegularExpression base32(u"^[A-Z2-7]{39}$"_s); // 24 bytes = 192 bits
    for (const QString &value : lines(token.out))
        QVERIFY2(base32.match(value).hasMatch(), qPrintable(value));
    const CliResult dice = config.run({u"number"_s, u"--preset"_s, u"dice"_s});
    QVERIFY2(dice.succeeded(), qPrintable(dice.describe()));
    const QStringList rolls = lines(dice.out);
    QCOMPARE(rolls.size(), 3);
    for (const QString &roll : rolls)
        QVERIFY2(roll.toInt() >= 1 && roll.toInt() <= 6, qPrintable(roll));
    // A malformed presets file stops only the commands that use --preset.
    const ConfigDir broken(R"j({"version": 1, "presets": [})j");
    const CliResult plain = broken.run(words("password --length 12"));
    QVERIFY2(plain.succeeded(), qPrintable(plain.describe()));
    QCOMPARE(lines(plain.out).constFirst().size(), 12);
}

void TstCli::presetErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown preset")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"nope"_s}
        << QStringList{u"unknown preset 'nope'"_s, u"passforge-cli presets"_s};
    QTest::newRow("preset of another command")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"api"_s}
        << QStringList{u"preset 'api' is for token, not password"_s};
    QTest::newRow("hidden built-in")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"Maximum (64, all kinds)"_s}
        << QStringList{u"unknown preset 'Maximum (64, all kinds)'"_s};
    QTest::newRow("unknown option in a preset")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"bad option"_s}
        << QStringList{u"preset 'bad option'"_s, u"frobnicate"_s};
    // A value option given true must not swallow the next argument as its value, and a flag
    // given a value must not leave it behind.
    QTest::newRow("true for an option that takes a value")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"custom flag"_s}
        << QStringList{u"preset 'custom flag'"_s, u"--custom"_s};
    QTest::newRow("a value for a flag")
        << UserPresets << QStringList{u"password"_s, u"--preset"_s, u"digits yes"_s}
        << QStringList{u"preset 'digits yes'"_s, u"--digits"_s};
    QTest::newRow("malformed JSON, with --preset")
        << QByteArray(R"j({"version": 1, "presets": [})j")
        << QStringList{u"password"_s, u"--preset"_s, u"x"_s}
        << QStringList{u"@FILE@"_s, u"line 1, column 28"_s};
    QTest::newRow("malformed JSON, listing")
        << QByteArray(R"j({"version": 1, "presets": [})j") << QStringList{u"presets"_s}
        << QStringList{u"@FILE@"_s, u"line 1, column 28"_s};
    QTest::newRow("wrong version")
        << QByteArray(R"j({"version": 2, "presets": []})j") << QStringList{u"presets"_s}
        << QStringList{u"@FILE@"_s, u"\"version\" must be 1"_s};
    QTest::newRow("built-in name in the file")
        << QByteArray(R"j({"version": 1, "presets": [{"name": "PIN (6 digits)", "command": )j"
                      R"j("password", "options": {}}]})j")
        << QStringList{u"token"_s, u"--preset"_s, u"PIN (6 digits)"_s}
        << QStringList{u"@FILE@"_s, u"'PIN (6 digits)'"_s, u"built-in"_s};
    QTest::newRow("false is not a flag value")
        << QByteArray(R"j({"version": 1, "presets": [{"name": "p", "command": "password", )j"
                      R"j("options": {"digits": false}}]})j")
        << QStringList{u"presets"_s} << QStringList{u"@FILE@"_s, u"'digits'"_s, u"true"_s};
    QTest::newRow("a preset for pick")
        << QByteArray(R"j({"version": 1, "presets": [{"name": "p", "command": "pick", )j"
                      R"j("options": {}}]})j")
        << QStringList{u"presets"_s} << QStringList{u"'pick'"_s};
    QTest::newRow("two presets of one name")
        << QByteArray(R"j({"version": 1, "presets": [{"name": "p", "command": "token"}, )j"
                      R"j({"name": "p", "command": "number"}]})j")
        << QStringList{u"presets"_s} << QStringList{u"two presets are named 'p'"_s};
}

void TstCli::presetErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const ConfigDir config(file);
    const CliResult run = config.run(args);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QCOMPARE(run.out, QByteArray());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(u"passforge-cli: "_s) && err.endsWith(u'\n') && err.count(u'\n') == 1,
             qPrintable(err));
    for (QString mention : mentions) {
        mention.replace(u"@FILE@"_s, config.path());
        QVERIFY2(err.contains(mention), qPrintable(err + u" lacks "_s + mention));
    }
}
