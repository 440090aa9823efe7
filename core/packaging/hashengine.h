#pragma once

// Internal: the one pass over a shard plan that pack and `verify --dir` share. Each
// shard's bytes are read once (pread, 256 KiB at a time) into a per-worker buffer of at
// most one shard, hashed for the shard CID and, in the same pass, for the sha256 of the
// files in it; a file cut across shards is hashed piece by piece in order (workers take
// shards in increasing order, so the lowest unfinished piece never waits). Memory is
// workers x shard size; the worker count is capped so that stays under kBufferBudget.
// New blobs are staged (temp name, write-back started) as they come and, only after every
// shard succeeded, flushed with one syncfs and renamed, so the disk writes overlap the
// hashing and a failed or canceled run leaves no blob and no temp file.

#include "blobstore.h"
#include "common/result.h"
#include "crypto/cid.h"
#include "planner.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace sg::packaging {

constexpr qint64 kBufferBudget = 40 * kMiB;

using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

struct EngineSource
{
    QByteArray diskPath;
    qint64 size = 0;
    bool followSymlink = false; // false: open with O_NOFOLLOW
    QString display; // manifest path, for messages
};

struct EngineConfig
{
    const ShardPlan *plan = nullptr;
    QList<EngineSource> sources; // index = file index of the plan
    QList<bool> knownBad; // per file (verify: missing or wrong size); may be empty
    int threads = 0; // 0 = QThread::idealThreadCount()
    const BlobStore *store = nullptr; // pack: write each shard; nullptr: hash only
    bool stopOnError = true; // pack: first error ends the run; verify: keep going
    ProgressFunction progress; // called on the calling thread, about ten times a second
    const std::atomic<bool> *cancel = nullptr;
};

struct EngineResult
{
    QList<crypto::Cid> shardCids; // null when the shard was skipped
    QList<QByteArray> fileSha256; // empty when not computed
    QList<QString> fileErrors; // empty string = fine
    QSet<QString> touchedFolders; // blob folders written to
    QSet<crypto::Cid> written; // unique CIDs written by this run
    QSet<crypto::Cid> alreadyPresent; // unique CIDs that were in the store before
    int threadsUsed = 0;
};

int effectiveThreads(int requested, qint64 shardSize, int shardCount);

Result<EngineResult> runHashEngine(const EngineConfig &config);

} // namespace sg::packaging
