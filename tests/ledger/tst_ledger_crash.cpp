// Kill -9 while appending, 20 times: after every restart the log opens, entries and tree
// agree, every acknowledged receipt is there with its exact bytes, the unused reserved
// numbers of the last block are "void" leaves (gap-free), and every checkpoint still
// matches the tree.

#include "ledger/ledger.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sg::ledger;

namespace {

Receipt expectedReceipt(int run, qint64 k, qint64 seq)
{
    Receipt r;
    r.seq = seq;
    r.timeMs = 1767225600000 + k;
    r.buyer = QStringLiteral("buyer-%1").arg(run);
    r.creator = QStringLiteral("creator-%1").arg(k % 3);
    r.jti = QStringLiteral("r%1-k%2").arg(run).arg(k);
    r.bytes = k;
    r.charge = (k % 3) * 100;
    r.kind = kind::access;
    return r;
}

} // namespace

class TstLedgerCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killAppenderTwentyTimes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString home = dir.path();
        QVERIFY(QDir().mkpath(home + QStringLiteral("/keys")));
        QRandomGenerator rng(20260101);
        MemoryTree tree; // every leaf seen so far, to check roots and checkpoints
        qint64 verified = 0;
        qint64 totalVoids = 0;
        QElapsedTimer total;
        total.start();

        for (int run = 0; run < 20; ++run) {
            QProcess child;
            child.setProgram(QStringLiteral(SG_LEDGER_CRASH_HELPER));
            child.setArguments({ home, QString::number(run) });
            child.start();
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // Wait for "base N", then let it append for a random moment and kill it.
            QByteArray out;
            while (!out.contains('\n')) {
                QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
                out += child.readAllStandardOutput();
            }
            const qint64 killAfterMs = 30 + rng.bounded(220);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < killAfterMs) {
                child.waitForReadyRead(int(killAfterMs - t.elapsed()) + 1);
                out += child.readAllStandardOutput();
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QList<QByteArray> lines = out.split('\n');
            QVERIFY(lines.first().startsWith("base "));
            const qint64 base = lines.first().mid(5).toLongLong();
            QCOMPARE(base, verified);
            qint64 maxAck = -1;
            for (const QByteArray &line : lines) {
                if (line.startsWith("ack ")) {
                    const qint64 seq = line.mid(4).toLongLong();
                    QVERIFY2(seq == maxAck + 1 || maxAck < 0, "acks arrive in order");
                    maxAck = seq;
                }
            }

            // Restart: recovery runs, then check everything from the database.
            LedgerOptions o = LedgerOptions::forHome(home);
            auto ledger = Ledger::open(o);
            QVERIFY2(ledger.ok(), qPrintable(ledger.errorString()));
            const qint64 size = (*ledger)->size();
            const qint64 voided = (*ledger)->openReport().voided;
            totalVoids += voided;
            QVERIFY2(size > maxAck, qPrintable(QStringLiteral("acked %1 but size %2").arg(maxAck).arg(size)));
            // Sanity bound: the durable reservation runs at most 1.5 blocks ahead of the
            // numbers handed out, and those run ahead of the commits by the queued backlog.
            QVERIFY2(voided <= 4 * 4096, qPrintable(QString::number(voided)));
            auto leaves = (*ledger)->leaves(verified, size - verified);
            QVERIFY2(leaves.ok(), qPrintable(leaves.errorString()));
            bool inVoid = false;
            for (qint64 seq = verified; seq < size; ++seq) {
                const QByteArray &leaf = leaves->at(seq - verified);
                auto r = Receipt::fromLeaf(leaf);
                QVERIFY2(r.ok(), qPrintable(r.errorString()));
                QCOMPARE(r->seq, seq);
                if (r->kind == kind::voided) {
                    inVoid = true;
                    QVERIFY2(seq > maxAck, "an acknowledged receipt was voided");
                } else {
                    QVERIFY2(!inVoid, "a receipt after the void leaves");
                    QCOMPARE(leaf, expectedReceipt(run, seq - base, seq).leaf());
                }
                tree.appendLeaf(leaf);
            }
            QCOMPARE(size - verified - (inVoid ? voided : 0) >= maxAck - base + 1, true);
            // Tree rows agree with the entries, at the end and at every checkpoint.
            QCOMPARE(*(*ledger)->rootAt(size), tree.root());
            auto cps = (*ledger)->checkpoints();
            QVERIFY(cps.ok());
            for (const SignedCheckpoint &cp : std::as_const(*cps)) {
                QVERIFY(openCheckpoint(cp.note, (*ledger)->verifier()).ok());
                QCOMPARE(cp.checkpoint.rootHash, *treeHash(cp.checkpoint.size, tree));
            }
            verified = size;
            // The restarted writer works: one more receipt, then a clean close.
            auto a = (*ledger)->append(expectedReceipt(run, qint64(1) << 40, 0));
            QVERIFY(a.ok());
            QCOMPARE(a->seq, size);
            QVERIFY((*ledger)->flush().ok());
            Receipt extra = expectedReceipt(run, qint64(1) << 40, size);
            tree.appendLeaf(extra.leaf());
            ++verified;
        }
        qInfo("20 kills, %lld entries, %lld void leaves, %lld ms", static_cast<long long>(verified),
              static_cast<long long>(totalVoids), static_cast<long long>(total.elapsed()));
        QVERIFY(totalVoids > 0); // the kills did land between reservation and use
    }
};

QTEST_GUILESS_MAIN(TstLedgerCrash)
#include "tst_ledger_crash.moc"
