#include "paths.h"

#include "common/clock.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg {

QString Paths::resolveHome(const QString &explicitHome)
{
    if (!explicitHome.isEmpty())
        return QDir(explicitHome).absolutePath();
    const QString env = qEnvironmentVariable("SHARDGATE_HOME");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/shardgate");
}

bool Paths::ensure(QString *error) const
{
    for (const QString &dir : { m_home, blobs(), keys(), manifests() }) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("cannot create folder %1").arg(dir);
            return false;
        }
    }
    QFile::setPermissions(keys(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Once per home and process: ensure() may be called again and again (the console),
    // and the sweep reads every blob folder.
    static QMutex mutex;
    static QSet<QString> swept;
    bool first = false;
    {
        QMutexLocker lock(&mutex);
        first = !swept.contains(m_home);
        swept.insert(m_home);
    }
    if (first)
        removeStaleBlobTemps();
    return true;
}

int Paths::removeStaleBlobTemps(qint64 maxAgeSecs) const
{
    const qint64 cutoff = Clock::system()->nowSecs() - maxAgeSecs;
    const QByteArray root = QFile::encodeName(blobs());
    DIR *top = ::opendir(root.constData());
    if (!top)
        return 0;
    int removed = 0;
    int failed = 0;
    while (const dirent *folder = ::readdir(top)) {
        // Blob folders are the two characters after the CID prefix ("hd").
        if (folder->d_name[0] == '.' || std::strlen(folder->d_name) != 2)
            continue;
        const int fd = ::openat(::dirfd(top), folder->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            continue;
        DIR *dir = ::fdopendir(fd);
        if (!dir) {
            ::close(fd);
            continue;
        }
        // readdir gives names without a stat: only the few temp files are looked at.
        while (const dirent *entry = ::readdir(dir)) {
            if (std::strncmp(entry->d_name, ".tmp-", 5) != 0)
                continue;
            struct stat st;
            if (::fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)
                || qint64(st.st_mtime) >= cutoff)
                continue;
            if (::unlinkat(fd, entry->d_name, 0) == 0)
                ++removed;
            else if (errno != ENOENT) // ENOENT: another process swept it first
                ++failed;
        }
        ::closedir(dir);
    }
    ::closedir(top);
    if (removed > 0)
        qCInfo(lcPackaging, "removed %d stale blob temp file(s) older than %lld s in %s", removed,
               static_cast<long long>(maxAgeSecs), root.constData());
    if (failed > 0)
        qCWarning(lcPackaging, "cannot remove %d stale blob temp file(s) in %s; remove them by hand", failed,
                  root.constData());
    return removed;
}

} // namespace sg
