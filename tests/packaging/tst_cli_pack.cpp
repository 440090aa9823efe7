// The creator's round trip through shardgate-cli, as a user runs it:
// keygen -> pack -> verify -> tamper (manifest, shard, data file) -> verify fails.

#include "crypto/cid.h"
#include "serveprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using sg::test::runCli;

namespace {

QProcessEnvironment epoch(const char *secs = "1767225600")
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::fromLatin1(secs));
    return env;
}

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packVerifyInspect();
    void deterministicThroughCli();
    void tamperedManifestFails();
    void tamperedShardFails();
    void tamperedDataFileFails();
    void wrongPinnedKeyFails();
    void staleBlobTempsSwept();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_home, m_data, m_key, m_license, m_manifest, m_cid;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliPack::initTestCase()
{
    m_home = path(QStringLiteral("home"));
    m_data = path(QStringLiteral("data"));
    m_key = path(QStringLiteral("key.pem"));
    m_license = path(QStringLiteral("license.json"));
    m_manifest = path(QStringLiteral("manifest.json"));
    QVERIFY(sg::test::writeFile(m_data + QStringLiteral("/train/part-0.jsonl"), QByteArray(5 << 20, 'a')));
    QVERIFY(sg::test::writeFile(m_data + QStringLiteral("/train/part-1.jsonl"), QByteArray(100000, 'b')));
    QVERIFY(sg::test::writeFile(m_data + QStringLiteral("/README.md"), "# voices\n"));
    QVERIFY(sg::test::writeFile(m_data + QStringLiteral("/empty.txt"), QByteArray()));
    QVERIFY(sg::test::writeFile(m_license, R"({"id":"voices-1","spdx":"CC-BY-4.0","uses":["train","evaluate"],
        "pricePerAccess":{"amount":"0.01","currency":"USD"},"revocable":true})"));
    auto kg = runCli(
        { QStringLiteral("keygen"), QStringLiteral("--out"), m_key, QStringLiteral("--home"), m_home });
    QVERIFY2(kg.exitCode == 0, qPrintable(kg.describe()));
    auto pack = runCli(
        { QStringLiteral("pack"), m_data, QStringLiteral("--dataset"), QStringLiteral("voices"),
          QStringLiteral("--version"), QStringLiteral("2026-01-10"), QStringLiteral("--key"), m_key,
          QStringLiteral("--license"), m_license, QStringLiteral("--out"), m_manifest,
          QStringLiteral("--title"), QStringLiteral("Voices"), QStringLiteral("--creator-id"),
          QStringLiteral("creator-xyz"), QStringLiteral("--home"), m_home, QStringLiteral("--json") },
        {}, epoch());
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.describe()));
    QVERIFY2(pack.err.isEmpty(), qPrintable(pack.describe())); // quiet under --json
    const QJsonObject o = jsonOf(pack.out);
    m_cid = o.value(QStringLiteral("manifestCid")).toString();
    QVERIFY(sg::crypto::Cid::parse(m_cid).ok());
    // The manifest file's own CID is the manifest CID (the file holds the JCS bytes).
    QCOMPARE(sg::crypto::Cid::ofData(readAll(m_manifest)).toString(), m_cid);
    QCOMPARE(o.value(QStringLiteral("files")).toInt(), 4);
    // README.md | part-0 (4 MiB) | part-0 (1 MiB, ends its shard) | part-1.
    QCOMPARE(o.value(QStringLiteral("shards")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("totalBytes")).toInteger(), qint64((5 << 20) + 100000 + 9));
    QVERIFY(o.value(QStringLiteral("licenseHash")).toString().startsWith(QLatin1String("bafkrei")));
}

void TestCliPack::packVerifyInspect()
{
    auto v = runCli({ QStringLiteral("verify"), m_manifest, QStringLiteral("--home"), m_home });
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    QVERIFY2(v.out.contains("OK " + m_cid.toUtf8()), qPrintable(v.describe()));
    auto vd = runCli(
        { QStringLiteral("verify"), m_manifest, QStringLiteral("--dir"), m_data, QStringLiteral("--json") });
    QVERIFY2(vd.exitCode == 0, qPrintable(vd.describe()));
    const QJsonObject vj = jsonOf(vd.out);
    QCOMPARE(vj.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(vj.value(QStringLiteral("filesChecked")).toInt(), 4);
    QCOMPARE(vj.value(QStringLiteral("issues")).toArray().size(), 0);

    auto in = runCli({ QStringLiteral("inspect"), m_manifest });
    QVERIFY2(in.exitCode == 0, qPrintable(in.describe()));
    for (const char *needle : { "voices (version 2026-01-10)", "creator-xyz", "signature   valid",
                                "CC-BY-4.0; may train, evaluate; not finetune", "0.01 USD per access",
                                "files       4", "shards      4 (4 unique)" })
        QVERIFY2(in.out.contains(needle),
                 qPrintable(QStringLiteral("%1 missing in\n%2").arg(needle, in.out)));
    auto ij = runCli(
        { QStringLiteral("inspect"), m_manifest, QStringLiteral("--json"), QStringLiteral("--files") });
    QVERIFY2(ij.exitCode == 0, qPrintable(ij.describe()));
    const QJsonObject j = jsonOf(ij.out);
    QCOMPARE(j.value(QStringLiteral("manifestCid")).toString(), m_cid);
    QCOMPARE(j.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(j.value(QStringLiteral("signatureValid")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("emptyFiles")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("fileList"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString(),
             QStringLiteral("README.md"));

    // Human pack output: manifest CID, counts, sizes, dedup.
    auto human
        = runCli({ QStringLiteral("pack"), m_data, QStringLiteral("--dataset"), QStringLiteral("voices"),
                   QStringLiteral("--version"), QStringLiteral("2026-01-10"), QStringLiteral("--key"), m_key,
                   QStringLiteral("--license"), m_license, QStringLiteral("--out"),
                   path(QStringLiteral("h.json")), QStringLiteral("--home"), m_home },
                 {}, epoch("1767225601"));
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY2(human.out.startsWith("manifest bafkrei"), qPrintable(human.describe()));
    QVERIFY2(human.out.contains("4 files, 4 shards"), qPrintable(human.describe()));
    QVERIFY2(human.out.contains("0 B newly stored"), qPrintable(human.describe()));
    QVERIFY2(human.out.contains("already in the store"), qPrintable(human.describe()));
}

void TestCliPack::deterministicThroughCli()
{
    const QString other = path(QStringLiteral("again.json"));
    auto pack = runCli({ QStringLiteral("pack"),         m_data,
                         QStringLiteral("--dataset"),    QStringLiteral("voices"),
                         QStringLiteral("--version"),    QStringLiteral("2026-01-10"),
                         QStringLiteral("--key"),        m_key,
                         QStringLiteral("--license"),    m_license,
                         QStringLiteral("--out"),        other,
                         QStringLiteral("--title"),      QStringLiteral("Voices"),
                         QStringLiteral("--creator-id"), QStringLiteral("creator-xyz"),
                         QStringLiteral("--home"),       path(QStringLiteral("home2")),
                         QStringLiteral("--threads"),    QStringLiteral("1"),
                         QStringLiteral("--json") },
                       {}, epoch());
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.describe()));
    QCOMPARE(readAll(other), readAll(m_manifest));
    QCOMPARE(jsonOf(pack.out).value(QStringLiteral("manifestCid")).toString(), m_cid);
}

void TestCliPack::tamperedManifestFails()
{
    // A field changed after signing: the signature check names the problem.
    QJsonObject o = QJsonDocument::fromJson(readAll(m_manifest)).object();
    o.insert(QStringLiteral("title"), QStringLiteral("Voices (free!)"));
    const QString bad = path(QStringLiteral("tampered.json"));
    QVERIFY(sg::test::writeFile(bad, QJsonDocument(o).toJson()));
    auto v = runCli({ QStringLiteral("verify"), bad, QStringLiteral("--home"), m_home });
    QVERIFY2(v.exitCode != 0, qPrintable(v.describe()));
    QVERIFY2(v.out.contains("MISMATCH manifest signature is not valid"), qPrintable(v.describe()));
    QVERIFY2(v.err.contains("problem(s) found"), qPrintable(v.describe()));
    // A structural change (path traversal) is refused before anything else.
    QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QJsonObject f0 = files.at(0).toObject();
    f0.insert(QStringLiteral("path"), QStringLiteral("../../etc/cron.d/x"));
    files.replace(0, f0);
    o.insert(QStringLiteral("files"), files);
    QVERIFY(sg::test::writeFile(bad, QJsonDocument(o).toJson()));
    v = runCli({ QStringLiteral("verify"), bad, QStringLiteral("--home"), m_home });
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains("../../etc/cron.d/x") && v.err.contains("not allowed"), qPrintable(v.describe()));
}

void TestCliPack::tamperedShardFails()
{
    const QString home = path(QStringLiteral("home-shard"));
    QVERIFY(QDir().mkpath(home));
    // Copy the store, then damage one blob and truncate another.
    QDirIterator it(m_home + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    QStringList blobs;
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = home + QStringLiteral("/blobs/")
            + QDir(m_home + QStringLiteral("/blobs")).relativeFilePath(src);
        QVERIFY(QDir().mkpath(QFileInfo(dst).absolutePath()));
        QVERIFY(QFile::copy(src, dst));
        blobs << dst;
    }
    blobs.sort();
    QVERIFY(blobs.size() >= 2);
    {
        QFile f(blobs.at(0));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(1);
        f.write("Z");
    }
    QVERIFY(QFile::resize(blobs.at(1), 3));
    auto v = runCli(
        { QStringLiteral("verify"), m_manifest, QStringLiteral("--home"), home, QStringLiteral("--json") });
    QCOMPARE(v.exitCode, 1);
    const QJsonArray issues = jsonOf(v.out).value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 2);
    QStringList subjects;
    for (const auto &i : issues)
        subjects << i.toObject().value(QStringLiteral("subject")).toString();
    QVERIFY(subjects.contains(QFileInfo(blobs.at(0)).fileName()));
    QVERIFY(subjects.contains(QFileInfo(blobs.at(1)).fileName()));
    auto human = runCli({ QStringLiteral("verify"), m_manifest, QStringLiteral("--home"), home });
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.contains(QFileInfo(blobs.at(0)).fileName().toUtf8()) && human.out.contains("corrupt"),
             qPrintable(human.describe()));
    QVERIFY2(human.out.contains("truncated: 3 of"), qPrintable(human.describe()));
}

void TestCliPack::tamperedDataFileFails()
{
    const QString copy = path(QStringLiteral("data-copy"));
    QVERIFY(sg::test::writeFile(copy + QStringLiteral("/train/part-0.jsonl"), QByteArray(5 << 20, 'a')));
    QByteArray changed(100000, 'b');
    changed[500] = 'B';
    QVERIFY(sg::test::writeFile(copy + QStringLiteral("/train/part-1.jsonl"), changed));
    QVERIFY(sg::test::writeFile(copy + QStringLiteral("/README.md"), "# voices\n"));
    QVERIFY(sg::test::writeFile(copy + QStringLiteral("/empty.txt"), QByteArray()));
    auto v = runCli({ QStringLiteral("verify"), m_manifest, QStringLiteral("--dir"), copy });
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains("MISMATCH train/part-1.jsonl: sha256 is"), qPrintable(v.describe()));
    QVERIFY2(v.out.contains("hash to bafkrei") && v.out.contains("(files: train/part-1.jsonl)"),
             qPrintable(v.describe()));
    QVERIFY2(v.err.contains("2 problem(s)"), qPrintable(v.describe()));
}

void TestCliPack::wrongPinnedKeyFails()
{
    const QString otherKey = path(QStringLiteral("other.pem"));
    auto kg = runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), otherKey });
    QVERIFY2(kg.exitCode == 0, qPrintable(kg.describe()));
    const QString otherPub = QString::fromUtf8(kg.out.trimmed());
    auto v = runCli({ QStringLiteral("verify"), m_manifest, QStringLiteral("--home"), m_home,
                      QStringLiteral("--pubkey"), otherPub });
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains("not by the expected key"), qPrintable(v.describe()));
}

// A pack killed mid-write leaves blobs/<xx>/.tmp-* behind; the next pack or serve that opens
// the home removes those older than an hour and keeps younger ones (maybe still being written).
void TestCliPack::staleBlobTempsSwept()
{
    const QString blobs = m_home + QStringLiteral("/blobs");
    const QString folder = QDir(blobs).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
    QVERIFY(!folder.isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    struct Temp
    {
        QString path;
        qint64 ageSecs;
        bool stale;
    };
    const QList<Temp> temps {
        { blobs + u'/' + folder + QStringLiteral("/.tmp-bafkreiaaaa-00000000000000a1"), 2 * 3600, true },
        { blobs + QStringLiteral("/zz/.tmp-bafkreizzzz-00000000000000b2"), 3600 + 120, true },
        { blobs + u'/' + folder + QStringLiteral("/.tmp-bafkreicccc-00000000000000c3"), 3600 - 120, false },
        { blobs + u'/' + folder + QStringLiteral("/.tmp-bafkreidddd-00000000000000d4"), 0, false },
        // Old, but not a temp name: never touched.
        { blobs + u'/' + folder + QStringLiteral("/bafkreinotatempfile"), 5 * 3600, false },
    };
    for (const Temp &t : temps) {
        QVERIFY(sg::test::writeFile(t.path, QByteArray(4096, 'x')));
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::fromSecsSinceEpoch(now - t.ageSecs), QFileDevice::FileModificationTime));
    }

    auto pack
        = runCli({ QStringLiteral("pack"), m_data, QStringLiteral("--dataset"), QStringLiteral("voices"),
                   QStringLiteral("--version"), QStringLiteral("2026-01-10"), QStringLiteral("--key"), m_key,
                   QStringLiteral("--license"), m_license, QStringLiteral("--out"),
                   path(QStringLiteral("swept.json")), QStringLiteral("--home"), m_home },
                 {}, epoch());
    QVERIFY2(pack.exitCode == 0, qPrintable(pack.describe()));
    QVERIFY2(pack.err.contains("removed 2 stale blob temp file(s)"), qPrintable(pack.describe()));
    for (const Temp &t : temps)
        QVERIFY2(
            QFileInfo::exists(t.path) != t.stale,
            qPrintable(t.path + (t.stale ? QStringLiteral(" was kept") : QStringLiteral(" was removed"))));
    // The packed blobs themselves are intact.
    auto v = runCli({ QStringLiteral("verify"), m_manifest, QStringLiteral("--home"), m_home });
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    // Nothing stale left: nothing removed, nothing logged.
    auto again
        = runCli({ QStringLiteral("pack"), m_data, QStringLiteral("--dataset"), QStringLiteral("voices"),
                   QStringLiteral("--version"), QStringLiteral("2026-01-10"), QStringLiteral("--key"), m_key,
                   QStringLiteral("--license"), m_license, QStringLiteral("--out"),
                   path(QStringLiteral("swept-again.json")), QStringLiteral("--home"), m_home },
                 {}, epoch());
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(!again.err.contains("stale"), qPrintable(again.describe()));
    // serve opens the home the same way: a temp gone stale since is removed when it starts.
    const QString staleAgain = blobs + u'/' + folder + QStringLiteral("/.tmp-bafkreieeee-00000000000000e5");
    QVERIFY(sg::test::writeFile(staleAgain, QByteArray(100, 'y')));
    {
        QFile f(staleAgain);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::fromSecsSinceEpoch(now - 3 * 3600), QFileDevice::FileModificationTime));
    }
    sg::test::ServeProcess serve;
    QVERIFY2(serve.start({ QStringLiteral("--home"), m_home, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0") }),
             qPrintable(serve.errorString()));
    QVERIFY(!QFileInfo::exists(staleAgain));
    QVERIFY2(serve.stderrTail().contains(QStringLiteral("removed 1 stale blob temp file(s)")),
             qPrintable(serve.stderrTail()));
    serve.stop();
    for (const Temp &t : temps)
        if (!t.stale) {
            QVERIFY(QFileInfo::exists(t.path));
            QVERIFY(QFile::remove(t.path));
        }
}

void TestCliPack::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    QTest::newRow("no key") << QStringList { "pack", "DATA",      "--dataset", "d",     "--version",
                                             "1",    "--license", "LIC",       "--out", "OUT" }
                            << 2 << "--key is required";
    QTest::newRow("shard size too big")
        << QStringList { "pack",      "DATA", "--dataset", "d",   "--version",    "1",    "--key", "KEY",
                         "--license", "LIC",  "--out",     "OUT", "--shard-size", "32MiB" }
        << 2 << "1 MiB to 16 MiB";
    QTest::newRow("bad license") << QStringList { "pack",  "DATA", "--dataset", "d",      "--version", "1",
                                                  "--key", "KEY",  "--license", "BADLIC", "--out",     "OUT" }
                                 << 1 << "unknown use 'sell'";
    QTest::newRow("empty folder") << QStringList { "pack",  "EMPTY", "--dataset", "d",   "--version", "1",
                                                   "--key", "KEY",   "--license", "LIC", "--out",     "OUT" }
                                  << 1 << "contains no files";
    QTest::newRow("out exists") << QStringList {
        "pack",  "DATA", "--dataset", "d",   "--version", "1",
        "--key", "KEY",  "--license", "LIC", "--out",     "MANIFEST"
    } << 1 << "already exists";
    QTest::newRow("verify missing file") << QStringList { "verify", "NOPE" } << 1 << "no such file";
}

void TestCliPack::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const QString badLicense = path(QStringLiteral("bad-license.json"));
    QVERIFY(sg::test::writeFile(badLicense, R"({"id":"x","spdx":"MIT","uses":["sell"],
        "pricePerAccess":{"amount":"1","currency":"USD"}})"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("empty-dir"))));
    const QString out = path(QStringLiteral("usage-out.json"));
    for (QString &a : args) {
        if (a == QLatin1String("DATA"))
            a = m_data;
        else if (a == QLatin1String("EMPTY"))
            a = path(QStringLiteral("empty-dir"));
        else if (a == QLatin1String("KEY"))
            a = m_key;
        else if (a == QLatin1String("LIC"))
            a = m_license;
        else if (a == QLatin1String("BADLIC"))
            a = badLicense;
        else if (a == QLatin1String("OUT"))
            a = out;
        else if (a == QLatin1String("MANIFEST"))
            a = m_manifest;
        else if (a == QLatin1String("NOPE"))
            a = path(QStringLiteral("nope.json"));
    }
    args << QStringLiteral("--home") << path(QStringLiteral("home-usage"));
    auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(needle.toUtf8()), qPrintable(r.describe()));
    QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliPack)
#include "tst_cli_pack.moc"
