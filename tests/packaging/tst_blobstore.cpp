// Blob store: layout against the CID vectors, atomic writes, dedup, verification, full disk.

#include "crypto/cid.h"
#include "fulldisk.h"
#include "packaging/blobstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QtTest>

using namespace sg::packaging;
using sg::crypto::Cid;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

QByteArray pattern(qint64 n, int salt = 0)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qint64 i = 0; i < n; ++i)
        b[i] = char((i * 31 + salt) % 251);
    return b;
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutFromVectors();
    void putTwiceStoresOnce();
    void putReplacesDamagedBlob();
    void putVerifiedRejectsWrongBytes();
    void verifyDetects_data();
    void verifyDetects();
    void readAndOpen();
    void removeBlob();
    void fullDisk_data();
    void fullDisk();
};

void TestBlobStore::layoutFromVectors()
{
    // "hash part" = the CID text after the constant "bafkrei"; the folder is its first 2
    // characters. Checked on the independent CID strings of shared/vectors/cid.json.
    const QJsonArray cases
        = sg::test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 6);
    BlobStore store(QStringLiteral("/home/x/blobs"));
    QSet<QString> folders;
    for (const auto &c : cases) {
        const QString text = c.toObject().value(QStringLiteral("cid")).toString();
        auto cid = Cid::parse(text);
        QVERIFY2(cid.ok(), qPrintable(cid.errorString()));
        QVERIFY(text.startsWith(QLatin1String("bafkrei")));
        QCOMPARE(BlobStore::folderFor(*cid), text.mid(7, 2));
        QCOMPARE(store.pathFor(*cid), QStringLiteral("/home/x/blobs/%1/%2").arg(text.mid(7, 2), text));
        folders.insert(text.mid(7, 2));
    }
    // The empty input's CID is bafkreihdwdce...: folder "hd".
    QCOMPARE(BlobStore::folderFor(Cid::ofData(QByteArray())), QStringLiteral("hd"));
    QVERIFY(folders.size() > 1); // the folder depends on the digest
}

void TestBlobStore::putTwiceStoresOnce()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray data = pattern(100000);
    const Cid cid = Cid::ofData(data);
    QVERIFY(!store.contains(cid));
    auto first = store.put(cid, data);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QCOMPARE(*first, BlobStore::PutOutcome::Written);
    auto second = store.put(cid, data);
    QVERIFY(second.ok());
    QCOMPARE(*second, BlobStore::PutOutcome::AlreadyPresent);
    QVERIFY(store.contains(cid));
    QCOMPARE(*store.size(cid), qint64(data.size()));
    // One file, under its final name, nothing temporary left.
    QCOMPARE(filesUnder(dir.path()),
             QStringList { BlobStore::folderFor(cid) + QLatin1Char('/') + cid.toString() });
    QFile f(store.pathFor(cid));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), data);
}

void TestBlobStore::putReplacesDamagedBlob()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray data = pattern(5000);
    const Cid cid = Cid::ofData(data);
    QVERIFY(store.put(cid, data).ok());
    QVERIFY(::truncate(store.pathFor(cid).toUtf8().constData(), 100) == 0);
    QVERIFY(!store.verify(cid, 5000).ok());
    auto again = store.put(cid, data);
    QVERIFY(again.ok());
    QCOMPARE(*again, BlobStore::PutOutcome::Written);
    QVERIFY(store.verify(cid, 5000).ok());
}

void TestBlobStore::putVerifiedRejectsWrongBytes()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const Cid cid = Cid::ofData("right");
    auto r = store.putVerified(cid, "wrong");
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(cid.toString()), qPrintable(r.errorString()));
    QVERIFY(!store.contains(cid));
    QVERIFY(store.putVerified(cid, "right").ok());
    QVERIFY(store.contains(cid));
}

void TestBlobStore::verifyDetects_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("needle");
    QTest::newRow("intact") << "none"
                            << "";
    QTest::newRow("missing") << "delete"
                             << "missing";
    QTest::newRow("truncated") << "truncate"
                               << "truncated: 4096 of 65536 bytes";
    QTest::newRow("too long") << "append"
                              << "too long";
    QTest::newRow("flipped byte") << "flip"
                                  << "corrupt";
}

void TestBlobStore::verifyDetects()
{
    QFETCH(QString, damage);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray data = pattern(65536, 7);
    const Cid cid = Cid::ofData(data);
    QVERIFY(store.put(cid, data).ok());
    const QByteArray path = store.pathFor(cid).toUtf8();
    if (damage == QLatin1String("delete")) {
        QVERIFY(::unlink(path.constData()) == 0);
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(::truncate(path.constData(), 4096) == 0);
    } else if (damage != QLatin1String("none")) {
        QFile f(QString::fromUtf8(path));
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("append")) {
            f.seek(f.size());
            f.write("x");
        } else {
            f.seek(40000);
            f.write(QByteArray(1, char(data.at(40000) ^ 0x01)));
        }
    }
    const auto st = store.verify(cid, data.size());
    if (needle.isEmpty()) {
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
        return;
    }
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(needle), qPrintable(st.errorString()));
    QVERIFY2(st.errorString().contains(cid.toString()), qPrintable(st.errorString()));
    if (damage == QLatin1String("flip")) {
        auto r = store.read(cid, true);
        QVERIFY(!r.ok());
        QVERIFY(store.read(cid, false).ok()); // trusted read does not hash
    }
}

void TestBlobStore::readAndOpen()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray data = pattern(12345);
    const Cid cid = Cid::ofData(data);
    QVERIFY(store.put(cid, data).ok());
    qint64 size = -1;
    auto f = store.open(cid, &size);
    QVERIFY(f.ok());
    QCOMPARE(size, qint64(12345));
    QCOMPARE((*f)->readAll(), data);
    QCOMPARE(*store.read(cid, true), data);
    auto missing = store.open(Cid::ofData("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorString().contains(QLatin1String("missing")));
}

void TestBlobStore::removeBlob()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const Cid cid = Cid::ofData("x");
    QVERIFY(store.put(cid, "x").ok());
    QVERIFY(store.remove(cid).ok());
    QVERIFY(!store.contains(cid));
    QVERIFY(store.remove(cid).ok());
}

void TestBlobStore::fullDisk_data()
{
    QTest::addColumn<bool>("preferTmpfs");
    QTest::newRow("tmpfs of 1 MiB (rlimit when mount is not permitted)") << true;
    QTest::newRow("RLIMIT_FSIZE 1 MiB") << false;
}

void TestBlobStore::fullDisk()
{
    QFETCH(bool, preferTmpfs);
    const auto run = sg::test::runWithFullDisk(1 << 20, preferTmpfs, [](const QString &root) -> QString {
        BlobStore store(root);
        const QByteArray small = pattern(1000);
        if (!store.put(Cid::ofData(small), small).ok())
            return QStringLiteral("a small blob should fit");
        const QByteArray big = pattern(3 << 20, 1);
        const Cid cid = Cid::ofData(big);
        auto r = store.put(cid, big);
        if (r.ok())
            return QStringLiteral("writing 3 MiB into 1 MiB succeeded");
        if (!r.errorString().contains(cid.toString()))
            return QStringLiteral("error does not name the shard: ") + r.errorString();
        if (!r.errorString().contains(QLatin1String("No space left on device"))
            && !r.errorString().contains(QLatin1String("File too large")))
            return QStringLiteral("unexpected error: ") + r.errorString();
        if (store.contains(cid))
            return QStringLiteral("a half-written blob is under its final name");
        const QStringList left = filesUnder(root);
        if (left
            != QStringList { BlobStore::folderFor(Cid::ofData(small)) + QLatin1Char('/')
                             + Cid::ofData(small).toString() })
            return QStringLiteral("unexpected files left: ") + left.join(QLatin1Char(' '));
        return {};
    });
    qInfo("full disk via %s", qPrintable(run.how));
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
