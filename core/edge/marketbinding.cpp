#include "marketbinding.h"

#include "common/logging.h"
#include "crypto/cid.h"
#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "edge/leanparser.h"
#include "ledger/ledger.h"
#include "license/license.h"
#include "license/policy.h"
#include "market/market.h"
#include "packaging/blobstore.h"
#include "packaging/manifest.h"
#include "token/verifier.h"

#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QThreadPool>

namespace sg::edge {

// The log stores every string field as text: never hand it a null QString.
inline void fillEmptyFields(sg::ledger::Receipt &r)
{
    for (QString *s : { &r.edge, &r.buyer, &r.creator, &r.manifest, &r.shard, &r.licenseHash, &r.tx, &r.range,
                        &r.jti, &r.job }) {
        if (s->isNull())
            *s = QStringLiteral("");
    }
}

namespace {

using Header = QPair<QByteArray, QByteArray>;

ApiResponse problemResponse(int status, const QString &slug, const QString &title, const QString &detail)
{
    return ApiResponse::problem(Problem::make(status, slug, title, detail));
}

QString slugOf(const QString &reason)
{
    QString s = reason;
    s.replace(QLatin1Char('_'), QLatin1Char('-'));
    return s;
}

QByteArray bearerOf(const ApiRequest &req)
{
    const QByteArray auth = req.header("authorization");
    if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    return {};
}

} // namespace

namespace {
// Runs fn on the global thread pool, counted in `count`. Whatever fn holds (a reference to
// the binding) is released before the count goes down, so a binding that waits for its
// count to reach zero (~MarketBinding) is never destroyed on a pool thread: its
// PostgreSQL LISTEN connection belongs to the thread that opened it (a pool thread
// releasing the last reference once destroyed it there and crashed tst_shared_store).
template<typename Fn> void startOnPool(const std::shared_ptr<std::atomic<int>> &count, Fn fn)
{
    count->fetch_add(1);
    QThreadPool::globalInstance()->start([count, fn = std::move(fn)]() mutable {
        {
            Fn run = std::move(fn);
            run();
        }
        count->fetch_sub(1);
    });
}
} // namespace

struct MarketBinding::Private
{
    MarketBindingOptions options;
    const Clock *clock = nullptr;
    std::unique_ptr<market::Market> market;
    std::unique_ptr<packaging::BlobStore> blobs;
    std::shared_ptr<ledger::Ledger> ledger;
    std::shared_ptr<Metrics> metrics;

    QMutex mutex;
    std::shared_ptr<token::TokenVerifier> verifier; // under mutex (swapped on reload)
    std::shared_ptr<token::TokenKeyring> keyring; // under mutex
    QHash<QString, std::shared_ptr<const ManifestView>> manifests; // under mutex
    QHash<QString, std::shared_ptr<const license::License>> licenses; // manifest -> license, under mutex
    QHash<QString, ShardBlob> blobCache; // under mutex
    std::atomic<quint64> blobGeneration { 0 }; // grows when blobCache is emptied
    QSet<QString> billed; // buyer\njob\nshard, under mutex
    std::atomic<quint64> billedErased { 0 }; // grows when entries leave `billed` (job end)
    std::atomic<qint64> lastRefreshMs { 0 };
    // Work this binding has on the global thread pool (reloads, API calls); see startOnPool.
    std::shared_ptr<std::atomic<int>> poolTasks = std::make_shared<std::atomic<int>>(0);
    // Tells this binding's per-thread memos (below) from another's.
    const quint64 instance = nextInstance.fetch_add(1) + 1;
    static inline std::atomic<quint64> nextInstance { 0 };

    std::shared_ptr<token::TokenVerifier> currentVerifier()
    {
        QMutexLocker l(&mutex);
        return verifier;
    }
    Status loadKeys()
    {
        auto ring = market->keyring(true);
        if (!ring)
            return ring.error();
        token::VerifierOptions vo;
        vo.issuer = market->options().issuer;
        vo.audience = market->options().audience;
        auto v = std::make_shared<token::TokenVerifier>(*ring, clock, vo);
        QMutexLocker l(&mutex);
        keyring = *ring;
        verifier = v;
        return {};
    }
    // Reloads the revocation list when another process changed it; on a change, drops
    // every cached token verification so the next request is checked from scratch.
    void refreshRevocations()
    {
        auto changed = market->revocations().refresh();
        if (!changed) {
            qCWarning(lcEdge, "cannot reload the revocation list: %s", qPrintable(changed.errorString()));
            return;
        }
        // Only verified tokens are dropped here, no cached bytes: the cache layer counts
        // the evictions a revocation causes where it evicts.
        if (*changed)
            currentVerifier()->cache().clear();
    }
    // On a shared PostgreSQL store: revocations and token keys other edges add arrive by
    // NOTIFY on the calling thread; the reload runs on the thread pool.
    void listen()
    {
        std::weak_ptr<Private> weak = self;
        auto listening
            = market->database().listen({ QString::fromLatin1(market::Revocations::kRevocationsChannel),
                                          QString::fromLatin1(market::Market::kKeysChannel) },
                                        nullptr, [weak](const QString &channel) {
                                            auto dd = weak.lock();
                                            if (!dd)
                                                return;
                                            startOnPool(dd->poolTasks, [dd, channel] {
                                                if (channel == QLatin1String(market::Market::kKeysChannel))
                                                    (void)dd->market->refreshKeys();
                                                else
                                                    dd->refreshRevocations();
                                            });
                                        });
        if (!listening)
            qCWarning(lcEdge, "cannot listen for revocations on the shared store (%s); polling once a second",
                      qPrintable(listening.errorString()));
    }
    std::weak_ptr<Private> self;
    bool listening = false;

    Result<std::shared_ptr<const ManifestView>> manifest(const QString &cid);
    Result<std::shared_ptr<const license::License>> licenseOf(const QString &manifestCid);
};

namespace {

struct BlobMemo
{
    quint64 instance = 0;
    quint64 generation = 0;
    ShardBlob blob;
};
thread_local BlobMemo t_blobMemo;

} // namespace

class MarketContent final : public ContentSource
{
public:
    explicit MarketContent(std::shared_ptr<MarketBinding::Private> d) : d(std::move(d)) { }

    Result<ShardBlob> shard(const QString &cid) const override
    {
        // Per worker thread, the last blob found (a download reads one shard in many
        // ranges): no shared mutex and no hash; forgotten when reload() empties the table.
        BlobMemo &memo = t_blobMemo;
        const quint64 generation = d->blobGeneration.load(std::memory_order_acquire);
        if (memo.instance == d->instance && memo.generation == generation && memo.blob.cid == cid)
            return memo.blob;
        {
            QMutexLocker l(&d->mutex);
            auto it = d->blobCache.constFind(cid);
            if (it != d->blobCache.constEnd()) {
                memo = BlobMemo { d->instance, generation, it.value() };
                return it.value();
            }
        }
        auto c = crypto::Cid::parse(cid);
        if (!c)
            return fail(c.errorString(), QStringLiteral("notfound"));
        auto size = d->blobs->size(*c);
        if (!size)
            return fail(QStringLiteral("shard %1 is not in the blob store").arg(cid),
                        QStringLiteral("notfound"));
        ShardBlob b { cid, d->blobs->pathFor(*c), *size };
        QMutexLocker l(&d->mutex);
        d->blobCache.insert(cid, b);
        return b;
    }
    Result<std::shared_ptr<const ManifestView>> manifest(const QString &cid) const override
    {
        return d->manifest(cid);
    }
    QJsonArray datasets(const QByteArray &query) const override
    {
        QJsonArray out;
        market::CatalogQuery q;
        q.text = QString::fromUtf8(queryValue(query, "q"));
        q.creator = QString::fromUtf8(queryValue(query, "creator"));
        q.use = QString::fromUtf8(queryValue(query, "use"));
        q.latestOnly = queryValue(query, "latest") == "1";
        auto list = d->market->catalog().list(q);
        if (!list)
            return out;
        for (const market::DatasetEntry &e : *list)
            out.append(e.toJson());
        return out;
    }
    Status reload() override
    {
        QMutexLocker l(&d->mutex);
        d->blobCache.clear();
        d->blobGeneration.fetch_add(1, std::memory_order_release);
        return {};
    }

private:
    std::shared_ptr<MarketBinding::Private> d;
};

namespace {

// The hot path asks for the same manifest and license several times per request (gate,
// policy, server): each worker thread remembers the last one, so it costs a string compare
// instead of a mutex shared by every worker and a hash of the CID. Published manifests
// and their licenses never change once loaded (nothing is removed from those tables).
struct ManifestMemo
{
    quint64 instance = 0;
    QString cid;
    std::shared_ptr<const ManifestView> view;
    std::shared_ptr<const license::License> license;
};
thread_local ManifestMemo t_manifestMemo;

// The same for the last delivery found billed (one shard read in many ranges): valid while
// no billed entry was erased since.
struct BilledMemo
{
    quint64 instance = 0;
    quint64 erased = 0;
    QString buyer, job, shard;
};
thread_local BilledMemo t_billedMemo;

} // namespace

Result<std::shared_ptr<const ManifestView>> MarketBinding::Private::manifest(const QString &cid)
{
    ManifestMemo &memo = t_manifestMemo;
    if (memo.instance == instance && memo.cid == cid)
        return memo.view;
    {
        QMutexLocker l(&mutex);
        auto it = manifests.constFind(cid);
        if (it != manifests.constEnd()) {
            memo.instance = instance;
            memo.cid = cid;
            memo.view = it.value();
            memo.license = licenses.value(cid);
            return it.value();
        }
    }
    auto entry = market->catalog().byCid(cid);
    if (!entry)
        return fail(entry.errorString(), QStringLiteral("notfound"));
    auto bytes = market->catalog().manifestBytes(cid);
    if (!bytes)
        return fail(bytes.errorString(), QStringLiteral("notfound"));
    auto m = packaging::Manifest::fromJsonText(*bytes);
    if (!m)
        return fail(QStringLiteral("published manifest %1 does not parse: %2").arg(cid, m.errorString()));
    auto v = std::make_shared<ManifestView>();
    v->cid = cid;
    v->json = *bytes;
    v->dataset = m->dataset;
    v->version = m->version;
    v->creator = m->creatorId;
    v->licenseHash = entry->licenseHash;
    for (const auto &s : m->shards) {
        v->shards.append(ShardRef { s.cid.toString(), s.size });
        v->shardCids.insert(s.cid.toString());
    }
    for (const auto &f : m->files) {
        FileEntry fe;
        fe.path = f.path;
        fe.size = f.size;
        fe.sha256 = QString::fromLatin1(crypto::hexEncode(f.sha256));
        for (const auto &e : f.extents)
            fe.extents.append(FileExtent { e.shard, e.offset, e.length });
        v->fileByPath.insert(fe.path, int(v->files.size()));
        v->files.append(fe);
    }
    auto lic = license::License::fromJsonText(entry->licenseJson);
    if (!lic)
        return fail(QStringLiteral("license of %1 does not parse: %2").arg(cid, lic.errorString()));
    QMutexLocker l(&mutex);
    manifests.insert(cid, v);
    licenses.insert(cid, std::make_shared<const license::License>(*lic));
    return std::shared_ptr<const ManifestView>(v);
}

Result<std::shared_ptr<const license::License>> MarketBinding::Private::licenseOf(const QString &manifestCid)
{
    const ManifestMemo &memo = t_manifestMemo;
    if (memo.instance == instance && memo.cid == manifestCid && memo.license)
        return memo.license;
    SG_TRY(manifest(manifestCid));
    QMutexLocker l(&mutex);
    return licenses.value(manifestCid);
}

class MarketGate final : public AccessGate
{
public:
    explicit MarketGate(std::shared_ptr<MarketBinding::Private> d) : d(std::move(d)) { }

    GateDecision authorize(QByteArrayView token, qint64) override
    {
        GateDecision g;
        auto verifier = d->currentVerifier();
        auto v = verifier->verifyShared(token);
        if (!v) {
            g.rejectReason = v.errorCode().isEmpty() ? QStringLiteral("invalid") : v.errorCode();
            g.problem = Problem::make(401, QStringLiteral("token-") + slugOf(g.rejectReason),
                                      QStringLiteral("Unauthorized"), v.errorString());
            return g;
        }
        const token::TokenClaims &c = **v;
        auto lic = d->licenseOf(c.mf);
        if (!lic) {
            g.rejectReason = QStringLiteral("unknown-manifest");
            g.problem = Problem::make(403, QStringLiteral("not-entitled"), QStringLiteral("Forbidden"),
                                      QStringLiteral("the token's manifest is not published on this edge"));
            return g;
        }
        g.allowed = true;
        g.grant.buyer = c.sub;
        g.grant.creator = d->manifest(c.mf).value()->creator;
        g.grant.manifest = c.mf;
        g.grant.licenseHash = c.lic;
        g.grant.jti = c.jti;
        g.grant.job = c.job.isEmpty() ? c.jti : c.job;
        if (!c.tx.isEmpty())
            g.grant.tx = QString::fromUtf8(crypto::jcs::canonicalize(QJsonValue(c.tx)).valueOr(QByteArray()));
        g.grant.shards = c.shards;
        g.grant.expiresAtMs = c.exp * 1000;
        g.grant.maxSpend = c.maxSpend;
        g.grant.maxBytes = c.maxBytes;
        g.grant.maxRequests = c.maxRequests;
        g.grant.context = *v;
        return g;
    }

    GateDecision permit(const Grant &grant, const QString &shard, qint64 bytes, qint64 nowMs) override
    {
        // Another process sharing the store may have revoked something: look at most
        // once a second, on the thread pool (the check below uses the in-memory snapshot).
        // (On PostgreSQL a LISTEN connection normally delivers them within milliseconds;
        // this poll is the safety net when that connection is down.)
        qint64 last = d->lastRefreshMs.load();
        if (nowMs - last >= 1000 && d->lastRefreshMs.compare_exchange_strong(last, nowMs)) {
            auto dd = d;
            startOnPool(d->poolTasks, [dd] {
                dd->refreshRevocations();
                (void)dd->market->refreshKeys();
            });
        }
        GateDecision g;
        auto claims = std::static_pointer_cast<const token::TokenClaims>(grant.context);
        const token::TokenClaims &c = *claims;
        auto lic = d->licenseOf(c.mf);
        if (!lic) {
            g.rejectReason = QStringLiteral("unknown-manifest");
            g.problem = Problem::make(403, QStringLiteral("not-entitled"), QStringLiteral("Forbidden"),
                                      QStringLiteral("the token's manifest is not published on this edge"));
            return g;
        }
        auto pc = market::toPolicyClaims(c);
        if (!pc) {
            g.rejectReason = QStringLiteral("claims");
            g.problem = Problem::make(401, QStringLiteral("token-claims"), QStringLiteral("Unauthorized"),
                                      pc.errorString());
            return g;
        }
        license::PolicyInput in;
        in.claims = *pc;
        in.license = **lic;
        in.licenseHash = d->manifest(c.mf).value()->licenseHash;
        in.manifestCid = c.mf;
        const QString rev = d->market->revocations().check(c.jti, c.sub, c.mf, c.lic);
        in.revoked.jti = rev == QLatin1String("revoked_jti");
        in.revoked.buyer = rev == QLatin1String("revoked_buyer");
        in.revoked.manifest = rev == QLatin1String("revoked_manifest");
        in.revoked.license = rev == QLatin1String("revoked_license");
        in.now = nowMs / 1000;
        in.request.kind = license::RequestKind::Access;
        in.request.shard = shard;
        in.request.bytes = bytes;
        const license::Decision dec = license::evaluate(in);
        if (!dec.allowed) {
            g.rejectReason = dec.reason;
            const int status = license::httpStatusFor(dec.reason);
            g.problem
                = Problem::make(status == 200 ? 403 : status,
                                dec.reason.startsWith(QLatin1String("revoked")) ? QStringLiteral("revoked")
                                                                                : slugOf(dec.reason),
                                QString::fromLatin1(reasonPhrase(status == 200 ? 403 : status)), dec.message);
            return g;
        }
        g.allowed = true;
        g.grant = grant;
        return g;
    }

    static QString key(const Grant &g, const QString &shard)
    {
        return g.buyer + u'\n' + g.job + u'\n' + shard;
    }

    bool needsCharge(const Grant &grant, const QList<Delivery> &deliveries) override
    {
        BilledMemo &memo = t_billedMemo;
        const quint64 erased = d->billedErased.load(std::memory_order_acquire);
        if (deliveries.size() == 1 && memo.instance == d->instance && memo.erased == erased
            && memo.shard == deliveries.first().shard && memo.buyer == grant.buyer && memo.job == grant.job)
            return false;
        QMutexLocker l(&d->mutex);
        for (const Delivery &dl : deliveries) {
            if (!d->billed.contains(key(grant, dl.shard)))
                return true;
        }
        if (deliveries.size() == 1)
            memo = BilledMemo { d->instance, erased, grant.buyer, grant.job, deliveries.first().shard };
        return false;
    }

    Result<QList<qint64>> charge(const Grant &grant, const QList<Delivery> &deliveries,
                                 QList<qint64> *madeBeforeError) override
    {
        auto lic = d->licenseOf(grant.manifest);
        if (!lic)
            return lic.error();
        QList<qint64> out;
        // Each delivery is charged in its own transaction: those before a failure stand.
        const auto failed = [&out, madeBeforeError](Error e) {
            if (madeBeforeError)
                *madeBeforeError = out;
            return e;
        };
        for (const Delivery &dl : deliveries) {
            {
                QMutexLocker l(&d->mutex);
                if (d->billed.contains(key(grant, dl.shard))) {
                    out.append(0);
                    continue;
                }
            }
            auto amount = license::accessCharge(**lic, dl.size);
            if (!amount)
                return failed(amount.error());
            market::ChargeRequest cr;
            cr.buyer = grant.buyer;
            cr.job = grant.job;
            cr.shard = dl.shard;
            cr.manifest = grant.manifest;
            cr.creator = grant.creator;
            cr.amount = *amount;
            cr.currency = (*lic)->pricePerAccess.currency;
            cr.maxSpend = grant.maxSpend;
            cr.durability
                = d->options.syncCharges ? market::Durability::Immediate : market::Durability::Deferred;
            auto r = d->market->accounts().charge(cr);
            if (!r) {
                if (r.errorCode() == market::AccountErrors::kInsufficient)
                    return failed(fail(r.errorString(), QStringLiteral("credits")));
                if (r.errorCode() == market::AccountErrors::kMaxSpend)
                    return failed(fail(r.errorString(), QStringLiteral("forbidden")));
                return failed(r.error());
            }
            out.append(r->alreadyBilled ? 0 : r->amount);
            QMutexLocker l(&d->mutex);
            d->billed.insert(key(grant, dl.shard));
        }
        return out;
    }

private:
    std::shared_ptr<MarketBinding::Private> d;
};

// --- API extension: tokens, jobs, revocations, JWKS -------------------------------------

void appendReceipt(const std::shared_ptr<MarketBinding::Private> &d, ledger::Receipt r)
{
    if (!d->ledger)
        return;
    r.timeMs = d->clock->nowMs();
    fillEmptyFields(r);
    if (d->ledger->append(r))
        d->metrics->receipts.fetch_add(1);
    else
        d->metrics->receiptFailures.fetch_add(1);
}

ApiResponse issueToken(const std::shared_ptr<MarketBinding::Private> &d, const ApiRequest &req)
{
    const QByteArray apiKey = bearerOf(req);
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    if (!doc.isObject())
        return problemResponse(
            400, QStringLiteral("bad-request"), QStringLiteral("Bad Request"),
            QStringLiteral("send a JSON object: {\"manifest\": CID, \"ttl\": seconds, \"job\": id}"));
    const QJsonObject o = doc.object();
    market::TokenRequest tr;
    tr.apiKey = apiKey.isEmpty() ? o.value(QStringLiteral("apiKey")).toString() : QString::fromLatin1(apiKey);
    if (tr.apiKey.isEmpty())
        return problemResponse(401, QStringLiteral("api-key-missing"), QStringLiteral("Unauthorized"),
                               QStringLiteral("send the buyer API key in 'Authorization: Bearer'"));
    tr.manifest = o.value(QStringLiteral("manifest")).toString();
    tr.ttlSecs = o.value(QStringLiteral("ttl")).toInteger(0);
    tr.job = o.value(QStringLiteral("job")).toString();
    if (o.value(QStringLiteral("shards")).isArray()) {
        QStringList s;
        for (const QJsonValue &v : o.value(QStringLiteral("shards")).toArray())
            s.append(v.toString());
        tr.shards = s;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("uses")).toArray())
        tr.uses.append(v.toString());
    if (o.contains(QStringLiteral("maxSpend"))) {
        auto m = parseMoney(o.value(QStringLiteral("maxSpend")).toString());
        if (!m)
            return problemResponse(400, QStringLiteral("bad-request"), QStringLiteral("Bad Request"),
                                   m.errorString());
        tr.maxSpend = *m;
    }
    auto tokens = d->market->tokens();
    if (!tokens)
        return problemResponse(503, QStringLiteral("unavailable"), QStringLiteral("Service Unavailable"),
                               tokens.errorString());
    auto issued = (*tokens)->issue(tr);
    if (!issued) {
        const QString code = issued.errorCode().isEmpty() ? QStringLiteral("invalid") : issued.errorCode();
        int status = 403;
        if (code == market::AccountErrors::kBadKey || code == market::AccountErrors::kUnknown)
            status = 401;
        else if (code == market::AccountErrors::kInsufficient)
            status = 402;
        else if (code == market::CatalogErrors::kNotFound)
            status = 404;
        else if (code == QLatin1String("invalid_request") || code == market::AccountErrors::kInvalid)
            status = 400;
        else if (code.startsWith(QLatin1String("db_")))
            status = 503;
        Problem p = Problem::make(status, slugOf(code), QString::fromLatin1(reasonPhrase(status)),
                                  issued.errorString());
        if (status == 503)
            p.retryAfterSecs = 1;
        return ApiResponse::problem(p);
    }
    ledger::Receipt r;
    r.edge = d->ledger ? d->ledger->origin() : QString();
    r.buyer = issued->claims.sub;
    r.creator = issued->dataset.creatorId;
    r.manifest = issued->claims.mf;
    r.licenseHash = issued->claims.lic;
    r.jti = issued->claims.jti;
    r.job = issued->claims.job.isEmpty() ? issued->claims.jti : issued->claims.job;
    r.kind = ledger::kind::grant;
    appendReceipt(d, r);
    QJsonObject out { { QStringLiteral("token"), issued->token },
                      { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
                      { QStringLiteral("buyer"), issued->claims.sub },
                      { QStringLiteral("licenseHash"), issued->claims.lic },
                      { QStringLiteral("expiresAt"), formatUtc(issued->expiresAt) },
                      { QStringLiteral("job"), r.job },
                      { QStringLiteral("jti"), issued->claims.jti },
                      { QStringLiteral("manifest"), issued->claims.mf } };
    ApiResponse resp = ApiResponse::json(201, QJsonDocument(out).toJson(QJsonDocument::Compact));
    resp.headers.append(Header("Cache-Control", "no-store"));
    return resp;
}

ApiResponse addRevocation(const std::shared_ptr<MarketBinding::Private> &d, const ApiRequest &req)
{
    auto added = d->market->revocations().addSigned(req.body);
    if (!added) {
        const QString code = added.errorCode().isEmpty() ? QStringLiteral("invalid") : added.errorCode();
        int status = 400;
        if (code == market::RevocationErrors::kSignature)
            status = 401;
        else if (code == market::RevocationErrors::kForbidden)
            status = 403;
        else if (code.startsWith(QLatin1String("db_")))
            status = 503;
        return problemResponse(status, slugOf(code), QString::fromLatin1(reasonPhrase(status)),
                               added.errorString());
    }
    // Next request re-checks: drop every cached verification (they are re-verified at once).
    d->currentVerifier()->cache().clear();
    const market::Revocation &rv = added->revocation;
    qint64 seq = -1;
    if (added->added && d->ledger) {
        ledger::Receipt r;
        r.edge = d->ledger->origin();
        r.kind = ledger::kind::revocation;
        switch (rv.kind) {
        case market::RevocationKind::Jti:
            r.jti = rv.value;
            break;
        case market::RevocationKind::Buyer:
            r.buyer = rv.value;
            break;
        case market::RevocationKind::Manifest:
            r.manifest = rv.value;
            break;
        case market::RevocationKind::License:
            r.licenseHash = rv.value;
            break;
        }
        r.timeMs = d->clock->nowMs();
        fillEmptyFields(r);
        auto ap = d->ledger->append(r);
        if (ap) {
            seq = ap->seq;
            d->metrics->receipts.fetch_add(1);
        }
    }
    QJsonObject out = rv.toJson();
    out.insert(QStringLiteral("added"), added->added);
    if (seq >= 0)
        out.insert(QStringLiteral("receipt"), seq);
    ApiResponse resp
        = ApiResponse::json(added->added ? 201 : 200, QJsonDocument(out).toJson(QJsonDocument::Compact));
    if (seq >= 0)
        resp.headers.append(Header("Shardgate-Receipt", QByteArray::number(seq)));
    return resp;
}

ApiResponse jobs(const std::shared_ptr<MarketBinding::Private> &d, const ApiRequest &req)
{
    const QByteArray token = bearerOf(req);
    auto verifier = d->currentVerifier();
    auto v = verifier->verifyShared(token);
    if (!v)
        return problemResponse(401, QStringLiteral("token-") + slugOf(v.errorCode()),
                               QStringLiteral("Unauthorized"), v.errorString());
    const token::TokenClaims &c = **v;
    if (!d->market->revocations().check(c.jti, c.sub, c.mf, c.lic).isEmpty())
        return problemResponse(403, QStringLiteral("revoked"), QStringLiteral("Forbidden"),
                               QStringLiteral("the token or its buyer, manifest or license is revoked"));
    const QString job = c.job.isEmpty() ? c.jti : c.job;
    if (req.method == "DELETE") {
        const QString id = QString::fromUtf8(percentDecode(req.path.mid(9)));
        if (id != job)
            return problemResponse(403, QStringLiteral("not-entitled"), QStringLiteral("Forbidden"),
                                   QStringLiteral("the token is not for job '%1'").arg(id));
        auto st = d->market->accounts().releaseHold(c.sub, job);
        // No hold (a job without maxSpend) is nothing to release.
        if (!st && st.errorCode() != QLatin1String("not_found")
            && st.errorCode() != market::AccountErrors::kUnknown)
            return problemResponse(503, QStringLiteral("unavailable"), QStringLiteral("Service Unavailable"),
                                   st.errorString());
        {
            QMutexLocker l(&d->mutex);
            const QString prefix = c.sub + u'\n' + job + u'\n';
            for (auto it = d->billed.begin(); it != d->billed.end();)
                it = it->startsWith(prefix) ? d->billed.erase(it) : std::next(it);
            d->billedErased.fetch_add(1, std::memory_order_release);
        }
        ApiResponse r;
        r.status = 204;
        r.body.clear();
        return r;
    }
    // POST /v1/jobs: pre-authorize the token's batch; the shards must be in the store.
    auto m = d->manifest(c.mf);
    if (!m)
        return problemResponse(404, QStringLiteral("not-found"), QStringLiteral("Not Found"),
                               m.errorString());
    QStringList shards = c.shards.isEmpty() ? QStringList() : c.shards;
    if (shards.isEmpty()) {
        for (const ShardRef &s : (*m)->shards)
            shards.append(s.cid);
    }
    QJsonArray missing;
    qint64 bytes = 0;
    for (const QString &s : std::as_const(shards)) {
        if (!(*m)->shardCids.contains(s))
            return problemResponse(403, QStringLiteral("shard-not-in-manifest"), QStringLiteral("Forbidden"),
                                   QStringLiteral("shard %1 is not part of manifest %2").arg(s, c.mf));
        auto cid = crypto::Cid::parse(s);
        auto size = cid ? d->blobs->size(*cid) : Result<qint64>(fail(QStringLiteral("bad cid")));
        if (!size)
            missing.append(s);
        else
            bytes += *size;
    }
    QJsonObject out { { QStringLiteral("job"), job },
                      { QStringLiteral("manifest"), c.mf },
                      { QStringLiteral("shards"), int(shards.size()) },
                      { QStringLiteral("bytes"), bytes },
                      { QStringLiteral("missing"), missing },
                      { QStringLiteral("expiresAt"), formatUtc(c.exp) } };
    return ApiResponse::json(missing.isEmpty() ? 201 : 503,
                             QJsonDocument(out).toJson(QJsonDocument::Compact));
}

MarketBinding::MarketBinding() : d(std::make_shared<Private>())
{ }
MarketBinding::~MarketBinding()
{
    // Let this binding's pool work finish (it is short: a reload or one API call) so the
    // last reference is dropped here, on the thread that owns the store's connections.
    if (!d)
        return;
    const auto count = d->poolTasks;
    for (int waited = 0; count->load() > 0 && waited < 30000; ++waited)
        QThread::msleep(1);
}

market::Market &MarketBinding::market()
{
    return *d->market;
}

Result<std::unique_ptr<MarketBinding>> MarketBinding::open(const MarketBindingOptions &options)
{
    std::unique_ptr<MarketBinding> b(new MarketBinding);
    b->d->options = options;
    b->d->clock = options.clock ? options.clock : Clock::system();
    market::MarketOptions mo;
    mo.home = options.home;
    mo.dbUrl = options.dbUrl;
    mo.clock = b->d->clock;
    auto m = market::Market::open(mo);
    if (!m)
        return m.error();
    b->d->market = std::move(*m);
    b->d->blobs = std::make_unique<packaging::BlobStore>(Paths(options.home).blobs());
    SG_TRY(b->d->loadKeys());
    return b;
}

const MarketBindingOptions &MarketBinding::options() const
{
    return d->options;
}

Status MarketBinding::reload()
{
    SG_TRY(d->loadKeys());
    auto r = d->market->revocations().refresh();
    if (!r)
        return r.error();
    QMutexLocker l(&d->mutex);
    d->blobCache.clear();
    d->blobGeneration.fetch_add(1, std::memory_order_release);
    return {};
}

EdgeServices MarketBinding::services(std::shared_ptr<ledger::Ledger> ledger, std::shared_ptr<Metrics> metrics)
{
    d->ledger = ledger;
    d->metrics = metrics ? metrics : std::make_shared<Metrics>();
    if (!d->listening) {
        // services() runs on the thread that runs the edge's event loop.
        d->self = d;
        d->listening = true;
        d->listen();
    }
    EdgeServices s;
    s.content = std::make_shared<MarketContent>(d);
    s.gate = std::make_shared<MarketGate>(d);
    s.ledger = ledger;
    s.metrics = d->metrics;
    s.clock = d->clock;
    {
        // The edge's identity in its receipts: the kid of the token key it signs with. Edges
        // that share a store (and one receipt log) each sign with a key of their own, so an
        // auditor can tell which edge served what; without a signing key, the log's name.
        QMutexLocker l(&d->mutex);
        if (d->keyring && d->keyring->canSign())
            s.edgeKeyId = d->keyring->activeKid();
    }
    if (s.edgeKeyId.isEmpty())
        s.edgeKeyId = ledger ? ledger->origin() : QString();
    auto dd = d;
    s.extension = [dd](const ApiRequest &req, std::function<void(ApiResponse)> done) -> bool {
        const QByteArray &p = req.path;
        if (p == "/.well-known/jwks.json") {
            if (req.method != "GET" && req.method != "HEAD")
                return false;
            std::shared_ptr<token::TokenKeyring> ring;
            {
                QMutexLocker l(&dd->mutex);
                ring = dd->keyring;
            }
            ApiResponse r = ApiResponse::json(
                200, QJsonDocument(ring->jwks(dd->clock->nowSecs())).toJson(QJsonDocument::Compact));
            r.contentType = "application/jwk-set+json";
            r.headers.append(Header("Cache-Control", "public, max-age=60"));
            done(r);
            return true;
        }
        std::function<ApiResponse()> work;
        if (p == "/v1/tokens" && req.method == "POST")
            work = [dd, req] { return issueToken(dd, req); };
        else if (p == "/v1/revocations" && req.method == "POST")
            work = [dd, req] { return addRevocation(dd, req); };
        else if ((p == "/v1/jobs" && req.method == "POST")
                 || (p.startsWith("/v1/jobs/") && req.method == "DELETE"))
            work = [dd, req] { return jobs(dd, req); };
        else if (p == "/v1/tokens" || p == "/v1/revocations" || p == "/v1/jobs"
                 || p.startsWith("/v1/jobs/")) {
            ApiResponse r = problemResponse(405, QStringLiteral("method-not-allowed"),
                                            QStringLiteral("Method Not Allowed"), QString());
            r.headers.append(Header("Allow", p.startsWith("/v1/jobs/") ? "DELETE" : "POST"));
            done(r);
            return true;
        } else
            return false;
        // SQLite commits and signing stay off the event loop.
        startOnPool(dd->poolTasks, [work, done] { done(work()); });
        return true;
    };
    return s;
}

} // namespace sg::edge
