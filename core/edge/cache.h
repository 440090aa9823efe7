#pragma once

// The edge's shard cache (DESIGN §6 "Cache key ... Eviction ... Origin fetch"), as a layer
// around the services the market binding provides:
//
// - bytes are stored once per CID: the home's blob store (never deleted) and a cache folder
//   of origin-filled shards with a byte capacity;
// - entitlements are keyed by (CID, license hash, buyer, transform) and recorded when a
//   response delivered bytes — a request is served from the cache only after its own
//   token check (the gate runs first on every request, cached or not);
// - eviction: capacity (weighted LRU: size, recency and billed-access velocity), job end
//   and job TTL (what only that job pinned), revocation (entries no other entitlement
//   needs) and license expiry; every eviction is counted by cause in /metrics;
// - an origin (core/edge/origin.h) fills misses without blocking a worker thread; concurrent
//   misses of one CID share one fetch; the CID is verified before a byte is stored or
//   served and an origin that sends wrong bytes is refused, logged and counted;
// - jobs: POST /v1/jobs pre-authorizes a batch (gate + policy for every shard) and prefetches
//   it into the job's namespace; DELETE /v1/jobs/{id} and the job TTL end it;
// - budgets: the token's maxRequests/maxBytes are counted per token (403 max-requests /
//   max-bytes past them); rate limits: token buckets per token and per buyer (429 with
//   Retry-After), off unless configured (DESIGN §5).
//
// Thread-safe: every worker thread calls in at once; one mutex guards the tables, file
// I/O and origin transfers run outside it.

#include "common/clock.h"
#include "common/result.h"
#include "edge/edgeserver.h"
#include "edge/inspect.h"
#include "edge/origin.h"

#include <memory>

namespace sg::edge {

struct RateLimits
{
    double perTokenRate = 0; // requests per second per token (jti); 0 = no limit
    double perTokenBurst = 0; // bucket size; 0 = max(rate, 1)
    double perBuyerRate = 0; // requests per second per buyer, all tokens together; 0 = no limit
    double perBuyerBurst = 0;
};

struct CacheOptions
{
    QString dir; // the cache folder (origin-filled shards), e.g. <home>/cache
    qint64 capacityBytes = qint64(10) << 30;
    std::shared_ptr<Origin> origin; // null: misses are 404 as before
    RateLimits limits;
    qint64 maxJobTtlMs = 24LL * 3600 * 1000; // a job's TTL is capped at this
    const Clock *clock = nullptr; // default Clock::system()
};

class EdgeCache
{
public:
    ~EdgeCache();
    // Creates the folder, drops leftover temporary files, indexes what is there.
    static Result<std::shared_ptr<EdgeCache>> open(CacheOptions options);
    // What an EdgeConfig asks for over a home: the cache folder (<home>/cache unless
    // cacheDir), capacity, origin (folder or upstream URL) and rate limits.
    static Result<std::shared_ptr<EdgeCache>> fromConfig(const EdgeConfig &config, const QString &home,
                                                         const Clock *clock = nullptr);
    static RateLimits limitsOf(const EdgeConfig &config);

    // The services with the cache in front: content (cache + origin fill), hooks (rate
    // limits, budgets, entitlements), inspector, and the API extension with POST/DELETE
    // /v1/jobs taken over and POST /v1/revocations followed by eviction. Call once.
    EdgeServices wrap(EdgeServices inner);

    std::shared_ptr<EdgeInspector> inspector() const;
    void setRateLimits(const RateLimits &limits);
    // Job TTLs, license expiry, idle rate buckets. Also runs by itself at most once a
    // second while requests arrive and on every /metrics and inspector snapshot.
    void sweep();

    struct Private;

private:
    EdgeCache();
    std::shared_ptr<Private> d;
};

} // namespace sg::edge
