// shardgate-cli get: download a dataset from an edge (work in core/download).

#include "command.h"
#include "common/fileutil.h"
#include "download/downloader.h"
#include "progress.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sg::cli;

namespace {

int g_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[1], &c, 1);
}

} // namespace

static int runGet(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("manifest"),
                            QStringLiteral("Manifest CID, or name@version from the catalog."));
    p.addOption({ QStringLiteral("edge"),
                  QStringLiteral("Edge URL, e.g. http://127.0.0.1:8440. Repeat it (or give a comma-separated "
                                 "list) for several edges of one marketplace: when one stops answering, the "
                                 "download fails over to the next under the same job and token."),
                  QStringLiteral("URL") });
    p.addOption(
        { QStringLiteral("api-key"),
          QStringLiteral("Buyer API key (prefer --api-key-file or $SHARDGATE_API_KEY: keys on the command "
                         "line show in ps)."),
          QStringLiteral("KEY") });
    p.addOption({ QStringLiteral("api-key-file"), QStringLiteral("Read the buyer API key from FILE."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("token"),
                  QStringLiteral("Use this access token instead of obtaining one (no refresh)."),
                  QStringLiteral("JWT") });
    p.addOption({ QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("connections"), QStringLiteral("Parallel connections (default 4)."),
                  QStringLiteral("N"), QStringLiteral("4") });
    p.addOption({ QStringLiteral("limit-rate"),
                  QStringLiteral("Bandwidth limit per second, e.g. 10M (default: none)."),
                  QStringLiteral("RATE") });
    p.addOption(
        { QStringLiteral("force"),
          QStringLiteral(
              "Download into a folder that holds files of other datasets (they are left untouched).") });
    p.addOption({ QStringLiteral("ttl"), QStringLiteral("Token lifetime asked for, seconds (default 300)."),
                  QStringLiteral("S"), QStringLiteral("300") });
    p.addOption({ QStringLiteral("stall-timeout"),
                  QStringLiteral("Seconds without data before a connection is retried (default 30)."),
                  QStringLiteral("S"), QStringLiteral("30") });
    p.addOption({ QStringLiteral("retry-base-ms"),
                  QStringLiteral("First retry backoff in milliseconds (default 250)."), QStringLiteral("MS"),
                  QStringLiteral("250") });
    p.addOption({ QStringLiteral("cached-writes"),
                  QStringLiteral("Write through the page cache instead of O_DIRECT (keeps the data in "
                                 "memory for an immediate read; slower for large datasets). O_DIRECT "
                                 "is used only where the filesystem takes it.") });
    p.addOption({ QStringLiteral("receipt-wait"),
                  QStringLiteral("Seconds to wait for receipt bundles (default 15)."), QStringLiteral("S"),
                  QStringLiteral("15") });
    if (!ctx.parse(
            p,
            QStringLiteral("Download a dataset: verified shards, resumable, with a provenance snapshot in "
                           "DIR/.shardgate/. Ctrl-C pauses; run the same command again to resume."),
            QStringLiteral("MANIFEST_CID|NAME@VERSION --edge URL --out DIR")))
        return ctx.exitCode();

    if (p.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("give exactly one MANIFEST_CID or NAME@VERSION (see --help)"), 2);
    if (!p.isSet(QStringLiteral("edge")) || !p.isSet(QStringLiteral("out")))
        return ctx.fail(QStringLiteral("--edge URL and --out DIR are required"), 2);

    sg::download::DownloadOptions opt;
    QList<QUrl> edges;
    for (const QString &v : p.values(QStringLiteral("edge")))
        for (const QString &u : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            edges.append(QUrl(u.trimmed()));
    if (edges.isEmpty())
        return ctx.fail(QStringLiteral("--edge URL is empty"), 2);
    opt.edge = edges.takeFirst();
    opt.moreEdges = edges;
    opt.manifest = p.positionalArguments().first();
    opt.outDir = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("token"))) {
        opt.token = p.value(QStringLiteral("token")).toLatin1();
    } else if (p.isSet(QStringLiteral("api-key-file"))) {
        auto key = ctx.readSecretFile(p.value(QStringLiteral("api-key-file")));
        if (!key)
            return ctx.fail(key.error());
        opt.apiKey = *key;
    } else if (p.isSet(QStringLiteral("api-key"))) {
        opt.apiKey = p.value(QStringLiteral("api-key")).toUtf8();
    } else {
        opt.apiKey = qgetenv("SHARDGATE_API_KEY");
    }
    if (opt.apiKey.isEmpty() && opt.token.isEmpty())
        return ctx.fail(
            QStringLiteral("no API key: pass --api-key-file FILE, set SHARDGATE_API_KEY or pass --api-key"),
            2);
    bool ok = false;
    opt.connections = p.value(QStringLiteral("connections")).toInt(&ok);
    if (!ok || opt.connections < 1 || opt.connections > 32)
        return ctx.fail(QStringLiteral("--connections must be 1-32"), 2);
    if (p.isSet(QStringLiteral("limit-rate"))) {
        opt.limitRate = sg::parseSize(p.value(QStringLiteral("limit-rate")));
        if (opt.limitRate <= 0)
            return ctx.fail(QStringLiteral("--limit-rate: \"%1\" is not a size like 10M")
                                .arg(p.value(QStringLiteral("limit-rate"))),
                            2);
    }
    opt.force = p.isSet(QStringLiteral("force"));
    opt.directWrites = !p.isSet(QStringLiteral("cached-writes"));
    opt.tokenTtlSecs = p.value(QStringLiteral("ttl")).toInt(&ok);
    if (!ok || opt.tokenTtlSecs < 10 || opt.tokenTtlSecs > 3600)
        return ctx.fail(QStringLiteral("--ttl must be 10-3600 seconds"), 2);
    const double stall = p.value(QStringLiteral("stall-timeout")).toDouble(&ok);
    if (!ok || stall <= 0)
        return ctx.fail(QStringLiteral("--stall-timeout must be a positive number of seconds"), 2);
    opt.stallTimeoutMs = int(stall * 1000);
    opt.backoffBaseMs = p.value(QStringLiteral("retry-base-ms")).toInt(&ok);
    if (!ok || opt.backoffBaseMs < 1)
        return ctx.fail(QStringLiteral("--retry-base-ms must be a positive number"), 2);
    opt.receiptWaitMs = int(p.value(QStringLiteral("receipt-wait")).toDouble() * 1000);

    // Shard buffers (MiBs each) come and go on several threads: a fixed mmap threshold
    // hands each one back to the kernel when it is freed, instead of glibc's sliding
    // threshold keeping them in a fragmented heap (peak RSS then tracks what is live).
    ::mallopt(M_MMAP_THRESHOLD, 512 * 1024);
    sg::download::Downloader downloader(opt);

    // Ctrl-C / SIGTERM: stop cleanly (in-flight shards dropped, journal intact).
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return ctx.fail(QStringLiteral("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalFds[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &downloader, [&downloader] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFds[0], &c, 1);
        downloader.stop();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);

    std::unique_ptr<Progress> meter;
    qint64 firstDone = -1;
    QObject::connect(&downloader, &sg::download::Downloader::progressChanged, &downloader,
                     [&](const sg::download::DownloadProgress &pr) {
                         if (ctx.json()) {
                             ctx.printJson({ { QStringLiteral("event"), QStringLiteral("progress") },
                                             { QStringLiteral("bytesDone"), pr.bytesDone },
                                             { QStringLiteral("bytesTotal"), pr.bytesTotal },
                                             { QStringLiteral("bytesReceived"), pr.bytesReceived },
                                             { QStringLiteral("shardsDone"), pr.shardsDone },
                                             { QStringLiteral("shardsTotal"), pr.shardsTotal },
                                             { QStringLiteral("rate"), qint64(pr.rate) },
                                             { QStringLiteral("etaSecs"), pr.etaSecs },
                                             { QStringLiteral("edge"), pr.edge },
                                             { QStringLiteral("edgeSwitches"), pr.edgeSwitches } });
                             return;
                         }
                         if (!meter) {
                             firstDone = pr.bytesDone;
                             meter = std::make_unique<Progress>(QStringLiteral("get"),
                                                                pr.bytesTotal - firstDone, true);
                         }
                         meter->update(pr.bytesDone - firstDone,
                                       QStringLiteral("shards %1/%2").arg(pr.shardsDone).arg(pr.shardsTotal));
                     });
    QObject::connect(
        &downloader, &sg::download::Downloader::note, &downloader,
        [&](const QString &event, const QString &message) {
            if (ctx.json())
                ctx.printJson({ { QStringLiteral("event"), event }, { QStringLiteral("message"), message } });
            else if (event != QLatin1String("retry") || !Progress::stderrIsTerminal())
                ctx.err() << "shardgate-cli get: " << message << "\n", ctx.err().flush();
        });
    sg::Status result;
    QObject::connect(&downloader, &sg::download::Downloader::finished, &downloader,
                     [&](const sg::Status &st) {
                         result = st;
                         QCoreApplication::quit();
                     });
    QMetaObject::invokeMethod(&downloader, &sg::download::Downloader::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    if (meter)
        meter->finish();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);

    const sg::download::DownloadSummary &s = downloader.summary();
    if (!result)
        return ctx.fail(result.error(), result.errorCode() == QLatin1String("paused") ? 130 : 1);
    if (ctx.json()) {
        ctx.printJson({ { QStringLiteral("event"), QStringLiteral("done") },
                        { QStringLiteral("manifestCid"), s.manifestCid },
                        { QStringLiteral("dataset"), s.dataset },
                        { QStringLiteral("version"), s.version },
                        { QStringLiteral("files"), s.files },
                        { QStringLiteral("bytes"), s.fileBytes },
                        { QStringLiteral("shards"), s.shardsTotal },
                        { QStringLiteral("shardsFetched"), s.shardsFetched },
                        { QStringLiteral("shardsFromJournal"), s.shardsFromJournal },
                        { QStringLiteral("shardsAdopted"), s.shardsAdopted },
                        { QStringLiteral("bytesReceived"), s.bytesReceived },
                        { QStringLiteral("retries"), s.retries },
                        { QStringLiteral("edge"), s.edge },
                        { QStringLiteral("edgeSwitches"), s.edgeSwitches },
                        { QStringLiteral("receiptsSaved"), s.receiptsSaved },
                        { QStringLiteral("receiptsMissing"), s.receiptsMissing },
                        { QStringLiteral("receiptsPrefetched"), s.receiptsPrefetched },
                        { QStringLiteral("filesReadBack"), s.filesReadBack },
                        { QStringLiteral("filesFetchedAgain"), s.filesFetchedAgain },
                        { QStringLiteral("fileHashBytesWithOwnShard"), s.fileHashBytesWithOwnShard },
                        { QStringLiteral("shardChecksQueued"), s.shardChecksQueued },
                        { QStringLiteral("bytesWrittenDirect"), s.bytesWrittenDirect },
                        { QStringLiteral("bytesWrittenCached"), s.bytesWrittenCached },
                        { QStringLiteral("elapsedMs"), s.elapsedMs },
                        { QStringLiteral("out"), opt.outDir } });
    } else {
        ctx.print(
            QStringLiteral("%1@%2: %3 files, %4 verified in %5 (%6 shards fetched, %7 already present); "
                           "provenance in %8/.shardgate/ (%9 receipts)")
                .arg(s.dataset, s.version)
                .arg(s.files)
                .arg(sg::formatBytes(s.fileBytes))
                .arg(QStringLiteral("%1 s").arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1))
                .arg(s.shardsFetched)
                .arg(s.shardsFromJournal + s.shardsAdopted)
                .arg(opt.outDir)
                .arg(s.receiptsSaved));
        if (s.receiptsMissing > 0)
            ctx.err() << "shardgate-cli get: " << s.receiptsMissing << " of "
                      << (s.receiptsSaved + s.receiptsMissing)
                      << " receipt bundles not saved (see above); run get again later to fetch them\n";
    }
    return 0;
}

SG_CLI_COMMAND("get", "Download a dataset from an edge: verified, resumable, with provenance", runGet)
