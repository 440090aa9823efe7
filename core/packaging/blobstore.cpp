#include "blobstore.h"

#include "common/fileutil.h"
#include "crypto/sha256.h"

#include <QDir>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg::packaging {

namespace {

const QString kIo = QStringLiteral("io");
constexpr int kCidPrefixLength = 7; // "bafkrei": multibase, version, codec, hash header

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

BlobStore::BlobStore(QString root) : m_root(std::move(root))
{ }

QString BlobStore::folderFor(const crypto::Cid &cid)
{
    return cid.toString().mid(kCidPrefixLength, 2);
}

QString BlobStore::pathFor(const crypto::Cid &cid) const
{
    const QString s = cid.toString();
    return m_root + QLatin1Char('/') + s.mid(kCidPrefixLength, 2) + QLatin1Char('/') + s;
}

bool BlobStore::contains(const crypto::Cid &cid) const
{
    struct stat st;
    return ::stat(pathFor(cid).toUtf8().constData(), &st) == 0 && S_ISREG(st.st_mode);
}

Result<qint64> BlobStore::size(const crypto::Cid &cid) const
{
    struct stat st;
    if (::stat(pathFor(cid).toUtf8().constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return fail(QStringLiteral("shard %1 is missing from the blob store %2").arg(cid.toString(), m_root),
                    kIo);
    return qint64(st.st_size);
}

Result<std::optional<BlobStore::Staged>> BlobStore::stage(const crypto::Cid &cid, QByteArrayView data) const
{
    const QString path = pathFor(cid);
    struct stat st;
    if (::stat(path.toUtf8().constData(), &st) == 0 && S_ISREG(st.st_mode)
        && qint64(st.st_size) == data.size())
        return std::optional<Staged>();

    const QString folder = m_root + QLatin1Char('/') + folderFor(cid);
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create blob folder %1").arg(folder), kIo);
    const QByteArray tmp = QStringLiteral("%1/.tmp-%2-%3")
                               .arg(folder, cid.toString())
                               .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                               .toUtf8();
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(QStringLiteral("cannot create a blob in %1: %2").arg(folder, errnoText(errno)), kIo);
    auto abandon = [&](const QString &what, int err) -> Error {
        ::close(fd);
        ::unlink(tmp.constData());
        return fail(
            QStringLiteral("cannot %1 shard %2 in %3: %4").arg(what, cid.toString(), folder, errnoText(err)),
            kIo);
    };
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(qMin<qsizetype>(left, qsizetype(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon(QStringLiteral("write"), errno);
        }
        p += n;
        left -= n;
    }
    // Start write-back now so the disk works while the next shards are hashed; commit()
    // waits for it.
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return fail(
            QStringLiteral("cannot close shard %1 in %2: %3").arg(cid.toString(), folder, errnoText(err)),
            kIo);
    }
    return std::optional<Staged>(Staged { cid, tmp });
}

Status BlobStore::commit(const Staged &staged, bool syncFolder) const
{
    const QString cidText = staged.cid.toString();
    const int fd = ::open(staged.tempPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        ::unlink(staged.tempPath.constData());
        return fail(QStringLiteral("cannot reopen shard %1 to sync it: %2").arg(cidText, errnoText(err)),
                    kIo);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(staged.tempPath.constData());
        return fail(QStringLiteral("cannot sync shard %1 in %2: %3").arg(cidText, m_root, errnoText(err)),
                    kIo);
    }
    ::close(fd);
    if (::rename(staged.tempPath.constData(), pathFor(staged.cid).toUtf8().constData()) != 0) {
        const int err = errno;
        ::unlink(staged.tempPath.constData());
        return fail(QStringLiteral("cannot rename shard %1 into place: %2").arg(cidText, errnoText(err)),
                    kIo);
    }
    if (syncFolder)
        SG_TRY(syncDirectory(m_root + QLatin1Char('/') + folderFor(staged.cid)));
    return {};
}

Status BlobStore::publish(const Staged &staged) const
{
    if (::rename(staged.tempPath.constData(), pathFor(staged.cid).toUtf8().constData()) != 0) {
        const int err = errno;
        ::unlink(staged.tempPath.constData());
        return fail(QStringLiteral("cannot rename shard %1 into place: %2")
                        .arg(staged.cid.toString(), errnoText(err)),
                    kIo);
    }
    return {};
}

Status BlobStore::syncFileSystem() const
{
    const int fd = ::open(m_root.toUtf8().constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open blob store %1: %2").arg(m_root, errnoText(errno)), kIo);
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot sync blob store %1: %2").arg(m_root, errnoText(err)), kIo);
    return {};
}

void BlobStore::discard(const Staged &staged) const
{
    ::unlink(staged.tempPath.constData());
}

Result<BlobStore::PutOutcome> BlobStore::put(const crypto::Cid &cid, QByteArrayView data,
                                             bool syncFolder) const
{
    auto staged = stage(cid, data);
    if (!staged)
        return staged.error();
    if (!*staged)
        return PutOutcome::AlreadyPresent;
    SG_TRY(commit(**staged, syncFolder));
    return PutOutcome::Written;
}

Result<BlobStore::PutOutcome> BlobStore::putVerified(const crypto::Cid &cid, QByteArrayView data) const
{
    const crypto::Cid actual = crypto::Cid::ofData(data);
    if (actual != cid)
        return fail(QStringLiteral("refusing to store bytes as shard %1: they hash to %2")
                        .arg(cid.toString(), actual.toString()),
                    QStringLiteral("integrity"));
    return put(cid, data);
}

Status BlobStore::syncFolders(const QSet<QString> &folders) const
{
    for (const QString &f : folders)
        SG_TRY(syncDirectory(m_root + QLatin1Char('/') + f));
    return {};
}

Result<std::unique_ptr<QFile>> BlobStore::open(const crypto::Cid &cid, qint64 *size) const
{
    auto file = std::make_unique<QFile>(pathFor(cid));
    if (!file->open(QIODevice::ReadOnly)) {
        if (!file->exists())
            return fail(
                QStringLiteral("shard %1 is missing from the blob store %2").arg(cid.toString(), m_root),
                kIo);
        return fail(QStringLiteral("cannot open shard %1: %2").arg(cid.toString(), file->errorString()), kIo);
    }
    if (size)
        *size = file->size();
    return file;
}

Result<QByteArray> BlobStore::read(const crypto::Cid &cid, bool verify, qint64 maxBytes) const
{
    qint64 size = 0;
    auto file = open(cid, &size);
    if (!file)
        return file.error();
    if (size > maxBytes)
        return fail(QStringLiteral("shard %1 is larger than %2").arg(cid.toString(), formatBytes(maxBytes)),
                    kIo);
    QByteArray data = (*file)->readAll();
    if ((*file)->error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read shard %1: %2").arg(cid.toString(), (*file)->errorString()),
                    kIo);
    if (verify && crypto::Cid::ofData(data) != cid)
        return fail(
            QStringLiteral("shard %1 is corrupt: its bytes do not hash to its CID").arg(cid.toString()),
            QStringLiteral("integrity"));
    return data;
}

Status BlobStore::verify(const crypto::Cid &cid, qint64 expectedSize) const
{
    qint64 size = 0;
    auto file = open(cid, &size);
    if (!file)
        return file.error();
    if (expectedSize >= 0 && size != expectedSize)
        return fail(size < expectedSize ? QStringLiteral("shard %1 is truncated: %2 of %3 bytes")
                                              .arg(cid.toString())
                                              .arg(size)
                                              .arg(expectedSize)
                                        : QStringLiteral("shard %1 is too long: %2 bytes, expected %3")
                                              .arg(cid.toString())
                                              .arg(size)
                                              .arg(expectedSize),
                    QStringLiteral("integrity"));
    crypto::Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = (*file)->read(buf.data(), buf.size());
        if (n < 0)
            return fail(
                QStringLiteral("cannot read shard %1: %2").arg(cid.toString(), (*file)->errorString()), kIo);
        if (n == 0)
            break;
        h.add(QByteArrayView(buf.constData(), n));
    }
    if (crypto::Cid::fromDigest(h.result()) != cid)
        return fail(
            QStringLiteral("shard %1 is corrupt: its bytes do not hash to its CID").arg(cid.toString()),
            QStringLiteral("integrity"));
    return {};
}

Status BlobStore::remove(const crypto::Cid &cid) const
{
    if (::unlink(pathFor(cid).toUtf8().constData()) != 0 && errno != ENOENT)
        return fail(QStringLiteral("cannot remove shard %1: %2").arg(cid.toString(), errnoText(errno)), kIo);
    return {};
}

} // namespace sg::packaging
