// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickList.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

#include <stdexcept>

namespace passforge {

namespace {

// A Fenwick tree over ticket counts, so each weighted draw costs O(log n) however long the list.
class TicketTree
{
public:
    explicit TicketTree(const std::vector<qsizetype> &weights)
        : m_tree(weights.size() + 1, 0)
    {
        for (std::size_t i = 0; i < weights.size(); ++i) {
            m_tree[i + 1] += static_cast<std::uint64_t>(weights[i]);
            const std::size_t parent = (i + 1) + ((i + 1) & (~(i + 1) + 1));
            if (parent < m_tree.size())
                m_tree[parent] += m_tree[i + 1];
        }
        for (qsizetype w : weights)
            m_total += static_cast<std::uint64_t>(w);
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

} // namespace

PickList PickList::fromUtf8(QByteArrayView text, Error *error)
{
    auto fail = [&](Error e) {
        if (error)
            *error = e;
        return PickList();
    };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(text);
    if (decoder.hasError())
        return fail(Error::InvalidUtf8);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);

    PickList list;
    qsizetype start = 0;
    const qsizetype size = decoded.size();
    while (start <= size) {
        qsizetype end = decoded.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = size;
        const QString line = QStringView(decoded).mid(start, end - start).trimmed().toString();
        if (!line.isEmpty())
            list.m_tickets.append(line);
        start = end + 1;
    }
    if (list.m_tickets.isEmpty())
        return fail(Error::Empty);
    list.index();
    if (error)
        *error = Error::None;
    return list;
}

PickList PickList::fromLines(const QStringList &lines)
{
    PickList list;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            list.m_tickets.append(trimmed);
    }
    list.index();
    return list;
}

void PickList::index()
{
    QHash<QString, qsizetype> position;
    position.reserve(m_tickets.size());
    m_entries.clear();
    m_ticketsPerEntry.clear();
    for (const QString &ticket : std::as_const(m_tickets)) {
        const auto it = position.constFind(ticket);
        if (it == position.cend()) {
            position.insert(ticket, m_entries.size());
            m_entries.append(ticket);
            m_ticketsPerEntry.push_back(1);
        } else {
            ++m_ticketsPerEntry[static_cast<std::size_t>(*it)];
        }
    }
}

PickList PickList::withoutDuplicates() const
{
    PickList list;
    list.m_tickets = m_entries;
    list.m_entries = m_entries;
    list.m_ticketsPerEntry.assign(static_cast<std::size_t>(m_entries.size()), 1);
    return list;
}

QByteArray PickList::normalised() const
{
    QByteArray out;
    for (const QString &ticket : m_tickets) {
        out += ticket.toUtf8();
        out += '\n';
    }
    return out;
}

QString PickList::sha256Hex() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &ticket : m_tickets) {
        hash.addData(ticket.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList PickList::draw(Random &random, qsizetype count) const
{
    if (count < 1 || count > entryCount())
        throw std::invalid_argument("PickList::draw: count out of range");
    TicketTree tree(m_ticketsPerEntry);
    QStringList winners;
    winners.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const std::size_t entry = tree.find(random.below(tree.total()));
        winners.append(m_entries[static_cast<qsizetype>(entry)]);
        tree.remove(entry, static_cast<std::uint64_t>(m_ticketsPerEntry[entry]));
    }
    return winners;
}

QStringList PickList::shuffled(Random &random) const
{
    QStringList list = m_tickets;
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random.below(static_cast<std::uint64_t>(i) + 1));
        list.swapItemsAt(i, j);
    }
    return list;
}

} // namespace passforge
