// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "QrOutput.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/Random.h"

#include <cmath>

namespace passforge::cli {

namespace {

void describeWordlist(CliContext &context, const QString &path, const Wordlist &list)
{
    // Warnings go to stderr; they never change stdout. Each count is a whole plural message and
    // the sentence one more, so that a translation can order the parts as its grammar needs.
    const QString words = Cli::tr("%n distinct word(s)", "wordlist note", int(list.size()));
    const QString blanks = Cli::tr("%n blank line(s)", "wordlist note", int(list.droppedBlank()));
    const QString duplicates =
        Cli::tr("%n duplicate(s)", "wordlist note", int(list.droppedDuplicates()));
    context.notes.append(Cli::tr("wordlist '%1': %2 (dropped %3 and %4)", "wordlist note")
                             .arg(path, words, blanks, duplicates));
}

} // namespace

int Cli::runPassphrase(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    // The sizes come from the lists themselves, never from a constant. Reading every list costs
    // a few milliseconds, so only a request for help does it.
    const bool help =
        args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    QStringList lists;
    for (const QString &code : Wordlist::builtInCodes()) {
        lists << (help ? tr("%1 (%2 words)", "a built-in list in --help: its code and size")
                             .arg(code)
                             .arg(Wordlist::builtIn(code)->size())
                       : code);
    }
    const qsizetype english = help ? Wordlist::builtIn().size() : 0;
    support::prepareParser(parser, tr("Passphrases of random words from a built-in list (English "
                                      "by default: %1 words, %2 bits each) or your own.")
                                       .arg(english)
                                       .arg(std::log2(double(english)), 0, 'f', 3));
    parser.addOption({QStringLiteral("words"),
                      tr("Words per passphrase, %1 to %2 (default %3).")
                          .arg(PassphraseGenerator::MinWords)
                          .arg(PassphraseGenerator::MaxWords)
                          .arg(PassphraseGenerator::DefaultWords),
                      tr("N", "value name in --help: a number")});
    parser.addOption({QStringLiteral("separator"), tr("Between words (default '-'; may be empty)."),
                      tr("S", "value name in --help: a separator text")});
    parser.addOption({QStringLiteral("separator-from"),
                      tr("Give each gap its own separator, drawn from these characters (2 to %1 "
                         "distinct; adds log2 of their number a gap).")
                          .arg(PassphraseGenerator::MaxSeparatorChoices),
                      tr("CHARS", "value name in --help: characters")});
    parser.addOption({QStringLiteral("case"),
                      tr("lower (default), upper, each (each word capitalised; also title), one "
                         "(one random word capitalised) or random (each word capitalised or "
                         "not, at random: a bit a word)."),
                      tr("CASE", "value name in --help: lower, upper, each, one or random")});
    parser.addOption(
        {QStringLiteral("add-digit"), tr("Append a random digit to one random word.")});
    parser.addOption(
        {QStringLiteral("add-symbol"), tr("Append a random symbol (one of %1) to one random word.")
                                           .arg(PassphraseGenerator::symbols())});
    parser.addOption({QStringLiteral("list"),
                      tr("A built-in list, by language: %1. The default is en, whatever the "
                         "locale, so that scripts stay the same.")
                          .arg(lists.join(QLatin1String(", "))),
                      tr("CODE", "value name in --help: a language code")});
    parser.addOption({QStringLiteral("wordlist"),
                      tr("Your own list: one word per line, UTF-8, at least %1 distinct words; a "
                         "leading dice number is ignored.")
                          .arg(Wordlist::MinWords),
                      tr("FILE", "value name in --help: a file path")});
    parser.addOption({QStringLiteral("count"), tr("How many passphrases (default 1)."),
                      tr("N", "value name in --help: a number")});
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with value and entropy_bits.")});
    support::addQrOption(parser);
    support::addPresetOption(parser);
    if (support::parseWithPreset(parser, args, context, QStringLiteral("passphrase")))
        return ExitOk;

    PassphraseGenerator generator;
    generator.setWordCount(static_cast<int>(
        support::intOption(parser, QStringLiteral("words"), PassphraseGenerator::MinWords,
                           PassphraseGenerator::MaxWords, PassphraseGenerator::DefaultWords)));
    if (parser.isSet(QStringLiteral("separator")))
        generator.setSeparator(parser.value(QStringLiteral("separator")));
    if (parser.isSet(QStringLiteral("separator-from"))) {
        if (parser.isSet(QStringLiteral("separator")))
            throw UsageError(tr("--separator and --separator-from exclude each other"));
        const QString chars = parser.value(QStringLiteral("separator-from"));
        generator.setSeparatorsFrom(chars);
        if (generator.error() == PassphraseGenerator::Error::InvalidSeparatorSet)
            throw UsageError(tr("--separator-from '%1' must hold 2 to %2 distinct characters, "
                                "none a lone combining mark or a control character")
                                 .arg(chars)
                                 .arg(PassphraseGenerator::MaxSeparatorChoices));
    }
    if (parser.isSet(QStringLiteral("case"))) {
        const QString name = parser.value(QStringLiteral("case"));
        const auto letterCase = PassphraseGenerator::caseFromName(name);
        if (!letterCase)
            throw UsageError(
                tr("unknown --case '%1'; use lower, upper, each, one or random").arg(name));
        generator.setLetterCase(*letterCase);
    }
    generator.setAddDigit(parser.isSet(QStringLiteral("add-digit")));
    generator.setAddSymbol(parser.isSet(QStringLiteral("add-symbol")));
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool qr = support::qrRequested(parser, count, json);

    if (parser.isSet(QStringLiteral("list"))) {
        const QString code = parser.value(QStringLiteral("list"));
        const Wordlist *list = Wordlist::builtIn(code);
        if (!list)
            throw UsageError(tr("unknown --list '%1'; the built-in lists are %2")
                                 .arg(code, Wordlist::builtInCodes().join(QLatin1String(", "))));
        if (parser.isSet(QStringLiteral("wordlist")))
            throw UsageError(tr("--list and --wordlist exclude each other: a wordlist file "
                                "replaces the built-in list"));
        generator.setWordlist(*list);
    }
    if (parser.isSet(QStringLiteral("wordlist"))) {
        const QString path = parser.value(QStringLiteral("wordlist"));
        Wordlist::Error error = Wordlist::Error::None;
        QString systemMessage;
        const Wordlist list = Wordlist::fromFile(path, &error, &systemMessage);
        switch (error) {
        case Wordlist::Error::None:
            break;
        case Wordlist::Error::Unreadable:
            throw UsageError(tr("cannot read wordlist '%1': %2").arg(path, systemMessage));
        case Wordlist::Error::TooLarge:
            throw UsageError(tr("wordlist '%1' is larger than %2 MB")
                                 .arg(path)
                                 .arg(Wordlist::MaxFileBytes / (1000 * 1000)));
        case Wordlist::Error::Binary:
            throw UsageError(tr("wordlist '%1' is a binary file, not text").arg(path));
        case Wordlist::Error::InvalidUtf8:
            throw UsageError(tr("wordlist '%1' is not valid UTF-8").arg(path));
        case Wordlist::Error::TooSmall:
            throw UsageError(tr("wordlist '%1' has %2 distinct words; at least %3 are needed")
                                 .arg(path)
                                 .arg(list.size())
                                 .arg(Wordlist::MinWords));
        }
        generator.setWordlist(list);
        describeWordlist(context, path, list);
    }
    if (generator.error() == PassphraseGenerator::Error::InvalidSeparator)
        throw UsageError(tr("--separator '%1' has a character that cannot stand alone (a lone "
                            "combining mark or a control character)")
                             .arg(generator.separator()));
    if (generator.inexactReason() == PassphraseGenerator::Inexact::CaseMerges)
        context.notes.append(tr("warning: in this case two words of the wordlist look the same "
                                "(such as straße and strasse, both STRASSE), so entropy_bits is "
                                "an upper bound"));
    else if (!generator.entropyIsExact())
        context.notes.append(tr("warning: with this wordlist (not prefix-free, or with digits in "
                                "its words) and these options, different words can give the same "
                                "passphrase, so entropy_bits is an upper bound"));

    Random random(context.source);
    if (qr) {
        SecureBytes value;
        generator.appendTo(random, value);
        support::writeQr(context.out, value);
        return ExitOk;
    }
    support::writeSecrets(context.out, count, json, generator.entropyBits(),
                          [&](SecureBytes &out) { generator.appendTo(random, out); });
    return ExitOk;
}

} // namespace passforge::cli
