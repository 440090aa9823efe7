#pragma once

// The shard planner (DESIGN §2). Deterministic: the plan depends only on the file sizes
// (in manifest path order) and the shard size.
//
// - A file bigger than half a shard closes the open shard and is cut into shard-size
//   pieces, one shard each; its last piece (possibly short) ends its shard. So an
//   unchanged large file yields the same shards in every version.
// - A file of at most half a shard is never split: it goes into the open shard when it
//   fits, else a new shard is opened for it.
// - Empty files get no extents and touch no shard.

#include "common/result.h"

#include <QList>

namespace sg::packaging {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kDefaultShardSize = 4 * kMiB;
constexpr qint64 kMinShardSize = 1 * kMiB;
constexpr qint64 kMaxShardSize = 16 * kMiB;

struct Extent
{
    int shard = 0;
    qint64 offset = 0; // in the shard
    qint64 length = 0;

    friend bool operator==(const Extent &a, const Extent &b)
    {
        return a.shard == b.shard && a.offset == b.offset && a.length == b.length;
    }
};

struct Piece
{
    int file = 0; // index into the file list
    qint64 fileOffset = 0;
    qint64 length = 0;
    // Index of this piece among the file's pieces (0 for a file in one shard).
    int pieceIndex = 0;
};

struct PlannedShard
{
    qint64 size = 0;
    QList<Piece> pieces; // in shard order; piece k starts where piece k-1 ends
};

struct ShardPlan
{
    qint64 shardSize = kDefaultShardSize;
    qint64 totalBytes = 0;
    QList<QList<Extent>> fileExtents; // per file, in file order
    QList<PlannedShard> shards;
};

Status validateShardSize(qint64 shardSize);

ShardPlan planShards(const QList<qint64> &fileSizes, qint64 shardSize);

} // namespace sg::packaging
