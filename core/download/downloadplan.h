#pragma once

// What a download needs from a signed manifest (DESIGN §3), checked as untrusted input:
// the bytes must hash to the manifest CID asked for, the creator's Ed25519 signature over
// JCS(manifest without "signature") must verify, every path must pass the path rules and
// every extent must lie inside its shard and add up to its file's size.

#include "common/result.h"
#include "crypto/cid.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sg::download {

struct PlanExtent
{
    int shard = 0;
    qint64 shardOffset = 0; // where the bytes start inside the shard
    qint64 fileOffset = 0; // where they go in the file
    qint64 length = 0;
};

struct PlanFile
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // raw 32 bytes
    QList<PlanExtent> extents;
};

struct PlanShard
{
    crypto::Cid cid;
    qint64 size = 0;
    // Which file extents take bytes from this shard: (file index, extent index).
    QList<QPair<int, int>> uses;
};

struct DownloadPlan
{
    crypto::Cid manifestCid;
    QByteArray manifestBytes; // the bytes as served (their JCS form hashes to manifestCid)
    QJsonObject manifest;
    QString dataset;
    QString version;
    QString creatorId;
    qint64 shardSize = 0;
    qint64 totalShardBytes = 0; // bytes to transfer
    qint64 totalFileBytes = 0; // bytes written
    QList<PlanFile> files;
    QList<PlanShard> shards;

    // Parses and checks manifest bytes. expected may be null to skip the CID comparison
    // (then manifestCid is the computed one).
    static Result<DownloadPlan> fromManifest(const QByteArray &bytes, const crypto::Cid &expected);
};

} // namespace sg::download
