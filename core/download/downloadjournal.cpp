#include "downloadjournal.h"

#include "common/fileutil.h"
#include "crypto/encoding.h"
#include "crypto/sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg::download {

static QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

DownloadJournal::~DownloadJournal()
{
    close();
}

void DownloadJournal::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
    m_lockFd = -1;
}

QByteArray DownloadJournal::checksum(const QByteArray &lineBody)
{
    return crypto::hexEncode(crypto::Sha256::hash(lineBody)).left(16);
}

Status DownloadJournal::open(const QString &stateDir, const crypto::Cid &manifestCid)
{
    close();
    const QByteArray dir = QFile::encodeName(stateDir);
    struct stat st;
    if (::lstat(dir.constData(), &st) == 0) {
        if (!S_ISDIR(st.st_mode))
            return fail(QStringLiteral("%1 is not a folder (a symlink or file is in the way); remove it")
                            .arg(stateDir),
                        QStringLiteral("path"));
    } else if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST) {
        return fail(QStringLiteral("cannot create %1: %2").arg(stateDir, errnoText(errno)),
                    errno == ENOSPC ? QStringLiteral("nospace") : QStringLiteral("io"));
    }

    const QByteArray lockPath = dir + "/lock";
    m_lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_lockFd < 0)
        return fail(
            QStringLiteral("cannot open lock file %1: %2").arg(QFile::decodeName(lockPath), errnoText(errno)),
            QStringLiteral("io"));
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char buf[32] = {};
        const ssize_t n = ::pread(m_lockFd, buf, sizeof buf - 1, 0);
        ::close(m_lockFd);
        m_lockFd = -1;
        if (err == EWOULDBLOCK) {
            const QString pid = n > 0 ? QString::fromLatin1(buf).trimmed() : QStringLiteral("?");
            return fail(
                QStringLiteral("another download is already writing into %1 (process %2); wait for it to "
                               "finish or stop it first")
                    .arg(QFileInfo(stateDir).absolutePath(), pid),
                QStringLiteral("locked"));
        }
        return fail(QStringLiteral("cannot lock %1: %2").arg(QFile::decodeName(lockPath), errnoText(err)),
                    QStringLiteral("io"));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + "\n";
    if (::ftruncate(m_lockFd, 0) == 0 && ::pwrite(m_lockFd, pid.constData(), size_t(pid.size()), 0) < 0) {
        // The pid is only informational; a failed write does not weaken the lock.
    }

    m_path = stateDir + QStringLiteral("/journal");
    const QByteArray path = QFile::encodeName(m_path);
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int err = errno;
        close();
        return fail(QStringLiteral("cannot open journal %1: %2").arg(m_path, errnoText(err)),
                    QStringLiteral("io"));
    }
    // Read the whole journal (a few hundred bytes per shard).
    QByteArray data;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            close();
            return fail(QStringLiteral("cannot read journal %1: %2").arg(m_path, errnoText(err)),
                        QStringLiteral("io"));
        }
        if (n == 0)
            break;
        data.append(buf, n);
    }
    m_manifest = manifestCid;
    m_shards.clear();
    m_receipts.clear();
    m_untrusted.clear();
    m_jobId.clear();
    qint64 valid = 0;
    Status st2 = parse(data, manifestCid, &valid);
    if (!st2) {
        close();
        return st2;
    }
    m_discarded = data.size() - valid;
    if (m_discarded > 0 && ::ftruncate(m_fd, valid) != 0) {
        const int err = errno;
        close();
        return fail(QStringLiteral("cannot repair journal %1: %2").arg(m_path, errnoText(err)),
                    QStringLiteral("io"));
    }
    if (::lseek(m_fd, valid, SEEK_SET) < 0) {
        close();
        return fail(QStringLiteral("cannot seek journal %1").arg(m_path), QStringLiteral("io"));
    }
    if (valid == 0) {
        SG_TRY(appendLine("SGJ1 manifest " + manifestCid.toString().toLatin1(), true));
        SG_TRY(syncDirectory(stateDir));
    }
    if (m_lastBoot != currentBootId()) {
        SG_TRY(appendLine("boot " + currentBootId(), true));
        m_lastBoot = currentBootId();
    }
    return {};
}

Status DownloadJournal::parse(const QByteArray &data, const crypto::Cid &manifestCid, qint64 *validLength)
{
    struct Rec
    {
        int index;
        crypto::Cid cid;
        QList<qint64> seqs;
        QByteArray boot;
    };
    QList<Rec> recs;
    QByteArray boot; // empty: written before boot records existed (each record was synced)
    int synced = 0;
    qint64 pos = 0;
    bool first = true;
    while (pos < data.size()) {
        const qint64 nl = data.indexOf('\n', pos);
        if (nl < 0)
            break; // torn tail: no newline
        const QByteArray line = data.mid(pos, nl - pos);
        const qsizetype sp = line.lastIndexOf(' ');
        if (sp <= 0 || line.mid(sp + 1) != checksum(line.left(sp)))
            break; // corrupt record: stop trusting from here
        const QList<QByteArray> f = line.left(sp).split(' ');
        if (first) {
            if (f.size() != 3 || f.at(0) != "SGJ1" || f.at(1) != "manifest")
                break;
            if (f.at(2) != manifestCid.toString().toLatin1())
                return fail(
                    QStringLiteral("the output folder holds a download of another dataset (manifest %1); "
                                   "choose another folder")
                        .arg(QString::fromLatin1(f.at(2))),
                    QStringLiteral("foreign"));
            first = false;
        } else if (f.size() == 2 && f.at(0) == "job") {
            m_jobId = QString::fromUtf8(f.at(1));
        } else if (f.size() == 2 && f.at(0) == "boot") {
            boot = f.at(1);
        } else if (f.size() == 2 && f.at(0) == "sync") {
            bool ok = false;
            const int n = f.at(1).toInt(&ok);
            if (!ok || n < 0)
                break;
            synced = qMax(synced, qMin(n, int(recs.size())));
        } else if (f.size() == 4 && f.at(0) == "shard") {
            bool ok = false;
            const int index = f.at(1).toInt(&ok);
            auto cid = crypto::Cid::parse(QString::fromLatin1(f.at(2)));
            if (!ok || index < 0 || !cid)
                break;
            QList<qint64> seqs;
            if (f.at(3) != "-") {
                for (const QByteArray &s : f.at(3).split(','))
                    seqs.append(s.toLongLong());
            }
            recs.append({ index, *cid, seqs, boot });
        } else {
            break;
        }
        pos = nl + 1;
    }
    *validLength = first ? 0 : pos;
    m_lastBoot = boot;
    m_records = int(recs.size());
    const QByteArray now = currentBootId();
    for (int i = 0; i < recs.size(); ++i) {
        const Rec &r = recs.at(i);
        const bool trusted = r.boot.isEmpty() || (r.boot == now && now != "unknown") || i < synced;
        if (trusted) {
            m_untrusted.remove(r.index);
            m_shards.insert(r.index, r.cid);
            m_receipts[r.index].append(r.seqs);
        } else if (!m_shards.contains(r.index)) {
            m_untrusted.insert(r.index, r.cid);
            m_receipts[r.index].append(r.seqs);
        }
    }
    return {};
}

Status DownloadJournal::appendLine(const QByteArray &body, bool sync)
{
    QMutexLocker locker(&m_writeLock);
    if (m_fd < 0)
        return fail(QStringLiteral("journal is not open"), QStringLiteral("io"));
    const QByteArray line = body + ' ' + checksum(body) + '\n';
    const off_t start = ::lseek(m_fd, 0, SEEK_END);
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            // Leave no half record behind: cut back to where this append started.
            if (start >= 0 && ::ftruncate(m_fd, start) != 0) { }
            return fail(QStringLiteral("cannot write journal %1: %2").arg(m_path, errnoText(err)),
                        err == ENOSPC || err == EDQUOT ? QStringLiteral("nospace") : QStringLiteral("io"));
        }
        p += n;
        left -= n;
    }
    if (sync && ::fdatasync(m_fd) != 0)
        return fail(QStringLiteral("cannot sync journal %1: %2").arg(m_path, errnoText(errno)),
                    QStringLiteral("io"));
    return {};
}

Status DownloadJournal::recordJob(const QString &jobId)
{
    if (jobId.isEmpty() || jobId.contains(QLatin1Char(' ')) || jobId.contains(QLatin1Char('\n')))
        return fail(QStringLiteral("job id \"%1\" cannot be journaled").arg(jobId), QStringLiteral("format"));
    SG_TRY(appendLine("job " + jobId.toUtf8(), true));
    m_jobId = jobId;
    return {};
}

static QByteArray shardLine(int index, const crypto::Cid &cid, const QList<qint64> &seqs)
{
    QByteArray r;
    for (qint64 s : seqs) {
        if (!r.isEmpty())
            r += ',';
        r += QByteArray::number(s);
    }
    return "shard " + QByteArray::number(index) + ' ' + cid.toString().toLatin1() + ' '
        + (r.isEmpty() ? "-" : r);
}

Status DownloadJournal::recordShard(int index, const crypto::Cid &cid, const QList<qint64> &receiptSeqs)
{
    SG_TRY(appendLine(shardLine(index, cid, receiptSeqs), false));
    m_shards.insert(index, cid);
    m_untrusted.remove(index);
    m_receipts[index].append(receiptSeqs);
    ++m_records;
    return {};
}

int DownloadJournal::shardRecordCount() const
{
    return m_records;
}

Status DownloadJournal::recordSync(int n)
{
    return appendLine("sync " + QByteArray::number(n), true);
}

QByteArray DownloadJournal::syncRecord(int n)
{
    const QByteArray body = "sync " + QByteArray::number(n);
    return body + ' ' + checksum(body) + '\n';
}

int DownloadJournal::duplicateFd() const
{
    QMutexLocker locker(&m_writeLock);
    return m_fd >= 0 ? ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0) : -1;
}

QByteArray DownloadJournal::render() const
{
    QByteArray out;
    auto add = [&out](const QByteArray &body) { out += body + ' ' + checksum(body) + '\n'; };
    add("SGJ1 manifest " + m_manifest.toString().toLatin1());
    if (!m_jobId.isEmpty())
        add("job " + m_jobId.toUtf8());
    add("boot " + currentBootId());
    for (auto it = m_shards.cbegin(); it != m_shards.cend(); ++it)
        add(shardLine(it.key(), it.value(), m_receipts.value(it.key())));
    add("sync " + QByteArray::number(m_shards.size()));
    return out;
}

Status DownloadJournal::rewrite()
{
    QMutexLocker locker(&m_writeLock);
    // Atomically (temp + fsync + rename), then reopen the new file for appends.
    SG_TRY(writeFileAtomic(m_path, render(), true));
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot reopen journal %1: %2").arg(m_path, errnoText(errno)),
                    QStringLiteral("io"));
    ::close(m_fd);
    m_fd = fd;
    ::lseek(m_fd, 0, SEEK_END);
    m_records = int(m_shards.size());
    m_lastBoot = currentBootId();
    return {};
}

Status DownloadJournal::forget(const QList<int> &indexes)
{
    if (indexes.isEmpty() && m_untrusted.isEmpty())
        return {};
    for (int i : indexes) {
        m_shards.remove(i);
        m_receipts.remove(i);
    }
    return settleUntrusted({});
}

Status DownloadJournal::settleUntrusted(const QList<int> &intact)
{
    for (auto it = m_untrusted.cbegin(); it != m_untrusted.cend(); ++it) {
        if (intact.contains(it.key()))
            m_shards.insert(it.key(), it.value());
        else
            m_receipts.remove(it.key());
    }
    m_untrusted.clear();
    return rewrite();
}

static QByteArray &bootIdOverride()
{
    static QByteArray id;
    return id;
}

void DownloadJournal::setBootIdForTesting(const QByteArray &id)
{
    bootIdOverride() = id;
}

QByteArray DownloadJournal::currentBootId()
{
    if (!bootIdOverride().isEmpty())
        return bootIdOverride();
    static const QByteArray id = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        QByteArray v = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
        v.replace('-', "");
        // Without a boot id every record counts as written in another boot: only sync
        // records make them trusted (correct, at the cost of re-reading after a crash).
        return v.isEmpty() || v.contains(' ') ? QByteArray("unknown") : v;
    }();
    return id;
}

QList<qint64> DownloadJournal::receipts() const
{
    QSet<qint64> seen;
    for (const QList<qint64> &l : m_receipts)
        for (qint64 s : l)
            seen.insert(s);
    QList<qint64> out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace sg::download
