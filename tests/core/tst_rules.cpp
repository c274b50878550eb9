// SPDX-License-Identifier: GPL-3.0-or-later
// Apple's password-rules language: the parser (rows for every error and edge case, and a
// cross-check against Apple's reference parser under node), the 434 sites of the shipped quirks
// database (every one parses; generated passwords meet the rules by a validator written here;
// the entropy is log2 of a count computed here by a plain dynamic programme), and the
// generator's errors and lengths under rules.
#include "passforge/OsRandomSource.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PasswordRules.h"
#include "passforge/Random.h"
#include "passforge/SiteRules.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace passforge;
using namespace Qt::Literals::StringLiterals;
using Kind = PasswordRules::ErrorKind;
using Big = boost::multiprecision::cpp_int;

Q_DECLARE_METATYPE(PasswordRules::ErrorKind)
Q_DECLARE_METATYPE(PasswordGenerator::Error)

namespace {

QString printable(const QString &chars)
{
    QString out;
    for (QChar c : chars) {
        if (c != u' ')
            out += c;
    }
    return out;
}

// The rules as the test reads them: the characters that may be drawn (the allowed ones but the
// space), and each required set as the characters of it that may be drawn.
struct Expected
{
    QString alphabet;
    std::vector<QString> required;
    int maxConsecutive = 0;
};

Expected expectedFrom(const PasswordRules &rules)
{
    Expected e;
    e.alphabet = printable(PasswordRules::characters(rules.allowed()));
    for (const AsciiSet &set : rules.required()) {
        QString usable;
        for (QChar c : PasswordRules::characters(set)) {
            if (e.alphabet.contains(c))
                usable += c;
        }
        e.required.push_back(usable);
    }
    e.maxConsecutive = rules.maxConsecutive();
    return e;
}

// What is wrong with a password under the rules, or an empty string.
QString violation(const QString &password, const Expected &e, int length)
{
    if (password.size() != length)
        return u"length %1, not %2"_s.arg(password.size()).arg(length);
    for (QChar c : password) {
        if (!e.alphabet.contains(c))
            return u"'%1' is not allowed"_s.arg(c);
    }
    for (const QString &set : e.required) {
        if (std::none_of(password.begin(), password.end(),
                         [&](QChar c) { return set.contains(c); }))
            return u"nothing from [%1]"_s.arg(set);
    }
    int run = 0;
    for (qsizetype i = 0; i < password.size(); ++i) {
        run = i > 0 && password[i] == password[i - 1] ? run + 1 : 1;
        if (e.maxConsecutive > 0 && run > e.maxConsecutive)
            return u"a run of %1 '%2'"_s.arg(run).arg(password[i]);
    }
    return {};
}

// The number of passwords, counted forward position by position over (required sets met, type
// of the last character, length of its run), the characters grouped by the sets they are in.
Big countPasswords(const Expected &e, int length)
{
    std::map<unsigned, int> typeSize;
    for (QChar c : e.alphabet) {
        unsigned mask = 0;
        for (std::size_t i = 0; i < e.required.size(); ++i) {
            if (e.required[i].contains(c))
                mask |= 1u << i;
        }
        ++typeSize[mask];
    }
    const unsigned full = (1u << e.required.size()) - 1;
    const int limit = e.maxConsecutive;
    using State = std::tuple<unsigned, long long, int>; // met, last type (-1 none), run
    std::map<State, Big> states{{State{0u, -1, 0}, Big(1)}};
    for (int position = 0; position < length; ++position) {
        std::map<State, Big> next;
        for (const auto &[state, ways] : states) {
            const auto [met, last, run] = state;
            for (const auto &[mask, size] : typeSize) {
                const bool same = static_cast<long long>(mask) == last;
                if (limit == 0) {
                    next[State{met | mask, 0, 0}] += ways * size;
                    continue;
                }
                if (size - (same ? 1 : 0) > 0)
                    next[State{met | mask, mask, 1}] += ways * (size - (same ? 1 : 0));
                if (same && run < limit)
                    next[State{met, mask, run + 1}] += ways;
            }
        }
        states = std::move(next);
    }
    Big total = 0;
    for (const auto &[state, ways] : states) {
        if (std::get<0>(state) == full)
            total += ways;
    }
    return total;
}

double log2Big(const Big &value)
{
    const unsigned top = boost::multiprecision::msb(value);
    const unsigned shift = top > 60 ? top - 60 : 0;
    return std::log2(static_cast<double>(static_cast<std::uint64_t>(value >> shift))) + shift;
}

QString sourceFile(const char *relative)
{
    return QStringLiteral(PASSFORGE_TEST_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseError_data();
    void parseError();
    void crossCheckWithReferenceParser();
    void database_data();
    void database();
    void generatorErrors_data();
    void generatorErrors();
    void exclusionsNarrowTheRules();
    void defaultLength_data();
    void defaultLength();
    void siteLookup_data();
    void siteLookup();
};

void TestRules::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    const QString printableAll = u"allowed: ascii-printable;"_s;
    QTest::newRow("empty") << u""_s << printableAll;
    QTest::newRow("whitespace only") << u" \t\n"_s << printableAll;
    QTest::newRow("lengths") << u"minlength: 8; maxlength: 16;"_s
                             << u"allowed: ascii-printable; minlength: 8; maxlength: 16;"_s;
    QTest::newRow("union in one rule")
        << u"required: upper, lower"_s << u"required: upper, lower; allowed: upper, lower;"_s;
    QTest::newRow("overlapping required")
        << u"required: upper, lower; required: lower; allowed: digit"_s
        << u"required: upper, lower; required: lower; allowed: upper, lower, digit;"_s;
    QTest::newRow("class names ignore case")
        << u"required: UPPER, Digit"_s << u"required: upper, digit; allowed: upper, digit;"_s;
    QTest::newRow("largest minlength, smallest maxlength and max-consecutive")
        << u"minlength: 8; minlength: 12; maxlength: 30; maxlength: 20; max-consecutive: 3; "
           "max-consecutive: 2"_s
        << u"allowed: ascii-printable; max-consecutive: 2; minlength: 12; maxlength: 20;"_s;
    QTest::newRow("dash first, bracket doubled at the end")
        << u"allowed: [-]]"_s << u"allowed: [-]];"_s;
    QTest::newRow("bracket first then close") << u"allowed: []]"_s << u"allowed: []];"_s;
    QTest::newRow("literal bracket at the end") << u"allowed: [ab]]"_s << u"allowed: [ab]];"_s;
    QTest::newRow("empty class allows nothing in particular") << u"allowed: []"_s << printableAll;
    QTest::newRow("empty values are no rule")
        << u"required: ; allowed:; minlength: ;"_s << printableAll;
    QTest::newRow("zero is no rule")
        << u"minlength: 0; maxlength: 0; max-consecutive: 0"_s << printableAll;
    QTest::newRow("whitespace around separators")
        << u"  required: digit ,  lower  ;  minlength: 4"_s
        << u"required: lower, digit; allowed: lower, digit; minlength: 4;"_s;
    QTest::newRow("custom set merges with named classes")
        << u"required: [!#$%&*@^], digit"_s
        << u"required: digit, [!#$%&*@^]; allowed: digit, [!#$%&*@^];"_s;
    QTest::newRow("whole classes made from custom sets")
        << u"allowed: [0123456789], [abcdefghijklmnopqrstuvwxyz]"_s << u"allowed: lower, digit;"_s;
    QTest::newRow("unicode means ascii-printable")
        << u"required: unicode"_s << u"required: ascii-printable; allowed: ascii-printable;"_s;
    QTest::newRow("space in a custom class") << u"allowed: [ a]"_s << u"allowed: [ a];"_s;
    QTest::newRow("trailing semicolon and whitespace")
        << u"minlength: 5;  "_s << u"allowed: ascii-printable; minlength: 5;"_s;
    QTest::newRow("characters outside printable ASCII in a class are skipped")
        << u"allowed: [ab§€\t]"_s << u"allowed: [ab];"_s;
    QTest::newRow("a class of nothing printable") << u"allowed: [§]"_s << printableAll;
    QTest::newRow("huge number saturates") << u"maxlength: 99999999999999999999"_s
                                           << u"allowed: ascii-printable; maxlength: 2147483647;"_s;
}

void TestRules::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    PasswordRules::Error error;
    const PasswordRules rules = PasswordRules::parse(text, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(rules.toString(), canonical);
    // The canonical form reads back as the same rules.
    PasswordRules::Error again;
    QCOMPARE(PasswordRules::parse(rules.toString(), &again), rules);
    QCOMPARE(again.kind, Kind::None);
}

void TestRules::parseError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("found");
    QTest::newRow("unknown class")
        << u"required: purple"_s << Kind::UnknownClass << 10 << u"purple"_s;
    QTest::newRow("unknown class after a comma")
        << u"allowed: upper, numbers"_s << Kind::UnknownClass << 16 << u"numbers"_s;
    QTest::newRow("unknown rule") << u"minlen: 8"_s << Kind::UnknownRule << 0 << u"minlen"_s;
    QTest::newRow("rule names are case-sensitive")
        << u"minlength: 4; Required: digit"_s << Kind::UnknownRule << 14 << u"Required"_s;
    QTest::newRow("not a number") << u"minlength: eight"_s << Kind::NotANumber << 11 << u"eight"_s;
    QTest::newRow("number with a tail")
        << u"maxlength: 12x; minlength: 4"_s << Kind::NotANumber << 11 << u"12x"_s;
    QTest::newRow("space after a number, as the reference parser reads it")
        << u"minlength: 8 ; maxlength: 12"_s << Kind::NotANumber << 11 << u"8 "_s;
    QTest::newRow("negative number")
        << u"max-consecutive: -2"_s << Kind::NotANumber << 17 << u"-2"_s;
    QTest::newRow("unclosed class") << u"required: [abc"_s << Kind::UnclosedClass << 10 << u"["_s;
    QTest::newRow("lone open bracket") << u"allowed: ["_s << Kind::UnclosedClass << 9 << u"["_s;
    QTest::newRow("dash not first") << u"allowed: [a-z]"_s << Kind::MisplacedDash << 11 << u"-"_s;
    QTest::newRow("bracket in the middle")
        << u"allowed: [ab]cd]"_s << Kind::MisplacedBracket << 12 << u"]"_s;
    QTest::newRow("bracket first, then more")
        << u"allowed: []abc]"_s << Kind::MisplacedBracket << 10 << u"]"_s;
    QTest::newRow("missing colon") << u"minlength 8"_s << Kind::MissingColon << 9 << u"minlength"_s;
    QTest::newRow("rule name at the end")
        << u"required"_s << Kind::MissingColon << 8 << u"required"_s;
    QTest::newRow("nothing after a comma")
        << u"required: upper,"_s << Kind::MissingClass << 16 << QString();
    QTest::newRow("not a class") << u"required: 123"_s << Kind::MissingClass << 10 << u"1"_s;
    QTest::newRow("two classes without a comma")
        << u"required: upper lower"_s << Kind::UnexpectedCharacter << 16 << u"l"_s;
    QTest::newRow("not a rule") << u"; minlength: 3"_s << Kind::UnexpectedCharacter << 0 << u";"_s;
    QTest::newRow("stray character after a rule")
        << u"required: digit!"_s << Kind::UnexpectedCharacter << 15 << u"!"_s;
    QTest::newRow("positions count characters, not UTF-16 units")
        << u"allowed: [😀a-]"_s << Kind::MisplacedDash << 12 << u"-"_s;
    QTest::newRow("positions count characters after a wide one")
        << u"allowed: [a]; 😀"_s << Kind::UnexpectedCharacter << 14 << u"😀"_s;
}

void TestRules::parseError()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(int, position);
    QFETCH(QString, found);
    PasswordRules::Error error;
    const PasswordRules rules = PasswordRules::parse(text, &error);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.position, position);
    QCOMPARE(error.text, found);
    QCOMPARE(rules, PasswordRules());
}

void TestRules::crossCheckWithReferenceParser()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        QSKIP("node is not installed: the cross-check against Apple's PasswordRulesParser.js "
              "needs it (apt-get install nodejs)");

    // Every site's rules, every row above, and inputs where the two parsers might part ways.
    QStringList inputs;
    for (const SiteRules::Site &site : SiteRules::builtIn().sites())
        inputs.append(site.rules);
    inputs << u""_s << u"minlength: 8; maxlength: 16;"_s << u"required: upper, lower"_s
           << u"required: upper, lower; required: lower; allowed: digit"_s
           << u"required: UPPER, Digit"_s
           << u"minlength: 8; minlength: 12; maxlength: 30; maxlength: 20; max-consecutive: 3; "
              "max-consecutive: 2"_s
           << u"allowed: [-]]"_s << u"allowed: []]"_s << u"allowed: [ab]]"_s << u"allowed: []"_s
           << u"required: []"_s << u"required: ; allowed:; minlength: ;"_s
           << u"minlength: 0; maxlength: 0; max-consecutive: 0"_s
           << u"  required: digit ,  lower  ;  minlength: 4"_s << u"required: [!#$%&*@^], digit"_s
           << u"allowed: [0123456789], [abcdefghijklmnopqrstuvwxyz]"_s << u"required: unicode"_s
           << u"allowed: [ a]"_s << u"minlength: 5; ;"_s << u"required: purple"_s
           << u"allowed: upper, numbers"_s << u"minlen: 8"_s << u"minlength: 4; Required: digit"_s
           << u"minlength: eight"_s << u"maxlength: 12x; minlength: 4"_s
           << u"minlength: 8 ; maxlength: 12"_s << u"max-consecutive: -2"_s << u"required: [abc"_s
           << u"allowed: ["_s << u"allowed: [a-z]"_s << u"allowed: [ab]cd]"_s
           << u"allowed: []abc]"_s << u"minlength 8"_s << u"required"_s << u"required: upper,"_s
           << u"required: 123"_s << u"required: upper lower"_s << u"; minlength: 3"_s
           << u"required: digit!"_s << u"allowed: [a]; b"_s << u"allowed: [ab§€\t]"_s
           << u"allowed: [§]"_s << u"required: [§]"_s << u"required: special; allowed: [-]"_s
           << u"required: [-], [ ]; required: special"_s
           << u"allowed: ascii-printable; required: [abc]]"_s << u"max-consecutive: 1"_s;

    QProcess process;
    process.start(node, {sourceFile("core/rules_reference.js")});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QJsonArray array;
    for (const QString &input : std::as_const(inputs))
        array.append(input);
    process.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(results.size(), inputs.size());

    int agreedErrors = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject reference = results[i].toObject();
        PasswordRules::Error error;
        const PasswordRules ours = PasswordRules::parse(inputs[i], &error);
        const QString context = u"rules '%1'"_s.arg(inputs[i]);
        if (!reference[u"errors"_s].toArray().isEmpty()) {
            // The reference logs the problem (and drops a rule or the policy); ours refuses.
            QVERIFY2(error.kind != Kind::None,
                     qPrintable(context + u": the reference parser reports "_s +
                                reference[u"errors"_s].toArray()[0].toString()));
            ++agreedErrors;
            continue;
        }
        QVERIFY2(error.kind == Kind::None, qPrintable(context + u": we refuse it"_s));
        QStringList required;
        for (const AsciiSet &set : ours.required())
            required.append(PasswordRules::characters(set));
        QStringList referenceRequired;
        for (const QJsonValue &v : reference[u"required"_s].toArray())
            referenceRequired.append(v.toString());
        QCOMPARE(required, referenceRequired);
        QCOMPARE(PasswordRules::characters(ours.allowed()), reference[u"allowed"_s].toString());
        QCOMPARE(ours.maxConsecutive(), reference[u"maxConsecutive"_s].toInt());
        QCOMPARE(ours.minLength(), reference[u"minLength"_s].toInt());
        QCOMPARE(ours.maxLength(), reference[u"maxLength"_s].toInt());
    }
    // The error rows really were errors for the reference too (not just for us).
    QVERIFY2(agreedErrors >= 20, qPrintable(QString::number(agreedErrors)));
}

void TestRules::database_data()
{
    QTest::addColumn<QString>("rules");
    const auto &sites = SiteRules::builtIn().sites();
    QCOMPARE(sites.size(), std::size_t{434});
    for (const SiteRules::Site &site : sites)
        QTest::newRow(qPrintable(site.domain)) << site.rules;
}

void TestRules::database()
{
    QFETCH(QString, rules);
    PasswordRules::Error error;
    const PasswordRules parsed = PasswordRules::parse(rules, &error);
    QCOMPARE(error.kind, Kind::None);
    const Expected expected = expectedFrom(parsed);

    OsRandomSource source;
    Random random(source);
    PasswordGenerator generator;
    generator.setRules(parsed);
    const int defaultLength = PasswordGenerator::defaultLength(parsed);
    // The default length, and the shortest the rules allow.
    for (int length : {defaultLength, generator.minimumLength()}) {
        generator.setLength(length);
        if (length == generator.minimumLength()) {
            // Below as many characters as required sets, nothing fits: those lengths are refused
            // as unsatisfiable, and the count here agrees that there are none.
            while (generator.error() == PasswordGenerator::Error::RulesUnsatisfiable) {
                QCOMPARE(countPasswords(expected, generator.length()), Big(0));
                generator.setLength(generator.length() + 1);
            }
        }
        QVERIFY2(generator.isValid(), qPrintable(u"length %1"_s.arg(generator.length())));
        length = generator.length();
        const Big count = countPasswords(expected, length);
        QVERIFY(count > 0);
        QCOMPARE(generator.entropyBits(), log2Big(count));
        for (int i = 0; i < 20; ++i) {
            const QString password = generator.generate(random);
            const QString problem = violation(password, expected, length);
            QVERIFY2(problem.isEmpty(), qPrintable(password + u": "_s + problem));
        }
    }
}

void TestRules::generatorErrors_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("length");
    QTest::addColumn<PasswordGenerator::Error>("error");
    using E = PasswordGenerator::Error;
    QTest::newRow("fits") << u"required: digit; maxlength: 8"_s << 8 << E::None;
    QTest::newRow("minlength above maxlength")
        << u"minlength: 30; maxlength: 10"_s << 10 << E::RulesNoLength;
    QTest::newRow("minlength above what we generate")
        << u"minlength: 2000"_s << 1024 << E::RulesNoLength;
    QTest::newRow("length below minlength") << u"minlength: 12"_s << 11 << E::LengthOutOfRange;
    QTest::newRow("length above maxlength") << u"maxlength: 12"_s << 13 << E::LengthOutOfRange;
    QTest::newRow("a required space only") << u"required: [ ]"_s << 8 << E::RulesSetEmptied;
    QTest::newRow("more required sets than characters")
        << u"required: [a]; required: [b]; required: [c]"_s << 2 << E::RulesUnsatisfiable;
    QTest::newRow("one character, no repeats")
        << u"allowed: [a]; max-consecutive: 1"_s << 2 << E::RulesUnsatisfiable;
    QTest::newRow("one character, run fits")
        << u"allowed: [a]; max-consecutive: 3"_s << 3 << E::None;
    QTest::newRow("eleven disjoint required sets")
        << u"required: [a]; required: [b]; required: [c]; required: [d]; required: [e]; "
           "required: [f]; required: [g]; required: [h]; required: [i]; required: [j]; "
           "required: [k]"_s
        << 20 << E::RulesTooComplex;
    QTest::newRow("ten disjoint required sets")
        << u"required: [a]; required: [b]; required: [c]; required: [d]; required: [e]; "
           "required: [f]; required: [g]; required: [h]; required: [i]; required: [j]"_s
        << 20 << E::None;
    QTest::newRow("implied sets do not count")
        << u"required: [a]; required: [ab]; required: [abc]; required: [abcd]; required: "
           "[abcde]; required: [abcdef]; required: [abcdefg]; required: [abcdefgh]; required: "
           "[abcdefghi]; required: [abcdefghij]; required: [abcdefghijk]"_s
        << 20 << E::None;
}

void TestRules::generatorErrors()
{
    QFETCH(QString, rules);
    QFETCH(int, length);
    QFETCH(PasswordGenerator::Error, error);
    PasswordRules::Error parseError;
    const PasswordRules parsed = PasswordRules::parse(rules, &parseError);
    QCOMPARE(parseError.kind, Kind::None);
    PasswordGenerator generator;
    generator.setRules(parsed);
    generator.setLength(length);
    QCOMPARE(generator.error(), error);
    if (error == PasswordGenerator::Error::None) {
        const Expected expected = expectedFrom(parsed);
        QCOMPARE(generator.entropyBits(), log2Big(countPasswords(expected, length)));
        OsRandomSource source;
        Random random(source);
        const QString password = generator.generate(random);
        QCOMPARE(violation(password, expected, length), QString());
    } else {
        QCOMPARE(generator.entropyBits(), 0.0);
    }
}

void TestRules::exclusionsNarrowTheRules()
{
    PasswordGenerator generator;
    generator.setRules(PasswordRules::parse(u"required: digit; allowed: lower"_s));
    generator.setLength(10);
    generator.setAvoidLookAlikes(true);
    generator.setExclude(u"xyz"_s);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.alphabet().join(QString()), u"3479abcdefghijkmnpqrstuvw"_s);
    Expected expected;
    expected.alphabet = u"3479abcdefghijkmnpqrstuvw"_s;
    expected.required = {u"3479"_s};
    QCOMPARE(generator.entropyBits(), log2Big(countPasswords(expected, 10)));
    generator.setExclude(u"3479"_s);
    QCOMPARE(generator.error(), PasswordGenerator::Error::RulesSetEmptied);
    QCOMPARE(generator.errorSet(), 0);
    // Rules replace the class options: turning classes off changes nothing.
    generator.setExclude(QString());
    generator.setClassEnabled(PasswordGenerator::Lower, false);
    generator.setMinimum(PasswordGenerator::Symbols, 5);
    QVERIFY(generator.isValid());
    QCOMPARE(generator.alphabet().join(QString()), u"3479abcdefghijkmnpqrstuvwxyz"_s);
}

void TestRules::defaultLength_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("length");
    QTest::newRow("no lengths") << u"required: digit"_s << 20;
    QTest::newRow("short maximum") << u"maxlength: 16"_s << 16;
    QTest::newRow("long minimum") << u"minlength: 24"_s << 24;
    QTest::newRow("range around 20") << u"minlength: 8; maxlength: 64"_s << 20;
    QTest::newRow("exactly 8") << u"minlength: 8; maxlength: 8"_s << 8;
}

void TestRules::defaultLength()
{
    QFETCH(QString, rules);
    QFETCH(int, length);
    QCOMPARE(PasswordGenerator::defaultLength(PasswordRules::parse(rules)), length);
}

void TestRules::siteLookup_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::newRow("the domain itself") << u"apple.com"_s << u"apple.com"_s;
    QTest::newRow("a parent domain") << u"appleid.apple.com"_s << u"apple.com"_s;
    QTest::newRow("two levels up") << u"a.b.apple.com"_s << u"apple.com"_s;
    QTest::newRow("its own entry first")
        << u"access.service.gov.uk"_s << u"access.service.gov.uk"_s;
    QTest::newRow("case and trailing dot") << u"AppleID.Apple.COM."_s << u"apple.com"_s;
    QTest::newRow("a URL") << u"https://appleid.apple.com/account/manage?x=1"_s << u"apple.com"_s;
    QTest::newRow("host and path") << u"appleid.apple.com/sign-in"_s << u"apple.com"_s;
    QTest::newRow("never one label") << u"com"_s << QString();
    QTest::newRow("unknown") << u"example.invalid"_s << QString();
    QTest::newRow("not a parent across labels") << u"xapple.com"_s << QString();
}

void TestRules::siteLookup()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    const SiteRules::Site *site = SiteRules::builtIn().find(host);
    QCOMPARE(site ? site->domain : QString(), domain);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
