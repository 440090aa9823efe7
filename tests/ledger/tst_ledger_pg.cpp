// The one receipt log of a marketplace on PostgreSQL (DESIGN §9, §12), on a throwaway
// cluster: the core ledger cases on this backend; two Ledger instances and two processes
// appending at once give one gap-free sequence whose tree verifies; only the elected
// signer signs and another edge takes over when it goes; checkpoints are consistent and
// tiles identical whichever edge serves them; kill -9 of an appending process loses no
// acknowledged receipt.

#include "ledger/ledger.h"
#include "pgcluster.h"
#include "receiptfixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <mutex>

using namespace sg::ledger;
using sg::test::makeReceipt;
using sg::test::PgCluster;

namespace {

// The receipt the helper appends as number k of run `run` (ledger_crash_helper.cpp).
Receipt helperReceipt(int run, qint64 k)
{
    Receipt r;
    r.timeMs = 1767225600000 + k;
    r.buyer = QStringLiteral("buyer-%1").arg(run);
    r.creator = QStringLiteral("creator-%1").arg(k % 3);
    r.jti = QStringLiteral("r%1-k%2").arg(run).arg(k);
    r.bytes = k;
    r.charge = (k % 3) * 100;
    r.kind = kind::access;
    return r;
}

struct Acks
{
    QMap<qint64, QByteArray> hashBySeq;
    bool parse(const QByteArray &out)
    {
        for (const QByteArray &line : out.split('\n')) {
            if (!line.startsWith("ack "))
                continue;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3)
                return false;
            hashBySeq.insert(parts.at(1).toLongLong(), QByteArray::fromHex(parts.at(2)));
        }
        return true;
    }
};

} // namespace

class TstLedgerPg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sg::ManualClock m_clock { 1767225600000 };

    LedgerOptions options(const QString &url, const QString &home = QStringLiteral("h"))
    {
        LedgerOptions o = LedgerOptions::forHome(m_dir.filePath(home), url);
        o.origin = QStringLiteral("pg.test/log");
        o.clock = &m_clock;
        o.checkpointIntervalMs = 0; // only checkpointNow(): the tests decide when
        return o;
    }

    QString newDatabase(const char *prefix)
    {
        auto url = PgCluster::instance().createDatabase(QString::fromLatin1(prefix));
        if (!url.ok())
            qWarning("%s", qPrintable(url.errorString()));
        return url.ok() ? *url : QString();
    }

    // Every leaf of the log parses, carries its index, and the whole tree, every
    // checkpoint and the consistency between successive checkpoints verify.
    static void verifyWholeLog(const Ledger &ledger, MemoryTree *treeOut = nullptr)
    {
        const qint64 size = ledger.size();
        auto leaves = ledger.leaves(0, size);
        QVERIFY2(leaves.ok(), qPrintable(leaves.errorString()));
        MemoryTree tree;
        for (qint64 i = 0; i < size; ++i) {
            auto r = Receipt::fromLeaf(leaves->at(i));
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            QCOMPARE(r->seq, i);
            tree.appendLeaf(leaves->at(i));
        }
        QCOMPARE(*ledger.rootAt(size), tree.root());
        auto cps = ledger.checkpoints();
        QVERIFY2(cps.ok(), qPrintable(cps.errorString()));
        const SignedCheckpoint *previous = nullptr;
        for (const SignedCheckpoint &cp : std::as_const(*cps)) {
            auto opened = openCheckpoint(cp.note, ledger.verifier());
            QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
            QCOMPARE(opened->rootHash, *treeHash(opened->size, tree));
            if (previous && previous->checkpoint.size > 0) {
                auto proof = ledger.consistencyProof(previous->checkpoint.size, cp.checkpoint.size);
                QVERIFY2(proof.ok(), qPrintable(proof.errorString()));
                QVERIFY(verifyConsistency(previous->checkpoint.size, cp.checkpoint.size,
                                          previous->checkpoint.rootHash, cp.checkpoint.rootHash, *proof)
                            .ok());
            }
            previous = &cp;
        }
        if (treeOut)
            *treeOut = tree;
    }

private Q_SLOTS:
    void initTestCase() { SG_REQUIRE_PG(); }

    void appendProveReopen()
    {
        const QString url = newDatabase("ledger_core");
        QVERIFY(!url.isEmpty());
        MemoryTree reference;
        {
            auto ledger = Ledger::open(options(url));
            QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
            QVERIFY((*ledger)->sequencedAtCommit());
            QVERIFY((*ledger)->isSigner());
            std::mutex m;
            QList<Appended> acked;
            for (int i = 0; i < 300; ++i) {
                auto a = (*ledger)->append(makeReceipt(i), [&](const sg::Result<Appended> &res) {
                    QVERIFY(res.ok());
                    std::lock_guard lk(m);
                    acked.append(*res);
                });
                QVERIFY2(a.ok(), qPrintable(a.errorString()));
                QCOMPARE(a->seq, -1); // known at COMMIT
                Receipt r = makeReceipt(i);
                r.seq = i;
                reference.appendLeaf(r.leaf());
            }
            QVERIFY((*ledger)->flush().ok());
            QCOMPARE(acked.size(), 300);
            for (int i = 0; i < 300; ++i) {
                QCOMPARE(acked.at(i).seq, i); // one appender: in order
                Receipt r = makeReceipt(i);
                r.seq = i;
                QCOMPARE(acked.at(i).leafHash, leafHash(r.leaf()));
            }
            auto cp = (*ledger)->checkpointNow();
            QVERIFY2(cp.ok(), qPrintable(cp.errorString()));
            QCOMPARE(cp->checkpoint.size, 300);
            QCOMPARE(cp->checkpoint.rootHash, reference.root());
            QCOMPARE(cp->checkpoint.origin, QStringLiteral("pg.test/log"));
            // Proofs from the stored hashes verify against the independent reference.
            for (qint64 index : { 0, 1, 150, 255, 256, 299 }) {
                auto proof = (*ledger)->inclusionProof(index, 300);
                QVERIFY2(proof.ok(), qPrintable(proof.errorString()));
                QVERIFY(verifyInclusion(index, 300,
                                        reference.readHashes({ storedHashIndex(0, index) })->first(), *proof,
                                        reference.root())
                            .ok());
            }
            for (qint64 old : { 1, 7, 128, 299 }) {
                auto proof = (*ledger)->consistencyProof(old, 300);
                QVERIFY(proof.ok());
                QVERIFY(
                    verifyConsistency(old, 300, *treeHash(old, reference), reference.root(), *proof).ok());
            }
            auto receipt = (*ledger)->receipt(42);
            QVERIFY(receipt.ok());
            Receipt expected = makeReceipt(42);
            expected.seq = 42;
            QCOMPARE(*receipt, expected);
            auto bundle = (*ledger)->bundle(42);
            QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
            QVERIFY(verifyBundle(*bundle, (*ledger)->verifier()).ok());
            // A bad receipt is refused at once, nothing queued.
            Receipt bad = makeReceipt(1);
            bad.kind = QStringLiteral("Not A Kind");
            QVERIFY(!(*ledger)->append(bad).ok());
            QVERIFY((*ledger)->flush().ok());
            QCOMPARE((*ledger)->size(), 300);
        }
        // Reopen: numbers continue, the key is the same, a read-only view sees it all.
        auto again = Ledger::open(options(url, QStringLiteral("other-home")));
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE((*again)->size(), 300);
        std::optional<Appended> got;
        std::mutex m;
        QVERIFY((*again)
                    ->append(makeReceipt(300),
                             [&](const sg::Result<Appended> &res) {
                                 std::lock_guard lk(m);
                                 got = *res;
                             })
                    .ok());
        QVERIFY((*again)->flush().ok());
        QCOMPARE(got->seq, 300);
        LedgerOptions ro = options(url);
        ro.readOnly = true;
        auto reader = Ledger::open(ro);
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        QCOMPARE((*reader)->size(), 301);
        QCOMPARE((*reader)->verifierKey(), (*again)->verifierKey());
        QVERIFY(!(*reader)->append(makeReceipt(1)).ok());
        verifyWholeLog(**reader);
    }

    void badUrlsFailClearly()
    {
        LedgerOptions o = options(QStringLiteral("mysql://x@/y"));
        auto r = Ledger::open(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("postgresql://")), qPrintable(r.errorString()));
        const QString url = newDatabase("ledger_bad");
        o = options(url + QStringLiteral("&port=1")); // nothing listens there
        r = Ledger::open(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("cannot connect")), qPrintable(r.errorString()));
    }

    void twoEdgesOneLogAndSignerFailover()
    {
        const QString url = newDatabase("ledger_two");
        QVERIFY(!url.isEmpty());
        auto a = Ledger::open(options(url, QStringLiteral("edge-a")));
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        auto b = Ledger::open(options(url, QStringLiteral("edge-b")));
        QVERIFY2(b.ok(), qPrintable(b.errorString()));
        QVERIFY((*a)->isSigner());
        QVERIFY(!(*b)->isSigner());
        QCOMPARE((*a)->verifierKey(), (*b)->verifierKey()); // the key is shared through the database

        // Both append at once from their own threads.
        std::mutex m;
        QMap<qint64, QByteArray> bySeq;
        int duplicates = 0;
        const auto appendMany = [&](Ledger *ledger, int offset) {
            for (int i = 0; i < 400; ++i) {
                Receipt r = makeReceipt(offset + i);
                (void)ledger->append(r, [&, r](const sg::Result<Appended> &res) mutable {
                    if (!res.ok())
                        return;
                    r.seq = res->seq;
                    std::lock_guard lk(m);
                    if (bySeq.contains(res->seq))
                        ++duplicates;
                    bySeq.insert(res->seq, r.leaf());
                });
                if (i % 50 == 0)
                    QThread::yieldCurrentThread();
            }
        };
        std::unique_ptr<QThread> ta(QThread::create(appendMany, a->get(), 0));
        std::unique_ptr<QThread> tb(QThread::create(appendMany, b->get(), 100000));
        ta->start();
        tb->start();
        QVERIFY(ta->wait(60000));
        QVERIFY(tb->wait(60000));
        QVERIFY((*a)->flush().ok());
        QVERIFY((*b)->flush().ok());
        QCOMPARE(duplicates, 0);
        QCOMPARE(bySeq.size(), 800);
        QCOMPARE(bySeq.firstKey(), 0);
        QCOMPARE(bySeq.lastKey(), 799); // one gap-free sequence
        QCOMPARE((*a)->size(), 800);
        QCOMPARE((*b)->size(), 800);
        auto leaves = (*b)->leaves(0, 800);
        QVERIFY(leaves.ok());
        for (qint64 i = 0; i < 800; ++i)
            QCOMPARE(leaves->at(i), bySeq.value(i)); // what each appender was told is what is stored

        // Only the signer signs; its checkpoint covers the other edge's entries.
        auto refused = (*b)->checkpointNow();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("notsigner"));
        auto cp1 = (*a)->checkpointNow();
        QVERIFY2(cp1.ok(), qPrintable(cp1.errorString()));
        QCOMPARE(cp1->checkpoint.size, 800);
        QCOMPARE((*b)->latestCheckpoint()->note, cp1->note); // every edge serves the same checkpoint
        // Tiles are the same bytes whichever edge serves them.
        for (const QString &path :
             { QStringLiteral("tile/0/000"), QStringLiteral("tile/0/001"), QStringLiteral("tile/0/003.p/32"),
               QStringLiteral("tile/1/000.p/3"), QStringLiteral("tile/entries/001"),
               QStringLiteral("tile/entries/003.p/32") }) {
            auto ta = (*a)->tile(path);
            auto tb = (*b)->tile(path);
            QVERIFY2(ta.ok(), qPrintable(path + QStringLiteral(": ") + ta.errorString()));
            QVERIFY(tb.ok());
            QCOMPARE(*ta, *tb);
        }

        // B appends more; the signer goes away (edge stopped): B takes over and signs.
        for (int i = 0; i < 10; ++i)
            QVERIFY((*b)->append(makeReceipt(500000 + i)).ok());
        QVERIFY((*b)->flush().ok());
        a->reset(); // A's last act as signer: a checkpoint at 810
        QCOMPARE((*b)->latestCheckpoint()->checkpoint.size, 810);
        for (int i = 0; i < 5; ++i)
            QVERIFY((*b)->append(makeReceipt(600000 + i)).ok());
        auto cp2 = (*b)->checkpointNow();
        QVERIFY2(cp2.ok(), qPrintable(cp2.errorString()));
        QVERIFY((*b)->isSigner());
        QCOMPARE(cp2->checkpoint.size, 815); // signed by B, with the one shared key
        QVERIFY(openCheckpoint(cp2->note, (*b)->verifier()).ok());
        verifyWholeLog(**b);
        // Checkpoint 800 signed by A and 815 signed by B are consistent.
        auto proof = (*b)->consistencyProof(800, 815);
        QVERIFY(proof.ok());
        QVERIFY(verifyConsistency(800, 815, cp1->checkpoint.rootHash, cp2->checkpoint.rootHash, *proof).ok());
    }

    void twoProcessesAppendAtOnce()
    {
        const QString url = newDatabase("ledger_procs");
        QVERIFY(!url.isEmpty());
        constexpr int kEach = 6000;
        QProcess p1, p2;
        for (auto [p, run] : { std::pair { &p1, 1 }, std::pair { &p2, 2 } }) {
            p->setProgram(QStringLiteral(SG_LEDGER_CRASH_HELPER));
            p->setArguments({ m_dir.filePath(QStringLiteral("proc%1").arg(run)), QString::number(run), url,
                              QString::number(kEach) });
            p->start();
        }
        QVERIFY(p1.waitForFinished(60000));
        QVERIFY(p2.waitForFinished(60000));
        QVERIFY2(p1.exitCode() == 0, p1.readAllStandardError().constData());
        QVERIFY2(p2.exitCode() == 0, p2.readAllStandardError().constData());
        Acks acks1, acks2;
        QVERIFY(acks1.parse(p1.readAllStandardOutput()));
        QVERIFY(acks2.parse(p2.readAllStandardOutput()));
        QCOMPARE(acks1.hashBySeq.size(), kEach);
        QCOMPARE(acks2.hashBySeq.size(), kEach);

        LedgerOptions ro = options(url);
        ro.readOnly = true;
        auto ledger = Ledger::open(ro);
        QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
        QCOMPARE((*ledger)->size(), 2 * kEach);
        auto leaves = (*ledger)->leaves(0, 2 * kEach);
        QVERIFY(leaves.ok());
        // Each process's receipts are in its own order, interleaved with the other's, and
        // every acknowledged (seq, hash) is exactly what the log holds.
        qint64 next1 = 0, next2 = 0;
        bool interleaved = false;
        for (qint64 seq = 0; seq < 2 * kEach; ++seq) {
            auto r = Receipt::fromLeaf(leaves->at(seq));
            QVERIFY(r.ok());
            const bool first = r->buyer == QLatin1String("buyer-1");
            Acks &acks = first ? acks1 : acks2;
            qint64 &next = first ? next1 : next2;
            Receipt expected = helperReceipt(first ? 1 : 2, next++);
            expected.seq = seq;
            QCOMPARE(leaves->at(seq), expected.leaf());
            QCOMPARE(acks.hashBySeq.value(seq), leafHash(expected.leaf()));
            if (seq > 0 && !first && next1 > 0 && next1 < kEach)
                interleaved = true;
        }
        QCOMPARE(next1, kEach);
        QCOMPARE(next2, kEach);
        if (!interleaved)
            qWarning("the two processes happened not to interleave their commits");
        verifyWholeLog(**ledger);
        QVERIFY((*ledger)->checkpoints()->size() >= 1); // the helpers' signer signed at exit

        // Whichever helper signed last, an edge that opens now takes over the (free)
        // signer lock and signs the whole log.
        {
            auto edge = Ledger::open(options(url, QStringLiteral("late-edge")));
            QVERIFY2(edge.ok(), qPrintable(edge.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT((*edge)->checkpointNow().ok(), 5000);
            QCOMPARE((*edge)->latestCheckpoint()->checkpoint.size, 2 * kEach);
        }
        // The CLI audits the shared log with --db (read-only, from any home).
        auto cli = sg::test::runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--db"),
                                      url, QStringLiteral("--home"),
                                      m_dir.filePath(QStringLiteral("auditor")), QStringLiteral("--json") });
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        const qint64 signedSize = (*ledger)->latestCheckpoint()->checkpoint.size;
        QCOMPARE(QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("size")).toInteger(),
                 signedSize);
        QCOMPARE(signedSize, 2 * kEach);
    }

    void killAppenderKeepsEveryAcknowledgedReceipt()
    {
        const QString url = newDatabase("ledger_crash");
        QVERIFY(!url.isEmpty());
        QRandomGenerator rng(20261125);
        QMap<qint64, QByteArray> acked;
        for (int run = 0; run < 5; ++run) {
            QProcess child;
            child.setProgram(QStringLiteral(SG_LEDGER_CRASH_HELPER));
            child.setArguments({ m_dir.filePath(QStringLiteral("crash")), QString::number(run), url });
            child.start();
            QVERIFY(child.waitForStarted(10000));
            // Kill at a random moment once it is appending (its first group commit done).
            QByteArray out;
            while (!out.contains("\nack ")) {
                QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
                out += child.readAllStandardOutput();
            }
            const qint64 killAfterMs = rng.bounded(300);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < killAfterMs) {
                child.waitForReadyRead(int(killAfterMs - t.elapsed()) + 1);
                out += child.readAllStandardOutput();
            }
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            // The last line may be torn by the kill.
            const qsizetype lastNewline = out.lastIndexOf('\n');
            Acks acks;
            QVERIFY(acks.parse(out.left(lastNewline + 1)));
            QVERIFY2(!acks.hashBySeq.isEmpty(), "the child acknowledged nothing before the kill");
            for (auto it = acks.hashBySeq.cbegin(); it != acks.hashBySeq.cend(); ++it)
                acked.insert(it.key(), it.value());

            auto ledger = Ledger::open(options(url, QStringLiteral("crash-check")));
            QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
            const qint64 size = (*ledger)->size();
            QVERIFY(size > acked.lastKey());
            auto leaves = (*ledger)->leaves(0, size);
            QVERIFY(leaves.ok());
            for (auto it = acked.cbegin(); it != acked.cend(); ++it)
                QCOMPARE(leafHash(leaves->at(it.key())), it.value());
            verifyWholeLog(**ledger);
        }
    }
};

QTEST_GUILESS_MAIN(TstLedgerPg)
#include "tst_ledger_pg.moc"
