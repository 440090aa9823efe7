#pragma once

// Issues compact JWS access tokens: header {"alg":"EdDSA","typ":"JWT","kid":<thumbprint>},
// payload TokenClaims::toJson(), signed with the keyring's active key.

#include "claims.h"
#include "common/clock.h"
#include "common/result.h"
#include "keyring.h"

#include <memory>

namespace sg::token {

struct IssuedToken
{
    QString token; // header.payload.signature
    TokenClaims claims; // as signed (iss, aud, iat, nbf, exp, jti filled in)
};

class TokenIssuer
{
public:
    static constexpr qint64 kDefaultTtlSecs = 300;
    static constexpr qint64 kMaxTtlSecs = 3600;

    TokenIssuer(std::shared_ptr<TokenKeyring> keyring, const Clock *clock, QString issuer, QString audience);

    void setDefaultTtl(qint64 secs) { m_defaultTtl = secs; }
    qint64 defaultTtl() const { return m_defaultTtl; }

    // Fills in what the caller left empty: iss, aud, iat = now, nbf = iat, exp = iat + ttl
    // (ttlSecs 0 = default; more than kMaxTtlSecs is an error), jti = 128 random bits in
    // base64url. sub, mf and lic are required. Fails when the keyring cannot sign.
    Result<IssuedToken> issue(const TokenClaims &claims, qint64 ttlSecs = 0) const;

private:
    std::shared_ptr<TokenKeyring> m_keyring;
    const Clock *m_clock;
    QString m_issuer;
    QString m_audience;
    qint64 m_defaultTtl = kDefaultTtlSecs;
};

} // namespace sg::token
