#pragma once

// What the edge needs from the rest of the core, as narrow interfaces: the published
// content (catalog, manifests, shard blobs) and the access gate (token verification,
// policy, revocations, credits). The edge never decides access itself: without a gate it
// refuses every data request with 401.

#include "common/result.h"
#include "edge/problem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace sg::edge {

struct ShardBlob
{
    QString cid;
    QString path; // file holding exactly the shard's bytes
    qint64 size = 0;
};

struct FileExtent
{
    int shard = 0; // index into ManifestView::shards
    qint64 offset = 0; // in the shard
    qint64 length = 0;
};

struct FileEntry
{
    QString path;
    qint64 size = 0;
    QString sha256; // hex
    QList<FileExtent> extents;
};

struct ShardRef
{
    QString cid;
    qint64 size = 0;
    bool operator==(const ShardRef &) const = default;
};

// The parts of a signed manifest the edge serves from.
struct ManifestView
{
    QString cid;
    QByteArray json; // the signed manifest as published (served by /v1/manifests/{cid})
    QString dataset;
    QString version;
    QString creator;
    QString licenseHash;
    QList<ShardRef> shards;
    QList<FileEntry> files;
    QHash<QString, int> fileByPath;
    QSet<QString> shardCids;
};

// What an origin fetch may need to be let in upstream: the requesting buyer's own token is
// passed through (an upstream edge sharing the store accepts it and bills the same
// (buyer, job, shard) once).
struct FillContext
{
    QByteArray token;
    QString manifest;
    QString buyer;
    QString job;
};

class ContentSource
{
public:
    virtual ~ContentSource() = default;
    // The blob of a shard in the local store; error code "notfound" when absent.
    virtual Result<ShardBlob> shard(const QString &cid) const = 0;
    // A published manifest; error code "notfound" when not published here.
    virtual Result<std::shared_ptr<const ManifestView>> manifest(const QString &cid) const = 0;
    // The public catalog (GET /v1/datasets); query: ?q=&creator=&use=&latest=1.
    virtual QJsonArray datasets(const QByteArray &query) const = 0;
    // Re-reads what is published (SIGHUP).
    virtual Status reload() = 0;
    // Grows whenever files that shard() handed out were deleted (cache eviction). Worker
    // threads keep blob files open between responses; when this changes they close the
    // deleted ones they are not sending from, so evicted bytes leave the disk at once.
    virtual quint64 removals() const { return 0; }

    // Filling from an origin (the cache layer, core/edge/cache.h): shard() answers the
    // error code "miss" for a shard it does not hold but an origin may; fill() fetches
    // such shards (each CID verified before it is stored) without blocking the caller and
    // calls done once, on any thread, when all are stored or one failed (error codes
    // "notfound" -> 404, "integrity" -> 502, "capacity" -> 503, others -> 502).
    virtual void fill(const QList<ShardRef> &shards, const FillContext &context,
                      std::function<void(Status)> done)
    {
        Q_UNUSED(shards);
        Q_UNUSED(context);
        done(fail(QStringLiteral("this edge has no origin to fetch missing shards from"),
                  QStringLiteral("notfound")));
    }
};

// Who may fetch: the verified claims of a token after policy and revocation checks.
struct Grant
{
    QString buyer;
    QString creator;
    QString manifest; // manifest CID the token is for
    QString licenseHash;
    QString jti;
    QString job; // the token's job, or its jti when it has none (a token is its own job)
    QString tx;
    QStringList shards; // empty = every shard of the manifest
    qint64 expiresAtMs = 0;
    qint64 maxSpend = -1; // micro-units, -1 = none
    qint64 maxBytes = -1; // the token's byte budget, -1 = none (counted by RequestHooks)
    qint64 maxRequests = -1; // the token's request budget, -1 = none
    std::shared_ptr<const void> context; // the gate's own data (verified claims)
};

struct GateDecision
{
    bool allowed = false;
    Grant grant;
    Problem problem; // when refused (401 invalid token, 403 revoked/not entitled, 429 ...)
    QString rejectReason; // metrics label ("expired", "signature", "revoked", ...)
};

struct Delivery
{
    QString shard;
    qint64 size = 0;
};

class AccessGate
{
public:
    virtual ~AccessGate() = default;
    // Must not block: signature check (cached by token hash), claims, license policy,
    // revocations from memory. Called on a worker thread's event loop.
    virtual GateDecision authorize(QByteArrayView token, qint64 nowMs) = 0;
    // The policy for one shard of the response (license, uses, scope, revocations, time).
    // Must not block. Returns allowed or the refusal.
    virtual GateDecision permit(const Grant &grant, const QString &shard, qint64 bytes, qint64 nowMs) = 0;
    // True when some delivery is the first of its shard under the grant's job (so
    // charge() has to run). Must not block.
    virtual bool needsCharge(const Grant &grant, const QList<Delivery> &deliveries) = 0;
    // Debits first deliveries (pricePerAccess + pricePerGiB x size); may block on the
    // database, so the edge calls it on a thread pool. Returns the charge per delivery
    // (0 for repeats) or an error with code "credits" (-> 402) or another code (-> 503).
    // On an error, madeBeforeError (when given) gets the charges already made for the
    // deliveries before the one that failed (they stand: the edge logs them).
    virtual Result<QList<qint64>> charge(const Grant &grant, const QList<Delivery> &deliveries,
                                         QList<qint64> *madeBeforeError)
        = 0;
};

// What one data response delivered of one shard (after its receipts were written).
struct Served
{
    QString shard;
    qint64 size = 0; // the shard's size
    qint64 bytes = 0;
    qint64 charge = 0; // micro-units billed by this response (0 for repeats)
};

// Optional request policy on top of the gate (the cache layer): rate limits (429 with
// Retry-After), the token's maxRequests/maxBytes budgets (403), job accounting, cache
// hits and entitlements. All calls must not block and are made from any worker thread.
class RequestHooks
{
public:
    virtual ~RequestHooks() = default;
    // Before a response is sent, after the gate allowed every shard of it. `bytes` is
    // the body about to be sent (0 for HEAD); `countRequest` is false when the same
    // request was already admitted once (re-run after an origin fill).
    virtual GateDecision admit(const Grant &grant, qint64 bytes, bool countRequest, qint64 nowMs) = 0;
    // After the receipts of a response were appended.
    virtual void served(const Grant &grant, const QList<Served> &shards, qint64 nowMs) = 0;
};

} // namespace sg::edge
