#include "cache.h"

#include "common/logging.h"
#include "crypto/cid.h"
#include "edge/leanparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <cmath>

namespace sg::edge {

namespace {

using Header = QPair<QByteArray, QByteArray>;

constexpr int kCidPrefixLength = 7;
constexpr double kVelocityHalfLifeMs = 10 * 60 * 1000.0;

QByteArray bearerOf(const ApiRequest &req)
{
    const QByteArray auth = req.header("authorization");
    if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    return {};
}

ApiResponse problemResponse(int status, const QString &slug, const QString &detail)
{
    return ApiResponse::problem(
        Problem::make(status, slug, QString::fromLatin1(reasonPhrase(status)), detail));
}

GateDecision refuse(int status, const QString &slug, const QString &reason, const QString &detail)
{
    GateDecision g;
    g.rejectReason = reason;
    g.problem = Problem::make(status, slug, QString::fromLatin1(reasonPhrase(status)), detail);
    return g;
}

// Who holds an entitlement: DESIGN §6 key minus the CID (the entry's).
struct Entitlement
{
    QString buyer;
    QString licenseHash;
    QString tx;
    QSet<QString> manifests;
    QSet<QString> jtis;
    QSet<QString> jobs;
    qint64 expiresAtMs = 0; // the latest grant's expiry
    qint64 lastAccessMs = 0;
    Grant grant; // the latest grant that used it (re-checked against revocations)
};

struct Entry
{
    QString cid;
    qint64 size = 0;
    QString path;
    QString origin; // "local", "folder", "upstream"
    QSet<QString> manifests;
    QHash<QString, Entitlement> ents; // licenseHash \n buyer \n tx
    QSet<QString> pins; // job ids
    bool filledForJob = false;
    qint64 lastAccessMs = 0;
    qint64 hits = 0;
    double velocity = 0; // decayed billed accesses
    qint64 velocityAtMs = 0;

    bool local() const { return origin == QLatin1String("local"); }
    double velocityAt(qint64 now) const
    {
        if (velocityAtMs <= 0 || now <= velocityAtMs)
            return velocity;
        return velocity * std::exp2(-double(now - velocityAtMs) / kVelocityHalfLifeMs);
    }
};

struct Job
{
    QString id;
    QString buyer;
    QString manifest;
    QString jti;
    QStringList shards;
    QSet<QString> ready;
    qint64 bytes = 0;
    qint64 createdMs = 0;
    qint64 expiresAtMs = 0;
    qint64 bytesServed = 0;
    qint64 requests = 0;
    qint64 maxBytes = -1;
    qint64 maxRequests = -1;
    bool registered = false; // POST /v1/jobs (else seen through a token's job claim)
};

struct Budget
{
    qint64 bytes = 0;
    qint64 requests = 0;
    qint64 expiresAtMs = 0;
};

struct Bucket
{
    QString buyer;
    double tokens = 0;
    qint64 lastMs = 0;
    qint64 allowed = 0;
    qint64 limited = 0;
};

struct ManifestInfo
{
    QString dataset;
    qint64 validUntilMs = 0; // 0 = no expiry
};

} // namespace

struct EdgeCache::Private : std::enable_shared_from_this<EdgeCache::Private>
{
    CacheOptions options;
    const Clock *clock = nullptr;
    std::shared_ptr<ContentSource> inner;
    std::shared_ptr<AccessGate> gate;
    std::shared_ptr<Metrics> metrics;
    ApiExtension innerExtension;
    std::shared_ptr<EdgeInspector> inspector;

    mutable QMutex mutex;
    QHash<QString, Entry> entries;
    qint64 usedBytes = 0; // cache-folder bytes
    qint64 reservedBytes = 0; // fills in flight
    QHash<QString, QList<std::function<void(Status)>>> pending; // cid -> waiters
    QHash<QString, Job> jobs;
    QHash<QString, Budget> budgets; // jti
    QHash<QString, Bucket> tokenBuckets; // jti
    QHash<QString, Bucket> buyerBuckets; // buyer
    QHash<QString, ManifestInfo> manifestInfo;
    RateLimits limits;
    std::atomic<qint64> lastSweepMs { 0 };
    std::atomic<quint64> removals { 0 }; // cache files deleted so far (batches)
    qint64 seq = 0;
    CacheStats stats;

    QString pathFor(const QString &cid) const
    {
        return options.dir + QLatin1Char('/') + cid.mid(kCidPrefixLength, 2) + QLatin1Char('/') + cid;
    }

    // --- under mutex ---------------------------------------------------------------

    void countEviction(const QString &cause)
    {
        stats.evictions[cause] += 1;
        if (metrics)
            metrics->countEviction(cause);
    }

    // Removes an entry; returns the file to delete (outside the lock) or empty.
    QString dropEntry(const QString &cid, const QString &cause)
    {
        auto it = entries.find(cid);
        if (it == entries.end())
            return {};
        QString file;
        if (!it->local()) {
            usedBytes -= it->size;
            file = it->path;
            countEviction(cause);
            qCInfo(lcEdge).noquote() << "cache: evicted" << cid << "(" << cause << ")";
        }
        for (auto jit = jobs.begin(); jit != jobs.end(); ++jit)
            jit->ready.remove(cid);
        entries.erase(it);
        return file;
    }

    double score(const Entry &e, qint64 now) const
    {
        // Lower goes first: recent, frequently billed and small entries stay.
        const double ageSecs = double(std::max<qint64>(0, now - e.lastAccessMs)) / 1000.0;
        const double recency = 1.0 / (1.0 + ageSecs / 60.0);
        const double mib = double(e.size) / double(1 << 20);
        return (recency + e.velocityAt(now)) / (1.0 + mib);
    }

    // Makes room for `size` more bytes in the cache folder; fills `files` to delete.
    Status reserve(qint64 size, qint64 now, QStringList *files)
    {
        if (size > options.capacityBytes)
            return fail(
                QStringLiteral("shard of %1 bytes is larger than the cache capacity (%2 bytes); raise "
                               "--cache-capacity")
                    .arg(size)
                    .arg(options.capacityBytes),
                QStringLiteral("capacity"));
        while (usedBytes + reservedBytes + size > options.capacityBytes) {
            QString victim;
            double best = 0;
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                if (it->local() || !it->pins.isEmpty())
                    continue;
                const double s = score(*it, now);
                if (victim.isEmpty() || s < best) {
                    victim = it.key();
                    best = s;
                }
            }
            if (victim.isEmpty())
                return fail(
                    QStringLiteral("the cache is full of shards pinned by active jobs; end a job or raise "
                                   "--cache-capacity"),
                    QStringLiteral("capacity"));
            files->append(dropEntry(victim, QStringLiteral("capacity")));
        }
        reservedBytes += size;
        return {};
    }

    // Entries that lost their last entitlement and pin through `cause` go (local ones
    // are only forgotten).
    void collect(const QSet<QString> &touched, const QString &cause, QStringList *files)
    {
        for (const QString &cid : touched) {
            auto it = entries.find(cid);
            if (it == entries.end() || !it->ents.isEmpty() || !it->pins.isEmpty())
                continue;
            files->append(dropEntry(cid, cause));
        }
    }

    void endJobLocked(const QString &id, const QString &cause, QStringList *files)
    {
        auto jit = jobs.find(id);
        if (jit == jobs.end())
            return;
        jobs.erase(jit);
        QSet<QString> pinned;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->pins.remove(id))
                pinned.insert(it.key());
            for (auto e = it->ents.begin(); e != it->ents.end();) {
                e->jobs.remove(id);
                e = e->jobs.isEmpty() ? it->ents.erase(e) : std::next(e);
            }
        }
        collect(pinned, cause, files);
    }

    void sweepLocked(qint64 now, QStringList *files)
    {
        lastSweepMs = now;
        QStringList ended;
        for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
            if (it->expiresAtMs > 0 && it->expiresAtMs <= now)
                ended.append(it.key());
        }
        for (const QString &id : std::as_const(ended))
            endJobLocked(id, QStringLiteral("job-ttl"), files);
        // Expired grants' entitlements go; the bytes stay for the next buyer (LRU decides).
        QSet<QString> expiredLicense;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            for (auto e = it->ents.begin(); e != it->ents.end();)
                e = e->expiresAtMs > 0 && e->expiresAtMs <= now ? it->ents.erase(e) : std::next(e);
            bool allExpired = !it->manifests.isEmpty();
            for (const QString &m : std::as_const(it->manifests)) {
                const qint64 v = manifestInfo.value(m).validUntilMs;
                if (v <= 0 || v > now)
                    allExpired = false;
            }
            if (allExpired)
                expiredLicense.insert(it.key());
        }
        for (const QString &cid : std::as_const(expiredLicense)) {
            auto it = entries.find(cid);
            it->ents.clear();
            it->pins.clear();
            files->append(dropEntry(cid, QStringLiteral("license-expiry")));
        }
        for (auto it = budgets.begin(); it != budgets.end();)
            it = it->expiresAtMs > 0 && it->expiresAtMs + 60000 <= now ? budgets.erase(it) : std::next(it);
        auto pruneBuckets = [&](QHash<QString, Bucket> &b, double rate, double burst) {
            for (auto it = b.begin(); it != b.end();) {
                const double refilled
                    = rate > 0 ? it->tokens + double(now - it->lastMs) * rate / 1000.0 : burst;
                it = refilled >= burst && now - it->lastMs > 60000 ? b.erase(it) : std::next(it);
            }
        };
        pruneBuckets(tokenBuckets, limits.perTokenRate, burstOf(limits.perTokenRate, limits.perTokenBurst));
        pruneBuckets(buyerBuckets, limits.perBuyerRate, burstOf(limits.perBuyerRate, limits.perBuyerBurst));
    }

    static double burstOf(double rate, double burst) { return burst > 0 ? burst : std::max(rate, 1.0); }

    // Token bucket: true when a request may go now, else the seconds until one may.
    static bool take(Bucket &b, double rate, double burst, qint64 now, bool consume, int *retryAfter)
    {
        if (b.lastMs == 0) {
            b.tokens = burst;
            b.lastMs = now;
        }
        if (now > b.lastMs) {
            b.tokens = std::min(burst, b.tokens + double(now - b.lastMs) * rate / 1000.0);
            b.lastMs = now;
        }
        if (b.tokens >= 1.0) {
            if (consume)
                b.tokens -= 1.0;
            return true;
        }
        *retryAfter = std::max(1, int(std::ceil((1.0 - b.tokens) / rate)));
        return false;
    }

    // --- outside the mutex -----------------------------------------------------------

    void removeFiles(const QStringList &files)
    {
        bool removed = false;
        for (const QString &f : files) {
            if (!f.isEmpty() && QFile::remove(f))
                removed = true;
        }
        // Worker threads keep blob files open between responses: this tells them to let
        // go of deleted ones, so the disk space comes back (ContentSource::removals()).
        if (removed)
            removals.fetch_add(1, std::memory_order_release);
    }

    void maybeSweep(qint64 now)
    {
        if (now - lastSweepMs.load(std::memory_order_relaxed) < 1000)
            return; // the hot path's common case: no lock
        QStringList files;
        {
            QMutexLocker l(&mutex);
            if (now - lastSweepMs.load() < 1000)
                return;
            sweepLocked(now, &files);
        }
        removeFiles(files);
    }

    ManifestInfo manifestInfoFor(const QString &manifest)
    {
        {
            QMutexLocker l(&mutex);
            auto it = manifestInfo.constFind(manifest);
            if (it != manifestInfo.constEnd())
                return it.value();
        }
        ManifestInfo info;
        auto m = inner->manifest(manifest);
        if (m) {
            info.dataset = (*m)->dataset;
            const QJsonObject lic
                = QJsonDocument::fromJson((*m)->json).object().value(QStringLiteral("license")).toObject();
            const QString until = lic.value(QStringLiteral("validUntil")).toString();
            if (!until.isEmpty()) {
                const qint64 secs = parseUtc(until);
                if (secs > 0)
                    info.validUntilMs = secs * 1000;
            }
        }
        QMutexLocker l(&mutex);
        manifestInfo.insert(manifest, info);
        return info;
    }

    Result<ShardBlob> shard(const QString &cid)
    {
        auto local = inner->shard(cid);
        if (local)
            return local;
        {
            QMutexLocker l(&mutex);
            auto it = entries.constFind(cid);
            if (it != entries.constEnd() && !it->local())
                return ShardBlob { cid, it->path, it->size };
        }
        if (options.origin && local.errorCode() == QLatin1String("notfound"))
            return fail(QStringLiteral("shard %1 is not cached; the origin fills it").arg(cid),
                        QStringLiteral("miss"));
        return local;
    }

    // Fetches one shard (or joins the fetch in flight); done(status) once stored.
    void fillOne(const ShardRef &s, const FillContext &ctx, std::function<void(Status)> done)
    {
        if (inner->shard(s.cid)) {
            done({});
            return;
        }
        const qint64 now = clock->nowMs();
        QStringList files;
        Status reserved;
        {
            QMutexLocker l(&mutex);
            auto it = entries.constFind(s.cid);
            if (it != entries.constEnd() && !it->local()) {
                l.unlock();
                done({});
                return;
            }
            auto p = pending.find(s.cid);
            if (p != pending.end()) {
                p->append(std::move(done));
                return;
            }
            reserved = reserve(s.size, now, &files);
            if (reserved)
                pending.insert(s.cid, { std::move(done) });
            else
                ++stats.fillFailures;
        }
        removeFiles(files);
        if (!reserved) {
            done(reserved);
            return;
        }
        if (!options.origin) {
            finishFill(s, {}, fail(QStringLiteral("this edge has no origin"), QStringLiteral("notfound")));
            return;
        }
        const QString finalPath = pathFor(s.cid);
        QDir().mkpath(QFileInfo(finalPath).path());
        QString tmp;
        {
            QMutexLocker l(&mutex);
            tmp = finalPath + QStringLiteral(".tmp-%1").arg(++seq);
        }
        auto self = shared_from_this();
        options.origin->fetch(s, tmp, ctx, [self, s, tmp, finalPath](Status st) {
            if (st) {
                QFile::remove(finalPath);
                if (!QFile::rename(tmp, finalPath)) {
                    QFile::remove(tmp);
                    st = fail(QStringLiteral("cannot move a filled shard into %1").arg(finalPath),
                              QStringLiteral("unavailable"));
                }
            }
            self->finishFill(s, finalPath, st);
        });
    }

    void finishFill(const ShardRef &s, const QString &path, const Status &st)
    {
        QList<std::function<void(Status)>> waiters;
        {
            QMutexLocker l(&mutex);
            waiters = pending.take(s.cid);
            reservedBytes -= s.size;
            if (st) {
                Entry &e = entries[s.cid];
                e.cid = s.cid;
                e.size = s.size;
                e.path = path;
                e.origin = options.origin->describe().section(QLatin1Char(':'), 0, 0);
                usedBytes += s.size;
                ++stats.fills;
                stats.bytesFromOrigin += s.size;
            } else if (st.errorCode() == QLatin1String("integrity")) {
                ++stats.poisoned;
                ++stats.fillFailures;
            } else {
                ++stats.fillFailures;
            }
        }
        if (!st) {
            if (st.errorCode() == QLatin1String("integrity"))
                qCWarning(lcEdge).noquote()
                    << "cache: origin refused (cache poisoning attempt?):" << st.errorString();
            else
                qCWarning(lcEdge).noquote() << "cache: origin fill failed:" << st.errorString();
        }
        for (auto &w : waiters)
            w(st);
    }

    // Several shards; done once with the first error or success.
    void fill(const QList<ShardRef> &shards, const FillContext &ctx, std::function<void(Status)> done)
    {
        if (shards.isEmpty()) {
            done({});
            return;
        }
        struct Join
        {
            QMutex m;
            int left = 0;
            Status first;
            std::function<void(Status)> done;
        };
        auto j = std::make_shared<Join>();
        j->left = int(shards.size());
        j->done = std::move(done);
        for (const ShardRef &s : shards) {
            fillOne(s, ctx, [j](Status st) {
                bool last = false;
                {
                    QMutexLocker l(&j->m);
                    if (!st && j->first)
                        j->first = st;
                    last = --j->left == 0;
                }
                if (last)
                    j->done(j->first);
            });
        }
    }

    // --- hooks -------------------------------------------------------------------------

    GateDecision admit(const Grant &grant, qint64 bytes, bool countRequest, qint64 now)
    {
        maybeSweep(now);
        QMutexLocker l(&mutex);
        if (countRequest && (limits.perTokenRate > 0 || limits.perBuyerRate > 0)) {
            int retry = 0;
            Bucket *tb = nullptr;
            Bucket *bb = nullptr;
            const double tBurst = burstOf(limits.perTokenRate, limits.perTokenBurst);
            const double bBurst = burstOf(limits.perBuyerRate, limits.perBuyerBurst);
            bool ok = true;
            QString scope;
            if (limits.perTokenRate > 0) {
                tb = &tokenBuckets[grant.jti];
                tb->buyer = grant.buyer;
                if (!take(*tb, limits.perTokenRate, tBurst, now, false, &retry)) {
                    ok = false;
                    scope = QStringLiteral("token");
                }
            }
            if (ok && limits.perBuyerRate > 0) {
                bb = &buyerBuckets[grant.buyer];
                bb->buyer = grant.buyer;
                if (!take(*bb, limits.perBuyerRate, bBurst, now, false, &retry)) {
                    ok = false;
                    scope = QStringLiteral("buyer");
                }
            }
            if (!ok) {
                (scope == QLatin1String("token") ? tb : bb)->limited += 1;
                GateDecision g = refuse(
                    429, QStringLiteral("rate-limited"), QStringLiteral("rate-limited"),
                    QStringLiteral("too many requests for this %1; retry after %2 s").arg(scope).arg(retry));
                g.problem.retryAfterSecs = retry;
                return g;
            }
            int unused = 0;
            if (tb) {
                take(*tb, limits.perTokenRate, tBurst, now, true, &unused);
                tb->allowed += 1;
            }
            if (bb) {
                take(*bb, limits.perBuyerRate, bBurst, now, true, &unused);
                bb->allowed += 1;
            }
        }
        if (grant.maxRequests >= 0 || grant.maxBytes >= 0) {
            Budget &b = budgets[grant.jti];
            b.expiresAtMs = grant.expiresAtMs;
            if (countRequest && grant.maxRequests >= 0 && b.requests + 1 > grant.maxRequests)
                return refuse(403, QStringLiteral("max-requests"), QStringLiteral("max-requests"),
                              QStringLiteral("the token's maxRequests (%1) is used up; get a new token")
                                  .arg(grant.maxRequests));
            if (grant.maxBytes >= 0 && b.bytes + bytes > grant.maxBytes)
                return refuse(
                    403, QStringLiteral("max-bytes"), QStringLiteral("max-bytes"),
                    QStringLiteral("this response (%1 bytes) would pass the token's maxBytes (%2, %3 "
                                   "used); ask for less or get a new token")
                        .arg(bytes)
                        .arg(grant.maxBytes)
                        .arg(b.bytes));
            if (countRequest)
                b.requests += 1;
            b.bytes += bytes;
        }
        auto jit = jobs.find(grant.job);
        if (jit == jobs.end() && grant.job != grant.jti && !grant.job.isEmpty()) {
            Job j;
            j.id = grant.job;
            j.buyer = grant.buyer;
            j.manifest = grant.manifest;
            j.jti = grant.jti;
            j.createdMs = now;
            j.expiresAtMs = grant.expiresAtMs;
            j.maxBytes = grant.maxBytes;
            j.maxRequests = grant.maxRequests;
            jit = jobs.insert(grant.job, j);
        }
        if (jit != jobs.end() && jit->buyer == grant.buyer) {
            if (countRequest)
                jit->requests += 1;
            jit->bytesServed += bytes;
        }
        return GateDecision { true, grant, {}, {} };
    }

    void served(const Grant &grant, const QList<Served> &shards, qint64 now)
    {
        QList<Served> untracked;
        {
            QMutexLocker l(&mutex);
            for (const Served &s : shards) {
                auto it = entries.find(s.shard);
                if (it == entries.end())
                    untracked.append(s);
                else
                    record(*it, grant, s, now);
            }
        }
        for (const Served &s : std::as_const(untracked)) {
            // A shard of the home's own blob store is tracked too (never deleted); one
            // evicted while it was being sent is not brought back.
            if (!inner->shard(s.shard))
                continue;
            QMutexLocker l(&mutex);
            auto it = entries.find(s.shard);
            if (it == entries.end()) {
                Entry e;
                e.cid = s.shard;
                e.size = s.size;
                e.origin = QStringLiteral("local");
                it = entries.insert(s.shard, e);
            }
            record(*it, grant, s, now);
        }
    }

    void record(Entry &e, const Grant &grant, const Served &s, qint64 now)
    {
        {
            e.manifests.insert(grant.manifest);
            e.lastAccessMs = now;
            e.hits += 1;
            e.velocity = e.velocityAt(now) + (s.charge > 0 ? 1.0 : 0.25);
            e.velocityAtMs = now;
            const QString key = grant.licenseHash + u'\n' + grant.buyer + u'\n' + grant.tx;
            Entitlement &ent = e.ents[key];
            ent.buyer = grant.buyer;
            ent.licenseHash = grant.licenseHash;
            ent.tx = grant.tx;
            ent.manifests.insert(grant.manifest);
            ent.jtis.insert(grant.jti);
            ent.jobs.insert(grant.job);
            ent.expiresAtMs = std::max(ent.expiresAtMs, grant.expiresAtMs);
            ent.lastAccessMs = now;
            if (ent.grant.jti != grant.jti)
                ent.grant = grant;
        }
    }

    // --- revocations and jobs ------------------------------------------------------------

    void revoked(const QString &kind, const QString &value)
    {
        QStringList files;
        {
            QMutexLocker l(&mutex);
            QStringList endedJobs;
            for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
                if ((kind == QLatin1String("jti") && it->jti == value)
                    || (kind == QLatin1String("buyer") && it->buyer == value)
                    || (kind == QLatin1String("manifest") && it->manifest == value))
                    endedJobs.append(it.key());
            }
            QSet<QString> touched;
            for (const QString &id : std::as_const(endedJobs)) {
                for (auto it = entries.begin(); it != entries.end(); ++it) {
                    if (it->pins.remove(id))
                        touched.insert(it.key());
                }
                jobs.remove(id);
            }
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                for (auto e = it->ents.begin(); e != it->ents.end();) {
                    bool drop = false;
                    if (kind == QLatin1String("jti")) {
                        if (e->jtis.remove(value))
                            drop = e->jtis.isEmpty();
                    } else if (kind == QLatin1String("buyer")) {
                        drop = e->buyer == value;
                    } else if (kind == QLatin1String("manifest")) {
                        if (e->manifests.remove(value))
                            drop = e->manifests.isEmpty();
                    } else if (kind == QLatin1String("license")) {
                        drop = e->licenseHash == value;
                    }
                    if (drop) {
                        touched.insert(it.key());
                        e = it->ents.erase(e);
                    } else {
                        ++e;
                    }
                }
            }
            collect(touched, QStringLiteral("revocation"), &files);
        }
        removeFiles(files);
    }

    // Revocations that reach this edge another way than its own POST /v1/revocations (an
    // edge sharing the store, a SIGHUP reload): every entitlement's latest grant is asked
    // to the gate again; those now refused as revoked go, and the shards nobody else
    // needs are evicted. Runs from sweep() (the serve timer), never on a request.
    void revalidate(qint64 now)
    {
        if (!gate)
            return;
        struct Check
        {
            QString cid;
            QString key;
            Grant grant;
            qint64 size;
        };
        QList<Check> checks;
        {
            QMutexLocker l(&mutex);
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                for (auto e = it->ents.cbegin(); e != it->ents.cend(); ++e) {
                    if (e->grant.context)
                        checks.append(Check { it.key(), e.key(), e->grant, it->size });
                }
            }
        }
        QList<Check> revokedOnes;
        for (const Check &c : std::as_const(checks)) {
            const GateDecision pd = gate->permit(c.grant, c.cid, c.size, now);
            if (!pd.allowed && pd.problem.slug == QLatin1String("revoked"))
                revokedOnes.append(c);
        }
        if (revokedOnes.isEmpty())
            return;
        QStringList files;
        {
            QMutexLocker l(&mutex);
            QSet<QString> touched;
            for (const Check &c : std::as_const(revokedOnes)) {
                auto it = entries.find(c.cid);
                if (it == entries.end())
                    continue;
                auto e = it->ents.find(c.key);
                if (e != it->ents.end() && e->grant.jti == c.grant.jti) {
                    it->ents.erase(e);
                    touched.insert(c.cid);
                }
            }
            collect(touched, QStringLiteral("revocation"), &files);
        }
        removeFiles(files);
    }

    bool endJob(const QString &id, const QString &cause)
    {
        QStringList files;
        {
            QMutexLocker l(&mutex);
            if (!jobs.contains(id))
                return false;
            endJobLocked(id, cause, &files);
        }
        removeFiles(files);
        return true;
    }

    void postJob(const ApiRequest &req, std::function<void(ApiResponse)> done);
    void deleteJob(const ApiRequest &req, std::function<void(ApiResponse)> done);
};

// POST /v1/jobs: the token's batch is authorized (gate + policy per shard), registered and
// prefetched; the answer comes once every shard is stored (or one could not be).
void EdgeCache::Private::postJob(const ApiRequest &req, std::function<void(ApiResponse)> done)
{
    const QByteArray token = bearerOf(req);
    if (token.isEmpty()) {
        done(problemResponse(401, QStringLiteral("token-missing"),
                             QStringLiteral("send the job's token in 'Authorization: Bearer'")));
        return;
    }
    if (!gate) {
        done(problemResponse(401, QStringLiteral("token-verifier-unavailable"),
                             QStringLiteral("this edge has no token verifier")));
        return;
    }
    const qint64 now = clock->nowMs();
    const GateDecision gd = gate->authorize(token, now);
    if (!gd.allowed) {
        if (metrics)
            metrics->countTokenReject(gd.rejectReason.isEmpty() ? QStringLiteral("invalid")
                                                                : gd.rejectReason);
        done(ApiResponse::problem(gd.problem));
        return;
    }
    const Grant grant = gd.grant;
    auto m = inner->manifest(grant.manifest);
    if (!m) {
        done(problemResponse(404, QStringLiteral("not-found"), m.errorString()));
        return;
    }
    qint64 ttlMs = 0;
    if (!req.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body);
        if (!doc.isObject()) {
            done(problemResponse(400, QStringLiteral("bad-request"),
                                 QStringLiteral("the body is a JSON object {\"ttl\": seconds} or empty")));
            return;
        }
        const QJsonValue ttl = doc.object().value(QStringLiteral("ttl"));
        if (!ttl.isUndefined()) {
            if (!ttl.isDouble() || ttl.toDouble() < 1) {
                done(problemResponse(400, QStringLiteral("bad-request"),
                                     QStringLiteral("ttl is whole seconds >= 1")));
                return;
            }
            ttlMs = std::min<qint64>(qint64(ttl.toDouble()) * 1000, options.maxJobTtlMs);
        }
    }
    QList<ShardRef> batch;
    for (const ShardRef &s : (*m)->shards) {
        if (grant.shards.isEmpty() || grant.shards.contains(s.cid))
            batch.append(s);
    }
    for (const QString &s : grant.shards) {
        if (!(*m)->shardCids.contains(s)) {
            done(problemResponse(
                403, QStringLiteral("shard-not-in-manifest"),
                QStringLiteral("shard %1 is not part of manifest %2").arg(s, grant.manifest)));
            return;
        }
    }
    qint64 bytes = 0;
    for (const ShardRef &s : std::as_const(batch)) {
        const GateDecision pd = gate->permit(grant, s.cid, s.size, now);
        if (!pd.allowed) {
            if (metrics)
                metrics->countTokenReject(pd.rejectReason.isEmpty() ? QStringLiteral("policy")
                                                                    : pd.rejectReason);
            done(ApiResponse::problem(pd.problem));
            return;
        }
        bytes += s.size;
    }
    const QString dataset = manifestInfoFor(grant.manifest).dataset;
    {
        QMutexLocker l(&mutex);
        Job &j = jobs[grant.job];
        if (j.id.isEmpty()) {
            j.id = grant.job;
            j.createdMs = now;
        } else if (j.buyer != grant.buyer) {
            l.unlock();
            done(problemResponse(403, QStringLiteral("not-entitled"),
                                 QStringLiteral("job '%1' belongs to another buyer").arg(grant.job)));
            return;
        }
        j.buyer = grant.buyer;
        j.manifest = grant.manifest;
        j.jti = grant.jti;
        j.shards.clear();
        for (const ShardRef &s : std::as_const(batch))
            j.shards.append(s.cid);
        j.bytes = bytes;
        j.expiresAtMs = ttlMs > 0 ? now + ttlMs : grant.expiresAtMs;
        j.maxBytes = grant.maxBytes;
        j.maxRequests = grant.maxRequests;
        j.registered = true;
    }
    FillContext ctx { token, grant.manifest, grant.buyer, grant.job };
    auto self = shared_from_this();
    auto failed = std::make_shared<QMutex>();
    auto missing = std::make_shared<QJsonArray>();
    auto firstError = std::make_shared<Status>();
    auto left = std::make_shared<std::atomic<int>>(int(batch.size()));
    const QString jobId = grant.job;
    const QString manifest = grant.manifest;
    const qint64 expires = ttlMs > 0 ? now + ttlMs : grant.expiresAtMs;
    auto finish = [self, done, missing, firstError, jobId, manifest, batch, bytes, expires] {
        int prefetched = 0;
        {
            QMutexLocker l(&self->mutex);
            auto jit = self->jobs.find(jobId);
            if (jit != self->jobs.end())
                prefetched = int(jit->ready.size());
        }
        QJsonObject out { { QStringLiteral("job"), jobId },
                          { QStringLiteral("manifest"), manifest },
                          { QStringLiteral("shards"), int(batch.size()) },
                          { QStringLiteral("bytes"), bytes },
                          { QStringLiteral("ready"), prefetched },
                          { QStringLiteral("missing"), *missing },
                          { QStringLiteral("expiresAt"), formatUtc(expires / 1000) } };
        if (!firstError->ok()) {
            const QString code = firstError->errorCode();
            const int status = code == QLatin1String("notfound") ? 404
                : code == QLatin1String("capacity")              ? 503
                                                                 : 502;
            out.insert(QStringLiteral("error"), firstError->errorString());
            ApiResponse r = ApiResponse::json(status, QJsonDocument(out).toJson(QJsonDocument::Compact));
            done(r);
            return;
        }
        done(ApiResponse::json(201, QJsonDocument(out).toJson(QJsonDocument::Compact)));
    };
    if (batch.isEmpty()) {
        finish();
        return;
    }
    for (const ShardRef &s : std::as_const(batch)) {
        auto pinAndCount = [self, s, jobId, failed, missing, firstError, left, finish](Status st) {
            {
                QMutexLocker l(&self->mutex);
                auto jit = self->jobs.find(jobId);
                if (st && jit != self->jobs.end()) {
                    auto it = self->entries.find(s.cid);
                    if (it == self->entries.end() && self->inner->shard(s.cid)) {
                        // Local shard: tracked so the job's pin shows.
                        Entry e;
                        e.cid = s.cid;
                        e.size = s.size;
                        e.origin = QStringLiteral("local");
                        it = self->entries.insert(s.cid, e);
                    }
                    if (it != self->entries.end()) {
                        it->pins.insert(jobId);
                        it->manifests.insert(jit->manifest);
                        if (it->lastAccessMs == 0)
                            it->filledForJob = true;
                        jit->ready.insert(s.cid);
                    }
                }
            }
            if (!st) {
                QMutexLocker l(failed.get());
                missing->append(s.cid);
                if (firstError->ok())
                    *firstError = st;
            }
            if (left->fetch_sub(1) == 1)
                finish();
        };
        fillOne(s, ctx, pinAndCount);
    }
}

// DELETE /v1/jobs/{id}: the market's part (holds, billing state) first, then the pins.
void EdgeCache::Private::deleteJob(const ApiRequest &req, std::function<void(ApiResponse)> done)
{
    const QString id = QString::fromUtf8(percentDecode(req.path.mid(9)));
    auto self = shared_from_this();
    auto after = [self, id, done](ApiResponse r) {
        if (r.status >= 200 && r.status < 300)
            self->endJob(id, QStringLiteral("job-end"));
        done(r);
    };
    if (innerExtension && innerExtension(req, after))
        return;
    // No market part: check the token ourselves.
    const QByteArray token = bearerOf(req);
    const GateDecision gd = gate ? gate->authorize(token, clock->nowMs()) : GateDecision {};
    if (!gd.allowed) {
        done(gate ? ApiResponse::problem(gd.problem)
                  : problemResponse(401, QStringLiteral("token-verifier-unavailable"),
                                    QStringLiteral("this edge has no token verifier")));
        return;
    }
    if (gd.grant.job != id) {
        done(problemResponse(403, QStringLiteral("not-entitled"),
                             QStringLiteral("the token is not for job '%1'").arg(id)));
        return;
    }
    ApiResponse r;
    r.status = 204;
    after(r);
}

// --- the ContentSource decorator, hooks and inspector -------------------------------------

namespace {

class CachingContent final : public ContentSource
{
public:
    explicit CachingContent(std::shared_ptr<EdgeCache::Private> d) : d(std::move(d)) { }
    Result<ShardBlob> shard(const QString &cid) const override { return d->shard(cid); }
    Result<std::shared_ptr<const ManifestView>> manifest(const QString &cid) const override
    {
        return d->inner->manifest(cid);
    }
    QJsonArray datasets(const QByteArray &query) const override { return d->inner->datasets(query); }
    quint64 removals() const override
    {
        return d->removals.load(std::memory_order_acquire) + d->inner->removals();
    }
    Status reload() override
    {
        {
            QMutexLocker l(&d->mutex);
            d->manifestInfo.clear();
        }
        return d->inner->reload();
    }
    void fill(const QList<ShardRef> &shards, const FillContext &context,
              std::function<void(Status)> done) override
    {
        d->fill(shards, context, std::move(done));
    }

private:
    std::shared_ptr<EdgeCache::Private> d;
};

class CacheHooks final : public RequestHooks
{
public:
    explicit CacheHooks(std::shared_ptr<EdgeCache::Private> d) : d(std::move(d)) { }
    GateDecision admit(const Grant &grant, qint64 bytes, bool countRequest, qint64 nowMs) override
    {
        return d->admit(grant, bytes, countRequest, nowMs);
    }
    void served(const Grant &grant, const QList<Served> &shards, qint64 nowMs) override
    {
        // License expiry needs the manifest's license: learnt once per manifest.
        d->manifestInfoFor(grant.manifest);
        d->served(grant, shards, nowMs);
    }

private:
    std::shared_ptr<EdgeCache::Private> d;
};

class CacheInspector final : public EdgeInspector
{
public:
    explicit CacheInspector(std::weak_ptr<EdgeCache::Private> d) : d(std::move(d)) { }

    QList<CacheEntryInfo> cacheEntries() const override
    {
        auto p = d.lock();
        if (!p)
            return {};
        const qint64 now = p->clock->nowMs();
        p->maybeSweep(now);
        QList<CacheEntryInfo> out;
        QMutexLocker l(&p->mutex);
        for (const Entry &e : std::as_const(p->entries)) {
            CacheEntryInfo i;
            i.cid = e.cid;
            i.manifests = QStringList(e.manifests.begin(), e.manifests.end());
            i.manifests.sort();
            for (const QString &m : std::as_const(i.manifests))
                i.datasets.append(p->manifestInfo.value(m).dataset);
            QSet<QString> buyers;
            for (const Entitlement &en : e.ents)
                buyers.insert(en.buyer);
            i.buyers = QStringList(buyers.begin(), buyers.end());
            i.buyers.sort();
            i.jobs = QStringList(e.pins.begin(), e.pins.end());
            i.jobs.sort();
            i.bytes = e.size;
            i.lastAccessMs = e.lastAccessMs;
            i.hits = e.hits;
            i.velocity = e.velocityAt(now) * (3600000.0 / kVelocityHalfLifeMs) * std::log(2.0);
            i.origin = e.origin;
            out.append(i);
        }
        std::sort(out.begin(), out.end(),
                  [](const CacheEntryInfo &a, const CacheEntryInfo &b) { return a.cid < b.cid; });
        return out;
    }

    QList<JobInfo> jobs() const override
    {
        auto p = d.lock();
        if (!p)
            return {};
        p->maybeSweep(p->clock->nowMs());
        QList<JobInfo> out;
        QMutexLocker l(&p->mutex);
        for (const Job &j : std::as_const(p->jobs)) {
            JobInfo i;
            i.id = j.id;
            i.buyer = j.buyer;
            i.manifest = j.manifest;
            i.dataset = p->manifestInfo.value(j.manifest).dataset;
            i.shards = int(j.shards.size());
            i.ready = int(j.ready.size());
            i.bytes = j.bytes;
            i.createdMs = j.createdMs;
            i.expiresAtMs = j.expiresAtMs;
            i.bytesServed = j.bytesServed;
            i.requests = j.requests;
            i.maxBytes = j.maxBytes;
            i.maxRequests = j.maxRequests;
            out.append(i);
        }
        std::sort(out.begin(), out.end(), [](const JobInfo &a, const JobInfo &b) { return a.id < b.id; });
        return out;
    }

    QList<RateLimitInfo> rateLimits() const override
    {
        auto p = d.lock();
        if (!p)
            return {};
        const qint64 now = p->clock->nowMs();
        QList<RateLimitInfo> out;
        QMutexLocker l(&p->mutex);
        auto add = [&](const QString &scope, const QHash<QString, Bucket> &map, double rate, double burst) {
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                RateLimitInfo i;
                i.scope = scope;
                i.key = it.key();
                i.buyer = it->buyer;
                i.tokensLeft = std::min(
                    burst, it->tokens + double(std::max<qint64>(0, now - it->lastMs)) * rate / 1000.0);
                i.burst = burst;
                i.ratePerSec = rate;
                i.allowed = it->allowed;
                i.limited = it->limited;
                i.lastMs = it->lastMs;
                out.append(i);
            }
        };
        const RateLimits &r = p->limits;
        add(QStringLiteral("token"), p->tokenBuckets, r.perTokenRate,
            Private::burstOf(r.perTokenRate, r.perTokenBurst));
        add(QStringLiteral("buyer"), p->buyerBuckets, r.perBuyerRate,
            Private::burstOf(r.perBuyerRate, r.perBuyerBurst));
        return out;
    }

    CacheStats cacheStats() const override
    {
        auto p = d.lock();
        if (!p)
            return {};
        p->maybeSweep(p->clock->nowMs());
        QMutexLocker l(&p->mutex);
        CacheStats s = p->stats;
        s.capacityBytes = p->options.capacityBytes;
        s.usedBytes = p->usedBytes;
        s.entries = int(p->entries.size());
        if (p->metrics) {
            s.hits = p->metrics->hits.load();
            s.misses = p->metrics->misses.load();
        }
        s.origin = p->options.origin ? p->options.origin->describe() : QString();
        return s;
    }

    bool evict(const QString &cid) override
    {
        auto p = d.lock();
        if (!p)
            return false;
        QString file;
        {
            QMutexLocker l(&p->mutex);
            if (!p->entries.contains(cid))
                return false;
            file = p->dropEntry(cid, QStringLiteral("manual"));
        }
        p->removeFiles({ file });
        return true;
    }

    bool endJob(const QString &id) override
    {
        auto p = d.lock();
        return p && p->endJob(id, QStringLiteral("job-end"));
    }

private:
    using Private = EdgeCache::Private;
    std::weak_ptr<EdgeCache::Private> d;
};

} // namespace

// ---------------------------------------------------------------------------------------

EdgeCache::EdgeCache() : d(std::make_shared<Private>())
{ }
EdgeCache::~EdgeCache() = default;

Result<std::shared_ptr<EdgeCache>> EdgeCache::open(CacheOptions options)
{
    if (options.dir.isEmpty())
        return fail(QStringLiteral("the cache needs a folder"));
    if (options.capacityBytes <= 0)
        return fail(QStringLiteral("the cache capacity must be more than 0 bytes"));
    if (!QDir().mkpath(options.dir))
        return fail(QStringLiteral("cannot create the cache folder %1").arg(options.dir));
    std::shared_ptr<EdgeCache> c(new EdgeCache);
    c->d->clock = options.clock ? options.clock : Clock::system();
    c->d->options = std::move(options);
    c->d->limits = c->d->options.limits;
    // Index what earlier runs left: renamed into place only after fsync and verification,
    // so a file under its CID name is whole; temporaries of an interrupted fill go.
    QDirIterator it(c->d->options.dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList over;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.fileName().contains(QLatin1String(".tmp-")) || !crypto::Cid::parse(fi.fileName())) {
            QFile::remove(path);
            continue;
        }
        Entry e;
        e.cid = fi.fileName();
        e.size = fi.size();
        e.path = path;
        e.origin = QStringLiteral("cache");
        e.lastAccessMs = fi.lastModified().toMSecsSinceEpoch();
        c->d->usedBytes += e.size;
        c->d->entries.insert(e.cid, e);
    }
    QStringList files;
    if (c->d->usedBytes > c->d->options.capacityBytes) {
        // A smaller capacity than last time: trim now.
        (void)c->d->reserve(0, c->d->clock->nowMs(), &files);
        c->d->reservedBytes = 0;
    }
    c->d->removeFiles(files);
    qCInfo(lcEdge).noquote() << "cache:" << c->d->entries.size() << "shard(s)," << c->d->usedBytes << "of"
                             << c->d->options.capacityBytes << "bytes in" << c->d->options.dir
                             << (c->d->options.origin ? "origin " + c->d->options.origin->describe()
                                                      : QStringLiteral("no origin"));
    return c;
}

RateLimits EdgeCache::limitsOf(const EdgeConfig &config)
{
    return RateLimits { config.rateLimitPerToken, config.rateBurstPerToken, config.rateLimitPerBuyer,
                        config.rateBurstPerBuyer };
}

Result<std::shared_ptr<EdgeCache>> EdgeCache::fromConfig(const EdgeConfig &config, const QString &home,
                                                         const Clock *clock)
{
    CacheOptions o;
    o.dir = config.cacheDir.isEmpty() ? home + QStringLiteral("/cache") : config.cacheDir;
    o.capacityBytes = config.cacheCapacity;
    o.limits = limitsOf(config);
    o.clock = clock;
    if (!config.origin.isEmpty() && !config.upstream.isEmpty())
        return fail(QStringLiteral("give either an origin folder or an upstream edge, not both"));
    if (!config.origin.isEmpty()) {
        auto origin = makeFolderOrigin(config.origin);
        if (!origin)
            return origin.error();
        o.origin = *origin;
    } else if (!config.upstream.isEmpty()) {
        auto origin = makeUpstreamOrigin(config.upstream);
        if (!origin)
            return origin.error();
        o.origin = *origin;
    }
    return open(o);
}

std::shared_ptr<EdgeInspector> EdgeCache::inspector() const
{
    return d->inspector;
}

void EdgeCache::setRateLimits(const RateLimits &limits)
{
    QMutexLocker l(&d->mutex);
    d->limits = limits;
}

void EdgeCache::sweep()
{
    const qint64 now = d->clock->nowMs();
    QStringList files;
    {
        QMutexLocker l(&d->mutex);
        d->sweepLocked(now, &files);
    }
    d->removeFiles(files);
    d->revalidate(now);
}

EdgeServices EdgeCache::wrap(EdgeServices inner)
{
    d->inner = inner.content;
    d->gate = inner.gate;
    if (!inner.metrics)
        inner.metrics = std::make_shared<Metrics>();
    d->metrics = inner.metrics;
    d->innerExtension = inner.extension;
    if (!inner.clock)
        inner.clock = d->clock;
    d->inspector = std::make_shared<CacheInspector>(d);
    std::weak_ptr<Private> weak = d;
    d->metrics->setExtra([weak]() -> QByteArray {
        auto p = weak.lock();
        if (!p)
            return {};
        p->maybeSweep(p->clock->nowMs());
        QMutexLocker l(&p->mutex);
        const qint64 hits = p->metrics->hits.load();
        const qint64 misses = p->metrics->misses.load();
        QByteArray out;
        auto gauge = [&](const char *name, const char *help, double v) {
            out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
                + QByteArray::number(v, 'g', 17) + '\n';
        };
        auto counter = [&](const char *name, const char *help, qint64 v) {
            out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
                + QByteArray::number(v) + '\n';
        };
        gauge("shardgate_cache_hit_ratio", "Data requests served without an origin fetch, of all (0-1).",
              hits + misses > 0 ? double(hits) / double(hits + misses) : 0.0);
        gauge("shardgate_cache_capacity_bytes", "Capacity of the cache folder.",
              double(p->options.capacityBytes));
        gauge("shardgate_cache_used_bytes", "Origin-filled shard bytes in the cache folder.",
              double(p->usedBytes));
        gauge("shardgate_cache_entries", "Shards tracked (cached and local).", double(p->entries.size()));
        gauge("shardgate_jobs_active", "Jobs pre-authorized or seen and not ended.", double(p->jobs.size()));
        counter("shardgate_origin_fills_total", "Shards fetched from the origin and verified.",
                p->stats.fills);
        counter("shardgate_origin_fill_failures_total", "Origin fetches that failed.", p->stats.fillFailures);
        counter("shardgate_origin_poisoned_total", "Origin answers refused: bytes did not match the CID.",
                p->stats.poisoned);
        counter("shardgate_origin_bytes_total", "Bytes fetched from the origin.", p->stats.bytesFromOrigin);
        return out;
    });
    EdgeServices out = inner;
    out.content = std::make_shared<CachingContent>(d);
    out.hooks = std::make_shared<CacheHooks>(d);
    out.inspector = d->inspector;
    auto self = d;
    out.extension = [self](const ApiRequest &req, std::function<void(ApiResponse)> done) -> bool {
        const QByteArray &p = req.path;
        if (p == "/v1/jobs" && req.method == "POST") {
            self->postJob(req, std::move(done));
            return true;
        }
        if (p.startsWith("/v1/jobs/") && req.method == "DELETE") {
            self->deleteJob(req, std::move(done));
            return true;
        }
        if (p == "/v1/revocations" && req.method == "POST" && self->innerExtension) {
            return self->innerExtension(req, [self, done](ApiResponse r) {
                if (r.status == 200 || r.status == 201) {
                    const QJsonObject rv = QJsonDocument::fromJson(r.body)
                                               .object()
                                               .value(QStringLiteral("revocation"))
                                               .toObject();
                    self->revoked(rv.value(QStringLiteral("kind")).toString(),
                                  rv.value(QStringLiteral("value")).toString());
                }
                done(r);
            });
        }
        return self->innerExtension && self->innerExtension(req, std::move(done));
    };
    return out;
}

} // namespace sg::edge
