// The journal of verified shards: torn tails, foreign journals, the folder lock.

#include "crypto/cid.h"
#include "download/downloadjournal.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;
using namespace sg::download;

class TestDownloadJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void tornTail_data();
    void tornTail();
    void foreignManifest();
    void secondOpenRefused();
    void lockReleasedOnClose();
    void forget();
    void symlinkedStateDirRefused();
    void recordsAfterLastSyncUntrustedAfterReboot();

private:
    const crypto::Cid m_manifest = crypto::Cid::ofData("manifest");
    crypto::Cid shard(int i) const { return crypto::Cid::ofData(QByteArray::number(i)); }
};

void TestDownloadJournal::roundTrip()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
        QVERIFY(j.recordJob(QStringLiteral("job-1")).ok());
        QVERIFY(j.recordShard(3, shard(3), { 10, 12 }).ok());
        QVERIFY(j.recordShard(0, shard(0), {}).ok());
    }
    DownloadJournal j;
    QVERIFY(j.open(state, m_manifest).ok());
    QCOMPARE(j.discardedTailBytes(), qint64(0));
    QCOMPARE(j.jobId(), QStringLiteral("job-1"));
    QCOMPARE(j.verifiedShards().size(), 2);
    QCOMPARE(j.verifiedShards().value(3), shard(3));
    QCOMPARE(j.receipts(), QList<qint64>({ 10, 12 }));
    QVERIFY(!j.isVerified(1));
}

void TestDownloadJournal::tornTail_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<int>("expectShards");
    const QByteArray good = "shard 2 " + crypto::Cid::ofData("2").toString().toLatin1() + " -";
    const QByteArray goodLine = good + ' ' + DownloadJournal::checksum(good) + '\n';
    QTest::newRow("no newline") << goodLine.left(goodLine.size() - 1) << 1;
    QTest::newRow("half record") << goodLine.left(30) << 1;
    QTest::newRow("bad checksum") << QByteArray(goodLine).replace(6, 1, "3") << 1;
    QTest::newRow("zeros (fs extended file)") << QByteArray(512, '\0') << 1;
    QTest::newRow("good then garbage") << goodLine + "shard 9 xyz" << 2;
    QTest::newRow("garbage then good") << "junk line\n" + goodLine << 1;
}

void TestDownloadJournal::tornTail()
{
    QFETCH(QByteArray, tail);
    QFETCH(int, expectShards);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    qint64 cleanSize = 0;
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
        QVERIFY(j.recordShard(1, shard(1), { 5 }).ok());
        cleanSize = QFileInfo(j.path()).size();
    }
    QFile f(state + QStringLiteral("/journal"));
    QVERIFY(f.open(QIODevice::Append));
    f.write(tail);
    f.close();

    DownloadJournal j;
    QVERIFY(j.open(state, m_manifest).ok());
    QCOMPARE(j.verifiedShards().size(), expectShards);
    QVERIFY(j.isVerified(1));
    QVERIFY(j.discardedTailBytes() > 0);
    // The torn part is cut off, and appending after it gives a clean journal.
    QVERIFY(j.recordShard(4, shard(4), {}).ok());
    j.close();
    DownloadJournal again;
    QVERIFY(again.open(state, m_manifest).ok());
    QCOMPARE(again.discardedTailBytes(), qint64(0));
    QCOMPARE(again.verifiedShards().size(), expectShards + 1);
    QVERIFY(QFileInfo(again.path()).size() > cleanSize);
}

void TestDownloadJournal::foreignManifest()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
    }
    DownloadJournal j;
    const Status st = j.open(state, crypto::Cid::ofData("other manifest"));
    QVERIFY(!st.ok());
    QCOMPARE(st.errorCode(), QStringLiteral("foreign"));
    QVERIFY(st.errorString().contains(m_manifest.toString()));
}

void TestDownloadJournal::secondOpenRefused()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    DownloadJournal first;
    QVERIFY(first.open(state, m_manifest).ok());
    DownloadJournal second; // flock conflicts across open file descriptions, even in-process
    const Status st = second.open(state, m_manifest);
    QVERIFY(!st.ok());
    QCOMPARE(st.errorCode(), QStringLiteral("locked"));
    QVERIFY(st.errorString().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(!second.isOpen());
    QVERIFY(first.recordShard(0, shard(0), {}).ok()); // the first is unaffected
}

void TestDownloadJournal::lockReleasedOnClose()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    DownloadJournal first;
    QVERIFY(first.open(state, m_manifest).ok());
    first.close();
    DownloadJournal second;
    QVERIFY(second.open(state, m_manifest).ok());
}

void TestDownloadJournal::forget()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    DownloadJournal j;
    QVERIFY(j.open(state, m_manifest).ok());
    QVERIFY(j.recordJob(QStringLiteral("j")).ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(j.recordShard(i, shard(i), { i }).ok());
    QVERIFY(j.forget({ 1, 3 }).ok());
    QVERIFY(j.recordShard(7, shard(7), {}).ok()); // appends still work after the rewrite
    j.close();
    DownloadJournal again;
    QVERIFY(again.open(state, m_manifest).ok());
    QCOMPARE(again.verifiedShards().keys(), QList<int>({ 0, 2, 4, 7 }));
    QCOMPARE(again.jobId(), QStringLiteral("j"));
    QCOMPARE(again.receipts(), QList<qint64>({ 0, 2, 4 }));
}

void TestDownloadJournal::symlinkedStateDirRefused()
{
    QTemporaryDir dir, elsewhere;
    QVERIFY(QFile::link(elsewhere.path(), dir.filePath(QStringLiteral(".shardgate"))));
    DownloadJournal j;
    const Status st = j.open(dir.filePath(QStringLiteral(".shardgate")), m_manifest);
    QVERIFY(!st.ok());
    QCOMPARE(st.errorCode(), QStringLiteral("path"));
    QVERIFY(!QFile::exists(elsewhere.filePath(QStringLiteral("journal"))));
}

// Shard records are appended without an fsync: after a kill -9 (same boot) they are all
// true, after a power loss (another boot) only those a sync record covers are.
void TestDownloadJournal::recordsAfterLastSyncUntrustedAfterReboot()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral(".shardgate"));
    DownloadJournal::setBootIdForTesting("bootA");
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
        QVERIFY(j.recordJob(QStringLiteral("job-1")).ok());
        QVERIFY(j.recordShard(0, shard(0), { 1 }).ok());
        QVERIFY(j.recordShard(1, shard(1), { 2 }).ok());
        QCOMPARE(j.shardRecordCount(), 2);
        QVERIFY(j.recordSync(2).ok());
        QVERIFY(j.recordShard(2, shard(2), { 3 }).ok());
        QVERIFY(j.recordShard(3, shard(3), {}).ok());
    }
    {
        DownloadJournal same; // a kill -9 and a restart in the same boot: all trusted
        QVERIFY(same.open(state, m_manifest).ok());
        QCOMPARE(same.verifiedShards().keys(), QList<int>({ 0, 1, 2, 3 }));
        QVERIFY(same.untrustedShards().isEmpty());
    }
    DownloadJournal::setBootIdForTesting("bootB"); // the machine restarted
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
        QCOMPARE(j.verifiedShards().keys(), QList<int>({ 0, 1 }));
        QCOMPARE(j.untrustedShards().keys(), QList<int>({ 2, 3 }));
        QCOMPARE(j.jobId(), QStringLiteral("job-1"));
        // A record of this boot is trusted; settling keeps the intact untrusted one.
        QVERIFY(j.recordShard(5, shard(5), {}).ok());
        QVERIFY(j.settleUntrusted({ 3 }).ok());
        QCOMPARE(j.verifiedShards().keys(), QList<int>({ 0, 1, 3, 5 }));
        QCOMPARE(j.receipts(), QList<qint64>({ 1, 2 }));
    }
    DownloadJournal::setBootIdForTesting("bootC"); // the rewrite was synced: survives a reboot
    {
        DownloadJournal j;
        QVERIFY(j.open(state, m_manifest).ok());
        QCOMPARE(j.verifiedShards().keys(), QList<int>({ 0, 1, 3, 5 }));
        QVERIFY(j.untrustedShards().isEmpty());
    }
    DownloadJournal::setBootIdForTesting({});
}

QTEST_GUILESS_MAIN(TestDownloadJournal)
#include "tst_downloadjournal.moc"
