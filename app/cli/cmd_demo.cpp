// shardgate-cli demo: a headless end-to-end tour on a temporary home. The same services
// the GUI and `serve` use, in one process: a creator packs and signs a generated dataset,
// publishes it, a buyer with credits downloads it through the embedded edge, and the
// receipts are verified offline and the bill recomputed from them alone.

#include "command.h"
#include "common/fileutil.h"
#include "common/money.h"
#include "demo/demoworkspace.h"
#include "download/downloader.h"
#include "edge/edgeserver.h"
#include "edge/marketbinding.h"
#include "ledger/bundle.h"
#include "ledger/ledger.h"
#include "market/market.h"
#include "progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <csignal>

namespace {

using namespace sg;

struct Tour
{
    cli::Context &ctx;
    int step = 0;
    static constexpr int kSteps = 6;
    QJsonArray events;

    void say(const QString &title, const QStringList &details = {})
    {
        ++step;
        if (ctx.json()) {
            events.append(QJsonObject { { QStringLiteral("step"), step },
                                        { QStringLiteral("title"), title },
                                        { QStringLiteral("details"), QJsonArray::fromStringList(details) } });
            return;
        }
        ctx.print(QStringLiteral("[%1/%2] %3").arg(step).arg(kSteps).arg(title));
        for (const QString &d : details)
            ctx.print(QStringLiteral("      ") + d);
    }
};

int runDemo(cli::Context &ctx)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the temporary home (printed at the end).") });
    p.addOption({ QStringLiteral("connections"), QStringLiteral("Download connections (default 4)."),
                  QStringLiteral("N"), QStringLiteral("4") });
    if (!ctx.parse(
            p,
            QStringLiteral("A headless end-to-end tour: package and sign a generated dataset, publish it, "
                           "buy and download it through the embedded edge, verify the receipts offline and "
                           "recompute the bill. Uses a temporary home unless --home is given.")))
        return ctx.exitCode();
    std::signal(SIGPIPE, SIG_IGN);

    // A temporary home unless --home/SHARDGATE_HOME named one.
    const bool explicitHome
        = p.isSet(QStringLiteral("home")) || !qEnvironmentVariable("SHARDGATE_HOME").isEmpty();
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/shardgate-demo-XXXXXX"));
    if (!explicitHome && !tmp.isValid())
        return ctx.fail(QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const bool keep = explicitHome || p.isSet(QStringLiteral("keep"));
    tmp.setAutoRemove(!keep);
    const QString home = explicitHome ? ctx.home() : tmp.path();

    bool ok = false;
    const int connections = p.value(QStringLiteral("connections")).toInt(&ok);
    if (!ok || connections < 1 || connections > 32)
        return ctx.fail(QStringLiteral("--connections must be 1-32"), 2);

    Tour tour { ctx };
    if (!ctx.json())
        ctx.print(QStringLiteral("Shardgate demo: a tour on %1 home %2\n")
                      .arg(explicitHome ? QStringLiteral("the") : QStringLiteral("a temporary"), home));

    // 1-2. Creator and catalog.
    cli::Progress setupProgress(QStringLiteral("setting up"), 100, !ctx.json());
    auto ws
        = demo::prepareDemoWorkspace(home, {}, [&](const QString &, int pct) { setupProgress.update(pct); });
    setupProgress.finish();
    if (!ws)
        return ctx.fail(QStringLiteral("demo set-up failed: %1").arg(ws.errorString()));
    market::MarketOptions marketOptions;
    marketOptions.home = home;
    auto market = market::Market::open(marketOptions);
    if (!market)
        return ctx.fail(market.error());
    auto entry = (*market)->catalog().byCid(ws->manifestCid);
    if (!entry)
        return ctx.fail(entry.error());
    auto before = (*market)->accounts().get(ws->buyer);
    if (!before)
        return ctx.fail(before.error());
    tour.say(QStringLiteral("Creator packed and signed %1@%2").arg(entry->dataset, entry->version),
             { QStringLiteral("creator key   %1").arg(ws->creatorPublicKey),
               QStringLiteral("data          %1 (%2)").arg(ws->dataDir, formatBytes(entry->totalBytes)),
               QStringLiteral("manifest      %1").arg(ws->manifestCid) });
    tour.say(QStringLiteral("Published in the local catalog; buyer '%1' holds %2 %3")
                 .arg(ws->buyer, formatMoney(before->credits), before->currency),
             { QStringLiteral("license       %1, uses %2, %3 %4 per shard access")
                   .arg(entry->spdx, entry->uses.join(QStringLiteral(", ")),
                        formatMoney(entry->pricePerAccess.micros), entry->pricePerAccess.currency) });

    // 3. The embedded edge on a free loopback port.
    auto ledgerOpened = ledger::Ledger::open(ledger::LedgerOptions::forHome(home));
    if (!ledgerOpened)
        return ctx.fail(QStringLiteral("cannot open the receipt log: %1").arg(ledgerOpened.errorString()));
    std::shared_ptr<ledger::Ledger> log(std::move(*ledgerOpened));
    auto binding = edge::MarketBinding::open({ home, ctx.db(), nullptr });
    if (!binding)
        return ctx.fail(QStringLiteral("cannot open the market store: %1").arg(binding.errorString()));
    edge::EdgeConfig config;
    config.port = 0;
    auto metrics = std::make_shared<edge::Metrics>();
    edge::EdgeServer server(config, (*binding)->services(log, metrics));
    auto port = server.start();
    if (!port)
        return ctx.fail(port.error());
    tour.say(
        QStringLiteral("Edge listening on %1").arg(server.url()),
        { QStringLiteral("every byte needs a token; every response writes a receipt into the Merkle log") });

    // 4. The buyer downloads with a job-scoped token.
    // A fresh folder per tour, so a repeated tour buys (and bills) a new download.
    QString out = home + QStringLiteral("/demo/download");
    for (int n = 2; QFileInfo::exists(out); ++n)
        out = home + QStringLiteral("/demo/download-%1").arg(n);
    auto flushedBefore = log->flush();
    if (!flushedBefore)
        return ctx.fail(flushedBefore.error());
    const qint64 firstSeq = log->size();
    download::DownloadOptions options;
    options.edge = QUrl(server.url());
    options.apiKey = ws->apiKey.toUtf8();
    options.manifest = ws->manifestCid;
    options.outDir = out;
    options.connections = connections;
    download::Downloader downloader(options);
    cli::Progress progress(QStringLiteral("downloading"), entry->totalBytes, !ctx.json());
    QObject::connect(
        &downloader, &download::Downloader::progressChanged, [&](const download::DownloadProgress &pr) {
            progress.update(pr.bytesDone,
                            QStringLiteral("%1/%2 shards").arg(pr.shardsDone).arg(pr.shardsTotal));
        });
    Status result;
    QEventLoop loop;
    QObject::connect(&downloader, &download::Downloader::finished, &loop, [&](const Status &st) {
        result = st;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    downloader.start();
    loop.exec();
    progress.finish();
    if (!result)
        return ctx.fail(QStringLiteral("download failed: %1").arg(result.errorString()));
    const download::DownloadSummary &summary = downloader.summary();
    tour.say(QStringLiteral("Buyer downloaded %1 files (%2) over %3 connections in %4 s")
                 .arg(summary.files)
                 .arg(formatBytes(summary.fileBytes))
                 .arg(connections)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2),
             { QStringLiteral("every shard verified against its CID, every file's sha256 checked"),
               QStringLiteral("into          %1").arg(out) });

    // 5. Receipts, verified offline against the log key alone.
    auto flushed = log->flush();
    if (!flushed)
        return ctx.fail(flushed.error());
    const ledger::NoteVerifier logKey = log->verifier();
    int verified = 0;
    QDirIterator it(out + QStringLiteral("/.shardgate/receipts"), { QStringLiteral("*.json") }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto text = readFile(path);
        if (!text)
            return ctx.fail(text.error());
        auto bundle = ledger::ReceiptBundle::fromJsonText(*text);
        if (!bundle)
            return ctx.fail(QStringLiteral("%1: %2").arg(path, bundle.errorString()));
        auto verdict = ledger::verifyBundle(*bundle, logKey);
        if (!verdict)
            return ctx.fail(
                QStringLiteral("receipt bundle %1 does not verify: %2").arg(path, verdict.errorString()));
        ++verified;
    }
    if (verified == 0 || verified != summary.receiptsSaved)
        return ctx.fail(QStringLiteral("expected %1 receipt bundles, verified %2")
                            .arg(summary.receiptsSaved)
                            .arg(verified));
    tour.say(QStringLiteral("%1 receipt bundles verified offline").arg(verified),
             { QStringLiteral("log key       %1").arg(logKey.verifierKey()),
               QStringLiteral("log size      %1 entries").arg(log->size()) });

    // 6. This tour's bill, recomputed from its receipts alone, against the credits taken.
    qint64 billed = 0;
    auto leaves = log->leaves(firstSeq, log->size() - firstSeq);
    if (!leaves)
        return ctx.fail(leaves.error());
    for (const QByteArray &leaf : *leaves) {
        auto receipt = ledger::Receipt::fromLeaf(leaf);
        if (!receipt)
            return ctx.fail(QStringLiteral("unreadable receipt in the log: %1").arg(receipt.errorString()));
        if (receipt->buyer == ws->buyer)
            billed += receipt->charge;
    }
    auto after = (*market)->accounts().get(ws->buyer);
    if (!after)
        return ctx.fail(after.error());
    const qint64 consumed = before->credits - after->credits;
    const bool agree = consumed == billed;
    tour.say(QStringLiteral("Bill recomputed from receipts: %1 %2 charged, %3 %2 taken from credits: %4")
                 .arg(formatMoney(billed), after->currency, formatMoney(consumed),
                      agree ? QStringLiteral("they agree") : QStringLiteral("MISMATCH")));

    server.drain();
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("home"), home },
                                    { QStringLiteral("manifestCid"), ws->manifestCid },
                                    { QStringLiteral("receiptsVerified"), verified },
                                    { QStringLiteral("billed"), formatMoney(billed) },
                                    { QStringLiteral("consumed"), formatMoney(consumed) },
                                    { QStringLiteral("steps"), tour.events } });
    } else {
        ctx.print(QString());
        if (keep) {
            ctx.print(QStringLiteral("Try it yourself on this home:"));
            ctx.print(QStringLiteral("  shardgate-cli serve --home %1 --listen 127.0.0.1:8440").arg(home));
            ctx.print(
                QStringLiteral(
                    "  shardgate-cli token --edge http://127.0.0.1:8440 --api-key-file %1/demo/buyer.key "
                    "--manifest %2")
                    .arg(home, ws->manifestCid));
        } else {
            ctx.print(QStringLiteral(
                "The temporary home is removed now; run with --keep (or --home DIR) to keep it."));
        }
    }
    if (!agree)
        return ctx.fail(QStringLiteral("the bill recomputed from receipts does not match the credits taken"));
    return 0;
}

} // namespace

SG_CLI_COMMAND("demo", "Headless end-to-end tour on a temporary home", runDemo)
