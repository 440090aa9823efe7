#include "issuer.h"

#include "crypto/encoding.h"
#include "jws_p.h"
#include "reason.h"

#include <QRandomGenerator>

namespace sg::token {

TokenIssuer::TokenIssuer(std::shared_ptr<TokenKeyring> keyring, const Clock *clock, QString issuer,
                         QString audience)
    : m_keyring(std::move(keyring)), m_clock(clock), m_issuer(std::move(issuer)),
      m_audience(std::move(audience))
{ }

Result<IssuedToken> TokenIssuer::issue(const TokenClaims &claims, qint64 ttlSecs) const
{
    const crypto::Ed25519PrivateKey key = m_keyring ? m_keyring->activeKey() : crypto::Ed25519PrivateKey();
    if (key.isNull())
        return fail(QStringLiteral("no active token signing key; create or load one first"),
                    QStringLiteral("key"));
    const qint64 ttl = ttlSecs == 0 ? m_defaultTtl : ttlSecs;
    if (ttl <= 0 || ttl > kMaxTtlSecs)
        return tokenError(Reason::Claims,
                          QStringLiteral("token lifetime %1 s is outside 1..%2 s").arg(ttl).arg(kMaxTtlSecs));
    if (claims.sub.isEmpty() || claims.mf.isEmpty() || claims.lic.isEmpty())
        return tokenError(
            Reason::Claims,
            QStringLiteral("a token needs sub (buyer), mf (manifest CID) and lic (license hash)"));

    TokenClaims c = claims;
    if (c.iss.isEmpty())
        c.iss = m_issuer;
    if (c.aud.isEmpty())
        c.aud = QStringList { m_audience };
    if (c.iat == 0)
        c.iat = m_clock->nowSecs();
    if (c.nbf == 0)
        c.nbf = c.iat;
    if (c.exp == 0)
        c.exp = c.iat + ttl;
    if (c.exp <= c.iat || c.exp - c.iat > kMaxTtlSecs)
        return tokenError(Reason::Claims,
                          QStringLiteral("exp must be after iat and at most %1 s later").arg(kMaxTtlSecs));
    if (c.jti.isEmpty()) {
        quint32 random[4];
        QRandomGenerator::system()->fillRange(random);
        c.jti = QString::fromLatin1(
            crypto::base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(random), sizeof random)));
    }
    // Round-trip through the parser so we never sign claims a verifier would refuse.
    c.raw = c.toJson();
    auto checked = TokenClaims::fromJson(c.raw);
    if (!checked)
        return checked.error();

    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                               { QStringLiteral("typ"), QStringLiteral("JWT") },
                               { QStringLiteral("kid"), TokenKeyring::thumbprint(key.publicKey()) } };
    IssuedToken out;
    out.token = detail::signCompact(key, header, c.raw);
    out.claims = *checked;
    return out;
}

} // namespace sg::token
