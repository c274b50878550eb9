// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark micro-benchmarks of the core on the real OS random source.
#include "NumberGenerator.h"
#include "OsRandomSource.h"
#include "PassphraseGenerator.h"
#include "PasswordGenerator.h"
#include "PickList.h"
#include "Random.h"
#include "TokenGenerator.h"

#include <benchmark/benchmark.h>

#include <QString>
#include <QStringList>

using namespace passforge;

namespace {

OsRandomSource source;

void BM_Below(benchmark::State &state)
{
    Random random(source);
    const auto bound = static_cast<std::uint64_t>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(random.below(bound));
}
BENCHMARK(BM_Below)->Arg(6)->Arg(94)->Arg(1 << 16)->Arg((1LL << 62) + 1);

void BM_BelowFullRange(benchmark::State &state)
{
    Random random(source);
    for (auto _ : state)
        benchmark::DoNotOptimize(random.between(INT64_MIN, INT64_MAX));
}
BENCHMARK(BM_BelowFullRange);

void BM_Password(benchmark::State &state)
{
    Random random(source);
    PasswordGenerator generator;
    generator.setLength(static_cast<int>(state.range(0)));
    if (state.range(1)) {
        for (int c = 0; c < PasswordGenerator::ClassCount; ++c)
            generator.setMinimum(static_cast<PasswordGenerator::CharClass>(c), 1);
    }
    SecureBytes out;
    for (auto _ : state) {
        out.clear();
        generator.appendTo(random, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Password)->ArgsProduct({{12, 20, 64, 256}, {0, 1}})->ArgNames({"length", "minimums"});

void BM_PasswordDemandingMinimums(benchmark::State &state)
{
    // Minimums that only a few passwords meet: the tilted sampler.
    Random random(source);
    PasswordGenerator generator;
    generator.setLength(16);
    generator.setMinimum(PasswordGenerator::Digits, 8);
    generator.setMinimum(PasswordGenerator::Symbols, 6);
    SecureBytes out;
    for (auto _ : state) {
        out.clear();
        generator.appendTo(random, out);
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_PasswordDemandingMinimums);

void BM_PasswordSettingsChange(benchmark::State &state)
{
    // What dragging the length slider costs: settings change plus exact entropy, 256 characters.
    PasswordGenerator generator;
    for (int c = 0; c < PasswordGenerator::ClassCount; ++c)
        generator.setMinimum(static_cast<PasswordGenerator::CharClass>(c), 2);
    int length = 255;
    for (auto _ : state) {
        generator.setLength(length);
        benchmark::DoNotOptimize(generator.entropyBits());
        length = length == 255 ? 256 : 255;
    }
}
BENCHMARK(BM_PasswordSettingsChange);

void BM_Passphrase(benchmark::State &state)
{
    Random random(source);
    PassphraseGenerator generator;
    generator.setWordCount(static_cast<int>(state.range(0)));
    SecureBytes out;
    for (auto _ : state) {
        out.clear();
        generator.appendTo(random, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::DoNotOptimize(generator.entropyBits());
    }
}
BENCHMARK(BM_Passphrase)->Arg(6)->Arg(40);

void BM_Token(benchmark::State &state)
{
    Random random(source);
    const auto format = static_cast<TokenGenerator::Format>(state.range(0));
    TokenGenerator generator(format, 32);
    SecureBytes out;
    for (auto _ : state) {
        out.clear();
        generator.appendTo(random, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetLabel(TokenGenerator::formatName(format).toStdString());
}
BENCHMARK(BM_Token)->DenseRange(0, 5);

void BM_PickDraw(benchmark::State &state)
{
    Random random(source);
    QStringList names;
    for (int i = 0; i < state.range(0); ++i)
        names.append(QStringLiteral("entrant-%1").arg(i));
    const PickList list = PickList::fromLines(names);
    for (auto _ : state)
        benchmark::DoNotOptimize(list.draw(random, 10));
}
BENCHMARK(BM_PickDraw)->Arg(1000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_PickParse(benchmark::State &state)
{
    QByteArray text;
    for (int i = 0; i < state.range(0); ++i)
        text += "entrant-" + QByteArray::number(i) + '\n';
    for (auto _ : state)
        benchmark::DoNotOptimize(PickList::fromUtf8(text));
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_PickParse)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_NumbersDistinct(benchmark::State &state)
{
    Random random(source);
    NumberGenerator generator(1, 1'000'000'000, state.range(0), true);
    for (auto _ : state)
        generator.generate(random, [](std::int64_t v) { benchmark::DoNotOptimize(v); });
}
BENCHMARK(BM_NumbersDistinct)->Arg(1000)->Arg(100000);

} // namespace

BENCHMARK_MAIN();
