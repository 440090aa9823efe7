// Pack and verify end to end in the core: determinism, dedup, shard/file hashes checked
// independently, progress, cancel, damage found by verify, files changing, full disk.

#include "crypto/sha256.h"
#include "fulldisk.h"
#include "packaging/packer.h"
#include "packaging/verifier.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace sg::packaging;
using namespace sg::crypto;

namespace {

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    for (qint64 i = (n / 4) * 4; i < n; ++i)
        b[i] = char(rng.generate());
    return b;
}

Ed25519PrivateKey testKey()
{
    return Ed25519PrivateKey::fromSeed(QByteArray(32, '\x07')).value();
}

QJsonObject testLicense()
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("l") },
                         { QStringLiteral("spdx"), QStringLiteral("CC-BY-4.0") },
                         { QStringLiteral("uses"), QJsonArray { QStringLiteral("train") } },
                         { QStringLiteral("pricePerAccess"),
                           QJsonObject { { QStringLiteral("amount"), QStringLiteral("0.01") },
                                         { QStringLiteral("currency"), QStringLiteral("USD") } } } };
}

PackOptions options(qint64 shardSize = kMiB)
{
    PackOptions o;
    o.dataset = QStringLiteral("ds");
    o.version = QStringLiteral("1");
    o.license = testLicense();
    o.shardSize = shardSize;
    o.created = 1767225600;
    return o;
}

// A mixed folder: tiny, mid-size, big (multi-shard), empty, nested, two identical big files.
void makeDataset(const QString &root)
{
    QVERIFY(sg::test::writeFile(root + QStringLiteral("/a.txt"), "hello\n"));
    QVERIFY(sg::test::writeFile(root + QStringLiteral("/empty"), QByteArray()));
    QVERIFY(sg::test::writeFile(root + QStringLiteral("/big.bin"), randomBytes(3 * kMiB + 12345, 1)));
    QVERIFY(sg::test::writeFile(root + QStringLiteral("/copy/big.bin"), randomBytes(3 * kMiB + 12345, 1)));
    QVERIFY(sg::test::writeFile(root + QStringLiteral("/mid.bin"), randomBytes(400 * 1024, 2)));
    for (int i = 0; i < 40; ++i)
        QVERIFY(sg::test::writeFile(root + QStringLiteral("/small/f%1.json").arg(i, 3, 10, QLatin1Char('0')),
                                    randomBytes(1000 + i * 97, 100 + i)));
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestPacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packThenVerify();
    void hashesCheckedIndependently();
    void deterministicAcrossRunsAndThreads();
    void sourceDateEpoch();
    void dedupIdenticalShards();
    void repackReusesStore();
    void progressAndCancel();
    void verifyFindsStoreDamage();
    void verifyDirFindsFileDamage();
    void fileChangesWhilePacking();
    void badOptions_data();
    void badOptions();
    void fullDisk_data();
    void fullDisk();
};

void TestPacker::packThenVerify()
{
    QTemporaryDir data, home;
    makeDataset(data.path());
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, testKey(), options());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->fileCount, 45);
    QCOMPARE(r->manifest.files.first().path, QStringLiteral("a.txt"));
    QVERIFY(r->manifest.validate().ok());
    QVERIFY(r->manifest.verifySignature().ok());
    QCOMPARE(r->manifestCid, Cid::ofData(r->manifestBytes));
    QCOMPARE(r->manifest.creatorId, defaultCreatorId(testKey().publicKey()));
    VerifyOptions vo;
    vo.store = &store;
    auto v = verifyManifest(r->manifest, vo);
    QVERIFY(v.ok());
    QVERIFY2(v->ok(), qPrintable(v->issues.value(0).message));
    QCOMPARE(v->shardsChecked, r->uniqueShardCount);
    vo.dataDir = data.path();
    v = verifyManifest(r->manifest, vo);
    QVERIFY(v.ok());
    QVERIFY2(v->ok(), qPrintable(v->issues.value(0).message));
    QCOMPARE(v->filesChecked, 45);
    // Only complete blobs under final names.
    for (const QString &f : filesUnder(home.path()))
        QVERIFY2(!f.contains(QLatin1String(".tmp")), qPrintable(f));
}

void TestPacker::hashesCheckedIndependently()
{
    // Rebuild every shard from the files and the extents, hash with one-shot SHA-256,
    // and compare with the manifest and the stored blobs.
    QTemporaryDir data, home;
    makeDataset(data.path());
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, testKey(), options());
    QVERIFY(r.ok());
    const Manifest &m = r->manifest;
    QList<QByteArray> shards(m.shards.size());
    for (const FileEntry &f : m.files) {
        QFile file(data.path() + QLatin1Char('/') + f.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(f.size, qint64(bytes.size()));
        QCOMPARE(f.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        qint64 at = 0;
        for (const Extent &e : f.extents) {
            QByteArray &s = shards[e.shard];
            if (s.size() < e.offset + e.length)
                s.resize(e.offset + e.length);
            std::memcpy(s.data() + e.offset, bytes.constData() + at, size_t(e.length));
            at += e.length;
        }
    }
    for (int i = 0; i < m.shards.size(); ++i) {
        QCOMPARE(qint64(shards.at(i).size()), m.shards.at(i).size);
        const QByteArray digest = QCryptographicHash::hash(shards.at(i), QCryptographicHash::Sha256);
        QCOMPARE(m.shards.at(i).cid.digest(), digest);
        QCOMPARE(store.read(m.shards.at(i).cid, false).value(), shards.at(i));
    }
}

void TestPacker::deterministicAcrossRunsAndThreads()
{
    QTemporaryDir data, h1, h2, h3;
    makeDataset(data.path());
    PackOptions o = options();
    o.threads = 1;
    auto a = packFolder(data.path(), BlobStore(h1.path()), testKey(), o);
    o.threads = 4;
    auto b = packFolder(data.path(), BlobStore(h2.path()), testKey(), o);
    o.threads = 0;
    auto c = packFolder(data.path(), BlobStore(h3.path()), testKey(), o);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(a->manifestBytes, b->manifestBytes);
    QCOMPARE(a->manifestBytes, c->manifestBytes);
    QCOMPARE(filesUnder(h1.path()), filesUnder(h2.path()));
}

void TestPacker::sourceDateEpoch()
{
    QTemporaryDir data, home;
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/x"), "x"));
    sg::ManualClock clock(1000000000000);
    PackOptions o = options();
    o.created.reset();
    o.clock = &clock;
    qunsetenv("SOURCE_DATE_EPOCH");
    auto fromClock = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    QVERIFY(fromClock.ok());
    QCOMPARE(fromClock->manifest.created, qint64(1000000000));
    qputenv("SOURCE_DATE_EPOCH", "1767225600");
    auto fromEnv = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    clock.advanceSecs(3600);
    auto again = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    qputenv("SOURCE_DATE_EPOCH", "yesterday");
    auto bad = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    qunsetenv("SOURCE_DATE_EPOCH");
    QVERIFY(fromEnv.ok() && again.ok());
    QCOMPARE(fromEnv->manifest.toJson().value(QStringLiteral("created")).toString(),
             QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(fromEnv->manifestBytes, again->manifestBytes);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().contains(QLatin1String("SOURCE_DATE_EPOCH")), qPrintable(bad.errorString()));
}

void TestPacker::dedupIdenticalShards()
{
    QTemporaryDir data, home;
    const QByteArray big = randomBytes(2 * kMiB + 1000, 9);
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/one.bin"), big));
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/two.bin"), big));
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, testKey(), options(kMiB));
    QVERIFY(r.ok());
    QCOMPARE(r->shardCount, 6);
    QCOMPARE(r->uniqueShardCount, 3);
    QCOMPARE(r->duplicateBytes, qint64(big.size()));
    QCOMPARE(r->writtenBytes, qint64(big.size()));
    QCOMPARE(filesUnder(home.path()).size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r->manifest.shards.at(i).cid, r->manifest.shards.at(i + 3).cid);
}

void TestPacker::repackReusesStore()
{
    QTemporaryDir data, home;
    makeDataset(data.path());
    BlobStore store(home.path());
    auto first = packFolder(data.path(), store, testKey(), options());
    QVERIFY(first.ok());
    // A new version adds one file: every earlier shard of the big files is reused.
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/zz-new.txt"), "new"));
    PackOptions o = options();
    o.version = QStringLiteral("2");
    o.previous = first->manifestCid;
    auto second = packFolder(data.path(), store, testKey(), o);
    QVERIFY(second.ok());
    QCOMPARE(second->manifest.previous.value(), first->manifestCid);
    // The small file joins the last small-file shard, so that one shard is new.
    const FileEntry &added = second->manifest.files.last();
    QCOMPARE(added.path, QStringLiteral("zz-new.txt"));
    const ShardEntry &changed = second->manifest.shards.at(added.extents.first().shard);
    QCOMPARE(second->writtenBytes, changed.size);
    QCOMPARE(second->reusedBytes + second->writtenBytes + second->duplicateBytes, second->totalBytes);
}

void TestPacker::progressAndCancel()
{
    QTemporaryDir data, home;
    makeDataset(data.path());
    QList<QPair<qint64, qint64>> seen;
    PackOptions o = options();
    o.progress = [&](qint64 done, qint64 total) { seen.append({ done, total }); };
    auto r = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    QVERIFY(r.ok());
    QVERIFY(!seen.isEmpty());
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).first >= seen.at(i - 1).first);
    QCOMPARE(seen.last().first, r->totalBytes);
    QCOMPARE(seen.last().second, r->totalBytes);

    // Canceled before the work starts: an error, no manifest, no temp files.
    QTemporaryDir home2;
    std::atomic<bool> cancel { true };
    o.progress = nullptr;
    o.cancel = &cancel;
    auto canceled = packFolder(data.path(), BlobStore(home2.path()), testKey(), o);
    QVERIFY(!canceled.ok());
    QCOMPARE(canceled.errorCode(), QStringLiteral("canceled"));
    for (const QString &f : filesUnder(home2.path()))
        QVERIFY2(!f.contains(QLatin1String(".tmp")), qPrintable(f));
}

void TestPacker::verifyFindsStoreDamage()
{
    QTemporaryDir data, home;
    makeDataset(data.path());
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, testKey(), options());
    QVERIFY(r.ok());
    const Manifest &m = r->manifest;
    const Cid flipped = m.shards.at(0).cid;
    const Cid truncated = m.shards.at(1).cid;
    const Cid missing = m.shards.last().cid;
    {
        QFile f(store.pathFor(flipped));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(2);
        const char c = f.read(1).at(0);
        f.seek(2);
        f.write(QByteArray(1, char(c ^ 0x20)));
    }
    QVERIFY(::truncate(store.pathFor(truncated).toUtf8().constData(), 10) == 0);
    QVERIFY(store.remove(missing).ok());
    VerifyOptions vo;
    vo.store = &store;
    auto v = verifyManifest(m, vo);
    QVERIFY(v.ok());
    QVERIFY(v->signatureValid);
    QCOMPARE(v->issues.size(), 3);
    QCOMPARE(v->issues.at(0).subject, flipped.toString());
    QVERIFY2(v->issues.at(0).message.contains(QLatin1String("corrupt")), qPrintable(v->issues.at(0).message));
    QCOMPARE(v->issues.at(1).subject, truncated.toString());
    QVERIFY2(v->issues.at(1).message.contains(QLatin1String("truncated")),
             qPrintable(v->issues.at(1).message));
    QCOMPARE(v->issues.at(2).subject, missing.toString());
    QVERIFY2(v->issues.at(2).message.contains(QLatin1String("missing")), qPrintable(v->issues.at(2).message));
}

void TestPacker::verifyDirFindsFileDamage()
{
    QTemporaryDir data, home;
    makeDataset(data.path());
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, testKey(), options());
    QVERIFY(r.ok());
    // Same size, one byte changed (big file, second piece); a small file grown; one gone;
    // an extra file (not in the manifest, ignored).
    {
        QFile f(data.path() + QStringLiteral("/big.bin"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(kMiB + 5);
        const char c = f.read(1).at(0);
        f.seek(kMiB + 5);
        f.write(QByteArray(1, char(c ^ 1)));
    }
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/small/f003.json"), "changed size"));
    QVERIFY(QFile::remove(data.path() + QStringLiteral("/mid.bin")));
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/extra.txt"), "not packed"));
    VerifyOptions vo;
    vo.dataDir = data.path();
    auto v = verifyManifest(r->manifest, vo);
    QVERIFY(v.ok());
    QStringList subjects;
    QString all;
    for (const auto &i : v->issues) {
        subjects << i.subject;
        all += i.message + QLatin1Char('\n');
    }
    QVERIFY2(subjects.contains(QStringLiteral("big.bin")), qPrintable(all));
    QVERIFY2(subjects.contains(QStringLiteral("small/f003.json")), qPrintable(all));
    QVERIFY2(subjects.contains(QStringLiteral("mid.bin")), qPrintable(all));
    QVERIFY2(
        subjects.contains(r->manifest.shards.at(r->manifest.files.at(1).extents.at(1).shard).cid.toString()),
        qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("mid.bin: missing")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("small/f003.json: size is 12 bytes")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("big.bin: sha256 is")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("(files: big.bin)")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("extra.txt")), qPrintable(all));
    // copy/big.bin is untouched and still checks out.
    QVERIFY2(!subjects.contains(QStringLiteral("copy/big.bin")), qPrintable(all));
}

static QByteArray s_growTarget;
static int growOnCheck(const QByteArray &diskPath)
{
    if (diskPath == s_growTarget) {
        const int fd = ::open(diskPath.constData(), O_WRONLY | O_APPEND);
        (void)!::write(fd, "more", 4);
        ::close(fd);
    }
    return 0;
}

void TestPacker::fileChangesWhilePacking()
{
    // The scan sees the old size; the file grows before it is read (a writer still busy).
    QTemporaryDir data, home;
    QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/growing.log"), "line\n"));
    s_growTarget = QDir(data.path()).canonicalPath().toUtf8() + "/growing.log";
    PackOptions o = options();
    o.accessCheck = growOnCheck;
    auto r = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("growing.log: changed while being read")),
             qPrintable(r.errorString()));
}

void TestPacker::badOptions_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("needle");
    QTest::newRow("dataset") << "dataset"
                             << "dataset name";
    QTest::newRow("version") << "version"
                             << "version";
    QTest::newRow("creator") << "creator"
                             << "creator id";
    QTest::newRow("shard size") << "shard"
                                << "1 MiB to 16 MiB";
    QTest::newRow("license") << "license"
                             << "license is required";
    QTest::newRow("empty folder") << "empty"
                                  << "contains no files";
}

void TestPacker::badOptions()
{
    QFETCH(QString, what);
    QFETCH(QString, needle);
    QTemporaryDir data, home;
    if (what != QLatin1String("empty"))
        QVERIFY(sg::test::writeFile(data.path() + QStringLiteral("/x"), "x"));
    PackOptions o = options();
    if (what == QLatin1String("dataset"))
        o.dataset = QStringLiteral("a/b");
    else if (what == QLatin1String("version"))
        o.version = QStringLiteral(" 1");
    else if (what == QLatin1String("creator"))
        o.creatorId = QStringLiteral("me you");
    else if (what == QLatin1String("shard"))
        o.shardSize = 17 * kMiB;
    else if (what == QLatin1String("license"))
        o.license = {};
    auto r = packFolder(data.path(), BlobStore(home.path()), testKey(), o);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(needle), qPrintable(r.errorString()));
    QVERIFY(filesUnder(home.path()).isEmpty());
}

void TestPacker::fullDisk_data()
{
    QTest::addColumn<bool>("preferTmpfs");
    QTest::newRow("tmpfs of 2 MiB (rlimit when mount is not permitted)") << true;
    QTest::newRow("RLIMIT_FSIZE 512 KiB") << false;
}

void TestPacker::fullDisk()
{
    QFETCH(bool, preferTmpfs);
    QTemporaryDir data;
    makeDataset(data.path());
    const QString dataPath = data.path();
    const qint64 limit = preferTmpfs ? 2 * kMiB : 512 * 1024;
    const auto run = sg::test::runWithFullDisk(limit, preferTmpfs, [&](const QString &root) -> QString {
        BlobStore store(root + QStringLiteral("/blobs"));
        PackOptions o = options();
        o.threads = 2;
        auto r = packFolder(dataPath, store, testKey(), o);
        if (r.ok())
            return QStringLiteral("pack succeeded on a full disk");
        if (!r.errorString().contains(QLatin1String("No space left on device"))
            && !r.errorString().contains(QLatin1String("File too large")))
            return QStringLiteral("unexpected error: ") + r.errorString();
        // Nothing half-written under a final name: every blob there is complete and
        // verifies; no temp file is left.
        for (const QString &f : filesUnder(store.root())) {
            if (f.contains(QLatin1String(".tmp")))
                return QStringLiteral("temp file left: ") + f;
            auto cid = Cid::parse(f.section(QLatin1Char('/'), -1));
            if (!cid.ok())
                return QStringLiteral("unexpected file: ") + f;
            const auto st = store.verify(*cid);
            if (!st.ok())
                return QStringLiteral("incomplete blob under its final name: ") + st.errorString();
        }
        return {};
    });
    qInfo("full disk via %s", qPrintable(run.how));
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
}

QTEST_GUILESS_MAIN(TestPacker)
#include "tst_packer.moc"
