// The console driven as a user would, offscreen: the demo workspace, then publish a new
// folder (pack on a worker with an event-loop stall probe running), buy credits, rotate
// the token signing key, get a token (signed with the new key), download with
// verification, verify the receipt log the download produced (locally and over the
// embedded edge's log URL) and recompute every account's bill from its receipts.

#include "catalog/catalogworkspace.h"
#include "common/fileutil.h"
#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "demo/demoworkspace.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsworkspace.h"
#include "edge/edgeworkspace.h"
#include "edge/marketbinding.h"
#include "ledger/ledgerworkspace.h"
#include "license/license.h"
#include "market/market.h"
#include "models/billmodel.h"
#include "models/catalogmodel.h"
#include "models/downloadqueuemodel.h"
#include "models/edgecachemodel.h"
#include "models/receipttablemodel.h"
#include "models/shardlistmodel.h"
#include "models/shardverificationmodel.h"
#include "models/tokenkeymodel.h"
#include "pgcluster.h"
#include "publish/publishworkspace.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"
#include "stallprobe.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace sg;
using namespace sg::ui;

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

    // Settings on a new home, keys made after the console opened (as `shardgate --demo`
    // does): "No token signing key yet" goes once the embedded edge has made one (it used to
    // stay beside the listed key), and the creator key shows once one exists (it used to say
    // "No creator key yet" until the console was restarted).
    void keysMadeAfterTheConsoleOpened()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        AppContext context(tmp.filePath(QStringLiteral("home")));
        Console console(&context);
        SettingsWorkspace *settings = console.settings();
        auto *message = settings->findChild<QLabel *>(QStringLiteral("tokenKeyMessage"));
        QVERIFY(message);
        QSignalSpy keysLoaded(settings, &SettingsWorkspace::tokenKeysLoaded);
        settings->refreshTokenKeys();
        QTRY_VERIFY_WITH_TIMEOUT(!keysLoaded.isEmpty() && keysLoaded.last().first().toInt() == 0, 10000);
        QVERIFY2(message->text().contains(QStringLiteral("No token signing key yet")),
                 qPrintable(message->text()));
        QSignalSpy marketReady(&context, &AppContext::marketReady);
        context.openMarket();
        QVERIFY(marketReady.wait(10000));
        QSignalSpy started(context.edge(), &EmbeddedEdge::started);
        context.edge()->start(QStringLiteral("127.0.0.1:0"));
        QVERIFY(started.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(settings->tokenKeyModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().contains(QStringLiteral("No token signing key yet")), 5000);
        // The creator key: none yet; one made meanwhile (as the demo or the welcome would)
        // shows the next time the page is shown.
        auto *creator = settings->findChild<QLabel *>(QStringLiteral("creatorPublicKey"));
        QVERIFY(creator);
        QVERIFY2(creator->text().contains(QStringLiteral("No creator key yet")), qPrintable(creator->text()));
        const auto key = crypto::Ed25519PrivateKey::generate();
        QVERIFY(QDir().mkpath(context.paths().keys()));
        QVERIFY(key.saveFile(context.paths().keys() + QStringLiteral("/creator.pem")).ok());
        console.window()->show();
        console.window()->showWorkspace(0);
        console.window()->showWorkspace(5);
        QTRY_COMPARE_WITH_TIMEOUT(creator->text(), key.publicKey().toTagged(), 5000);
        // On one line, whole: word wrap once broke the key at a '-' and hid the rest.
        QTRY_VERIFY(creator->width() >= creator->fontMetrics().horizontalAdvance(creator->text()));
        QVERIFY(creator->height() < 2 * creator->fontMetrics().height());
        QSignalSpy stopped(context.edge(), &EmbeddedEdge::stopped);
        context.edge()->stop();
        QVERIFY(stopped.wait(10000));
    }

    void publishBuyDownloadVerify()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString home = tmp.filePath(QStringLiteral("home"));
        auto demo = demo::prepareDemoWorkspace(home);
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));

        // Settings > Downloads starts from its default (O_DIRECT where the filesystem takes it).
        QSettings().remove(QStringLiteral("downloads/cachedWrites"));
        QSettings().remove(QStringLiteral("edge/syncCharges"));
        AppContext context(home);
        Console console(&context);
        context.setBuyer(demo->buyer, demo->apiKey);
        context.setDemoManifestCid(demo->manifestCid);
        QSignalSpy marketReady(&context, &AppContext::marketReady);
        context.openMarket();
        QVERIFY(marketReady.wait(10000));
        // Settings > Edge defaults: a cache capacity typed there is the embedded edge's; a
        // text that is not a size is refused (the field goes back to the value in force).
        auto *capacity = console.window()->findChild<QLineEdit *>(QStringLiteral("cacheCapacity"));
        QVERIFY(capacity);
        capacity->setText(QStringLiteral("3GiB"));
        Q_EMIT capacity->editingFinished();
        capacity->setText(QStringLiteral("lots"));
        Q_EMIT capacity->editingFinished();
        QCOMPARE(capacity->text(), QStringLiteral("3GiB"));
        // "Sync each charge to disk before serving" (serve --sync-charges), off by default:
        // ticked, the embedded edge starts with it, and the download below is billed that way.
        auto *syncCharges = console.window()->findChild<QCheckBox *>(QStringLiteral("syncCharges"));
        QVERIFY(syncCharges);
        QVERIFY(!syncCharges->isChecked());
        QVERIFY(!syncCharges->toolTip().isEmpty());
        syncCharges->setChecked(true);
        QCOMPARE(QSettings().value(QStringLiteral("edge/syncCharges")), QVariant(true));
        QSignalSpy started(context.edge(), &EmbeddedEdge::started);
        context.edge()->start(QStringLiteral("127.0.0.1:0"));
        QVERIFY(started.wait(10000));
        QVERIFY(context.edge()->inspector());
        QCOMPARE(context.edge()->inspector()->cacheStats().capacityBytes, qint64(3) << 30);
        QVERIFY(context.edge()->binding());
        QVERIFY(context.edge()->binding()->options().syncCharges);
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

        // --- Settings: rotate the token signing key while the edge runs; the next token
        // carries the new kid, and the old key is listed as still verifying.
        SettingsWorkspace *settings = console.settings();
        console.window()->showWorkspace(5);
        QSignalSpy keysLoaded(settings, &SettingsWorkspace::tokenKeysLoaded);
        settings->refreshTokenKeys();
        QVERIFY(keysLoaded.wait(10000));
        const QString oldKid = settings->tokenKeyModel()->activeKid();
        const int keysBefore = settings->tokenKeyModel()->rowCount();
        QVERIFY(!oldKid.isEmpty()); // the edge created its first key when it started
        // The console opened before the edge had a key ("No token signing key yet"); a list
        // with a key no longer says so.
        auto *keyMessage = settings->findChild<QLabel *>(QStringLiteral("tokenKeyMessage"));
        QVERIFY(keyMessage);
        QVERIFY2(!keyMessage->text().contains(QStringLiteral("No token signing key yet")),
                 qPrintable(keyMessage->text()));
        QSignalSpy rotated(settings, &SettingsWorkspace::tokenKeyRotated);
        keysLoaded.clear();
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("rotateTokenKey")),
                          Qt::LeftButton);
        QVERIFY(rotated.wait(10000));
        QVERIFY2(rotated.first().at(0).toBool(), qPrintable(rotated.first().at(1).toString()));
        const QString newKid = rotated.first().at(1).toString();
        QVERIFY(newKid != oldKid);
        QVERIFY(keysLoaded.wait(10000));
        QCOMPARE(settings->tokenKeyModel()->rowCount(), keysBefore + 1);
        QCOMPARE(settings->tokenKeyModel()->activeKid(), newKid);
        QCOMPARE(settings->tokenKeyModel()->rows().first().status, TokenKeyModel::KeyStatus::Active);
        bool oldStillVerifies = false;
        for (const auto &row : settings->tokenKeyModel()->rows())
            if (row.kid == oldKid)
                oldStillVerifies = row.status == TokenKeyModel::KeyStatus::Verifying;
        QVERIFY(oldStillVerifies);
        // The exported JWKS holds both public keys, no private part.
        QSignalSpy jwksDone(settings, &SettingsWorkspace::jwksExported);
        settings->exportJwks(tmp.filePath(QStringLiteral("jwks.json")));
        QVERIFY(jwksDone.wait(10000));
        QVERIFY2(jwksDone.first().at(0).toBool(), qPrintable(jwksDone.first().at(1).toString()));
        QFile jwksFile(tmp.filePath(QStringLiteral("jwks.json")));
        QVERIFY(jwksFile.open(QIODevice::ReadOnly));
        const QJsonArray jwks
            = QJsonDocument::fromJson(jwksFile.readAll()).object().value(QStringLiteral("keys")).toArray();
        QStringList exportedKids;
        for (const QJsonValue &k : jwks) {
            QVERIFY(!k.toObject().contains(QStringLiteral("d")));
            exportedKids << k.toObject().value(QStringLiteral("kid")).toString();
        }
        QVERIFY(exportedKids.contains(oldKid));
        QVERIFY(exportedKids.contains(newKid));
        // Settings > Downloads: ticking "through the page cache" is stored and the next
        // download writes every shard that way (checked after the download below).
        auto *cachedWrites = settings->findChild<QCheckBox *>(QStringLiteral("cachedWrites"));
        QVERIFY(cachedWrites);
        QVERIFY(!cachedWrites->isChecked());
        QVERIFY(!cachedWrites->toolTip().isEmpty());
        QVERIFY(!SettingsWorkspace::cachedDownloadWrites());
        cachedWrites->ensurePolished();
        QTest::mouseClick(cachedWrites, Qt::LeftButton, {}, QPoint(4, cachedWrites->height() / 2));
        QVERIFY(cachedWrites->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("downloads/cachedWrites")), QVariant(true));
        QVERIFY(SettingsWorkspace::cachedDownloadWrites());
        console.window()->showWorkspace(1);

        QSignalSpy token(catalog, &CatalogWorkspace::tokenIssued);
        QTest::mouseClick(catalog->findChild<QPushButton *>(QStringLiteral("getToken")), Qt::LeftButton);
        QVERIFY(token.wait(10000));
        const QStringList jwt = token.first().first().toString().split(QLatin1Char('.'));
        QCOMPARE(jwt.size(), 3); // a JWT
        const auto header = crypto::base64UrlDecode(jwt.first().toLatin1());
        QVERIFY(header.ok());
        QCOMPARE(QJsonDocument::fromJson(header.value()).object().value(QStringLiteral("kid")).toString(),
                 newKid);
        QTRY_VERIFY_WITH_TIMEOUT(catalog->curlCommand().contains(QStringLiteral("/v1/files/") + cid
                                                                 + QStringLiteral("/part-0.jsonl")),
                                 15000);
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
        // The Settings choice reached the downloader: nothing was written with O_DIRECT.
        const int downloadId = downloaded.first().at(0).toInt();
        QCOMPARE(console.downloads()->manager()->directWrites(downloadId), std::optional<bool>(false));
        const auto summary = console.downloads()->manager()->lastSummary(downloadId);
        QVERIFY(summary.has_value());
        QVERIFY(summary->bytesWrittenCached > 0);
        QCOMPARE(summary->bytesWrittenDirect, qint64(0));
        QSettings().remove(QStringLiteral("downloads/cachedWrites"));

        // Downloads > shard verification: every shard verified, as the journal says. The
        // view reads the journal on from where it stopped, and anew when it was rewritten.
        console.window()->showWorkspace(2);
        ShardVerificationModel *shardView = console.downloads()->shardModel();
        QTRY_COMPARE_WITH_TIMEOUT(shardView->rowCount(), item->shardsTotal, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(shardView->verifiedCount(), item->shardsTotal, 10000);
        QCOMPARE(shardView->data(shardView->index(0, ShardVerificationModel::State)).toString(),
                 QStringLiteral("✓ CID verified, written"));
        const QString journalPath = out + QStringLiteral("/.shardgate/journal");
        const QByteArray journal = readFile(journalPath).value();
        QList<QByteArray> head;
        QList<QByteArray> records;
        for (const QByteArray &line : journal.split('\n'))
            (line.startsWith("shard ") ? records : head).append(line);
        QVERIFY(records.size() >= 4);
        head.removeAll(QByteArray());
        QVERIFY(
            writeFileAtomic(journalPath, head.join('\n') + '\n' + records.mid(0, 2).join('\n') + '\n').ok());
        QTRY_COMPARE_WITH_TIMEOUT(shardView->verifiedCount(), 2, 10000);
        QFile grow(journalPath);
        QVERIFY(grow.open(QIODevice::Append));
        grow.write(records.at(2) + '\n');
        grow.flush();
        QTRY_COMPARE_WITH_TIMEOUT(shardView->verifiedCount(), 3, 10000);
        grow.write(records.at(3).left(9)); // a record still being written counts once whole
        grow.flush();
        QTest::qWait(2200);
        QCOMPARE(shardView->verifiedCount(), 3);
        grow.write(records.at(3).mid(9) + '\n');
        grow.close();
        QTRY_COMPARE_WITH_TIMEOUT(shardView->verifiedCount(), 4, 10000);
        QVERIFY(writeFileAtomic(journalPath, journal).ok());
        QTRY_COMPARE_WITH_TIMEOUT(shardView->verifiedCount(), item->shardsTotal, 10000);

        // --- Edge: the cache shows what the download was served, by dataset and by buyer;
        // evicting a shard takes it out of the view.
        EdgeWorkspace *edgePage = console.edge();
        console.window()->showWorkspace(3);
        QSignalSpy inspected(edgePage, &EdgeWorkspace::inspected);
        edgePage->refreshInspection();
        QVERIFY(inspected.wait(10000));
        QVERIFY(inspected.last().first().toBool());
        EdgeCacheModel *cache = edgePage->cacheModel();
        QTRY_VERIFY_WITH_TIMEOUT(cache->groupRow(QStringLiteral("flow-test")) >= 0, 10000);
        const QModelIndex flowGroup = cache->index(cache->groupRow(QStringLiteral("flow-test")), 0);
        QVERIFY(cache->rowCount(flowGroup) > 0);
        QVERIFY(cache->data(cache->index(flowGroup.row(), EdgeCacheModel::Others))
                    .toString()
                    .contains(demo->buyer));
        cache->setGrouping(EdgeCacheModel::Grouping::Buyer);
        QVERIFY(cache->groupRow(demo->buyer) >= 0);
        const QString evictCid
            = cache->cidsAt(cache->index(0, 0, cache->index(cache->groupRow(demo->buyer), 0))).first();
        QSignalSpy evicted(edgePage, &EdgeWorkspace::evicted);
        edgePage->evict({ evictCid });
        QVERIFY(evicted.wait(10000));
        QCOMPARE(evicted.first().first().toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !cache->cidsAt(cache->index(cache->groupRow(demo->buyer), 0)).contains(evictCid), 10000);
        cache->setGrouping(EdgeCacheModel::Grouping::Dataset);

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

        // --- Bills recomputed from the receipts match the market's books.
        QSignalSpy billed(ledger, &LedgerWorkspace::billsRecomputed);
        QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("recomputeBills")), Qt::LeftButton);
        QVERIFY(billed.wait(30000));
        QVERIFY2(billed.first().at(0).toBool(), qPrintable(billed.first().at(2).toString()));
        QCOMPARE(billed.first().at(1).toInt(), 0);
        BillModel *bills = ledger->billModel();
        QVERIFY(bills->compared());
        qint64 buyerCharged = -1;
        for (const auto &row : bills->rows())
            if (!row.creator && row.account == demo->buyer)
                buyerCharged = row.fromReceipts;
        // Charged per first delivery of a shard at 0.02 per access.
        QVERIFY(buyerCharged > 0);
        QCOMPARE(buyerCharged % 20000, 0);

        // --- The same bill against a shared PostgreSQL store's books (Market books >
        // PostgreSQL store…, what `audit --books URL` reads): that store billed another buyer
        // 0.30 and the demo buyer nothing, so both rows differ.
        auto answerUrl = [](const QString &text) {
            auto *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
                if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                    d->setTextValue(text);
                    d->accept();
                    poll->deleteLater();
                }
            });
            poll->start(10);
        };
        auto *booksLabel = ledger->findChild<QLabel *>(QStringLiteral("billBooks"));
        auto *billResult = ledger->findChild<QLabel *>(QStringLiteral("billResult"));
        QVERIFY(booksLabel && billResult);
        answerUrl(QStringLiteral("postgresql://auditor@db.example:99999/market"));
        ledger->findChild<QAction *>(QStringLiteral("marketBooksPostgres"))->trigger();
        QVERIFY2(billResult->text().contains(QStringLiteral("99999")), qPrintable(billResult->text()));
        QCOMPARE(ledger->marketBooks(), context.paths().marketDb()); // unchanged
        if (test::PgCluster::instance().available() || test::PgCluster::required()) {
            SG_REQUIRE_PG();
            auto url = test::PgCluster::instance().createDatabase(QStringLiteral("books"));
            QVERIFY2(url.ok(), qPrintable(url.errorString()));
            {
                market::MarketOptions o;
                o.home = tmp.filePath(QStringLiteral("pg-books-home"));
                o.dbUrl = *url;
                auto pgMarket = market::Market::open(o);
                QVERIFY2(pgMarket.ok(), qPrintable(pgMarket.errorString()));
                QVERIFY((*pgMarket)->accounts().create(QStringLiteral("pg-only-buyer"), 1000000).ok());
                market::ChargeRequest r;
                r.buyer = QStringLiteral("pg-only-buyer");
                r.job = QStringLiteral("job-pg");
                r.shard = QStringLiteral("shard-pg");
                r.manifest = QStringLiteral("manifest-pg");
                r.creator = QStringLiteral("creator-pg");
                r.amount = 300000;
                r.currency = QStringLiteral("USD");
                QVERIFY((*pgMarket)->accounts().charge(r).ok());
            }
            // With a password in the URL (trust authentication ignores it): never shown.
            QString withPassword = *url;
            withPassword.replace(QStringLiteral("://shardgate@"), QStringLiteral("://shardgate:s3cret@"));
            QVERIFY(withPassword.contains(QStringLiteral("s3cret")));
            answerUrl(withPassword);
            ledger->findChild<QAction *>(QStringLiteral("marketBooksPostgres"))->trigger();
            QCOMPARE(ledger->marketBooks(), withPassword);
            QVERIFY2(!booksLabel->text().contains(QStringLiteral("s3cret")), qPrintable(booksLabel->text()));
            QVERIFY2(booksLabel->text().contains(QStringLiteral("postgresql://shardgate@")),
                     qPrintable(booksLabel->text()));
            billed.clear();
            QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("recomputeBills")),
                              Qt::LeftButton);
            QVERIFY(billed.wait(30000));
            QVERIFY2(billed.first().at(0).toBool(), qPrintable(billed.first().at(2).toString()));
            QVERIFY(bills->compared());
            QVERIFY(billed.first().at(1).toInt() >= 2);
            qint64 pgOnlyBooks = -1, demoBooks = -1;
            for (const auto &row : bills->rows()) {
                if (!row.creator && row.account == QLatin1String("pg-only-buyer"))
                    pgOnlyBooks = row.market.value_or(-1);
                if (!row.creator && row.account == demo->buyer)
                    demoBooks = row.market.value_or(-1);
            }
            QCOMPARE(pgOnlyBooks, 300000);
            QCOMPARE(demoBooks, 0);
        }
        // Back to this home's own books.
        ledger->findChild<QAction *>(QStringLiteral("marketBooksHome"))->trigger();
        QCOMPARE(ledger->marketBooks(), context.paths().marketDb());

        // --- The embedded edge's log over its URL: same receipts, verified over HTTP.
        auto *edgeUrl = ledger->findChild<QLineEdit *>(QStringLiteral("edgeLogUrl"));
        QCOMPARE(edgeUrl->text(), context.edge()->url());
        QSignalSpy edgeOpened(ledger, &LedgerWorkspace::sourceOpened);
        QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("openEdgeLog")), Qt::LeftButton);
        auto *ledgerStatus = ledger->findChild<QLabel *>(QStringLiteral("ledgerStatus"));
        QVERIFY2(edgeOpened.wait(10000), qPrintable(ledgerStatus->text()));
        QVERIFY(dynamic_cast<EdgeReceiptSource *>(ledger->source().get()));
        QVERIFY(edgeOpened.first().at(1).toLongLong() >= item->shardsTotal);
        QTRY_VERIFY_WITH_TIMEOUT(ledger->receiptModel()->receiptAt(0) != nullptr, 10000);
        verified.clear();
        QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("verifyLog")), Qt::LeftButton);
        QVERIFY(verified.wait(30000));
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
        // This home's auditor remembered the earlier verification: the edge's log is
        // consistent with it.
        QVERIFY2(verified.first().at(1).toString().contains(
                     QRegularExpression(QStringLiteral("consistent with [1-9][0-9]* checkpoint"))),
                 qPrintable(verified.first().at(1).toString()));
        checked.clear();
        table->selectRow(1);
        QVERIFY2(
            checked.wait(10000),
            qPrintable(ledger->findChild<QTextBrowser *>(QStringLiteral("receiptDetail"))->toPlainText()));
        QVERIFY2(checked.first().at(1).toBool(), qPrintable(checked.first().at(2).toString()));
        // An edge URL where no edge listens is a clear error and keeps the open log.
        ledger->openEdgeLog(QStringLiteral("http://127.0.0.1:1"));
        QTRY_VERIFY_WITH_TIMEOUT(ledgerStatus->text().contains(QStringLiteral("Cannot open")), 20000);
        QVERIFY(dynamic_cast<EdgeReceiptSource *>(ledger->source().get()));
        ledger->openLocalLog();
        QTRY_VERIFY_WITH_TIMEOUT(dynamic_cast<LedgerReceiptSource *>(ledger->source().get()), 10000);

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
