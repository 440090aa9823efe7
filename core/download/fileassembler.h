#pragma once

// Writes verified shard bytes in place at their file extents inside one output folder.
//
// Every file is opened relative to a descriptor of the output folder, one path component
// at a time with O_NOFOLLOW (openat/mkdirat), so a symlink planted anywhere below the
// output folder, a '..' that slipped past validation or a hard link to a file elsewhere
// is refused instead of followed. Files are preallocated (fallocate, falling back to
// ftruncate where unsupported) so a full disk shows up before any bytes are fetched.
//
// Direct writes: where the filesystem takes O_DIRECT, the 4 KiB-aligned middle of each
// extent goes from the (aligned, see alignedbuffer.h) shard buffer straight to the disk,
// and only the unaligned head and tail through the page cache. A large download then
// neither copies every byte into the page cache nor takes a fresh page-cache page for
// it (which on a VM is a host page fault per page), and does not push the user's working
// set out of memory. Where O_DIRECT is refused (tmpfs, some network and FUSE
// filesystems, odd alignment), the same bytes go through the page cache instead.

#include "common/result.h"
#include "downloadplan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
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

    // O_DIRECT for the aligned part of each write where the filesystem takes it (default
    // on). Set before the first write.
    void setDirectWrites(bool on) { m_directWrites = on; }
    // Writes one verified shard's bytes to every extent that uses it (pwrite, no sync: the
    // journal's group commit syncs files in batches, see DownloadJournal). Thread-safe:
    // several shards may be written at once from worker threads.
    Status writeShard(int shardIndex, const QByteArray &bytes);
    // Bytes written so far with O_DIRECT and through the page cache (for tests and -v).
    qint64 directBytes() const { return m_directBytes.load(std::memory_order_relaxed); }
    qint64 cachedBytes() const { return m_cachedBytes.load(std::memory_order_relaxed); }
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
        int direct = -1; // the same file opened with O_DIRECT, or -1
        ~Fd();
    };
    // Writes [p, p + size) at `at` through fd, the aligned middle through ref.direct.
    Status writeExtent(const Fd &ref, int fileIndex, const char *p, qint64 size, qint64 at);
    Status writeCached(int fd, int fileIndex, const char *p, qint64 size, qint64 at);
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
    bool m_directWrites = true;
    std::atomic<bool> m_directRefused { false }; // the filesystem said EINVAL once: stop trying
    std::atomic<qint64> m_directBytes { 0 };
    std::atomic<qint64> m_cachedBytes { 0 };
};

// Error code for ENOSPC/EDQUOT so callers can stop cleanly and say "free space, rerun".
QString ioErrorCode(int err);

} // namespace sg::download
