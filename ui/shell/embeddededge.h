#pragma once

// The edge server inside the console: the home's receipt log (writable, so this process
// is the log's single writer while it runs), the market binding (catalog + blob store as
// content, tokens/policy/revocations/credits as the gate) behind the shard cache layer
// (<home>/cache: entitlements, jobs, budgets, rate limits, as `serve` runs it) and an
// EdgeServer on its own worker threads. Opening and closing the stores runs on worker threads; the GUI thread
// only starts and drains the server.

#include "common/result.h"
#include "edge/metrics.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace sg::ledger {
class Ledger;
}
namespace sg::edge {
class EdgeCache;
class EdgeInspector;
class EdgeServer;
class MarketBinding;
} // namespace sg::edge

namespace sg::ui {

class EmbeddedEdge : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };

    explicit EmbeddedEdge(QString home, QObject *parent = nullptr);
    ~EmbeddedEdge() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString url() const;
    QString lastError() const { return m_error; }
    std::shared_ptr<edge::Metrics> metrics() const { return m_metrics; }
    std::shared_ptr<ledger::Ledger> ledger() const { return m_ledger; }
    // The running edge's market binding (null while stopped): token keys rotated through
    // its market sign the edge's next tokens at once.
    std::shared_ptr<edge::MarketBinding> binding() const { return m_binding; }
    // The shard cache's view of the running edge: cache entries, jobs, rate limiters and
    // the evict/end-job actions (null while stopped). Thread-safe; call it off the GUI
    // thread (snapshots copy the tables).
    std::shared_ptr<edge::EdgeInspector> inspector() const;

public Q_SLOTS:
    // listen: "127.0.0.1:0" (port 0 = a free port).
    void start(const QString &listen);
    void stop();

Q_SIGNALS:
    void stateChanged(sg::ui::EmbeddedEdge::State state);
    void started(const QString &url);
    void failed(const QString &message);
    void stopped();

private:
    struct Opened;
    void setState(State state);
    void releaseStores();

    QString m_home;
    State m_state = State::Stopped;
    QString m_error;
    std::shared_ptr<edge::Metrics> m_metrics;
    std::shared_ptr<ledger::Ledger> m_ledger;
    std::shared_ptr<edge::MarketBinding> m_binding;
    std::shared_ptr<edge::EdgeCache> m_cache;
    std::unique_ptr<edge::EdgeServer> m_server;
    QTimer m_sweep; // job TTLs and license expiry end while no request arrives
    bool m_sweeping = false;
};

} // namespace sg::ui
