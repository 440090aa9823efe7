#include "keyring.h"

#include "crypto/encoding.h"
#include "crypto/sha256.h"

#include <QJsonArray>

#include <atomic>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace sg::token {

namespace {

struct KeyEntry
{
    QString kid;
    crypto::Ed25519PublicKey key;
    qint64 validUntil = 0; // 0 = no end
};

} // namespace

struct TokenKeyring::Private
{
    mutable std::shared_mutex mutex;
    crypto::Ed25519PrivateKey active; // null when verify-only
    QString activeKid;
    std::vector<KeyEntry> keys; // active first
    std::atomic<quint64> generation { 1 };

    void bump() { generation.fetch_add(1, std::memory_order_acq_rel); }
};

TokenKeyring::TokenKeyring() : d(std::make_unique<Private>())
{ }

TokenKeyring::TokenKeyring(const crypto::Ed25519PrivateKey &active) : TokenKeyring()
{
    if (active.isNull())
        return;
    d->active = active;
    d->activeKid = thumbprint(active.publicKey());
    d->keys.push_back({ d->activeKid, active.publicKey(), 0 });
}

TokenKeyring::~TokenKeyring() = default;

QString TokenKeyring::thumbprint(const crypto::Ed25519PublicKey &key)
{
    // RFC 7638 §3.2: required members only, lexicographic order, no whitespace.
    const QByteArray input = QByteArray("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"")
        + crypto::base64UrlEncode(key.raw()) + QByteArray("\"}");
    return QString::fromLatin1(crypto::base64UrlEncode(crypto::Sha256::hash(input)));
}

QJsonObject TokenKeyring::publicJwk(const crypto::Ed25519PublicKey &key)
{
    return QJsonObject { { QStringLiteral("kty"), QStringLiteral("OKP") },
                         { QStringLiteral("crv"), QStringLiteral("Ed25519") },
                         { QStringLiteral("x"), QString::fromLatin1(crypto::base64UrlEncode(key.raw())) },
                         { QStringLiteral("kid"), thumbprint(key) },
                         { QStringLiteral("use"), QStringLiteral("sig") },
                         { QStringLiteral("alg"), QStringLiteral("EdDSA") } };
}

Result<crypto::Ed25519PublicKey> TokenKeyring::keyFromJwk(const QJsonObject &jwk)
{
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("OKP")
        || jwk.value(QStringLiteral("crv")).toString() != QLatin1String("Ed25519"))
        return fail(QStringLiteral("not an Ed25519 JWK (kty must be \"OKP\", crv \"Ed25519\")"),
                    QStringLiteral("key"));
    if (jwk.contains(QStringLiteral("d")))
        return fail(QStringLiteral("the JWK contains a private key (\"d\"); only public keys are accepted"),
                    QStringLiteral("key"));
    const QJsonValue x = jwk.value(QStringLiteral("x"));
    if (!x.isString())
        return fail(QStringLiteral("the JWK has no \"x\" member"), QStringLiteral("key"));
    const auto raw = crypto::base64UrlDecode(x.toString().toLatin1());
    if (!raw)
        return fail(QStringLiteral("the JWK \"x\" member: %1").arg(raw.errorString()), QStringLiteral("key"));
    return crypto::Ed25519PublicKey::fromRaw(*raw);
}

Result<std::shared_ptr<TokenKeyring>> TokenKeyring::fromJwks(const QJsonObject &jwks)
{
    const QJsonValue keys = jwks.value(QStringLiteral("keys"));
    if (!keys.isArray())
        return fail(QStringLiteral("not a JWKS document (no \"keys\" array)"), QStringLiteral("key"));
    auto ring = std::make_shared<TokenKeyring>();
    for (const QJsonValue &v : keys.toArray()) {
        const QJsonObject jwk = v.toObject();
        if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("OKP")
            || jwk.value(QStringLiteral("crv")).toString() != QLatin1String("Ed25519"))
            continue; // other key types are not ours to use
        const QJsonValue alg = jwk.value(QStringLiteral("alg"));
        if (!alg.isUndefined() && alg.toString() != QLatin1String("EdDSA"))
            continue;
        const QJsonValue use = jwk.value(QStringLiteral("use"));
        if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
            continue;
        auto key = keyFromJwk(jwk);
        if (!key)
            return key.error();
        const QString kid = thumbprint(*key);
        const QJsonValue declared = jwk.value(QStringLiteral("kid"));
        if (!declared.isUndefined() && declared.toString() != kid)
            return fail(QStringLiteral("JWKS key kid \"%1\" is not its RFC 7638 thumbprint (%2)")
                            .arg(declared.toString(), kid),
                        QStringLiteral("key"));
        ring->addPublicKey(*key, 0);
    }
    return ring;
}

bool TokenKeyring::canSign() const
{
    std::shared_lock lock(d->mutex);
    return !d->active.isNull();
}

QString TokenKeyring::activeKid() const
{
    std::shared_lock lock(d->mutex);
    return d->activeKid;
}

crypto::Ed25519PrivateKey TokenKeyring::activeKey() const
{
    std::shared_lock lock(d->mutex);
    return d->active;
}

void TokenKeyring::rotate(const crypto::Ed25519PrivateKey &newKey, qint64 oldKeyValidUntil)
{
    std::unique_lock lock(d->mutex);
    for (KeyEntry &e : d->keys) {
        if (e.kid == d->activeKid)
            e.validUntil = oldKeyValidUntil;
    }
    d->active = newKey;
    d->activeKid = thumbprint(newKey.publicKey());
    // The same key may come back (restored from disk); do not list it twice.
    std::erase_if(d->keys, [&](const KeyEntry &e) { return e.kid == d->activeKid; });
    d->keys.insert(d->keys.begin(), KeyEntry { d->activeKid, newKey.publicKey(), 0 });
    d->bump();
}

void TokenKeyring::addPublicKey(const crypto::Ed25519PublicKey &key, qint64 validUntil)
{
    const QString kid = thumbprint(key);
    std::unique_lock lock(d->mutex);
    for (KeyEntry &e : d->keys) {
        if (e.kid == kid) {
            if (kid != d->activeKid)
                e.validUntil = validUntil;
            d->bump();
            return;
        }
    }
    d->keys.push_back({ kid, key, validUntil });
    d->bump();
}

bool TokenKeyring::removeKey(const QString &kid)
{
    std::unique_lock lock(d->mutex);
    const auto removed = std::erase_if(d->keys, [&](const KeyEntry &e) { return e.kid == kid; });
    if (kid == d->activeKid) {
        d->active = crypto::Ed25519PrivateKey();
        d->activeKid.clear();
    }
    if (removed)
        d->bump();
    return removed > 0;
}

void TokenKeyring::prune(qint64 now)
{
    std::unique_lock lock(d->mutex);
    const auto removed = std::erase_if(d->keys, [&](const KeyEntry &e) {
        return e.kid != d->activeKid && e.validUntil != 0 && e.validUntil <= now;
    });
    if (removed)
        d->bump();
}

std::optional<crypto::Ed25519PublicKey> TokenKeyring::find(QStringView kid, qint64 now) const
{
    std::shared_lock lock(d->mutex);
    for (const KeyEntry &e : d->keys) {
        if (e.kid == kid) {
            if (e.validUntil != 0 && now >= e.validUntil)
                return std::nullopt;
            return e.key;
        }
    }
    return std::nullopt;
}

QJsonObject TokenKeyring::jwks(qint64 now) const
{
    std::shared_lock lock(d->mutex);
    QJsonArray keys;
    for (const KeyEntry &e : d->keys) {
        if (e.validUntil != 0 && now >= e.validUntil)
            continue;
        keys.append(publicJwk(e.key));
    }
    return QJsonObject { { QStringLiteral("keys"), keys } };
}

QStringList TokenKeyring::kids() const
{
    std::shared_lock lock(d->mutex);
    QStringList out;
    for (const KeyEntry &e : d->keys)
        out.append(e.kid);
    return out;
}

quint64 TokenKeyring::generation() const
{
    return d->generation.load(std::memory_order_acquire);
}

} // namespace sg::token
