#include "appcontext.h"

#include "common/fileutil.h"
#include "crypto/cid.h"
#include "ledger/ledger.h"
#include "market/market.h"
#include "shell/embeddededge.h"
#include "widgets/async.h"

#include <QDir>
#include <QSettings>
#include <QTimer>

namespace sg::ui {

AppContext::AppContext(const QString &home, QObject *parent)
    : QObject(parent), m_home(home), m_paths(home), m_edge(new EmbeddedEdge(home, this))
{
    connect(m_edge, &EmbeddedEdge::stateChanged, this, [this](EmbeddedEdge::State state) {
        if (state == EmbeddedEdge::State::Running) {
            connect(m_edge->ledger().get(), &ledger::Ledger::committed, this, [this](qint64 size) {
                m_logSize = size;
                if (m_logSizePending)
                    return;
                m_logSizePending = true;
                QTimer::singleShot(500, this, [this] {
                    m_logSizePending = false;
                    Q_EMIT ledgerCommitted(m_logSize);
                });
            });
        }
        if (state != EmbeddedEdge::State::Starting)
            Q_EMIT ledgerChanged(); // Stopping: readers let go of the writable log now
    });
}

AppContext::~AppContext() = default;

void AppContext::openMarket()
{
    const QString home = m_home;
    runAsync(
        this,
        [home]() -> Result<std::shared_ptr<market::Market>> {
            market::MarketOptions options;
            options.home = home;
            auto m = market::Market::open(options);
            if (!m.ok())
                return m.error();
            return std::shared_ptr<market::Market>(std::move(m.value()));
        },
        [this](const Result<std::shared_ptr<market::Market>> &r) {
            if (!r.ok()) {
                m_marketError = r.errorString();
                Q_EMIT marketFailed(m_marketError);
                return;
            }
            m_market = r.value();
            m_marketError.clear();
            Q_EMIT marketReady();
            Q_EMIT catalogChanged();
            Q_EMIT creditsChanged();
        });
}

QString AppContext::edgeUrl() const
{
    if (m_edge->isRunning())
        return m_edge->url();
    return QSettings().value(QStringLiteral("catalog/edgeUrl")).toString();
}

std::shared_ptr<ledger::Ledger> AppContext::ledger() const
{
    return m_edge->isRunning() ? m_edge->ledger() : nullptr;
}

void AppContext::setBuyer(const QString &buyer, const QString &apiKey)
{
    m_buyer = buyer;
    m_apiKey = apiKey;
    Q_EMIT buyerChanged();
    Q_EMIT creditsChanged();
}

bool AppContext::loadDemoBuyer()
{
    auto key = readFile(m_home + QStringLiteral("/demo/buyer.key"), 4096);
    if (!key.ok())
        return false;
    setBuyer(QStringLiteral("demo-buyer"), QString::fromUtf8(key.value()).trimmed());
    // The demo's manifest file is the JCS bytes of the signed manifest: its CID is the
    // manifest CID.
    auto manifest = readFile(m_home + QStringLiteral("/demo/manifest.json"));
    if (manifest.ok())
        m_demoManifest = crypto::Cid::ofData(manifest.value()).toString();
    return true;
}

} // namespace sg::ui
