// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark micro-benchmarks of the core on the real OS random source.
#include "passforge/NumberGenerator.h"
#include "passforge/OsRandomSource.h"
#include "passforge/PassphraseGenerator.h"
#include "passforge/PasswordGenerator.h"
#include "passforge/PasswordRules.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"
#include "passforge/SiteRules.h"
#include "passforge/TokenGenerator.h"

#include <benchmark/benchmark.h>

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

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
    // Minimums that only a few passwords meet: the composition sampler.
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

// The worst case of what one click costs in the window: new settings (the exact count) plus one
// password, over a grid of settings whose minimums nearly fill or exactly fill the length, where
// whole-password rejection used to stall, and light ones, where the exact count has most terms.
// Each setting is timed as the median of three runs; the benchmark reports the slowest setting
// (worst_ms) and its place in the grid (worst_index).
void BM_PasswordWorstCase(benchmark::State &state)
{
    using Clock = std::chrono::steady_clock;
    struct Setting
    {
        int length;
        std::array<int, PasswordGenerator::ClassCount> minimum;
        bool symbols;
    };
    std::vector<Setting> grid;
    const std::array<std::array<double, 4>, 7> splits{{
        {0.25, 0.5, 0.25, 0},
        {1.0 / 3, 1.0 / 3, 1.0 / 3, 0},
        {0.25, 0.25, 0.25, 0.25},
        {0.5, 0, 0.5, 0},
        {0, 0, 1, 0},
        {0.1, 0.1, 0.1, 0.7},
        {0.4, 0.3, 0.2, 0.1},
    }};
    for (int length : {256, 512, 768, 1024}) {
        for (int gap : {0, 1, 4, 16, 64, length / 2, length - 16, length - 4}) {
            for (const auto &split : splits) {
                for (bool symbols : {false, true}) {
                    Setting s{length, {}, symbols};
                    int sum = 0;
                    for (int c = 0; c < 4; ++c) {
                        s.minimum[c] = static_cast<int>((length - gap) * split[c]);
                        sum += s.minimum[c];
                    }
                    // Rounding leftovers go to the first class with a minimum.
                    for (int c = 0; c < 4; ++c) {
                        if (s.minimum[c] > 0) {
                            s.minimum[c] += length - gap - sum;
                            break;
                        }
                    }
                    if (!symbols && s.minimum[PasswordGenerator::Symbols] > 0)
                        continue;
                    grid.push_back(s);
                }
            }
        }
    }
    Random random(source);
    SecureBytes out;
    double worst = 0;
    std::size_t worstIndex = 0;
    for (auto _ : state) {
        for (std::size_t i = 0; i < grid.size(); ++i) {
            std::array<double, 3> runs{};
            for (double &run : runs) {
                const auto start = Clock::now();
                PasswordGenerator generator;
                generator.setClassEnabled(PasswordGenerator::Symbols, grid[i].symbols);
                generator.setLength(grid[i].length);
                for (int c = 0; c < PasswordGenerator::ClassCount; ++c)
                    generator.setMinimum(static_cast<PasswordGenerator::CharClass>(c),
                                         grid[i].minimum[c]);
                out.clear();
                generator.appendTo(random, out);
                benchmark::DoNotOptimize(out.data());
                run = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            }
            std::sort(runs.begin(), runs.end());
            if (runs[1] > worst) {
                worst = runs[1];
                worstIndex = i;
            }
        }
    }
    state.counters["settings"] = static_cast<double>(grid.size());
    state.counters["worst_ms"] = worst;
    state.counters["worst_index"] = static_cast<double>(worstIndex);
    const Setting &w = grid[worstIndex];
    state.SetLabel("worst: length " + std::to_string(w.length) + ", minimums " +
                   std::to_string(w.minimum[0]) + "/" + std::to_string(w.minimum[1]) + "/" +
                   std::to_string(w.minimum[2]) + "/" + std::to_string(w.minimum[3]) +
                   (w.symbols ? ", symbols on" : ", symbols off"));
}
BENCHMARK(BM_PasswordWorstCase)->Iterations(1)->Unit(benchmark::kMillisecond);

// Issue 13: every site of the shipped database, at its default length and at its longest (capped
// at 1024): one password each per iteration, reporting the slowest site's time per password.
// The goal is under 16 ms for each.
void BM_SiteRulesWorstCase(benchmark::State &state)
{
    using Clock = std::chrono::steady_clock;
    std::vector<PasswordGenerator> generators;
    for (const SiteRules::Site &site : SiteRules::builtIn().sites()) {
        const PasswordRules rules = PasswordRules::parse(site.rules);
        PasswordGenerator generator;
        generator.setRules(rules);
        for (int length : {PasswordGenerator::defaultLength(rules), generator.maximumLength()}) {
            generator.setLength(length);
            if (generator.isValid())
                generators.push_back(generator);
        }
    }
    Random random(source);
    SecureBytes out;
    double worst = 0;
    for (auto _ : state) {
        for (const PasswordGenerator &generator : generators) {
            const auto start = Clock::now();
            out.clear();
            generator.appendTo(random, out);
            worst = std::max(
                worst, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["worst_ms"] = worst;
    state.counters["settings"] = static_cast<double>(generators.size());
}
BENCHMARK(BM_SiteRulesWorstCase)->Iterations(3)->Unit(benchmark::kMillisecond);

// A typical site (apple.com's rules) at its default length 20.
void BM_SiteRulesPassword(benchmark::State &state)
{
    PasswordGenerator generator;
    generator.setRules(
        PasswordRules::parse(SiteRules::builtIn().find(QStringLiteral("apple.com"))->rules));
    generator.setLength(20);
    Random random(source);
    SecureBytes out;
    for (auto _ : state) {
        out.clear();
        generator.appendTo(random, out);
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_SiteRulesPassword);

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
