#pragma once

// Folder -> signed manifest + shards in the blob store (DESIGN §2-3). The work behind
// `shardgate-cli pack` and the GUI's packaging page (run it on a worker thread; progress
// is reported on that thread; cancel with the atomic flag).
//
// Failure leaves nothing claiming completeness: blobs appear under their final names only
// once complete (temp + fsync + rename) and only when every shard of the run succeeded;
// the manifest exists only in the returned result, after every blob folder is synced.

#include "blobstore.h"
#include "common/clock.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "hashengine.h"
#include "manifest.h"
#include "scanner.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <optional>

namespace sg::packaging {

struct PackOptions
{
    QString dataset;
    QString version;
    QString title;
    QString description;
    QString creatorId; // empty: derived from the public key (see defaultCreatorId)
    QJsonObject license; // validated by the caller (license::License::toJson())
    std::optional<crypto::Cid> previous;
    qint64 shardSize = kDefaultShardSize;
    int threads = 0; // 0 = one per core (capped by the memory budget)
    std::optional<qint64> created; // unset: createdTime(clock)
    const Clock *clock = Clock::system();
    ProgressFunction progress;
    const std::atomic<bool> *cancel = nullptr;
    AccessCheck accessCheck = nullptr; // tests only
};

struct PackResult
{
    Manifest manifest;
    QByteArray manifestBytes; // JCS of the signed manifest: write these to the manifest file
    crypto::Cid manifestCid;
    int fileCount = 0;
    int shardCount = 0;
    int uniqueShardCount = 0;
    qint64 totalBytes = 0;
    qint64 writtenBytes = 0; // new blobs written by this pack
    qint64 reusedBytes = 0; // unique shards already in the store (e.g. earlier versions)
    qint64 duplicateBytes = 0; // shards identical to another shard of this dataset
    int threadsUsed = 0;
};

// SOURCE_DATE_EPOCH when set (must be a non-negative integer), else the clock's now.
Result<qint64> createdTime(const Clock *clock);

// "key-" + the first 16 hex digits of SHA-256(raw public key).
QString defaultCreatorId(const crypto::Ed25519PublicKey &key);

Result<PackResult> packFolder(const QString &folder, const BlobStore &store,
                              const crypto::Ed25519PrivateKey &key, const PackOptions &options);

} // namespace sg::packaging
