#include "embeddededge.h"

#include "common/fileutil.h"
#include "common/logging.h"
#include "edge/cache.h"
#include "edge/edgeconfig.h"
#include "edge/edgeserver.h"
#include "edge/marketbinding.h"
#include "ledger/ledger.h"
#include "market/market.h"
#include "widgets/async.h"

#include <QSettings>
#include <QThreadPool>

namespace sg::ui {

struct EmbeddedEdge::Opened
{
    std::shared_ptr<ledger::Ledger> ledger;
    std::shared_ptr<edge::MarketBinding> binding;
    std::shared_ptr<edge::EdgeCache> cache;
};

EmbeddedEdge::EmbeddedEdge(QString home, QObject *parent) : QObject(parent), m_home(std::move(home))
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        auto cache = m_cache;
        if (!cache || m_sweeping)
            return;
        m_sweeping = true;
        runAsync(
            this,
            [cache] {
                cache->sweep();
                return true;
            },
            [this](bool) { m_sweeping = false; });
    });
}

std::shared_ptr<edge::EdgeInspector> EmbeddedEdge::inspector() const
{
    return m_cache && m_state == State::Running ? m_cache->inspector() : nullptr;
}

EmbeddedEdge::~EmbeddedEdge()
{
    // Quitting: stop the workers now; the stores flush in their destructors.
    m_sweep.stop();
    m_server.reset();
    m_cache.reset();
    m_binding.reset();
    m_ledger.reset();
}

QString EmbeddedEdge::url() const
{
    return m_server && m_state == State::Running ? m_server->url() : QString();
}

void EmbeddedEdge::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EmbeddedEdge::start(const QString &listen)
{
    if (m_state != State::Stopped)
        return;
    edge::EdgeConfig config;
    if (auto s = config.setListen(listen.isEmpty() ? QStringLiteral("127.0.0.1:0") : listen); !s.ok()) {
        m_error = s.errorString();
        Q_EMIT failed(m_error);
        return;
    }
    // The operator's choices from Settings > Edge defaults (keys shared with SettingsWorkspace).
    bool syncCharges = false;
    {
        QSettings settings;
        const qint64 capacity = parseSize(settings.value(QStringLiteral("edge/cacheCapacity")).toString());
        if (capacity > 0)
            config.cacheCapacity = capacity;
        config.rateLimitPerBuyer
            = std::max(0.0, settings.value(QStringLiteral("edge/rateLimitPerBuyer"), 0.0).toDouble());
        syncCharges = settings.value(QStringLiteral("edge/syncCharges"), false).toBool();
    }
    m_error.clear();
    setState(State::Starting);
    const QString home = m_home;
    runAsync(
        this,
        [home, config, syncCharges]() -> Result<std::shared_ptr<Opened>> {
            auto opened = std::make_shared<Opened>();
            auto ledger = ledger::Ledger::open(ledger::LedgerOptions::forHome(home));
            if (!ledger.ok())
                return fail(QStringLiteral("receipt log: %1").arg(ledger.errorString()));
            opened->ledger = std::shared_ptr<ledger::Ledger>(std::move(ledger.value()));
            edge::MarketBindingOptions options;
            options.home = home;
            options.syncCharges = syncCharges;
            auto binding = edge::MarketBinding::open(options);
            if (!binding.ok())
                return fail(QStringLiteral("market: %1").arg(binding.errorString()));
            opened->binding = std::shared_ptr<edge::MarketBinding>(std::move(binding.value()));
            auto cache = edge::EdgeCache::fromConfig(config, home);
            if (!cache.ok())
                return fail(QStringLiteral("cache: %1").arg(cache.errorString()));
            opened->cache = cache.value();
            // The console signs buyer revocations with the home's operator key: make sure it
            // exists and that this edge trusts it.
            auto &market = opened->binding->market();
            if (market.operatorKey(true).ok())
                if (auto keys = market.trustedOperatorKeys(); keys.ok())
                    market.revocations().setOperatorKeys(keys.value());
            return opened;
        },
        [this, config](const Result<std::shared_ptr<Opened>> &r) {
            if (!r.ok()) {
                m_error = r.errorString();
                setState(State::Stopped);
                Q_EMIT failed(m_error);
                return;
            }
            m_ledger = r.value()->ledger;
            m_binding = r.value()->binding;
            m_cache = r.value()->cache;
            m_metrics = std::make_shared<edge::Metrics>();
            m_server = std::make_unique<edge::EdgeServer>(
                config, m_cache->wrap(m_binding->services(m_ledger, m_metrics)));
            connect(m_server.get(), &edge::EdgeServer::drained, this, [this] {
                m_server.reset();
                releaseStores();
            });
            auto port = m_server->start();
            if (!port.ok()) {
                m_error = port.errorString();
                m_server.reset();
                releaseStores();
                Q_EMIT failed(m_error);
                return;
            }
            qCInfo(lcUi).noquote() << "embedded edge listening on" << m_server->url();
            m_sweep.start();
            setState(State::Running);
            Q_EMIT started(m_server->url());
        });
}

void EmbeddedEdge::stop()
{
    if (m_state != State::Running || !m_server)
        return;
    setState(State::Stopping);
    m_sweep.stop();
    m_server->drain();
}

void EmbeddedEdge::releaseStores()
{
    // The ledger's destructor flushes and joins its writer thread: not on the GUI thread.
    auto ledger = std::move(m_ledger);
    auto binding = std::move(m_binding);
    auto cache = std::move(m_cache);
    m_ledger.reset();
    m_binding.reset();
    m_cache.reset();
    runAsync(
        this,
        [ledger, binding, cache]() mutable {
            cache.reset();
            binding.reset();
            ledger.reset();
            return true;
        },
        [this](bool) {
            setState(State::Stopped);
            Q_EMIT stopped();
        });
}

} // namespace sg::ui
