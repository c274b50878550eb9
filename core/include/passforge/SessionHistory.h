// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passforge/SecureMemory.h"

#include <QDateTime>
#include <QString>

#include <cstddef>
#include <deque>
#include <string_view>
#include <vector>

namespace passforge {

// The values of this session, newest first, in memory only: every value is held in a buffer that
// the allocator wipes when it is removed, cleared or destroyed, and the history has no way to
// be saved. Base is the allocator below the wipe (a test records what reaches it).
template <typename Base = std::allocator<char>> class BasicSessionHistory
{
public:
    // The most values kept: a new one beyond it pushes the oldest out.
    static constexpr std::size_t Capacity = 50;

    using Bytes = std::vector<char, WipingAllocator<char, Base>>;

    struct Entry
    {
        QDateTime time;
        QString kind;    // "Password", in the language of the moment it was made
        QString options; // how it was made, in the CLI's words: "password --length 20"
        Bytes value;     // UTF-8
        bool copied = false;
    };

    // A value made or copied. A copy of the newest value marks it copied instead of keeping it
    // twice.
    void record(const QString &kind, const QString &options, std::string_view utf8,
                const QDateTime &time, bool copied)
    {
        if (!m_entries.empty()) {
            Entry &newest = m_entries.front();
            if (std::string_view(newest.value.data(), newest.value.size()) == utf8) {
                newest.copied = newest.copied || copied;
                return;
            }
        }
        m_entries.push_front({time, kind, options, Bytes(utf8.begin(), utf8.end()), copied});
        while (m_entries.size() > Capacity)
            m_entries.pop_back();
    }

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    // 0 is the newest.
    const Entry &at(std::size_t index) const { return m_entries.at(index); }
    // The value as text; the caller wipes it (secureWipe) when done.
    QString valueText(std::size_t index) const
    {
        const Bytes &value = m_entries.at(index).value;
        return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
    }

    void remove(std::size_t index) { m_entries.erase(m_entries.begin() + index); }
    void clear() { m_entries.clear(); }

private:
    // Entries are moved, never copied, so each value stays in the one buffer that is wiped.
    std::deque<Entry> m_entries;
};

using SessionHistory = BasicSessionHistory<>;

} // namespace passforge
