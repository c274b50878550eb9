// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/ByteSource.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace passforge::test {

// A ByteSource that hands out a fixed script of bytes, in order, so that a test can pin exactly
// what an algorithm does with given randomness. Only for pinning algorithms: statistical tests
// use OsRandomSource.
//
// It throws RandomSourceError when a request is larger than what is left of the script (a test
// that reads more than it scripted fails loudly instead of seeing made-up bytes), and on every
// request while setFailing(true) is in force. A refused request hands out nothing.
//
// Random asks its source for RandomBatch bytes at a time, so a script that drives a Random must
// hold at least that many bytes: script the interesting bytes, then padToBatch().
class ScriptedSource final : public ByteSource
{
public:
    // Mirrors Random's batch size (see Random.h); tst_random checks that they agree.
    static constexpr std::size_t RandomBatch = 4096;

    ScriptedSource() = default;
    explicit ScriptedSource(std::vector<std::uint8_t> bytes)
        : m_script(std::move(bytes))
    {}

    // --- Building the script. Each returns *this so that calls can be chained.
    ScriptedSource &appendBytes(std::initializer_list<std::uint8_t> bytes)
    {
        return appendBytes(std::span<const std::uint8_t>(bytes.begin(), bytes.size()));
    }
    ScriptedSource &appendBytes(std::span<const std::uint8_t> bytes)
    {
        // A loop rather than vector::insert: GCC 12 warns falsely (-Wstringop-overflow) on the
        // range insert into an empty vector.
        for (std::uint8_t b : bytes)
            m_script.push_back(b);
        return *this;
    }
    // The bytes of an ASCII/Latin-1 string, e.g. an RFC test vector such as "foobar".
    ScriptedSource &appendText(std::string_view text)
    {
        for (char c : text)
            m_script.push_back(static_cast<std::uint8_t>(c));
        return *this;
    }
    // A 64-bit word, little-endian: the byte order in which Random::next64() reads it, so that
    // next64() returns exactly this word.
    ScriptedSource &appendWord(std::uint64_t word)
    {
        for (int i = 0; i < 8; ++i)
            m_script.push_back(static_cast<std::uint8_t>(word >> (8 * i)));
        return *this;
    }
    ScriptedSource &appendWords(std::initializer_list<std::uint64_t> words)
    {
        for (std::uint64_t w : words)
            appendWord(w);
        return *this;
    }
    ScriptedSource &appendRepeated(std::size_t count, std::uint8_t value)
    {
        m_script.insert(m_script.end(), count, value);
        return *this;
    }
    // Appends value until the script is a whole, non-zero number of Random batches.
    ScriptedSource &padToBatch(std::uint8_t value = 0)
    {
        const std::size_t target =
            std::max<std::size_t>(1, (m_script.size() + RandomBatch - 1) / RandomBatch) *
            RandomBatch;
        return appendRepeated(target - m_script.size(), value);
    }

    // While failing, every fill() throws RandomSourceError and hands out nothing.
    void setFailing(bool failing) { m_failing = failing; }

    void fill(std::span<std::byte> out) override
    {
        m_requests.push_back(out.size());
        if (m_failing) {
            ++m_refusals;
            throw RandomSourceError("ScriptedSource: told to fail");
        }
        if (out.size() > remaining()) {
            ++m_refusals;
            throw RandomSourceError("ScriptedSource: script exhausted");
        }
        if (!out.empty())
            std::memcpy(out.data(), m_script.data() + m_position, out.size());
        m_position += out.size();
    }

    // --- Observing what the code under test asked for.
    // Total script length, bytes handed out so far, and bytes still to come.
    std::size_t size() const { return m_script.size(); }
    std::size_t position() const { return m_position; }
    std::size_t remaining() const { return m_script.size() - m_position; }
    // The size of every fill() request in order, refused ones included, and their sum.
    const std::vector<std::size_t> &requests() const { return m_requests; }
    std::size_t bytesRequested() const
    {
        std::size_t total = 0;
        for (std::size_t n : m_requests)
            total += n;
        return total;
    }
    // How many requests threw.
    std::size_t refusals() const { return m_refusals; }

private:
    std::vector<std::uint8_t> m_script;
    std::size_t m_position = 0;
    std::vector<std::size_t> m_requests;
    std::size_t m_refusals = 0;
    bool m_failing = false;
};

} // namespace passforge::test
