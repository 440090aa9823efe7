// Path rules (DESIGN §2) and the FileAssembler's refusal to write outside its folder.

#include "download/fileassembler.h"
#include "download/pathsafety.h"
#include "testkit.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sg;
using namespace sg::download;

class TestPathSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void pathSets();
    void symlinkedParentRefused();
    void symlinkedFileRefused();
    void hardLinkRefused();
    void writesInPlace();
};

void TestPathSafety::validate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "a.txt" << true;
    QTest::newRow("nested") << "a/b/c.jsonl" << true;
    QTest::newRow("unicode nfc") << QStringLiteral("caf\u00e9/x") << true;
    QTest::newRow("dotfile") << ".hidden" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("absolute") << "/etc/passwd" << false;
    QTest::newRow("dotdot") << "../escape" << false;
    QTest::newRow("inner dotdot") << "a/../../escape" << false;
    QTest::newRow("trailing dotdot") << "a/.." << false;
    QTest::newRow("dot") << "./a" << false;
    QTest::newRow("double slash") << "a//b" << false;
    QTest::newRow("trailing slash") << "a/" << false;
    QTest::newRow("backslash") << "a\\..\\b" << false;
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("newline") << "a\nb" << false;
    QTest::newRow("not nfc") << QStringLiteral("cafe\u0301") << false;
    QTest::newRow("device") << "data/CON" << false;
    QTest::newRow("device ext") << "nul.txt" << false;
    QTest::newRow("com1") << "x/com1.log" << false;
    QTest::newRow("drive") << "C:/x" << false;
    QTest::newRow("state folder") << ".shardgate/journal" << false;
    QTest::newRow("state folder itself") << ".shardgate" << false;
    QTest::newRow("long component") << QString(256, QLatin1Char('a')) << false;
    QTest::newRow("long path")
        << QString(2100, QLatin1Char('a')).replace(100, 1, QLatin1Char('/')).repeated(2) << false;
}

void TestPathSafety::validate()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    const Status st = validateManifestPath(path);
    QCOMPARE(st.ok(), ok);
    if (!ok) {
        QVERIFY(st.errorString().contains(QLatin1String("refused")));
        QCOMPARE(st.errorCode(), QStringLiteral("path"));
    }
}

void TestPathSafety::pathSets()
{
    QVERIFY(
        validateManifestPaths({ QStringLiteral("a/b"), QStringLiteral("a/c"), QStringLiteral("b") }).ok());
    QVERIFY(!validateManifestPaths({ QStringLiteral("a"), QStringLiteral("a") }).ok());
    QVERIFY(!validateManifestPaths({ QStringLiteral("a"), QStringLiteral("a/b") }).ok());
    QVERIFY(!validateManifestPaths({ QStringLiteral("x/y/z"), QStringLiteral("x/y") }).ok());
}

static DownloadPlan planFor(const QList<QPair<QString, QByteArray>> &files)
{
    const auto key = crypto::Ed25519PrivateKey::generate();
    const test::TestDataset ds = test::buildDataset(files, 1 << 20, key);
    auto plan = DownloadPlan::fromManifest(ds.manifestBytes, ds.manifestCid);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.errorString()));
    return *plan;
}

void TestPathSafety::symlinkedParentRefused()
{
    QTemporaryDir out, outside;
    const DownloadPlan plan = planFor({ { QStringLiteral("sub/file.bin"), QByteArray(100, 'x') } });
    // A symlink planted where the dataset needs a folder.
    QVERIFY(QFile::link(outside.path(), out.filePath(QStringLiteral("sub"))));
    FileAssembler fa;
    QVERIFY(fa.open(out.path(), &plan).ok());
    const Status st = fa.preallocate();
    QVERIFY(!st.ok());
    QCOMPARE(st.errorCode(), QStringLiteral("path"));
    QVERIFY(st.errorString().contains(QLatin1String("symlink")));
    QVERIFY(QDir(outside.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QVERIFY(!fa.writeShard(0, QByteArray(100, 'x')).ok());
    QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("file.bin"))));
}

void TestPathSafety::symlinkedFileRefused()
{
    QTemporaryDir out, outside;
    const QString victim = outside.filePath(QStringLiteral("victim"));
    QVERIFY(test::writeFile(victim, "precious"));
    const DownloadPlan plan = planFor({ { QStringLiteral("f.bin"), QByteArray(10, 'x') } });
    QVERIFY(QFile::link(victim, out.filePath(QStringLiteral("f.bin"))));
    FileAssembler fa;
    QVERIFY(fa.open(out.path(), &plan).ok());
    QVERIFY(!fa.preallocate().ok());
    QVERIFY(!fa.writeShard(0, QByteArray(10, 'x')).ok());
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestPathSafety::hardLinkRefused()
{
    QTemporaryDir out, outside;
    const QString victim = outside.filePath(QStringLiteral("victim"));
    QVERIFY(test::writeFile(victim, "precious!!"));
    const DownloadPlan plan = planFor({ { QStringLiteral("f.bin"), QByteArray(10, 'x') } });
    QCOMPARE(
        ::link(QFile::encodeName(victim).constData(), QFile::encodeName(out.filePath("f.bin")).constData()),
        0);
    FileAssembler fa;
    QVERIFY(fa.open(out.path(), &plan).ok());
    const Status st = fa.writeShard(0, QByteArray(10, 'x'));
    QVERIFY(!st.ok());
    QVERIFY(st.errorString().contains(QLatin1String("hard link")));
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious!!"));
}

void TestPathSafety::writesInPlace()
{
    QTemporaryDir out;
    const QByteArray a = test::patternBytes(1500000, 1), b = test::patternBytes(700000, 2);
    const DownloadPlan plan
        = planFor({ { QStringLiteral("d/a.bin"), a }, { QStringLiteral("d/e/b.bin"), b } });
    QCOMPARE(plan.shards.size(), 3); // 1 MiB + 1 MiB + rest; b straddles shards 1 and 2
    FileAssembler fa;
    QVERIFY(fa.open(out.path(), &plan).ok());
    QVERIFY(fa.preallocate().ok());
    QCOMPARE(QFileInfo(out.filePath(QStringLiteral("d/e/b.bin"))).size(), qint64(b.size()));
    const QByteArray all = a + b;
    // Out of order, as parallel connections finish.
    for (int s : { 2, 0, 1 })
        QVERIFY(fa.writeShard(s, all.mid(qint64(s) << 20, 1 << 20)).ok());
    QCOMPARE(fa.hashFile(0).value(), plan.files.at(0).sha256);
    QCOMPARE(fa.hashFile(1).value(), plan.files.at(1).sha256);
    QCOMPARE(fa.readShard(1).value(), all.mid(1 << 20, 1 << 20));
    QVERIFY(!fa.writeShard(0, QByteArray(5, 'x')).ok()); // wrong size
}

QTEST_GUILESS_MAIN(TestPathSafety)
#include "tst_pathsafety.moc"
