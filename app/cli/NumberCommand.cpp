// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliSupport.h"
#include "passforge/NumberGenerator.h"

#include <cmath>
#include <limits>

namespace passforge::cli {

int Cli::runNumber(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    support::prepareParser(parser, tr("Uniform random integers from A to B inclusive, anywhere "
                                      "in the signed 64-bit range."));
    parser.addOption({QStringLiteral("min"), tr("The smallest value (required)."),
                      tr("A", "value name in --help: the lower bound")});
    parser.addOption({QStringLiteral("max"), tr("The largest value (required)."),
                      tr("B", "value name in --help: the upper bound")});
    parser.addOption({QStringLiteral("count"), tr("How many numbers (default 1)."),
                      tr("N", "value name in --help: a number")});
    parser.addOption(
        {QStringLiteral("distinct"),
         tr("No value twice (at most %1 values).").arg(NumberGenerator::MaxDistinctCount)});
    parser.addOption(
        {QStringLiteral("json"), tr("One JSON object per line, with value and entropy_bits.")});
    support::addPresetOption(parser);
    if (support::parseWithPreset(parser, args, context, QStringLiteral("number")))
        return ExitOk;

    constexpr auto Lowest = std::numeric_limits<std::int64_t>::min();
    constexpr auto Highest = std::numeric_limits<std::int64_t>::max();
    if (!parser.isSet(QStringLiteral("min")) || !parser.isSet(QStringLiteral("max")))
        throw UsageError(tr("number needs both --min and --max"));
    NumberGenerator generator;
    generator.setMin(support::intOption(parser, QStringLiteral("min"), Lowest, Highest, 0));
    generator.setMax(support::intOption(parser, QStringLiteral("max"), Lowest, Highest, 0));
    generator.setCount(support::intOption(parser, QStringLiteral("count"), 1, MaxCount, 1));
    generator.setDistinct(parser.isSet(QStringLiteral("distinct")));
    const bool json = parser.isSet(QStringLiteral("json"));

    switch (generator.error()) {
    case NumberGenerator::Error::None:
        break;
    case NumberGenerator::Error::MinAboveMax:
        throw UsageError(
            tr("--min %1 is above --max %2").arg(generator.min()).arg(generator.max()));
    case NumberGenerator::Error::CountOutOfRange:
        throw UsageError(tr("--count must be at least 1, not %1").arg(generator.count()));
    case NumberGenerator::Error::NotEnoughDistinct:
        throw UsageError(tr("--distinct: the range from %1 to %2 has fewer than %3 values")
                             .arg(generator.min())
                             .arg(generator.max())
                             .arg(generator.count()));
    case NumberGenerator::Error::TooManyDistinct:
        throw UsageError(tr("--distinct supports at most %1 values, not %2")
                             .arg(NumberGenerator::MaxDistinctCount)
                             .arg(generator.count()));
    }

    Random random(context.source);
    OutputSink &out = context.out;
    // Each value's entropy: log2 of the values it could have been, fewer after each distinct draw.
    std::int64_t drawn = 0;
    generator.generate(random, [&](std::int64_t value) {
        if (json) {
            out.append("{\"value\":");
            support::appendInt(out, value);
            out.append(",\"entropy_bits\":");
            support::appendBits(out, generator.log2ValuesLeft(drawn));
            out.append("}\n");
        } else {
            support::appendInt(out, value);
            out.append('\n');
        }
        ++drawn;
        out.maybeFlush();
    });
    return ExitOk;
}

} // namespace passforge::cli
