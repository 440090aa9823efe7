#include "scanner.h"

#include "pathrules.h"

#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg::packaging {

namespace {

const QString kScan = QStringLiteral("scan");

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QByteArray realPath(const QByteArray &path, int *err)
{
    char *resolved = ::realpath(path.constData(), nullptr);
    if (!resolved) {
        *err = errno;
        return {};
    }
    QByteArray out(resolved);
    std::free(resolved);
    return out;
}

int defaultAccessCheck(const QByteArray &diskPath)
{
    return ::faccessat(AT_FDCWD, diskPath.constData(), R_OK, AT_EACCESS) == 0 ? 0 : errno;
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    return QStringLiteral("not a regular file");
}

struct Walker
{
    QByteArray root; // real path, no trailing slash
    AccessCheck access;
    QList<ScannedFile> files;
    QStringList originals; // on-disk spelling of each file's path, same index

    Error err(const QString &rel, const QString &what) const
    {
        return fail(QStringLiteral("%1: %2").arg(displayPath(rel), what), kScan);
    }

    Status addRegular(const QString &rel, const QString &relOriginal, const QByteArray &disk, qint64 size,
                      bool viaSymlink)
    {
        const int e = access(disk);
        if (e != 0)
            return err(relOriginal,
                       QStringLiteral("cannot be read (%1); fix its permissions or move it out of "
                                      "the folder")
                           .arg(errnoText(e)));
        files.append(ScannedFile { rel, disk, size, viaSymlink });
        originals.append(relOriginal);
        return {};
    }

    Status walk(const QByteArray &dirAbs, const QString &relNfc, const QString &relOriginal, int depth)
    {
        if (depth > kMaxDepth)
            return err(relOriginal, QStringLiteral("more than %1 folder levels").arg(kMaxDepth));
        DIR *dir = ::opendir(dirAbs.constData());
        if (!dir)
            return err(relOriginal.isEmpty() ? QStringLiteral(".") : relOriginal,
                       QStringLiteral("cannot read folder (%1)").arg(errnoText(errno)));
        QList<QByteArray> names;
        errno = 0;
        while (dirent *ent = ::readdir(dir)) {
            const QByteArray name(ent->d_name);
            if (name != "." && name != "..")
                names.append(name);
        }
        const int readErr = errno;
        ::closedir(dir);
        if (readErr != 0)
            return err(relOriginal.isEmpty() ? QStringLiteral(".") : relOriginal,
                       QStringLiteral("cannot list folder (%1)").arg(errnoText(readErr)));
        std::sort(names.begin(), names.end());

        for (const QByteArray &raw : names) {
            auto decoded = decodeFileName(raw, displayPath(relOriginal));
            if (!decoded)
                return fail(decoded.errorString(), kScan);
            const QString original = *decoded;
            const QString nfc = original.normalized(QString::NormalizationForm_C);
            const QString childOriginal
                = relOriginal.isEmpty() ? original : relOriginal + QLatin1Char('/') + original;
            const QString childNfc = relNfc.isEmpty() ? nfc : relNfc + QLatin1Char('/') + nfc;
            const QString problem = nameProblem(nfc);
            if (!problem.isEmpty())
                return err(childOriginal, problem + QStringLiteral("; rename it before packing"));
            if (childNfc.toUtf8().size() > kMaxPathBytes)
                return err(childOriginal, QStringLiteral("path is longer than %1 bytes").arg(kMaxPathBytes));

            const QByteArray childAbs = dirAbs + '/' + raw;
            struct stat st;
            if (::lstat(childAbs.constData(), &st) != 0)
                return err(childOriginal, QStringLiteral("cannot stat (%1)").arg(errnoText(errno)));
            if (S_ISDIR(st.st_mode)) {
                SG_TRY(walk(childAbs, childNfc, childOriginal, depth + 1));
            } else if (S_ISREG(st.st_mode)) {
                SG_TRY(addRegular(childNfc, childOriginal, childAbs, qint64(st.st_size), false));
            } else if (S_ISLNK(st.st_mode)) {
                int e = 0;
                const QByteArray target = realPath(childAbs, &e);
                if (target.isEmpty()) {
                    if (e == ENOENT)
                        return err(childOriginal,
                                   QStringLiteral("symbolic link points to nothing (dangling); "
                                                  "remove it or restore its target"));
                    if (e == ELOOP)
                        return err(childOriginal, QStringLiteral("symbolic link loop"));
                    return err(childOriginal,
                               QStringLiteral("cannot resolve symbolic link (%1)").arg(errnoText(e)));
                }
                if (!target.startsWith(root + '/'))
                    return err(childOriginal,
                               QStringLiteral("symbolic link leads outside the folder (to %1); copy the file "
                                              "in or remove the link")
                                   .arg(displayPath(QString::fromUtf8(target))));
                struct stat ts;
                if (::stat(target.constData(), &ts) != 0)
                    return err(childOriginal,
                               QStringLiteral("cannot stat link target (%1)").arg(errnoText(errno)));
                if (S_ISDIR(ts.st_mode))
                    return err(childOriginal,
                               QStringLiteral("symbolic link to a folder is not supported; "
                                              "replace it with the folder or remove it"));
                if (!S_ISREG(ts.st_mode))
                    return err(childOriginal,
                               QStringLiteral("symbolic link to %1; only regular files can be "
                                              "packed")
                                   .arg(fileTypeName(ts.st_mode)));
                SG_TRY(addRegular(childNfc, childOriginal, target, qint64(ts.st_size), true));
            } else {
                return err(
                    childOriginal,
                    QStringLiteral("is %1; only regular files can be packed").arg(fileTypeName(st.st_mode)));
            }
        }
        return {};
    }
};

} // namespace

Result<QList<ScannedFile>> scanFolder(const QString &rootPath, AccessCheck accessCheck)
{
    int e = 0;
    const QByteArray root = realPath(rootPath.toUtf8(), &e);
    if (root.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(rootPath, errnoText(e)), kScan);
    struct stat st;
    if (::stat(root.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(QStringLiteral("%1 is not a folder").arg(rootPath), kScan);

    Walker w { root, accessCheck ? accessCheck : defaultAccessCheck, {}, {} };
    SG_TRY(w.walk(root == "/" ? QByteArray() : root, QString(), QString(), 1));
    if (w.files.isEmpty())
        return fail(QStringLiteral("%1 contains no files; a dataset needs at least one file (empty files "
                                   "count)")
                        .arg(rootPath),
                    kScan);

    // Collisions first (they name both spellings), then the whole-path rules.
    PathSet seen;
    for (int i = 0; i < w.files.size(); ++i)
        SG_TRY(seen.add(w.files.at(i).path, w.originals.at(i)));
    for (const ScannedFile &f : std::as_const(w.files))
        SG_TRY(validateRelativePath(f.path));

    std::sort(w.files.begin(), w.files.end(),
              [](const ScannedFile &a, const ScannedFile &b) { return a.path.toUtf8() < b.path.toUtf8(); });
    return w.files;
}

QByteArray resolveInFolder(const QString &root, const QString &path)
{
    QByteArray direct = root.toUtf8() + '/' + path.toUtf8();
    struct stat st;
    if (::stat(direct.constData(), &st) == 0)
        return direct;
    QByteArray cur = root.toUtf8();
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        const QByteArray candidate = cur + '/' + part.toUtf8();
        if (::lstat(candidate.constData(), &st) == 0) {
            cur = candidate;
            continue;
        }
        DIR *dir = ::opendir(cur.constData());
        if (!dir)
            return {};
        QByteArray found;
        while (dirent *ent = ::readdir(dir)) {
            const QByteArray raw(ent->d_name);
            const QString name = QString::fromUtf8(raw).normalized(QString::NormalizationForm_C);
            if (name == part) {
                found = raw;
                break;
            }
        }
        ::closedir(dir);
        if (found.isEmpty())
            return {};
        cur = cur + '/' + found;
    }
    return cur;
}

} // namespace sg::packaging
