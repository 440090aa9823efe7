#include "planner.h"

#include "common/fileutil.h"

namespace sg::packaging {

Status validateShardSize(qint64 shardSize)
{
    if (shardSize < kMinShardSize || shardSize > kMaxShardSize)
        return fail(QStringLiteral("shard size %1 is out of range; use 1 MiB to 16 MiB (default 4 MiB)")
                        .arg(formatBytes(shardSize)),
                    QStringLiteral("usage"));
    return {};
}

ShardPlan planShards(const QList<qint64> &fileSizes, qint64 shardSize)
{
    ShardPlan plan;
    plan.shardSize = shardSize;
    plan.fileExtents.resize(fileSizes.size());
    PlannedShard open;
    auto closeOpen = [&] {
        if (open.size > 0) {
            plan.shards.append(open);
            open = PlannedShard();
        }
    };
    for (int i = 0; i < fileSizes.size(); ++i) {
        const qint64 size = fileSizes.at(i);
        plan.totalBytes += size;
        if (size == 0)
            continue;
        if (size > shardSize / 2) {
            closeOpen();
            int pieceIndex = 0;
            for (qint64 off = 0; off < size; off += shardSize) {
                const qint64 len = qMin(shardSize, size - off);
                PlannedShard s;
                s.size = len;
                s.pieces.append(Piece { i, off, len, pieceIndex++ });
                plan.fileExtents[i].append(Extent { int(plan.shards.size()), 0, len });
                plan.shards.append(s);
            }
            continue;
        }
        if (open.size + size > shardSize)
            closeOpen();
        plan.fileExtents[i].append(Extent { int(plan.shards.size()), open.size, size });
        open.pieces.append(Piece { i, 0, size, 0 });
        open.size += size;
    }
    closeOpen();
    return plan;
}

} // namespace sg::packaging
