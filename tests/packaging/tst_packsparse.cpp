// A 20 GiB sparse file through the real pack pipeline, bounded: the first ~512 MiB are
// read, hashed and stored, then the run is canceled. Checks the memory stays bounded
// (peak RSS of this process) and that a canceled pack leaves nothing behind.
// Planning all 20 GiB is checked in tst_planner; bench/pack_bench.sh --size 8G packs
// 8 GiB of real data for the RSS claim.

#include "packaging/packer.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QtTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sg::packaging;

class TestPackSparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sparse20GiB_first512MiBPacked_thenCanceled_rssBounded();
};

void TestPackSparse::sparse20GiB_first512MiBPacked_thenCanceled_rssBounded()
{
    QTemporaryDir data, home;
    const QByteArray path = data.path().toUtf8() + "/huge.bin";
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    QVERIFY(::ftruncate(fd, off_t(qint64(20) << 30)) == 0);
    ::close(fd);

    std::atomic<bool> cancel { false };
    qint64 lastDone = 0;
    qint64 reportedTotal = 0;
    PackOptions o;
    o.dataset = QStringLiteral("sparse");
    o.version = QStringLiteral("1");
    o.license = QJsonObject { { QStringLiteral("id"), QStringLiteral("l") },
                              { QStringLiteral("spdx"), QStringLiteral("MIT") },
                              { QStringLiteral("uses"), QJsonArray() },
                              { QStringLiteral("pricePerAccess"),
                                QJsonObject { { QStringLiteral("amount"), QStringLiteral("0") },
                                              { QStringLiteral("currency"), QStringLiteral("USD") } } } };
    o.created = 0;
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        reportedTotal = total;
        if (done >= (qint64(512) << 20))
            cancel = true;
    };
    const auto key = sg::crypto::Ed25519PrivateKey::fromSeed(QByteArray(32, '\x01')).value();
    BlobStore store(home.path());
    auto r = packFolder(data.path(), store, key, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorCode(), QStringLiteral("canceled"));
    QCOMPARE(reportedTotal, qint64(20) << 30);
    QVERIFY(lastDone >= (qint64(512) << 20));
    QVERIFY(lastDone < (qint64(20) << 30));

    // Blobs become visible only when the whole pack succeeds: a canceled pack leaves
    // neither blobs nor temp files.
    int blobs = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!f.contains(QLatin1String(".tmp")), qPrintable(f));
        auto cid = sg::crypto::Cid::parse(QFileInfo(f).fileName());
        QVERIFY(cid.ok());
        QVERIFY(store.verify(*cid, kDefaultShardSize).ok());
        ++blobs;
    }
    QCOMPARE(blobs, 0);

    rusage ru {};
    QVERIFY(::getrusage(RUSAGE_SELF, &ru) == 0);
    const qint64 peakKiB = ru.ru_maxrss;
    qInfo("peak RSS %lld KiB after %lld MiB packed", peakKiB, lastDone >> 20);
    QVERIFY2(peakKiB < 64 * 1024, qPrintable(QString::number(peakKiB)));
}

QTEST_GUILESS_MAIN(TestPackSparse)
#include "tst_packsparse.moc"
