// ledger_bench: the receipt log's figures against SQLite's own insert rate (plain prepared
// inserts of the same leaf bytes in one transaction, WAL, synchronous=FULL) measured in
// the same run. Not a test: it prints figures and ratios, nothing fails.
//
//   ledger_bench [--dir DIR] [--append N] [--verify N] [--proof-leaves N]
//                [--pg-url postgresql://... [--pg-appenders 2] [--pg-count N]]
//
// With --pg-url (bench/ledger/pg_bench.sh starts a throwaway cluster with fsync and
// synchronous_commit on) it also appends with several Ledger instances into the one
// shared log on PostgreSQL (each its own writer thread and connection, like edges) and
// prints their total rate against the SQLite ledger's rate from the same run.

#include "ledger/ledger.h"
#include "ledger/store.h"
#ifdef SG_BENCH_HAVE_AUDIT
#include "audit/logverify.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace sg::ledger;

namespace {

// CPU seconds of this process (all threads): on a shared machine wall time measures the
// neighbours as much as the code.
double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Receipt benchReceipt(qint64 i)
{
    // Realistic shape: CIDs for manifest, shard and license, a buyer, a token id per
    // hundred receipts, ranges of 1 MiB.
    static const QString cidBase
        = QStringLiteral("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyk");
    Receipt r;
    r.timeMs = 1767225600000 + i;
    r.edge = QStringLiteral("edge-7f3a9c");
    r.buyer = QStringLiteral("buyer-%1").arg(i % 1000);
    r.creator = QStringLiteral("creator-%1").arg(i % 50);
    r.manifest = cidBase.left(50) + QStringLiteral("%1").arg(i % 200, 9, 10, QLatin1Char('0'));
    r.shard = cidBase.left(50) + QStringLiteral("%1").arg(i % 100000, 9, 10, QLatin1Char('0'));
    r.licenseHash = cidBase.left(50) + QStringLiteral("%1").arg(i % 20, 9, 10, QLatin1Char('0'));
    r.range = QStringLiteral("%1-%2").arg((i % 4) << 20).arg(((i % 4 + 1) << 20) - 1);
    r.bytes = 1 << 20;
    r.jti = QStringLiteral("jti-%1").arg(i / 100, 12, 10, QLatin1Char('0'));
    r.job = QStringLiteral("job-%1").arg(i / 1000);
    r.charge = i % 4 == 0 ? 10000 : 0;
    r.kind = kind::access;
    return r;
}

double g_refCpu = 0;

// SQLite's own rate: one prepared INSERT of (seq, leaf bytes) per receipt, one transaction.
double sqliteInsertRate(const QString &path, qint64 n, qint64 *bytesOut)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE t(seq INTEGER PRIMARY KEY, leaf BLOB NOT NULL)",
                 nullptr, nullptr, nullptr);
    QList<QByteArray> leaves;
    leaves.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        Receipt r = benchReceipt(i);
        r.seq = i;
        leaves.append(r.leaf());
    }
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(seq, leaf) VALUES(?, ?)", -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qint64 i = 0; i < n; ++i) {
        sqlite3_bind_int64(st, 1, i);
        sqlite3_bind_blob(st, 2, leaves.at(i).constData(), int(leaves.at(i).size()), SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = t.nsecsElapsed() / 1e9;
    g_refCpu = cpuSeconds() - cpu0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    *bytesOut = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return n / secs;
}

// A stored-hash tree of n leaves written straight into the ledger's tree table.
sg::Status buildTree(const QString &path, qint64 n)
{
    auto db = store::openDatabase(path, QStringLiteral("bench-tree"), false);
    if (!db.ok())
        return db.error();
    SG_TRY(store::migrate(*db));
    QSqlQuery q(*db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    db->transaction();
    q.prepare(QStringLiteral("INSERT INTO tree(chunk, hashes) VALUES(?, ?)"));
    QByteArray chunk;
    qint64 chunkIndex = 0;
    QList<QByteArray> stack;
    const auto put = [&](const QByteArray &h) {
        chunk += h;
        if (chunk.size() == store::kChunkHashes * kHashSize) {
            q.bindValue(0, chunkIndex++);
            q.bindValue(1, chunk);
            q.exec();
            chunk.clear();
        }
    };
    QByteArray leaf(8, 0);
    for (qint64 i = 0; i < n; ++i) {
        qToBigEndian<quint64>(quint64(i), leaf.data());
        QByteArray h = leafHash(leaf);
        put(h);
        for (quint64 s = quint64(i); s & 1; s >>= 1) {
            h = nodeHash(stack.takeLast(), h);
            put(h);
        }
        stack.append(h);
    }
    if (!chunk.isEmpty()) {
        q.bindValue(0, chunkIndex);
        q.bindValue(1, chunk);
        q.exec();
    }
    db->commit();
    return {};
}

void line(const char *what, double value, const char *unit, const char *target)
{
    std::printf("  %-46s %14.3f %-10s %s\n", what, value, unit, target);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto opt = [&](const QString &name, qint64 def) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : def;
    };
    const qint64 appendN = opt(QStringLiteral("--append"), 1000000);
    const qint64 verifyN = opt(QStringLiteral("--verify"), 1000000);
    const qint64 proofN = opt(QStringLiteral("--proof-leaves"), 10000000);
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--dir")); i >= 0 && i + 1 < args.size())
        dir = args.at(i + 1);
    QDir().mkpath(dir + QStringLiteral("/keys"));

    std::printf("ledger_bench: %lld appends, verify %lld leaves, proofs at %lld leaves (dir %s)\n",
                static_cast<long long>(appendN), static_cast<long long>(verifyN),
                static_cast<long long>(proofN), qPrintable(dir));

    // 1. Reference: SQLite's own insert rate, same leaves, same durability settings.
    qint64 refBytes = 0;
    const double sqliteRate = sqliteInsertRate(dir + QStringLiteral("/reference.sqlite"), appendN, &refBytes);
    std::printf(
        "\nreference: SQLite %s prepared INSERT (seq, leaf) in one transaction, WAL, synchronous=FULL\n",
        sqlite3_libversion());
    line("inserts/s (wall)", sqliteRate, "rows/s", "");
    line("inserts per CPU second", appendN / g_refCpu, "rows/cpu-s", "");
    line("bytes per row (leaf stored verbatim)", double(refBytes) / appendN, "B", "");

    // 2. Appending receipts durably through the writer thread (group commits).
    const qint64 n = std::max(appendN, verifyN);
    LedgerOptions o = LedgerOptions::forHome(dir);
    o.origin = QStringLiteral("bench.example/log");
    o.fullCheckOnOpen = false;
    double appendRate = 0;
    double appendCpuRate = 0;
    {
        QList<Receipt> receipts;
        receipts.reserve(n);
        for (qint64 i = 0; i < n; ++i)
            receipts.append(benchReceipt(i));
        auto ledger = Ledger::open(o);
        if (!ledger.ok()) {
            std::fprintf(stderr, "open: %s\n", qPrintable(ledger.errorString()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        for (qint64 i = 0; i < n; ++i) {
            if (!(*ledger)->append(receipts.at(i)).ok())
                return 1;
        }
        if (!(*ledger)->flush().ok())
            return 1;
        appendRate = n / (t.nsecsElapsed() / 1e9);
        appendCpuRate = n / (cpuSeconds() - cpu0);
        (void)(*ledger)->checkpointNow();
    }
    const qint64 ledgerBytes
        = QFileInfo(o.dbPath).size() + QFileInfo(o.dbPath + QStringLiteral("-wal")).size();
    std::printf("\nreceipt log (%lld receipts)\n", static_cast<long long>(n));
    line("appended durably (acknowledged after COMMIT)", appendRate, "receipts/s", "(target >= 100,000/s)");
    line("  ratio to SQLite's own insert rate", appendRate / sqliteRate, "x", "");
    line("appended per CPU second (both threads)", appendCpuRate, "rec/cpu-s", "");
    line("  ratio to SQLite's inserts per CPU second", appendCpuRate / (appendN / g_refCpu), "x", "");
    const double perReceipt = double(ledgerBytes) / n;
    line("bytes on disk per receipt (entries+tree+index)", perReceipt, "B", "");
    line("  extrapolated to 10M receipts", perReceipt * 1e7 / (1024.0 * 1024 * 1024), "GiB",
         "(target < 3 GiB)");
    line("  ratio to SQLite storing the leaf verbatim", perReceipt / (double(refBytes) / appendN), "x", "");

    // 2b. The shared log on PostgreSQL: several appenders at once.
    if (const qsizetype pi = args.indexOf(QStringLiteral("--pg-url")); pi >= 0 && pi + 1 < args.size()) {
        const QString url = args.at(pi + 1);
        const int appenders = int(std::max<qint64>(1, opt(QStringLiteral("--pg-appenders"), 2)));
        const qint64 pgCount = opt(QStringLiteral("--pg-count"), std::min<qint64>(n, 200000));
        std::vector<std::unique_ptr<Ledger>> ledgers;
        for (int a = 0; a < appenders; ++a) {
            LedgerOptions po = LedgerOptions::forHome(dir + QStringLiteral("/pg%1").arg(a), url);
            po.origin = QStringLiteral("bench.example/log");
            auto l = Ledger::open(po);
            if (!l.ok()) {
                std::fprintf(stderr, "open %s: %s\n", qPrintable(url), qPrintable(l.errorString()));
                return 1;
            }
            ledgers.push_back(std::move(*l));
        }
        const qint64 base = ledgers.front()->size();
        const qint64 each = pgCount / appenders;
        QList<Receipt> receipts;
        receipts.reserve(each * appenders);
        for (qint64 i = 0; i < each * appenders; ++i)
            receipts.append(benchReceipt(i));
        std::atomic<qint64> acked { 0 };
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        std::vector<std::unique_ptr<QThread>> threads;
        for (int a = 0; a < appenders; ++a) {
            threads.emplace_back(QThread::create([&, a] {
                Ledger *l = ledgers.at(size_t(a)).get();
                for (qint64 i = 0; i < each; ++i) {
                    (void)l->append(receipts.at(a * each + i), [&acked](const sg::Result<Appended> &r) {
                        if (r.ok())
                            acked.fetch_add(1);
                    });
                }
                (void)l->flush();
            }));
            threads.back()->start();
        }
        for (auto &th : threads)
            th->wait();
        const double secs = t.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const qint64 size = ledgers.front()->size();
        std::printf("\nshared log on PostgreSQL (%d appenders, each its own writer and connection; %s)\n",
                    appenders, qPrintable(QUrl(url).toString(QUrl::RemovePassword | QUrl::RemoveQuery)));
        line("receipts acknowledged after COMMIT", double(acked.load()), "", "");
        line("log grew by (gap-free, one sequence)", double(size - base), "", "");
        line("appended durably, all appenders together", acked.load() / secs, "receipts/s", "");
        line("  ratio to the SQLite ledger above (1 appender)", (acked.load() / secs) / appendRate, "x", "");
        line("  ratio to SQLite's own insert rate", (acked.load() / secs) / sqliteRate, "x", "");
        line("client CPU per receipt (this process)", cpu / std::max<qint64>(1, acked.load()) * 1e6, "us",
             "");
        if (acked.load() != each * appenders || size - base != each * appenders) {
            std::fprintf(stderr, "shared log: %lld acknowledged, log grew by %lld, expected %lld\n",
                         static_cast<long long>(acked.load()), static_cast<long long>(size - base),
                         static_cast<long long>(each * appenders));
            return 1;
        }
        ledgers.clear();
    }

    // 3. Verifying the whole log end to end.
    {
        LedgerOptions ro = o;
        ro.readOnly = true;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
#ifdef SG_BENCH_HAVE_AUDIT
        auto ledger = Ledger::open(ro);
        auto report = sg::audit::verifyLocalLog(**ledger, (*ledger)->verifier());
        if (!report.ok()) {
            std::fprintf(stderr, "verify: %s\n", qPrintable(report.errorString()));
            return 1;
        }
        const qint64 leaves = report->size;
#else
        auto ledger = Ledger::open(ro);
        CompactRange range;
        qint64 leaves = 0;
        const qint64 size = (*ledger)->latestCheckpoint()->checkpoint.size;
        for (qint64 first = 0; first < size; first += 65536) {
            auto batch = (*ledger)->leaves(first, std::min<qint64>(65536, size - first));
            for (const QByteArray &l : std::as_const(*batch)) {
                if (!Receipt::fromLeaf(l).ok())
                    return 1;
                range.appendLeafHash(leafHash(l));
                ++leaves;
            }
        }
        if (range.root() != (*ledger)->latestCheckpoint()->checkpoint.rootHash)
            return 1;
#endif
        const double secs = t.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        std::printf("\nend-to-end verification (read every entry, parse, hash, root vs signed checkpoint)\n");
        line("leaves verified", double(leaves), "", "");
        line("seconds", secs, "s", "(target <= 2 s for 1,000,000)");
        line("  leaves/s", leaves / secs, "leaves/s", "");
        line("CPU seconds", cpu, "cpu-s", "");
        line("  ratio to SQLite's own insert rate", (leaves / secs) / sqliteRate, "x", "");
    }

    // 4. Proofs at proofN leaves from the SQLite tree table.
    {
        const QString treePath = dir + QStringLiteral("/tree.sqlite");
        QElapsedTimer build;
        build.start();
        if (auto st = buildTree(treePath, proofN); !st.ok()) {
            std::fprintf(stderr, "build: %s\n", qPrintable(st.errorString()));
            return 1;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-tree"));
        const double buildSecs = build.nsecsElapsed() / 1e9;
        auto db = store::openDatabase(treePath, QStringLiteral("bench-read"), true);
        {
            store::Reader reader(*db);
            QRandomGenerator rng(1);
            const int rounds = 2000;
            auto root = treeHash(proofN, reader);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < rounds; ++i) {
                const qint64 index = qint64(rng.bounded(quint64(proofN)));
                auto p = inclusionProof(index, proofN, reader);
                if (!p.ok())
                    return 1;
            }
            const double inclMs = t.nsecsElapsed() / 1e6 / rounds;
            t.restart();
            for (int i = 0; i < rounds; ++i) {
                const qint64 old = 1 + qint64(rng.bounded(quint64(proofN - 1)));
                auto p = consistencyProof(old, proofN, reader);
                if (!p.ok())
                    return 1;
            }
            const double consMs = t.nsecsElapsed() / 1e6 / rounds;
            std::printf("\nproofs at %lld leaves (tree table of %lld stored hashes built in %.1f s; random "
                        "indexes, fresh reader)\n",
                        static_cast<long long>(proofN), static_cast<long long>(storedHashCount(proofN)),
                        buildSecs);
            line("inclusion proof", inclMs, "ms", "(target < 1 ms)");
            line("consistency proof", consMs, "ms", "(target < 1 ms)");
            line("  ratio to one SQLite insert", inclMs / (1000.0 / sqliteRate), "x", "");
            Q_UNUSED(root);
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-read"));
    return 0;
}
