// Scanner: hostile names created on disk, symlinks, special and unreadable files, order.

#include "hostilenames.h"
#include "packaging/pathrules.h"
#include "packaging/scanner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sg::packaging;
using sg::test::u;

namespace {

bool touch(const QByteArray &path, const QByteArray &data = "x")
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    ::close(fd);
    return ok;
}

QStringList paths(const QList<ScannedFile> &files)
{
    QStringList out;
    for (const auto &f : files)
        out << f.path;
    return out;
}

int denyEverything(const QByteArray &)
{
    return EACCES;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileOnDisk_data();
    void hostileOnDisk();
    void nonUtf8Name();
    void collisionsOnDisk_data();
    void collisionsOnDisk();
    void orderAndNfc();
    void emptyFolderIsError();
    void onlyEmptyFoldersIsError();
    void emptyFileIsValid();
    void symlinkInsideToFile();
    void symlinkLeavingRoot_data();
    void symlinkLeavingRoot();
    void symlinkToFolder();
    void danglingSymlink();
    void symlinkLoop();
    void fifoAndSocket();
    void unreadableViaInjectedCheck();
    void unreadableForRealAsOtherUser();
    void rootMissing();
};

void TestScanner::hostileOnDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("needle");
    int n = 0;
    for (const auto &h : sg::test::hostileNames()) {
        if (h.onDisk) {
            QTest::newRow(h.tag) << h.name << QString::fromLatin1(h.needle);
            ++n;
        }
    }
    QVERIFY(n >= 60);
}

void TestScanner::hostileOnDisk()
{
    QFETCH(QString, name);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    const QByteArray root = dir.path().toUtf8();
    QVERIFY(touch(root + "/good.txt"));
    QVERIFY(::mkdir((root + "/sub").constData(), 0755) == 0);
    QVERIFY2(touch(root + "/sub/" + name.toUtf8()), "Linux refused the name");
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    const QString err = r.errorString();
    QVERIFY2(err.contains(needle), qPrintable(err));
    // The error names the file (escaped so it is safe to print) and says what to do.
    QVERIFY2(err.startsWith(QStringLiteral("sub/") + displayPath(name) + QLatin1Char(':')), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("rename")), qPrintable(err));
}

void TestScanner::nonUtf8Name()
{
    QTemporaryDir dir;
    const QByteArray root = dir.path().toUtf8();
    QVERIFY(::mkdir((root + "/d").constData(), 0755) == 0);
    QVERIFY(touch(root + "/d/caf\xe9.txt"));
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("d/caf\\xe9.txt")), qPrintable(r.errorString()));
    QVERIFY2(r.errorString().contains(QLatin1String("not valid UTF-8")), qPrintable(r.errorString()));
    ::unlink((root + "/d/caf\xe9.txt").constData()); // QTemporaryDir cannot name it
}

void TestScanner::collisionsOnDisk_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("case") << "Readme.md"
                          << "README.md";
    QTest::newRow("NFC vs NFD") << (QStringLiteral("caf") + u(0x00E9))
                                << (QStringLiteral("cafe") + u(0x0301));
    QTest::newRow("Angstrom sign vs A-ring")
        << (u(0x212B) + QStringLiteral("ngstrom")) << (u(0x00C5) + QStringLiteral("ngstrom"));
    QTest::newRow("folders by case") << "Data/x"
                                     << "data/y";
}

void TestScanner::collisionsOnDisk()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QTemporaryDir dir;
    for (const QString &p : { a, b }) {
        const QString full = dir.path() + QLatin1Char('/') + p;
        QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
        QVERIFY(touch(full.toUtf8()));
    }
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("same file")), qPrintable(r.errorString()));
    // Both spellings are named.
    const QString da = displayPath(a.section(QLatin1Char('/'), 0, 0));
    const QString db = displayPath(b.section(QLatin1Char('/'), 0, 0));
    QVERIFY2(r.errorString().contains(da) && r.errorString().contains(db), qPrintable(r.errorString()));
}

void TestScanner::orderAndNfc()
{
    QTemporaryDir dir;
    const QStringList names = { "b.txt",
                                "B.bin",
                                "a/z.txt",
                                "a.txt",
                                "a/b/c.txt",
                                QStringLiteral("z") + u(0x00E9),
                                QStringLiteral("nfd/e") + u(0x0301) + QStringLiteral(".txt"),
                                "_x",
                                "~y" };
    for (const QString &n : names) {
        const QString full = dir.path() + QLatin1Char('/') + n;
        QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
        QVERIFY(touch(full.toUtf8(), n.toUtf8()));
    }
    auto r = scanFolder(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    // Sorted by the UTF-8 bytes of the NFC path ('.' 0x2E < '/' 0x2F; upper case first).
    const QStringList expected = { "B.bin",
                                   "_x",
                                   "a.txt",
                                   "a/b/c.txt",
                                   "a/z.txt",
                                   "b.txt",
                                   QStringLiteral("nfd/") + u(0x00E9) + QStringLiteral(".txt"),
                                   QStringLiteral("z") + u(0x00E9),
                                   "~y" };
    QCOMPARE(paths(*r), expected);
    for (const auto &f : *r) {
        QCOMPARE(f.size, qint64(QFile(QString::fromUtf8(f.diskPath)).size()));
        QVERIFY(!f.viaSymlink);
    }
    // The NFD file on disk is found again from its NFC manifest path.
    const QByteArray disk = resolveInFolder(dir.path(), expected.at(6));
    QVERIFY(disk.endsWith("nfd/e\xcc\x81.txt"));
    QVERIFY(resolveInFolder(dir.path(), QStringLiteral("nfd/missing.txt")).isEmpty());
}

void TestScanner::emptyFolderIsError()
{
    QTemporaryDir dir;
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("contains no files")), qPrintable(r.errorString()));
}

void TestScanner::onlyEmptyFoldersIsError()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/a/b/c")));
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("contains no files")), qPrintable(r.errorString()));
}

void TestScanner::emptyFileIsValid()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.path().toUtf8() + "/empty", QByteArray()));
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/skipped/empty/folder")));
    auto r = scanFolder(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().path, QStringLiteral("empty"));
    QCOMPARE(r->first().size, qint64(0));
}

void TestScanner::symlinkInsideToFile()
{
    QTemporaryDir dir;
    const QByteArray root = dir.path().toUtf8();
    QVERIFY(::mkdir((root + "/real").constData(), 0755) == 0);
    QVERIFY(touch(root + "/real/data.bin", "hello"));
    QVERIFY(::symlink("real/data.bin", (root + "/alias.bin").constData()) == 0);
    auto r = scanFolder(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(paths(*r), (QStringList { "alias.bin", "real/data.bin" }));
    QVERIFY(r->at(0).viaSymlink);
    QCOMPARE(r->at(0).size, qint64(5));
    QVERIFY(r->at(0).diskPath.endsWith("/real/data.bin"));
}

void TestScanner::symlinkLeavingRoot_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("absolute outside") << QByteArray("/etc/hostname");
    QTest::newRow("relative parent") << QByteArray("../../outside.txt");
    QTest::newRow("back in and out again") << QByteArray("../../root/inner/../../outside.txt");
    QTest::newRow("root itself") << QByteArray(".");
}

void TestScanner::symlinkLeavingRoot()
{
    QFETCH(QByteArray, target);
    QTemporaryDir outer;
    const QByteArray base = outer.path().toUtf8();
    QVERIFY(touch(base + "/outside.txt", "secret"));
    QVERIFY(::mkdir((base + "/root").constData(), 0755) == 0);
    QVERIFY(::mkdir((base + "/root/inner").constData(), 0755) == 0);
    QVERIFY(touch(base + "/root/ok.txt"));
    QVERIFY(::symlink(target.constData(), (base + "/root/inner/link").constData()) == 0);
    auto r = scanFolder(outer.path() + QStringLiteral("/root"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(QLatin1String("inner/link:")), qPrintable(r.errorString()));
    QVERIFY2(r.errorString().contains(QLatin1String("outside the folder"))
                 || r.errorString().contains(QLatin1String("to a folder")),
             qPrintable(r.errorString()));
}

void TestScanner::symlinkToFolder()
{
    QTemporaryDir dir;
    const QByteArray root = dir.path().toUtf8();
    QVERIFY(::mkdir((root + "/d").constData(), 0755) == 0);
    QVERIFY(touch(root + "/d/f"));
    QVERIFY(::symlink("d", (root + "/dlink").constData()) == 0);
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("dlink: symbolic link to a folder")),
             qPrintable(r.errorString()));
}

void TestScanner::danglingSymlink()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.path().toUtf8() + "/ok"));
    QVERIFY(::symlink("gone.txt", (dir.path().toUtf8() + "/broken")) == 0);
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("broken: symbolic link points to nothing")),
             qPrintable(r.errorString()));
}

void TestScanner::symlinkLoop()
{
    QTemporaryDir dir;
    const QByteArray root = dir.path().toUtf8();
    QVERIFY(::symlink("b", (root + "/a").constData()) == 0);
    QVERIFY(::symlink("a", (root + "/b").constData()) == 0);
    auto r = scanFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("loop")), qPrintable(r.errorString()));
}

void TestScanner::fifoAndSocket()
{
    {
        QTemporaryDir dir;
        QVERIFY(touch(dir.path().toUtf8() + "/ok"));
        QVERIFY(::mkfifo((dir.path().toUtf8() + "/pipe").constData(), 0644) == 0);
        auto r = scanFolder(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QLatin1String("pipe: is a FIFO")), qPrintable(r.errorString()));
    }
    {
        QTemporaryDir dir;
        QVERIFY(touch(dir.path().toUtf8() + "/ok"));
        const QByteArray sockPath = dir.path().toUtf8() + "/sock";
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(sockPath.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0);
        auto r = scanFolder(dir.path());
        ::close(fd);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QLatin1String("sock: is a socket")), qPrintable(r.errorString()));
    }
}

void TestScanner::unreadableViaInjectedCheck()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.path().toUtf8() + "/secret.bin"));
    auto r = scanFolder(dir.path(), denyEverything);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("secret.bin: cannot be read (Permission denied)")),
             qPrintable(r.errorString()));
}

void TestScanner::unreadableForRealAsOtherUser()
{
    // chmod 000 stops everyone but root. As root (CI), the scan runs in a child process
    // that has dropped to uid/gid 65534 first, so the kernel really refuses the read.
    QTemporaryDir dir;
    QVERIFY(::chmod(dir.path().toUtf8().constData(), 0755) == 0);
    QVERIFY(touch(dir.path().toUtf8() + "/ok.txt"));
    QVERIFY(touch(dir.path().toUtf8() + "/locked.txt"));
    QVERIFY(::chmod((dir.path().toUtf8() + "/locked.txt").constData(), 0000) == 0);
    QVERIFY(::mkdir((dir.path().toUtf8() + "/lockeddir").constData(), 0000) == 0);
    if (::geteuid() != 0) {
        auto r = scanFolder(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QLatin1String("locked")), qPrintable(r.errorString()));
        return;
    }
    int pipeFds[2];
    QVERIFY(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        ::close(pipeFds[0]);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(3);
        auto r = scanFolder(dir.path());
        const QByteArray msg = r.ok() ? QByteArray("OK") : r.errorString().toUtf8();
        (void)!::write(pipeFds[1], msg.constData(), size_t(msg.size()));
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    QByteArray got;
    char buf[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof buf)) > 0;)
        got.append(buf, n);
    ::close(pipeFds[0]);
    int status = 0;
    QVERIFY(::waitpid(pid, &status, 0) == pid);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    // Entries are visited in byte order: "locked.txt" before "lockeddir".
    QVERIFY2(got.contains("locked.txt: cannot be read (Permission denied)"), got.constData());
    ::chmod((dir.path().toUtf8() + "/lockeddir").constData(), 0755);
}

void TestScanner::rootMissing()
{
    auto r = scanFolder(QStringLiteral("/nonexistent/folder/for/sure"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("/nonexistent/folder/for/sure")),
             qPrintable(r.errorString()));
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
