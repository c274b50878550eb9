// SPDX-License-Identifier: GPL-3.0-or-later
#include "PickList.h"

#include "Utf8.h"

#include <QCryptographicHash>
#include <QHash>

#include <unicode/uspoof.h>

#include <algorithm>
#include <cstring>
#include <memory>
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

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The code point starting at s[i] of valid UTF-8, and its length in bytes.
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t *length)
{
    const auto b = [&](std::size_t k) {
        return static_cast<unsigned char>(s[i + k]);
    };
    const unsigned char lead = b(0);
    if (lead < 0x80) {
        *length = 1;
        return lead;
    }
    if (lead < 0xE0) {
        *length = 2;
        return (char32_t(lead & 0x1F) << 6) | (b(1) & 0x3F);
    }
    if (lead < 0xF0) {
        *length = 3;
        return (char32_t(lead & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    }
    *length = 4;
    return (char32_t(lead & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) |
           (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

} // namespace

QString PickList::Refusal::codePointName() const
{
    return QStringLiteral("U+") + QStringLiteral("%1")
                                      .arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0'))
                                      .toUpper();
}

bool PickList::isRefused(char32_t c, Refusal::Kind *kind)
{
    Refusal::Kind k;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        k = Refusal::Kind::Control; // C0, DEL and C1
    else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        k = Refusal::Kind::Bidirectional;
    else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD)
        k = Refusal::Kind::Invisible;
    else
        return false;
    if (kind)
        *kind = k;
    return true;
}

namespace {

PickList parseRead(ListFile &&read, PickList::Error *error, PickList::Refusal *refusal,
                   QString *systemMessage)
{
    PickList::Error result = PickList::Error::None;
    switch (read.status) {
    case ListFile::Status::Ok:
        return PickList::fromUtf8(std::move(read.data), error, refusal);
    case ListFile::Status::IsDirectory:
        result = PickList::Error::IsDirectory;
        break;
    case ListFile::Status::CannotOpen:
    case ListFile::Status::ReadError:
        result = PickList::Error::Unreadable;
        if (systemMessage)
            *systemMessage = read.errorString;
        break;
    case ListFile::Status::TooLarge:
        result = PickList::Error::TooLarge;
        break;
    }
    if (error)
        *error = result;
    return {};
}

} // namespace

PickList PickList::fromFile(const QString &path, Error *error, Refusal *refusal,
                            QString *systemMessage)
{
    return parseRead(ListFile::read(path), error, refusal, systemMessage);
}

PickList PickList::fromDevice(QIODevice &device, Error *error, Refusal *refusal,
                              QString *systemMessage)
{
    return parseRead(ListFile::read(device), error, refusal, systemMessage);
}

PickList PickList::fromUtf8(QByteArrayView text, Error *error, Refusal *refusal)
{
    return fromUtf8(text.toByteArray(), error, refusal);
}

PickList PickList::fromUtf8(QByteArray &&text, Error *error, Refusal *refusal)
{
    PickList list;
    list.m_text = std::move(text);
    Error result = list.m_text.size() > MaxBytes ? Error::TooLarge : list.parse(refusal);
    if (result == Error::None && list.isEmpty())
        result = Error::Empty;
    // Hashed once, with the parse (off the window's thread for a long list), not per draw.
    if (result == Error::None)
        list.m_sha256 = QCryptographicHash::hash(list.m_text, QCryptographicHash::Sha256);
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

PickList::Error PickList::parse(Refusal *refusal)
{
    // Every kept line gets a line feed in the normalised text, written in place: a last line
    // without one needs a byte more than the input has.
    if (!m_text.isEmpty() && !m_text.endsWith('\n'))
        m_text.append('\n');
    const std::string_view all(m_text.constData(), static_cast<std::size_t>(m_text.size()));
    if (!utf8::isValid(all))
        return Error::InvalidUtf8;
    std::size_t read = all.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    char *data = m_text.data();
    std::size_t write = 0;
    // NFC can lengthen a name (a composition exclusion such as U+0958 decomposes): from the first
    // such name on, the text goes to a new buffer instead of in place.
    QByteArray grown;
    bool inPlace = true;
    m_ticketStart.clear();
    m_ticketLine.clear();
    std::uint32_t lineNumber = 0;
    while (read < all.size()) {
        // passforge-draw-v1's lines: a line ends at LF, and the CR of a CRLF is white space, which
        // trimming removes. A CR anywhere else stays in the line and is refused below as a control
        // character, so no name printed back can overwrite the terminal line.
        std::size_t end = all.find('\n', read);
        if (end == std::string_view::npos)
            end = all.size();
        ++lineNumber;
        const std::string_view line = utf8::trimmed(all.substr(read, end - read));
        read = end + 1;
        if (line.empty())
            continue;
        for (std::size_t i = 0; i < line.size();) {
            std::size_t length = 1;
            const char32_t c = decodeAt(line, i, &length);
            Refusal::Kind kind;
            if (isRefused(c, &kind)) {
                if (refusal)
                    *refusal = {static_cast<qsizetype>(lineNumber), c, kind};
                return Error::RefusedCharacter;
            }
            i += length;
        }
        QByteArray composed;
        std::string_view name = line;
        if (!isAscii(line)) {
            composed = toQString(line).normalized(QString::NormalizationForm_C).toUtf8();
            name =
                std::string_view(composed.constData(), static_cast<std::size_t>(composed.size()));
        }
        if (inPlace && write + name.size() + 1 > read) {
            inPlace = false;
            grown = QByteArray(data, static_cast<qsizetype>(write));
        }
        if (static_cast<qint64>((inPlace ? write : static_cast<std::size_t>(grown.size())) +
                                name.size() + 1) > MaxBytes)
            return Error::TooLarge;
        const std::size_t start = inPlace ? write : static_cast<std::size_t>(grown.size());
        m_ticketStart.push_back(static_cast<std::uint32_t>(start));
        m_ticketLine.push_back(lineNumber);
        if (inPlace) {
            std::memmove(data + write, name.data(), name.size());
            write += name.size();
            data[write++] = '\n';
        } else {
            grown.append(name.data(), static_cast<qsizetype>(name.size()));
            grown.append('\n');
        }
    }
    if (inPlace) {
        m_text.truncate(static_cast<qsizetype>(write));
    } else {
        m_text = std::move(grown);
        write = static_cast<std::size_t>(m_text.size());
    }
    m_text.squeeze();
    if (m_ticketStart.empty())
        return Error::None;
    m_ticketStart.push_back(static_cast<std::uint32_t>(write));
    index();
    return Error::None;
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

qsizetype PickList::entryLine(qsizetype index) const
{
    return m_ticketLine[m_entryFirstTicket[static_cast<std::size_t>(index)]];
}

std::vector<PickList::Lookalike> PickList::lookalikes() const
{
    std::vector<Lookalike> pairs;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(uspoof_open(&status),
                                                                          &uspoof_close);
    if (U_FAILURE(status))
        throw std::runtime_error("PickList: ICU's confusable data is not available");
    QHash<QString, qsizetype> firstBySkeleton;
    firstBySkeleton.reserve(entryCount());
    std::vector<UChar> skeleton(64);
    for (qsizetype e = 0; e < entryCount(); ++e) {
        const QString name = entry(e);
        int32_t length = 0;
        for (;;) {
            status = U_ZERO_ERROR;
            length =
                uspoof_getSkeleton(checker.get(), 0, reinterpret_cast<const UChar *>(name.utf16()),
                                   static_cast<int32_t>(name.size()), skeleton.data(),
                                   static_cast<int32_t>(skeleton.size()), &status);
            if (status != U_BUFFER_OVERFLOW_ERROR)
                break;
            skeleton.resize(static_cast<std::size_t>(length) + 1);
        }
        if (U_FAILURE(status))
            throw std::runtime_error("PickList: ICU could not compute a confusable skeleton");
        const QString key(reinterpret_cast<const QChar *>(skeleton.data()), length);
        const auto it = firstBySkeleton.constFind(key);
        if (it == firstBySkeleton.constEnd())
            firstBySkeleton.insert(key, e);
        else
            pairs.push_back({it.value(), e});
    }
    return pairs;
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
    return QString::fromLatin1(m_sha256.toHex());
}

QStringList PickList::draw(Random &random, qsizetype count) const
{
    QStringList winners;
    winners.reserve(count);
    for (qsizetype e : drawIndices(random, count))
        winners.append(entry(e));
    return winners;
}

std::vector<qsizetype> PickList::drawIndices(Random &random, qsizetype count,
                                             const std::vector<qsizetype> &excluded) const
{
    return drawIndices([&random](std::uint64_t n) { return random.below(n); }, count, false,
                       excluded);
}

std::vector<qsizetype>
PickList::drawIndices(const std::function<std::uint64_t(std::uint64_t)> &below, qsizetype count,
                      bool unique, const std::vector<qsizetype> &excluded) const
{
    const std::vector<std::uint32_t> ones(unique ? m_ticketsPerEntry.size() : 0, 1);
    const std::vector<std::uint32_t> &weights = unique ? ones : m_ticketsPerEntry;
    TicketTree tree(weights);
    std::vector<bool> out(m_ticketsPerEntry.size(), false);
    qsizetype left = entryCount();
    for (qsizetype e : excluded) {
        if (e < 0 || e >= entryCount())
            throw std::invalid_argument("PickList::drawIndices: no such entry");
        if (out[static_cast<std::size_t>(e)])
            continue;
        out[static_cast<std::size_t>(e)] = true;
        tree.remove(static_cast<std::size_t>(e), weights[static_cast<std::size_t>(e)]);
        --left;
    }
    if (count < 1 || count > left)
        throw std::invalid_argument("PickList::draw: count out of range");
    std::vector<qsizetype> winners;
    winners.reserve(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const std::size_t e = tree.find(below(tree.total()));
        winners.push_back(static_cast<qsizetype>(e));
        tree.remove(e, weights[e]);
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
