#pragma once

// The market module's contract: one Market per home (or shared store) gives the catalog,
// buyer accounts and credits, the revocation list and the token service, all on one
// Database (database.h: SQLite WAL in <home>/market.sqlite, one connection per thread, so
// every call may be made from any thread — keep them off the GUI thread and the edge's
// event loop).
//
// What the edge calls (docs/api.md has the HTTP shapes):
//   tokens()->issue(TokenRequest)                    POST /v1/tokens
//   catalog().list(query) / byCid / manifestBytes    GET /v1/datasets, /v1/manifests/{cid}
//   catalog().shardSize(manifest, shard)             is the shard in the manifest, its size
//   revocations().check(jti, sub, mf, lic)           every request (in-memory snapshot)
//   revocations().addSigned(body)                    POST /v1/revocations
//   revocations().refresh() + changed()              pick up other processes' revocations
//   accounts().charge(ChargeRequest)                 first delivery of a shard under a job
//   accounts().releaseHold(buyer, job)               DELETE /v1/jobs/{id}
//   keyring()->jwks(now)                             GET /.well-known/jwks.json
//   license::evaluate(PolicyInput)                   the decision (license/policy.h)

#include "common/clock.h"
#include "common/paths.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "market/accounts.h"
#include "market/catalog.h"
#include "market/database.h"
#include "market/revocations.h"
#include "market/tokenservice.h"
#include "token/issuer.h"
#include "token/keyring.h"

#include <QMutex>

#include <memory>

namespace sg::market {

struct MarketOptions
{
    QString home; // the Shardgate home (market.sqlite, keys/)
    QString dbUrl; // --db: empty = SQLite in the home
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    const Clock *clock = Clock::system();
    QString issuer = kDefaultTokenIssuer;
    QString audience = kDefaultTokenAudience;
};

class Market
{
public:
    // Opens (creating the home folder and an empty store when needed, unless readOnly) and
    // migrates the store, and loads the revocation snapshot and operator keys.
    static Result<std::unique_ptr<Market>> open(const MarketOptions &options);

    const MarketOptions &options() const { return m_options; }
    Paths paths() const { return Paths(m_options.home); }
    Database &database() { return *m_db; }
    Catalog &catalog() { return *m_catalog; }
    Accounts &accounts() { return *m_accounts; }
    Revocations &revocations() { return *m_revocations; }
    std::shared_ptr<Catalog> catalogPtr() { return m_catalog; }
    std::shared_ptr<Accounts> accountsPtr() { return m_accounts; }
    std::shared_ptr<Revocations> revocationsPtr() { return m_revocations; }

    // keyring(), tokens(), rotateSigningKey() and operatorKey() are safe from any thread.
    // The token signing keyring (<home>/keys/token-signing-*.pem), loaded on first use;
    // createKeys makes the first key when there is none.
    Result<std::shared_ptr<token::TokenKeyring>> keyring(bool createKeys = true);
    // The token service over keyring().
    Result<MarketTokenService *> tokens();
    // A new active signing key; old ones keep verifying their tokens until they expire.
    Result<QString> rotateSigningKey();
    // Token signing keys are per home (each edge signs with its own), and their public
    // halves are shared through the store (token_keys): keyring() publishes this home's
    // active key and trusts every other active or still-valid key found there, so every
    // edge on one store verifies every edge's tokens and lists every key in its JWKS.
    // refreshKeys() picks up keys other homes added or rotated since (cheap when nothing
    // changed: one counter); true when the keyring changed.
    Result<bool> refreshKeys();

    // Channels a listener on a shared PostgreSQL store gets (Database::listen()).
    static constexpr const char *kKeysChannel = "sg_market_keys";

    // The home's operator key (<home>/keys/operator.pem), created when asked and missing.
    Result<crypto::Ed25519PrivateKey> operatorKey(bool create);
    // Operator public keys trusted for revocations: the home's operator key and every
    // SPKI PEM in <home>/keys/operators/*.pub.
    Result<QList<crypto::Ed25519PublicKey>> trustedOperatorKeys() const;

private:
    Market() = default;
    Status publishKey(const crypto::Ed25519PublicKey &key, const QString &retiredKid, qint64 retiredUntil);
    Result<bool> mergeSharedKeys(token::TokenKeyring &ring, bool force);

    MarketOptions m_options;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Catalog> m_catalog;
    std::shared_ptr<Accounts> m_accounts;
    std::shared_ptr<Revocations> m_revocations;
    std::shared_ptr<token::TokenKeyring> m_keyring;
    std::shared_ptr<token::TokenIssuer> m_issuer;
    std::unique_ptr<MarketTokenService> m_tokens;
    QRecursiveMutex m_lazy; // guards the lazy keyring/issuer/service set-up (any thread may ask first)
    qint64 m_keysGeneration = -1; // token_keys_generation last merged, under m_lazy
    QHash<QString, qint64> m_sharedKeys; // kid -> valid_until (0 = active) merged from the store
};

} // namespace sg::market
