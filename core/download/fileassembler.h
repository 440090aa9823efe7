#pragma once

// Writes verified shard bytes in place at their file extents inside one output folder.
//
// Every file is opened relative to a descriptor of the output folder, one path component
// at a time with O_NOFOLLOW (openat/mkdirat), so a symlink planted anywhere below the
// output folder, a '..' that slipped past validation or a hard link to a file elsewhere
// is refused instead of followed. Files are preallocated (fallocate, falling back to
// ftruncate where unsupported) so a full disk shows up before any bytes are fetched.

#include "common/result.h"
#include "downloadplan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace sg::download {

class FileAssembler
{
public:
    FileAssembler() = default;
    ~FileAssembler();
    FileAssembler(const FileAssembler &) = delete;
    FileAssembler &operator=(const FileAssembler &) = delete;

    // Opens (creating) the output folder. The plan must outlive the assembler.
    Status open(const QString &outDir, const DownloadPlan *plan);
    void close();

    // Creates every file at its final size and reserves its space. Code "nospace" when the
    // disk cannot hold the dataset.
    Status preallocate();
    // True when the file exists as a regular file of the manifest's size.
    bool fileLooksComplete(int fileIndex);

    // Writes one verified shard's bytes to every extent that uses it (pwrite, no sync: the
    // journal's group commit syncs files in batches, see DownloadJournal). Thread-safe:
    // several shards may be written at once from worker threads.
    Status writeShard(int shardIndex, const QByteArray &bytes);
    // The same, in slices of kWriteSlice bytes: onSlice(use, data, size) runs on each slice
    // (use: index into the shard's uses) right before it is written, while the slice is
    // warm in the cache (the caller hashes it into that file's sha256 in the same pass).
    static constexpr qint64 kWriteSlice = 256 * 1024;
    Status writeShard(int shardIndex, const QByteArray &bytes,
                      const std::function<void(int use, const char *data, qint64 size)> &onSlice);
    // Files a shard's extents touch.
    QList<int> filesOfShard(int shardIndex) const;
    // New descriptors (dup) of the given files, for a sync on another thread; the caller
    // closes them.
    Result<QList<int>> duplicateFds(const QList<int> &fileIndexes);
    // fdatasync of every file of the dataset.
    Status syncAll();
    // Reads a shard's bytes back from the files (for re-verifying untrusted state).
    Result<QByteArray> readShard(int shardIndex);
    // SHA-256 of a whole file as written.
    Result<QByteArray> hashFile(int fileIndex);

    int rootFd() const { return m_root; }

private:
    struct Fd
    {
        int fd = -1;
        ~Fd();
    };
    using FdRef = std::shared_ptr<Fd>;
    Result<FdRef> fileFd(int fileIndex, bool create);
    Result<int> openParent(const QString &relPath, bool create, QString *leaf);

    QString m_outDir;
    const DownloadPlan *m_plan = nullptr;
    int m_root = -1;
    // One writer per file at a time: the kernel serialises writes to one inode anyway,
    // and a second writer would spin on its lock (burning the other core) instead of
    // sleeping; other threads meanwhile hash.
    std::vector<std::unique_ptr<QMutex>> m_writeLocks;
    QMutex m_fdLock; // m_fds, m_fdOrder: writers run on worker threads
    QHash<int, FdRef> m_fds; // file index -> fd, bounded (see kMaxOpen); an evicted fd
                             // stays open while a writer still holds its reference
    QList<int> m_fdOrder;
};

// Error code for ENOSPC/EDQUOT so callers can stop cleanly and say "free space, rerun".
QString ioErrorCode(int err);

} // namespace sg::download
