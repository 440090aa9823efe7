// Credit debits per second — what an edge's gate does on the first delivery of a shard
// (Accounts::charge: lock the account, check, conditional UPDATE, billed + journal +
// payout rows, COMMIT) — on SQLite in a home vs on PostgreSQL, in the same run.
//
//   market_pg_bench PG_URL_SAME PG_URL_SPREAD [CHARGES_PER_THREAD]
//
// Two workloads, each with 1 and 4 threads (each thread its own connection, half of them
// through a second Market as a second edge would):
//   same   — every thread charges one buyer (worst case: one account, serialised)
//   spread — each thread charges its own buyer (PostgreSQL runs them in parallel)
// Prints charges/s per backend and the ratio PostgreSQL / SQLite. Not a test.

#include "common/money.h"
#include "market/market.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>

using namespace sg;
using namespace sg::market;

namespace {

struct Run
{
    double perSec = 0;
    int failed = 0;
};

Run runOnce(const QString &url, const QString &home, int threads, bool spread, int perThread, int round)
{
    std::vector<std::unique_ptr<Market>> markets;
    for (int i = 0; i < 2; ++i) {
        MarketOptions o;
        // SQLite: two Markets on one home (one file, as two processes on one host);
        // PostgreSQL: two homes on one database, as two edges.
        o.home = url.isEmpty() ? home : home + QStringLiteral("/edge%1").arg(i);
        o.dbUrl = url;
        auto m = Market::open(o);
        if (!m) {
            std::fprintf(stderr, "open: %s\n", qPrintable(m.errorString()));
            std::exit(1);
        }
        markets.push_back(std::move(*m));
    }
    for (int t = 0; t < (spread ? threads : 1); ++t) {
        const QString buyer = QStringLiteral("b%1-%2-%3").arg(round).arg(spread).arg(t);
        if (!markets[0]->accounts().create(buyer, qint64(1000000) * kMicrosPerUnit)) {
            std::fprintf(stderr, "cannot create buyer\n");
            std::exit(1);
        }
    }
    std::atomic<int> failed { 0 };
    QList<QThread *> list;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < threads; ++t) {
        Accounts *acc = &markets[t % 2]->accounts();
        list.append(QThread::create([=, &failed] {
            ChargeRequest r;
            r.buyer = QStringLiteral("b%1-%2-%3").arg(round).arg(spread).arg(spread ? t : 0);
            r.job = QStringLiteral("job-%1").arg(t);
            r.manifest = QStringLiteral("manifest");
            r.creator = QStringLiteral("creator");
            r.amount = 10000;
            r.currency = QStringLiteral("USD");
            for (int i = 0; i < perThread; ++i) {
                r.shard = QStringLiteral("shard-%1").arg(i);
                auto c = acc->charge(r);
                if (!c || !c->charged) {
                    if (failed.fetch_add(1) == 0)
                        std::fprintf(stderr, "first failed charge: %s\n",
                                     c ? "not charged" : qPrintable(c.errorString()));
                }
            }
        }));
        list.last()->start();
    }
    for (QThread *t : list) {
        t->wait();
        delete t;
    }
    Run out;
    out.perSec = double(threads) * perThread / (double(timer.nsecsElapsed()) / 1e9);
    out.failed = failed.load();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 3) {
        std::fprintf(stderr, "usage: market_pg_bench PG_URL_SAME PG_URL_SPREAD [CHARGES_PER_THREAD]\n");
        return 2;
    }
    const int perThread = a.size() > 3 ? a.at(3).toInt() : 500;
    QTemporaryDir tmp;
    std::printf("%-7s %-7s %8s %14s %14s %8s\n", "load", "threads", "charges", "sqlite/s", "postgresql/s",
                "pg/sqlite");
    int round = 0;
    for (bool spread : { false, true }) {
        for (int threads : { 1, 4 }) {
            ++round;
            const QString home = tmp.filePath(QStringLiteral("r%1").arg(round));
            const Run lite = runOnce({}, home, threads, spread, perThread, round);
            const Run pg = runOnce(spread ? a.at(2) : a.at(1), home + QStringLiteral("-pg"), threads, spread,
                                   perThread, round);
            std::printf("%-7s %-7d %8d %14.0f %14.0f %8.2f%s\n", spread ? "spread" : "same", threads,
                        threads * perThread, lite.perSec, pg.perSec, pg.perSec / lite.perSec,
                        (lite.failed || pg.failed) ? "  (some charges failed!)" : "");
        }
    }
    return 0;
}
