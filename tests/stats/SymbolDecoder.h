// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace passforge::stats {

// Splits generated UTF-8 text back into the symbols of a known alphabet, so that a test can count
// which symbol came out at each position. A symbol may be several code points (a decomposed é, a
// flag), and one symbol may begin with another ("e" and "e" + U+0301), so candidates sharing a
// first byte are tried longest first. One-byte symbols that no other symbol starts with take a
// table lookup, which keeps hundreds of millions of ASCII characters cheap.
class SymbolDecoder
{
public:
    explicit SymbolDecoder(const QStringList &symbols)
    {
        m_single.fill(None);
        for (qsizetype i = 0; i < symbols.size(); ++i) {
            const std::string bytes = symbols[i].toStdString();
            auto &list = m_byFirstByte[static_cast<unsigned char>(bytes.front())];
            list.emplace_back(bytes, static_cast<int>(i));
        }
        for (std::size_t b = 0; b < m_byFirstByte.size(); ++b) {
            auto &list = m_byFirstByte[b];
            std::sort(list.begin(), list.end(),
                      [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
            if (list.size() == 1 && list.front().first.size() == 1)
                m_single[b] = list.front().second;
            else if (!list.empty())
                m_single[b] = Several;
        }
    }

    // The index of the symbol that starts at p, advancing p past it; -1 if no symbol fits.
    int next(const char *&p, const char *end) const
    {
        const auto first = static_cast<unsigned char>(*p);
        const int single = m_single[first];
        if (single >= 0) {
            ++p;
            return single;
        }
        if (single == None)
            return -1;
        for (const auto &[bytes, index] : m_byFirstByte[first]) {
            if (static_cast<std::size_t>(end - p) >= bytes.size() &&
                std::memcmp(p, bytes.data(), bytes.size()) == 0) {
                p += bytes.size();
                return index;
            }
        }
        return -1;
    }

private:
    static constexpr int None = -1;
    static constexpr int Several = -2;
    std::array<int, 256> m_single{};
    std::array<std::vector<std::pair<std::string, int>>, 256> m_byFirstByte;
};

} // namespace passforge::stats
