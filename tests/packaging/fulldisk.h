#pragma once

// Makes writes fail for real, the way a full disk does. Either a tmpfs of `limit` bytes
// mounted on a temp folder (needs root/CAP_SYS_ADMIN; writes then fail with ENOSPC), or,
// when mounting is not permitted (or asked for), RLIMIT_FSIZE = `limit` in a forked child
// with SIGXFSZ ignored (writes past the limit then fail with EFBIG). `check` runs with
// the folder to write into and returns an empty string when all its checks passed.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sg::test {

struct FullDiskRun
{
    QString how; // "tmpfs" or "rlimit"
    QString failure; // empty = the check passed
};

inline FullDiskRun runWithFullDisk(qint64 limit, bool preferTmpfs,
                                   const std::function<QString(const QString &)> &check)
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/full");
    ::mkdir(dir.toUtf8().constData(), 0755);
    if (preferTmpfs) {
        const QByteArray opts = "size=" + QByteArray::number(limit);
        if (::mount("tmpfs", dir.toUtf8().constData(), "tmpfs", MS_NOSUID | MS_NODEV, opts.constData())
            == 0) {
            const QString failure = check(dir);
            ::umount2(dir.toUtf8().constData(), MNT_DETACH);
            return { QStringLiteral("tmpfs"), failure };
        }
    }
    int fds[2];
    if (::pipe(fds) != 0)
        return { QStringLiteral("rlimit"), QStringLiteral("pipe failed") };
    const pid_t pid = ::fork();
    if (pid < 0)
        return { QStringLiteral("rlimit"), QStringLiteral("fork failed") };
    if (pid == 0) {
        ::close(fds[0]);
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit rl { rlim_t(limit), rlim_t(limit) };
        QByteArray out;
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0)
            out = "setrlimit failed";
        else
            out = check(dir).toUtf8();
        (void)!::write(fds[1], out.constData(), size_t(out.size()));
        ::_exit(0);
    }
    ::close(fds[1]);
    QByteArray got;
    char buf[1024];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        got.append(buf, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return { QStringLiteral("rlimit"), QStringLiteral("child crashed") };
    return { QStringLiteral("rlimit"), QString::fromUtf8(got) };
}

} // namespace sg::test
