#include "dpop.h"

#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "jws_p.h"
#include "keyring.h"

#include <QUrl>

#include <mutex>
#include <unordered_map>

namespace sg::token {

namespace {

QString athOf(QByteArrayView accessToken)
{
    return QString::fromLatin1(crypto::base64UrlEncode(crypto::Sha256::hash(accessToken)));
}

// RFC 9449 §4.3: htu is compared without query and fragment, after normalization
// (RFC 3986 §6.2.2/6.2.3: case of scheme and host, default port, empty path = "/").
QString normalizeHtu(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    QString out = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    if (port != defaultPort)
        out += QLatin1Char(':') + QString::number(port);
    return out + path;
}

} // namespace

QString dpopThumbprint(const crypto::Ed25519PublicKey &key)
{
    return TokenKeyring::thumbprint(key);
}

QString createDpopProof(const crypto::Ed25519PrivateKey &key, const QString &htm, const QString &htu,
                        qint64 iat, const QString &jti, QByteArrayView accessToken)
{
    QJsonObject jwk = TokenKeyring::publicJwk(key.publicKey());
    jwk.remove(QStringLiteral("kid"));
    jwk.remove(QStringLiteral("use"));
    jwk.remove(QStringLiteral("alg"));
    const QJsonObject header { { QStringLiteral("typ"), QStringLiteral("dpop+jwt") },
                               { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                               { QStringLiteral("jwk"), jwk } };
    QJsonObject payload { { QStringLiteral("jti"), jti },
                          { QStringLiteral("htm"), htm },
                          { QStringLiteral("htu"), htu },
                          { QStringLiteral("iat"), iat } };
    if (!accessToken.isEmpty())
        payload.insert(QStringLiteral("ath"), athOf(accessToken));
    return detail::signCompact(key, header, payload);
}

struct DpopVerifier::Private
{
    const Clock *clock = nullptr;
    qint64 window = 60;
    size_t capacity = 100000;
    mutable std::mutex mutex;
    mutable std::unordered_map<QString, qint64> seen; // jkt:jti -> forget after
    mutable qint64 nextPurge = 0;

    // Records the proof id; false when it was seen (replay) or the store is full.
    bool record(const QString &id, qint64 now, qint64 forgetAfter, bool &full) const
    {
        std::lock_guard lock(mutex);
        full = false;
        if (now >= nextPurge || seen.size() >= capacity) {
            std::erase_if(seen, [&](const auto &kv) { return kv.second <= now; });
            nextPurge = now + window;
        }
        const auto it = seen.find(id);
        if (it != seen.end())
            return false;
        if (seen.size() >= capacity) {
            full = true; // fail closed rather than forget proofs that could be replayed
            return false;
        }
        seen.emplace(id, forgetAfter);
        return true;
    }
};

DpopVerifier::DpopVerifier(const Clock *clock, qint64 windowSecs, int replayCapacity)
    : d(std::make_unique<Private>())
{
    d->clock = clock;
    d->window = qMax<qint64>(1, windowSecs);
    d->capacity = size_t(qMax(1, replayCapacity));
}

DpopVerifier::~DpopVerifier() = default;

Result<DpopProof> DpopVerifier::verify(QByteArrayView proof, const QString &method, const QString &url,
                                       const TokenClaims *claims, QByteArrayView accessToken) const
{
    auto parts = detail::splitCompact(proof, kMaxProofBytes, "DPoP proof");
    if (!parts)
        return parts.error();
    auto header = detail::decodeJsonSegment(parts->header, "DPoP proof header");
    if (!header)
        return header.error();
    if (header->value(QStringLiteral("typ")).toString().toLower() != QLatin1String("dpop+jwt"))
        return tokenError(Reason::Typ, QStringLiteral("DPoP proof typ must be \"dpop+jwt\""));
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA"))
        return tokenError(Reason::Alg, QStringLiteral("DPoP proof alg must be EdDSA"));
    if (header->contains(QStringLiteral("crit")))
        return tokenError(Reason::Crit, QStringLiteral("DPoP proof header lists critical extensions (crit)"));
    for (const char *name : { "jku", "x5u", "x5c", "kid" }) {
        if (header->contains(QLatin1String(name)))
            return tokenError(Reason::Header,
                              QStringLiteral("DPoP proof header carries \"%1\"; the key must be in \"jwk\"")
                                  .arg(QLatin1String(name)));
    }
    const QJsonValue jwk = header->value(QStringLiteral("jwk"));
    if (!jwk.isObject())
        return tokenError(Reason::Header, QStringLiteral("DPoP proof header has no jwk"));
    if (jwk.toObject().contains(QStringLiteral("d")))
        return tokenError(Reason::Header, QStringLiteral("DPoP proof jwk contains a private key"));
    const auto key = TokenKeyring::keyFromJwk(jwk.toObject());
    if (!key)
        return tokenError(Reason::Header, QStringLiteral("DPoP proof jwk: %1").arg(key.errorString()));

    const auto signature = crypto::base64UrlDecode(parts->signature);
    if (!signature)
        return tokenError(Reason::Malformed,
                          QStringLiteral("DPoP proof signature: %1").arg(signature.errorString()));
    if (!key->verify(parts->signingInput, *signature))
        return tokenError(Reason::Signature, QStringLiteral("DPoP proof signature does not verify"));

    auto payload = detail::decodeJsonSegment(parts->payload, "DPoP proof payload");
    if (!payload)
        return payload.error();
    DpopProof out;
    out.jkt = TokenKeyring::thumbprint(*key);
    const QJsonValue jti = payload->value(QStringLiteral("jti"));
    const QJsonValue htm = payload->value(QStringLiteral("htm"));
    const QJsonValue htu = payload->value(QStringLiteral("htu"));
    if (!jti.isString() || jti.toString().isEmpty() || !detail::isSafeText(jti.toString(), 256)
        || !htm.isString() || !htu.isString()
        || !detail::readInteger(payload->value(QStringLiteral("iat")), out.iat))
        return tokenError(Reason::Claims,
                          QStringLiteral("DPoP proof needs string jti, htm, htu and an integer iat"));
    out.jti = jti.toString();
    out.htm = htm.toString();
    out.htu = htu.toString();

    if (out.htm != method)
        return tokenError(Reason::Dpop,
                          QStringLiteral("DPoP proof is for method %1, not %2").arg(out.htm, method));
    const QString expectedHtu = normalizeHtu(url);
    if (expectedHtu.isEmpty() || normalizeHtu(out.htu) != expectedHtu)
        return tokenError(Reason::Dpop, QStringLiteral("DPoP proof is for another URL (htu)"));
    const qint64 now = d->clock->nowSecs();
    if (out.iat > now + d->window || out.iat < now - d->window)
        return tokenError(Reason::Dpop,
                          QStringLiteral("DPoP proof iat is %1 s away from now; at most %2 s allowed")
                              .arg(qAbs(now - out.iat))
                              .arg(d->window));
    if (!accessToken.isEmpty()) {
        const QJsonValue ath = payload->value(QStringLiteral("ath"));
        if (!ath.isString()
            || !crypto::constantTimeEquals(ath.toString().toLatin1(), athOf(accessToken).toLatin1()))
            return tokenError(Reason::Dpop, QStringLiteral("DPoP proof ath does not match the access token"));
    }
    if (claims && !claims->cnfJkt.isEmpty() && claims->cnfJkt != out.jkt)
        return tokenError(Reason::Binding,
                          QStringLiteral("DPoP proof key is not the key the token is bound to (cnf.jkt)"));

    bool full = false;
    if (!d->record(out.jkt + QLatin1Char(':') + out.jti, now, out.iat + d->window + 1, full)) {
        if (full)
            return tokenError(
                Reason::Replay,
                QStringLiteral("too many recent DPoP proofs to check for replay; retry shortly"));
        return tokenError(Reason::Replay, QStringLiteral("DPoP proof jti was already used (replay)"));
    }
    return out;
}

Status DpopVerifier::checkBinding(const TokenClaims &claims, QByteArrayView proofOrEmpty,
                                  const QString &method, const QString &url, QByteArrayView accessToken) const
{
    if (claims.cnfJkt.isEmpty())
        return {}; // bearer token
    if (proofOrEmpty.isEmpty())
        return tokenError(Reason::Binding,
                          QStringLiteral("the token is bound to a key (cnf.jkt); send a DPoP proof"));
    auto proof = verify(proofOrEmpty, method, url, &claims, accessToken);
    if (!proof)
        return proof.error();
    return {};
}

} // namespace sg::token
