#pragma once

// The journal of verified shards in <out>/.shardgate/journal, and the folder lock.
//
// Format: an append-only text file, one record per line, each ending in a checksum:
//   "SGJ1 manifest <manifestCid> <crc>\n"         first line
//   "job <jobId> <crc>\n"                         the job the download is billed under
//   "shard <index> <cid> <receipt,...|-> <crc>\n" a shard verified and durably written
// <crc> is the first 16 hex digits of SHA-256 over the line before " <crc>". A record is
// appended only after the shard's bytes are fdatasync'ed in their files, and the journal
// itself is fdatasync'ed after each append, so after a crash every record names bytes that
// are on disk. A torn or corrupted tail (kill -9 or power loss mid-append) fails its
// checksum; it and everything after it are cut off when the journal is opened.
//
// The lock: flock(LOCK_EX | LOCK_NB) on <out>/.shardgate/lock, held for the journal's
// lifetime, so a second `get` on the same folder refuses at once. The kernel drops the
// lock when the process dies, so a kill -9 never leaves a stale lock behind.

#include "common/result.h"
#include "crypto/cid.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sg::download {

class DownloadJournal
{
public:
    DownloadJournal() = default;
    ~DownloadJournal();
    DownloadJournal(const DownloadJournal &) = delete;
    DownloadJournal &operator=(const DownloadJournal &) = delete;

    // Takes the lock in stateDir (created 0700 if missing; it must not be a symlink), then
    // opens or creates the journal for manifestCid. Fails with code "locked" when another
    // process holds the lock, "foreign" when the journal belongs to another manifest.
    Status open(const QString &stateDir, const crypto::Cid &manifestCid);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    // Records recovered at open (and appended since).
    const QMap<int, crypto::Cid> &verifiedShards() const { return m_shards; }
    bool isVerified(int index) const { return m_shards.contains(index); }
    QList<qint64> receipts() const; // every receipt seq recorded, ascending, unique
    const QString &jobId() const { return m_jobId; }
    // Bytes cut off as a torn or corrupt tail when the journal was opened.
    qint64 discardedTailBytes() const { return m_discarded; }

    Status recordJob(const QString &jobId);
    Status recordShard(int index, const crypto::Cid &cid, const QList<qint64> &receiptSeqs);
    // Forgets shards (their bytes turned out missing or wrong): rewrites the journal
    // atomically without them.
    Status forget(const QList<int> &indexes);

    QString path() const { return m_path; }

    // The checksum used on each line (exposed for tests that craft journals).
    static QByteArray checksum(const QByteArray &lineBody);

private:
    Status appendLine(const QByteArray &body);
    Status parse(const QByteArray &data, const crypto::Cid &manifestCid, qint64 *validLength);
    QByteArray render() const;

    QString m_path;
    int m_fd = -1;
    int m_lockFd = -1;
    crypto::Cid m_manifest;
    QString m_jobId;
    QMap<int, crypto::Cid> m_shards;
    QMap<int, QList<qint64>> m_receipts;
    qint64 m_discarded = 0;
};

} // namespace sg::download
