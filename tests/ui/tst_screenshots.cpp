// Renders every workspace of a console running on the demo workspace into
// <build>/screenshots/<workspace>.png (light) and <workspace>-dark.png, after waiting for
// each page to show real data, so a person can look at them; then the views behind tabs
// (<workspace>-<view>.png): the Ledger's bills and checkpoints over the embedded edge's
// log URL, and the Edge's cache, jobs and access lists.

#include "catalog/catalogworkspace.h"
#include "demo/demoworkspace.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsworkspace.h"
#include "edge/edgeworkspace.h"
#include "ledger/ledgerworkspace.h"
#include "models/billmodel.h"
#include "models/catalogmodel.h"
#include "models/checkpointmodel.h"
#include "models/edgecachemodel.h"
#include "models/receipttablemodel.h"
#include "models/shardlistmodel.h"
#include "models/tokenkeymodel.h"
#include "publish/publishworkspace.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/console.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/theme.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;
using namespace sg::ui;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
        Theme::install(qApp)->setChoice(ThemeChoice::Light);
    }

    void everyWorkspace()
    {
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        auto demo = demo::prepareDemoWorkspace(home);
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
        AppContext context(home);
        Console console(&context);
        context.setBuyer(demo->buyer, demo->apiKey);
        context.setDemoManifestCid(demo->manifestCid);
        QSignalSpy ready(&context, &AppContext::marketReady);
        context.openMarket();
        QVERIFY(ready.wait(10000));
        QSignalSpy started(context.edge(), &EmbeddedEdge::started);
        context.edge()->start(QStringLiteral("127.0.0.1:0"));
        QVERIFY(started.wait(10000));
        MainWindow *window = console.window();
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Populate: the demo manifest in Publish, the catalog, one real download (which
        // also produces receipts for the Edge charts and the Ledger), the local log.
        QTRY_VERIFY_WITH_TIMEOUT(console.publish()->shardModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console.catalog()->model()->rowCount() > 0, 10000);
        console.catalog()->select(demo->manifestCid);
        QSignalSpy token(console.catalog(), &CatalogWorkspace::tokenIssued);
        console.catalog()->getToken();
        QVERIFY(token.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(console.catalog()->curlCommand().contains(QStringLiteral("/v1/files/")),
                                 10000);
        QSignalSpy done(console.downloads()->manager(), &DownloadManager::finished);
        console.catalog()->download(tmp.filePath(QStringLiteral("downloads/demo-voices")));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(console.edge()->sampleCount() >= 3, 10000);
        QSignalSpy opened(console.ledger(), &LedgerWorkspace::sourceOpened);
        console.ledger()->openLocalLog();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(console.ledger()->receiptModel()->rowCount() > 0, 10000);
        console.ledger()->findChild<QTableView *>(QStringLiteral("receiptTable"))->selectRow(2);
        QSignalSpy checked(console.ledger(), &LedgerWorkspace::receiptChecked);
        QVERIFY(checked.wait(10000));

        // Settings: a rotated token key, so the list shows an active and a retired key.
        QSignalSpy rotated(console.settings(), &SettingsWorkspace::tokenKeyRotated);
        console.settings()->rotateTokenKey();
        QVERIFY(rotated.wait(10000));
        QVERIFY(rotated.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(console.settings()->tokenKeyModel()->rowCount() >= 2, 10000);

        // Edge: the cache views filled from the inspector before the pictures.
        QSignalSpy inspected(console.edge(), &EdgeWorkspace::inspected);
        console.edge()->refreshInspection();
        QVERIFY(inspected.wait(10000));
        QVERIFY(inspected.last().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(console.edge()->cacheModel()->rowCount() > 0, 10000);

        const QString outDir = QStringLiteral(SG_BINARY_DIR) + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(outDir));
        const auto save = [&](const QString &name, bool dark) {
            QTest::qWait(150); // let lazy pages load their visible rows and repaint
            const QImage image = window->grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
            const QString path = outDir + QLatin1Char('/') + name
                + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png");
            QVERIFY2(image.save(path), qPrintable(path));
            qInfo("%s", qPrintable(path));
        };
        const QStringList ids = Console::workspaceIds();
        QCOMPARE(window->workspaceCount(), ids.size());
        for (bool dark : { false, true }) {
            Theme::instance()->setChoice(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            for (int i = 0; i < ids.size(); ++i) {
                window->showWorkspace(i);
                save(ids.at(i), dark);
            }
        }

        // The Ledger over the embedded edge's log URL: its bills and its checkpoints.
        LedgerWorkspace *ledger = console.ledger();
        QSignalSpy edgeOpened(ledger, &LedgerWorkspace::sourceOpened);
        ledger->openEdgeLog(context.edge()->url());
        QVERIFY(edgeOpened.wait(10000));
        QSignalSpy billed(ledger, &LedgerWorkspace::billsRecomputed);
        ledger->recomputeBills();
        QVERIFY(billed.wait(30000));
        QVERIFY2(billed.first().at(0).toBool(), qPrintable(billed.first().at(2).toString()));
        QVERIFY(ledger->billModel()->rowCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(ledger->checkpointModel()->rowCount() > 0, 10000);
        auto *ledgerTabs = ledger->findChild<QTabWidget *>(QStringLiteral("ledgerTabs"));
        window->showWorkspace(int(ids.indexOf(QStringLiteral("ledger"))));
        for (bool dark : { false, true }) {
            Theme::instance()->setChoice(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            ledgerTabs->setCurrentIndex(3);
            save(QStringLiteral("ledger-bills"), dark);
            ledgerTabs->setCurrentIndex(1);
            save(QStringLiteral("ledger-checkpoints"), dark);
        }
        ledgerTabs->setCurrentIndex(0);

        // The Edge's jobs and rate limiters (the cache tree is in edge.png).
        auto *edgeTabs = console.edge()->findChild<QTabWidget *>(QStringLiteral("edgeTabs"));
        window->showWorkspace(int(ids.indexOf(QStringLiteral("edge"))));
        for (bool dark : { false, true }) {
            Theme::instance()->setChoice(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            edgeTabs->setCurrentIndex(1);
            save(QStringLiteral("edge-jobs"), dark);
            edgeTabs->setCurrentIndex(2);
            save(QStringLiteral("edge-ratelimits"), dark);
        }
        edgeTabs->setCurrentIndex(0);
        Theme::instance()->setChoice(ThemeChoice::Light);
        QSignalSpy stopped(context.edge(), &EmbeddedEdge::stopped);
        context.edge()->stop();
        QVERIFY(stopped.wait(20000));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
