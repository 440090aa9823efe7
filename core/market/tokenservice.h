#pragma once

// MarketTokenService: buyer API key -> access token (POST /v1/tokens, `shardgate-cli
// token`). Checks, in order: the key names an account (bad_api_key), the account has a
// positive available balance (insufficient_credits), the manifest is published
// (not_found), nothing about it is revoked and the license allows the request
// (license/policy.h reasons: revoked_*, license_expired, use_not_allowed, ...), then
// reserves maxSpend when one is asked for (a hold on the account for the job) and signs
// the token with the keyring's active key. Every error carries its reason in Error::code.
//
// TokenKeyStore keeps the signing keys in <home>/keys/token-signing-<epoch seconds>.pem
// (PKCS#8, 0600). The newest file signs; each older one keeps verifying until the newer
// one's creation + the longest token lifetime + clock skew, so rotation never breaks a
// token in flight.

#include "common/clock.h"
#include "common/result.h"
#include "license/policy.h"
#include "market/accounts.h"
#include "market/catalog.h"
#include "market/revocations.h"
#include "token/claims.h"
#include "token/issuer.h"
#include "token/keyring.h"
#include "token/verifier.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sg::market {

// Default iss/aud of market-issued tokens (the edge verifies with the same values).
inline const QString kDefaultTokenIssuer = QStringLiteral("shardgate-market");
inline const QString kDefaultTokenAudience = QStringLiteral("shardgate-edge");

// Converts verified token claims for license::evaluate(). Unknown uses or a malformed
// maxSpend are errors (code "invalid_request"), never silently dropped.
Result<license::PolicyClaims> toPolicyClaims(const token::TokenClaims &claims);

class TokenKeyStore
{
public:
    // How long a rotated-out key keeps verifying: the longest token lifetime plus the
    // verifiers' clock skew.
    static constexpr qint64 kRetiredKeyGraceSecs
        = token::TokenIssuer::kMaxTtlSecs + token::TokenVerifier::kMaxClockSkewSecs;

    // Loads every token-signing-*.pem in keysDir into a keyring: newest signs, older ones
    // verify while still needed. With createIfMissing, creates the first key when there
    // is none; otherwise that is an error.
    static Result<std::shared_ptr<token::TokenKeyring>> load(const QString &keysDir, const Clock *clock,
                                                             bool createIfMissing);
    // Writes a new signing key and makes it active in keyring; returns its kid.
    static Result<QString> rotate(const QString &keysDir, token::TokenKeyring &keyring, const Clock *clock);
    // The key files, oldest first.
    static QStringList keyFiles(const QString &keysDir);
};

struct TokenRequest
{
    QString apiKey;
    QString manifest; // CID (or name@version)
    qint64 ttlSecs = 0; // 0 = default (300); at most 3600
    QString job; // empty = the token is its own job (jti)
    std::optional<QStringList> shards; // absent = all shards
    QStringList uses; // empty = any use the license allows
    std::optional<qint64> maxBytes;
    std::optional<qint64> maxRequests;
    std::optional<qint64> maxSpend; // micro-units in the license's currency; reserved as a hold
    QString cnfJkt; // DPoP key thumbprint to bind to
};

struct IssuedAccess
{
    QString token;
    qint64 expiresAt = 0;
    token::TokenClaims claims;
    DatasetEntry dataset;
    Account account; // after any hold
};

class MarketTokenService
{
public:
    MarketTokenService(std::shared_ptr<Accounts> accounts, std::shared_ptr<Catalog> catalog,
                       std::shared_ptr<Revocations> revocations, std::shared_ptr<token::TokenIssuer> issuer,
                       const Clock *clock = Clock::system());

    Result<IssuedAccess> issue(const TokenRequest &request) const;

private:
    std::shared_ptr<Accounts> m_accounts;
    std::shared_ptr<Catalog> m_catalog;
    std::shared_ptr<Revocations> m_revocations;
    std::shared_ptr<token::TokenIssuer> m_issuer;
    const Clock *m_clock;
};

} // namespace sg::market
