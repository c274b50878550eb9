// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/Random.h"

#include <array>

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

} // namespace

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
    parser.addOption({QStringLiteral("count"), tr("How many passwords (default 1)."), valueName});
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with value and entropy_bits.")});
    if (support::parse(parser, args, context))
        return ExitOk;

    PasswordGenerator generator;
    generator.setLength(static_cast<int>(
        support::intOption(parser, QStringLiteral("length"), PasswordGenerator::MinLength,
                           PasswordGenerator::MaxLength, PasswordGenerator::DefaultLength)));
    bool anyClass = false;
    std::array<bool, PasswordGenerator::ClassCount> enabled{};
    std::array<int, PasswordGenerator::ClassCount> minimums{};
    for (const ClassOption &option : ClassOptions) {
        const QString minimumName = QString::fromLatin1(option.minimumName);
        minimums[option.charClass] = static_cast<int>(
            support::intOption(parser, minimumName, 0, PasswordGenerator::MaxLength, 0));
        const bool named = parser.isSet(QString::fromLatin1(option.name));
        anyClass = anyClass || named;
        // A minimum switches its class on, but does not deselect the others: --min-digits 2
        // alone still uses all four classes.
        enabled[option.charClass] = named || parser.isSet(minimumName);
    }
    for (const ClassOption &option : ClassOptions) {
        generator.setClassEnabled(option.charClass, !anyClass || enabled[option.charClass]);
        generator.setMinimum(option.charClass, minimums[option.charClass]);
    }
    // Checking that extra characters cannot merge with each other compares them in pairs, so
    // the set is bounded, as in the window.
    generator.setCustom(parser.value(QStringLiteral("custom")));
    generator.setExclude(parser.value(QStringLiteral("exclude")));
    generator.setAvoidLookAlikes(parser.isSet(QStringLiteral("no-lookalikes")));
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);
    const bool json = parser.isSet(QStringLiteral("json"));

    switch (generator.error()) {
    case PasswordGenerator::Error::None:
        break;
    case PasswordGenerator::Error::LengthOutOfRange:
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
    case PasswordGenerator::Error::InvalidCustom:
        throw UsageError(tr("--custom '%1' has a character that cannot stand alone (a lone "
                            "combining mark or a control character)")
                             .arg(generator.custom()));
    }

    Random random(context.source);
    PasswordStream passwords(generator, random);
    support::writeSecrets(context.out, count, json, generator.entropyBits(),
                          [&](SecureBytes &out) { passwords.appendNext(out); });
    return ExitOk;
}

} // namespace passforge::cli
