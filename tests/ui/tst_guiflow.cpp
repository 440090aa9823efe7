// The console driven as a user would, offscreen: the demo workspace, then publish a new
// folder (pack on a worker with an event-loop stall probe running), buy credits, get a
// token, download with verification, and verify the receipt log the download produced.

#include "catalog/catalogworkspace.h"
#include "demo/demoworkspace.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsworkspace.h"
#include "ledger/ledgerworkspace.h"
#include "license/license.h"
#include "models/catalogmodel.h"
#include "models/downloadqueuemodel.h"
#include "models/receipttablemodel.h"
#include "models/shardlistmodel.h"
#include "publish/publishworkspace.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;
using namespace sg::ui;

namespace {

// Measures the longest gap between ticks of a 5 ms timer: how long the GUI thread's event
// loop was kept from running.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_max = qMax(m_max, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_max; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    int m_ticks = 0;
};

} // namespace

class TestGuiFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        Theme::install(qApp);
    }

    void publishBuyDownloadVerify()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString home = tmp.filePath(QStringLiteral("home"));
        auto demo = demo::prepareDemoWorkspace(home);
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));

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
        console.window()->show();

        // --- Publish: a new folder, typed into the form, packed while a probe watches the loop.
        const QString folder = tmp.filePath(QStringLiteral("new-dataset"));
        for (int i = 0; i < 6; ++i)
            QVERIFY(test::writeFile(folder + QStringLiteral("/part-%1.jsonl").arg(i),
                                    QByteArray(700 * 1024, char('a' + i))));
        QVERIFY(test::writeFile(folder + QStringLiteral("/copy.jsonl"), QByteArray(700 * 1024, 'a')));
        PublishWorkspace *publish = console.publish();
        console.window()->showWorkspace(0);
        QSignalSpy scanned(publish, &PublishWorkspace::folderScanned);
        auto *folderEdit = publish->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(folderEdit);
        folderEdit->clear();
        QTest::keyClicks(folderEdit, folder);
        QTest::keyClick(folderEdit, Qt::Key_Return);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.first().at(0).toInt(), 7);
        auto *name = publish->findChild<QLineEdit *>(QStringLiteral("datasetName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("flow-test"));
        auto *shardSize = publish->findChild<QComboBox *>(QStringLiteral("shardSize"));
        shardSize->setCurrentIndex(0); // 1 MiB
        auto *commercial = publish->findChild<QCheckBox *>(QStringLiteral("use_commercial"));
        QTest::mouseClick(commercial, Qt::LeftButton, {}, QPoint(4, commercial->height() / 2));
        QVERIFY(commercial->isChecked());

        // A bad price is refused with a clear message, and nothing is packed.
        auto *price = publish->findChild<QLineEdit *>(QStringLiteral("pricePerAccess"));
        price->setText(QStringLiteral("-1"));
        QVERIFY(!publish->licenseFromForm().ok());
        price->setText(QStringLiteral("0.02"));
        QVERIFY2(publish->licenseFromForm().ok(), qPrintable(publish->licenseFromForm().errorString()));

        StallProbe probe;
        QSignalSpy packed(publish, &PublishWorkspace::packFinished);
        probe.start();
        QTest::mouseClick(publish->findChild<QPushButton *>(QStringLiteral("packButton")), Qt::LeftButton);
        QVERIFY(publish->isPacking());
        QVERIFY(packed.wait(60000));
        probe.stop();
        QVERIFY2(packed.first().at(0).toBool(), qPrintable(packed.first().at(1).toString()));
        qInfo("event loop during the pack: max stall %lld ms over %d ticks", probe.maxGapMs(), probe.ticks());
        QVERIFY2(probe.maxGapMs() < 100, "packing must not stall the GUI thread");
        QVERIFY(publish->lastPack().has_value());
        // part-0 and copy.jsonl have the same bytes.
        QVERIFY(publish->lastPack()->duplicateBytes + publish->lastPack()->reusedBytes > 0);
        QVERIFY(publish->shardModel()->rowCount() > 0);

        QSignalSpy published(publish, &PublishWorkspace::published);
        QTest::mouseClick(publish->findChild<QPushButton *>(QStringLiteral("publishButton")), Qt::LeftButton);
        QVERIFY(published.wait(10000));
        QVERIFY2(published.first().at(0).toBool(), qPrintable(published.first().at(2).toString()));
        const QString cid = published.first().at(1).toString();

        // The button is spent; publishing the same manifest again anyway is refused.
        QVERIFY(!publish->findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
        publish->publish();
        QVERIFY(published.wait(10000));
        QVERIFY(!published.last().at(0).toBool());

        // --- Catalog: the new dataset is listed; buy credits; get a token and a curl line.
        CatalogWorkspace *catalog = console.catalog();
        console.window()->showWorkspace(1);
        QSignalSpy loaded(catalog, &CatalogWorkspace::catalogLoaded);
        catalog->reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().first().toInt(), 2);
        catalog->select(cid);
        QSignalSpy bought(catalog, &CatalogWorkspace::creditsBought);
        catalog->buyCredits(QStringLiteral("abc"));
        QVERIFY(!bought.last().first().toBool());
        catalog->buyCredits(QStringLiteral("5.00"));
        QVERIFY(bought.wait(10000));
        QVERIFY2(bought.last().first().toBool(), qPrintable(bought.last().at(1).toString()));
        QVERIFY(bought.last().at(1).toString().contains(QStringLiteral("30 USD")));
        QSignalSpy token(catalog, &CatalogWorkspace::tokenIssued);
        QTest::mouseClick(catalog->findChild<QPushButton *>(QStringLiteral("getToken")), Qt::LeftButton);
        QVERIFY(token.wait(10000));
        QCOMPARE(token.first().first().toString().count(QLatin1Char('.')), 2); // a JWT
        QTRY_VERIFY(catalog->curlCommand().contains(QStringLiteral("/v1/files/") + cid
                                                    + QStringLiteral("/part-0.jsonl")));
        QVERIFY(catalog->curlCommand().contains(QStringLiteral("curl -fsS -C -")));

        // --- Download it through the Downloads queue.
        const QString out = tmp.filePath(QStringLiteral("out"));
        QSignalSpy downloaded(console.downloads()->manager(), &DownloadManager::finished);
        catalog->download(out);
        QVERIFY(downloaded.wait(60000));
        QVERIFY2(downloaded.first().at(1).toBool(), qPrintable(downloaded.first().at(2).toString()));
        const DownloadItem *item = console.downloads()->manager()->model()->itemAtRow(0);
        QVERIFY(item);
        QCOMPARE(item->state, DownloadItem::State::Done);
        QCOMPARE(item->shardsDone, item->shardsTotal);
        for (int i = 0; i < 6; ++i) {
            QFile f(out + QStringLiteral("/part-%1.jsonl").arg(i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray(700 * 1024, char('a' + i)));
        }

        // --- Ledger: the receipts the download wrote are there and the whole log verifies.
        LedgerWorkspace *ledger = console.ledger();
        console.window()->showWorkspace(4);
        QSignalSpy opened(ledger, &LedgerWorkspace::sourceOpened);
        ledger->openLocalLog();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(ledger->receiptModel()->rowCount() >= item->shardsTotal, 10000);
        // Wait until a checkpoint covers the log, then verify everything.
        QTRY_VERIFY_WITH_TIMEOUT(context.ledger()->latestCheckpoint().ok()
                                     && context.ledger()->latestCheckpoint()->checkpoint.size
                                         == context.ledger()->size(),
                                 10000);
        QSignalSpy verified(ledger, &LedgerWorkspace::verificationFinished);
        QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("verifyLog")), Qt::LeftButton);
        QVERIFY(verified.wait(30000));
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
        // A receipt's inclusion proof is checked live when it is selected.
        QSignalSpy checked(ledger, &LedgerWorkspace::receiptChecked);
        auto *table = ledger->findChild<QTableView *>(QStringLiteral("receiptTable"));
        table->selectRow(0);
        QVERIFY(checked.wait(10000));
        QVERIFY2(checked.first().at(1).toBool(), qPrintable(checked.first().at(2).toString()));

        // Exports.
        QSignalSpy exported(ledger, &LedgerWorkspace::exportFinished);
        ledger->exportReceipts(tmp.filePath(QStringLiteral("r.csv")), false);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().at(0).toBool());
        QFile csv(tmp.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("seq,time,kind,buyer"));

        // Revoking the buyer stops further tokens.
        QSignalSpy revoked(publish, &PublishWorkspace::revoked);
        publish->revoke(QStringLiteral("buyer"), demo->buyer, QStringLiteral("test"));
        QVERIFY(revoked.wait(10000));
        QVERIFY2(revoked.first().at(0).toBool(), qPrintable(revoked.first().at(1).toString()));
        token.clear();
        QTest::mouseClick(catalog->findChild<QPushButton *>(QStringLiteral("getToken")), Qt::LeftButton);
        auto *status = catalog->findChild<QLabel *>(QStringLiteral("catalogStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("No token")), 10000);
        QCOMPARE(token.count(), 0);

        QSignalSpy stopped(context.edge(), &EmbeddedEdge::stopped);
        context.edge()->stop();
        QVERIFY(stopped.wait(20000));
    }
};

QTEST_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
