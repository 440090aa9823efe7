#include "downloadplan.h"

#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "pathsafety.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sg::download {

static Error bad(const QString &what)
{
    return fail(QStringLiteral("manifest rejected: %1").arg(what), QStringLiteral("manifest"));
}

// A JSON number that is a non-negative integer exactly representable in a double.
static bool readCount(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

Result<DownloadPlan> DownloadPlan::fromManifest(const QByteArray &bytes, const crypto::Cid &expected)
{
    // Strict parse (no duplicate keys, no lone surrogates) and the CID of the JCS bytes.
    auto canonical = crypto::jcs::canonicalize(QByteArrayView(bytes));
    if (!canonical)
        return bad(QStringLiteral("not valid JSON (%1)").arg(canonical.errorString()));
    const crypto::Cid cid = crypto::Cid::ofData(*canonical);
    if (!expected.isNull() && cid != expected)
        return fail(
            QStringLiteral("manifest CID mismatch: asked for %1 but the edge sent a manifest whose CID is "
                           "%2; the edge or a proxy is misbehaving")
                .arg(expected.toString(), cid.toString()),
            QStringLiteral("manifest-cid"));

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (!doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    DownloadPlan plan;
    plan.manifestCid = cid;
    plan.manifestBytes = bytes;
    plan.manifest = doc.object();
    const QJsonObject &m = plan.manifest;

    if (m.value(QLatin1String("format")).toString() != QLatin1String("shardgate/manifest/v1"))
        return bad(QStringLiteral("format is not \"shardgate/manifest/v1\""));

    // Signature: creator's key over JCS(manifest without "signature").
    const QJsonObject creator = m.value(QLatin1String("creator")).toObject();
    auto pub = crypto::Ed25519PublicKey::fromTagged(creator.value(QLatin1String("pubkey")).toString());
    if (!pub)
        return bad(QStringLiteral("creator.pubkey: %1").arg(pub.errorString()));
    const QString sigText = m.value(QLatin1String("signature")).toString();
    if (!sigText.startsWith(QLatin1String("ed25519:")))
        return bad(QStringLiteral("signature missing or not \"ed25519:...\""));
    auto sig = crypto::base64UrlDecode(sigText.mid(8).toLatin1());
    if (!sig)
        return bad(QStringLiteral("signature is not base64url"));
    QJsonObject unsignedManifest = m;
    unsignedManifest.remove(QLatin1String("signature"));
    auto signedBytes = crypto::jcs::canonicalize(QJsonValue(unsignedManifest));
    if (!signedBytes)
        return bad(signedBytes.errorString());
    if (!pub->verify(*signedBytes, *sig))
        return fail(QStringLiteral("manifest signature does not verify against the creator key %1; the "
                                   "manifest was tampered with")
                        .arg(pub->toTagged()),
                    QStringLiteral("signature"));

    plan.dataset = m.value(QLatin1String("dataset")).toString();
    plan.version = m.value(QLatin1String("version")).toString();
    plan.creatorId = creator.value(QLatin1String("id")).toString();
    if (!readCount(m.value(QLatin1String("shardSize")), &plan.shardSize) || plan.shardSize < (1 << 20)
        || plan.shardSize > (16 << 20))
        return bad(QStringLiteral("shardSize must be 1-16 MiB"));

    const QJsonArray shards = m.value(QLatin1String("shards")).toArray();
    for (int i = 0; i < shards.size(); ++i) {
        const QJsonObject s = shards.at(i).toObject();
        PlanShard shard;
        auto c = crypto::Cid::parse(s.value(QLatin1String("cid")).toString());
        if (!c)
            return bad(QStringLiteral("shard %1: %2").arg(i).arg(c.errorString()));
        shard.cid = *c;
        if (!readCount(s.value(QLatin1String("size")), &shard.size) || shard.size < 1
            || shard.size > plan.shardSize)
            return bad(QStringLiteral("shard %1: size must be 1..shardSize").arg(i));
        plan.totalShardBytes += shard.size;
        plan.shards.append(shard);
    }

    const QJsonArray files = m.value(QLatin1String("files")).toArray();
    if (files.isEmpty())
        return bad(QStringLiteral("no files"));
    QStringList paths;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject f = files.at(i).toObject();
        PlanFile file;
        file.path = f.value(QLatin1String("path")).toString();
        paths.append(file.path);
        if (!readCount(f.value(QLatin1String("size")), &file.size))
            return bad(QStringLiteral("file %1: bad size").arg(file.path));
        auto digest = crypto::hexDecode(f.value(QLatin1String("sha256")).toString().toLatin1());
        if (!digest || digest->size() != 32)
            return bad(QStringLiteral("file %1: sha256 must be 64 hex digits").arg(file.path));
        file.sha256 = *digest;
        const QJsonArray extents = f.value(QLatin1String("extents")).toArray();
        qint64 at = 0;
        for (int e = 0; e < extents.size(); ++e) {
            const QJsonObject x = extents.at(e).toObject();
            PlanExtent ext;
            qint64 shardIndex = -1;
            if (!readCount(x.value(QLatin1String("shard")), &shardIndex) || shardIndex >= plan.shards.size())
                return bad(QStringLiteral("file %1: extent %2 names no shard").arg(file.path).arg(e));
            ext.shard = int(shardIndex);
            if (!readCount(x.value(QLatin1String("offset")), &ext.shardOffset)
                || !readCount(x.value(QLatin1String("length")), &ext.length) || ext.length < 1
                || ext.shardOffset + ext.length > plan.shards.at(ext.shard).size)
                return bad(QStringLiteral("file %1: extent %2 lies outside its shard").arg(file.path).arg(e));
            ext.fileOffset = at;
            at += ext.length;
            if (at > file.size)
                return bad(QStringLiteral("file %1: extents are longer than the file").arg(file.path));
            plan.shards[ext.shard].uses.append({ i, e });
            file.extents.append(ext);
        }
        if (at != file.size)
            return bad(QStringLiteral("file %1: extents cover %2 of %3 bytes")
                           .arg(file.path)
                           .arg(at)
                           .arg(file.size));
        plan.totalFileBytes += file.size;
        plan.files.append(file);
    }
    SG_TRY(validateManifestPaths(paths));
    return plan;
}

} // namespace sg::download
