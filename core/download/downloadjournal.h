#pragma once

// The journal of verified shards in <out>/.shardgate/journal, and the folder lock.
//
// Format: an append-only text file, one record per line, each ending in a checksum:
//   "SGJ1 manifest <manifestCid> <crc>\n"         first line
//   "job <jobId> <crc>\n"                         the job the download is billed under
//   "boot <bootId> <crc>\n"                       the records below were written in this boot
//   "shard <index> <cid> <receipt,...|-> <crc>\n" a shard verified and written in place
//   "sync <n> <crc>\n"                            the first n shard records name bytes on disk
// <crc> is the first 16 hex digits of SHA-256 over the line before " <crc>".
//
// Durability without an fsync per shard: a shard record is appended (write(), no sync)
// only after the shard's bytes were written to its files, so after a kill -9 the page
// cache holds both and every record is true. What only a power loss or an OS crash can
// undo is covered by the boot id (/proc/sys/kernel/random/boot_id) and the sync records:
// a background group commit fdatasyncs the files, then appends "sync <n>" and fdatasyncs
// the journal. On open, a shard record is trusted when it was written in the current boot
// or a later sync record covers it; the others are reported by untrustedShards() so the
// caller reads their bytes back and checks them against their CIDs before keeping them.
// Records of journals written before boot/sync records existed (each one was synced)
// are trusted. A torn or corrupted tail fails its checksum; it and everything after it
// are cut off when the journal is opened.
//
// The lock: flock(LOCK_EX | LOCK_NB) on <out>/.shardgate/lock, held for the journal's
// lifetime, so a second `get` on the same folder refuses at once. The kernel drops the
// lock when the process dies, so a kill -9 never leaves a stale lock behind.

#include "common/result.h"
#include "crypto/cid.h"

#include <QList>
#include <QMap>
#include <QMutex>
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

    // Trusted records recovered at open (and appended since).
    const QMap<int, crypto::Cid> &verifiedShards() const { return m_shards; }
    // Records of an earlier boot that no sync record covers: their bytes may not have
    // reached the disk. Settle them with settleUntrusted() before appending.
    const QMap<int, crypto::Cid> &untrustedShards() const { return m_untrusted; }
    bool isVerified(int index) const { return m_shards.contains(index); }
    QList<qint64> receipts() const; // every receipt seq recorded, ascending, unique
    const QString &jobId() const { return m_jobId; }
    // Bytes cut off as a torn or corrupt tail when the journal was opened.
    qint64 discardedTailBytes() const { return m_discarded; }

    Status recordJob(const QString &jobId);
    // Appends a shard record without syncing (see above): call it only after the shard's
    // bytes were written to its files.
    Status recordShard(int index, const crypto::Cid &cid, const QList<qint64> &receiptSeqs);
    // Number of shard records in the journal file so far (the n of a sync record).
    int shardRecordCount() const;
    // Appends "sync <n>" and fdatasyncs the journal. The caller must have fdatasync'ed
    // the files of the first n shard records. Safe to call from another thread than the
    // one appending shard records.
    Status recordSync(int n);
    // The same record as bytes, and a new descriptor of the journal (same open file, so
    // appends through it land at the end), for a group commit on a thread of its own
    // that may outlive this object; the caller closes the descriptor.
    static QByteArray syncRecord(int n);
    int duplicateFd() const;
    // Forgets shards (their bytes turned out missing or wrong): rewrites the journal
    // atomically without them. The rewrite marks every remaining record as synced, so the
    // caller must have fdatasync'ed every file first.
    Status forget(const QList<int> &indexes);
    // Keeps the untrusted records listed in intact (their bytes were read back and
    // verified), drops the other untrusted ones; same rewrite and precondition as forget().
    Status settleUntrusted(const QList<int> &intact);

    // The boot id records are tagged with; tests override it to simulate a reboot.
    static QByteArray currentBootId();
    static void setBootIdForTesting(const QByteArray &id);

    QString path() const { return m_path; }

    // The checksum used on each line (exposed for tests that craft journals).
    static QByteArray checksum(const QByteArray &lineBody);

private:
    Status appendLine(const QByteArray &body, bool sync);
    Status parse(const QByteArray &data, const crypto::Cid &manifestCid, qint64 *validLength);
    QByteArray render() const;
    Status rewrite();

    QString m_path;
    int m_fd = -1;
    int m_lockFd = -1;
    crypto::Cid m_manifest;
    QString m_jobId;
    QMap<int, crypto::Cid> m_shards;
    QMap<int, QList<qint64>> m_receipts;
    QMap<int, crypto::Cid> m_untrusted;
    int m_records = 0; // shard lines in the file
    QByteArray m_lastBoot; // boot id of the last boot record
    qint64 m_discarded = 0;
    mutable QMutex m_writeLock; // appends from the transfer thread and the sync thread
};

} // namespace sg::download
