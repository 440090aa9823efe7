#pragma once

// The edge HTTP server (DESIGN §6). One port. A guard (a QTcpServer subclass) owns the
// listening socket of each worker thread, enforces connection caps and timeouts, and reads
// the first request head of every connection with the strict lean parser:
// - GET/HEAD of /v1/shards/{cid} and /v1/files/{manifestCid}/{path} are served by the
//   lean path itself (keep-alive, pipelining, 256 KiB writes driven by bytesWritten);
// - every other connection is handed to Qt HTTP Server (QAbstractHttpServer) for the API,
//   with the guard still checking each later request head before Qt parses it.
// Workers: `threads` event loops, each with its own SO_REUSEPORT listening socket.
// Every response that delivers bytes writes a receipt to the ledger (async append) and
// carries Shardgate-Receipt / Shardgate-Receipt-Hash.

#include "common/clock.h"
#include "common/result.h"
#include "edge/edgeconfig.h"
#include "edge/inspect.h"
#include "edge/metrics.h"
#include "edge/services.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sg::ledger {
class Ledger;
}

namespace sg::edge {

struct ApiRequest;
struct ApiResponse;

// Extra API routes (tokens, jobs, revocations, JWKS) provided by the market/token
// modules. Return false when the route is not theirs. `done` may be called later, from
// any thread.
using ApiExtension = std::function<bool(const ApiRequest &, std::function<void(ApiResponse)> done)>;

struct EdgeServices
{
    std::shared_ptr<ContentSource> content;
    std::shared_ptr<AccessGate> gate; // null: data routes answer 401
    std::shared_ptr<ledger::Ledger> ledger; // null: data routes answer 503 (no receipt, no bytes)
    QString edgeKeyId; // receipts' `edge`
    const Clock *clock = nullptr; // default Clock::system()
    std::shared_ptr<Metrics> metrics; // created when null
    ApiExtension extension;
    // The cache layer (core/edge/cachelayer.h) sets these; both may be null.
    std::shared_ptr<RequestHooks> hooks; // rate limits, budgets, entitlements
    std::shared_ptr<EdgeInspector> inspector; // snapshots and actions for operators/the GUI
};

struct ApiRequest
{
    QByteArray method;
    QByteArray path; // percent-encoded
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names
    QByteArray body;
    QString peer;
    QByteArray header(QByteArrayView lowerName) const;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QByteArray &body);
    static ApiResponse problem(const Problem &p);
};

class EdgeServer : public QObject
{
    Q_OBJECT
public:
    EdgeServer(EdgeConfig config, EdgeServices services, QObject *parent = nullptr);
    ~EdgeServer() override;

    // Binds (every worker), starts the workers. Returns the bound port.
    Result<quint16> start();
    quint16 port() const { return m_port; }
    QString url() const;
    Metrics &metrics() { return *m_services.metrics; }
    // Cache entries, jobs, rate limiters; evict/endJob (null without the cache layer).
    std::shared_ptr<EdgeInspector> inspector() const { return m_services.inspector; }

    // Stops accepting, lets in-flight responses finish (up to drainTimeoutMs), then
    // closes everything and emits drained().
    void drain();
    // New limits/timeouts for new connections and sweeps (SIGHUP); the listen address
    // is not changed by a reload.
    void applyConfig(const EdgeConfig &config);

Q_SIGNALS:
    void drained();

private:
    struct Private;
    std::unique_ptr<Private> d;
    EdgeConfig m_config;
    EdgeServices m_services;
    quint16 m_port = 0;
};

} // namespace sg::edge
