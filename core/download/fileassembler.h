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
#include <QSet>
#include <QString>

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

    // Writes one verified shard's bytes to every extent that uses it, then fdatasyncs the
    // touched files (so a journal record written afterwards names durable bytes).
    Status writeShard(int shardIndex, const QByteArray &bytes);
    // Reads a shard's bytes back from the files (for re-verifying untrusted state).
    Result<QByteArray> readShard(int shardIndex);
    // SHA-256 of a whole file as written.
    Result<QByteArray> hashFile(int fileIndex);

    int rootFd() const { return m_root; }

private:
    Result<int> fileFd(int fileIndex, bool create);
    Result<int> openParent(const QString &relPath, bool create, QString *leaf);

    QString m_outDir;
    const DownloadPlan *m_plan = nullptr;
    int m_root = -1;
    QHash<int, int> m_fds; // file index -> fd, bounded (see kMaxOpen)
    QList<int> m_fdOrder;
};

// Error code for ENOSPC/EDQUOT so callers can stop cleanly and say "free space, rerun".
QString ioErrorCode(int err);

} // namespace sg::download
