// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "QrOutput.h"
#include "passforge/Random.h"
#include "passforge/TokenGenerator.h"

namespace passforge::cli {

int Cli::runToken(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(parser, tr("Random tokens, like Python's secrets.token_hex and "
                                      "token_urlsafe."));
    parser.addOption({QStringLiteral("bytes"),
                      tr("Random bytes per token, 1 to %1 (default %2).")
                          .arg(TokenGenerator::MaxBytes)
                          .arg(TokenGenerator::DefaultBytes),
                      tr("N", "value name in --help: a number")});
    parser.addOption({QStringLiteral("format"),
                      tr("hex (default), urlsafe (base64url without padding), base64, base32 "
                         "(RFC 4648, no padding), uuid (version 4) or raw (bytes; not to a "
                         "terminal)."),
                      tr("FORMAT", "value name in --help: a token format")});
    parser.addOption({QStringLiteral("count"), tr("How many tokens (default 1)."),
                      tr("N", "value name in --help: a number")});
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with value and entropy_bits.")});
    support::addQrOption(parser);
    support::addPresetOption(parser);
    if (support::parseWithPreset(parser, args, context, QStringLiteral("token")))
        return ExitOk;

    TokenGenerator generator;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const auto format = TokenGenerator::formatFromName(name);
        if (!format)
            throw UsageError(tr("unknown --format '%1'; use hex, urlsafe, base64, base32, uuid "
                                "or raw")
                                 .arg(name));
        generator.setFormat(*format);
    }
    const bool isUuid = generator.format() == TokenGenerator::Format::Uuid;
    if (isUuid && parser.isSet(QStringLiteral("bytes")))
        throw UsageError(tr("--bytes does not apply to --format uuid, which is always 122 "
                            "random bits"));
    generator.setBytes(static_cast<int>(support::intOption(parser, QStringLiteral("bytes"), 1,
                                                           TokenGenerator::MaxBytes,
                                                           TokenGenerator::DefaultBytes)));
    const std::int64_t count = support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool raw = generator.format() == TokenGenerator::Format::Raw;
    if (raw && json)
        throw UsageError(tr("--json cannot be combined with --format raw"));
    if (raw && parser.isSet(QStringLiteral("qr")))
        throw UsageError(tr("--qr cannot be combined with --format raw, which is binary"));
    const bool qr = support::qrRequested(parser, count, json);
    if (raw && context.out.isTerminal())
        throw UsageError(
            tr("--format raw will not write binary data to a terminal; redirect it to a file or a "
               "pipe"));

    Random random(context.source);
    OutputSink &out = context.out;
    if (qr) {
        SecureBytes value;
        generator.appendTo(random, value);
        support::writeQr(out, value);
        return ExitOk;
    }
    const double bits = generator.entropyBits();
    for (std::int64_t i = 0; i < count; ++i) {
        if (json) {
            out.append("{\"value\":\"");
            generator.appendTo(random, out.buffer());
            out.append("\",\"entropy_bits\":");
            support::appendBits(out, bits);
            out.append("}\n");
        } else {
            generator.appendTo(random, out.buffer());
            if (!raw)
                out.append('\n');
        }
        out.maybeFlush();
    }
    return ExitOk;
}

} // namespace passforge::cli
