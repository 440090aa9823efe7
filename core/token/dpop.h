#pragma once

// DPoP proofs (RFC 9449). A client proves possession of its key on every request with a
// JWT: header {"typ":"dpop+jwt","alg":"EdDSA","jwk":<its public OKP JWK>}, payload
// {"jti","htm","htu","iat"[, "ath": base64url(SHA-256(access token))]}, signed by that key.
// The access token is bound to the key by cnf.jkt = RFC 7638 thumbprint of the jwk.
// The verifier checks typ, alg (EdDSA only), the embedded jwk (public OKP/Ed25519 only),
// signature, htm (exact), htu (scheme/host/port/path, query and fragment ignored), iat
// within +-window, jti not seen before (bounded, thread-safe replay store), ath when an
// access token is given, and jkt == cnf.jkt when the token is bound.

#include "claims.h"
#include "common/clock.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "reason.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace sg::token {

struct DpopProof
{
    QString jkt; // thumbprint of the proof key
    QString jti;
    QString htm;
    QString htu;
    qint64 iat = 0;
};

// Creates a proof (client side: downloader, tests). accessToken empty = no ath claim.
QString createDpopProof(const crypto::Ed25519PrivateKey &key, const QString &htm, const QString &htu,
                        qint64 iat, const QString &jti, QByteArrayView accessToken = {});

// RFC 7638 thumbprint of a DPoP key (same as TokenKeyring::thumbprint).
QString dpopThumbprint(const crypto::Ed25519PublicKey &key);

class DpopVerifier
{
public:
    static constexpr qsizetype kMaxProofBytes = 4 * 1024;

    explicit DpopVerifier(const Clock *clock, qint64 windowSecs = 60, int replayCapacity = 100000);
    ~DpopVerifier();

    // Verifies a proof for the request (method, full URL). When claims is given, the
    // proof key must match claims->cnfJkt (Reason::Binding) and, if accessToken is not
    // empty, ath must equal its hash. A fresh jti is recorded (replays are rejected with
    // Reason::Replay until the window has passed).
    Result<DpopProof> verify(QByteArrayView proof, const QString &method, const QString &url,
                             const TokenClaims *claims = nullptr, QByteArrayView accessToken = {}) const;

    // The access-token side of the rule: a token with cnf.jkt requires a proof; a bearer
    // token (no cnf) never does. Returns Reason::Binding when a required proof is missing.
    Status checkBinding(const TokenClaims &claims, QByteArrayView proofOrEmpty, const QString &method,
                        const QString &url, QByteArrayView accessToken) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sg::token
