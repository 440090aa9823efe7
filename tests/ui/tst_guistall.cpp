// The stall measurement: the console packs a 1 GiB folder and then downloads the
// 1 GiB dataset from its embedded edge, driven through the Publish, Catalog and Downloads
// workspaces as a user would, while a 5 ms timer on the GUI thread measures the longest
// time the event loop was kept from running. Packing, hashing, blob writes, the edge and
// the downloader all run off the GUI thread; the GUI thread only receives progress.

#include "catalog/catalogworkspace.h"
#include "demo/demoworkspace.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsworkspace.h"
#include "models/downloadqueuemodel.h"
#include "publish/publishworkspace.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"
#include "stallprobe.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sg;
using namespace sg::ui;

namespace {

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kFileSize = qint64(1) << 30;
// The bound for the GUI thread.
constexpr qint64 kMaxStallMs = 100;

// 1 GiB in 16 MiB writes: a patterned buffer whose 1 MiB blocks are stamped with their
// index (and a hash of it) in the first 16 bytes, so every 4 MiB shard is distinct and
// nothing dedupes away. Takes a second or two; no sparse tricks the packer could skip.
constexpr quint64 kStampMul = 0x9E3779B97F4A7C15ull;

bool writeBigFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk(16 * kMiB, Qt::Uninitialized);
    for (qint64 i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 131 + (i >> 12)) & 0xff);
    for (qint64 block = 0; block < kFileSize / kMiB; block += 16) {
        for (qint64 j = 0; j < 16; ++j) {
            qToLittleEndian<quint64>(quint64(block + j) * kStampMul, chunk.data() + j * kMiB);
            qToLittleEndian<quint64>(quint64(block + j), chunk.data() + j * kMiB + 8);
        }
        if (f.write(chunk) != chunk.size())
            return false;
    }
    return f.flush();
}

// The stamp a block of the downloaded file must carry.
bool blockIsStamped(QFile &f, qint64 index)
{
    if (!f.seek(index * kMiB))
        return false;
    const QByteArray head = f.read(16);
    return head.size() == 16 && qFromLittleEndian<quint64>(head.constData()) == quint64(index) * kStampMul
        && qFromLittleEndian<quint64>(head.constData() + 8) == quint64(index);
}

} // namespace

class TestGuiStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        Theme::install(qApp);
    }

    // A GUI thread that blocks (work on it, a lock it waits on) stalls every time; a host
    // that briefly takes the CPU or memory away (reclaim, another VM) does not. So when a
    // first measurement exceeds the bound, the whole pack and download run once more, and
    // the test fails when a step exceeded the bound both times.
    void packAndDownloadOneGiB()
    {
        qint64 pack1 = -1, get1 = -1;
        runOnce(&pack1, &get1);
        if (QTest::currentTestFailed() || (pack1 < kMaxStallMs && get1 < kMaxStallMs))
            return;
        qInfo("max stalls %lld ms (pack) and %lld ms (download): measuring once more to tell a "
              "blocking GUI thread from a one-off host hiccup",
              pack1, get1);
        qint64 pack2 = -1, get2 = -1;
        runOnce(&pack2, &get2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(std::min(pack1, pack2) < kMaxStallMs,
                 qPrintable(QStringLiteral("packing stalled the GUI thread for %1 ms and again %2 ms")
                                .arg(pack1)
                                .arg(pack2)));
        QVERIFY2(std::min(get1, get2) < kMaxStallMs,
                 qPrintable(QStringLiteral("downloading stalled the GUI thread for %1 ms and again %2 ms")
                                .arg(get1)
                                .arg(get2)));
    }

private:
    void runOnce(qint64 *packStall, qint64 *getStall)
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString home = tmp.filePath(QStringLiteral("home"));
        auto demo = demo::prepareDemoWorkspace(home);
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));

        QElapsedTimer made;
        made.start();
        const QString folder = tmp.filePath(QStringLiteral("big-dataset"));
        QVERIFY(writeBigFile(folder + QStringLiteral("/big.bin")));
        qInfo("wrote the 1 GiB input in %lld ms", made.elapsed());

        AppContext context(home);
        Console console(&context);
        context.setBuyer(demo->buyer, demo->apiKey);
        context.setDemoManifestCid(demo->manifestCid);
        QSignalSpy marketReady(&context, &AppContext::marketReady);
        context.openMarket();
        QVERIFY(marketReady.wait(10000));
        QSignalSpy started(context.edge(), &EmbeddedEdge::started);
        context.edge()->start(QStringLiteral("127.0.0.1:0"));
        QVERIFY(started.wait(10000));
        console.window()->resize(1280, 800);
        console.window()->show();

        // --- Publish: the folder typed in, packed into 4 MiB shards.
        PublishWorkspace *publish = console.publish();
        console.window()->showWorkspace(0);
        QSignalSpy scanned(publish, &PublishWorkspace::folderScanned);
        auto *folderEdit = publish->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        folderEdit->clear();
        QTest::keyClicks(folderEdit, folder);
        QTest::keyClick(folderEdit, Qt::Key_Return);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.first().at(1).toLongLong(), kFileSize);
        auto *name = publish->findChild<QLineEdit *>(QStringLiteral("datasetName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("one-gib"));
        auto *shardSize = publish->findChild<QComboBox *>(QStringLiteral("shardSize"));
        QCOMPARE(shardSize->currentData().toLongLong(), 4 * kMiB);

        StallProbe packProbe;
        QSignalSpy packed(publish, &PublishWorkspace::packFinished);
        QSignalSpy packProgress(publish, &PublishWorkspace::packProgress);
        packProbe.start();
        QTest::mouseClick(publish->findChild<QPushButton *>(QStringLiteral("packButton")), Qt::LeftButton);
        QVERIFY(publish->isPacking());
        QVERIFY(packed.wait(240000));
        packProbe.stop();
        QVERIFY2(packed.first().at(0).toBool(), qPrintable(packed.first().at(1).toString()));
        QVERIFY(packProgress.count() > 10); // the bar moved while the worker packed
        QCOMPARE(publish->lastPack()->shardCount, int(kFileSize / (4 * kMiB)));
        QCOMPARE(publish->lastPack()->uniqueShardCount, int(kFileSize / (4 * kMiB)));
        qInfo(
            "1 GiB pack: %lld ms, GUI thread max stall %lld ms (from %lld ms in, %lld ms of it waiting for a "
            "CPU) over %d ticks; the GUI thread waited %lld ms in all for a CPU (machine load)",
            packProbe.elapsedMs(), packProbe.maxGapMs(), packProbe.maxGapAtMs(),
            packProbe.maxGapRunQueueWaitMs(), packProbe.ticks(), packProbe.runQueueWaitMs());

        QSignalSpy published(publish, &PublishWorkspace::published);
        QTest::mouseClick(publish->findChild<QPushButton *>(QStringLiteral("publishButton")), Qt::LeftButton);
        QVERIFY(published.wait(10000));
        QVERIFY2(published.first().at(0).toBool(), qPrintable(published.first().at(2).toString()));
        const QString cid = published.first().at(1).toString();

        // --- Catalog -> Downloads: the whole dataset from the embedded edge.
        CatalogWorkspace *catalog = console.catalog();
        console.window()->showWorkspace(1);
        QSignalSpy loaded(catalog, &CatalogWorkspace::catalogLoaded);
        catalog->reload();
        QVERIFY(loaded.wait(10000));
        catalog->select(cid);
        const QString out = tmp.filePath(QStringLiteral("out"));
        StallProbe getProbe;
        QSignalSpy downloaded(console.downloads()->manager(), &DownloadManager::finished);
        getProbe.start();
        catalog->download(out);
        QVERIFY(downloaded.wait(240000));
        getProbe.stop();
        QVERIFY2(downloaded.first().at(1).toBool(), qPrintable(downloaded.first().at(2).toString()));
        const DownloadItem *item = console.downloads()->manager()->model()->itemAtRow(0);
        QVERIFY(item);
        QCOMPARE(item->state, DownloadItem::State::Done);
        QCOMPARE(item->shardsDone, item->shardsTotal);
        QCOMPARE(item->bytesDone, kFileSize);
        qInfo("1 GiB download: %lld ms, GUI thread max stall %lld ms (from %lld ms in, %lld ms of it waiting "
              "for a CPU) over %d ticks; the GUI thread waited %lld ms in all for a CPU (machine load)",
              getProbe.elapsedMs(), getProbe.maxGapMs(), getProbe.maxGapAtMs(),
              getProbe.maxGapRunQueueWaitMs(), getProbe.ticks(), getProbe.runQueueWaitMs());

        // The downloader checked every shard's CID and the file's sha256; spot-check the
        // stamps at the ends and in the middle anyway.
        QFile result(out + QStringLiteral("/big.bin"));
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.size(), kFileSize);
        for (qint64 block : { qint64(0), qint64(1), qint64(511), qint64(1023) })
            QVERIFY2(blockIsStamped(result, block), qPrintable(QString::number(block)));
        result.close();

        *packStall = packProbe.maxGapMs();
        *getStall = getProbe.maxGapMs();

        QSignalSpy stopped(context.edge(), &EmbeddedEdge::stopped);
        context.edge()->stop();
        QVERIFY(stopped.wait(20000));
    }
};

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"
