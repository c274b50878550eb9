// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing winners and shuffling lists, from the real OS source.
//
// Draws: an entry with k of the T tickets wins first with probability k / T; once it has won,
// all its tickets leave, so the next winner is drawn from the T - k tickets left. The expected
// law of an ordered result (i, j, ...) is therefore k_i / T * k_j / (T - k_i) * ..., computed
// here by hand from the ticket counts. Shuffles: every ordering of the tickets equally likely, so
// each position holds each name with probability (its tickets) / (all tickets).
//
// Power (see ChiSquare.h; caught with probability 1 - 1e-6 at significance 1e-6): the small
// draw is sized for a 1% relative bias in the first winner's least likely entry (k/T = 1/10);
// its ordered pairs and full orders reuse those draws and are stated at the row. The larger
// lists check the ticket tree and the shuffle over more entries, sized for 3%.

#include "ChiSquare.h"

#include "passforge/FairDraw.h"
#include "passforge/OsRandomSource.h"
#include "passforge/PickList.h"
#include "passforge/Random.h"

#include <QList>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using passforge::PickList;
using namespace passforge::stats;

namespace {

// The entries are the single letters a, b, c, ...: the index of a winner is its letter.
int entryIndex(const QString &name)
{
    return name.size() == 1 ? name[0].unicode() - 'a' : -1;
}

// Lines holding entry i ticketCount[i] times, interleaved so that duplicates are not adjacent.
QStringList ticketLines(const QList<int> &ticketCount)
{
    QStringList lines;
    const int most = *std::max_element(ticketCount.begin(), ticketCount.end());
    for (int round = 0; round < most; ++round) {
        for (qsizetype i = ticketCount.size() - 1; i >= 0; --i) {
            if (round < ticketCount[i])
                lines.append(QString(QChar(char16_t(u'a' + i))));
        }
    }
    return lines;
}

} // namespace

class TestPickStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void drawAll();
    void drawTwo();
    void fairDrawWithFreshSeeds();
    void shuffle_data();
    void shuffle();

private:
    passforge::OsRandomSource m_source;
    std::unique_ptr<passforge::Random> m_random;
};

void TestPickStatistics::init()
{
    m_random = std::make_unique<passforge::Random>(m_source);
}

void TestPickStatistics::drawAll()
{
    // a, b, c, d hold 1, 2, 3, 4 of T = 10 tickets; every entry is drawn, in order. The first
    // winner is tested at 1%. The 12 ordered (first, second) pairs (least likely a then b:
    // 1/10 * 2/9 = 0.022) and the 24 full orders (least likely a b c d: 1/10 * 2/9 * 3/7 =
    // 0.0095) reuse the same draws, which catches a 3-4% relative bias in any one of them.
    const QList<int> tickets{1, 2, 3, 4};
    const int entries = 4;
    const double total = 10;
    const PickList list = PickList::fromLines(ticketLines(tickets));
    QCOMPARE(list.entryCount(), entries);
    QCOMPARE(list.ticketCount(), 10);

    std::vector<double> firstP(entries);
    std::vector<double> pairP(entries * entries, 0);
    std::vector<double> orderP(entries * entries * entries * entries, 0);
    for (int i = 0; i < entries; ++i) {
        firstP[i] = tickets[i] / total;
        for (int j = 0; j < entries; ++j) {
            if (j == i)
                continue;
            pairP[i * entries + j] = firstP[i] * tickets[j] / (total - tickets[i]);
            for (int l = 0; l < entries; ++l) {
                if (l == i || l == j)
                    continue;
                const int m = 6 - i - j - l; // the one left
                orderP[((i * entries + j) * entries + l) * entries + m] =
                    pairP[i * entries + j] * tickets[l] / (total - tickets[i] - tickets[j]);
            }
        }
    }

    const std::uint64_t n = samplesForRelativeBias(0.1, entries - 1);
    std::vector<std::uint64_t> first(entries, 0);
    std::vector<std::uint64_t> pairs(pairP.size(), 0);
    std::vector<std::uint64_t> orders(orderP.size(), 0);
    for (std::uint64_t s = 0; s < n; ++s) {
        const QStringList winners = list.draw(*m_random, entries);
        int w[4];
        for (int i = 0; i < entries; ++i) {
            w[i] = entryIndex(winners.value(i));
            if (w[i] < 0 || w[i] >= entries)
                QFAIL(qPrintable(winners.join(u' ')));
        }
        ++first[w[0]];
        // A repeated winner lands in a cell of probability 0, which rejects outright.
        ++pairs[w[0] * entries + w[1]];
        ++orders[((w[0] * entries + w[1]) * entries + w[2]) * entries + w[3]];
    }
    PASSFORGE_VERIFY_FITS(chiSquareTest(first, firstP), QStringLiteral("first winner"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(pairs, pairP), QStringLiteral("first and second"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(orders, orderP), QStringLiteral("full order"));
}

void TestPickStatistics::fairDrawWithFreshSeeds()
{
    // passforge-draw-v1 with a fresh seed from the OS source for each draw: a, b, c, d hold 1, 2,
    // 3 and 4 of T = 10 tickets. The first winner follows k_i / T (tested at a 1% relative bias
    // in the least likely, a), and the ordered pairs of a draw of two follow the sequential law
    // k_i / T * k_j / (T - k_i) (least likely a then b: 0.022, the same draws). With --unique
    // every entry has one ticket: the first winner is uniform, tested at 1% on the first third
    // of the seeds (1/4 needs a third of the draws that 1/10 does).
    const QList<int> tickets{1, 2, 3, 4};
    const int entries = 4;
    const double total = 10;
    const PickList list = PickList::fromLines(ticketLines(tickets));
    std::vector<double> firstP(entries), pairP(entries * entries, 0);
    for (int i = 0; i < entries; ++i) {
        firstP[i] = tickets[i] / total;
        for (int j = 0; j < entries; ++j) {
            if (j != i)
                pairP[i * entries + j] = firstP[i] * tickets[j] / (total - tickets[i]);
        }
    }
    const std::uint64_t n = samplesForRelativeBias(0.1, entries - 1);
    const std::uint64_t uniqueN = samplesForRelativeBias(0.25, entries - 1);
    QVERIFY(uniqueN <= n);
    std::vector<std::uint64_t> first(entries, 0), pairs(pairP.size(), 0), uniqueFirst(entries, 0);
    for (std::uint64_t s = 0; s < n; ++s) {
        const passforge::FairDraw::Seed seed = passforge::FairDraw::freshSeed(*m_random);
        const std::vector<qsizetype> w = passforge::FairDraw::draw(list, seed, 2, false);
        const int a = entryIndex(list.entry(w[0]));
        const int b = entryIndex(list.entry(w[1]));
        if (a < 0 || a >= entries || b < 0 || b >= entries)
            QFAIL("a winner outside the list");
        ++first[a];
        ++pairs[a * entries + b]; // a repeated winner lands in a cell of probability 0
        if (s < uniqueN)
            ++uniqueFirst[entryIndex(
                list.entry(passforge::FairDraw::draw(list, seed, 1, true)[0]))];
    }
    PASSFORGE_VERIFY_FITS(chiSquareTest(first, firstP), QStringLiteral("first winner"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(pairs, pairP), QStringLiteral("first and second"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(uniqueFirst, std::vector<double>(entries, 0.25)),
                          QStringLiteral("first winner, one ticket each"));
}

void TestPickStatistics::drawTwo()
{
    // 13 entries (not a power of two, so the ticket tree's search is uneven) holding 1, 2 or 3
    // tickets. The first winner follows k_i / T; the second winner's marginal law is
    // P(second = j) = sum over i != j of k_i / T * k_j / (T - k_i). Sized for a 3% relative bias
    // in the least likely entry of the first winner (1/T).
    QList<int> tickets;
    for (int i = 0; i < 13; ++i)
        tickets.append(1 + (i * 5) % 3);
    const int entries = static_cast<int>(tickets.size());
    const double total = std::accumulate(tickets.begin(), tickets.end(), 0);
    const PickList list = PickList::fromLines(ticketLines(tickets));
    QCOMPARE(list.entryCount(), entries);

    std::vector<double> firstP(entries);
    std::vector<double> secondP(entries, 0);
    for (int i = 0; i < entries; ++i)
        firstP[i] = tickets[i] / total;
    for (int j = 0; j < entries; ++j) {
        for (int i = 0; i < entries; ++i) {
            if (i != j)
                secondP[j] += firstP[i] * tickets[j] / (total - tickets[i]);
        }
    }

    const std::uint64_t n = samplesForRelativeBias(1 / total, entries - 1, 0.03);
    std::vector<std::uint64_t> first(entries, 0);
    std::vector<std::uint64_t> second(entries, 0);
    std::uint64_t repeated = 0;
    for (std::uint64_t s = 0; s < n; ++s) {
        const QStringList winners = list.draw(*m_random, 2);
        const int a = entryIndex(winners.value(0));
        const int b = entryIndex(winners.value(1));
        if (a < 0 || a >= entries || b < 0 || b >= entries)
            QFAIL(qPrintable(winners.join(u' ')));
        repeated += a == b;
        ++first[a];
        ++second[b];
    }
    QCOMPARE(repeated, 0u);
    PASSFORGE_VERIFY_FITS(chiSquareTest(first, firstP), QStringLiteral("first winner"));
    PASSFORGE_VERIFY_FITS(chiSquareTest(second, secondP), QStringLiteral("second winner"));
}

void TestPickStatistics::shuffle_data()
{
    QTest::addColumn<QList<int>>("tickets"); // tickets per name a, b, c, ...
    QTest::addColumn<double>("bias");        // the relative bias each position must catch
    // Four distinct names, positions sized for 1%; the 24 orderings, tested too on the same
    // shuffles, catch a 3.2% relative bias in one of them.
    QTest::addRow("four distinct names") << QList<int>{1, 1, 1, 1} << 0.01;
    // Nine tickets, a and b twice: a duplicate is an extra ticket, so a and b are twice as
    // likely at every position.
    QTest::addRow("seven names, two of them twice") << QList<int>{2, 2, 1, 1, 1, 1, 1} << 0.03;
}

void TestPickStatistics::shuffle()
{
    QFETCH(QList<int>, tickets);
    QFETCH(double, bias);
    const int names = static_cast<int>(tickets.size());
    const int length = std::accumulate(tickets.begin(), tickets.end(), 0);
    const PickList list = PickList::fromLines(ticketLines(tickets));
    QCOMPARE(list.ticketCount(), length);

    std::vector<double> p(names);
    for (int i = 0; i < names; ++i)
        p[i] = double(tickets[i]) / length;
    const std::uint64_t n =
        samplesForRelativeBias(*std::min_element(p.begin(), p.end()), names - 1, bias);
    const bool distinct = names == 4 && length == 4;
    std::vector<std::uint64_t> byPosition(static_cast<std::size_t>(length) * names, 0);
    std::vector<std::uint64_t> byOrder(distinct ? 256 : 0, 0);
    std::vector<int> seen(names);
    for (std::uint64_t s = 0; s < n; ++s) {
        const QStringList order = list.shuffled(*m_random);
        std::fill(seen.begin(), seen.end(), 0);
        int code = 0;
        for (int pos = 0; pos < length; ++pos) {
            const int e = entryIndex(order.value(pos));
            if (order.size() != length || e < 0 || e >= names || ++seen[e] > tickets[e])
                QFAIL(qPrintable(order.join(u' '))); // not a permutation of the tickets
            ++byPosition[static_cast<std::size_t>(pos) * names + e];
            code = code * names + e;
        }
        if (distinct)
            ++byOrder[code];
    }
    for (int pos = 0; pos < length; ++pos) {
        const auto row =
            std::span(byPosition).subspan(static_cast<std::size_t>(pos) * names, names);
        PASSFORGE_VERIFY_FITS(chiSquareTest(row, p), QStringLiteral("position %1").arg(pos));
    }
    if (distinct) {
        // Codes of the 24 permutations (base-4 digits all different) are 1/24 each; the other
        // codes cannot occur, as the permutation check above makes sure.
        std::vector<double> orderP(byOrder.size(), 0);
        std::vector<int> perm{0, 1, 2, 3};
        do {
            orderP[((perm[0] * 4 + perm[1]) * 4 + perm[2]) * 4 + perm[3]] = 1.0 / 24;
        } while (std::next_permutation(perm.begin(), perm.end()));
        PASSFORGE_VERIFY_FITS(chiSquareTest(byOrder, orderP), QStringLiteral("orderings"));
    }
}

QTEST_GUILESS_MAIN(TestPickStatistics)
#include "tst_stats_pick.moc"
