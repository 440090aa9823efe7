// The downloader end to end in-process, against the test edge and the fault proxy.

#include "common/fileutil.h"
#include "download/downloader.h"
#include "ledger/note.h"
#include "testkit.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/vfs.h>

using namespace sg;
using namespace sg::download;

class TestDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void happyPath();
    void groupCommitSurvivesReboot();
    void byNameAtVersion();
    void faultInjection();
    void pauseAndResumeNoDoubleCharge();
    void foreignFiles();
    void tokenRefreshBeforeExpiry();
    void revocationStopsCleanly();
    void manifestCidMismatch();
    void wrongBytesNeverWritten();
    void fileHashMismatchStops();
    void bundlesCheckedAgainstLogKey();
    void directAndCachedWritesAgree();
    void laggardDoesNotDropFileHash();
    void fileHashesRunAlongsideShardChecks();

private:
    DownloadOptions options(const QString &edgeUrl, const QString &out) const;
    Status run(Downloader &d, int timeoutMs = 60000);
    void checkFiles(const QString &out) const;

    crypto::Ed25519PrivateKey m_key;
    test::TestDataset m_ds;
};

void TestDownloader::initTestCase()
{
    m_key = crypto::Ed25519PrivateKey::generate();
    // ~6.2 MiB in 7 shards of 1 MiB: files across shard borders, small files packed together.
    m_ds = test::buildDataset({ { QStringLiteral("train/part-0.bin"), test::patternBytes(2500000, 1) },
                                { QStringLiteral("train/part-1.bin"), test::patternBytes(3000000, 2) },
                                { QStringLiteral("meta/a.json"), QByteArray("{\"a\":1}\n") },
                                { QStringLiteral("meta/empty"), QByteArray() },
                                { QStringLiteral("README"), test::patternBytes(1000000, 3) } },
                              1 << 20, m_key);
    QCOMPARE(m_ds.shards.size(), 7);
}

DownloadOptions TestDownloader::options(const QString &edgeUrl, const QString &out) const
{
    DownloadOptions o;
    o.edge = QUrl(edgeUrl);
    o.apiKey = "sgk_test";
    o.manifest = m_ds.manifestCid.toString();
    o.outDir = out;
    o.connections = 4;
    o.stallTimeoutMs = 400;
    o.backoffBaseMs = 5;
    o.backoffMaxMs = 50;
    o.maxAttempts = 40;
    o.receiptWaitMs = 500;
    return o;
}

Status TestDownloader::run(Downloader &d, int timeoutMs)
{
    QSignalSpy spy(&d, &Downloader::finished);
    d.start();
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return fail(QStringLiteral("download did not finish in time"));
    return spy.first().first().value<Status>();
}

void TestDownloader::checkFiles(const QString &out) const
{
    for (const auto &f : m_ds.files) {
        QFile file(out + QLatin1Char('/') + f.first);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f.first));
        QVERIFY2(file.readAll() == f.second, qPrintable(f.first));
    }
    // sha256sum agrees with the manifest.
    QProcess p;
    p.setWorkingDirectory(out);
    p.start(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral(".shardgate/SHA256SUMS") });
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(p.readAllStandardOutput().count(": OK\n"), m_ds.files.size());
}

void TestDownloader::happyPath()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.clock = &clock;
    Downloader d(o);
    QSignalSpy progress(&d, &Downloader::progressChanged);
    const Status st = run(d);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
    checkFiles(out.path());
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<DownloadProgress>();
    QCOMPARE(last.shardsDone, 7);
    QCOMPARE(last.bytesDone, last.bytesTotal);
    QCOMPARE(d.summary().shardsFetched, 7);
    QCOMPARE(edge.shardBodyBytes(), qint64(5500000 + 8 + 1000000));
    // Provenance: the signed manifest byte for byte, one receipt bundle per response.
    QCOMPARE(readFile(out.filePath(QStringLiteral(".shardgate/manifest.json"))).value(), m_ds.manifestBytes);
    const QStringList bundles
        = QDir(out.filePath(QStringLiteral(".shardgate/receipts"))).entryList(QDir::Files);
    QCOMPARE(bundles.size(), 7);
    QCOMPARE(d.summary().receiptsSaved, 7);
    QCOMPARE(edge.tokensIssued(), 1);
    QCOMPARE(edge.charges().size(), 7);

    // A second run finds everything in the journal and fetches nothing, except a bundle
    // file cut short (bundles are renamed into place unsynced, then synced together: a
    // power loss in between can leave one empty): that one is fetched again.
    const QString cut = out.filePath(QStringLiteral(".shardgate/receipts/") + bundles.first());
    const QByteArray whole = readFile(cut).value();
    QVERIFY(test::writeFile(cut, QByteArray()));
    Downloader again(o);
    QVERIFY(run(again).ok());
    QCOMPARE(again.summary().shardsFetched, 0);
    QCOMPARE(again.summary().shardsFromJournal, 7);
    QCOMPARE(edge.shardRequests(), 7);
    QCOMPARE(again.summary().receiptsSaved, 7);
    QCOMPARE(readFile(cut).value(), whole);
    QCOMPARE(QDir(out.filePath(QStringLiteral(".shardgate/receipts")))
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             7); // no temp file left

    // Files without a journal (copied elsewhere): verified from disk, not fetched.
    QTemporaryDir copy;
    for (const auto &f : m_ds.files)
        QVERIFY(test::writeFile(copy.filePath(f.first), f.second));
    DownloadOptions oc = o;
    oc.outDir = copy.path();
    Downloader adopt(oc);
    QVERIFY(run(adopt).ok());
    QCOMPARE(adopt.summary().shardsAdopted, 7);
    QCOMPARE(adopt.summary().shardsFetched, 0);
}

// The journal is not fsynced per shard: a group commit syncs the files and appends a sync
// record. After a (simulated) reboot, records a sync covers are trusted, the others are
// re-read from the files; intact shards are not fetched again.
void TestDownloader::groupCommitSurvivesReboot()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.clock = &clock;
    o.syncEveryBytes = 1; // a sync after every shard (when none is running)
    Downloader d(o);
    QVERIFY(run(d).ok());
    const QString journal = out.filePath(QStringLiteral(".shardgate/journal"));
    QTRY_VERIFY_WITH_TIMEOUT(readFile(journal).value().contains("\nsync "), 10000);

    DownloadJournal::setBootIdForTesting("test-reboot");
    {
        DownloadJournal j;
        QVERIFY(j.open(out.filePath(QStringLiteral(".shardgate")), m_ds.manifestCid).ok());
        qInfo() << "after the reboot: trusted" << j.verifiedShards().size() << "to re-read"
                << j.untrustedShards().size();
        QVERIFY(j.verifiedShards().size() >= 1); // covered by a sync record
        QCOMPARE(j.verifiedShards().size() + j.untrustedShards().size(), 7);
    }
    Downloader again(o);
    QVERIFY(run(again).ok());
    DownloadJournal::setBootIdForTesting({});
    QCOMPARE(again.summary().shardsFetched, 0);
    QCOMPARE(edge.shardRequests(), 7);
    checkFiles(out.path());
}

void TestDownloader::byNameAtVersion()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.manifest = QStringLiteral("test-set@1");
    Downloader d(o);
    QVERIFY(run(d).ok());
    checkFiles(out.path());
    o.manifest = QStringLiteral("test-set@2");
    Downloader missing(o);
    const Status st = run(missing);
    QCOMPARE(st.errorCode(), QStringLiteral("notfound"));
    QVERIFY(st.errorString().contains(QLatin1String("versions: 1")));
}

void TestDownloader::faultInjection()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), edge.serverPort(), 20260110);
    test::FaultProxy::Mix mix;
    mix.drop = 0.12;
    mix.stall = 0.05;
    mix.corrupt = 0.10;
    mix.burst503 = 0.06;
    mix.noRange = 0.08;
    mix.wrongRange = 0.08;
    proxy.setMix(mix);
    using F = test::FaultProxy;
    proxy.setScript({ F::Drop, F::Stall, F::Corrupt, F::Status503, F::NoRange, F::WrongContentRange });
    QTemporaryDir out;
    DownloadOptions o = options(proxy.url(), out.path());
    Downloader d(o);
    QSignalSpy notes(&d, &Downloader::note);
    const Status st = run(d);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
    checkFiles(out.path());
    // Corrupt bodies never reached a file's running sha256 (a shard that had claimed it
    // and then failed its CID check makes that file be read back instead): no file had to
    // be fetched a second time.
    for (const auto &n : notes)
        QVERIFY2(n.at(0).toString() != QLatin1String("verify"), qPrintable(n.at(1).toString()));
    const auto injected = proxy.injected();
    qInfo() << "faults injected:" << injected << "retries" << d.summary().retries;
    for (auto f : { test::FaultProxy::Drop, test::FaultProxy::Corrupt, test::FaultProxy::Status503,
                    test::FaultProxy::NoRange, test::FaultProxy::WrongContentRange, test::FaultProxy::Stall })
        QVERIFY2(injected.value(f) > 0, qPrintable(QStringLiteral("fault %1 never injected").arg(int(f))));
    QVERIFY(d.summary().retries > 0);
    // Shards cut off mid-body resumed from where they stopped, always with If-Range.
    qInfo() << "resumed ranges with If-Range" << edge.resumedWithIfRange();
    QVERIFY(edge.resumedWithIfRange() > 0);
    QCOMPARE(edge.resumedWithoutIfRange(), 0);
    // One job throughout: every shard billed once however often it was retried.
    for (int n : edge.charges())
        QCOMPARE(n, 1);
}

void TestDownloader::pauseAndResumeNoDoubleCharge()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.limitRate = 4 << 20; // slow enough to pause mid-way
    o.connections = 2;
    {
        Downloader d(o);
        int verified = 0;
        connect(&d, &Downloader::progressChanged, &d, [&](const DownloadProgress &p) {
            verified = p.shardsDone;
            if (p.shardsDone >= 3)
                d.stop();
        });
        const Status st = run(d);
        QCOMPARE(st.errorCode(), QStringLiteral("paused"));
        QVERIFY(verified >= 3 && verified < 7);
    }
    const qint64 before = edge.shardBodyBytes();
    o.limitRate = 0;
    Downloader resumed(o);
    const Status st = run(resumed);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
    checkFiles(out.path());
    QVERIFY(resumed.summary().shardsFromJournal >= 3);
    QCOMPARE(resumed.summary().shardsFetched + resumed.summary().shardsFromJournal, 7);
    // Re-downloaded at most the shards that were in flight at the pause (2 connections).
    QVERIFY(before + edge.shardBodyBytes() - before <= qint64(m_ds.shards.size() + 2) << 20);
    QCOMPARE(edge.jobsSeen().size(), 1); // the journaled job was reused
    QCOMPARE(edge.charges().size(), 7);
    for (int n : edge.charges())
        QCOMPARE(n, 1);
    // Every receipt of both runs is in the snapshot.
    QCOMPARE(QDir(out.filePath(QStringLiteral(".shardgate/receipts"))).entryList(QDir::Files).size(),
             resumed.summary().receiptsSaved);
}

void TestDownloader::foreignFiles()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    QVERIFY(test::writeFile(out.filePath(QStringLiteral("notes/mine.txt")), "keep me"));
    Downloader d(options(edge.url(), out.path()));
    const Status st = run(d);
    QCOMPARE(st.errorCode(), QStringLiteral("foreign"));
    QVERIFY(st.errorString().contains(QLatin1String("notes/mine.txt")));
    QVERIFY(st.errorString().contains(QLatin1String("--force")));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral(".shardgate"))));
    QCOMPARE(edge.tokensIssued(), 0);

    DownloadOptions o = options(edge.url(), out.path());
    o.force = true;
    Downloader forced(o);
    QVERIFY(run(forced).ok());
    checkFiles(out.path());
    QCOMPARE(readFile(out.filePath(QStringLiteral("notes/mine.txt"))).value(), QByteArray("keep me"));

    // A folder holding another dataset's journal is refused even with --force.
    const test::TestDataset other
        = test::buildDataset({ { QStringLiteral("README"), QByteArray("x") } }, 1 << 20, m_key);
    edge.addDataset(other);
    o.manifest = other.manifestCid.toString();
    Downloader clash(o);
    QCOMPARE(run(clash).errorCode(), QStringLiteral("foreign"));
}

void TestDownloader::tokenRefreshBeforeExpiry()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.clock = &clock;
    o.tokenTtlSecs = 60;
    o.limitRate = 3 << 20;
    Downloader d(o);
    bool moved = false;
    connect(&d, &Downloader::progressChanged, &d, [&](const DownloadProgress &p) {
        // Early on (the first MiB in), time jumps to 10 s before expiry: inside the refresh
        // margin (15 s), with two once-a-second refresh ticks left before the download ends
        // (after two shards it was sometimes past the last one under ASan's slowdown).
        if (!moved && p.bytesReceived >= (qint64(1) << 20)) {
            moved = true;
            clock.advanceSecs(50);
        }
    });
    const Status st = run(d);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
    QVERIFY(moved);
    QCOMPARE(edge.tokensIssued(), 2);
    QCOMPARE(edge.jobsSeen().size(), 1);
    checkFiles(out.path());
}

void TestDownloader::revocationStopsCleanly()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.limitRate = 4 << 20;
    o.connections = 1;
    Downloader d(o);
    connect(&d, &Downloader::progressChanged, &d, [&](const DownloadProgress &p) {
        if (p.shardsDone >= 2)
            edge.revokeAll();
    });
    QSignalSpy notes(&d, &Downloader::note);
    const Status st = run(d);
    QCOMPARE(st.errorCode(), QStringLiteral("revoked"));
    QVERIFY2(st.errorString().contains(QLatin1String("revoked")), qPrintable(st.errorString()));
    QCOMPARE(edge.tokensIssued(), 1); // the one refresh was refused by the token endpoint
    // The journal still holds the verified shards.
    QFile journal(out.filePath(QStringLiteral(".shardgate/journal")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(journal.readAll().count("\nshard ") >= 2);
}

void TestDownloader::manifestCidMismatch()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    const test::TestDataset other
        = test::buildDataset({ { QStringLiteral("x"), QByteArray("evil") } }, 1 << 20, m_key);
    edge.serveManifestAs(m_ds.manifestCid.toString(), other.manifestBytes);
    QTemporaryDir out;
    Downloader d(options(edge.url(), out.path()));
    const Status st = run(d);
    QCOMPARE(st.errorCode(), QStringLiteral("manifest-cid"));
    QVERIFY(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestDownloader::wrongBytesNeverWritten()
{
    // Every shard response corrupted: the download gives up, nothing was journaled and
    // the files hold no unverified bytes (still all zero after preallocation).
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), edge.serverPort(), 7);
    test::FaultProxy::Mix mix;
    mix.corrupt = 1.0;
    proxy.setMix(mix);
    QTemporaryDir out;
    DownloadOptions o = options(proxy.url(), out.path());
    o.maxVerifyFailures = 2;
    Downloader d(o);
    const Status st = run(d);
    QCOMPARE(st.errorCode(), QStringLiteral("verify"));
    QFile journal(out.filePath(QStringLiteral(".shardgate/journal")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.readAll().count("\nshard "), 0);
    for (const auto &f : m_ds.files) {
        const QByteArray data = readFile(out.filePath(f.first)).value();
        QCOMPARE(data, QByteArray(f.second.size(), '\0'));
    }
}

void TestDownloader::fileHashMismatchStops()
{
    // Signed by the creator, shards consistent, but a file's sha256 is wrong: every shard
    // verifies, the file check fails, its shards are fetched once more, then the download
    // stops naming the file instead of reporting success.
    const test::TestDataset bad
        = test::buildDataset({ { QStringLiteral("ok.bin"), test::patternBytes(1200000, 5) },
                               { QStringLiteral("bad.bin"), QByteArray("abc") } },
                             1 << 20, m_key, [](QJsonObject &m) {
                                 QJsonArray files = m.value(QLatin1String("files")).toArray();
                                 QJsonObject f = files.at(1).toObject();
                                 f.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
                                 files.replace(1, f);
                                 m.insert(QStringLiteral("files"), files);
                             });
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(bad);
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.manifest = bad.manifestCid.toString();
    Downloader d(o);
    const Status st = run(d);
    QCOMPARE(st.errorCode(), QStringLiteral("verify"));
    QVERIFY2(st.errorString().contains(QLatin1String("bad.bin")), qPrintable(st.errorString()));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral(".shardgate/SHA256SUMS"))));
    QVERIFY(edge.shardRequests() > int(bad.shards.size())); // the shards of bad.bin were fetched again
    QCOMPARE(d.summary().filesFetchedAgain, 1);
}

// With the edge's log key at hand, a bundle is kept only when its checkpoint signature and
// inclusion proof verify: this edge's bundles carry neither, so none is kept, each with a
// note, and the download itself still succeeds.
void TestDownloader::bundlesCheckedAgainstLogKey()
{
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(m_ds);
    auto signer = ledger::NoteSigner::generate(QStringLiteral("edge.test/log"));
    QVERIFY(signer.ok());
    edge.serveLogKey(signer->verifier().verifierKey().toUtf8());
    QTemporaryDir out;
    DownloadOptions o = options(edge.url(), out.path());
    o.clock = &clock;
    Downloader d(o);
    QSignalSpy notes(&d, &Downloader::note);
    QVERIFY(run(d).ok());
    checkFiles(out.path());
    QCOMPARE(d.summary().receiptsSaved, 0);
    QCOMPARE(d.summary().receiptsMissing, 7);
    int refused = 0;
    for (const auto &n : notes)
        refused += n.at(1).toString().contains(QLatin1String("is not kept")) ? 1 : 0;
    QCOMPARE(refused, 7);
    QCOMPARE(readFile(out.filePath(QStringLiteral(".shardgate/log.vkey"))).value().trimmed(),
             signer->verifier().verifierKey().toUtf8());
    QVERIFY(QDir(out.filePath(QStringLiteral(".shardgate/receipts"))).entryList(QDir::Files).isEmpty());
}

// O_DIRECT where the filesystem takes it, the page cache otherwise or when asked: the same
// bytes either way (the dataset's files start and end off the 4 KiB grid, and the small
// ones are packed into shared shards, so heads, tails and middles all occur).
void TestDownloader::directAndCachedWritesAgree()
{
    for (const bool direct : { true, false }) {
        ManualClock clock;
        test::TestEdge edge(&clock);
        edge.addDataset(m_ds);
        QTemporaryDir out;
        DownloadOptions o = options(edge.url(), out.path());
        o.clock = &clock;
        o.directWrites = direct;
        Downloader d(o);
        QVERIFY(run(d).ok());
        checkFiles(out.path());
        const qint64 total = 2500000 + 3000000 + 8 + 1000000;
        QCOMPARE(d.summary().bytesWrittenDirect + d.summary().bytesWrittenCached, total);
        if (!direct)
            QCOMPARE(d.summary().bytesWrittenDirect, 0);
        struct statfs fs;
        QVERIFY(::statfs(QFile::encodeName(out.path()).constData(), &fs) == 0);
        const bool takesDirect = fs.f_type == 0xEF53 /* ext2/3/4 */ || fs.f_type == 0x58465342 /* xfs */
            || fs.f_type == 0x9123683E /* btrfs */;
        if (direct && takesDirect)
            QVERIFY(d.summary().bytesWrittenDirect > 0);
        qInfo() << (direct ? "direct writes asked:" : "cached writes asked:")
                << d.summary().bytesWrittenDirect << "bytes with O_DIRECT," << d.summary().bytesWrittenCached
                << "through the page cache";
    }
}

// One big file, four connections, and the first shard stalls until the stall timeout:
// the other connections go on only within the window after it (heldBytesCap), so the
// file's sha256 still advances in order once it arrives, and the file is never read back.
// (Before the window, they raced through the file, the held shards passed the cap and the
// file hash was dropped: a second read of the whole file at the end.)
void TestDownloader::laggardDoesNotDropFileHash()
{
    const auto ds = test::buildDataset(
        { { QStringLiteral("big.bin"), test::patternBytes(12 * 1048576 + 123, 7) } }, 1 << 20, m_key);
    QCOMPARE(ds.shards.size(), 13);
    ManualClock clock;
    test::TestEdge edge(&clock);
    edge.addDataset(ds);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), edge.serverPort(), 7);
    proxy.setScript({ test::FaultProxy::Stall });
    QTemporaryDir out;
    DownloadOptions o = options(proxy.url(), out.path());
    o.manifest = ds.manifestCid.toString();
    o.heldBytesCap = 4 << 20; // a window of 4 shards
    Downloader d(o);
    const Status st = run(d);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
    QCOMPARE(proxy.injected().value(test::FaultProxy::Stall), 1);
    QCOMPARE(readFile(out.filePath(QStringLiteral("big.bin"))).value(), ds.files.first().second);
    QCOMPARE(d.summary().filesReadBack, 0);

    // Without memory for in-order hashing (a cap below one shard) the shard after the
    // stalled one cannot wait: the file hash is dropped and the file read back.
    test::FaultProxy proxy2(QStringLiteral("127.0.0.1"), edge.serverPort(), 7);
    proxy2.setScript({ test::FaultProxy::Stall });
    QTemporaryDir out2;
    DownloadOptions o2 = options(proxy2.url(), out2.path());
    o2.manifest = ds.manifestCid.toString();
    o2.heldBytesCap = 1;
    Downloader tight(o2);
    QVERIFY(run(tight).ok());
    QCOMPARE(readFile(out2.filePath(QStringLiteral("big.bin"))).value(), ds.files.first().second);
    QCOMPARE(tight.summary().filesReadBack, 1);
}

// A file's sha256 is fed in file order in the same pass as its shards' CID checks
// (Sha256::addTwo): a shard whose extent is next while the shard before it is still being
// hashed queues its check behind that hash. Fed in the wrong order, a file would fail its
// final check and be fetched again (or read back): each run must get every file's sha256
// right in flight, and over the runs checks must have been queued that way.
void TestDownloader::fileHashesRunAlongsideShardChecks()
{
    // Four files (each connection mostly on a file of its own) and one file (four
    // consecutive shards of it in flight at once, so checks queue behind checks).
    QList<QPair<QString, QByteArray>> four;
    for (int i = 0; i < 4; ++i)
        four.append(
            { QStringLiteral("part-%1.bin").arg(i), test::patternBytes(6 * 1048576 + 4099 * i, 20 + i) });
    const QList<QPair<QString, QByteArray>> one
        = { { QStringLiteral("whole.bin"), test::patternBytes(16 * 1048576 + 77, 30) } };
    for (const auto &files : { four, one }) {
        const auto ds = test::buildDataset(files, 1 << 20, m_key);
        ManualClock clock;
        test::TestEdge edge(&clock);
        edge.addDataset(ds);
        qint64 withOwn = 0;
        int queued = 0;
        int runs = 0;
        while (runs < 3 || (runs < 25 && queued == 0)) {
            ++runs;
            QTemporaryDir out;
            DownloadOptions o = options(edge.url(), out.path());
            o.manifest = ds.manifestCid.toString();
            o.clock = &clock;
            o.heldBytesCap = qint64(64) << 20; // no file hash dropped for memory
            Downloader d(o);
            const Status st = run(d);
            QVERIFY2(st.ok(), qPrintable(st.errorString()));
            for (const auto &f : files)
                QCOMPARE(readFile(out.filePath(f.first)).value(), f.second);
            const DownloadSummary &s = d.summary();
            QCOMPARE(s.filesFetchedAgain, 0);
            QCOMPARE(s.filesReadBack, 0);
            QVERIFY(s.fileHashBytesWithOwnShard <= s.fileBytes);
            withOwn += s.fileHashBytesWithOwnShard;
            queued += s.shardChecksQueued;
        }
        qInfo() << files.size() << "file(s)," << runs << "run(s): file bytes hashed with their own shard"
                << withOwn << "; checks queued behind their file's hash" << queued;
        QVERIFY(withOwn > 0);
        QVERIFY(queued > 0);
    }
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
