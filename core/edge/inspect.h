#pragma once

// What an operator (the GUI's Edge workspace, `serve --json` tools) can see of a running
// edge and do to it: snapshots of the shard cache, the active jobs and the rate limiters,
// and two actions (evict a shard, end a job). Every call is thread-safe and returns a copy;
// call it from any thread (the GUI polls it from its own thread). Get it from
// EdgeServer::inspector() (null when the edge runs without the cache layer), i.e. build the
// server over the cache layer as `serve` does:
//   auto cache = edge::EdgeCache::fromConfig(config, home).value();        // edge/cache.h
//   edge::EdgeServer server(config, cache->wrap(binding->services(ledger, metrics)));
//   server.inspector()->cacheEntries(); ... cache->sweep() once a second (job TTLs).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sg::edge {

// One shard the edge holds (bytes stored once per CID) and who is entitled to it.
struct CacheEntryInfo
{
    QString cid;
    QStringList manifests; // manifest CIDs the shard was served or prefetched under
    QStringList datasets; // their dataset names (same order as manifests)
    QStringList buyers; // buyers holding an entitlement (CID, license hash, buyer, transform)
    QStringList jobs; // jobs pinning the shard (prefetched for them)
    qint64 bytes = 0;
    qint64 lastAccessMs = 0; // 0 = not served yet (prefetched only)
    qint64 hits = 0; // responses that delivered bytes of this shard
    double velocity = 0; // billed accesses per hour, decayed (half-life 10 min)
    QString origin; // "local" (the home's blob store: never deleted), "folder"/"upstream" (filled
                    // from that origin), "cache" (found in the cache folder at start-up)
};

// A job pre-authorized with POST /v1/jobs (or seen through its token's `job` claim).
struct JobInfo
{
    QString id;
    QString buyer;
    QString manifest;
    QString dataset;
    int shards = 0; // shards of the batch
    int ready = 0; // of them stored on this edge (prefetched or local)
    qint64 bytes = 0; // size of the batch
    qint64 createdMs = 0;
    qint64 expiresAtMs = 0; // job TTL; the job ends (and its pins go) at this time
    qint64 bytesServed = 0; // body bytes delivered under the job
    qint64 requests = 0; // data requests under the job
    qint64 maxBytes = -1; // the token's budget, -1 = none
    qint64 maxRequests = -1;
};

// One token bucket (per token = its jti, per buyer = the buyer id).
struct RateLimitInfo
{
    QString scope; // "token" or "buyer"
    QString key; // jti or buyer id
    QString buyer;
    double tokensLeft = 0; // requests that may be made at once now
    double burst = 0; // bucket size
    double ratePerSec = 0; // refill rate
    qint64 allowed = 0; // requests let through
    qint64 limited = 0; // requests answered 429
    qint64 lastMs = 0; // last request
};

struct CacheStats
{
    qint64 capacityBytes = 0; // of the cache folder (origin-filled shards)
    qint64 usedBytes = 0; // origin-filled shards on disk
    int entries = 0; // every tracked shard, local ones included
    qint64 hits = 0; // data responses served without an origin fetch
    qint64 misses = 0; // data requests that needed an origin fetch
    qint64 fills = 0; // shards fetched from the origin and verified
    qint64 fillFailures = 0; // origin fetches that failed (unreachable, not found, too big)
    qint64 poisoned = 0; // origin answers refused because the bytes did not match the CID
    qint64 bytesFromOrigin = 0;
    QHash<QString, qint64> evictions; // by cause: capacity, job-end, job-ttl, revocation,
                                      // license-expiry, manual
    QString origin; // "folder:/path", "upstream:http://...", or empty
};

class EdgeInspector
{
public:
    virtual ~EdgeInspector() = default;

    virtual QList<CacheEntryInfo> cacheEntries() const = 0;
    virtual QList<JobInfo> jobs() const = 0;
    virtual QList<RateLimitInfo> rateLimits() const = 0;
    virtual CacheStats cacheStats() const = 0;

    // Drops a shard from the cache (its bytes when origin-filled; the home's own blob
    // store is never touched) and its entitlements. False when not tracked.
    virtual bool evict(const QString &cid) = 0;
    // Ends a job as DELETE /v1/jobs/{id} would on this edge (its pins go; shards only it
    // pinned are evicted). False when no such job.
    virtual bool endJob(const QString &id) = 0;
};

} // namespace sg::edge
