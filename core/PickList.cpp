// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickList.h"

#include "Utf8.h"

#include <QCryptographicHash>

#include <cstring>
#include <stdexcept>

namespace passforge {

namespace {

// A Fenwick tree over ticket counts, so each weighted draw costs O(log n) however long the list.
class TicketTree
{
public:
    explicit TicketTree(const std::vector<std::uint32_t> &weights)
        : m_tree(weights.size() + 1, 0)
    {
        for (std::size_t i = 1; i < m_tree.size(); ++i) {
            m_tree[i] += weights[i - 1];
            m_total += weights[i - 1];
            const std::size_t parent = i + (i & (~i + 1));
            if (parent < m_tree.size())
                m_tree[parent] += m_tree[i];
        }
    }
    std::uint64_t total() const { return m_total; }
    // The index whose cumulative range holds ticket t (0-based).
    std::size_t find(std::uint64_t t) const
    {
        std::size_t pos = 0;
        std::size_t step = 1;
        while (step * 2 < m_tree.size())
            step *= 2;
        for (; step > 0; step /= 2) {
            if (pos + step < m_tree.size() && m_tree[pos + step] <= t) {
                pos += step;
                t -= m_tree[pos];
            }
        }
        return pos;
    }
    void remove(std::size_t index, std::uint64_t weight)
    {
        m_total -= weight;
        for (std::size_t i = index + 1; i < m_tree.size(); i += i & (~i + 1))
            m_tree[i] -= weight;
    }

private:
    std::vector<std::uint64_t> m_tree;
    std::uint64_t m_total = 0;
};

std::uint64_t hashBytes(std::string_view s)
{
    // FNV-1a: only spreads entries over the table; no security role.
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// Trims white space and U+FEFF from both ends of a line. Files joined together leave a byte-order
// mark at the start of a line, and QString::fromUtf8 drops a leading U+FEFF, so a name that kept
// one would be shown differently from the bytes hashed into the draw record.
std::string_view trimmedName(std::string_view s)
{
    constexpr std::string_view Bom = "\xEF\xBB\xBF";
    for (;;) {
        s = utf8::trimmed(s);
        if (s.starts_with(Bom))
            s.remove_prefix(Bom.size());
        else if (s.ends_with(Bom))
            s.remove_suffix(Bom.size());
        else
            return s;
    }
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

PickList PickList::fromUtf8(QByteArrayView text, Error *error)
{
    return fromUtf8(text.toByteArray(), error);
}

PickList PickList::fromUtf8(QByteArray &&text, Error *error)
{
    PickList list;
    list.m_text = std::move(text);
    Error result = Error::None;
    if (!list.parse())
        result = Error::InvalidUtf8;
    else if (list.isEmpty())
        result = Error::Empty;
    if (error)
        *error = result;
    return result == Error::None ? list : PickList();
}

PickList PickList::fromLines(const QStringList &lines)
{
    QByteArray text;
    for (const QString &line : lines) {
        text += line.toUtf8();
        text += '\n';
    }
    return fromUtf8(std::move(text));
}

bool PickList::parse()
{
    // Every kept line gets a line feed in the normalised text, written in place: a last line
    // without one needs a byte more than the input has.
    if (!m_text.isEmpty() && !m_text.endsWith('\n'))
        m_text.append('\n');
    const std::string_view all(m_text.constData(), static_cast<std::size_t>(m_text.size()));
    if (!utf8::isValid(all))
        return false;
    std::size_t read = all.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    char *data = m_text.data();
    std::size_t write = 0;
    m_ticketStart.clear();
    // Each kept line is written back no further right than it was read, so the normalised text
    // overwrites the input in place.
    while (read < all.size()) {
        // A line ends at LF, CRLF or a lone CR (old Mac files). Splitting at CR too keeps carriage
        // returns out of names: printed back, one would overwrite the terminal line and show a
        // winner other than the recorded one. CRLF leaves an empty line, which is skipped.
        std::size_t end = all.find_first_of("\r\n", read);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view line = trimmedName(all.substr(read, end - read));
        if (!line.empty()) {
            m_ticketStart.push_back(static_cast<std::uint32_t>(write));
            std::memmove(data + write, line.data(), line.size());
            write += line.size();
            data[write++] = '\n';
        }
        read = end + 1;
    }
    m_text.truncate(static_cast<qsizetype>(write));
    m_text.squeeze();
    if (m_ticketStart.empty())
        return true;
    m_ticketStart.push_back(static_cast<std::uint32_t>(write));
    index();
    return true;
}

std::string_view PickList::ticketBytes(std::size_t index) const
{
    const std::uint32_t start = m_ticketStart[index];
    return {m_text.constData() + start, m_ticketStart[index + 1] - start - 1};
}

void PickList::index()
{
    const std::size_t tickets = m_ticketStart.size() - 1;
    std::size_t capacity = 16;
    while (capacity < tickets * 2)
        capacity *= 2;
    // Open addressing over entry numbers + 1 (0 = empty).
    std::vector<std::uint32_t> table(capacity, 0);
    m_entryFirstTicket.clear();
    m_ticketsPerEntry.clear();
    for (std::size_t t = 0; t < tickets; ++t) {
        const std::string_view bytes = ticketBytes(t);
        std::size_t slot = hashBytes(bytes) & (capacity - 1);
        while (true) {
            const std::uint32_t e = table[slot];
            if (e == 0) {
                table[slot] = static_cast<std::uint32_t>(m_entryFirstTicket.size() + 1);
                m_entryFirstTicket.push_back(static_cast<std::uint32_t>(t));
                m_ticketsPerEntry.push_back(1);
                break;
            }
            if (ticketBytes(m_entryFirstTicket[e - 1]) == bytes) {
                ++m_ticketsPerEntry[e - 1];
                break;
            }
            slot = (slot + 1) & (capacity - 1);
        }
    }
}

QString PickList::ticket(qsizetype index) const
{
    return toQString(ticketBytes(static_cast<std::size_t>(index)));
}

QString PickList::entry(qsizetype index) const
{
    return toQString(ticketBytes(m_entryFirstTicket[static_cast<std::size_t>(index)]));
}

QStringList PickList::tickets() const
{
    QStringList list;
    list.reserve(ticketCount());
    for (qsizetype i = 0; i < ticketCount(); ++i)
        list.append(ticket(i));
    return list;
}

QStringList PickList::entries() const
{
    QStringList list;
    list.reserve(entryCount());
    for (qsizetype i = 0; i < entryCount(); ++i)
        list.append(entry(i));
    return list;
}

qsizetype PickList::longestEntryBytes() const
{
    std::size_t longest = 0;
    for (std::uint32_t first : m_entryFirstTicket)
        longest = std::max(longest, ticketBytes(first).size());
    return static_cast<qsizetype>(longest);
}

PickList PickList::withoutDuplicates() const
{
    QByteArray text;
    for (std::uint32_t first : m_entryFirstTicket) {
        const std::string_view bytes = ticketBytes(first);
        text.append(bytes.data(), static_cast<qsizetype>(bytes.size()));
        text += '\n';
    }
    return fromUtf8(std::move(text));
}

QString PickList::sha256Hex() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(m_text, QCryptographicHash::Sha256).toHex());
}

QStringList PickList::draw(Random &random, qsizetype count) const
{
    if (count < 1 || count > entryCount())
        throw std::invalid_argument("PickList::draw: count out of range");
    TicketTree tree(m_ticketsPerEntry);
    QStringList winners;
    winners.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const std::size_t e = tree.find(random.below(tree.total()));
        winners.append(entry(static_cast<qsizetype>(e)));
        tree.remove(e, m_ticketsPerEntry[e]);
    }
    return winners;
}

QStringList PickList::shuffled(Random &random) const
{
    std::vector<std::uint32_t> order(static_cast<std::size_t>(ticketCount()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    for (std::size_t i = order.size(); i-- > 1;)
        std::swap(order[i], order[static_cast<std::size_t>(random.below(i + 1))]);
    QStringList list;
    list.reserve(ticketCount());
    for (std::uint32_t t : order)
        list.append(ticket(t));
    return list;
}

} // namespace passforge
