// A manifest is untrusted input to a download: CID, signature, paths and extents.

#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "download/downloadplan.h"
#include "testkit.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sg;
using namespace sg::download;

class TestDownloadPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void valid();
    void cidMismatch();
    void tampered();
    void wrongKey();
    void hostile_data();
    void hostile();
    void extents_data();
    void extents();

private:
    crypto::Ed25519PrivateKey m_key;
    QList<QPair<QString, QByteArray>> m_files;
};

void TestDownloadPlan::initTestCase()
{
    // RFC 8032 TEST 1 key (shared/vectors/ed25519.json): any valid key would do, this one
    // is known-good from an independent implementation.
    const QJsonObject v = test::loadVector(QStringLiteral("ed25519.json"));
    const QJsonObject first = v.value(QLatin1String("cases")).toArray().first().toObject();
    auto key = crypto::Ed25519PrivateKey::fromSeed(
        test::fromHex(first.value(QLatin1String("secretKeyHex")).toString()));
    QVERIFY2(key.ok(), qPrintable(key.errorString()));
    m_key = *key;
    m_files = { { QStringLiteral("a/x.bin"), test::patternBytes(1500000, 7) },
                { QStringLiteral("b.txt"), QByteArray("hello world\n") },
                { QStringLiteral("empty"), QByteArray() } };
}

void TestDownloadPlan::valid()
{
    const test::TestDataset ds = test::buildDataset(m_files, 1 << 20, m_key);
    auto plan = DownloadPlan::fromManifest(ds.manifestBytes, ds.manifestCid);
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->files.size(), 3);
    QCOMPARE(plan->shards.size(), 2);
    QCOMPARE(plan->totalFileBytes, qint64(1500000 + 12));
    QCOMPARE(plan->files.at(2).extents.size(), 0);
    QCOMPARE(plan->shards.at(1).uses.size(), 2); // end of x.bin and b.txt
    QCOMPARE(plan->files.at(1).extents.first().fileOffset, qint64(0));
    // Whitespace-formatted bytes of the same manifest: same CID (CID is over JCS).
    const QByteArray pretty = QJsonDocument::fromJson(ds.manifestBytes).toJson(QJsonDocument::Indented);
    QVERIFY(DownloadPlan::fromManifest(pretty, ds.manifestCid).ok());
}

void TestDownloadPlan::cidMismatch()
{
    const test::TestDataset ds = test::buildDataset(m_files, 1 << 20, m_key);
    const crypto::Cid other = crypto::Cid::ofData("something else");
    auto plan = DownloadPlan::fromManifest(ds.manifestBytes, other);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorCode(), QStringLiteral("manifest-cid"));
    QVERIFY(plan.errorString().contains(other.toString()));
}

void TestDownloadPlan::tampered()
{
    const test::TestDataset ds = test::buildDataset(m_files, 1 << 20, m_key);
    QJsonObject m = ds.manifest;
    m.insert(QStringLiteral("title"), QStringLiteral("Changed after signing"));
    const QByteArray bytes = crypto::jcs::canonicalize(QJsonValue(m)).value();
    // Asked for the tampered bytes' own CID, so only the signature can catch it.
    auto plan = DownloadPlan::fromManifest(bytes, crypto::Cid::ofData(bytes));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorCode(), QStringLiteral("signature"));
    // And the original CID no longer matches.
    QCOMPARE(DownloadPlan::fromManifest(bytes, ds.manifestCid).errorCode(), QStringLiteral("manifest-cid"));
}

void TestDownloadPlan::wrongKey()
{
    const test::TestDataset ds = test::buildDataset(m_files, 1 << 20, m_key);
    QJsonObject m = ds.manifest;
    QJsonObject creator = m.value(QLatin1String("creator")).toObject();
    creator.insert(QStringLiteral("pubkey"), crypto::Ed25519PrivateKey::generate().publicKey().toTagged());
    m.insert(QStringLiteral("creator"), creator);
    const QByteArray bytes = crypto::jcs::canonicalize(QJsonValue(m)).value();
    QCOMPARE(DownloadPlan::fromManifest(bytes, crypto::Cid::ofData(bytes)).errorCode(),
             QStringLiteral("signature"));
}

void TestDownloadPlan::hostile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dotdot") << "../../etc/cron.d/x";
    QTest::newRow("absolute") << "/tmp/owned";
    QTest::newRow("state") << ".shardgate/journal";
    QTest::newRow("inner") << "a/../../x";
    QTest::newRow("backslash") << "..\\x";
}

void TestDownloadPlan::hostile()
{
    // Correctly signed by the creator, but a path escapes: refused before any disk I/O.
    QFETCH(QString, path);
    const test::TestDataset ds = test::buildDataset({ { path, QByteArray("x") } }, 1 << 20, m_key);
    auto plan = DownloadPlan::fromManifest(ds.manifestBytes, ds.manifestCid);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorCode(), QStringLiteral("path"));
}

void TestDownloadPlan::extents_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::newRow("offset past shard") << "offset" << 2000000;
    QTest::newRow("length past shard") << "length" << 2000000;
    QTest::newRow("zero length") << "length" << 0;
    QTest::newRow("no such shard") << "shard" << 9;
}

void TestDownloadPlan::extents()
{
    QFETCH(QString, field);
    QFETCH(int, value);
    const test::TestDataset ds = test::buildDataset(m_files, 1 << 20, m_key, [&](QJsonObject &m) {
        QJsonArray files = m.value(QLatin1String("files")).toArray();
        QJsonObject f = files.at(1).toObject();
        QJsonArray ex = f.value(QLatin1String("extents")).toArray();
        QJsonObject e = ex.at(0).toObject();
        e.insert(field, value);
        ex.replace(0, e);
        f.insert(QStringLiteral("extents"), ex);
        files.replace(1, f);
        m.insert(QStringLiteral("files"), files);
    });
    auto plan = DownloadPlan::fromManifest(ds.manifestBytes, ds.manifestCid);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorCode(), QStringLiteral("manifest"));
}

QTEST_GUILESS_MAIN(TestDownloadPlan)
#include "tst_downloadplan.moc"
