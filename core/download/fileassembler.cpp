#include "fileassembler.h"

#include "alignedbuffer.h"
#include "crypto/sha256.h"

#include <QDir>
#include <QFile>
#include <QMutexLocker>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg::download {

static constexpr int kMaxOpen = 128;

static QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString ioErrorCode(int err)
{
    return err == ENOSPC || err == EDQUOT || err == EFBIG ? QStringLiteral("nospace") : QStringLiteral("io");
}

static Error ioError(const QString &what, int err)
{
    if (ioErrorCode(err) == QLatin1String("nospace"))
        return fail(QStringLiteral("%1: %2 (the disk is full; free some space and run get again to resume)")
                        .arg(what, errnoText(err)),
                    QStringLiteral("nospace"));
    return fail(QStringLiteral("%1: %2").arg(what, errnoText(err)), QStringLiteral("io"));
}

FileAssembler::~FileAssembler()
{
    close();
}

FileAssembler::Fd::~Fd()
{
    if (fd >= 0)
        ::close(fd);
    if (direct >= 0)
        ::close(direct);
}

// The file behind fd opened again with O_DIRECT, through /proc's link to the open file
// (the same inode, whatever happened to its name since), or -1 where that is not possible.
static int openDirect(int fd, const struct stat &st)
{
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    const int direct = ::open(link.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    if (direct < 0)
        return -1;
    struct stat dst;
    if (::fstat(direct, &dst) != 0 || dst.st_ino != st.st_ino || dst.st_dev != st.st_dev) {
        ::close(direct);
        return -1;
    }
    return direct;
}

void FileAssembler::close()
{
    QMutexLocker locker(&m_fdLock);
    m_fds.clear();
    m_fdOrder.clear();
    if (m_root >= 0)
        ::close(m_root);
    m_root = -1;
}

Status FileAssembler::open(const QString &outDir, const DownloadPlan *plan)
{
    close();
    m_outDir = outDir;
    m_plan = plan;
    m_writeLocks.clear();
    for (qsizetype i = 0; i < plan->files.size(); ++i)
        m_writeLocks.push_back(std::make_unique<QMutex>());
    if (!QDir().mkpath(outDir))
        return fail(QStringLiteral("cannot create output folder %1").arg(outDir), QStringLiteral("io"));
    // The output folder itself may be reached through a symlink the user chose; below it
    // nothing is followed.
    m_root = ::open(QFile::encodeName(outDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_root < 0)
        return ioError(QStringLiteral("cannot open output folder %1").arg(outDir), errno);
    return {};
}

Result<int> FileAssembler::openParent(const QString &relPath, bool create, QString *leaf)
{
    const QStringList parts = relPath.split(QLatin1Char('/'));
    int dirFd = ::dup(m_root);
    if (dirFd < 0)
        return ioError(QStringLiteral("cannot open output folder"), errno);
    for (int i = 0; i + 1 < parts.size(); ++i) {
        const QByteArray name = QFile::encodeName(parts.at(i));
        if (name == "." || name == ".." || name.contains('/')) {
            ::close(dirFd);
            return fail(QStringLiteral("path %1 leaves the output folder").arg(relPath),
                        QStringLiteral("path"));
        }
        int next = ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(dirFd, name.constData(), 0755) != 0 && errno != EEXIST) {
                const int err = errno;
                ::close(dirFd);
                return ioError(QStringLiteral("cannot create folder for %1").arg(relPath), err);
            }
            next = ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) {
            const int err = errno;
            ::close(dirFd);
            if (err == ELOOP || err == ENOTDIR)
                return fail(
                    QStringLiteral("refusing to write %1: %2 inside the output folder is a symlink or not "
                                   "a folder")
                        .arg(relPath, parts.mid(0, i + 1).join(QLatin1Char('/'))),
                    QStringLiteral("path"));
            return ioError(QStringLiteral("cannot open folder for %1").arg(relPath), err);
        }
        ::close(dirFd);
        dirFd = next;
    }
    *leaf = parts.last();
    return dirFd;
}

Result<FileAssembler::FdRef> FileAssembler::fileFd(int fileIndex, bool create)
{
    QMutexLocker locker(&m_fdLock);
    if (m_fds.contains(fileIndex))
        return m_fds.value(fileIndex);
    const PlanFile &file = m_plan->files.at(fileIndex);
    QString leaf;
    auto parent = openParent(file.path, create, &leaf);
    if (!parent)
        return parent.error();
    const QByteArray name = QFile::encodeName(leaf);
    const int flags = O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (create ? O_CREAT : 0);
    const int fd = ::openat(*parent, name.constData(), flags, 0644);
    const int err = errno;
    ::close(*parent);
    if (fd < 0) {
        if (err == ELOOP)
            return fail(QStringLiteral("refusing to write %1: it is a symlink").arg(file.path),
                        QStringLiteral("path"));
        return ioError(QStringLiteral("cannot open %1").arg(file.path), err);
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink > 1) {
        ::close(fd);
        return fail(QStringLiteral("refusing to write %1: it is not a plain file (device, fifo or hard link)")
                        .arg(file.path),
                    QStringLiteral("path"));
    }
    if (m_fdOrder.size() >= kMaxOpen)
        m_fds.remove(m_fdOrder.takeFirst());
    auto ref = std::make_shared<Fd>();
    ref->fd = fd;
    if (m_directWrites && !m_directRefused.load(std::memory_order_relaxed) && file.size >= kDirectIoAlign)
        ref->direct = openDirect(fd, st);
    m_fds.insert(fileIndex, ref);
    m_fdOrder.append(fileIndex);
    return ref;
}

Status FileAssembler::preallocate()
{
    for (int i = 0; i < m_plan->files.size(); ++i) {
        auto ref = fileFd(i, true);
        if (!ref)
            return ref.error();
        const int *fd = &(*ref)->fd;
        const PlanFile &file = m_plan->files.at(i);
        struct stat st;
        if (::fstat(*fd, &st) != 0)
            return ioError(QStringLiteral("cannot stat %1").arg(file.path), errno);
        if (st.st_size != file.size && ::ftruncate(*fd, file.size) != 0)
            return ioError(QStringLiteral("cannot size %1").arg(file.path), errno);
        if (file.size > 0 && st.st_blocks * 512 < file.size) {
            const int rc = ::posix_fallocate(*fd, 0, file.size);
            if (rc != 0 && rc != EOPNOTSUPP && rc != EINVAL)
                return ioError(QStringLiteral("cannot reserve %1 bytes for %2").arg(file.size).arg(file.path),
                               rc);
        }
    }
    return {};
}

bool FileAssembler::fileLooksComplete(int fileIndex)
{
    auto ref = fileFd(fileIndex, false);
    if (!ref)
        return false;
    struct stat st;
    return ::fstat((*ref)->fd, &st) == 0 && st.st_size == m_plan->files.at(fileIndex).size;
}

Status FileAssembler::writeShard(int shardIndex, const QByteArray &bytes)
{
    const PlanShard &shard = m_plan->shards.at(shardIndex);
    if (bytes.size() != shard.size)
        return fail(QStringLiteral("shard %1 has %2 bytes, expected %3")
                        .arg(shardIndex)
                        .arg(bytes.size())
                        .arg(shard.size),
                    QStringLiteral("format"));
    for (const auto &use : shard.uses) {
        const PlanExtent &ext = m_plan->files.at(use.first).extents.at(use.second);
        auto ref = fileFd(use.first, true);
        if (!ref)
            return ref.error();
        QMutexLocker writing(m_writeLocks.at(size_t(use.first)).get());
        SG_TRY(
            writeExtent(**ref, use.first, bytes.constData() + ext.shardOffset, ext.length, ext.fileOffset));
    }
    return {};
}

Status FileAssembler::writeExtent(const Fd &ref, int fileIndex, const char *p, qint64 size, qint64 at)
{
    // O_DIRECT wants the memory, the file offset and the length on the alignment: the head
    // up to the first aligned file offset and the tail after the last one go through the
    // page cache (they are in other pages than the middle, so the two never overlap).
    const qint64 head = qMin(size, (kDirectIoAlign - at % kDirectIoAlign) % kDirectIoAlign);
    const qint64 middle = (size - head) / kDirectIoAlign * kDirectIoAlign;
    if (ref.direct < 0 || middle == 0 || !isDirectIoAligned(p + head)
        || m_directRefused.load(std::memory_order_relaxed))
        return writeCached(ref.fd, fileIndex, p, size, at);
    SG_TRY(writeCached(ref.fd, fileIndex, p, head, at));
    qint64 done = 0;
    while (done < middle) {
        const ssize_t n = ::pwrite(ref.direct, p + head + done, size_t(middle - done), at + head + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL) {
            // The filesystem does not take O_DIRECT after all (or not at this alignment).
            m_directRefused.store(true, std::memory_order_relaxed);
            break;
        }
        if (n < 0)
            return ioError(QStringLiteral("cannot write %1").arg(m_plan->files.at(fileIndex).path), errno);
        m_directBytes.fetch_add(n, std::memory_order_relaxed);
        done += n;
        if (n == 0 || n % kDirectIoAlign != 0)
            break; // short: the unaligned rest goes through the page cache
    }
    return writeCached(ref.fd, fileIndex, p + head + done, size - head - done, at + head + done);
}

Status FileAssembler::writeCached(int fd, int fileIndex, const char *p, qint64 size, qint64 at)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, p, size_t(size), at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return ioError(QStringLiteral("cannot write %1").arg(m_plan->files.at(fileIndex).path),
                           n < 0 ? errno : EIO);
        m_cachedBytes.fetch_add(n, std::memory_order_relaxed);
        p += n;
        size -= n;
        at += n;
    }
    return {};
}

QList<int> FileAssembler::filesOfShard(int shardIndex) const
{
    QList<int> files;
    for (const auto &use : m_plan->shards.at(shardIndex).uses)
        if (!files.contains(use.first))
            files.append(use.first);
    return files;
}

Result<QList<int>> FileAssembler::duplicateFds(const QList<int> &fileIndexes)
{
    QList<int> fds;
    for (int f : fileIndexes) {
        auto ref = fileFd(f, false);
        const int fd = ref ? ::fcntl((*ref)->fd, F_DUPFD_CLOEXEC, 0) : -1;
        if (fd < 0) {
            for (int d : std::as_const(fds))
                ::close(d);
            if (!ref)
                return ref.error();
            return ioError(QStringLiteral("cannot open %1 for syncing").arg(m_plan->files.at(f).path), errno);
        }
        fds.append(fd);
    }
    return fds;
}

Status FileAssembler::syncAll()
{
    for (int i = 0; i < m_plan->files.size(); ++i) {
        auto ref = fileFd(i, false);
        if (!ref)
            continue; // not created yet: nothing of it to sync
        if (::fdatasync((*ref)->fd) != 0)
            return ioError(QStringLiteral("cannot sync %1").arg(m_plan->files.at(i).path), errno);
    }
    return {};
}

Result<QByteArray> FileAssembler::readShard(int shardIndex)
{
    const PlanShard &shard = m_plan->shards.at(shardIndex);
    QByteArray bytes(shard.size, '\0');
    qint64 covered = 0;
    for (const auto &use : shard.uses) {
        const PlanExtent &ext = m_plan->files.at(use.first).extents.at(use.second);
        auto ref = fileFd(use.first, false);
        if (!ref)
            return ref.error();
        const ssize_t n
            = ::pread((*ref)->fd, bytes.data() + ext.shardOffset, size_t(ext.length), ext.fileOffset);
        if (n != ext.length)
            return fail(QStringLiteral("cannot read back %1").arg(m_plan->files.at(use.first).path),
                        QStringLiteral("io"));
        covered += ext.length;
    }
    Q_UNUSED(covered);
    return bytes;
}

Result<QByteArray> FileAssembler::hashFile(int fileIndex)
{
    auto ref = fileFd(fileIndex, false);
    if (!ref)
        return ref.error();
    const int *fd = &(*ref)->fd;
    crypto::Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 at = 0;
    for (;;) {
        const ssize_t n = ::pread(*fd, buf.data(), size_t(buf.size()), at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(QStringLiteral("cannot read %1").arg(m_plan->files.at(fileIndex).path), errno);
        if (n == 0)
            break;
        h.add(buf.constData(), n);
        at += n;
    }
    return h.result();
}

} // namespace sg::download
