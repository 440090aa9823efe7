#include "downloader.h"

#include "common/fileutil.h"
#include "common/logging.h"
#include "common/threadpriority.h"
#include "crypto/encoding.h"
#include "ledger/bundle.h"
#include "pathsafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace sg::download {

namespace {

// The worker hashes a shard in slices this size (it stays in the CPU's L2 between the
// shard's own hash and the file hashes that continue with it).
constexpr qint64 kHashSlice = 128 * 1024;
// How far down the queue schedule() looks for a shard that may start.
constexpr int kStartScan = 256;

Error tooManyWrongBytes(const ShardTask &task)
{
    return fail(
        QStringLiteral("shard %1 arrived with wrong bytes %2 times; the edge or a proxy corrupts data "
                       "(nothing unverified was written)")
            .arg(task.cid.toString())
            .arg(task.verifyFailures),
        QStringLiteral("verify"));
}

} // namespace

Downloader::Downloader(DownloadOptions options, QObject *parent)
    : QObject(parent), m_opt(std::move(options)), m_clock(m_opt.clock ? m_opt.clock : Clock::system()),
      m_limiter(m_opt.limitRate)
{
    qRegisterMetaType<sg::download::DownloadProgress>();
    m_opt.connections = qBound(1, m_opt.connections, 32);
    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        checkTokenRefresh();
        maybeSync(false);
    });
    // The edge signs a checkpoint about once a second: asked four times as often, a bundle
    // waits at most a quarter second after its checkpoint before it is fetched.
    m_prefetchTimer.setInterval(kPrefetchTickMs);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &Downloader::prefetchReceipts);
    // Two threads more than cores: a worker waiting for its O_DIRECT write leaves its core
    // to another that hashes the next shard.
    m_pool.setMaxThreadCount(qBound(2, QThread::idealThreadCount(), 8) + 2);
}

Downloader::~Downloader()
{
    for (ShardConnection *c : std::as_const(m_connections))
        c->abort();
    drainWorkers();
}

void Downloader::drainWorkers()
{
    ++m_checkGen;
    m_pool.waitForDone();
}

int Downloader::backoffMs(int attempts) const
{
    // Exponential with full jitter in [base/2, cap]: retries from several connections
    // and several buyers spread out instead of arriving together.
    const qint64 ceiling
        = qMin<qint64>(m_opt.backoffMaxMs, qint64(m_opt.backoffBaseMs) << qMin(attempts, 16));
    const qint64 floor = qMax<qint64>(1, m_opt.backoffBaseMs / 2);
    if (ceiling <= floor)
        return int(floor);
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor));
}

void Downloader::start()
{
    m_elapsed.start();
    m_progressTimer.start();
    m_edges = QList<QUrl> { m_opt.edge } + m_opt.moreEdges;
    for (const QUrl &edge : std::as_const(m_edges)) {
        if (!edge.isValid() || edge.scheme() != QLatin1String("http") || edge.host().isEmpty()) {
            end(fail(QStringLiteral("edge URL \"%1\" is not an http://HOST:PORT URL").arg(edge.toString()),
                     QStringLiteral("usage")));
            return;
        }
    }
    m_summary.edge = m_opt.edge.toString();
    if (m_opt.outDir.isEmpty()) {
        end(fail(QStringLiteral("no output folder given"), QStringLiteral("usage")));
        return;
    }
    m_api = new EdgeApi(m_opt.edge, this);
    m_phase = Phase::Manifest;
    if (m_opt.manifest.contains(QLatin1Char('@')))
        resolveName();
    else
        fetchManifest(m_opt.manifest);
}

void Downloader::resolveName()
{
    const QString name = m_opt.manifest.section(QLatin1Char('@'), 0, 0);
    const QString version = m_opt.manifest.section(QLatin1Char('@'), 1);
    m_api->get(QStringLiteral("/v1/datasets"), [this, name, version](const ApiReply &r) {
        if (m_phase == Phase::Done)
            return;
        if (r.status == 0 && m_summary.edgeSwitches < m_edges.size() - 1 && failOver(r.describe())) {
            resolveName();
            return;
        }
        if (r.status != 200) {
            end(fail(QStringLiteral("cannot read the edge's catalog: %1").arg(r.describe()),
                     QStringLiteral("edge")));
            return;
        }
        auto cid = EdgeApi::findManifestCid(r.body, name, version);
        if (!cid) {
            end(cid.error());
            return;
        }
        Q_EMIT note(QStringLiteral("resolved"),
                    QStringLiteral("%1@%2 is manifest %3").arg(name, version, *cid));
        fetchManifest(*cid);
    });
}

void Downloader::fetchManifest(const QString &cidText)
{
    auto cid = crypto::Cid::parse(cidText);
    if (!cid) {
        end(fail(QStringLiteral("\"%1\" is neither a manifest CID nor name@version: %2")
                     .arg(cidText, cid.errorString()),
                 QStringLiteral("usage")));
        return;
    }
    m_plan.manifestCid = *cid;
    m_api->get(QStringLiteral("/v1/manifests/") + cid->toString(), [this](const ApiReply &r) {
        if (m_phase == Phase::Done)
            return;
        if (r.status == 404) {
            end(fail(QStringLiteral("the edge does not know manifest %1").arg(m_plan.manifestCid.toString()),
                     QStringLiteral("notfound")));
            return;
        }
        if (r.status == 0 && m_summary.edgeSwitches < m_edges.size() - 1 && failOver(r.describe())) {
            fetchManifest(m_plan.manifestCid.toString());
            return;
        }
        if (r.status != 200) {
            end(fail(QStringLiteral("cannot fetch manifest %1: %2")
                         .arg(m_plan.manifestCid.toString(), r.describe()),
                     QStringLiteral("edge")));
            return;
        }
        prepare(r.body);
    });
}

Status Downloader::checkOutputFolder()
{
    QSet<QString> files;
    QSet<QString> folders;
    for (const PlanFile &f : std::as_const(m_plan.files)) {
        files.insert(f.path);
        for (qsizetype s = f.path.indexOf(QLatin1Char('/')); s > 0;
             s = f.path.indexOf(QLatin1Char('/'), s + 1))
            folders.insert(f.path.left(s));
    }
    const QDir root(m_opt.outDir);
    if (!root.exists())
        return {};
    QStringList foreign;
    QDirIterator it(m_opt.outDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = root.relativeFilePath(info.filePath());
        if (rel == QLatin1String(kStateFolder)
            || rel.startsWith(QLatin1String(kStateFolder) + QLatin1Char('/')))
            continue;
        const bool ours = info.isSymLink() ? false
            : info.isDir()                 ? folders.contains(rel)
            : info.isFile()                ? files.contains(rel)
                                           : false;
        if (!ours)
            foreign.append(rel + (info.isSymLink() ? QStringLiteral(" (symlink)") : QString()));
    }
    if (foreign.isEmpty())
        return {};
    std::sort(foreign.begin(), foreign.end());
    const QString list = foreign.mid(0, 5).join(QStringLiteral(", "))
        + (foreign.size() > 5 ? QStringLiteral(", ...") : QString());
    if (m_opt.force) {
        Q_EMIT note(QStringLiteral("foreign"),
                    QStringLiteral("leaving %1 entries that are not part of this dataset untouched: %2")
                        .arg(foreign.size())
                        .arg(list));
        return {};
    }
    return fail(
        QStringLiteral("output folder %1 holds %2 entries that are not part of this dataset (%3); choose an "
                       "empty folder, or pass --force to download beside them (they are left untouched)")
            .arg(m_opt.outDir)
            .arg(foreign.size())
            .arg(list),
        QStringLiteral("foreign"));
}

void Downloader::prepare(const QByteArray &manifestBytes)
{
    m_phase = Phase::Prepare;
    auto plan = DownloadPlan::fromManifest(manifestBytes, m_plan.manifestCid);
    if (!plan) {
        end(plan.error());
        return;
    }
    m_plan = std::move(*plan);
    m_summary.manifestCid = m_plan.manifestCid.toString();
    m_summary.dataset = m_plan.dataset;
    m_summary.version = m_plan.version;
    m_summary.files = int(m_plan.files.size());
    m_summary.fileBytes = m_plan.totalFileBytes;
    m_summary.shardsTotal = int(m_plan.shards.size());

    Status st = checkOutputFolder();
    if (!st) {
        end(st);
        return;
    }
    m_files.setDirectWrites(m_opt.directWrites);
    st = m_files.open(m_opt.outDir, &m_plan);
    if (!st) {
        end(st);
        return;
    }
    m_stateDir = QDir(m_opt.outDir).absolutePath() + QLatin1Char('/') + QLatin1String(kStateFolder);
    st = m_journal.open(m_stateDir, m_plan.manifestCid);
    if (!st) {
        end(st);
        return;
    }
    if (m_journal.discardedTailBytes() > 0)
        Q_EMIT note(QStringLiteral("journal"),
                    QStringLiteral("cut %1 bytes of a torn journal record (an earlier run was "
                                   "interrupted mid-write)")
                        .arg(m_journal.discardedTailBytes()));
    // A journal record is only as good as the file under it: drop records whose files
    // are gone or were resized since.
    QList<bool> preexisting;
    for (int i = 0; i < m_plan.files.size(); ++i)
        preexisting.append(m_files.fileLooksComplete(i));
    QList<int> stale;
    for (auto it = m_journal.verifiedShards().cbegin(); it != m_journal.verifiedShards().cend(); ++it) {
        const int index = it.key();
        bool good = index < m_plan.shards.size() && m_plan.shards.at(index).cid == it.value();
        if (good) {
            for (const auto &use : m_plan.shards.at(index).uses)
                good = good && preexisting.at(use.first);
        }
        if (!good)
            stale.append(index);
    }
    // Records of an earlier boot not covered by a sync record: the machine went down
    // before their bytes were surely on disk. Read them back; keep those that verify.
    QList<int> intact;
    for (auto it = m_journal.untrustedShards().cbegin(); it != m_journal.untrustedShards().cend(); ++it) {
        const int index = it.key();
        bool present = index < m_plan.shards.size() && m_plan.shards.at(index).cid == it.value();
        if (present)
            for (const auto &use : m_plan.shards.at(index).uses)
                present = present && preexisting.at(use.first);
        if (!present)
            continue;
        auto bytes = m_files.readShard(index);
        if (bytes && crypto::Sha256::hash(*bytes) == it.value().digest())
            intact.append(index);
    }
    if (!m_journal.untrustedShards().isEmpty()) {
        Q_EMIT note(QStringLiteral("journal"),
                    QStringLiteral("the machine restarted since the last run: re-read %1 shards written "
                                   "after the last sync, %2 intact, fetching the others again")
                        .arg(m_journal.untrustedShards().size())
                        .arg(intact.size()));
    }
    if (!stale.isEmpty()) {
        Q_EMIT note(
            QStringLiteral("journal"),
            QStringLiteral("%1 journaled shards no longer match the files on disk; fetching them again")
                .arg(stale.size()));
    }
    if (!stale.isEmpty() || !m_journal.untrustedShards().isEmpty()) {
        // The rewrite marks every kept record as synced: make it true first.
        st = m_files.syncAll();
        if (st)
            st = m_journal.settleUntrusted(intact);
        if (st)
            st = m_journal.forget(stale);
        if (!st) {
            end(st);
            return;
        }
    }
    const bool freshJournal = m_journal.verifiedShards().isEmpty();
    st = m_files.preallocate();
    if (!st) {
        end(st);
        return;
    }
    // Files of this dataset already present without any journal (copied in, or a journal
    // deleted): trust nothing, but keep every shard whose bytes verify against its CID.
    if (freshJournal) {
        for (int s = 0; s < m_plan.shards.size(); ++s) {
            const PlanShard &shard = m_plan.shards.at(s);
            bool present = !shard.uses.isEmpty();
            for (const auto &use : shard.uses)
                present = present && preexisting.at(use.first);
            if (!present)
                continue;
            auto bytes = m_files.readShard(s);
            if (bytes && crypto::Cid::ofData(*bytes) == shard.cid) {
                st = m_journal.recordShard(s, shard.cid, {});
                if (!st) {
                    end(st);
                    return;
                }
                ++m_summary.shardsAdopted;
            }
        }
    } else {
        m_summary.shardsFromJournal = int(m_journal.verifiedShards().size());
    }
    st = writeFileAtomic(m_stateDir + QStringLiteral("/manifest.json"), m_plan.manifestBytes);
    if (!st) {
        end(st);
        return;
    }
    for (int s = 0; s < m_plan.shards.size(); ++s) {
        if (m_journal.isVerified(s))
            m_bytesVerified += m_plan.shards.at(s).size;
        else
            m_pendingShards.insert(s);
    }
    initFileHashes();
    emitProgress(true);
    if (m_pendingShards.isEmpty()) {
        verifyFiles();
        return;
    }
    // One job for the whole download, journaled before the first token: a resumed run
    // asks for tokens in the same job, so the edge never bills a shard twice.
    if (m_journal.jobId().isEmpty()) {
        quint32 rnd[4];
        QRandomGenerator::system()->fillRange(rnd);
        st = m_journal.recordJob(QStringLiteral("get-")
                                 + QString::fromLatin1(crypto::hexEncode(QByteArrayView(
                                     reinterpret_cast<const char *>(rnd), qsizetype(sizeof rnd)))));
        if (!st) {
            end(st);
            return;
        }
    }
    m_phase = Phase::Token;
    requestToken(false);
}

void Downloader::requestToken(bool dueToAuthFailure)
{
    if (!m_opt.token.isEmpty()) {
        if (dueToAuthFailure) {
            end(fail(QStringLiteral(
                         "the edge refused the given token; pass --api-key so get can obtain a new one"),
                     QStringLiteral("revoked")));
            return;
        }
        auto grant = EdgeApi::parseTokenReply(
            QJsonDocument(QJsonObject { { QStringLiteral("token"), QString::fromLatin1(m_opt.token) } })
                .toJson());
        if (!grant) {
            end(grant.error());
            return;
        }
        m_token = grant->token;
        m_tokenExpMs = grant->expiresAtMs;
        ++m_tokenGen;
        startTransfer();
        return;
    }
    if (m_tokenRequestInFlight)
        return;
    m_tokenRequestInFlight = true;
    QJsonObject body { { QStringLiteral("manifest"), m_plan.manifestCid.toString() },
                       { QStringLiteral("ttl"), m_opt.tokenTtlSecs } };
    body.insert(QStringLiteral("job"), m_journal.jobId());
    m_api->postJson(
        QStringLiteral("/v1/tokens"), body, m_opt.apiKey, [this, dueToAuthFailure](const ApiReply &r) {
            m_tokenRequestInFlight = false;
            if (m_phase == Phase::Done)
                return;
            if (r.status == 200 || r.status == 201) {
                auto grant = EdgeApi::parseTokenReply(r.body);
                if (!grant) {
                    end(grant.error());
                    return;
                }
                m_token = grant->token;
                m_tokenExpMs = grant->expiresAtMs;
                ++m_tokenGen;
                if (m_journal.jobId().isEmpty() && !grant->job.isEmpty()) {
                    Status st = m_journal.recordJob(grant->job);
                    if (!st) {
                        end(st);
                        return;
                    }
                }
                if (m_tokenGen > 1)
                    Q_EMIT note(QStringLiteral("token"),
                                dueToAuthFailure ? QStringLiteral("token refused; obtained a new one")
                                                 : QStringLiteral("token refreshed before expiry"));
                if (m_phase == Phase::Token)
                    startTransfer();
                else
                    schedule();
                return;
            }
            if (r.status == 401)
                end(fail(
                    QStringLiteral("the edge rejected the API key (%1); check --api-key").arg(r.describe()),
                    QStringLiteral("auth")));
            else if (r.status == 402)
                end(fail(QStringLiteral("out of credits (%1); top up the account and run get again to resume")
                             .arg(r.describe()),
                         QStringLiteral("credits")));
            else if (r.status == 403)
                end(fail(QStringLiteral("access to manifest %1 was refused (%2): revoked or not entitled; "
                                        "the download stopped, "
                                        "verified shards are kept")
                             .arg(m_plan.manifestCid.toString(), r.describe()),
                         QStringLiteral("revoked")));
            else if (r.status == 0 || r.status >= 500 || r.status == 429) {
                ++m_summary.retries;
                if (r.status == 0)
                    failOver(r.describe()); // the retry below goes to the next edge
                const bool stillValid = m_tokenExpMs > m_clock->nowMs() + 5000 && !dueToAuthFailure;
                if (!stillValid && m_summary.retries > m_opt.maxAttempts * 4) {
                    end(fail(QStringLiteral("cannot obtain a token: %1").arg(r.describe()),
                             QStringLiteral("edge")));
                    return;
                }
                Q_EMIT note(QStringLiteral("retry"),
                            QStringLiteral("token request failed (%1); retrying").arg(r.describe()));
                QTimer::singleShot(backoffMs(2), this, [this, dueToAuthFailure] {
                    if (m_phase != Phase::Done)
                        requestToken(dueToAuthFailure);
                });
            } else {
                end(fail(QStringLiteral("cannot obtain a token: %1").arg(r.describe()),
                         QStringLiteral("edge")));
            }
        });
}

void Downloader::checkTokenRefresh()
{
    if (!m_opt.token.isEmpty() || m_tokenRequestInFlight || m_phase != Phase::Transfer || m_tokenExpMs <= 0)
        return;
    // Refresh with a minute to spare (or a quarter of a short TTL), so requests never
    // carry an expired token and transfers never wait for a new one.
    const qint64 margin = qMin<qint64>(60000, qint64(m_opt.tokenTtlSecs) * 1000 / 4);
    if (m_clock->nowMs() >= m_tokenExpMs - margin)
        requestToken(false);
}

void Downloader::startTransfer()
{
    m_phase = Phase::Transfer;
    for (int s : fetchOrder()) {
        auto task = std::make_unique<ShardTask>();
        task->index = s;
        task->cid = m_plan.shards.at(s).cid;
        task->size = m_plan.shards.at(s).size;
        m_queue.push_back(task.get());
        m_tasks.push_back(std::move(task));
    }
    if (m_connections.isEmpty())
        connectToEdge();
    m_refreshTimer.start();
    m_prefetchTimer.start();
    schedule();
    // The log key now, beside the first shards: bundles can be checked and kept as soon as a
    // checkpoint covers them.
    if (!m_logKey && !m_keyAsked) {
        m_keyAsked = true;
        askLogKey({});
    }
}

QList<int> Downloader::fetchOrder() const
{
    // Round robin over the files (by each shard's first file), in order within each file:
    // parallel connections then mostly fetch shards of different files, so each file's
    // sha256 advances in order as its shards arrive, instead of the shards of one file
    // arriving out of order and waiting in memory (or the file being read back at the end).
    QList<int> order(m_pendingShards.cbegin(), m_pendingShards.cend());
    std::sort(order.begin(), order.end());
    QHash<int, int> groupOf; // first file -> index into groups
    std::vector<std::vector<int>> groups;
    for (int s : order) {
        const auto &uses = m_plan.shards.at(s).uses;
        const int f = uses.isEmpty() ? -1 : uses.first().first;
        auto it = groupOf.find(f);
        if (it == groupOf.end()) {
            it = groupOf.insert(f, int(groups.size()));
            groups.emplace_back();
        }
        groups[size_t(*it)].push_back(s);
    }
    QList<int> out;
    out.reserve(order.size());
    std::vector<size_t> live(groups.size());
    for (size_t g = 0; g < groups.size(); ++g)
        live[g] = g;
    for (size_t round = 0; !live.empty(); ++round) {
        size_t kept = 0;
        for (size_t g : live) {
            out.append(groups[g][round]);
            if (round + 1 < groups[g].size())
                live[kept++] = g;
        }
        live.resize(kept);
    }
    return out;
}

void Downloader::connectToEdge()
{
    for (ShardConnection *c : std::as_const(m_connections)) {
        if (ShardTask *task = c->abort())
            m_queue.push_front(task); // its verified-so-far bytes resume on the next edge
        c->disconnect(this);
        c->deleteLater();
    }
    m_connections.clear();
    const QUrl &edge = m_edges.at(m_edgeIndex);
    const int n = qMax(1, qMin<int>(m_opt.connections, int(m_pendingShards.size())));
    while (m_connections.size() < n) {
        auto *c = new ShardConnection(edge.host(), quint16(edge.port(80)), &m_limiter, this);
        c->setStallTimeoutMs(m_opt.stallTimeoutMs);
        connect(c, &ShardConnection::finished, this, &Downloader::onConnectionFinished);
        connect(c, &ShardConnection::bytesReceived, this, [this](qint64 got) {
            m_summary.bytesReceived += got;
            m_transportFailures = 0;
            emitProgress();
        });
        m_connections.append(c);
    }
}

bool Downloader::failOver(const QString &why)
{
    if (m_edges.size() < 2)
        return false;
    const QUrl from = m_edges.at(m_edgeIndex);
    m_edgeIndex = (m_edgeIndex + 1) % int(m_edges.size());
    const QUrl &to = m_edges.at(m_edgeIndex);
    ++m_summary.edgeSwitches;
    m_summary.edge = to.toString();
    m_transportFailures = 0;
    Q_EMIT note(QStringLiteral("failover"),
                QStringLiteral("edge %1 is not answering (%2); switching to %3 (same job and token: "
                               "verified shards are kept and nothing is charged twice)")
                    .arg(from.toString(), why, to.toString()));
    // API calls (tokens, receipts) follow; replies still pending from the old edge are
    // dropped with it.
    m_api->cancel();
    m_api->deleteLater();
    m_api = new EdgeApi(to, this);
    // Bundle and checkpoint requests still out went with the old edge: ask the new one (those
    // in flight are left to the end of the download).
    m_unbundled += m_prefetchQueue;
    m_prefetchQueue.clear();
    m_prefetchInFlight = 0;
    m_prefetchBusy = false;
    m_keyAsked = m_logKey.has_value();
    if (m_phase == Phase::Receipts) {
        m_receiptQueue += m_receiptsOut.values();
        m_receiptsOut.clear();
        std::sort(m_receiptQueue.begin(), m_receiptQueue.end());
        m_receiptPaused = false;
        QTimer::singleShot(0, this, &Downloader::fetchNextReceipt);
    }
    const bool tokenWasPending = m_tokenRequestInFlight;
    m_tokenRequestInFlight = false;
    m_authRetryUsed = false;
    if (m_phase == Phase::Transfer) {
        connectToEdge();
        if (tokenWasPending)
            requestToken(false);
    }
    emitProgress(true);
    return true;
}

void Downloader::schedule()
{
    if (m_phase != Phase::Transfer || m_stopping)
        return;
    const bool authWait = m_tokenRequestInFlight && m_authRetryUsed;
    // Bounded memory: at most one received body per connection waits for the pool.
    const bool poolFull = m_checking.size() >= m_connections.size();
    // Verified shards held for in-order file hashing wait for an earlier shard of their
    // file. A shard starts only within a window of extents after the one its file's hash
    // waits for, so a laggard holds at most a window's worth of later shards in memory
    // instead of more piling up until the file hash is dropped (and the whole file read
    // back at the end); shards of other files go meanwhile.
    const int window = int(qMax<qint64>(2, heldCap() / qMax<qint64>(1, m_plan.shardSize)));
    auto startsNow = [this, window](const ShardTask *t) {
        const auto &uses = m_plan.shards.at(t->index).uses;
        if (uses.isEmpty() || uses.first().first >= int(m_fileHashes.size()))
            return true;
        const FileHash &fh = m_fileHashes[size_t(uses.first().first)];
        return !fh.active || uses.first().second < fh.next + window;
    };
    if (!authWait && !poolFull) {
        for (ShardConnection *c : std::as_const(m_connections)) {
            if (m_queue.empty())
                break;
            if (c->busy())
                continue;
            auto pick = m_queue.begin();
            // The first that may start, among the next few (queued round robin over the
            // files, so a blocked file's successors come after the other files' shards).
            for (int looked = 0; pick != m_queue.end() && !startsNow(*pick); ++pick)
                if (++looked >= kStartScan) {
                    pick = m_queue.end();
                    break;
                }
            if (pick == m_queue.end())
                break; // the laggards are in flight: wait for them
            ShardTask *task = *pick;
            m_queue.erase(pick);
            if (task->buffer.capacity() < task->size) {
                for (auto it = m_spare.begin(); it != m_spare.end(); ++it) {
                    // Detached: no worker holds it any more (the count only goes down).
                    if (it->isDetached() && it->capacity() >= task->size) {
                        task->buffer = std::move(*it);
                        task->buffer.resize(0); // keeps the capacity
                        m_spare.erase(it);
                        break;
                    }
                }
            }
            c->fetch(task, m_token, m_tokenGen);
        }
    }
    if (m_pendingShards.isEmpty() && m_delayed == 0) {
        bool busy = false;
        for (ShardConnection *c : std::as_const(m_connections))
            busy = busy || c->busy();
        if (!busy)
            verifyFiles();
    }
}

void Downloader::requeue(ShardTask *task, int delayMs)
{
    if (delayMs <= 0) {
        m_queue.push_back(task);
        return;
    }
    ++m_delayed;
    QTimer::singleShot(delayMs, this, [this, task] {
        --m_delayed;
        if (m_phase != Phase::Transfer)
            return;
        m_queue.push_back(task);
        schedule();
    });
}

void Downloader::onConnectionFinished(ShardConnection *c, ShardTask *task, ShardConnection::Outcome outcome,
                                      const QString &message, int delayMs, int status)
{
    if (m_phase != Phase::Transfer || m_stopping)
        return;
    switch (outcome) {
    case ShardConnection::Outcome::Received:
        m_authRetryUsed = false;
        m_transportFailures = 0;
        checkShard(task);
        break;
    case ShardConnection::Outcome::Retry:
        ++m_summary.retries;
        ++task->attempts;
        if (status == 0 && m_edges.size() > 1
            && ++m_transportFailures >= qMax(3, int(m_connections.size()))) {
            // The edge itself is gone (refused, reset, silent): go on elsewhere at once.
            --task->attempts;
            m_queue.push_front(task);
            failOver(message);
            schedule();
            return;
        }
        if (task->verifyFailures >= m_opt.maxVerifyFailures) {
            end(tooManyWrongBytes(*task));
            return;
        }
        if (task->attempts > m_opt.maxAttempts) {
            end(fail(QStringLiteral("giving up on shard %1 after %2 attempts: %3; run get again to resume")
                         .arg(task->cid.toString())
                         .arg(task->attempts - 1)
                         .arg(message),
                     QStringLiteral("edge")));
            return;
        }
        Q_EMIT note(QStringLiteral("retry"), QStringLiteral("shard %1: %2").arg(task->index).arg(message));
        requeue(task, qMax(delayMs, task->attempts > 1 || status >= 500 ? backoffMs(task->attempts) : 0));
        break;
    case ShardConnection::Outcome::AuthFailed:
        if (c->tokenGeneration() < m_tokenGen) {
            requeue(task, 0); // sent with a token that has been replaced since
            break;
        }
        if (m_authRetryUsed) {
            end(fail(QStringLiteral(
                         "access stopped: %1. The token was refused again after a refresh (revoked or no "
                         "longer entitled); verified shards are kept")
                         .arg(message),
                     QStringLiteral("revoked")));
            return;
        }
        m_authRetryUsed = true;
        Q_EMIT note(QStringLiteral("token"), QStringLiteral("%1; refreshing the token once").arg(message));
        m_queue.push_front(task);
        requestToken(true);
        break;
    case ShardConnection::Outcome::Fatal:
        end(fail(status == 402
                     ? QStringLiteral("out of credits (%1); top up and run get again to resume").arg(message)
                     : QStringLiteral("shard %1: %2").arg(task->cid.toString(), message),
                 status == 402 ? QStringLiteral("credits") : QStringLiteral("edge")));
        return;
    }
    schedule();
}

void Downloader::checkShard(ShardTask *task)
{
    m_checking.insert(task->index, task);
    const QByteArray bytes = task->buffer; // shared, not copied: the task is idle until the result
    const QByteArray digest = task->cid.digest();
    const int index = task->index;
    const int gen = m_checkGen;
    FileAssembler *files = &m_files;
    // Claim the file hashes this shard continues in order (nothing queued before it): the
    // worker feeds them in the same pass over the bytes as the CID check, slice by slice
    // while each slice is warm in the cache.
    struct Claim
    {
        qint64 shardOffset; // the claimed extent's bytes within the shard
        qint64 length;
        std::shared_ptr<FileHashState> state;
    };
    QList<Claim> claims;
    const PlanShard &ps = m_plan.shards.at(index);
    // A shard of one file whose extent is next while that file's hash is still busy (the
    // shard before it in the file is being checked) queues its whole check behind the
    // hash instead: whoever feeds the hash runs it next, extent and CID in one pass.
    std::shared_ptr<FileHashState> host;
    bool hostLast = false; // the host's digest is due after this shard's extent
    for (int u = 0; u < ps.uses.size(); ++u) {
        const int f = ps.uses.at(u).first;
        const int e = ps.uses.at(u).second;
        if (f >= int(m_fileHashes.size()))
            continue;
        FileHash &fh = m_fileHashes[size_t(f)];
        if (!fh.active || fh.next != e)
            continue;
        bool behind = false;
        {
            QMutexLocker locker(&fh.state->lock);
            if (fh.state->running || !fh.state->pieces.empty()) {
                if (ps.uses.size() != 1 || fh.state->poisoned)
                    continue;
                behind = true;
            } else {
                fh.state->running = true;
            }
        }
        const PlanExtent &ext = m_plan.files.at(f).extents.at(e);
        claims.append({ ext.shardOffset, ext.length, fh.state });
        m_claims[index].append(f);
        ++fh.next;
        --m_needs[index];
        const bool last = fh.next == m_plan.files.at(f).extents.size();
        if (last)
            fh.active = false;
        if (behind) {
            host = fh.state;
            hostLast = last;
        } else if (last) {
            QMutexLocker locker(&fh.state->lock);
            fh.state->pieces.push_back({}); // the digest, once the claimed extent is fed
        }
    }
    // deferred: run by the owner of the host's hash, from its feeding loop.
    auto job = [this, bytes, digest, index, gen, files, claims](bool deferred) {
        lowerCurrentThreadPriorityOnce(m_opt.workerNiceness);
        // One pass over the bytes: the shard's own hash and, tentatively, the claimed
        // files' hashes (dropped below if the CID does not match). Wrong bytes are never
        // written: the CID check comes first.
        crypto::Sha256 cidHash;
        const char *data = bytes.constData();
        const qint64 size = bytes.size();
        for (qint64 at = 0; at < size; at += kHashSlice) {
            const qint64 end = qMin(size, at + kHashSlice);
            const QByteArrayView slice(data + at, end - at);
            // The first claimed extent in this slice runs alongside the CID hash (two
            // SHA-256 streams for about the price of one, see Sha256::addTwo).
            bool paired = false;
            for (const Claim &c : claims) {
                const qint64 from = qMax(at, c.shardOffset);
                const qint64 to = qMin(end, c.shardOffset + c.length);
                if (from >= to)
                    continue;
                const QByteArrayView extent(data + from, to - from);
                if (paired) {
                    c.state->hash.add(extent);
                } else {
                    crypto::Sha256::addTwo(cidHash, slice, c.state->hash, extent);
                    m_hashedWithOwnShard += extent.size();
                    paired = true;
                }
            }
            if (!paired)
                cidHash.add(slice);
        }
        const bool matches = cidHash.result() == digest;
        // The write (only of bytes that matched) and the result go to a task of their own,
        // so that the claimed hashes go on at once with what is queued behind them (held
        // pieces, the next shards' checks) instead of waiting for the disk.
        auto finish = [this, bytes, index, gen, files, matches] {
            lowerCurrentThreadPriorityOnce(m_opt.workerNiceness);
            Status st;
            if (matches)
                st = files->writeShard(index, bytes);
            QMetaObject::invokeMethod(
                this,
                [this, index, gen, st, matches] {
                    if (gen == m_checkGen)
                        onShardChecked(index, st, matches);
                },
                Qt::QueuedConnection);
        };
        if (matches)
            m_pool.start(finish);
        else
            finish();
        // Wrong bytes poison the claimed hashes (those files are read back at the end).
        for (const Claim &c : claims) {
            if (!matches) {
                QMutexLocker locker(&c.state->lock);
                c.state->poisoned = true;
            }
            if (!deferred)
                drainPieces(c.state);
        }
    };
    bool queued = false;
    if (host) {
        QMutexLocker locker(&host->lock);
        queued = host->running;
        if (queued) {
            host->pieces.push_back({ {}, 0, 0, [job] { job(true); } });
            ++m_summary.shardChecksQueued;
        } else {
            host->running = true; // its feeder finished meanwhile: an ordinary claim
        }
        if (hostLast)
            host->pieces.push_back({}); // the digest, once this shard's extent is fed
    }
    if (!queued)
        m_pool.start([job] { job(false); });
    // Shards held for the extents after a claimed one can go now (queued behind it).
    if (!claims.isEmpty() && !m_held.isEmpty())
        advanceFileHashes();
}

void Downloader::onShardChecked(int index, const Status &status, bool matches)
{
    ShardTask *task = m_checking.take(index);
    const QList<int> claimed = m_claims.take(index);
    if (!task || m_phase != Phase::Transfer || (m_stopping && !m_drainingChecks))
        return;
    if (!matches || !status) {
        // A file hash this shard had claimed missed its bytes: that file is read back.
        for (int f : claimed) {
            dropFileHash(f);
            m_fileHashes[size_t(f)].state.reset();
        }
    }
    if (!status) {
        end(status.errorCode() == QLatin1String("nospace") ? fail(
                QStringLiteral("download paused: %1").arg(status.errorString()), QStringLiteral("nospace"))
                                                           : status.error());
        return;
    }
    if (!matches) {
        ++task->verifyFailures;
        ++task->attempts;
        ++m_summary.retries;
        task->restart();
        if (task->verifyFailures >= m_opt.maxVerifyFailures) {
            end(tooManyWrongBytes(*task));
            return;
        }
        Q_EMIT note(QStringLiteral("retry"),
                    QStringLiteral("shard %1: shard %2 failed verification (bytes do not match its CID); "
                                   "discarded")
                        .arg(task->index)
                        .arg(task->cid.toString()));
        requeue(task, task->attempts > 1 ? backoffMs(task->attempts) : 0);
        schedule();
        return;
    }
    shardVerified(task);
    schedule();
}

void Downloader::maybeSync(bool force)
{
    if (m_sync && !m_sync->done.load())
        return;
    if (m_sync && !m_sync->error.isEmpty()) {
        const QString error = m_sync->error;
        m_sync.reset();
        if (m_phase == Phase::Transfer)
            end(fail(error, QStringLiteral("io")));
        return;
    }
    if (m_dirtyFiles.isEmpty() || !m_journal.isOpen())
        return;
    const qint64 now = m_elapsed.elapsed();
    if (!force && m_unsyncedBytes < m_opt.syncEveryBytes && now - m_lastSyncMs < m_opt.syncEveryMs)
        return;
    auto fds = m_files.duplicateFds(m_dirtyFiles.values());
    const int journalFd = m_journal.duplicateFd();
    if (!fds || journalFd < 0) {
        if (fds)
            for (int fd : std::as_const(*fds))
                ::close(fd);
        if (journalFd >= 0)
            ::close(journalFd);
        return; // try again at the next tick
    }
    m_dirtyFiles.clear();
    m_unsyncedBytes = 0;
    m_lastSyncMs = now;
    auto job = std::make_shared<SyncJob>();
    m_sync = job;
    const QByteArray record = DownloadJournal::syncRecord(m_journal.shardRecordCount());
    const QString journalPath = m_journal.path();
    // Detached: it owns its descriptors and touches nothing else, so a download that ends
    // (or a process that exits) never waits for the disk; an unfinished sync only means
    // the records since the previous one are re-read after a power loss.
    std::thread([job, files = *fds, journalFd, record, journalPath] {
        QString error;
        for (int fd : files) {
            if (error.isEmpty() && ::fdatasync(fd) != 0)
                error = QStringLiteral("cannot sync the downloaded files: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
        }
        if (error.isEmpty()) {
            const ssize_t n = ::write(journalFd, record.constData(), size_t(record.size()));
            if (n != record.size() || ::fdatasync(journalFd) != 0)
                error = QStringLiteral("cannot write journal %1").arg(journalPath);
        }
        ::close(journalFd);
        job->error = error;
        job->done.store(true);
    }).detach();
}

void Downloader::shardVerified(ShardTask *task)
{
    // Bytes are verified and written at their extents: journal them (see DownloadJournal).
    Status st = m_journal.recordShard(task->index, task->cid, task->receipts);
    if (!st) {
        end(st.errorCode() == QLatin1String("nospace")
                ? fail(QStringLiteral("download paused: %1").arg(st.errorString()), QStringLiteral("nospace"))
                : st.error());
        return;
    }
    m_unbundled += task->receipts;
    for (int f : m_files.filesOfShard(task->index))
        m_dirtyFiles.insert(f);
    m_unsyncedBytes += task->size;
    maybeSync(false);
    m_bytesVerified += task->size;
    m_pendingShards.remove(task->index);
    feedFileHashes(task->index, task->buffer);
    // Keep the buffer for a later shard once the pool and the file hashes let go of it:
    // fresh MiB-sized buffers cost a page fault per 4 KiB on first touch.
    // At most one spare per connection (peak RSS): past that, drop one still shared first
    // (its memory is freed anyway once the holder lets go), else the oldest.
    m_spare.push_back(std::move(task->buffer));
    if (m_spare.size() > size_t(m_connections.size())) {
        auto victim = std::find_if(m_spare.begin(), m_spare.end(),
                                   [](const QByteArray &b) { return !b.isDetached(); });
        m_spare.erase(victim != m_spare.end() ? victim : m_spare.begin());
    }
    ++m_summary.shardsFetched;
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->get() == task) {
            m_tasks.erase(it);
            break;
        }
    }
    emitProgress();
}

void Downloader::initFileHashes()
{
    m_fileHashes.clear();
    m_fileHashes.resize(size_t(m_plan.files.size()));
    m_held.clear();
    m_needs.clear();
    m_heldBytes = 0;
    for (int i = 0; i < m_plan.files.size(); ++i) {
        const PlanFile &f = m_plan.files.at(i);
        bool allPending = true;
        for (const PlanExtent &e : f.extents)
            allPending = allPending && m_pendingShards.contains(e.shard);
        if (!allPending)
            continue; // some bytes came from an earlier run: read the file back at the end
        FileHash &fh = m_fileHashes[size_t(i)];
        if (f.extents.isEmpty()) {
            fh.digest = crypto::Sha256::hash(QByteArray());
            continue;
        }
        fh.state = std::make_shared<FileHashState>();
        fh.active = true;
        for (const PlanExtent &e : f.extents)
            ++m_needs[e.shard];
    }
}

void Downloader::dropFileHash(int fileIndex)
{
    FileHash &fh = m_fileHashes[size_t(fileIndex)];
    if (!fh.active)
        return;
    fh.active = false;
    fh.state.reset(); // a drainer still running finishes on its own copy
    const PlanFile &f = m_plan.files.at(fileIndex);
    for (int e = fh.next; e < f.extents.size(); ++e) {
        const int s = f.extents.at(e).shard;
        if (--m_needs[s] <= 0 && m_held.contains(s))
            m_heldBytes -= m_held.take(s).size();
    }
}

void Downloader::feedFileHashes(int shardIndex, const QByteArray &bytes)
{
    if (m_needs.value(shardIndex) <= 0)
        return;
    m_held.insert(shardIndex, bytes);
    m_heldBytes += bytes.size();
    advanceFileHashes();
}

void Downloader::advanceFileHashes()
{
    // Feed every active file as far as the held shards allow.
    bool progressed = true;
    while (progressed) {
        progressed = false;
        for (int i = 0; i < int(m_fileHashes.size()); ++i) {
            FileHash &fh = m_fileHashes[size_t(i)];
            if (!fh.active)
                continue;
            const PlanFile &f = m_plan.files.at(i);
            while (fh.next < f.extents.size() && m_held.contains(f.extents.at(fh.next).shard)) {
                const PlanExtent &e = f.extents.at(fh.next);
                pushPiece(fh.state, { m_held.value(e.shard), e.shardOffset, e.length });
                ++fh.next;
                progressed = true;
                if (--m_needs[e.shard] <= 0)
                    m_heldBytes -= m_held.take(e.shard).size();
            }
            if (fh.next == f.extents.size()) {
                pushPiece(fh.state, {});
                fh.active = false;
            }
        }
    }
    // Bounded memory: past the cap, the file waiting longest falls back to a read-back.
    const qint64 cap = heldCap();
    while (m_heldBytes > cap) {
        int victim = -1;
        int lowest = INT_MAX;
        for (int i = 0; i < int(m_fileHashes.size()); ++i) {
            const FileHash &fh = m_fileHashes[size_t(i)];
            if (fh.active && m_plan.files.at(i).extents.at(fh.next).shard < lowest) {
                lowest = m_plan.files.at(i).extents.at(fh.next).shard;
                victim = i;
            }
        }
        if (victim < 0)
            break;
        dropFileHash(victim);
    }
}

void Downloader::pushPiece(const std::shared_ptr<FileHashState> &state, FileHashState::Piece piece)
{
    QMutexLocker locker(&state->lock);
    if (state->poisoned)
        return;
    state->pieces.push_back(std::move(piece));
    if (state->running)
        return;
    state->running = true;
    const int niceness = m_opt.workerNiceness;
    m_pool.start([state, niceness] {
        lowerCurrentThreadPriorityOnce(niceness);
        drainPieces(state);
    });
}

bool Downloader::nextPiece(FileHashState &state, FileHashState::Piece &piece)
{
    for (;;) {
        {
            QMutexLocker l(&state.lock);
            while (state.poisoned && !state.pieces.empty() && !state.pieces.front().check)
                state.pieces.pop_front();
            if (state.pieces.empty()) {
                state.running = false;
                return false;
            }
            piece = std::move(state.pieces.front());
            state.pieces.pop_front();
        }
        if (piece.check) {
            std::function<void()> check = std::move(piece.check);
            check();
            continue;
        }
        if (piece.length >= 0)
            return true;
        state.digest = state.hash.result();
    }
}

void Downloader::drainPieces(const std::shared_ptr<FileHashState> &state)
{
    FileHashState::Piece p;
    while (nextPiece(*state, p))
        state->hash.add(p.bytes.constData() + p.offset, p.length);
}

void Downloader::verifyFiles()
{
    m_phase = Phase::Verify;
    m_refreshTimer.stop();
    m_prefetchTimer.stop();
    for (ShardConnection *c : std::as_const(m_connections))
        c->abort();
    drainWorkers(); // the file hashes fed so far
    emitProgress(true);
    QByteArray sums;
    QList<int> badShards;
    QStringList badFiles;
    for (int i = 0; i < m_plan.files.size(); ++i) {
        const PlanFile &f = m_plan.files.at(i);
        QByteArray known;
        if (i < int(m_fileHashes.size())) {
            const FileHash &fh = m_fileHashes[size_t(i)];
            known = fh.state ? fh.state->digest : fh.digest;
        }
        if (known.isEmpty())
            ++m_summary.filesReadBack;
        Result<QByteArray> digest = !known.isEmpty() ? Result<QByteArray>(known) : m_files.hashFile(i);
        if (!digest) {
            end(digest.error());
            return;
        }
        if (*digest != f.sha256) {
            badFiles.append(f.path);
            for (const PlanExtent &e : f.extents)
                badShards.append(e.shard);
        }
        sums += crypto::hexEncode(f.sha256) + "  " + f.path.toUtf8() + '\n';
    }
    if (!badFiles.isEmpty()) {
        Status st = m_files.syncAll(); // the journal rewrite marks what stays as synced
        if (st)
            st = m_journal.forget(badShards);
        if (!st) {
            end(st);
            return;
        }
        if (m_verifyRounds++ > 0) {
            end(fail(QStringLiteral(
                         "%1 does not match its sha256 although every shard matched its CID: the manifest "
                         "is inconsistent; tell the creator")
                         .arg(badFiles.join(QStringLiteral(", "))),
                     QStringLiteral("verify")));
            return;
        }
        m_summary.filesFetchedAgain += int(badFiles.size());
        Q_EMIT note(
            QStringLiteral("verify"),
            QStringLiteral("%1 did not match its sha256 (changed on disk during the download?); fetching its "
                           "shards again")
                .arg(badFiles.join(QStringLiteral(", "))));
        for (int s : std::as_const(badShards)) {
            if (!m_pendingShards.contains(s)) {
                m_pendingShards.insert(s);
                m_bytesVerified -= m_plan.shards.at(s).size;
            }
        }
        m_fileHashes.clear(); // the second round reads every file back
        m_phase = Phase::Token;
        if (m_token.isEmpty())
            requestToken(false);
        else
            startTransfer();
        return;
    }
    Status st = writeFileAtomic(m_stateDir + QStringLiteral("/SHA256SUMS"), sums);
    if (!st) {
        end(st);
        return;
    }
    fetchReceipts();
}

// A bundle file kept by an earlier run counts only when it holds the bundle of that
// receipt: bundle files are renamed into place without a sync each (see
// saveReceiptBundle), so after a power loss one may be empty or cut short.
static QJsonObject bundleReceipt(const QByteArray &bundleText)
{
    return QJsonDocument::fromJson(bundleText).object().value(QLatin1String("receipt")).toObject();
}

static bool hasBundleFile(const QString &path, qint64 seq)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return qint64(bundleReceipt(f.readAll()).value(QLatin1String("seq")).toDouble(-1)) == seq;
}

void Downloader::askLogKey(const std::function<void()> &then)
{
    // The log's verifier key, so every bundle is checked (signature, inclusion) before it
    // is kept; it is saved beside the bundles for offline checks.
    m_api->get(QStringLiteral("/v1/log/key"), [this, then](const ApiReply &r) {
        if (m_phase != Phase::Transfer && m_phase != Phase::Receipts)
            return;
        if (r.status == 200 && !m_logKey) {
            auto key = ledger::NoteVerifier::fromVerifierKey(QString::fromUtf8(r.body).trimmed());
            if (key) {
                Status st
                    = writeFileAtomic(m_stateDir + QStringLiteral("/log.vkey"), r.body.trimmed() + '\n');
                if (!st) {
                    end(st);
                    return;
                }
                m_logKey = *key;
            }
        }
        if (!m_logKey && m_phase == Phase::Receipts)
            Q_EMIT note(
                QStringLiteral("receipt"),
                QStringLiteral("the edge's log key is not available (%1); receipt bundles are kept unchecked")
                    .arg(r.describe()));
        if (then)
            then();
    });
}

void Downloader::askCheckpoint(const std::function<void(qint64)> &then)
{
    // How far the latest signed checkpoint reaches: bundles of receipts past it cannot be
    // had yet (the edge signs one about once a second).
    m_api->get(QStringLiteral("/v1/log/checkpoint"), [this, then](const ApiReply &r) {
        qint64 size = -1;
        if (r.status == 200 && m_logKey) {
            auto note = ledger::openNote(r.body, { *m_logKey });
            auto cp
                = note ? ledger::Checkpoint::parseBody(note->text) : Result<ledger::Checkpoint>(note.error());
            if (cp)
                size = cp->size;
        }
        then(size);
    });
}

Result<bool> Downloader::checkBundle(qint64 seq, const QByteArray &body)
{
    const QJsonObject receipt = bundleReceipt(body);
    if (qint64(receipt.value(QLatin1String("seq")).toDouble(-1)) != seq
        || receipt.value(QLatin1String("manifest")).toString() != m_plan.manifestCid.toString())
        return fail(QStringLiteral("it does not describe this download"));
    if (m_logKey) {
        auto bundle = ledger::ReceiptBundle::fromJsonText(body);
        auto verdict = bundle ? ledger::verifyBundle(*bundle, *m_logKey)
                              : Result<ledger::BundleVerdict>(bundle.error());
        if (!verdict)
            return verdict.error();
    }
    return true;
}

void Downloader::prefetchReceipts()
{
    // While the shards still flow, fetch the bundles a published checkpoint already
    // covers, a few at a time, so the end of the download waits only for the last ones.
    if (m_phase != Phase::Transfer || m_prefetchBusy || m_prefetchInFlight > 0)
        return;
    if (!m_logKey) {
        if (!m_keyAsked) {
            m_keyAsked = true;
            askLogKey({});
        }
        return;
    }
    if (m_unbundled.isEmpty())
        return;
    m_prefetchBusy = true;
    askCheckpoint([this](qint64 size) {
        m_prefetchBusy = false;
        if (m_phase != Phase::Transfer || size <= 0)
            return;
        QList<qint64> later;
        for (qint64 seq : std::as_const(m_unbundled))
            (seq < size ? m_prefetchQueue : later).append(seq);
        m_unbundled = std::move(later);
        std::sort(m_prefetchQueue.begin(), m_prefetchQueue.end());
        prefetchNext();
    });
}

void Downloader::prefetchNext()
{
    while (m_phase == Phase::Transfer && m_prefetchInFlight < kPrefetchWindow && !m_prefetchQueue.isEmpty()) {
        const qint64 seq = m_prefetchQueue.takeFirst();
        ++m_prefetchInFlight;
        m_api->get(QStringLiteral("/v1/log/receipts/%1").arg(seq), [this, seq](const ApiReply &r) {
            if (m_phase != Phase::Transfer)
                return; // the end of the download fetches whatever is not kept yet
            --m_prefetchInFlight;
            // Any trouble is left to a later tick, and to the end of the download, which says
            // what it was.
            if (r.status == 200 && checkBundle(seq, r.body)) {
                Status st = saveReceiptBundle(seq, r.body);
                if (!st) {
                    end(st);
                    return;
                }
                ++m_summary.receiptsPrefetched;
            } else {
                m_unbundled.append(seq);
            }
            prefetchNext();
        });
    }
}

void Downloader::fetchReceipts()
{
    m_phase = Phase::Receipts;
    QList<qint64> all = m_journal.receipts();
    std::sort(all.begin(), all.end());
    m_receiptQueue.clear();
    m_receiptsOut.clear();
    for (qint64 seq : all) {
        if (!m_bundlesKept.contains(seq)
            && !hasBundleFile(QStringLiteral("%1/receipts/%2.json").arg(m_stateDir).arg(seq), seq))
            m_receiptQueue.append(seq);
    }
    m_summary.receiptsSaved = int(all.size() - m_receiptQueue.size());
    m_receiptDeadlineMs = m_elapsed.elapsed() + m_opt.receiptWaitMs;
    m_receiptPaused = false;
    m_notedUncovered = false;
    m_coveredSize = -1;
    if (m_receiptQueue.isEmpty()) {
        finishReceipts();
        return;
    }
    const auto go = [this] {
        if (!m_logKey) {
            fetchNextReceipt(); // unchecked bundles: no checkpoint to go by either
            return;
        }
        askCheckpoint([this](qint64 size) {
            if (m_phase != Phase::Receipts)
                return;
            m_coveredSize = size;
            fetchNextReceipt();
        });
    };
    if (m_logKey)
        go();
    else
        askLogKey(go);
}

void Downloader::fetchNextReceipt()
{
    if (m_phase != Phase::Receipts)
        return;
    // A few requests at once (they are small; one at a time the round trips add up to
    // seconds for a large download), in receipt order, and only for receipts the latest
    // checkpoint covers (when it is known): the others are asked for again when a newer
    // checkpoint covers them, or given up at the deadline.
    while (!m_receiptPaused && m_receiptsOut.size() < kReceiptWindow && !m_receiptQueue.isEmpty()
           && (m_coveredSize < 0 || m_receiptQueue.first() < m_coveredSize)) {
        const qint64 seq = m_receiptQueue.takeFirst();
        m_receiptsOut.insert(seq);
        m_api->get(QStringLiteral("/v1/log/receipts/%1").arg(seq),
                   [this, seq](const ApiReply &r) { onReceiptReply(seq, r); });
    }
    if (!m_receiptsOut.isEmpty() || m_receiptPaused)
        return;
    if (m_receiptQueue.isEmpty()) {
        finishReceipts();
        return;
    }
    // The rest is past the latest checkpoint.
    if (m_elapsed.elapsed() < m_receiptDeadlineMs) {
        m_receiptPaused = true;
        QTimer::singleShot(250, this, [this] {
            askCheckpoint([this](qint64 size) {
                if (m_phase != Phase::Receipts)
                    return;
                m_receiptPaused = false;
                m_coveredSize = qMax(m_coveredSize, size);
                fetchNextReceipt();
            });
        });
        return;
    }
    m_summary.receiptsMissing += int(m_receiptQueue.size());
    Q_EMIT note(QStringLiteral("receipt"),
                QStringLiteral("%1 receipt bundles (from %2 on) are not in a signed checkpoint yet; run get "
                               "again later to fetch them")
                    .arg(m_receiptQueue.size())
                    .arg(m_receiptQueue.first()));
    m_receiptQueue.clear();
    finishReceipts();
}

void Downloader::onReceiptReply(qint64 seq, const ApiReply &r)
{
    if (m_phase != Phase::Receipts)
        return;
    m_receiptsOut.remove(seq);
    if (r.status == 200) {
        auto checked = checkBundle(seq, r.body);
        if (!checked) {
            Q_EMIT note(
                QStringLiteral("receipt"),
                QStringLiteral("receipt bundle %1 is not kept: %2").arg(seq).arg(checked.error().message));
            ++m_summary.receiptsMissing;
        } else {
            Status st = saveReceiptBundle(seq, r.body);
            if (!st) {
                end(st);
                return;
            }
            ++m_summary.receiptsSaved;
        }
    } else if ((r.status == 0 || r.status == 404 || r.status == 425 || r.status >= 500)
               && m_elapsed.elapsed() < m_receiptDeadlineMs) {
        // Not yet covered by a published checkpoint (they come once a second), or the
        // edge is busy or gone: ask again shortly (another edge of the marketplace serves
        // the same log if this one is gone).
        if (r.status == 0)
            failOver(r.describe());
        m_receiptQueue.prepend(seq);
        if (!m_receiptPaused) {
            m_receiptPaused = true;
            QTimer::singleShot(250, this, [this] {
                m_receiptPaused = false;
                fetchNextReceipt();
            });
        }
        return;
    } else {
        ++m_summary.receiptsMissing;
        // Receipts not in a checkpoint yet are the usual case for the last second of a
        // download: said once, not once per bundle.
        const bool notYet = r.status == 404 || r.status == 425;
        if (!notYet || !m_notedUncovered)
            Q_EMIT note(
                QStringLiteral("receipt"),
                notYet ? QStringLiteral("receipt bundle %1 (and others after it) not available yet (%2); "
                                        "run get again later to fetch them")
                             .arg(seq)
                             .arg(r.describe())
                       : QStringLiteral("receipt bundle %1 not available (%2); run get again later to "
                                        "fetch it")
                             .arg(seq)
                             .arg(r.describe()));
        m_notedUncovered = m_notedUncovered || notYet;
    }
    fetchNextReceipt();
}

Status Downloader::saveReceiptBundle(qint64 seq, const QByteArray &body)
{
    // Temp file + rename, not synced one by one (a sync per bundle costs a journal commit
    // each: seconds for a large download); finishReceipts syncs them all at once, and a
    // bundle file cut short by a power loss before that is fetched again (hasBundleFile).
    if (m_receiptFiles.isEmpty() && !QDir().mkpath(m_stateDir + QStringLiteral("/receipts")))
        return fail(QStringLiteral("cannot create %1/receipts").arg(m_stateDir), QStringLiteral("io"));
    const QString path = QStringLiteral("%1/receipts/%2.json").arg(m_stateDir).arg(seq);
    const QString temp = QStringLiteral("%1/receipts/.%2.json.part").arg(m_stateDir).arg(seq);
    QFile f(temp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size() || !f.flush()) {
        const QString why = f.errorString();
        f.remove();
        return fail(QStringLiteral("cannot write receipt bundle %1: %2").arg(path, why),
                    ioErrorCode(f.error() == QFileDevice::ResourceError ? ENOSPC : EIO));
    }
    f.close();
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        QFile::remove(temp);
        return fail(QStringLiteral("cannot save receipt bundle %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(err))),
                    ioErrorCode(err));
    }
    m_receiptFiles.append(path);
    m_bundlesKept.insert(seq);
    return {};
}

void Downloader::finishReceipts()
{
    // Sync the new bundle files from several threads at once, so the filesystem folds the
    // syncs into a few journal commits, then their folder once.
    const QStringList files = std::exchange(m_receiptFiles, {});
    std::atomic<int> next { 0 };
    std::atomic<bool> failed { false };
    auto syncSome = [&] {
        for (int i = next++; i < files.size(); i = next++) {
            const int fd = ::open(QFile::encodeName(files.at(i)).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0 || ::fdatasync(fd) != 0)
                failed = true;
            if (fd >= 0)
                ::close(fd);
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < qMin(8, int(files.size())); ++t)
        threads.emplace_back(syncSome);
    syncSome();
    for (auto &t : threads)
        t.join();
    Status st = failed
        ? fail(QStringLiteral("cannot sync the receipt bundles in %1/receipts").arg(m_stateDir),
               QStringLiteral("io"))
        : files.isEmpty() ? Status()
                          : syncDirectory(m_stateDir + QStringLiteral("/receipts"));
    end(st);
}

void Downloader::stop()
{
    if (m_phase == Phase::Done || m_stopping)
        return;
    m_stopping = true;
    if (m_phase == Phase::Transfer) {
        // A pause keeps what was received whole: bodies cut short are dropped, but the checks
        // under way finish and the shards they verify are journaled before the download
        // ends, so resuming fetches again only what was still on the wire.
        for (ShardConnection *c : std::as_const(m_connections))
            c->abort();
        m_pool.waitForDone();
        m_drainingChecks = true;
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // their results
        m_drainingChecks = false;
    }
    end(fail(QStringLiteral(
                 "download paused: %1 of %2 shards verified and journaled; run the same command again to "
                 "resume")
                 .arg(m_plan.shards.size() - m_pendingShards.size())
                 .arg(m_plan.shards.size()),
             QStringLiteral("paused")));
}

void Downloader::end(const Status &status)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_refreshTimer.stop();
    m_prefetchTimer.stop();
    for (ShardConnection *c : std::as_const(m_connections))
        c->abort();
    drainWorkers();
    m_checking.clear();
    m_claims.clear();
    m_queue.clear();
    m_tasks.clear();
    m_spare.clear();
    m_summary.fileHashBytesWithOwnShard = m_hashedWithOwnShard.load();
    m_summary.bytesWrittenDirect = m_files.directBytes();
    m_summary.bytesWrittenCached = m_files.cachedBytes();
    m_files.close();
    m_journal.close();
    m_summary.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (status.ok())
        emitProgress(true);
    Q_EMIT finished(status);
}

DownloadProgress Downloader::progress() const
{
    DownloadProgress p;
    p.bytesDone = m_bytesVerified;
    p.bytesTotal = m_plan.totalShardBytes;
    p.bytesReceived = m_summary.bytesReceived;
    p.shardsTotal = int(m_plan.shards.size());
    p.shardsDone = p.shardsTotal - int(m_pendingShards.size());
    p.edge = m_summary.edge;
    p.edgeSwitches = m_summary.edgeSwitches;
    if (m_rateSamples.size() >= 2) {
        const auto &a = m_rateSamples.first();
        const auto &b = m_rateSamples.last();
        if (b.first > a.first)
            p.rate = double(b.second - a.second) * 1000.0 / double(b.first - a.first);
    }
    if (p.rate > 0)
        p.etaSecs = qint64(double(p.bytesTotal - p.bytesDone) / p.rate);
    return p;
}

void Downloader::emitProgress(bool force)
{
    const qint64 now = m_progressTimer.isValid() ? m_progressTimer.elapsed() : 0;
    if (!force && now - m_lastProgressMs < 200)
        return;
    m_lastProgressMs = now;
    m_rateSamples.append({ now, m_summary.bytesReceived });
    while (m_rateSamples.size() > 2 && now - m_rateSamples.first().first > 5000)
        m_rateSamples.removeFirst();
    Q_EMIT progressChanged(progress());
}

} // namespace sg::download
