// shardgate-cli serve: runs the edge over this home (catalog, blob store, accounts,
// token keys, receipt log) until SIGTERM/SIGINT (drains) — SIGHUP reloads config and keys.

#include "command.h"
#include "edge/edgeconfig.h"
#include "edge/edgeserver.h"
#include "edge/marketbinding.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>

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
    p.addOption({ QStringLiteral("threads"), QStringLiteral("Worker threads (each with its own socket)."),
                  QStringLiteral("N") });
    if (!ctx.parse(p,
                   QStringLiteral("Serve this home's published datasets over HTTP (token-gated, metered).")))
        return ctx.exitCode();

    edge::EdgeConfig config;
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
    QString err;
    if (!ctx.paths().ensure(&err))
        return ctx.fail(err);

    auto ledgerOpened = ledger::Ledger::open(ledger::LedgerOptions::forHome(ctx.home()));
    if (!ledgerOpened)
        return ctx.fail(QStringLiteral("cannot open the receipt log: %1").arg(ledgerOpened.errorString()));
    std::shared_ptr<ledger::Ledger> log(std::move(*ledgerOpened));
    auto binding = edge::MarketBinding::open({ ctx.home(), ctx.db(), nullptr });
    if (!binding)
        return ctx.fail(QStringLiteral("cannot open the market store: %1").arg(binding.errorString()));

    auto metrics = std::make_shared<edge::Metrics>();
    edge::EdgeServer server(config, (*binding)->services(log, metrics));
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
                if (cfg)
                    server.applyConfig(*cfg);
                else
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
