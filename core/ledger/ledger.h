#pragma once

// The receipt log (DESIGN §7): an append-only RFC 6962 Merkle log of receipts in SQLite,
// with signed C2SP checkpoints, tlog-tiles and proofs. The edge appends; auditors read.
//
// Threads. Ledger is thread-safe. append() never waits for the disk: it assigns the
// sequence number, computes the leaf hash and queues the receipt; a dedicated writer
// thread commits queued receipts in group transactions (WAL, synchronous=FULL) and only
// then calls the receipt's callback (on the writer thread: post it to your own thread).
// The same thread signs a checkpoint at least every checkpointIntervalMs while the log
// grows. Read functions (proofs, tiles, receipts, checkpoints) use one SQLite connection
// per calling thread and only see committed data; they are short reads, but a server may
// still prefer to run them on a worker thread.
//
// Sequence numbers are reserved durably in blocks before they are handed out. After a
// crash, the reserved but unused numbers of the last block become kind "void" leaves on
// the next open, so the log stays gap-free and no number ever names two receipts. The next
// block is reserved only while the writer is at most one block (reserveBlock receipts)
// behind; appends beyond that wait for it (a stalled disk, not a normal response).
//
// Single writer: a writable Ledger holds <db>.lock; other processes open read-only.
//
// PostgreSQL (LedgerOptions::url): every edge process opens the log writable and appends;
// each group commit locks the one-row log head (size + right edge of the tree), numbers
// its receipts from there, stores entries and tree hashes and moves the head, so numbers
// are global and gap-free and proofs never rehash. The process holding the advisory lock
// signs checkpoints into the database; every edge serves the same checkpoints and tiles.

#include "common/clock.h"
#include "common/result.h"
#include "ledger/bundle.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/receipt.h"
#include "ledger/tiles.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sg::ledger {

struct LedgerOptions
{
    // Where the log lives. Empty url: the SQLite file dbPath (one writing process).
    // "postgresql://USER@/DBNAME?host=SOCKETDIR&port=N" (a libpq URI): the one log of a
    // marketplace whose edges share a PostgreSQL database (DESIGN §9, §12; docs/ledger.md).
    // With a url, dbPath and signerKeyPath are not used: the signer key lives in the
    // database, sequence numbers are assigned at COMMIT (see append()), and one edge at
    // a time signs checkpoints (elected by an advisory lock).
    QString url;
    QString dbPath; // <home>/ledger.sqlite
    // The note signer key file ("PRIVATE+KEY+..." text, mode 0600). Created with a new
    // key named `origin` when missing (writable mode only). Read-only mode reads the
    // verifier key stored in the database instead.
    QString signerKeyPath; // <home>/keys/ledger.note.key
    QString origin; // log origin = key name for a new key; default "shardgate.local/log"
    bool readOnly = false;
    const Clock *clock = nullptr; // default Clock::system()
    int maxBatch = 16384; // receipts per group commit at most
    int reserveBlock = 65536; // sequence numbers reserved per durable block
    qint64 checkpointIntervalMs = 1000; // while entries arrive (0 = only checkpointNow())
    // SQLite: how long the writer lets a group of receipts grow before committing it (one
    // fsync per group; appends never wait for it; flush() and checkpointNow() do not
    // either). 0 = commit as soon as anything is queued.
    qint64 groupCommitWaitUs = 2000;
    // Run SQLite's PRAGMA quick_check on open (reads the whole file; the default checks
    // the schema, the counters and the last entries against the tree).
    bool fullCheckOnOpen = false;
    // Refuse to grow the database file past this many bytes (0 = no limit): appends then
    // fail like on a full disk ("full"), nothing partial is written.
    qint64 maxDatabaseBytes = 0;

    // Defaults for a home folder; url as given by --db / $SHARDGATE_DB (may be empty).
    static LedgerOptions forHome(const QString &home, const QString &url = {});
};

struct Appended
{
    qint64 seq = -1;
    QByteArray leafHash; // 32 bytes (Shardgate-Receipt-Hash = hex of it)
};

// Called once the receipt is durable (or with the error that stopped the writer).
using DurableCallback = std::function<void(const Result<Appended> &)>;

struct OpenReport
{
    qint64 size = 0; // entries after recovery
    qint64 voided = 0; // reserved numbers turned into "void" leaves by this open
    bool repaired = false;
    QString note; // what recovery did, for the log
};

class Ledger : public QObject
{
    Q_OBJECT
public:
    ~Ledger() override; // flushes, stops the writer, closes the database

    static Result<std::unique_ptr<Ledger>> open(const LedgerOptions &options);
    const OpenReport &openReport() const { return m_openReport; }

    // --- writing (writable mode) ---
    // SQLite: sets receipt.seq (and timeMs when 0) and returns (seq, leaf hash) at once;
    // the receipt becomes durable later (callback).
    // PostgreSQL (sequencedAtCommit()): several processes append to one gap-free log, so
    // the number is only known once the group commit that holds the log head has given
    // it: append() returns seq -1 and an empty hash, and the callback carries the real
    // (seq, leaf hash) after COMMIT. A server sends Shardgate-Receipt from the callback.
    // Fails when read-only, when the receipt is invalid, or once the writer has failed
    // (disk full, corruption, lost database): nothing is queued then.
    Result<Appended> append(Receipt receipt, DurableCallback onDurable = {});
    bool sequencedAtCommit() const;
    // Blocks until everything appended before the call is committed (CLI, tests, shutdown).
    Status flush();
    // Blocks until committed, then signs a checkpoint of the committed size now.
    // PostgreSQL: only the elected signer signs; another edge gets code "notsigner" (the
    // signer's next checkpoint, within checkpointIntervalMs, covers its entries) unless
    // the signer is gone, in which case this edge takes over and signs.
    Result<SignedCheckpoint> checkpointNow();
    // A client needs entry `needed` in a checkpoint (the first one the checkpoint it saw
    // does not cover, or a receipt it asked for): if that entry is committed, asks the
    // writer to sign a checkpoint soon, without waiting for it, so the client need not wait
    // out the interval. Does nothing on a read-only log or an edge that is not the signer,
    // when one is already asked for, or within kMinCheckpointGapMs of the last one.
    void requestCheckpoint(qint64 needed);
    static constexpr qint64 kMinCheckpointGapMs = 100;
    // PostgreSQL: whether this process holds the signer lock (SQLite: the writer signs).
    bool isSigner() const;
    // The writer's first failure, if any (the log accepts nothing after it).
    Status writerStatus() const;

    // --- reading (any mode, any thread) ---
    QString origin() const;
    NoteVerifier verifier() const;
    QString verifierKey() const { return verifier().verifierKey(); }
    qint64 size() const; // committed entries
    Result<SignedCheckpoint> latestCheckpoint() const; // code "notfound" before the first
    Result<QList<SignedCheckpoint>> checkpoints(qint64 sinceSize = 0) const; // ascending size
    Result<QByteArray> rootAt(qint64 treeSize) const;
    Result<Receipt> receipt(qint64 seq) const;
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count) const; // leaf bytes
    // The same leaves in batches (one buffer each, voids counted), for whole-log scans.
    Status scanLeaves(qint64 first, qint64 count, qint64 batchSize,
                      const std::function<Status(LeafBatch &)> &sink) const;
    Result<QList<QByteArray>> inclusionProof(qint64 index, qint64 treeSize) const;
    Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) const;
    // Receipt + proof to the latest checkpoint that contains it (code "notfound" when no
    // checkpoint covers seq yet).
    Result<ReceiptBundle> bundle(qint64 seq) const;
    // "tile/..." paths of C2SP tlog-tiles, at the latest checkpoint's size.
    Result<QByteArray> tile(QStringView path) const;

    // --- helpers for HTTP servers (the JSON shapes are in docs/formats.md) ---
    Result<QJsonObject> inclusionProofJson(qint64 index, qint64 treeSize) const;
    Result<QJsonObject> consistencyProofJson(qint64 oldSize, qint64 newSize) const;

Q_SIGNALS:
    // Emitted from the writer thread after each group commit / signed checkpoint.
    void committed(qint64 size);
    void checkpointPublished(qint64 size);

private:
    Ledger();
    struct Private;
    std::unique_ptr<Private> d;
    OpenReport m_openReport;
};

} // namespace sg::ledger
