#include "packer.h"

#include "crypto/encoding.h"
#include "crypto/sha256.h"

#include <QHash>
#include <QRegularExpression>

namespace sg::packaging {

Result<qint64> createdTime(const Clock *clock)
{
    const QByteArray sde = qgetenv("SOURCE_DATE_EPOCH");
    if (sde.isEmpty())
        return (clock ? clock : Clock::system())->nowSecs();
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,11}$"));
    if (!re.match(QString::fromLatin1(sde)).hasMatch())
        return fail(QStringLiteral("SOURCE_DATE_EPOCH '%1' must be a number of seconds since 1970")
                        .arg(QString::fromLatin1(sde)),
                    QStringLiteral("usage"));
    const qint64 secs = sde.toLongLong();
    if (secs > 253402300799) // 9999-12-31T23:59:59Z
        return fail(QStringLiteral("SOURCE_DATE_EPOCH is after the year 9999"), QStringLiteral("usage"));
    return secs;
}

QString defaultCreatorId(const crypto::Ed25519PublicKey &key)
{
    return QStringLiteral("key-")
        + QString::fromLatin1(crypto::hexEncode(crypto::Sha256::hash(key.raw())).left(16));
}

Result<PackResult> packFolder(const QString &folder, const BlobStore &store,
                              const crypto::Ed25519PrivateKey &key, const PackOptions &options)
{
    if (key.isNull())
        return fail(QStringLiteral("no signing key"), QStringLiteral("usage"));
    SG_TRY(Manifest::validateDataset(options.dataset));
    SG_TRY(Manifest::validateVersion(options.version));
    const QString creatorId
        = options.creatorId.isEmpty() ? defaultCreatorId(key.publicKey()) : options.creatorId;
    SG_TRY(Manifest::validateCreatorId(creatorId));
    SG_TRY(validateShardSize(options.shardSize));
    if (options.license.isEmpty())
        return fail(QStringLiteral("a license is required"), QStringLiteral("usage"));
    qint64 created = 0;
    if (options.created) {
        created = *options.created;
    } else {
        auto t = createdTime(options.clock);
        if (!t)
            return t.error();
        created = *t;
    }

    auto scanned = scanFolder(folder, options.accessCheck);
    if (!scanned)
        return scanned.error();
    const QList<ScannedFile> &files = *scanned;
    QList<qint64> sizes;
    sizes.reserve(files.size());
    EngineConfig cfg;
    cfg.sources.reserve(files.size());
    for (const ScannedFile &f : files) {
        sizes.append(f.size);
        cfg.sources.append(EngineSource { f.diskPath, f.size, f.viaSymlink, f.path });
    }
    const ShardPlan plan = planShards(sizes, options.shardSize);
    cfg.plan = &plan;
    cfg.threads = options.threads;
    cfg.store = &store;
    cfg.stopOnError = true;
    cfg.progress = options.progress;
    cfg.cancel = options.cancel;

    auto run = runHashEngine(cfg);
    if (!run)
        return run.error();
    const EngineResult &er = *run;
    // The renames are durable before anything refers to the blobs.
    if (!er.written.isEmpty())
        SG_TRY(store.syncFileSystem());

    Manifest m;
    m.dataset = options.dataset;
    m.version = options.version;
    m.title = options.title;
    m.description = options.description;
    m.created = created;
    m.creatorId = creatorId;
    m.license = options.license;
    m.shardSize = options.shardSize;
    m.totalBytes = plan.totalBytes;
    m.previous = options.previous;
    m.files.reserve(files.size());
    for (int i = 0; i < files.size(); ++i)
        m.files.append(
            FileEntry { files.at(i).path, files.at(i).size, er.fileSha256.at(i), plan.fileExtents.at(i) });
    m.shards.reserve(plan.shards.size());
    for (int i = 0; i < plan.shards.size(); ++i)
        m.shards.append(ShardEntry { er.shardCids.at(i), plan.shards.at(i).size });
    m.sign(key);
    SG_TRY(m.validate());

    PackResult r;
    r.manifestBytes = m.canonicalBytes();
    r.manifestCid = crypto::Cid::ofData(r.manifestBytes);
    r.fileCount = int(m.files.size());
    r.shardCount = int(m.shards.size());
    r.totalBytes = m.totalBytes;
    r.threadsUsed = er.threadsUsed;
    QSet<crypto::Cid> seen;
    for (const ShardEntry &s : std::as_const(m.shards)) {
        if (seen.contains(s.cid)) {
            r.duplicateBytes += s.size;
            continue;
        }
        seen.insert(s.cid);
        if (er.written.contains(s.cid))
            r.writtenBytes += s.size;
        else
            r.reusedBytes += s.size;
    }
    r.uniqueShardCount = int(seen.size());
    r.manifest = std::move(m);
    return r;
}

} // namespace sg::packaging
