// The SQLite receipt log: append, durability callbacks, reopen, proofs/tiles/bundles read
// back from the database (checked against an in-memory tree), checkpoints on a manual
// clock, void leaves for unused reservations, disk full, corruption and locking.

#include "crypto/encoding.h"
#include "ledger/ledger.h"
#include "receiptfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace sg::ledger;

using sg::test::makeReceipt;

namespace {

// Runs SQL on the database file through a separate connection (to damage it on purpose).
void sql(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TstLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sg::ManualClock m_clock;
    int m_n = 0;

    LedgerOptions options(const QString &name)
    {
        LedgerOptions o = LedgerOptions::forHome(m_dir.path() + QLatin1Char('/') + name);
        QDir().mkpath(m_dir.path() + QLatin1Char('/') + name + QStringLiteral("/keys"));
        o.clock = &m_clock;
        o.origin = QStringLiteral("test.example/log");
        o.reserveBlock = 64;
        o.maxBatch = 50;
        return o;
    }

private Q_SLOTS:
    void appendReopenAndProve()
    {
        const LedgerOptions o = options(QStringLiteral("a"));
        MemoryTree reference;
        const int count = 1000;
        {
            auto ledger = Ledger::open(o);
            QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
            std::mutex m;
            QList<qint64> acked;
            for (int i = 0; i < count; ++i) {
                Receipt r = makeReceipt(i);
                auto a = (*ledger)->append(r, [&](const sg::Result<Appended> &res) {
                    QVERIFY(res.ok());
                    std::lock_guard lk(m);
                    acked.append(res->seq);
                });
                QVERIFY2(a.ok(), qPrintable(a.errorString()));
                QCOMPARE(a->seq, i);
                r.seq = i;
                QCOMPARE(a->leafHash, leafHash(r.leaf()));
                reference.appendLeaf(r.leaf());
            }
            QVERIFY((*ledger)->flush().ok());
            QCOMPARE((*ledger)->size(), count);
            {
                std::lock_guard lk(m);
                QCOMPARE(acked.size(), count);
                for (int i = 0; i < count; ++i)
                    QCOMPARE(acked.at(i), i);
            }
            auto cp = (*ledger)->checkpointNow();
            QVERIFY2(cp.ok(), qPrintable(cp.errorString()));
            QCOMPARE(cp->checkpoint.size, count);
            QCOMPARE(cp->checkpoint.rootHash, reference.root());
            QVERIFY(openCheckpoint(cp->note, (*ledger)->verifier()).ok());
        }
        // Reopen read-only (another process would do the same) and read everything back.
        LedgerOptions ro = o;
        ro.readOnly = true;
        auto ledger = Ledger::open(ro);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        QCOMPARE((*ledger)->openReport().voided, 0);
        QCOMPARE((*ledger)->size(), count);
        QVERIFY(!(*ledger)->append(makeReceipt(0)).ok());
        for (qint64 size : { 1, 2, 7, 255, 256, 257, 999, 1000 }) {
            QCOMPARE(*(*ledger)->rootAt(size), *treeHash(size, reference));
            for (qint64 index : { qint64(0), size / 2, size - 1 })
                QCOMPARE(*(*ledger)->inclusionProof(index, size), *inclusionProof(index, size, reference));
            for (qint64 old : { qint64(1), size / 3 + 1, size })
                QCOMPARE(*(*ledger)->consistencyProof(old, size), *consistencyProof(old, size, reference));
        }
        QVERIFY(!(*ledger)->inclusionProof(0, count + 1).ok());
        auto r = (*ledger)->receipt(123);
        QVERIFY(r.ok());
        Receipt expected = makeReceipt(123);
        expected.seq = 123;
        QCOMPARE(*r, expected);
        // Bundle verifies offline with only the verifier key.
        auto vkey = NoteVerifier::fromVerifierKey((*ledger)->verifierKey());
        QVERIFY(vkey.ok());
        auto bundle = (*ledger)->bundle(777);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        auto text = ReceiptBundle::fromJsonText(QJsonDocument((*bundle).toJson()).toJson());
        QVERIFY(text.ok());
        QVERIFY2(verifyBundle(*text, *vkey).ok(), qPrintable(verifyBundle(*text, *vkey).errorString()));
        ReceiptBundle tampered = *text;
        tampered.receipt.charge += 1;
        QVERIFY(!verifyBundle(tampered, *vkey).ok());
        // Tiles: level 0 full and partial hash tiles, level 1 partial, entry bundles.
        auto t0 = (*ledger)->tile(u"tile/0/000");
        QVERIFY2(t0.ok(), qPrintable(t0.errorString()));
        QCOMPARE(t0->size(), 256 * 32);
        QCOMPARE(t0->mid(5 * 32, 32), *reference.readHashes({ storedHashIndex(0, 5) })->constBegin());
        auto p3 = (*ledger)->tile(u"tile/0/003.p/232");
        QVERIFY2(p3.ok(), qPrintable(p3.errorString()));
        QCOMPARE(p3->right(32), *reference.readHashes({ storedHashIndex(0, 999) })->constBegin());
        QCOMPARE((*ledger)->tile(u"tile/0/003").errorCode(), QStringLiteral("notfound"));
        auto t1 = (*ledger)->tile(u"tile/1/000.p/3");
        QVERIFY2(t1.ok(), qPrintable(t1.errorString()));
        QCOMPARE(t1->mid(64, 32), *reference.readHashes({ storedHashIndex(8, 2) })->constBegin());
        auto e = (*ledger)->tile(u"tile/entries/001");
        QVERIFY(e.ok());
        auto leaves = parseEntryBundle(*e);
        QVERIFY(leaves.ok());
        QCOMPARE(leaves->size(), 256);
        QCOMPARE(leafHash(leaves->at(10)), *reference.readHashes({ storedHashIndex(0, 266) })->constBegin());
        QVERIFY(!(*ledger)->tile(u"tile/entries/003").ok());
        QVERIFY((*ledger)->tile(u"tile/entries/003.p/232").ok());
        QVERIFY(!(*ledger)->tile(u"tile/entries/003.p/233").ok());
        // Proof JSON for the HTTP routes.
        auto pj = (*ledger)->inclusionProofJson(5, 8);
        QVERIFY(pj.ok());
        QCOMPARE(pj->value(QStringLiteral("proof")).toArray().size(), 3);
    }

    // Several threads append at once (an edge's worker threads). append() builds the leaf
    // outside the log's mutex, so slots are filled out of order; every number must still be
    // handed out once, the writer must commit in order, the (seq, hash) each caller got
    // must be the stored leaf's, and the tree must be the one over the leaves in seq order.
    // Small blocks and batches make appenders wait for reservations and the writer cut
    // many groups meanwhile.
    void concurrentAppendersGetDistinctNumbers()
    {
        LedgerOptions o = options(QStringLiteral("threads"));
        o.maxBatch = 7;
        o.groupCommitWaitUs = 200;
        auto ledger = Ledger::open(o);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        constexpr int kThreads = 4;
        constexpr int kPerThread = 400;
        std::vector<std::vector<std::pair<Appended, Receipt>>> got(kThreads);
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int k = 0; k < kPerThread; ++k) {
                    Receipt r = makeReceipt(t * kPerThread + k);
                    r.jti = QStringLiteral("thread-%1-%2").arg(t).arg(k);
                    auto a = (*ledger)->append(r);
                    if (!a.ok()) {
                        failures.fetch_add(1);
                        continue;
                    }
                    got[t].emplace_back(*a, r);
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY((*ledger)->flush().ok());
        const qint64 total = qint64(kThreads) * kPerThread;
        QCOMPARE((*ledger)->size(), total);
        QList<QByteArray> bySeq(total);
        for (const auto &list : got) {
            qint64 last = -1;
            for (const auto &[a, r] : list) {
                QVERIFY(a.seq >= 0 && a.seq < total);
                QVERIFY2(bySeq[a.seq].isEmpty(), "a number was handed out twice");
                QVERIFY(a.seq > last); // one thread's receipts keep their order
                last = a.seq;
                Receipt expected = r;
                expected.seq = a.seq;
                auto stored = (*ledger)->receipt(a.seq);
                QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
                QCOMPARE(*stored, expected);
                QCOMPARE(a.leafHash, leafHash(expected.leaf()));
                bySeq[a.seq] = expected.leaf();
            }
        }
        MemoryTree reference;
        for (const QByteArray &leaf : std::as_const(bySeq))
            reference.appendLeaf(leaf);
        auto cp = (*ledger)->checkpointNow();
        QVERIFY2(cp.ok(), qPrintable(cp.errorString()));
        QCOMPARE(cp->checkpoint.size, total);
        QCOMPARE(cp->checkpoint.rootHash, reference.root());
    }

    void checkpointsFollowTheClock()
    {
        LedgerOptions o = options(QStringLiteral("b"));
        auto ledger = Ledger::open(o);
        QVERIFY(ledger.ok());
        QCOMPARE((*ledger)->latestCheckpoint().errorCode(), QStringLiteral("notfound"));
        QVERIFY((*ledger)->append(makeReceipt(0)).ok());
        QVERIFY((*ledger)->flush().ok());
        // The first commit is checkpointed at once.
        QCOMPARE((*ledger)->latestCheckpoint()->checkpoint.size, 1);
        QVERIFY((*ledger)->append(makeReceipt(1)).ok());
        QVERIFY((*ledger)->flush().ok());
        QCOMPARE((*ledger)->latestCheckpoint()->checkpoint.size, 1); // less than a second later
        m_clock.advanceMs(1000);
        QVERIFY((*ledger)->append(makeReceipt(2)).ok());
        QVERIFY((*ledger)->flush().ok());
        QCOMPARE((*ledger)->latestCheckpoint()->checkpoint.size, 3);
        auto all = (*ledger)->checkpoints();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        // Consecutive checkpoints are consistent.
        const Checkpoint a = all->at(0).checkpoint, b = all->at(1).checkpoint;
        QVERIFY(verifyConsistency(a.size, b.size, a.rootHash, b.rootHash,
                                  *(*ledger)->consistencyProof(a.size, b.size))
                    .ok());
        QCOMPARE((*ledger)->bundle(2).errorCode(), QString());
        QVERIFY((*ledger)->append(makeReceipt(3)).ok());
        QVERIFY((*ledger)->flush().ok());
        QCOMPARE((*ledger)->bundle(3).errorCode(), QStringLiteral("notfound")); // not covered yet
    }

    void unusedReservationsBecomeVoid()
    {
        LedgerOptions o = options(QStringLiteral("c"));
        {
            auto ledger = Ledger::open(o);
            QVERIFY(ledger.ok());
            for (int i = 0; i < 10; ++i)
                QVERIFY((*ledger)->append(makeReceipt(i)).ok());
            QVERIFY((*ledger)->flush().ok());
        }
        // A clean close returns the reservation: no voids.
        {
            auto ledger = Ledger::open(o);
            QVERIFY(ledger.ok());
            QCOMPARE((*ledger)->openReport().voided, 0);
            QCOMPARE((*ledger)->size(), 10);
        }
        // What a crash leaves: a durable reservation beyond the last entry.
        sql(o.dbPath, QStringLiteral("UPDATE meta SET value = '74' WHERE key = 'reserved'"));
        auto ledger = Ledger::open(o);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        QCOMPARE((*ledger)->openReport().voided, 64);
        QCOMPARE((*ledger)->size(), 74);
        QCOMPARE((*ledger)->receipt(10)->kind, kind::voided);
        QCOMPARE((*ledger)->receipt(73)->kind, kind::voided);
        QCOMPARE((*ledger)->receipt(9)->kind, kind::access);
        auto a = (*ledger)->append(makeReceipt(99));
        QVERIFY(a.ok());
        QCOMPARE(a->seq, 74); // gap-free
        QVERIFY((*ledger)->flush().ok());
        auto cp = (*ledger)->checkpointNow();
        QVERIFY(cp.ok());
        QCOMPARE(cp->checkpoint.size, 75);
    }

    void diskFullFailsCleanly()
    {
        LedgerOptions o = options(QStringLiteral("d"));
        o.maxDatabaseBytes = 96 * 1024;
        o.fullCheckOnOpen = false;
        std::atomic<int> ok { 0 }, failed { 0 };
        qint64 lastAcked = -1;
        std::mutex m;
        {
            auto ledger = Ledger::open(o);
            QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
            bool refused = false;
            for (int i = 0; i < 20000 && !refused; ++i) {
                auto a = (*ledger)->append(makeReceipt(i), [&](const sg::Result<Appended> &r) {
                    if (r.ok()) {
                        ++ok;
                        std::lock_guard lk(m);
                        lastAcked = std::max(lastAcked, r->seq);
                    } else {
                        ++failed;
                    }
                });
                if (!a.ok())
                    refused = true;
                if (i % 100 == 99)
                    (void)(*ledger)->flush();
            }
            QVERIFY(refused);
            QVERIFY(!(*ledger)->writerStatus().ok());
            QVERIFY((*ledger)->writerStatus().errorString().contains(QLatin1String("full")));
            QVERIFY(!(*ledger)->flush().ok());
        }
        QVERIFY(ok > 0);
        QVERIFY(failed > 0);
        // Reopened without the limit: every acknowledged receipt is there, the tree agrees,
        // and unused reserved numbers are void.
        o.maxDatabaseBytes = 0;
        o.fullCheckOnOpen = true;
        auto ledger = Ledger::open(o);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        QVERIFY((*ledger)->size() > lastAcked);
        QCOMPARE((*ledger)->receipt(lastAcked)->kind, kind::access);
        QVERIFY((*ledger)->checkpointNow().ok());
    }

    void tamperedTailIsReported()
    {
        LedgerOptions o = options(QStringLiteral("e"));
        {
            auto ledger = Ledger::open(o);
            QVERIFY(ledger.ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY((*ledger)->append(makeReceipt(i)).ok());
            QVERIFY((*ledger)->checkpointNow().ok());
        }
        // An edited entry no longer matches its leaf hash.
        sql(o.dbPath, QStringLiteral("UPDATE entries SET charge = charge + 1 WHERE seq = 299"));
        auto ledger = Ledger::open(o);
        QVERIFY(!ledger.ok());
        QVERIFY2(ledger.errorCode() == QStringLiteral("corrupt"), qPrintable(ledger.errorString()));
        QVERIFY(ledger.errorString().contains(QLatin1String("entry 299")));
        sql(o.dbPath, QStringLiteral("UPDATE entries SET charge = charge - 1 WHERE seq = 299"));
        QVERIFY(Ledger::open(o).ok());
        // A lost tail row (entries and tree disagree).
        sql(o.dbPath, QStringLiteral("DELETE FROM entries WHERE seq = (SELECT max(seq) FROM entries)"));
        ledger = Ledger::open(o);
        QVERIFY(!ledger.ok());
        QVERIFY2(ledger.errorCode() == QStringLiteral("corrupt"), qPrintable(ledger.errorString()));
    }

    void corruptPageIsReported()
    {
        LedgerOptions o = options(QStringLiteral("f"));
        {
            auto ledger = Ledger::open(o);
            QVERIFY(ledger.ok());
            for (int i = 0; i < 3000; ++i)
                QVERIFY((*ledger)->append(makeReceipt(i)).ok());
            QVERIFY((*ledger)->checkpointNow().ok());
        }
        // Move everything into the main file, then scribble over a page in the middle.
        sql(o.dbPath, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile f(o.dbPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 8);
        f.seek((pages / 2) * 4096 + 100);
        f.write(QByteArray(2000, '\x5a'));
        f.close();
        auto ledger = Ledger::open(o);
        QVERIFY(!ledger.ok());
        QVERIFY2(ledger.errorCode() == QStringLiteral("corrupt"), qPrintable(ledger.errorString()));
    }

    void secondWriterIsRefused()
    {
        LedgerOptions o = options(QStringLiteral("g"));
        auto first = Ledger::open(o);
        QVERIFY(first.ok());
        auto second = Ledger::open(o);
        QVERIFY(!second.ok());
        QCOMPARE(second.errorCode(), QStringLiteral("locked"));
        LedgerOptions ro = o;
        ro.readOnly = true;
        QVERIFY(Ledger::open(ro).ok());
    }

    void badInput()
    {
        LedgerOptions o = options(QStringLiteral("h"));
        auto ledger = Ledger::open(o);
        QVERIFY(ledger.ok());
        Receipt r = makeReceipt(0);
        r.kind = QStringLiteral("Bad Kind");
        QVERIFY(!(*ledger)->append(r).ok());
        r = makeReceipt(0);
        r.tx = QString(70000, QLatin1Char('x'));
        QVERIFY(!(*ledger)->append(r).ok());
        // Nothing was queued; the next receipt still gets 0.
        auto a = (*ledger)->append(makeReceipt(0));
        QVERIFY(a.ok());
        QCOMPARE(a->seq, 0);
        LedgerOptions missing = o;
        missing.dbPath = m_dir.path() + QStringLiteral("/nothing/here.sqlite");
        missing.readOnly = true;
        QCOMPARE(Ledger::open(missing).errorCode(), QStringLiteral("notfound"));
        QVERIFY(!(*ledger)->tile(u"tile/0/1").ok());
    }
};

QTEST_GUILESS_MAIN(TstLedger)
#include "tst_ledger.moc"
