// shardgate-cli serve: runs the edge over this home (catalog, blob store, accounts,
// token keys, receipt log) until SIGTERM/SIGINT (drains) — SIGHUP reloads config and keys.

#include "command.h"
#include "common/fileutil.h"
#include "edge/cache.h"
#include "edge/edgeconfig.h"
#include "edge/edgeserver.h"
#include "edge/marketbinding.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = { -1, -1 };

void onSignal(int sig)
{
    const char c = char(sig);
    const auto n = ::write(g_signalFd[1], &c, 1);
    (void)n;
}

int serve(sg::cli::Context &ctx)
{
    using namespace sg;
    QCommandLineParser p;
    p.addOption({ QStringLiteral("listen"), QStringLiteral("Address to listen on (port 0 = any free port)."),
                  QStringLiteral("HOST:PORT") });
    p.addOption({ QStringLiteral("config"), QStringLiteral("JSON config file (limits, timeouts, threads)."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("threads"),
                  QStringLiteral("Worker threads, each with its own socket (default: one per core)."),
                  QStringLiteral("N") });
    p.addOption({ QStringLiteral("cache-capacity"),
                  QStringLiteral("Bytes of origin-filled shards the cache keeps (default 10GiB)."),
                  QStringLiteral("SIZE") });
    p.addOption({ QStringLiteral("cache-dir"), QStringLiteral("Cache folder (default HOME/cache)."),
                  QStringLiteral("DIR") });
    p.addOption({ QStringLiteral("origin"),
                  QStringLiteral("Blob-store folder (or home) that fills shards missing here."),
                  QStringLiteral("DIR") });
    p.addOption(
        { QStringLiteral("upstream"),
          QStringLiteral("Another edge that fills shards missing here (the buyer's token is passed on)."),
          QStringLiteral("URL") });
    p.addOption({ QStringLiteral("rate-limit-token"),
                  QStringLiteral("Requests per second per token, optionally /BURST (default: no limit)."),
                  QStringLiteral("RATE[/BURST]") });
    p.addOption({ QStringLiteral("rate-limit-buyer"),
                  QStringLiteral("Requests per second per buyer, optionally /BURST (default: no limit)."),
                  QStringLiteral("RATE[/BURST]") });
    p.addOption(
        { QStringLiteral("sync-charges"),
          QStringLiteral("Serve a first delivery only once its charge is on disk (default: once it is "
                         "committed; it is synced about a millisecond later, while the bytes flow).") });
    if (!ctx.parse(p,
                   QStringLiteral("Serve this home's published datasets over HTTP (token-gated, metered).")))
        return ctx.exitCode();

    edge::EdgeConfig config;
    config.threads = std::clamp(QThread::idealThreadCount(), 1, 64); // one event loop per core
    const QString configPath = p.value(QStringLiteral("config"));
    if (!configPath.isEmpty()) {
        auto c = edge::EdgeConfig::load(configPath, config);
        if (!c)
            return ctx.fail(c.error());
        config = *c;
    }
    if (p.isSet(QStringLiteral("listen"))) {
        auto st = config.setListen(p.value(QStringLiteral("listen")));
        if (!st)
            return ctx.fail(st.error(), 2);
    }
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return ctx.fail(QStringLiteral("--threads must be 1-64"), 2);
        config.threads = n;
    }
    if (p.isSet(QStringLiteral("cache-capacity"))) {
        const qint64 size = parseSize(p.value(QStringLiteral("cache-capacity")));
        if (size <= 0)
            return ctx.fail(QStringLiteral("--cache-capacity must be a size such as 20GiB or 500MiB"), 2);
        config.cacheCapacity = size;
    }
    if (p.isSet(QStringLiteral("cache-dir")))
        config.cacheDir = p.value(QStringLiteral("cache-dir"));
    if (p.isSet(QStringLiteral("origin")))
        config.origin = p.value(QStringLiteral("origin"));
    if (p.isSet(QStringLiteral("upstream")))
        config.upstream = p.value(QStringLiteral("upstream"));
    for (const char *name : { "rate-limit-token", "rate-limit-buyer" }) {
        const QString opt = QString::fromLatin1(name);
        if (!p.isSet(opt))
            continue;
        const QStringList parts = p.value(opt).split(QLatin1Char('/'));
        bool ok1 = false, ok2 = true;
        const double rate = parts.value(0).toDouble(&ok1);
        const double burst = parts.size() > 1 ? parts.value(1).toDouble(&ok2) : 0;
        if (!ok1 || !ok2 || rate < 0 || burst < 0 || parts.size() > 2)
            return ctx.fail(
                QStringLiteral("--%1 must be RATE or RATE/BURST (requests per second, 0 = no limit)")
                    .arg(opt),
                2);
        if (opt == QLatin1String("rate-limit-token")) {
            config.rateLimitPerToken = rate;
            config.rateBurstPerToken = burst;
        } else {
            config.rateLimitPerBuyer = rate;
            config.rateBurstPerBuyer = burst;
        }
    }
    QString err;
    if (!ctx.paths().ensure(&err))
        return ctx.fail(err);

    auto ledgerOpened = ledger::Ledger::open(ledger::LedgerOptions::forHome(ctx.home(), ctx.db()));
    if (!ledgerOpened)
        return ctx.fail(QStringLiteral("cannot open the receipt log: %1").arg(ledgerOpened.errorString()));
    std::shared_ptr<ledger::Ledger> log(std::move(*ledgerOpened));
    auto binding = edge::MarketBinding::open(
        { ctx.home(), ctx.db(), nullptr, p.isSet(QStringLiteral("sync-charges")) });
    if (!binding)
        return ctx.fail(QStringLiteral("cannot open the market store: %1").arg(binding.errorString()));

    auto cache = edge::EdgeCache::fromConfig(config, ctx.home());
    if (!cache)
        return ctx.fail(QStringLiteral("cannot open the cache: %1").arg(cache.errorString()));
    auto metrics = std::make_shared<edge::Metrics>();
    edge::EdgeServer server(config, (*cache)->wrap((*binding)->services(log, metrics)));
    // Job TTLs and license expiry also end while no request arrives.
    QTimer sweep;
    QObject::connect(&sweep, &QTimer::timeout, &server, [&] { (*cache)->sweep(); });
    sweep.start(1000);
    auto port = server.start();
    if (!port)
        return ctx.fail(port.error());
    ctx.print(QStringLiteral("listening on %1").arg(server.url()));
    if (ctx.json())
        ctx.printJson({ { QStringLiteral("event"), QStringLiteral("listening") },
                        { QStringLiteral("url"), server.url() },
                        { QStringLiteral("port"), int(*port) } });

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFd) != 0)
        return ctx.fail(QStringLiteral("cannot set up signal handling"));
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char c = 0;
        if (::read(g_signalFd[0], &c, 1) != 1)
            return;
        if (int(c) == SIGHUP) {
            if (!configPath.isEmpty()) {
                auto cfg = edge::EdgeConfig::load(configPath, config);
                if (cfg) {
                    server.applyConfig(*cfg);
                    (*cache)->setRateLimits(edge::EdgeCache::limitsOf(*cfg));
                } else
                    ctx.err() << "shardgate-cli serve: config not reloaded: " << cfg.errorString() << "\n";
            }
            auto st = (*binding)->reload();
            if (!st)
                ctx.err() << "shardgate-cli serve: keys not reloaded: " << st.errorString() << "\n";
            ctx.err().flush();
            if (ctx.json())
                ctx.printJson({ { QStringLiteral("event"), QStringLiteral("reloaded") } });
            return;
        }
        if (ctx.json())
            ctx.printJson({ { QStringLiteral("event"), QStringLiteral("draining") } });
        server.drain();
    });
    QObject::connect(&server, &edge::EdgeServer::drained, &server, [&] {
        auto st = log->flush();
        if (!st)
            ctx.err() << "shardgate-cli serve: receipt log flush failed: " << st.errorString() << "\n";
        if (ctx.json())
            ctx.printJson({ { QStringLiteral("event"), QStringLiteral("stopped") } });
        QCoreApplication::exit(st ? 0 : 1);
    });
    return QCoreApplication::exec();
}

} // namespace

SG_CLI_COMMAND("serve", "Run the edge HTTP server over this home", serve)
