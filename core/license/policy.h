#pragma once

// The access policy (DESIGN §4): one pure function shared by the CLI, the edge and the GUI.
// A request is allowed only if the token's claims, the license and the revocation list
// all allow it. evaluate() reads nothing but its input (no clock, no database, no
// globals), so the same attributes always give the same decision.
//
// The token claims arrive as a plain PolicyClaims (the token module comes after license in
// module order and converts its own claims into this). Revocation lookups and usage
// counters are done by the caller and passed in as facts.

#include "common/money.h"
#include "license/license.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sg::license {

// What the token says (DESIGN §5), as plain values.
struct PolicyClaims
{
    QString sub; // buyer id
    QString jti;
    QString manifest; // "mf": manifest CID
    QString licenseHash; // "lic": license hash (CID)
    QString job; // empty = the token is its own job
    std::optional<QStringList> shards; // absent = every shard of the manifest
    QList<Use> uses; // uses the token was issued for; empty = not restricted by the token
    qint64 iat = 0;
    std::optional<qint64> nbf;
    qint64 exp = 0;
    std::optional<qint64> maxBytes;
    std::optional<qint64> maxRequests;
    std::optional<Price> maxSpend;
};

enum class RequestKind {
    Issue, // a token is about to be issued for these claims
    Access, // bytes of a shard (or of a file assembled from shards) are requested
    Prefetch, // a job pre-authorizes a batch of shards
};

struct PolicyRequest
{
    RequestKind kind = RequestKind::Access;
    std::optional<Use> use; // the use the request declares, if any
    QString shard; // shard CID (Access, Prefetch); empty for Issue
    qint64 bytes = 0; // bytes this request will deliver
    qint64 charge = 0; // micro-units this request will bill (0 when already billed)
};

// Which denylist entries match this request (looked up by the caller).
struct RevocationHits
{
    bool jti = false;
    bool buyer = false;
    bool manifest = false;
    bool license = false;
};

// Totals already consumed under the token's job before this request.
struct PolicyUsage
{
    qint64 bytes = 0;
    qint64 requests = 0;
    qint64 spend = 0; // micro-units, in the license's currency
};

struct PolicyInput
{
    PolicyClaims claims;
    License license; // of the manifest being accessed
    QString licenseHash; // hash of that license (the catalog's stored value)
    QString manifestCid; // the manifest being accessed
    bool shardInManifest = true; // request.shard belongs to manifestCid
    RevocationHits revoked;
    qint64 now = 0; // seconds since the epoch
    qint64 clockSkew = 60; // seconds of tolerance on exp/nbf (RFC 8725, DESIGN §5: <= 60)
    PolicyRequest request;
    PolicyUsage usage;
};

struct Decision
{
    bool allowed = false;
    // Machine-readable: "ok", "revoked_jti", "revoked_buyer", "revoked_manifest",
    // "revoked_license", "wrong_manifest", "wrong_license", "token_expired",
    // "token_not_yet_valid", "license_expired", "use_not_allowed", "use_not_in_token",
    // "shard_not_in_manifest", "shard_not_in_scope", "currency_mismatch", "max_bytes",
    // "max_requests", "max_spend", "invalid_request".
    QString reason;
    QString message; // one sentence for people

    static Decision allow() { return { true, QStringLiteral("ok"), QStringLiteral("allowed") }; }
    static Decision deny(QString reason, QString message)
    {
        return { false, std::move(reason), std::move(message) };
    }
};

// The policy. Checks run in a fixed order (revocation, binding, token time, license
// validity, uses, scope, caps) and the first failure is the reason.
Decision evaluate(const PolicyInput &input);

// HTTP status the edge answers a denial with (DESIGN §6): 401 token time, 403 everything
// else that is a matter of entitlement, 400 invalid_request; 200 for "ok".
int httpStatusFor(const QString &reason);

// What one billed access costs: pricePerAccess + pricePerGiB × bytes / 2^30, the GiB part
// rounded up to the next micro-unit. Fails on negative sizes or overflow.
Result<qint64> accessCharge(const License &license, qint64 shardBytes);

} // namespace sg::license
