#pragma once

// The claims of a Shardgate access token (DESIGN §5). Wire layout (JSON payload of the
// JWT), as in shared/vectors/jwt_eddsa.json:
//
//   { "iss", "sub" (buyer), "aud" (string or array), "iat", "nbf", "exp", "jti",
//     "mf" (manifest CID), "lic" (license hash), "job", "shards": [CID...] (absent = all),
//     "scope": { "uses": [...], "maxBytes", "maxRequests",
//                "maxSpend": { "amount": "2.50", "currency": "USD" }, "tx": {...} },
//     "cnf": { "jkt": "<RFC 7638 thumbprint of the DPoP key>" } }
//
// Numbers are integers (NumericDate seconds, byte and request counts); money is a decimal
// string held here as integer micro-units.

#include "common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sg::token {

struct TokenClaims
{
    static constexpr qint64 kUnlimited = -1;

    QString iss;
    QStringList aud; // one or more audiences; written as a string when there is one
    QString sub; // buyer id
    QString jti; // unique token id (revocation by jti)
    qint64 iat = 0; // 0 = absent
    qint64 nbf = 0; // 0 = absent
    qint64 exp = 0; // required

    QString mf; // manifest CID
    QString lic; // license hash (CID of JCS(license))
    QStringList shards; // empty = every shard of the manifest
    QString job; // job id for job-scoped pre-authorization, may be empty

    // scope
    QStringList uses; // train, finetune, evaluate, transform, redistribute, commercial
    qint64 maxBytes = kUnlimited;
    qint64 maxRequests = kUnlimited;
    qint64 maxSpend = kUnlimited; // micro-units
    QString maxSpendCurrency; // ISO 4217 when maxSpend is set
    QJsonObject tx; // transform spec, passed through

    QString cnfJkt; // DPoP binding (RFC 9449 cnf.jkt); empty = bearer token

    // The whole payload as received (unknown claims included), or as issued.
    QJsonObject raw;

    bool allowsShard(const QString &cid) const { return shards.isEmpty() || shards.contains(cid); }
    bool allowsUse(const QString &use) const { return uses.contains(use); }
    bool hasAudience(const QString &audience) const { return aud.contains(audience); }

    // The wire layout above. Unknown members of raw are kept.
    QJsonObject toJson() const;
    // Reads and type-checks the wire layout (errors carry Reason::Claims). Does not check
    // times, issuer or audience: that is TokenVerifier's job.
    static Result<TokenClaims> fromJson(const QJsonObject &payload);
};

} // namespace sg::token
