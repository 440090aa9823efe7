#include "verifier.h"

#include "crypto/encoding.h"
#include "pathrules.h"
#include "scanner.h"

#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace sg::packaging {

namespace {

Result<VerifyReport> verifyStore(const Manifest &m, const VerifyOptions &o, VerifyReport report)
{
    if (!o.store)
        return fail(QStringLiteral("no blob store and no data folder to verify against"),
                    QStringLiteral("usage"));
    // Unique shards only: identical shards are one blob.
    QList<int> todo;
    QSet<crypto::Cid> seen;
    qint64 total = 0;
    for (int i = 0; i < m.shards.size(); ++i) {
        if (seen.contains(m.shards.at(i).cid))
            continue;
        seen.insert(m.shards.at(i).cid);
        todo.append(i);
        total += m.shards.at(i).size;
    }
    const int threads
        = qMax(1, qMin(o.threads > 0 ? o.threads : QThread::idealThreadCount(), int(todo.size())));
    std::atomic<int> next { 0 };
    std::atomic<qint64> done { 0 };
    std::mutex mutex;
    std::condition_variable cv;
    int finished = 0;
    QList<VerifyIssue> issues;
    QList<int> issueShard;
    auto work = [&] {
        for (;;) {
            if (o.cancel && o.cancel->load())
                break;
            const int k = next.fetch_add(1);
            if (k >= todo.size())
                break;
            const ShardEntry &s = m.shards.at(todo.at(k));
            Status st = o.store->verify(s.cid, s.size);
            done.fetch_add(s.size);
            if (!st) {
                std::lock_guard lock(mutex);
                issues.append(VerifyIssue {
                    s.cid.toString(), QStringLiteral("shard %1: %2").arg(todo.at(k)).arg(st.errorString()) });
                issueShard.append(todo.at(k));
            }
        }
        std::lock_guard lock(mutex);
        ++finished;
        cv.notify_all();
    };
    if (o.progress)
        o.progress(0, total);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        while (finished < threads) {
            cv.wait_for(lock, std::chrono::milliseconds(100));
            if (o.progress) {
                lock.unlock();
                o.progress(done.load(), total);
                lock.lock();
            }
        }
    }
    for (auto &w : workers)
        w.join();
    if (o.cancel && o.cancel->load())
        return fail(QStringLiteral("canceled"), QStringLiteral("canceled"));
    // Report in shard order whatever order the threads finished in.
    QList<int> order(issues.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return issueShard.at(a) < issueShard.at(b); });
    for (int i : order)
        report.issues.append(issues.at(i));
    report.shardsChecked = int(todo.size());
    report.bytesChecked = total;
    return report;
}

Result<VerifyReport> verifyDir(const Manifest &m, const VerifyOptions &o, VerifyReport report)
{
    const QFileInfo dirInfo(o.dataDir);
    if (!dirInfo.isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(o.dataDir), QStringLiteral("usage"));
    const QString root = dirInfo.absoluteFilePath();

    ShardPlan plan;
    plan.shardSize = m.shardSize;
    plan.totalBytes = m.totalBytes;
    plan.shards.resize(m.shards.size());
    plan.fileExtents.resize(m.files.size());
    EngineConfig cfg;
    cfg.knownBad.resize(m.files.size());
    for (int i = 0; i < m.files.size(); ++i) {
        const FileEntry &f = m.files.at(i);
        plan.fileExtents[i] = f.extents;
        qint64 fileOffset = 0;
        for (int k = 0; k < f.extents.size(); ++k) {
            const Extent &e = f.extents.at(k);
            plan.shards[e.shard].pieces.append(Piece { i, fileOffset, e.length, k });
            fileOffset += e.length;
        }
        const QByteArray disk = resolveInFolder(root, f.path);
        struct stat st;
        QString problem;
        if (disk.isEmpty() || ::stat(disk.constData(), &st) != 0)
            problem = QStringLiteral("%1: missing from %2").arg(displayPath(f.path), o.dataDir);
        else if (!S_ISREG(st.st_mode))
            problem = QStringLiteral("%1: not a regular file").arg(displayPath(f.path));
        else if (qint64(st.st_size) != f.size)
            problem = QStringLiteral("%1: size is %2 bytes, the manifest says %3")
                          .arg(displayPath(f.path))
                          .arg(qint64(st.st_size))
                          .arg(f.size);
        if (!problem.isEmpty()) {
            cfg.knownBad[i] = true;
            report.issues.append(VerifyIssue { f.path, problem });
        }
        cfg.sources.append(EngineSource { disk, f.size, true, f.path });
    }
    // Pieces in shard order (extents may be listed in any order inside the manifest).
    for (int s = 0; s < plan.shards.size(); ++s) {
        QList<Piece> &pieces = plan.shards[s].pieces;
        std::sort(pieces.begin(), pieces.end(), [&](const Piece &a, const Piece &b) {
            const Extent &ea = m.files.at(a.file).extents.at(a.pieceIndex);
            const Extent &eb = m.files.at(b.file).extents.at(b.pieceIndex);
            return ea.offset < eb.offset;
        });
        plan.shards[s].size = m.shards.at(s).size;
    }
    cfg.plan = &plan;
    cfg.threads = o.threads;
    cfg.stopOnError = false;
    cfg.progress = o.progress;
    cfg.cancel = o.cancel;
    auto run = runHashEngine(cfg);
    if (!run)
        return run.error();
    const EngineResult &er = *run;

    for (int i = 0; i < m.files.size(); ++i) {
        const FileEntry &f = m.files.at(i);
        if (cfg.knownBad.at(i))
            continue;
        if (!er.fileErrors.at(i).isEmpty()) {
            report.issues.append(VerifyIssue { f.path, er.fileErrors.at(i) });
            continue;
        }
        if (er.fileSha256.at(i).isEmpty()) {
            report.issues.append(VerifyIssue {
                f.path,
                QStringLiteral("%1: not checked because a file sharing its shard could not be read")
                    .arg(displayPath(f.path)) });
            continue;
        }
        ++report.filesChecked;
        if (er.fileSha256.at(i) != f.sha256)
            report.issues.append(VerifyIssue {
                f.path,
                QStringLiteral("%1: sha256 is %2, the manifest says %3")
                    .arg(displayPath(f.path), QString::fromLatin1(crypto::hexEncode(er.fileSha256.at(i))),
                         QString::fromLatin1(crypto::hexEncode(f.sha256))) });
    }
    for (int s = 0; s < m.shards.size(); ++s) {
        const crypto::Cid &got = er.shardCids.at(s);
        if (got.isNull())
            continue; // a file issue above explains why
        ++report.shardsChecked;
        report.bytesChecked += m.shards.at(s).size;
        if (got != m.shards.at(s).cid) {
            QStringList paths;
            for (const Piece &p : plan.shards.at(s).pieces)
                paths << displayPath(m.files.at(p.file).path);
            report.issues.append(
                VerifyIssue { m.shards.at(s).cid.toString(),
                              QStringLiteral("shard %1 %2: the bytes in %3 hash to %4 (files: %5)")
                                  .arg(s)
                                  .arg(m.shards.at(s).cid.toString(), o.dataDir, got.toString(),
                                       paths.join(QStringLiteral(", "))) });
        }
    }
    return report;
}

} // namespace

Result<VerifyReport> verifyManifest(const Manifest &manifest, const VerifyOptions &options)
{
    VerifyReport report;
    const Status sig = manifest.verifySignature(options.expectedKey);
    report.signatureValid = sig.ok();
    if (!sig)
        report.issues.append(VerifyIssue { QStringLiteral("signature"), sig.errorString() });
    if (!options.dataDir.isEmpty())
        return verifyDir(manifest, options, std::move(report));
    return verifyStore(manifest, options, std::move(report));
}

} // namespace sg::packaging
