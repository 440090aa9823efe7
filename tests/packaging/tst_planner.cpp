// Shard planner (DESIGN §2): boundary tables, invariants, determinism, a 20 GiB sparse file.

#include "packaging/planner.h"
#include "packaging/scanner.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace sg::packaging;

using Extents = QList<Extent>;
Q_DECLARE_METATYPE(Extents)
Q_DECLARE_METATYPE(QList<Extents>)

namespace {

constexpr qint64 S = kDefaultShardSize;
constexpr qint64 H = S / 2;

// Every byte of every shard belongs to exactly one file piece, in order; extents and
// pieces describe the same layout; sizes add up.
void checkInvariants(const QList<qint64> &sizes, const ShardPlan &plan)
{
    qint64 total = 0;
    for (qint64 s : sizes)
        total += s;
    QCOMPARE(plan.totalBytes, total);
    QCOMPARE(plan.fileExtents.size(), sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        qint64 sum = 0;
        for (const Extent &e : plan.fileExtents.at(i))
            sum += e.length;
        QCOMPARE(sum, sizes.at(i));
        if (sizes.at(i) == 0)
            QVERIFY(plan.fileExtents.at(i).isEmpty());
        if (sizes.at(i) > 0 && sizes.at(i) <= plan.shardSize / 2)
            QCOMPARE(plan.fileExtents.at(i).size(), 1); // small files are never split
    }
    for (int s = 0; s < plan.shards.size(); ++s) {
        const PlannedShard &sh = plan.shards.at(s);
        QVERIFY(sh.size > 0 && sh.size <= plan.shardSize);
        qint64 at = 0;
        int lastFile = -1;
        for (const Piece &p : sh.pieces) {
            QVERIFY(p.file > lastFile); // path order inside a shard
            lastFile = p.file;
            const Extent &e = plan.fileExtents.at(p.file).at(p.pieceIndex);
            QCOMPARE(e.shard, s);
            QCOMPARE(e.offset, at);
            QCOMPARE(e.length, p.length);
            at += p.length;
        }
        QCOMPARE(at, sh.size);
    }
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void shardSizeRange_data();
    void shardSizeRange();
    void manyTinyFiles();
    void randomInvariantsAndDeterminism();
    void sparse20GiB_scannedAndPlanned_notHashed();
};

void TestPlanner::table_data()
{
    QTest::addColumn<qint64>("shardSize");
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<QList<qint64>>("shardSizes");
    QTest::addColumn<QList<Extents>>("extents");

    QTest::newRow("one tiny file") << S << QList<qint64> { 10 } << QList<qint64> { 10 }
                                   << QList<Extents> { { { 0, 0, 10 } } };
    QTest::newRow("two files of exactly half a shard share one")
        << S << QList<qint64> { H, H } << QList<qint64> { S }
        << QList<Extents> { { { 0, 0, H } }, { { 0, H, H } } };
    QTest::newRow("half+1 starts a new shard")
        << S << QList<qint64> { 10, H + 1 } << QList<qint64> { 10, H + 1 }
        << QList<Extents> { { { 0, 0, 10 } }, { { 1, 0, H + 1 } } };
    QTest::newRow("half+1 then small: its last piece ends its shard")
        << S << QList<qint64> { H + 1, 7 } << QList<qint64> { H + 1, 7 }
        << QList<Extents> { { { 0, 0, H + 1 } }, { { 1, 0, 7 } } };
    QTest::newRow("exactly a shard") << S << QList<qint64> { S } << QList<qint64> { S }
                                     << QList<Extents> { { { 0, 0, S } } };
    QTest::newRow("a shard plus one byte") << S << QList<qint64> { S + 1 } << QList<qint64> { S, 1 }
                                           << QList<Extents> { { { 0, 0, S }, { 1, 0, 1 } } };
    QTest::newRow("three shards and a bit")
        << S << QList<qint64> { 3 * S + 5 } << QList<qint64> { S, S, S, 5 }
        << QList<Extents> { { { 0, 0, S }, { 1, 0, S }, { 2, 0, S }, { 3, 0, 5 } } };
    QTest::newRow("big file between small ones")
        << S << QList<qint64> { 10, S + 10, 20 } << QList<qint64> { 10, S, 10, 20 }
        << QList<Extents> { { { 0, 0, 10 } }, { { 1, 0, S }, { 2, 0, 10 } }, { { 3, 0, 20 } } };
    QTest::newRow("small files fill a shard exactly")
        << S << QList<qint64> { H, S / 4, S / 4, 1 } << QList<qint64> { S, 1 }
        << QList<Extents> {
               { { 0, 0, H } }, { { 0, H, S / 4 } }, { { 0, H + S / 4, S / 4 } }, { { 1, 0, 1 } }
           };
    QTest::newRow("a small file that does not fit opens a shard")
        << S << QList<qint64> { H, H - 1, 2 } << QList<qint64> { S - 1, 2 }
        << QList<Extents> { { { 0, 0, H } }, { { 0, H, H - 1 } }, { { 1, 0, 2 } } };
    QTest::newRow("empty files get no extents") << S << QList<qint64> { 0, 5, 0, 0 } << QList<qint64> { 5 }
                                                << QList<Extents> { {}, { { 0, 0, 5 } }, {}, {} };
    QTest::newRow("only empty files")
        << S << QList<qint64> { 0, 0 } << QList<qint64> {} << QList<Extents> { {}, {} };
    QTest::newRow("empty file between big ones keeps no shard")
        << S << QList<qint64> { S, 0, S } << QList<qint64> { S, S }
        << QList<Extents> { { { 0, 0, S } }, {}, { { 1, 0, S } } };
    const qint64 m1 = kMinShardSize;
    QTest::newRow("1 MiB shards") << m1 << QList<qint64> { m1 / 2, m1 / 2 + 1, 3 }
                                  << QList<qint64> { m1 / 2, m1 / 2 + 1, 3 }
                                  << QList<Extents> { { { 0, 0, m1 / 2 } },
                                                      { { 1, 0, m1 / 2 + 1 } },
                                                      { { 2, 0, 3 } } };
    const qint64 m16 = kMaxShardSize;
    QTest::newRow("16 MiB shards") << m16 << QList<qint64> { 20 * kMiB, 1 }
                                   << QList<qint64> { m16, 4 * kMiB, 1 }
                                   << QList<Extents> { { { 0, 0, m16 }, { 1, 0, 4 * kMiB } },
                                                       { { 2, 0, 1 } } };
    const qint64 odd = kMinShardSize + 1; // half = 524288 (rounded down)
    QTest::newRow("odd shard size: 524288 is not bigger than half")
        << odd << QList<qint64> { 524288, 524288, 524289 } << QList<qint64> { 1048576, 524289 }
        << QList<Extents> { { { 0, 0, 524288 } }, { { 0, 524288, 524288 } }, { { 1, 0, 524289 } } };
}

void TestPlanner::table()
{
    QFETCH(qint64, shardSize);
    QFETCH(QList<qint64>, sizes);
    QFETCH(QList<qint64>, shardSizes);
    QFETCH(QList<Extents>, extents);
    const ShardPlan plan = planShards(sizes, shardSize);
    QList<qint64> got;
    for (const auto &s : plan.shards)
        got << s.size;
    QCOMPARE(got, shardSizes);
    QCOMPARE(plan.fileExtents, extents);
    checkInvariants(sizes, plan);
}

void TestPlanner::shardSizeRange_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("1 MiB") << kMiB << true;
    QTest::newRow("1 MiB - 1") << kMiB - 1 << false;
    QTest::newRow("4 MiB") << 4 * kMiB << true;
    QTest::newRow("16 MiB") << 16 * kMiB << true;
    QTest::newRow("16 MiB + 1") << 16 * kMiB + 1 << false;
    QTest::newRow("0") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-4) << false;
}

void TestPlanner::shardSizeRange()
{
    QFETCH(qint64, size);
    QFETCH(bool, ok);
    const auto st = validateShardSize(size);
    QCOMPARE(st.ok(), ok);
    if (!ok)
        QVERIFY2(st.errorString().contains(QLatin1String("1 MiB to 16 MiB")), qPrintable(st.errorString()));
}

void TestPlanner::manyTinyFiles()
{
    const QList<qint64> sizes(10000, 5000);
    const ShardPlan plan = planShards(sizes, S);
    const int perShard = int(S / 5000); // 838
    QCOMPARE(plan.shards.size(), (10000 + perShard - 1) / perShard);
    QCOMPARE(plan.shards.first().pieces.size(), perShard);
    QCOMPARE(plan.shards.first().size, perShard * qint64(5000));
    QCOMPARE(plan.shards.last().pieces.size(), 10000 % perShard);
    QCOMPARE(plan.fileExtents.at(perShard).first(), (Extent { 1, 0, 5000 }));
    checkInvariants(sizes, plan);
}

void TestPlanner::randomInvariantsAndDeterminism()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 50; ++round) {
        QList<qint64> sizes;
        const int n = rng.bounded(1, 200);
        for (int i = 0; i < n; ++i) {
            switch (rng.bounded(5)) {
            case 0:
                sizes << 0;
                break;
            case 1:
                sizes << rng.bounded(1, 4096);
                break;
            case 2:
                sizes << rng.bounded(1, int(S));
                break;
            default:
                sizes << qint64(rng.bounded(1, int(3 * S)));
                break;
            }
        }
        const qint64 shardSize = kMinShardSize * rng.bounded(1, 17);
        const ShardPlan a = planShards(sizes, shardSize);
        const ShardPlan b = planShards(sizes, shardSize);
        QCOMPARE(a.fileExtents, b.fileExtents);
        checkInvariants(sizes, a);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPlanner::sparse20GiB_scannedAndPlanned_notHashed()
{
    // Plans a 20 GiB file without reading it (holes cost no disk); hashing it is covered,
    // bounded, by tst_packsparse.
    QTemporaryDir dir;
    const QByteArray big = dir.path().toUtf8() + "/huge.bin";
    const int fd = ::open(big.constData(), O_WRONLY | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    const qint64 size = qint64(20) << 30;
    QVERIFY(::ftruncate(fd, off_t(size)) == 0);
    ::close(fd);
    QVERIFY(::close(::open((dir.path().toUtf8() + "/empty").constData(), O_WRONLY | O_CREAT, 0644)) == 0);
    auto scanned = scanFolder(dir.path());
    QVERIFY2(scanned.ok(), qPrintable(scanned.errorString()));
    QCOMPARE(scanned->size(), 2);
    QCOMPARE(scanned->at(0).path, QStringLiteral("empty"));
    QCOMPARE(scanned->at(1).size, size);
    const ShardPlan plan = planShards({ scanned->at(0).size, scanned->at(1).size }, S);
    QCOMPARE(plan.totalBytes, size);
    QCOMPARE(plan.shards.size(), 5120);
    QVERIFY(plan.fileExtents.at(0).isEmpty());
    QCOMPARE(plan.fileExtents.at(1).size(), 5120);
    for (int i = 0; i < 5120; ++i)
        QCOMPARE(plan.fileExtents.at(1).at(i), (Extent { i, 0, S }));
    checkInvariants({ 0, size }, plan);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
