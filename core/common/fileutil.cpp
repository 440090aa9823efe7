#include "fileutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg {

static QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Status syncDirectory(const QString &dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open folder %1: %2").arg(dirPath, errnoText(errno)),
                    QStringLiteral("io"));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL)
        return fail(QStringLiteral("cannot sync folder %1: %2").arg(dirPath, errnoText(err)),
                    QStringLiteral("io"));
    return {};
}

Status writeFileAtomic(const QString &path, const QByteArray &data, bool privateFile)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create folder %1").arg(dir), QStringLiteral("io"));
    const QString tmp = QStringLiteral("%1/.%2.tmp-%3")
                            .arg(dir, info.fileName())
                            .arg(QRandomGenerator::global()->generate64(), 0, 16);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd
        = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privateFile ? 0600 : 0644);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1: %2").arg(tmp, errnoText(errno)), QStringLiteral("io"));
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmpName.constData());
            return fail(QStringLiteral("cannot write %1: %2").arg(path, errnoText(err)),
                        QStringLiteral("io"));
        }
        p += n;
        left -= n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpName.constData());
        return fail(QStringLiteral("cannot sync %1: %2").arg(path, errnoText(err)), QStringLiteral("io"));
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return fail(QStringLiteral("cannot close %1: %2").arg(path, errnoText(err)), QStringLiteral("io"));
    }
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        return fail(QStringLiteral("cannot rename to %1: %2").arg(path, errnoText(err)),
                    QStringLiteral("io"));
    }
    return syncDirectory(dir);
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.exists())
        return fail(QStringLiteral("%1: no such file").arg(path), QStringLiteral("io"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()), QStringLiteral("io"));
    if (f.size() > maxBytes)
        return fail(QStringLiteral("%1: file is larger than %2").arg(path, formatBytes(maxBytes)),
                    QStringLiteral("io"));
    QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()), QStringLiteral("io"));
    return data;
}

QString formatBytes(qint64 bytes)
{
    static const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 5) {
        v /= 1024.0;
        ++u;
    }
    if (u == 0)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 %2")
        .arg(v, 0, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0))
        .arg(QLatin1String(units[u]));
}

qint64 parseSize(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+)\\s*(|B|K|KB|KiB|M|MB|MiB|G|GB|GiB)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return 0;
    const QString unit = m.captured(2).toUpper();
    qint64 mult = 1;
    if (unit.startsWith(QLatin1Char('K')))
        mult = qint64(1) << 10;
    else if (unit.startsWith(QLatin1Char('M')))
        mult = qint64(1) << 20;
    else if (unit.startsWith(QLatin1Char('G')))
        mult = qint64(1) << 30;
    if (n > (qint64(1) << 50) / mult)
        return 0;
    return n * mult;
}

} // namespace sg
