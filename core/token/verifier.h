#pragma once

// Verifies Shardgate access tokens (RFC 7519 / RFC 8037 EdDSA) under RFC 8725 rules:
// - size checked first: more than kMaxTokenBytes (8 KiB) is rejected before any decoding;
// - exactly three segments of strict base64url (no padding, canonical trailing bits);
// - header and payload are strict JSON (duplicate keys, lone surrogates rejected);
// - alg is pinned to "EdDSA" by the verifier, whatever the token says;
// - typ must be present and "JWT" or "at+jwt" (explicit typing, RFC 8725 §3.11); a
//   "dpop+jwt" proof can never pass as an access token;
// - crit: any listed parameter is unknown to us, so a token with crit is rejected;
// - jku, x5u, x5c and jwk are never trusted: a token carrying them is rejected;
// - kid is required and only looked up in the keyring;
// - Ed25519 verification is strict (64-byte signature, S < L);
// - required claims: iss, sub, aud, exp, jti; nbf - skew <= now < exp + skew; iat not in
//   the future beyond the skew; exp - (iat or nbf or now) at most maxLifetimeSecs.
// Verification never blocks on I/O; successful results are cached until exp.

#include "cache.h"
#include "claims.h"
#include "common/clock.h"
#include "common/result.h"
#include "keyring.h"
#include "reason.h"

#include <QByteArrayView>

#include <memory>

namespace sg::token {

struct VerifierOptions
{
    QString issuer; // required: expected iss
    QString audience; // required: must be in aud
    qint64 clockSkewSecs = 60; // at most kMaxClockSkewSecs
    qint64 maxLifetimeSecs = 3600; // longest exp - iat accepted
    int cacheCapacity = 65536; // 0 disables the cache
};

class TokenVerifier
{
public:
    static constexpr qsizetype kMaxTokenBytes = 8 * 1024;
    static constexpr qint64 kMaxClockSkewSecs = 60;

    TokenVerifier(std::shared_ptr<const TokenKeyring> keyring, const Clock *clock, VerifierOptions options);
    ~TokenVerifier();

    // Full verification, served from the cache when this exact token was verified
    // before and has not expired. Errors carry a Reason code (reasonCode()).
    Result<TokenClaims> verify(QByteArrayView token) const;
    // Same, without copying the claims (hot path of the edge).
    Result<std::shared_ptr<const TokenClaims>> verifyShared(QByteArrayView token) const;
    // Always verifies the signature; does not read or fill the cache.
    Result<TokenClaims> verifyUncached(QByteArrayView token) const;

    const VerifierOptions &options() const { return m_options; }
    VerificationCache &cache() const { return *m_cache; }

    // SHA-256 of the token (a stable id for a token, e.g. for revocation bookkeeping; the
    // verification cache keys by a faster keyed hash, see cache.h).
    static QByteArray cacheKey(QByteArrayView token);

private:
    Result<std::shared_ptr<const TokenClaims>> verifyFull(QByteArrayView token, qint64 now) const;
    Status checkTimes(const TokenClaims &claims, qint64 now) const;

    std::shared_ptr<const TokenKeyring> m_keyring;
    const Clock *m_clock;
    VerifierOptions m_options;
    std::unique_ptr<VerificationCache> m_cache;
};

} // namespace sg::token
