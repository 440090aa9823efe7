// Every item model of the console under QAbstractItemModelTester, with real core data
// where the model shows core data (a packed folder, a real receipt log), plus the lazy
// receipt model over a 1,000,000-entry source.

#include "common/clock.h"
#include "common/fileutil.h"
#include "common/threadpriority.h"
#include "ledger/ledger.h"
#include "models/billmodel.h"
#include "models/catalogmodel.h"
#include "models/checkpointmodel.h"
#include "models/downloadqueuemodel.h"
#include "models/edgecachemodel.h"
#include "models/edgejobmodel.h"
#include "models/filelistmodel.h"
#include "models/ratelimitmodel.h"
#include "models/receiptsource.h"
#include "models/receipttablemodel.h"
#include "models/shardlistmodel.h"
#include "models/shardverificationmodel.h"
#include "models/tokenkeymodel.h"
#include "packaging/packer.h"
#include "refusingport.h"
#include "testsupport.h"
#include "token/keyring.h"
#include "widgets/async.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sg;
using namespace sg::ui;

namespace {

// A log of `size` synthetic receipts computed from their sequence number: enough to
// exercise paging over a million rows without building a million-entry SQLite file.
class SyntheticSource final : public ReceiptSource
{
public:
    explicit SyntheticSource(qint64 size) : m_size(size) { }
    static ledger::Receipt make(qint64 seq)
    {
        ledger::Receipt r;
        r.seq = seq;
        r.timeMs = 1767225600000 + seq * 1000;
        r.kind = ledger::kind::access;
        r.buyer = QStringLiteral("buyer-%1").arg(seq % 7);
        r.creator = QStringLiteral("creator-%1").arg(seq % 3);
        r.manifest = QStringLiteral("bafkreimanifest%1").arg(seq % 5);
        r.shard = QStringLiteral("bafkreishard%1").arg(seq % 11);
        r.bytes = 1000 + seq % 100;
        r.charge = 10000;
        return r;
    }
    QString describe() const override { return QStringLiteral("synthetic"); }
    Result<qint64> size() const override { return m_size; }
    Result<QList<ledger::Receipt>> receipts(qint64 first, qint64 count) const override
    {
        reads.fetch_add(1);
        QList<ledger::Receipt> out;
        for (qint64 s = first; s < qMin(m_size, first + count); ++s)
            out.append(make(s));
        return out;
    }
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const override
    {
        QList<QByteArray> out;
        for (const auto &r : receipts(first, count).value())
            out.append(r.leaf());
        return out;
    }
    Result<ledger::ReceiptBundle> bundle(qint64) const override { return fail(QStringLiteral("no proofs")); }
    Result<QList<ledger::SignedCheckpoint>> checkpoints() const override
    {
        return QList<ledger::SignedCheckpoint>();
    }
    Result<QList<QByteArray>> consistencyProof(qint64, qint64) const override
    {
        return fail(QStringLiteral("none"));
    }
    std::optional<ledger::NoteVerifier> verifier() const override { return std::nullopt; }
    mutable std::atomic<int> reads { 0 };

private:
    qint64 m_size;
};

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shardVerificationUpdatesOnlyWhatChanged()
    {
        ShardVerificationModel small;
        QAbstractItemModelTester tester(&small, QAbstractItemModelTester::FailureReportingMode::QtTest);
        small.setShards(7, { QStringLiteral("bafk0"), QStringLiteral("bafk1"), QStringLiteral("bafk2") });
        QCOMPARE(small.downloadId(), 7);
        QCOMPARE(small.rowCount(), 3);
        QCOMPARE(small.data(small.index(2, ShardVerificationModel::State)).toString(),
                 QStringLiteral("pending"));
        small.markVerified({ 2, 9, -1, 2 }); // out of range and repeated: ignored
        QCOMPARE(small.verifiedCount(), 1);
        QCOMPARE(small.data(small.index(2, ShardVerificationModel::State)).toString(),
                 QStringLiteral("✓ CID verified, written"));
        QCOMPARE(small.data(small.index(1, ShardVerificationModel::Cid)).toString(), QStringLiteral("bafk1"));
        small.resetVerified();
        QCOMPARE(small.verifiedCount(), 0);
        small.clear();
        QCOMPARE(small.rowCount(), 0);
        QCOMPARE(small.downloadId(), 0);

        // A 1 TB dataset's 262,144 shards: a journal update repaints the rows it changed,
        // in one signal, not the table.
        QStringList cids;
        for (int i = 0; i < 262144; ++i)
            cids.append(QStringLiteral("bafk%1").arg(i));
        ShardVerificationModel big;
        big.setShards(1, cids);
        QSignalSpy changed(&big, &QAbstractItemModel::dataChanged);
        big.markVerified({ 1000, 1001, 1003 });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), big.index(1000, ShardVerificationModel::State));
        QCOMPARE(changed.first().at(1).toModelIndex(), big.index(1003, ShardVerificationModel::State));
        big.markVerified({ 1000 }); // nothing new: no signal
        QCOMPARE(changed.size(), 1);
        QCOMPARE(big.verifiedCount(), 3);
    }

    void backgroundWorkYieldsToTheGuiThread()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are Linux's");
#endif
        // Console work (packing, verifying, audits) runs on the worker pool at a higher nice
        // value than the GUI thread, and so do the threads it starts (pack's hashing threads):
        // with both cores hashing, the GUI thread still gets a CPU at once.
        const int gui = currentThreadNiceness();
        QObject context;
        QList<int> seen;
        for (int i = 0; i < 3; ++i) { // a pool thread used again is not lowered twice
            bool done = false;
            ui::runAsync(
                &context,
                [] {
                    int started = 0;
                    std::thread([&started] { started = currentThreadNiceness(); }).join();
                    return QList<int> { currentThreadNiceness(), started };
                },
                [&](const QList<int> &r) {
                    seen += r;
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }
        QCOMPARE(currentThreadNiceness(), gui);
        const int expected = qMin(19, gui + ui::kWorkerNiceness);
        QCOMPARE(seen, QList<int>(6, expected));
    }

    void lazyReceiptsOverAMillion()
    {
        // No tester here: QAbstractItemModelTester walks every row, which is exactly what
        // a view never does. The tester runs on the smaller sources below.
        ReceiptTableModel model;
        auto source = std::make_shared<SyntheticSource>(1000000);
        QElapsedTimer timer;
        timer.start();
        QSignalSpy size(&model, &ReceiptTableModel::sizeKnown);
        QSignalSpy page(&model, &ReceiptTableModel::pageLoaded);
        model.setSource(source);
        QVERIFY(size.wait(5000));
        QCOMPARE(model.rowCount(), 1000000);
        // A view asks for the first rows: one page is read, not the log.
        QCOMPARE(model.data(model.index(0, ReceiptTableModel::Buyer)).toString(), QStringLiteral("…"));
        QVERIFY(page.wait(5000));
        const qint64 firstRowsMs = timer.elapsed();
        qInfo("1,000,000-receipt source: first rows shown after %lld ms, %d page read(s)", firstRowsMs,
              source->reads.load());
        QVERIFY2(firstRowsMs < 1000, "the first rows of a 1,000,000-receipt log must show within a second");
        QCOMPARE(model.data(model.index(0, ReceiptTableModel::Buyer)).toString(), QStringLiteral("buyer-0"));
        QCOMPARE(model.data(model.index(1, ReceiptTableModel::Seq)).toLongLong(), 1);
        QCOMPARE(source->reads.load(), 1);
        // Far rows load on demand.
        const QModelIndex far = model.index(999999, ReceiptTableModel::Creator);
        model.data(far);
        QVERIFY(page.wait(5000));
        QCOMPARE(model.data(far).toString(), QStringLiteral("creator-0")); // 999999 % 3 == 0
        QCOMPARE(model.seqAt(999999), 999999);
        QCOMPARE(model.seqAt(1000000), -1);
        QCOMPARE(source->reads.load(), 2);
    }

    void lazyReceiptsUnderTheTester()
    {
        ReceiptTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy size(&model, &ReceiptTableModel::sizeKnown);
        model.setSource(std::make_shared<SyntheticSource>(3000));
        QVERIFY(size.wait(5000));
        QCOMPARE(model.rowCount(), 3000);
        model.waitForIdle();
        model.fetchRow(2999);
        QTRY_VERIFY(model.receiptAt(2999) != nullptr);
        QCOMPARE(model.receiptAt(2999)->seq, 2999);
        model.setSource(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterScansAndGrows()
    {
        ReceiptTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(std::make_shared<SyntheticSource>(10000));
        ReceiptFilter f;
        f.buyer = QStringLiteral("buyer-3");
        QSignalSpy done(&model, &ReceiptTableModel::scanFinished);
        model.setFilter(f);
        QVERIFY(done.wait(10000));
        // seq % 7 == 3 for seq < 10000: 1429 receipts.
        QCOMPARE(done.first().first().toLongLong(), 1429);
        QCOMPARE(model.rowCount(), 1429);
        QCOMPARE(model.seqAt(0), 3);
        QCOMPARE(model.seqAt(1), 10);
        QCOMPARE(model.data(model.index(1, ReceiptTableModel::Buyer)).toString(), QStringLiteral("buyer-3"));
        // A filter nothing matches leaves an empty table, not an error.
        f.buyer = QStringLiteral("nobody");
        done.clear();
        model.setFilter(f);
        QVERIFY(done.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 10000);
    }

    void realLedgerThroughTheModels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ledger::LedgerOptions options = ledger::LedgerOptions::forHome(dir.path());
        options.checkpointIntervalMs = 0;
        auto opened = ledger::Ledger::open(options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        std::shared_ptr<ledger::Ledger> log(std::move(opened.value()));
        for (int i = 0; i < 300; ++i) {
            ledger::Receipt r = SyntheticSource::make(i);
            r.seq = -1;
            QVERIFY(log->append(r).ok());
        }
        QVERIFY(log->checkpointNow().ok());
        for (int i = 0; i < 20; ++i) {
            ledger::Receipt r = SyntheticSource::make(i);
            r.seq = -1;
            QVERIFY(log->append(r).ok());
        }
        QVERIFY(log->checkpointNow().ok());

        auto source = std::make_shared<LedgerReceiptSource>(log);
        ReceiptTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy size(&model, &ReceiptTableModel::sizeKnown);
        model.setSource(source);
        QVERIFY(size.wait(5000));
        QCOMPARE(model.rowCount(), 320);
        model.data(model.index(299, 0));
        QTRY_VERIFY(model.receiptAt(299) != nullptr);
        QCOMPARE(model.receiptAt(299)->buyer, SyntheticSource::make(299).buyer);

        // Bundles from the real log verify against its key; a tampered receipt does not.
        auto bundle = source->bundle(17);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        QVERIFY(ledger::verifyBundle(bundle.value(), *source->verifier()).ok());
        bundle->receipt.bytes += 1;
        QVERIFY(!ledger::verifyBundle(bundle.value(), *source->verifier()).ok());

        // Checkpoint rows.
        auto cps = source->checkpoints();
        QVERIFY(cps.ok());
        QVERIFY(cps->size() >= 2); // the two asked for (the log may add its own)
        CheckpointModel cpModel;
        QAbstractItemModelTester cpTester(&cpModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<CheckpointModel::Row> rows;
        for (const auto &cp : cps.value())
            rows.append({ cp, CheckpointModel::Check::Ok, CheckpointModel::Check::Unknown, {} });
        cpModel.setRows(rows);
        const int last = cpModel.rowCount() - 1;
        QCOMPARE(cpModel.rowCount(), int(cps->size()));
        QCOMPARE(cpModel.data(cpModel.index(last, CheckpointModel::Size)).toLongLong(), 320);
        cpModel.setCheck(last, CheckpointModel::Check::Ok, CheckpointModel::Check::Failed,
                         QStringLiteral("why"));
        QCOMPARE(cpModel.data(cpModel.index(last, CheckpointModel::Consistency)).toString(),
                 CheckpointModel::checkText(CheckpointModel::Check::Failed));

        // An exported JSONL file reads back as the same receipts; a broken line is refused.
        QByteArray jsonl;
        for (const auto &r : source->receipts(0, 320).value())
            jsonl += r.leaf() + '\n';
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("r.jsonl")), jsonl));
        auto file = FileReceiptSource::open(dir.filePath(QStringLiteral("r.jsonl")));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file.value()->size().value(), 320);
        QCOMPARE(file.value()->receipts(5, 1).value().first(), source->receipts(5, 1).value().first());
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("bad.jsonl")), jsonl + "{\"seq\": \n"));
        auto bad = FileReceiptSource::open(dir.filePath(QStringLiteral("bad.jsonl")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QStringLiteral("line 321")), qPrintable(bad.errorString()));
    }

    void fileAndShardModelsFromARealPack()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(test::writeFile(data + QStringLiteral("/a.txt"), QByteArray(3000, 'a')));
        QVERIFY(test::writeFile(data + QStringLiteral("/b/c.bin"), QByteArray(3 << 20, 'x')));
        QVERIFY(test::writeFile(data + QStringLiteral("/empty"), QByteArray()));
        auto scanned = packaging::scanFolder(data);
        QVERIFY2(scanned.ok(), qPrintable(scanned.errorString()));
        FileListModel files;
        QAbstractItemModelTester t1(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        files.setFiles(scanned.value());
        QCOMPARE(files.rowCount(), 3);
        QCOMPARE(files.totalBytes(), 3000 + (3 << 20));
        QCOMPARE(files.data(files.index(0, FileListModel::Path)).toString(), QStringLiteral("a.txt"));

        auto key = crypto::Ed25519PrivateKey::generate();
        packaging::PackOptions options;
        options.dataset = QStringLiteral("models-test");
        options.version = QStringLiteral("1");
        options.shardSize = 1 << 20;
        options.license
            = QJsonObject { { QStringLiteral("id"), QStringLiteral("l1") },
                            { QStringLiteral("spdx"), QStringLiteral("CC0-1.0") },
                            { QStringLiteral("uses"), QJsonArray { QStringLiteral("train") } },
                            { QStringLiteral("pricePerAccess"),
                              QJsonObject { { QStringLiteral("amount"), QStringLiteral("0.01") },
                                            { QStringLiteral("currency"), QStringLiteral("USD") } } } };
        packaging::BlobStore store(dir.filePath(QStringLiteral("blobs")));
        auto packed = packaging::packFolder(data, store, key, options);
        QVERIFY2(packed.ok(), qPrintable(packed.errorString()));
        ShardListModel shards;
        QAbstractItemModelTester t2(&shards, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shards.setManifest(packed->manifest);
        QCOMPARE(shards.rowCount(), packed->shardCount);
        // Three identical 1 MiB pieces of c.bin: stored once, the others point at the first.
        int duplicates = 0;
        for (int r = 0; r < shards.rowCount(); ++r)
            if (shards.data(shards.index(r, ShardListModel::Stored))
                    .toString()
                    .startsWith(QStringLiteral("same")))
                ++duplicates;
        QCOMPARE(duplicates, packed->shardCount - packed->uniqueShardCount);
        QVERIFY(duplicates >= 2);
        shards.clear();
        QCOMPARE(shards.rowCount(), 0);
    }

    void catalogModelParsesAndFilters()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entry = [](const QString &name, const QString &use, const QString &price) {
            return QJsonObject {
                { QStringLiteral("cid"), QStringLiteral("bafkrei") + name },
                { QStringLiteral("dataset"), name },
                { QStringLiteral("version"), QStringLiteral("1") },
                { QStringLiteral("title"), name.toUpper() },
                { QStringLiteral("creator"), QJsonObject { { QStringLiteral("id"), QStringLiteral("c") } } },
                { QStringLiteral("license"),
                  QJsonObject { { QStringLiteral("spdx"), QStringLiteral("MIT") },
                                { QStringLiteral("uses"), QJsonArray { use } },
                                { QStringLiteral("pricePerAccess"),
                                  QJsonObject { { QStringLiteral("amount"), price },
                                                { QStringLiteral("currency"), QStringLiteral("USD") } } },
                                { QStringLiteral("pricePerGiB"),
                                  QJsonObject { { QStringLiteral("amount"), QStringLiteral("2") },
                                                { QStringLiteral("currency"), QStringLiteral("USD") } } } } },
                { QStringLiteral("totalBytes"), qint64(1) << 29 },
                { QStringLiteral("shards"), 10 },
            };
        };
        const QJsonArray array {
            entry(QStringLiteral("voices"), QStringLiteral("train"), QStringLiteral("0.01")),
            entry(QStringLiteral("images"), QStringLiteral("evaluate"), QStringLiteral("0.5")),
            QJsonObject { { QStringLiteral("junk"), 1 } }
        };
        auto n = model.loadJson(QJsonDocument(array).toJson());
        QVERIFY(n.ok());
        QCOMPARE(n.value(), 2);
        QCOMPARE(model.skipped(), 1);
        QCOMPARE(model.rowCount(), 2);
        // 10 shards x 0.01 + 2 USD/GiB x 0.5 GiB = 1.1 USD.
        QCOMPARE(model.itemAt(0)->fullPrice()->micros, 1100000);
        model.setFilter(QStringLiteral("IMAG"), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAt(0)->dataset, QStringLiteral("images"));
        model.setFilter(QString(), QStringLiteral("train"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("bafkreivoices")), 0);
        QVERIFY(!model.loadJson("not json").ok());
        QCOMPARE(model.rowCount(), 1); // a bad answer keeps what was shown
    }

    void billModelFlagsWhatDiffers()
    {
        BillModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit::Bill bill;
        // alice: 3 x 0.01 from creator c1; bob: 1 x 0.5 from c2; a void entry charges nobody.
        for (qint64 seq = 0; seq < 5; ++seq) {
            ledger::Receipt r = SyntheticSource::make(seq);
            r.buyer = seq < 3 ? QStringLiteral("alice") : seq == 3 ? QStringLiteral("bob") : QString();
            r.creator = seq < 3 ? QStringLiteral("c1") : seq == 3 ? QStringLiteral("c2") : QString();
            r.charge = seq < 3 ? 10000 : seq == 3 ? 500000 : 0;
            r.kind = seq == 4 ? ledger::kind::voided : ledger::kind::access;
            bill.add(r);
        }
        // Nothing to compare with: every row "not compared", none flagged.
        model.setBill(bill, std::nullopt);
        QVERIFY(!model.compared());
        QCOMPARE(model.rowCount(), 4); // 2 buyers, 2 creators
        QCOMPARE(model.mismatchCount(), 0);
        QCOMPARE(model.data(model.index(0, BillModel::Account)).toString(), QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(0, BillModel::Receipts)).toLongLong(), 3);
        QCOMPARE(model.data(model.index(0, BillModel::Recomputed)).toString(), QStringLiteral("0.03"));
        QCOMPARE(model.data(model.index(0, BillModel::Market)).toString(), QStringLiteral("—"));

        // The market agrees on alice and c1, charged bob 0.49, and paid carol who has no receipt.
        audit::MarketTotals market;
        market.buyerCharged = { { QStringLiteral("alice"), 30000 }, { QStringLiteral("bob"), 490000 } };
        market.creatorEarned = { { QStringLiteral("c1"), 30000 },
                                 { QStringLiteral("c2"), 500000 },
                                 { QStringLiteral("carol"), 70000 } };
        model.setBill(bill, market);
        QVERIFY(model.compared());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.mismatchCount(), 2);
        const auto rowOf = [&](const QString &account) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.data(model.index(r, BillModel::Account)).toString() == account)
                    return r;
            return -1;
        };
        const int bob = rowOf(QStringLiteral("bob"));
        QVERIFY(model.data(model.index(bob, BillModel::Status), BillModel::MismatchRole).toBool());
        QCOMPARE(model.data(model.index(bob, BillModel::Recomputed), BillModel::MicrosRole).toLongLong(),
                 500000);
        QCOMPARE(model.data(model.index(bob, BillModel::Market), BillModel::MicrosRole).toLongLong(), 490000);
        QVERIFY(model.data(model.index(bob, BillModel::Status)).toString().contains(QStringLiteral("0.01")));
        QVERIFY(model.data(model.index(bob, BillModel::Account), Qt::BackgroundRole).isValid());
        const int carol = rowOf(QStringLiteral("carol"));
        QVERIFY(model.rows().at(carol).creator);
        QVERIFY(model.rows().at(carol).mismatch);
        QCOMPARE(model.rows().at(carol).fromReceipts, 0);
        const int alice = rowOf(QStringLiteral("alice"));
        QVERIFY(!model.rows().at(alice).mismatch);
        QVERIFY(!model.data(model.index(alice, BillModel::Account), Qt::BackgroundRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tokenKeyModel()
    {
        TokenKeyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.activeKid(), QString());
        const auto a = crypto::Ed25519PrivateKey::generate().publicKey();
        const auto b = crypto::Ed25519PrivateKey::generate().publicKey();
        QList<TokenKeyModel::Row> rows;
        rows.append({ token::TokenKeyring::thumbprint(b), b.toTagged(), 1767225700,
                      TokenKeyModel::KeyStatus::Active });
        rows.append({ token::TokenKeyring::thumbprint(a), a.toTagged(), 1767225600,
                      TokenKeyModel::KeyStatus::Verifying });
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeKid(), token::TokenKeyring::thumbprint(b));
        QVERIFY(model.data(model.index(0, 0), TokenKeyModel::ActiveRole).toBool());
        QVERIFY(!model.data(model.index(1, 0), TokenKeyModel::ActiveRole).toBool());
        QCOMPARE(model.data(model.index(1, TokenKeyModel::Created)).toString(), formatUtc(1767225600));
        QCOMPARE(model.data(model.index(1, TokenKeyModel::PublicKey)).toString(), a.toTagged());
        QCOMPARE(model.data(model.index(1, TokenKeyModel::Status)).toString(),
                 TokenKeyModel::statusText(TokenKeyModel::KeyStatus::Verifying));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void edgeSourceRefusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1/log") << QStringLiteral("invalid");
        QTest::newRow("no host") << QStringLiteral("http://") << QStringLiteral("invalid");
        QTest::newRow("nothing listens") << m_refusing.url() << QStringLiteral("network");
    }

    void edgeSourceRefusesBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        auto source = EdgeReceiptSource::open(QUrl(url), QString(), QString(), 5000);
        QVERIFY(!source.ok());
        QCOMPARE(source.errorCode(), code);
        QVERIFY(!source.errorString().isEmpty());
    }

    void edgeCacheTreeMergesSnapshots()
    {
        EdgeCacheModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto entry
            = [](const QString &cid, const QStringList &datasets, const QStringList &buyers, qint64 hits) {
                  edge::CacheEntryInfo e;
                  e.cid = cid;
                  e.datasets = datasets;
                  for (const QString &d : datasets)
                      e.manifests << QStringLiteral("bafkreimanifest-") + d;
                  e.buyers = buyers;
                  e.bytes = 4 << 20;
                  e.hits = hits;
                  e.lastAccessMs = hits > 0 ? 1767225600000 : 0;
                  e.origin = QStringLiteral("local");
                  return e;
              };
        QList<edge::CacheEntryInfo> snap {
            entry(QStringLiteral("bafkreia"), { QStringLiteral("voices") }, { QStringLiteral("alice") }, 2),
            entry(QStringLiteral("bafkreib"), { QStringLiteral("voices") },
                  { QStringLiteral("alice"), QStringLiteral("bob") }, 1),
            entry(QStringLiteral("bafkreic"), { QStringLiteral("images") }, {}, 0), // prefetched only
        };
        model.setEntries(snap);
        QCOMPARE(model.rowCount(), 2); // images, voices
        const int voices = model.groupRow(QStringLiteral("voices"));
        QVERIFY(voices >= 0);
        const QModelIndex voicesIndex = model.index(voices, 0);
        QCOMPARE(model.rowCount(voicesIndex), 2);
        QCOMPARE(model.data(model.index(voices, EdgeCacheModel::Shards)).toInt(), 2);
        QCOMPARE(model.data(model.index(voices, EdgeCacheModel::Hits)).toLongLong(), 3);
        QCOMPARE(model.data(model.index(voices, EdgeCacheModel::Others)).toString(),
                 QStringLiteral("alice, bob"));
        QCOMPARE(model.cidsAt(voicesIndex),
                 QStringList({ QStringLiteral("bafkreia"), QStringLiteral("bafkreib") }));
        QCOMPARE(model.data(model.index(1, 0, voicesIndex), EdgeCacheModel::CidRole).toString(),
                 QStringLiteral("bafkreib"));

        // A persistent index on a shard follows it while the tree around it changes.
        QPersistentModelIndex shardB(model.index(1, 0, voicesIndex));
        snap.removeAt(0); // bafkreia evicted
        snap.append(
            entry(QStringLiteral("bafkreid"), { QStringLiteral("audio") }, { QStringLiteral("carol") }, 5));
        snap[0].hits = 9; // bafkreib served again
        model.setEntries(snap);
        QCOMPARE(model.rowCount(), 3); // audio, images, voices
        QVERIFY(shardB.isValid());
        QCOMPARE(shardB.data(EdgeCacheModel::CidRole).toString(), QStringLiteral("bafkreib"));
        QCOMPARE(model.data(model.index(shardB.row(), EdgeCacheModel::Hits, shardB.parent())).toLongLong(),
                 9);
        QCOMPARE(model.rowCount(shardB.parent()), 1);

        // By buyer: a shard held by two buyers is under both; a shard nobody holds yet
        // under "(none yet)".
        model.setGrouping(EdgeCacheModel::Grouping::Buyer);
        QVERIFY(model.groupRow(QStringLiteral("alice")) >= 0);
        QVERIFY(model.groupRow(QStringLiteral("bob")) >= 0);
        QVERIFY(model.groupRow(EdgeCacheModel::noneKey()) >= 0);
        QCOMPARE(model.rowCount(model.index(model.groupRow(EdgeCacheModel::noneKey()), 0)), 1);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void edgeJobAndRateLimitModels()
    {
        EdgeJobModel jobs;
        QAbstractItemModelTester t1(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        edge::JobInfo a;
        a.id = QStringLiteral("job-a");
        a.buyer = QStringLiteral("alice");
        a.dataset = QStringLiteral("voices");
        a.shards = 4;
        a.ready = 2;
        a.bytes = 16 << 20;
        a.expiresAtMs = 1767225600000 + 90000;
        edge::JobInfo b = a;
        b.id = QStringLiteral("job-b");
        b.maxRequests = 10;
        b.requests = 3;
        jobs.setJobs({ b, a }); // sorted by id
        jobs.setNow(1767225600000);
        QCOMPARE(jobs.rowCount(), 2);
        QCOMPARE(jobs.data(jobs.index(0, EdgeJobModel::Id)).toString(), QStringLiteral("job-a"));
        QCOMPARE(jobs.data(jobs.index(0, EdgeJobModel::Ready)).toString(), QStringLiteral("2 / 4"));
        QCOMPARE(jobs.data(jobs.index(0, EdgeJobModel::Expires)).toString(), QStringLiteral("in 1 min 30 s"));
        QCOMPARE(jobs.data(jobs.index(1, EdgeJobModel::Requests)).toString(), QStringLiteral("3 of 10"));
        QPersistentModelIndex jobB(jobs.index(1, 0));
        a.ready = 4;
        jobs.setJobs({ b }); // job-a ended
        QCOMPARE(jobs.rowCount(), 1);
        QCOMPARE(jobB.row(), 0);
        jobs.setNow(1767225600000 + 200000);
        QCOMPARE(jobs.data(jobs.index(0, EdgeJobModel::Expires)).toString(), QStringLiteral("expired"));

        RateLimitModel limits;
        QAbstractItemModelTester t2(&limits, QAbstractItemModelTester::FailureReportingMode::QtTest);
        edge::RateLimitInfo l;
        l.scope = QStringLiteral("buyer");
        l.key = QStringLiteral("alice");
        l.buyer = QStringLiteral("alice");
        l.tokensLeft = 1.5;
        l.burst = 5;
        l.ratePerSec = 2;
        l.allowed = 7;
        l.limited = 1;
        edge::RateLimitInfo t = l;
        t.scope = QStringLiteral("token");
        t.key = QStringLiteral("jti-1");
        limits.setLimits({ t, l });
        QCOMPARE(limits.rowCount(), 2);
        QCOMPARE(limits.data(limits.index(0, RateLimitModel::Key)).toString(), QStringLiteral("alice"));
        QCOMPARE(limits.data(limits.index(0, RateLimitModel::Available)).toString(),
                 QStringLiteral("1.5 of 5"));
        QVERIFY(limits.data(limits.index(0, RateLimitModel::Limited), Qt::ForegroundRole).isValid());
        l.limited = 0;
        limits.setLimits({ l });
        QCOMPARE(limits.rowCount(), 1);
        QVERIFY(!limits.data(limits.index(0, RateLimitModel::Limited), Qt::ForegroundRole).isValid());
    }

    void downloadQueueModel()
    {
        DownloadQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DownloadItem a;
        a.id = 1;
        a.manifest = QStringLiteral("bafkreiaaaaaaaaaaaaaaaaaaaaaa");
        a.bytesTotal = 1000;
        model.add(a);
        DownloadItem b = a;
        b.id = 2;
        model.add(b);
        a.state = DownloadItem::State::Running;
        a.bytesDone = 250;
        a.rate = 2048;
        a.etaSecs = 75;
        model.update(a);
        QCOMPARE(model.data(model.index(0, 0), DownloadQueueModel::ProgressRole).toInt(), 250);
        QCOMPARE(model.data(model.index(0, DownloadQueueModel::Eta)).toString(),
                 QStringLiteral("1 min 15 s"));
        QCOMPARE(model.data(model.index(0, DownloadQueueModel::Rate)).toString(),
                 formatBytes(2048) + QStringLiteral("/s"));
        model.remove(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAtRow(0)->id, 2);
        model.remove(42); // unknown id: nothing happens
        QCOMPARE(model.rowCount(), 1);
    }

private:
    test::RefusingPort m_refusing; // bound, not listening: connections are refused
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
