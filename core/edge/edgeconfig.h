#pragma once

// What an edge is told at start-up (and on SIGHUP): where to listen, how many worker
// threads, and the guard's limits. Read from a JSON file (`serve --config FILE`); every
// key is optional and documented in docs/api.md ("Configuration").

#include "common/result.h"
#include "edge/leanparser.h"

#include <QHostAddress>
#include <QString>

namespace sg::edge {

struct EdgeConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8440;
    bool allowNonLoopback = false; // listening beyond loopback only when asked
    int threads = 1; // worker threads, each with its own SO_REUSEPORT socket

    ParseLimits limits; // request line, header bytes/count, body cap
    qint64 headerTimeoutMs = 10000; // a request head must arrive within this
    qint64 idleTimeoutMs = 15000; // a keep-alive connection with nothing to do closes
    qint64 sweepIntervalMs = 250; // how often timeouts are checked
    int maxConnections = 4096; // total, all workers
    int maxConnectionsPerIp = 1024;

    qint64 chunkBytes = 256 * 1024; // body write size
    qint64 socketHighWater = 512 * 1024; // bytes queued in the socket before waiting
    qint64 drainTimeoutMs = 10000; // SIGTERM: how long in-flight responses may finish

    // The cache layer (core/edge/cache.h, docs/api.md "Cache, origin, jobs, rate limits").
    qint64 cacheCapacity = qint64(10) << 30; // bytes of origin-filled shards kept
    QString cacheDir; // empty = <home>/cache
    QString origin; // blob-store folder that fills misses; empty = none
    QString upstream; // or another edge's URL; empty = none
    double rateLimitPerToken = 0; // requests/s per token; 0 = no limit (DESIGN §5)
    double rateBurstPerToken = 0; // bucket size; 0 = max(rate, 1)
    double rateLimitPerBuyer = 0; // requests/s per buyer, all its tokens; 0 = no limit
    double rateBurstPerBuyer = 0;

    // Reads a JSON config file over these values; unknown keys are errors.
    static Result<EdgeConfig> load(const QString &path, const EdgeConfig &base);
    // "127.0.0.1:8440", "[::1]:0", "localhost:0"
    Status setListen(const QString &hostPort);
};

} // namespace sg::edge
