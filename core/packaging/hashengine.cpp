#include "hashengine.h"

#include "crypto/sha256.h"
#include "pathrules.h"

#include <QHash>
#include <QThread>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace sg::packaging {

namespace {

constexpr qint64 kChunk = 256 * 1024;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

struct MultiPieceState
{
    crypto::Sha256 hash;
    int nextPiece = 0;
};

class Engine
{
public:
    explicit Engine(const EngineConfig &c) : cfg(c), plan(*c.plan)
    {
        const int nFiles = int(cfg.sources.size());
        result.shardCids.resize(plan.shards.size());
        result.fileSha256.resize(nFiles);
        result.fileErrors.resize(nFiles);
        fileBad.resize(nFiles);
        pieceCount.resize(nFiles);
        for (int i = 0; i < nFiles; ++i) {
            fileBad[i] = i < cfg.knownBad.size() && cfg.knownBad.at(i);
            pieceCount[i] = int(plan.fileExtents.at(i).size());
            if (plan.fileExtents.at(i).isEmpty() && !fileBad[i])
                result.fileSha256[i] = crypto::Sha256::hash(QByteArrayView());
        }
    }

    Result<EngineResult> run()
    {
        const int threads = effectiveThreads(cfg.threads, plan.shardSize, int(plan.shards.size()));
        result.threadsUsed = threads;
        if (cfg.progress)
            cfg.progress(0, plan.totalBytes); // lets a meter start its clock with the work
        std::vector<std::thread> workers;
        workers.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([this] { work(); });
        {
            std::unique_lock lock(mutex);
            while (finished < threads) {
                doneCv.wait_for(lock, std::chrono::milliseconds(100));
                if (cfg.cancel && cfg.cancel->load() && !abort) {
                    abort = true;
                    if (firstError.message.isEmpty())
                        firstError = fail(QStringLiteral("canceled"), QStringLiteral("canceled"));
                    turnCv.notify_all();
                }
                if (cfg.progress) {
                    lock.unlock();
                    cfg.progress(bytesDone.load(), plan.totalBytes);
                    lock.lock();
                }
            }
        }
        for (auto &w : workers)
            w.join();
        if (!abort && cfg.cancel && cfg.cancel->load()) {
            abort = true;
            firstError = fail(QStringLiteral("canceled"), QStringLiteral("canceled"));
        }
        if (abort) {
            for (const auto &p : std::as_const(pending))
                cfg.store->discard(p);
            return firstError;
        }
        // Make the new blobs durable (one syncfs: their write-back started when they were
        // staged), then visible. On failure none of the rest is renamed. The caller syncs
        // the renames (packer: syncFileSystem again).
        if (!pending.isEmpty()) {
            const Status flushed = cfg.store->syncFileSystem();
            if (!flushed) {
                for (const auto &p : std::as_const(pending))
                    cfg.store->discard(p);
                return flushed.error();
            }
        }
        for (int i = 0; i < pending.size(); ++i) {
            const Status st = cfg.store->publish(pending.at(i));
            if (!st) {
                for (int j = i + 1; j < pending.size(); ++j)
                    cfg.store->discard(pending.at(j));
                return st.error();
            }
            result.written.insert(pending.at(i).cid);
        }
        if (cfg.progress)
            cfg.progress(plan.totalBytes, plan.totalBytes);
        return std::move(result);
    }

private:
    // Records a problem. Returns true when the run must stop.
    bool report(int file, const QString &message)
    {
        std::lock_guard lock(mutex);
        if (cfg.stopOnError) {
            if (!abort) {
                abort = true;
                firstError = fail(message, QStringLiteral("io"));
            }
        } else if (file >= 0) {
            fileBad[file] = true;
            if (result.fileErrors[file].isEmpty())
                result.fileErrors[file] = message;
        }
        turnCv.notify_all();
        return cfg.stopOnError;
    }

    bool stopping()
    {
        if (cfg.cancel && cfg.cancel->load())
            return true;
        std::lock_guard lock(mutex);
        return abort;
    }

    // Reads one piece into buf, feeding the shard hash (and the file hash when the file
    // is whole in this piece). Returns false when the shard cannot be completed.
    bool readPiece(const Piece &piece, char *buf, crypto::Sha256 &shardHash, crypto::Sha256 &fileHash)
    {
        const EngineSource &src = cfg.sources.at(piece.file);
        const int flags = O_RDONLY | O_CLOEXEC | (src.followSymlink ? 0 : O_NOFOLLOW);
        const int fd = ::open(src.diskPath.constData(), flags);
        if (fd < 0) {
            report(piece.file,
                   QStringLiteral("%1: cannot open (%2)").arg(displayPath(src.display), errnoText(errno)));
            return false;
        }
        struct stat st;
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || qint64(st.st_size) != src.size) {
            ::close(fd);
            report(piece.file,
                   QStringLiteral("%1: changed while being read (size is now %2, expected %3)")
                       .arg(displayPath(src.display))
                       .arg(qint64(st.st_size))
                       .arg(src.size));
            return false;
        }
        ::posix_fadvise(fd, piece.fileOffset, piece.length, POSIX_FADV_SEQUENTIAL);
        const bool whole = pieceCount.at(piece.file) == 1;
        qint64 done = 0;
        while (done < piece.length) {
            if (stopping()) {
                ::close(fd);
                return false;
            }
            const qint64 want = qMin(kChunk, piece.length - done);
            const ssize_t n = ::pread(fd, buf + done, size_t(want), off_t(piece.fileOffset + done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int err = errno;
                ::close(fd);
                report(piece.file,
                       QStringLiteral("%1: read error (%2)").arg(displayPath(src.display), errnoText(err)));
                return false;
            }
            if (n == 0) {
                ::close(fd);
                report(piece.file,
                       QStringLiteral("%1: file shrank while being read").arg(displayPath(src.display)));
                return false;
            }
            const QByteArrayView chunk(buf + done, n);
            if (whole)
                crypto::Sha256::addTwo(shardHash, chunk, fileHash, chunk); // one pass, two digests
            else
                shardHash.add(chunk);
            done += n;
            bytesDone.fetch_add(n);
        }
        ::close(fd);
        if (whole) {
            QByteArray digest = fileHash.result();
            std::lock_guard lock(mutex);
            result.fileSha256[piece.file] = std::move(digest);
        }
        return true;
    }

    // Feeds a piece of a multi-piece file into the file's hash, in piece order.
    bool hashInOrder(const Piece &piece, const char *data)
    {
        std::unique_lock lock(mutex);
        turnCv.wait(lock, [&] {
            if (abort || fileBad[piece.file])
                return true;
            auto it = multi.find(piece.file);
            const int next = it == multi.end() ? 0 : (*it)->nextPiece;
            return next == piece.pieceIndex;
        });
        if (abort || fileBad[piece.file])
            return false;
        auto it = multi.find(piece.file);
        if (it == multi.end())
            it = multi.insert(piece.file, std::make_shared<MultiPieceState>());
        std::shared_ptr<MultiPieceState> state = *it;
        // Only this worker may advance the file now: the others wait for their turn.
        lock.unlock();
        state->hash.add(QByteArrayView(data, piece.length));
        lock.lock();
        state->nextPiece++;
        if (state->nextPiece == pieceCount.at(piece.file)) {
            result.fileSha256[piece.file] = state->hash.result();
            multi.remove(piece.file);
        }
        turnCv.notify_all();
        return true;
    }

    void work()
    {
        QByteArray buffer;
        crypto::Sha256 shardHash;
        crypto::Sha256 fileHash;
        for (;;) {
            const int index = nextShard.fetch_add(1);
            if (index >= plan.shards.size() || stopping())
                break;
            const PlannedShard &shard = plan.shards.at(index);
            bool skip = false;
            {
                std::lock_guard lock(mutex);
                for (const Piece &p : shard.pieces)
                    skip = skip || fileBad[p.file];
            }
            if (skip) {
                bytesDone.fetch_add(shard.size);
                continue;
            }
            if (buffer.size() < shard.size)
                buffer.resize(plan.shardSize);
            char *buf = buffer.data();
            qint64 pos = 0;
            bool ok = true;
            for (const Piece &p : shard.pieces) {
                if (!readPiece(p, buf + pos, shardHash, fileHash)) {
                    ok = false;
                    break;
                }
                pos += p.length;
            }
            if (!ok) {
                shardHash.result(); // reset for the next shard
                bytesDone.fetch_add(shard.size - pos);
                continue;
            }
            const crypto::Cid cid = crypto::Cid::fromDigest(shardHash.result());
            pos = 0;
            for (const Piece &p : shard.pieces) {
                if (pieceCount.at(p.file) > 1)
                    hashInOrder(p, buf + pos);
                pos += p.length;
            }
            if (cfg.store) {
                bool claimed = false;
                {
                    std::lock_guard lock(mutex);
                    claimed = claimedCids.contains(cid);
                    claimedCids.insert(cid);
                }
                if (!claimed) {
                    auto staged = cfg.store->stage(cid, QByteArrayView(buf, shard.size));
                    if (!staged) {
                        report(-1, staged.errorString());
                        break;
                    }
                    std::lock_guard lock(mutex);
                    result.touchedFolders.insert(BlobStore::folderFor(cid));
                    if (*staged)
                        pending.append(**staged);
                    else
                        result.alreadyPresent.insert(cid);
                }
            }
            std::lock_guard lock(mutex);
            result.shardCids[index] = cid;
        }
        std::lock_guard lock(mutex);
        ++finished;
        doneCv.notify_all();
    }

    const EngineConfig &cfg;
    const ShardPlan &plan;
    EngineResult result;
    std::mutex mutex;
    std::condition_variable turnCv;
    std::condition_variable doneCv;
    std::atomic<int> nextShard { 0 };
    std::atomic<qint64> bytesDone { 0 };
    int finished = 0;
    bool abort = false;
    Error firstError;
    QList<bool> fileBad;
    QList<int> pieceCount;
    QHash<int, std::shared_ptr<MultiPieceState>> multi;
    QSet<crypto::Cid> claimedCids;
    QList<BlobStore::Staged> pending; // staged blobs, renamed only when the whole run succeeded
};

} // namespace

int effectiveThreads(int requested, qint64 shardSize, int shardCount)
{
    int threads = requested > 0 ? requested : QThread::idealThreadCount();
    const int byMemory = int(qMax<qint64>(1, kBufferBudget / qMax<qint64>(1, shardSize)));
    threads = qMin(threads, byMemory);
    threads = qMin(threads, qMax(1, shardCount));
    return qMax(1, threads);
}

Result<EngineResult> runHashEngine(const EngineConfig &config)
{
    Engine engine(config);
    return engine.run();
}

} // namespace sg::packaging
