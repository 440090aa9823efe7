// Readers on threads that come and go (thread pools do this) each get their own SQLite
// connection: a thread ending must never let a later thread take over a live thread's
// connection. Regression: names were derived from the number of live readers.

#include "ledger/ledger.h"
#include "receiptfixture.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace sg::ledger;

using sg::test::makeReceipt;

class TestLedgerReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestedCheckpointCoversWhatIsCommitted()
    {
        // Checkpoints only on request here: a committed receipt no checkpoint covers has no
        // bundle yet; requestCheckpoint() (what the edge does when a client asks for such a
        // receipt) has one signed without the caller waiting for it.
        QTemporaryDir dir;
        sg::ManualClock clock;
        LedgerOptions options;
        options.dbPath = dir.filePath(QStringLiteral("ledger.sqlite"));
        options.signerKeyPath = dir.filePath(QStringLiteral("ledger.note.key"));
        options.checkpointIntervalMs = 0;
        options.clock = &clock;
        auto opened = Ledger::open(options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        std::unique_ptr<Ledger> ledger = std::move(*opened);
        for (int i = 0; i < 3; ++i)
            QVERIFY(ledger->append(makeReceipt(i)).ok());
        QVERIFY(ledger->flush().ok()); // a log's first commit is checkpointed at once
        QCOMPARE(ledger->latestCheckpoint()->checkpoint.size, 3);
        clock.advanceMs(Ledger::kMinCheckpointGapMs);
        for (int i = 3; i < 5; ++i)
            QVERIFY(ledger->append(makeReceipt(i)).ok());
        QVERIFY(ledger->flush().ok());
        QCOMPARE(ledger->bundle(4).errorCode(), QStringLiteral("notfound"));
        ledger->requestCheckpoint(4);
        QTRY_VERIFY_WITH_TIMEOUT(ledger->bundle(4).ok(), 5000);
        QCOMPARE(ledger->latestCheckpoint()->checkpoint.size, 5);

        // Within kMinCheckpointGapMs of the last one, a request signs nothing; after it, it does.
        QVERIFY(ledger->append(makeReceipt(5)).ok());
        QVERIFY(ledger->flush().ok());
        ledger->requestCheckpoint(5);
        QTest::qWait(300);
        QCOMPARE(ledger->latestCheckpoint()->checkpoint.size, 5);
        clock.advanceMs(Ledger::kMinCheckpointGapMs);
        ledger->requestCheckpoint(5);
        QTRY_COMPARE_WITH_TIMEOUT(ledger->latestCheckpoint()->checkpoint.size, qint64(6), 5000);
    }

    void threadsComeAndGo()
    {
        QTemporaryDir dir;
        LedgerOptions options;
        options.dbPath = dir.filePath(QStringLiteral("ledger.sqlite"));
        options.signerKeyPath = dir.filePath(QStringLiteral("ledger.note.key"));
        options.checkpointIntervalMs = 0;
        auto opened = Ledger::open(options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        std::unique_ptr<Ledger> ledger = std::move(*opened);
        constexpr int kCount = 400;
        QList<QByteArray> expected;
        for (int i = 0; i < kCount; ++i) {
            auto a = ledger->append(makeReceipt(i));
            QVERIFY2(a.ok(), qPrintable(a.errorString()));
        }
        QVERIFY(ledger->flush().ok());
        for (int i = 0; i < kCount; ++i) {
            auto r = ledger->receipt(i);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            expected.append(r->leaf());
        }

        std::atomic<int> wrong { 0 };
        std::atomic<int> failed { 0 };
        auto readAll = [&] {
            auto leaves = ledger->leaves(0, kCount);
            if (!leaves.ok()) {
                failed.fetch_add(1);
                return;
            }
            for (int i = 0; i < kCount; ++i)
                if (leaves->at(i) != expected.at(i))
                    wrong.fetch_add(1);
            // Receipts rebuilt from their stored (normalised) strings.
            for (int i = 0; i < kCount; i += 7) {
                auto r = ledger->receipt(i);
                if (!r.ok())
                    failed.fetch_add(1);
                else if (r->leaf() != expected.at(i))
                    wrong.fetch_add(1);
            }
        };

        for (int round = 0; round < 8; ++round) {
            // first: registers a reader and ends while `second` is still reading;
            // third: starts after first ended, while second still reads.
            QSemaphore secondRegistered, firstEnded, thirdDone;
            std::atomic<bool> stop { false };
            std::unique_ptr<QThread> first(QThread::create([&] { readAll(); }));
            first->start();
            QVERIFY(first->wait(30000));
            std::unique_ptr<QThread> second(QThread::create([&] {
                readAll();
                secondRegistered.release();
                while (!stop.load())
                    readAll();
            }));
            // Keep `first` alive until `second` has its reader: restart the pattern with a
            // thread that waits, so the names of two live readers are handed out.
            std::unique_ptr<QThread> holder(QThread::create([&] {
                readAll();
                firstEnded.acquire();
            }));
            holder->start();
            QTest::qWait(20);
            second->start();
            secondRegistered.acquire();
            firstEnded.release();
            QVERIFY(holder->wait(30000));
            std::unique_ptr<QThread> third(QThread::create([&] {
                for (int k = 0; k < 5; ++k)
                    readAll();
                thirdDone.release();
            }));
            third->start();
            thirdDone.acquire();
            stop.store(true);
            QVERIFY(second->wait(30000));
            QVERIFY(third->wait(30000));
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerReaders)
#include "tst_ledger_readers.moc"
