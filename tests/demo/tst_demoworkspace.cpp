#include "demo/demoworkspace.h"
#include "market/market.h"
#include "packaging/blobstore.h"
#include "packaging/manifest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::demo;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void preparesAndReuses()
    {
        QTemporaryDir home;
        QStringList steps;
        int last = -1;
        bool monotonic = true;
        auto first = prepareDemoWorkspace(home.path(), {}, [&](const QString &step, int pct) {
            steps << step;
            monotonic = monotonic && pct >= last;
            last = pct;
        });
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(monotonic);
        QCOMPARE(last, 100);
        QVERIFY(steps.contains(QStringLiteral("Packing and signing the dataset")));

        // The manifest on disk is the signed one the catalog holds.
        auto manifest = packaging::Manifest::loadFile(first->manifestPath);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errorString()));
        QVERIFY(manifest->verifySignature().ok());
        QCOMPARE(manifest->cid().toString(), first->manifestCid);
        QVERIFY(manifest->shards.size() >= 2); // 1 MiB shards over a few MB

        market::MarketOptions options;
        options.home = home.path();
        auto market = market::Market::open(options);
        QVERIFY2(market.ok(), qPrintable(market.errorString()));
        QVERIFY((*market)->catalog().byCid(first->manifestCid).ok());
        auto buyer = (*market)->accounts().authenticate(first->apiKey);
        QVERIFY2(buyer.ok(), qPrintable(buyer.errorString()));
        QCOMPARE(buyer->credits, qint64(25000000));
        QCOMPARE(QFile::permissions(home.path() + QStringLiteral("/demo/buyer.key")) & QFile::ReadOther,
                 QFile::Permissions());

        // Second run: nothing regenerated, same CID and same key.
        auto second = prepareDemoWorkspace(home.path());
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->manifestCid, first->manifestCid);
        QCOMPARE(second->apiKey, first->apiKey);
        QCOMPARE(second->creatorPublicKey, first->creatorPublicKey);
    }

    void repairsMissingBlobAndLostKey()
    {
        QTemporaryDir home;
        auto first = prepareDemoWorkspace(home.path());
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        auto manifest = packaging::Manifest::loadFile(first->manifestPath);
        QVERIFY(manifest.ok());
        packaging::BlobStore store(home.path() + QStringLiteral("/blobs"));
        QVERIFY(store.remove(manifest->shards.first().cid).ok());
        QVERIFY(QFile::remove(home.path() + QStringLiteral("/demo/buyer.key")));

        auto second = prepareDemoWorkspace(home.path());
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->manifestCid, first->manifestCid); // same bytes, same time: same CID
        QVERIFY(store.contains(manifest->shards.first().cid));
        QVERIFY(second->apiKey != first->apiKey); // the lost key was replaced, not reused

        market::MarketOptions options;
        options.home = home.path();
        auto market = market::Market::open(options);
        QVERIFY(market.ok());
        QVERIFY(!(*market)->accounts().authenticate(first->apiKey).ok());
        QVERIFY((*market)->accounts().authenticate(second->apiKey).ok());
    }

    void cancelStopsEarly()
    {
        QTemporaryDir home;
        std::atomic<bool> cancel { true };
        auto r = prepareDemoWorkspace(home.path(), {}, {}, &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), QStringLiteral("cancelled"));
    }

    void wrongPassphraseIsAClearError()
    {
        QTemporaryDir home;
        DemoWorkspaceOptions options;
        options.passphrase = "correct horse";
        QVERIFY(prepareDemoWorkspace(home.path(), options).ok());
        options.passphrase = "wrong";
        auto r = prepareDemoWorkspace(home.path(), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("creator.pem")), qPrintable(r.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
