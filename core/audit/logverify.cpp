#include "audit/logverify.h"

#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>

namespace sg::audit {

namespace {

constexpr qint64 kBatch = 16 * ledger::kTileWidth;

Error equivocation(const SeenCheckpoint &earlier, const QByteArray &laterNote, const QString &how,
                   Equivocation *evidence)
{
    if (evidence) {
        evidence->earlierNote = earlier.note;
        evidence->laterNote = laterNote;
    }
    return fail(
        QStringLiteral("log equivocation or rewritten history: %1 (checkpoint of size %2 seen earlier from "
                       "%3 vs the current checkpoint); both signed checkpoints are the evidence")
            .arg(how)
            .arg(earlier.checkpoint.size)
            .arg(earlier.source.isEmpty() ? QStringLiteral("an earlier audit") : earlier.source),
        QStringLiteral("equivocation"));
}

// trustedLeaves: the leaves were just rebuilt by this program from its own database rows
// (seq order checked there), so parsing them again proves nothing; only hash them.
// A local ledger's leaf hashes, computed by two worker threads (each with its own
// database connection) over alternating windows of the log, while this thread folds
// them into the tree in order: reading rows, rebuilding leaves and hashing them is
// nearly all of the work, and it splits evenly over two cores.
Status parallelLeafHashes(const ledger::Ledger &ledger, qint64 size, qint64 *voids,
                          const std::function<Status(const char *hash)> &onHash)
{
    constexpr qint64 kWindow = 4 * kBatch;
    constexpr int kWorkers = 2;
    constexpr qint64 kAhead = 4; // windows computed ahead of the fold, at most
    const qint64 windows = (size + kWindow - 1) / kWindow;
    struct Window
    {
        QByteArray hashes;
        qint64 voids = 0;
        Status status;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::map<qint64, Window> done;
    qint64 consumed = 0;
    bool cancelled = false;
    const auto work = [&](int worker) {
        for (qint64 k = worker; k < windows; k += kWorkers) {
            {
                std::unique_lock lk(mutex);
                changed.wait(lk, [&] { return cancelled || k < consumed + kAhead; });
                if (cancelled)
                    return;
            }
            Window w;
            const qint64 first = k * kWindow;
            const qint64 count = std::min(kWindow, size - first);
            w.hashes.resize(count * ledger::kHashSize);
            qint64 i = 0;
            w.status = ledger.scanLeaves(first, count, count, [&](ledger::LeafBatch &batch) -> Status {
                w.voids += batch.voids;
                for (qsizetype j = 0; j < batch.size() && i < count; ++j, ++i)
                    ledger::leafHashInto(batch.leaf(j), w.hashes.data() + i * ledger::kHashSize);
                return {};
            });
            const bool ok = w.status.ok();
            {
                std::lock_guard lk(mutex);
                done.emplace(k, std::move(w));
                changed.notify_all();
            }
            if (!ok)
                return;
        }
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kWorkers; ++t) {
        threads.emplace_back(QThread::create(work, t));
        threads.back()->start();
    }
    Status result;
    for (qint64 k = 0; k < windows && result.ok(); ++k) {
        Window w;
        {
            std::unique_lock lk(mutex);
            changed.wait(lk, [&] { return done.count(k) > 0; });
            w = std::move(done.at(k));
            done.erase(k);
            consumed = k + 1;
            changed.notify_all();
        }
        if (!w.status.ok()) {
            result = w.status;
            break;
        }
        *voids += w.voids;
        const qint64 n = w.hashes.size() / ledger::kHashSize;
        for (qint64 i = 0; i < n && result.ok(); ++i)
            result = onHash(w.hashes.constData() + i * ledger::kHashSize);
    }
    {
        std::lock_guard lk(mutex);
        cancelled = true;
        changed.notify_all();
    }
    for (auto &t : threads)
        t->wait();
    return result;
}

Result<LogVerifyReport> verifyAgainst(LogSource &source, const ledger::NoteVerifier &key,
                                      QList<SeenCheckpoint> seen, const LogVerifyOptions &options,
                                      bool trustedLeaves = false, const ledger::Ledger *local = nullptr)
{
    auto note = source.checkpointNote();
    if (!note.ok())
        return note.error();
    auto cp = ledger::openCheckpoint(*note, key);
    if (!cp.ok())
        return fail(QStringLiteral("the log's checkpoint does not verify with key %1: %2")
                        .arg(key.verifierKey(), cp.errorString()),
                    cp.errorCode());
    std::sort(seen.begin(), seen.end(), [](const SeenCheckpoint &a, const SeenCheckpoint &b) {
        return a.checkpoint.size < b.checkpoint.size;
    });

    LogVerifyReport report;
    report.origin = cp->origin;
    report.size = cp->size;
    report.root = cp->rootHash;
    report.checkpointNote = *note;

    // Checkpoints seen before that are larger than this one: this one must be a prefix.
    for (const SeenCheckpoint &s : std::as_const(seen)) {
        if (s.checkpoint.size <= cp->size)
            continue;
        auto proof = source.consistencyProof(cp->size, s.checkpoint.size);
        if (!proof.ok())
            return fail(
                QStringLiteral("the log serves checkpoint %1 although %2 was seen before, and gives no "
                               "consistency proof: %3")
                    .arg(cp->size)
                    .arg(s.checkpoint.size)
                    .arg(proof.errorString()),
                QStringLiteral("rollback"));
        if (!ledger::verifyConsistency(cp->size, s.checkpoint.size, cp->rootHash, s.checkpoint.rootHash,
                                       *proof)
                 .ok())
            return equivocation(s, *note,
                                QStringLiteral("the current checkpoint is not a prefix of a larger one"),
                                options.evidence);
        ++report.checkpointsCompared;
    }

    // Every leaf: a canonical receipt at its index; roots at every earlier size.
    ledger::CompactRange range;
    qsizetype nextSeen = 0;
    qsizetype mismatch = -1;
    while (nextSeen < seen.size() && seen.at(nextSeen).checkpoint.size == 0)
        ++nextSeen;
    // After each leaf: the roots at the sizes of earlier checkpoints.
    const auto afterLeaf = [&]() -> Status {
        while (nextSeen < seen.size() && seen.at(nextSeen).checkpoint.size == range.size()) {
            const SeenCheckpoint &s = seen.at(nextSeen);
            // Judged after the last leaf: if the leaves do not even give the current
            // root, they are wrong; if they do, a different root here proves the two
            // signed checkpoints describe different histories.
            if (mismatch < 0 && range.root() != s.checkpoint.rootHash)
                mismatch = nextSeen;
            // The source's own consistency proof must agree too.
            if (s.checkpoint.size < cp->size && s.checkpoint.size > 0) {
                auto proof = source.consistencyProof(s.checkpoint.size, cp->size);
                if (!proof.ok())
                    return proof.error();
                if (!ledger::verifyConsistency(s.checkpoint.size, cp->size, s.checkpoint.rootHash,
                                               cp->rootHash, *proof)
                         .ok()
                    && mismatch < 0)
                    mismatch = nextSeen;
            }
            ++report.checkpointsCompared;
            ++nextSeen;
        }
        return {};
    };
    if (trustedLeaves && local && !options.visit) {
        SG_TRY(parallelLeafHashes(*local, cp->size, &report.voidLeaves, [&](const char *hash) -> Status {
            range.appendLeafHash(hash);
            return afterLeaf();
        }));
    } else {
        for (qint64 first = 0; first < cp->size; first += kBatch) {
            const qint64 count = std::min<qint64>(kBatch, cp->size - first);
            auto leaves = source.leaves(first, count, cp->size);
            if (!leaves.ok())
                return leaves.error();
            if (leaves->size() != count)
                return fail(
                    QStringLiteral("the log returned %1 of %2 entries").arg(leaves->size()).arg(count),
                    QStringLiteral("format"));
            for (qint64 i = 0; i < count; ++i) {
                const QByteArray &leaf = leaves->at(i);
                const qint64 seq = first + i;
                std::optional<ledger::Receipt> receipt;
                if (trustedLeaves && !options.visit) {
                    if (leaf.contains("\"kind\":\"void\""))
                        ++report.voidLeaves;
                } else {
                    auto parsed = ledger::Receipt::fromLeaf(leaf);
                    if (!parsed.ok())
                        return fail(QStringLiteral("entry %1: %2").arg(seq).arg(parsed.errorString()),
                                    QStringLiteral("format"));
                    if (parsed->seq != seq)
                        return fail(QStringLiteral("entry %1 carries seq %2").arg(seq).arg(parsed->seq),
                                    QStringLiteral("format"));
                    if (parsed->kind == ledger::kind::voided)
                        ++report.voidLeaves;
                    receipt = std::move(*parsed);
                }
                range.appendLeafHash(ledger::leafHash(leaf));
                SG_TRY(afterLeaf());
                if (options.visit && receipt)
                    options.visit(*receipt);
            }
        }
    }
    if (range.root() != cp->rootHash)
        return fail(
            QStringLiteral("the log's %1 entries do not hash to the root its checkpoint signs").arg(cp->size),
            QStringLiteral("root"));
    if (mismatch >= 0)
        return equivocation(
            seen.at(mismatch), *note,
            QStringLiteral("the log's history up to size %1 differs from the one signed earlier")
                .arg(seen.at(mismatch).checkpoint.size),
            options.evidence);
    return report;
}

} // namespace

Result<LogVerifyReport> verifyLog(LogSource &source, const LogVerifyOptions &options)
{
    QString vkey = options.verifierKey;
    if (vkey.isEmpty()) {
        auto served = source.verifierKey();
        if (!served.ok())
            return served.error();
        vkey = *served;
        auto parsed = ledger::NoteVerifier::fromVerifierKey(vkey);
        if (!parsed.ok())
            return parsed.error();
        if (options.store) {
            auto known = options.store->knownKey(parsed->name());
            if (!known.ok())
                return known.error();
            if (!known->isEmpty() && *known != vkey)
                return fail(
                    QStringLiteral("the log %1 now presents key %2, but the audit store recorded %3; if the "
                                   "operator rotated the key, pin the new one with --vkey")
                        .arg(parsed->name(), vkey, *known),
                    QStringLiteral("key"));
        }
    }
    auto key = ledger::NoteVerifier::fromVerifierKey(vkey);
    if (!key.ok())
        return key.error();
    QList<SeenCheckpoint> seen;
    if (options.store) {
        auto s = options.store->checkpoints(key->name());
        if (!s.ok())
            return s.error();
        seen = *s;
    }
    auto report = verifyAgainst(source, *key, seen, options);
    if (!report.ok())
        return report;
    if (options.store) {
        SG_TRY(options.store->rememberKey(key->name(), key->verifierKey()));
        SeenCheckpoint c;
        c.checkpoint.origin = report->origin;
        c.checkpoint.size = report->size;
        c.checkpoint.rootHash = report->root;
        c.note = report->checkpointNote;
        c.seenAtMs = (options.clock ? options.clock : Clock::system())->nowMs();
        c.source = source.describe();
        SG_TRY(options.store->remember(c));
    }
    return report;
}

Result<LogVerifyReport> verifyLocalLog(const ledger::Ledger &ledger, const ledger::NoteVerifier &key)
{
    auto stored = ledger.checkpoints();
    if (!stored.ok())
        return stored.error();
    QList<SeenCheckpoint> seen;
    for (const ledger::SignedCheckpoint &c : std::as_const(*stored)) {
        auto opened = ledger::openCheckpoint(c.note, key);
        if (!opened.ok())
            return fail(QStringLiteral("stored checkpoint %1 does not verify: %2")
                            .arg(c.checkpoint.size)
                            .arg(opened.errorString()),
                        QStringLiteral("signature"));
        seen.append(SeenCheckpoint { *opened, c.note, c.timeMs, QStringLiteral("the log's own history") });
    }
    auto source = wrapLedger(ledger);
    LogVerifyOptions options;
    return verifyAgainst(*source, key, seen, options, true, &ledger);
}

} // namespace sg::audit
