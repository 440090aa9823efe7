#include "policy.h"

#include "common/clock.h"

#include <limits>

namespace sg::license {

namespace {

QString usesText(const QList<Use> &uses)
{
    QStringList names;
    for (Use u : uses)
        names << useName(u);
    return names.isEmpty() ? QStringLiteral("nothing") : names.join(QStringLiteral(", "));
}

} // namespace

Decision evaluate(const PolicyInput &in)
{
    const PolicyClaims &c = in.claims;
    const PolicyRequest &r = in.request;

    if (r.bytes < 0 || r.charge < 0 || in.usage.bytes < 0 || in.usage.requests < 0 || in.usage.spend < 0)
        return Decision::deny(QStringLiteral("invalid_request"), QStringLiteral("negative sizes or amounts"));
    if (r.kind != RequestKind::Issue && r.shard.isEmpty())
        return Decision::deny(QStringLiteral("invalid_request"),
                              QStringLiteral("the request names no shard"));
    if (c.sub.isEmpty())
        return Decision::deny(QStringLiteral("invalid_request"), QStringLiteral("the token names no buyer"));

    // 1. Revocation: takes effect on the next request whatever else the token says.
    if (in.revoked.jti)
        return Decision::deny(QStringLiteral("revoked_jti"), QStringLiteral("this token has been revoked"));
    if (in.revoked.buyer)
        return Decision::deny(QStringLiteral("revoked_buyer"),
                              QStringLiteral("buyer '%1' has been revoked").arg(c.sub));
    if (in.revoked.manifest)
        return Decision::deny(QStringLiteral("revoked_manifest"),
                              QStringLiteral("dataset version %1 has been withdrawn").arg(in.manifestCid));
    if (in.revoked.license)
        return Decision::deny(QStringLiteral("revoked_license"),
                              QStringLiteral("license %1 has been revoked").arg(in.licenseHash));

    // 2. The token must be for this manifest under this license.
    if (c.manifest != in.manifestCid)
        return Decision::deny(
            QStringLiteral("wrong_manifest"),
            QStringLiteral("the token is for manifest %1, not %2").arg(c.manifest, in.manifestCid));
    if (c.licenseHash != in.licenseHash)
        return Decision::deny(QStringLiteral("wrong_license"),
                              QStringLiteral("the token names license %1 but the dataset is under %2")
                                  .arg(c.licenseHash, in.licenseHash));

    // 3. Token lifetime: valid iff nbf - skew <= now < exp + skew.
    if (in.now >= c.exp + in.clockSkew)
        return Decision::deny(QStringLiteral("token_expired"),
                              QStringLiteral("the token has expired; get a new one"));
    if (c.nbf && *c.nbf - in.clockSkew > in.now)
        return Decision::deny(QStringLiteral("token_not_yet_valid"),
                              QStringLiteral("the token is not valid yet"));

    // 4. The license itself: valid until the instant validUntil names.
    if (in.license.validUntil && in.now >= *in.license.validUntil)
        return Decision::deny(QStringLiteral("license_expired"),
                              QStringLiteral("license '%1' expired at %2")
                                  .arg(in.license.id, formatUtc(*in.license.validUntil)));

    // 5. Uses: what the request declares must be allowed by the license and, when the
    // token lists uses, by the token; every use the token lists must be licensed.
    for (Use u : c.uses) {
        if (!in.license.allows(u))
            return Decision::deny(QStringLiteral("use_not_allowed"),
                                  QStringLiteral("license '%1' does not allow '%2' (allows: %3)")
                                      .arg(in.license.id, useName(u), usesText(in.license.uses)));
    }
    if (r.use) {
        if (!in.license.allows(*r.use))
            return Decision::deny(QStringLiteral("use_not_allowed"),
                                  QStringLiteral("license '%1' does not allow '%2' (allows: %3)")
                                      .arg(in.license.id, useName(*r.use), usesText(in.license.uses)));
        if (!c.uses.isEmpty() && !c.uses.contains(*r.use))
            return Decision::deny(QStringLiteral("use_not_in_token"),
                                  QStringLiteral("the token was issued for %1, not '%2'")
                                      .arg(usesText(c.uses), useName(*r.use)));
    }
    if (in.license.uses.isEmpty())
        return Decision::deny(QStringLiteral("use_not_allowed"),
                              QStringLiteral("license '%1' allows no use at all").arg(in.license.id));

    // 6. Scope: the shard must belong to the manifest and to the token's shard list.
    if (r.kind != RequestKind::Issue) {
        if (!in.shardInManifest)
            return Decision::deny(
                QStringLiteral("shard_not_in_manifest"),
                QStringLiteral("shard %1 is not part of manifest %2").arg(r.shard, in.manifestCid));
        if (c.shards && !c.shards->contains(r.shard))
            return Decision::deny(QStringLiteral("shard_not_in_scope"),
                                  QStringLiteral("the token does not cover shard %1").arg(r.shard));
    }

    // 7. Caps, counted over the job including this request.
    if (c.maxBytes && in.usage.bytes + r.bytes > *c.maxBytes)
        return Decision::deny(
            QStringLiteral("max_bytes"),
            QStringLiteral("this request would bring the job to %1 bytes, over its maxBytes of %2")
                .arg(in.usage.bytes + r.bytes)
                .arg(*c.maxBytes));
    if (c.maxRequests && r.kind != RequestKind::Issue && in.usage.requests + 1 > *c.maxRequests)
        return Decision::deny(QStringLiteral("max_requests"),
                              QStringLiteral("the job has used its %1 requests").arg(*c.maxRequests));
    if (c.maxSpend) {
        if (c.maxSpend->currency != in.license.pricePerAccess.currency)
            return Decision::deny(QStringLiteral("currency_mismatch"),
                                  QStringLiteral("maxSpend is in %1 but the license prices in %2")
                                      .arg(c.maxSpend->currency, in.license.pricePerAccess.currency));
        if (in.usage.spend + r.charge > c.maxSpend->micros)
            return Decision::deny(
                QStringLiteral("max_spend"),
                QStringLiteral("this request would bring the job's spend to %1 %2, over its "
                               "maxSpend of %3 %2")
                    .arg(formatMoney(in.usage.spend + r.charge), c.maxSpend->currency,
                         formatMoney(c.maxSpend->micros)));
    }
    return Decision::allow();
}

int httpStatusFor(const QString &reason)
{
    if (reason == QLatin1String("ok"))
        return 200;
    if (reason == QLatin1String("token_expired") || reason == QLatin1String("token_not_yet_valid"))
        return 401;
    if (reason == QLatin1String("invalid_request"))
        return 400;
    return 403;
}

Result<qint64> accessCharge(const License &license, qint64 shardBytes)
{
    if (shardBytes < 0)
        return fail(QStringLiteral("negative shard size"), QStringLiteral("invalid"));
    __int128 total = license.pricePerAccess.micros;
    if (license.pricePerGiB) {
        constexpr __int128 kGiB = __int128(1) << 30;
        total += (__int128(license.pricePerGiB->micros) * shardBytes + kGiB - 1) / kGiB;
    }
    if (total < 0 || total > std::numeric_limits<qint64>::max())
        return fail(QStringLiteral("the charge for %1 bytes overflows").arg(shardBytes),
                    QStringLiteral("invalid"));
    return qint64(total);
}

} // namespace sg::license
