// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "QrOutput.h"
#include "RulesText.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PasswordRules.h"
#include "passforge/PresetOptions.h"
#include "passforge/PronounceableGenerator.h"
#include "passforge/Random.h"
#include "passforge/SiteRules.h"

#include <array>
#include <optional>

namespace passforge::cli {

namespace {

struct ClassOption
{
    PasswordGenerator::CharClass charClass;
    const char *name;
    const char *minimumName;
};

constexpr std::array<ClassOption, PasswordGenerator::ClassCount> ClassOptions{{
    {PasswordGenerator::Lower, "lower", "min-lower"},
    {PasswordGenerator::Upper, "upper", "min-upper"},
    {PasswordGenerator::Digits, "digits", "min-digits"},
    {PasswordGenerator::Symbols, "symbols", "min-symbols"},
}};

QString className(PasswordGenerator::CharClass c)
{
    return QString::fromLatin1(ClassOptions[c].name);
}

// The options that --rules and --site replace.
constexpr std::array<const char *, 9> ClassOptionNames{"lower",     "upper",      "digits",
                                                       "symbols",   "custom",     "min-lower",
                                                       "min-upper", "min-digits", "min-symbols"};

} // namespace

std::optional<PasswordRules> Cli::rulesFrom(const QCommandLineParser &parser)
{
    const bool byRules = parser.isSet(QStringLiteral("rules"));
    const bool bySite = parser.isSet(QStringLiteral("site"));
    if (!byRules && !bySite)
        return std::nullopt;
    if (byRules && bySite)
        throw UsageError(tr("--rules and --site cannot be combined"));
    const QString option = byRules ? QStringLiteral("--rules") : QStringLiteral("--site");
    for (const char *name : ClassOptionNames) {
        if (parser.isSet(QString::fromLatin1(name)))
            throw UsageError(tr("%1 replaces the class options; leave out --%2")
                                 .arg(option, QString::fromLatin1(name)));
    }
    QString text;
    if (bySite) {
        const QString site = parser.value(QStringLiteral("site"));
        const SiteRules::Site *found = SiteRules::builtIn().find(site);
        if (!found)
            throw UsageError(
                tr("no rules are known for the site '%1'; give them with --rules").arg(site));
        text = found->rules;
    } else {
        text = parser.value(QStringLiteral("rules"));
    }
    PasswordRules::Error error;
    PasswordRules rules = PasswordRules::parse(text, &error);
    if (error.kind != PasswordRules::ErrorKind::None)
        throw UsageError(option + QStringLiteral(": ") + i18n::rulesError(error));
    return rules;
}

int Cli::runPassword(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(parser, tr("Random passwords. With no class option all four classes "
                                      "are used; naming any selects only those named."));
    const QString valueName = tr("N", "value name in --help: a number");
    parser.addOption({QStringLiteral("length"),
                      tr("Characters per password, %1 to %2 (default %3).")
                          .arg(PasswordGenerator::MinLength)
                          .arg(PasswordGenerator::MaxLength)
                          .arg(PasswordGenerator::DefaultLength),
                      valueName});
    parser.addOption({QStringLiteral("lower"), tr("Use lowercase letters a-z.")});
    parser.addOption({QStringLiteral("upper"), tr("Use uppercase letters A-Z.")});
    parser.addOption({QStringLiteral("digits"), tr("Use digits 0-9.")});
    parser.addOption({QStringLiteral("symbols"), tr("Use the 32 ASCII punctuation characters.")});
    parser.addOption({QStringLiteral("custom"),
                      tr("Also use these characters (each user-perceived character counts once)."),
                      tr("CHARS", "value name in --help: characters")});
    parser.addOption({QStringLiteral("exclude"), tr("Never use these characters."),
                      tr("CHARS", "value name in --help: characters")});
    parser.addOption({QStringLiteral("no-lookalikes"),
                      tr("Avoid look-alike characters: %1").arg(PasswordGenerator::lookAlikes())});
    parser.addOption({QStringLiteral("min-lower"), tr("At least N lowercase letters."), valueName});
    parser.addOption({QStringLiteral("min-upper"), tr("At least N uppercase letters."), valueName});
    parser.addOption({QStringLiteral("min-digits"), tr("At least N digits."), valueName});
    parser.addOption({QStringLiteral("min-symbols"), tr("At least N symbols."), valueName});
    parser.addOption({QStringLiteral("rules"),
                      tr("Follow a site's password rules, in Apple's password-rules language "
                         "(\"minlength: 8; required: digit; max-consecutive: 2\"); replaces "
                         "the class options."),
                      tr("RULES", "value name in --help: password rules")});
    parser.addOption({QStringLiteral("site"),
                      tr("Follow the known rules of a website ('passforge-cli sites' lists "
                         "them); replaces the class options."),
                      tr("DOMAIN", "value name in --help: a website's domain")});
    parser.addOption({QStringLiteral("pronounceable"),
                      tr("Easy to say: syllables of the letters %1, %2 and %3 (see the manual), "
                         "uniform among every string of the length; takes --length (%4 to %5), "
                         "--min-upper 0 or 1 and --min-digits 0 or 1.")
                          .arg(PronounceableGenerator::onsets(), PronounceableGenerator::vowels(),
                               PronounceableGenerator::codas())
                          .arg(PronounceableGenerator::MinLength)
                          .arg(PronounceableGenerator::MaxLength)});
    support::addPresetOption(parser);
    parser.addOption({QStringLiteral("count"), tr("How many passwords (default 1)."), valueName});
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with value and entropy_bits.")});
    support::addQrOption(parser);
    support::addWifiOptions(parser);
    if (support::parseWithPreset(parser, args, context, QStringLiteral("password")))
        return ExitOk;

    if (parser.isSet(QStringLiteral("pronounceable")))
        return runPronounceable(parser, context);

    PasswordGenerator generator;
    const std::optional<PasswordRules> rules = rulesFrom(parser);
    const int defaultLength =
        rules ? PasswordGenerator::defaultLength(*rules) : PasswordGenerator::DefaultLength;
    generator.setLength(static_cast<int>(
        support::intOption(parser, QStringLiteral("length"), PasswordGenerator::MinLength,
                           PasswordGenerator::MaxLength, defaultLength)));
    PasswordOptions::Classes named{};
    PasswordOptions::Classes minimumGiven{};
    std::array<int, PasswordGenerator::ClassCount> minimums{};
    for (const ClassOption &option : ClassOptions) {
        const QString minimumName = QString::fromLatin1(option.minimumName);
        minimums[option.charClass] = static_cast<int>(
            support::intOption(parser, minimumName, 0, PasswordGenerator::MaxLength, 0));
        named[option.charClass] = parser.isSet(QString::fromLatin1(option.name));
        minimumGiven[option.charClass] = parser.isSet(minimumName);
    }
    // The rule that presets follow in the window too: --min-digits 2 alone still uses all four.
    const PasswordOptions::Classes enabled = PasswordOptions::selectClasses(named, minimumGiven);
    for (const ClassOption &option : ClassOptions) {
        generator.setClassEnabled(option.charClass, enabled[option.charClass]);
        generator.setMinimum(option.charClass, minimums[option.charClass]);
    }
    // Checking that extra characters cannot merge with each other compares them in pairs, so
    // the set is bounded, as in the window.
    generator.setCustom(parser.value(QStringLiteral("custom")));
    generator.setExclude(parser.value(QStringLiteral("exclude")));
    generator.setAvoidLookAlikes(parser.isSet(QStringLiteral("no-lookalikes")));
    generator.setRules(rules);

    switch (generator.error()) {
    case PasswordGenerator::Error::None:
        break;
    case PasswordGenerator::Error::LengthOutOfRange:
        if (rules)
            throw UsageError(tr("--length must be from %1 to %2 for these rules, not %3")
                                 .arg(generator.minimumLength())
                                 .arg(generator.maximumLength())
                                 .arg(generator.length()));
        throw UsageError(tr("--length must be from %1 to %2, not %3")
                             .arg(PasswordGenerator::MinLength)
                             .arg(PasswordGenerator::MaxLength)
                             .arg(generator.length()));
    case PasswordGenerator::Error::EmptyAlphabet:
        throw UsageError(tr("no characters are left to choose from after --exclude '%1'")
                             .arg(generator.exclude()));
    case PasswordGenerator::Error::ClassEmptied:
        throw UsageError(tr("--min-%1 asks for %2, but --exclude removes every %1 character")
                             .arg(className(generator.errorClass()))
                             .arg(generator.minimum(generator.errorClass())));
    case PasswordGenerator::Error::MinimumsExceedLength:
        throw UsageError(tr("the minimums add up to %1, more than --length %2")
                             .arg(generator.minimumSum())
                             .arg(generator.length()));
    case PasswordGenerator::Error::CustomTooLong:
        throw UsageError(tr("--custom has %1 characters; at most %2 are allowed")
                             .arg(generator.customCount())
                             .arg(PasswordGenerator::MaxCustomCharacters));
    case PasswordGenerator::Error::RulesNoLength:
        throw UsageError(tr("the rules admit no length: minlength %1, maxlength %2, and "
                            "Passforge makes %3 to %4 characters")
                             .arg(rules->minLength())
                             .arg(rules->maxLength())
                             .arg(PasswordGenerator::MinLength)
                             .arg(PasswordGenerator::MaxLength));
    case PasswordGenerator::Error::RulesSetEmptied:
        throw UsageError(
            tr("the rules require one of '%1', and none of them can be drawn (the space never "
               "is; --exclude and --no-lookalikes remove the rest)")
                .arg(PasswordRules::characters(
                    rules->required()[static_cast<std::size_t>(generator.errorSet())])));
    case PasswordGenerator::Error::RulesUnsatisfiable:
        throw UsageError(tr("no password of %1 characters meets the rules: %2")
                             .arg(generator.length())
                             .arg(i18n::describeRules(*rules)));
    case PasswordGenerator::Error::RulesTooComplex:
        throw UsageError(tr("the rules have more than %1 different required sets")
                             .arg(PasswordRules::MaxRequiredSets));
    case PasswordGenerator::Error::InvalidCustom:
        throw UsageError(tr("--custom '%1' has a character that cannot stand alone (a lone "
                            "combining mark or a control character)")
                             .arg(generator.custom()));
    }

    Random random(context.source);
    PasswordStream passwords(generator, random);
    return writePasswords(parser, context, generator.entropyBits(),
                          [&](SecureBytes &out) { passwords.appendNext(out); });
}

int Cli::writePasswords(const QCommandLineParser &parser, CliContext &context, double bits,
                        const std::function<void(SecureBytes &)> &appendNext)
{
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool qr = support::qrRequested(parser, count, json);
    const std::optional<WifiNetwork> wifi = support::wifiNetwork(parser);
    const auto appendValue = [&](SecureBytes &out) {
        if (!wifi) {
            appendNext(out);
            return;
        }
        SecureBytes value;
        appendNext(value);
        support::toWifiPayload(*wifi, value);
        out.insert(out.end(), value.begin(), value.end());
    };
    if (qr) {
        SecureBytes value;
        appendValue(value);
        support::writeQr(context.out, value);
        return ExitOk;
    }
    support::writeSecrets(context.out, count, json, bits, appendValue);
    return ExitOk;
}

int Cli::runPronounceable(const QCommandLineParser &parser, CliContext &context)
{
    // The grammar fixes the letters: the options that choose characters do not apply.
    for (const char *name : {"lower", "upper", "digits", "symbols", "custom", "exclude",
                             "no-lookalikes", "min-lower", "min-symbols", "rules", "site"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            throw UsageError(tr("--%1 does not apply to --pronounceable, whose letters the "
                                "grammar fixes")
                                 .arg(QString::fromLatin1(name)));
    }
    PronounceableGenerator generator;
    generator.setLength(static_cast<int>(support::intOption(
        parser, QStringLiteral("length"), PronounceableGenerator::MinLength,
        PronounceableGenerator::MaxLength, PronounceableGenerator::DefaultLength)));
    generator.setCapital(support::intOption(parser, QStringLiteral("min-upper"), 0, 1, 0) == 1);
    generator.setDigit(support::intOption(parser, QStringLiteral("min-digits"), 0, 1, 0) == 1);
    Random random(context.source);
    return writePasswords(parser, context, generator.entropyBits(),
                          [&](SecureBytes &out) { generator.appendTo(random, out); });
}

} // namespace passforge::cli
