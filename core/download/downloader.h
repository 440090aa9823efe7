#pragma once

// Downloader: one dataset from an edge into an output folder, resumable across crashes.
//
//   manifest  GET /v1/manifests/{cid} (name@version resolved via /v1/datasets); its CID
//             must be the one asked for and the creator's signature must verify
//   folder    the output folder may only hold this dataset's files and its .shardgate/
//             (journal, lock, manifest.json, receipts/); anything else refuses the
//             download unless force is set (foreign files are then left alone)
//   token     POST /v1/tokens with the buyer API key: one job-scoped token, refreshed
//             before exp without stopping transfers; the job id is journaled so a resumed
//             download stays in the same job and resumed shards are not charged twice
//   transfer  N keep-alive connections (ShardConnection) on this thread only move bytes;
//             a complete shard body goes to a worker pool that checks it against its CID
//             (continuing its file's sha256 in the same pass) and then writes it at its
//             extents while the socket reads the next shard; back on this thread it is
//             journaled. A group commit on its own thread fdatasyncs the
//             written files about once a second and then records a sync point in the
//             journal (see DownloadJournal for why no per-shard fsync is needed). Every
//             file's sha256 is computed in file order on the pool from the verified shards.
//   end       every file's sha256 checked against the manifest; SHA256SUMS, the signed
//             manifest and the receipt bundles of this download kept in .shardgate/
//
// Everything runs on the caller's event loop; signals report progress and the end.

#include "common/clock.h"
#include "common/result.h"
#include "downloadjournal.h"
#include "downloadplan.h"
#include "edgeapi.h"
#include "fileassembler.h"
#include "ledger/note.h"
#include "ratelimiter.h"
#include "shardconnection.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sg::download {

struct DownloadOptions
{
    QUrl edge;
    // More edges of the same marketplace (shared catalog, credits and token keys). When
    // the current edge stops answering (connections refused or reset again and again),
    // the download switches to the next one and goes on under the same job and token:
    // verified shards are not fetched again and nothing is charged twice.
    QList<QUrl> moreEdges;
    QByteArray apiKey; // buyer API key for POST /v1/tokens
    QByteArray token; // or a ready token (no refresh possible)
    QString manifest; // manifest CID or "name@version"
    QString outDir;
    int connections = 4;
    qint64 limitRate = 0; // bytes per second, 0 = unlimited
    bool force = false; // accept foreign files in the output folder (never touched)
    int tokenTtlSecs = 300;
    int stallTimeoutMs = 30000;
    int backoffBaseMs = 250;
    int backoffMaxMs = 15000;
    int maxAttempts = 12; // consecutive failures of one shard without progress
    int maxVerifyFailures = 5; // times one shard may arrive with wrong bytes
    int receiptWaitMs = 15000; // how long to keep asking for bundles not yet in a checkpoint
    // Group commit (see DownloadJournal): files fdatasync'ed and a sync record appended
    // after this many written bytes or this much time, whichever comes first.
    qint64 syncEveryBytes = qint64(512) << 20;
    int syncEveryMs = 5000;
    const Clock *clock = nullptr; // token expiry; default the system clock
    // Linux: the download's hashing and writing threads run this much nicer (0-19) than
    // the thread that starts them, so an interactive thread on the same cores (the GUI's)
    // is scheduled first while a download keeps every core busy.
    int workerNiceness = 0;
    // Write verified shards with O_DIRECT where the filesystem takes it (see FileAssembler):
    // large downloads skip the page-cache copy and leave the user's page cache alone.
    // false: everything through the page cache (the data stays cached for an immediate read).
    bool directWrites = true;
    // Verified shards kept in memory while a file's sha256 waits for an earlier shard of
    // that file (0: 32 MiB or 4 shards, whichever is more). Shards start only within
    // this many bytes after the one a file hash waits for.
    qint64 heldBytesCap = 0;
};

struct DownloadProgress
{
    qint64 bytesDone = 0; // verified shard bytes (incl. those from earlier runs)
    qint64 bytesTotal = 0;
    qint64 bytesReceived = 0; // body bytes received in this run (incl. discarded)
    int shardsDone = 0;
    int shardsTotal = 0;
    double rate = 0; // bytes/s over the last seconds
    qint64 etaSecs = -1;
    QString edge; // the edge shards come from now
    int edgeSwitches = 0;
};

struct DownloadSummary
{
    QString manifestCid;
    QString dataset;
    QString version;
    int files = 0;
    qint64 fileBytes = 0;
    int shardsTotal = 0;
    int shardsFromJournal = 0; // already verified by an earlier run
    int shardsAdopted = 0; // found intact on disk without a journal record
    int shardsFetched = 0;
    qint64 bytesReceived = 0;
    int retries = 0;
    int edgeSwitches = 0; // fail-overs to another edge
    QString edge; // the edge the download ended on
    int receiptsSaved = 0;
    int receiptsMissing = 0;
    int receiptsPrefetched = 0; // of receiptsSaved: fetched while shards were still downloading
    int filesReadBack = 0; // files whose sha256 needed a second read (not hashed in flight)
    int filesFetchedAgain = 0; // files whose sha256 did not match at the end: shards fetched again
    // File sha256 bytes hashed in the same pass as their shard's CID check (Sha256::addTwo);
    // the rest (shards that arrived before an earlier one of their file) were hashed again
    // on their own.
    qint64 fileHashBytesWithOwnShard = 0;
    // Shard checks that waited for the shard before them in their file to be hashed, so as
    // to hash their extent in the same pass.
    int shardChecksQueued = 0;
    qint64 bytesWrittenDirect = 0; // this run's shard bytes written with O_DIRECT
    qint64 bytesWrittenCached = 0; // ... and through the page cache
    qint64 elapsedMs = 0;
};

class Downloader : public QObject
{
    Q_OBJECT
public:
    explicit Downloader(DownloadOptions options, QObject *parent = nullptr);
    ~Downloader() override;

    void start();
    // Pause: drops in-flight shards, keeps the journal, ends with code "paused".
    void stop();

    const DownloadSummary &summary() const { return m_summary; }
    DownloadProgress progress() const;

Q_SIGNALS:
    void progressChanged(const sg::download::DownloadProgress &progress);
    // Human-readable notes: retries, token refresh, warnings.
    void note(const QString &event, const QString &message);
    void finished(const sg::Status &status);

private:
    enum class Phase { Idle, Manifest, Prepare, Token, Transfer, Verify, Receipts, Done };

    void resolveName();
    void fetchManifest(const QString &cid);
    void prepare(const QByteArray &manifestBytes);
    Status checkOutputFolder();
    void requestToken(bool dueToAuthFailure);
    void startTransfer();
    void schedule();
    // (Re)creates the data connections for the current edge.
    void connectToEdge();
    // Switches to the next edge when there is one; false when there is none.
    bool failOver(const QString &why);
    void onConnectionFinished(ShardConnection *c, ShardTask *task, ShardConnection::Outcome outcome,
                              const QString &message, int delayMs, int status);
    void requeue(ShardTask *task, int delayMs);
    // Hands a received body to the pool (CID check + pwrite); onShardChecked() gets the
    // outcome back on this thread.
    void checkShard(ShardTask *task);
    void onShardChecked(int index, const Status &status, bool matches);
    void shardVerified(ShardTask *task);
    // Group commit: fdatasync the files written since the last one, then a sync record in
    // the journal (when enough was written or time passed, and none is running).
    void maybeSync(bool force);
    void drainWorkers();
    void verifyFiles();
    // File sha256 computed in order from verified shards still in memory, so the final
    // check needs no second read of the data (files that cannot be hashed in order within
    // the memory bound are read back from disk instead).
    void initFileHashes();
    void feedFileHashes(int shardIndex, const QByteArray &bytes);
    void dropFileHash(int fileIndex);
    // Pushes held shards to the file hashes whose next extent they hold; past the memory
    // cap the file waiting longest falls back to a read-back.
    void advanceFileHashes();
    qint64 heldCap() const
    {
        return m_opt.heldBytesCap > 0 ? m_opt.heldBytesCap : qMax<qint64>(32 << 20, 4 * m_plan.shardSize);
    }
    QList<int> fetchOrder() const;
    void askLogKey(const std::function<void()> &then);
    void askCheckpoint(const std::function<void(qint64 size)> &then);
    Result<bool> checkBundle(qint64 seq, const QByteArray &body);
    void prefetchReceipts();
    void prefetchNext();
    void fetchReceipts();
    void fetchNextReceipt();
    void onReceiptReply(qint64 seq, const ApiReply &reply);
    Status saveReceiptBundle(qint64 seq, const QByteArray &body);
    void finishReceipts();
    void end(const Status &status);
    void emitProgress(bool force = false);
    void checkTokenRefresh();
    int backoffMs(int attempts) const;

    DownloadOptions m_opt;
    const Clock *m_clock;
    Phase m_phase = Phase::Idle;
    EdgeApi *m_api = nullptr;
    DownloadPlan m_plan;
    DownloadJournal m_journal;
    FileAssembler m_files;
    RateLimiter m_limiter;
    QString m_stateDir;

    QByteArray m_token;
    qint64 m_tokenExpMs = 0;
    int m_tokenGen = 0;
    bool m_tokenRequestInFlight = false;
    bool m_authRetryUsed = false; // one refresh per auth failure streak
    QTimer m_refreshTimer;
    // During the transfer: asks for the latest checkpoint every kPrefetchTickMs and fetches the
    // bundles it covers (prefetchReceipts), so few are left for the end of the download.
    QTimer m_prefetchTimer;
    static constexpr int kPrefetchTickMs = 250;

    QThreadPool m_pool; // shard checks + writes, file hashes
    QHash<int, ShardTask *> m_checking; // bodies on the pool
    std::vector<QByteArray> m_spare; // buffers of verified shards, reused once detached
    int m_checkGen = 0; // results of an earlier generation are ignored
    QSet<int> m_dirtyFiles; // written since the last sync started
    qint64 m_unsyncedBytes = 0;
    qint64 m_lastSyncMs = 0;
    // A group commit runs on a detached thread with its own descriptors: it waits on the
    // disk, and neither the transfer nor the end of the download waits for it.
    struct SyncJob
    {
        std::atomic<bool> done { false };
        QString error;
    };
    std::shared_ptr<SyncJob> m_sync;

    QList<QUrl> m_edges; // m_opt.edge, then m_opt.moreEdges
    int m_edgeIndex = 0;
    int m_transportFailures = 0; // connection failures in a row, without a byte received

    QList<ShardConnection *> m_connections;
    std::deque<ShardTask *> m_queue; // ready to fetch
    std::vector<std::unique_ptr<ShardTask>> m_tasks; // owns every task of this run
    int m_delayed = 0; // tasks waiting for a backoff timer
    QSet<int> m_pendingShards; // not yet verified
    int m_verifyRounds = 0;

    // A file's sha256, fed in file order by pieces of verified shards on the pool (one
    // drainer at a time per file, so files hash in parallel and each in order).
    struct FileHashState
    {
        struct Piece
        {
            QByteArray bytes;
            qint64 offset = 0;
            qint64 length = -1; // -1: the last piece was fed, take the digest
            // Set: not bytes but the check of the shard whose extent comes next, queued
            // behind the hash so that it hashes its extent in the same pass as its CID.
            std::function<void()> check;
        };
        QMutex lock;
        std::deque<Piece> pieces;
        bool running = false; // a drainer (or a shard's writer, see checkShard) owns hash
        bool poisoned = false; // a claimed shard failed its check: the file is read back
        crypto::Sha256 hash;
        QByteArray digest; // set by the drainer after the last piece
    };
    struct FileHash
    {
        std::shared_ptr<FileHashState> state;
        int next = 0; // next extent to feed
        bool active = false;
        QByteArray digest; // empty files (no extents)
    };
    std::atomic<qint64> m_hashedWithOwnShard { 0 }; // see DownloadSummary
    void pushPiece(const std::shared_ptr<FileHashState> &state, FileHashState::Piece piece);
    // The next piece to feed (the digest taken of files whose last piece went by, queued
    // shard checks run); false, and the state no longer owned, when none is left. A
    // poisoned hash feeds nothing more but still runs the checks queued on it. The caller
    // owns the state.
    static bool nextPiece(FileHashState &state, FileHashState::Piece &piece);
    // Feeds queued pieces until none is left; the caller owns the state (running).
    static void drainPieces(const std::shared_ptr<FileHashState> &state);
    // A shard whose extent is next in its file's order hashes that extent into the file's
    // sha256 in the same pass as its CID check (at once, or queued behind the shard before
    // it), instead of being held and hashed again later. Shard index -> files claimed.
    QHash<int, QList<int>> m_claims;
    std::vector<FileHash> m_fileHashes;
    QHash<int, QByteArray> m_held; // verified shards a file hash still needs
    QHash<int, int> m_needs; // shard -> extents of active file hashes not yet fed
    qint64 m_heldBytes = 0;

    static constexpr int kReceiptWindow = 8; // bundle requests in flight
    QList<qint64> m_receiptQueue;
    QSet<qint64> m_receiptsOut; // bundle requests in flight
    bool m_receiptPaused = false; // one not yet in a checkpoint: ask again in a moment
    bool m_notedUncovered = false; // "not in a checkpoint yet" said once
    qint64 m_receiptDeadlineMs = 0; // stop asking again after this (m_elapsed)
    qint64 m_coveredSize = -1; // receipts below this are in the latest signed checkpoint (-1: unknown)
    QStringList m_receiptFiles; // written this run, synced at the end
    QSet<qint64> m_bundlesKept; // saved this run
    static constexpr int kPrefetchWindow = 4; // bundle requests in flight during the transfer
    QList<qint64> m_prefetchQueue;
    // Receipts journaled in this run whose bundle is not kept yet: what a prefetch tick asks
    // the checkpoint about (those of earlier runs are the end of the download's, which skips
    // bundle files already saved).
    QList<qint64> m_unbundled;
    int m_prefetchInFlight = 0;
    bool m_prefetchBusy = false; // a checkpoint request is out
    bool m_keyAsked = false;
    std::optional<ledger::NoteVerifier> m_logKey; // the edge's log key, for checking bundles

    DownloadSummary m_summary;
    qint64 m_bytesVerified = 0;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_progressTimer;
    qint64 m_lastProgressMs = -1000;
    QList<QPair<qint64, qint64>> m_rateSamples; // (ms, bytesReceived)
    bool m_stopping = false;
    bool m_drainingChecks = false; // stop(): the finished checks' results are still recorded
};

} // namespace sg::download

Q_DECLARE_METATYPE(sg::download::DownloadProgress)
