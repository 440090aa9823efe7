// `shardgate-cli get` as a user runs it, against a real `shardgate-cli serve`:
// faults injected by a proxy, kill -9 twenty times, two gets on one folder, Ctrl-C,
// a full disk, and the buyer's bill after all of it.

#include "common/money.h"
#include "serveprocess.h"
#include "testkit.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace sg;

class TestGetCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faultProxyInFrontOfRealEdge();
    void concurrentGetRefusedAndCtrlC();
    void kill9TwentyTimes();
    void failOverToSecondEdge();
    void fullDisk();
    void badInput();
    void bundlesFetchedDuringTransfer();
    void auditOverTheEdgeUsesThisHomesBooks();
    void chargesSurviveKilledEdge();

private:
    QString newBuyer(const QString &name);
    QProcess *startGet(const QStringList &args, const QString &apiKey);
    int finish(QProcess *p, int timeoutMs = 60000);
    qint64 metric(const QString &name);
    void checkOut(const QString &out);

    QTemporaryDir m_tmp;
    QString m_home;
    QString m_cid;
    QString m_edge;
    test::ServeProcess m_serve;
    QList<QPair<QString, QByteArray>> m_files;
    qint64 m_total = 0;
};

void TestGetCli::initTestCase()
{
    m_home = m_tmp.filePath(QStringLiteral("home"));
    const QString data = m_tmp.filePath(QStringLiteral("data"));
    m_files = { { QStringLiteral("a.bin"), test::patternBytes(3500000, 11) },
                { QStringLiteral("deep/er/b.bin"), test::patternBytes(4200000, 12) },
                { QStringLiteral("c.txt"), QByteArray("small file\n") } };
    for (const auto &f : m_files) {
        QVERIFY(test::writeFile(data + QLatin1Char('/') + f.first, f.second));
        m_total += f.second.size();
    }
    QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("lic.json")),
                            R"({"id":"lic-1","spdx":"CC-BY-4.0","uses":["train"],)"
                            R"("pricePerAccess":{"amount":"0.01","currency":"USD"}})"));
    const QString key = m_tmp.filePath(QStringLiteral("key.pem"));
    auto r = test::runCli(
        { QStringLiteral("keygen"), QStringLiteral("--home"), m_home, QStringLiteral("--out"), key });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = test::runCli({ QStringLiteral("pack"), data, QStringLiteral("--home"), m_home,
                       QStringLiteral("--dataset"), QStringLiteral("cli-set"), QStringLiteral("--version"),
                       QStringLiteral("1"), QStringLiteral("--key"), key, QStringLiteral("--license"),
                       m_tmp.filePath(QStringLiteral("lic.json")), QStringLiteral("--out"),
                       m_tmp.filePath(QStringLiteral("m.json")), QStringLiteral("--shard-size"),
                       QStringLiteral("1MiB"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    m_cid = QJsonDocument::fromJson(r.out).object().value(QLatin1String("manifestCid")).toString();
    QVERIFY(m_cid.startsWith(QLatin1String("bafkrei")));
    r = test::runCli({ QStringLiteral("publish"), m_tmp.filePath(QStringLiteral("m.json")),
                       QStringLiteral("--home"), m_home });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    QVERIFY2(m_serve.start({ QStringLiteral("--home"), m_home, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0") }),
             qPrintable(m_serve.errorString()));
    m_edge = m_serve.url();
}

void TestGetCli::cleanupTestCase()
{
    m_serve.stop();
}

static QByteArray readAllOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestGetCli::newBuyer(const QString &name)
{
    auto r = test::runCli({ QStringLiteral("account"), QStringLiteral("create"), name,
                            QStringLiteral("--credits"), QStringLiteral("10.00"), QStringLiteral("--home"),
                            m_home, QStringLiteral("--json") });
    if (r.exitCode != 0)
        qWarning() << r.describe();
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("apiKey")).toString();
}

QProcess *TestGetCli::startGet(const QStringList &args, const QString &apiKey)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHARDGATE_HOME"));
    env.insert(QStringLiteral("SHARDGATE_API_KEY"), apiKey);
    p->setProcessEnvironment(env);
    p->start(test::cliPath(), QStringList { QStringLiteral("get"), QStringLiteral("--home"), m_home } + args);
    p->waitForStarted(10000);
    return p;
}

// Waits while the event loop runs (the fault proxy lives in this process).
int TestGetCli::finish(QProcess *p, int timeoutMs)
{
    if (p->state() != QProcess::NotRunning) {
        QSignalSpy spy(p, &QProcess::finished);
        if (!spy.wait(timeoutMs)) {
            p->kill();
            p->waitForFinished(5000);
            return -2;
        }
    }
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

qint64 TestGetCli::metric(const QString &name)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_edge + QStringLiteral("/metrics"))));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    const QString text = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    const auto m = QRegularExpression(QStringLiteral("(?m)^%1 (\\d+)$").arg(name)).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void TestGetCli::checkOut(const QString &out)
{
    for (const auto &f : m_files) {
        QFile file(out + QLatin1Char('/') + f.first);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f.first));
        QVERIFY2(file.readAll() == f.second, qPrintable(f.first));
    }
    QProcess p;
    p.setWorkingDirectory(out);
    p.start(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral(".shardgate/SHA256SUMS") });
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
}

void TestGetCli::faultProxyInFrontOfRealEdge()
{
    const QString key = newBuyer(QStringLiteral("buyer-faults"));
    QVERIFY(!key.isEmpty());
    const QUrl edge(m_edge);
    test::FaultProxy proxy(edge.host(), quint16(edge.port()), 424242);
    using F = test::FaultProxy;
    proxy.setScript(
        { F::Drop, F::Stall, F::Corrupt, F::Status503, F::NoRange, F::WrongContentRange, F::Drop });
    F::Mix mix;
    mix.drop = 0.1;
    mix.corrupt = 0.1;
    mix.burst503 = 0.05;
    mix.noRange = 0.05;
    mix.wrongRange = 0.05;
    mix.stall = 0.03;
    proxy.setMix(mix);
    const QString out = m_tmp.filePath(QStringLiteral("out-faults"));
    QProcess *p
        = startGet({ QStringLiteral("--edge"), proxy.url(), m_cid, QStringLiteral("--out"), out,
                     QStringLiteral("--stall-timeout"), QStringLiteral("0.5"),
                     QStringLiteral("--retry-base-ms"), QStringLiteral("5"), QStringLiteral("--json") },
                   key);
    QCOMPARE(finish(p), 0);
    const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
    const QJsonObject done = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(done.value(QLatin1String("event")).toString(), QStringLiteral("done"));
    qInfo() << "retries" << done.value(QLatin1String("retries")).toInt() << "injected" << proxy.injected();
    QVERIFY(done.value(QLatin1String("retries")).toInt() >= 5);
    bool sawRetry = false;
    for (const QByteArray &l : lines)
        sawRetry = sawRetry
            || QJsonDocument::fromJson(l).object().value(QLatin1String("event")) == QLatin1String("retry");
    QVERIFY(sawRetry);
    // Every bundle was checked against the edge's log key before it was kept.
    QCOMPARE(done.value(QLatin1String("receiptsMissing")).toInt(), 0);
    QVERIFY(done.value(QLatin1String("receiptsSaved")).toInt() >= 8);
    QVERIFY(QFile::exists(out + QStringLiteral("/.shardgate/log.vkey")));
    checkOut(out);
    for (auto f : { F::Drop, F::Stall, F::Corrupt, F::Status503, F::NoRange, F::WrongContentRange })
        QVERIFY(proxy.injected().value(f) > 0);

    // The provenance snapshot verifies offline against the edge's log key.
    auto vkey
        = test::runCli({ QStringLiteral("log"), QStringLiteral("key"), QStringLiteral("--edge"), m_edge });
    QCOMPARE(vkey.exitCode, 0);
    const QStringList bundles = QDir(out + QStringLiteral("/.shardgate/receipts")).entryList(QDir::Files);
    QVERIFY(bundles.size() >= 8);
    auto verify = test::runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                                 out + QStringLiteral("/.shardgate/receipts/") + bundles.first(),
                                 QStringLiteral("--vkey"), QString::fromUtf8(vkey.out.trimmed()) });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestGetCli::concurrentGetRefusedAndCtrlC()
{
    const QString key = newBuyer(QStringLiteral("buyer-concurrent"));
    const QString out = m_tmp.filePath(QStringLiteral("out-concurrent"));
    const QStringList args { QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"), out };
    QProcess *first
        = startGet(args + QStringList { QStringLiteral("--limit-rate"), QStringLiteral("1M") }, key);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QStringLiteral("/.shardgate/journal")), 10000);
    QProcess *second = startGet(args, key);
    QCOMPARE(finish(second), 1);
    const QByteArray err = second->readAllStandardError();
    QVERIFY2(err.contains("another download is already writing"), err.constData());
    QVERIFY(err.contains(QByteArray::number(first->processId())));
    QCOMPARE(first->state(), QProcess::Running);

    // Ctrl-C: the first stops cleanly, says how to resume, exit 130.
    ::kill(pid_t(first->processId()), SIGINT);
    QCOMPARE(finish(first), 130);
    QVERIFY(first->readAllStandardError().contains("run the same command again to resume"));
    QProcess *resumed = startGet(args, key);
    QCOMPARE(finish(resumed), 0);
    checkOut(out);
}

void TestGetCli::kill9TwentyTimes()
{
    const QString key = newBuyer(QStringLiteral("buyer-kill9"));
    const QString out = m_tmp.filePath(QStringLiteral("out-kill9"));
    const QStringList args { QStringLiteral("--edge"), m_edge, m_cid,
                             QStringLiteral("--out"),  out,    QStringLiteral("--limit-rate"),
                             QStringLiteral("1500K") };
    const qint64 servedBefore = metric(QStringLiteral("shardgate_bytes_served_total"));
    QVERIFY(servedBefore >= 0);
    QRandomGenerator rng(99);
    int kills = 0;
    for (int i = 0; i < 20; ++i) {
        QProcess *p = startGet(args, key);
        QTest::qWait(int(rng.bounded(30, 300))); // a random moment: the point of the test
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++kills;
        }
        finish(p, 20000);
        delete p;
    }
    QVERIFY(kills >= 15);
    QProcess *last = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"), out }, key);
    QCOMPARE(finish(last), 0);
    checkOut(out);
    const qint64 served = metric(QStringLiteral("shardgate_bytes_served_total")) - servedBefore;
    const qint64 redownloaded = served - m_total;
    qInfo() << "kills" << kills << "served" << served << "re-downloaded" << redownloaded;
    QVERIFY(redownloaded >= 0);
    QVERIFY2(redownloaded <= qint64(kills) * 4 * (1 << 20),
             qPrintable(QStringLiteral("re-downloaded %1 bytes over %2 kills").arg(redownloaded).arg(kills)));

    // The bill: every shard charged exactly once across all 21 runs (one journaled job).
    auto show = test::runCli({ QStringLiteral("account"), QStringLiteral("show"),
                               QStringLiteral("buyer-kill9"), QStringLiteral("--home"), m_home });
    QCOMPARE(show.exitCode, 0);
    const int charges = int(show.out.count(" charge "));
    const QJsonObject manifest
        = QJsonDocument::fromJson(readAllOf(m_tmp.filePath(QStringLiteral("m.json")))).object();
    QCOMPARE(charges, int(manifest.value(QLatin1String("shards")).toArray().size()));
    QSet<QByteArray> jobs;
    for (const QByteArray &l : show.out.split('\n'))
        if (l.contains(" charge "))
            jobs.insert(l.mid(l.indexOf("get-")).split('/').first());
    QCOMPARE(jobs.size(), 1);
}

// Two edges of one marketplace; the first dies mid-download. Two `serve` processes cannot
// share one SQLite home (the receipt log has a single writer, so the second refuses to
// start), so the first edge is a proxy in front of the real one that dies the way a
// killed process looks to a client: open connections reset, new ones refused.
void TestGetCli::failOverToSecondEdge()
{
    const QString key = newBuyer(QStringLiteral("buyer-failover"));
    const QUrl edge(m_edge);
    test::FaultProxy first(edge.host(), quint16(edge.port()), 7);
    first.setDieAfterBodyBytes(m_total / 3);
    const QString firstUrl = first.url(); // the port is gone once it died
    const qint64 servedBefore = metric(QStringLiteral("shardgate_bytes_served_total"));
    const QString out = m_tmp.filePath(QStringLiteral("out-failover"));
    QProcess *p = startGet({ QStringLiteral("--edge"), firstUrl, QStringLiteral("--edge"), m_edge, m_cid,
                             QStringLiteral("--out"), out, QStringLiteral("--retry-base-ms"),
                             QStringLiteral("5"), QStringLiteral("--json") },
                           key);
    QCOMPARE(finish(p), 0);
    QVERIFY(first.bodyBytesRelayed() >= m_total / 3);
    QVERIFY(first.bodyBytesRelayed() < m_total); // it really died mid-download
    const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
    const QJsonObject done = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(done.value(QLatin1String("event")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QLatin1String("edgeSwitches")).toInt(), 1);
    QCOMPARE(done.value(QLatin1String("edge")).toString(), m_edge);
    bool sawFailover = false, sawProgressOnSecond = false;
    for (const QByteArray &l : lines) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o.value(QLatin1String("event")) == QLatin1String("failover")) {
            sawFailover = true;
            QVERIFY2(o.value(QLatin1String("message")).toString().contains(firstUrl), l.constData());
        }
        if (o.value(QLatin1String("event")) == QLatin1String("progress")
            && o.value(QLatin1String("edge")).toString() == m_edge)
            sawProgressOnSecond = o.value(QLatin1String("edgeSwitches")).toInt() == 1;
    }
    QVERIFY(sawFailover);
    QVERIFY(sawProgressOnSecond);
    checkOut(out);
    // Verified shards were not fetched again: get received the dataset once plus at most
    // the shards in flight when the first edge died (their partial bytes resume with
    // If-Range on the second edge, so usually much less).
    const qint64 served = metric(QStringLiteral("shardgate_bytes_served_total")) - servedBefore;
    const qint64 received = qint64(done.value(QLatin1String("bytesReceived")).toDouble());
    qInfo() << "received" << received << "served" << served << "dataset" << m_total << "through the dead edge"
            << first.bodyBytesRelayed();
    QVERIFY(served >= m_total);
    QVERIFY(received >= m_total);
    QVERIFY2(received - m_total <= 4 * (1 << 20), qPrintable(QString::number(received - m_total)));
    // One job, each shard billed once, although two edges served it.
    auto show = test::runCli({ QStringLiteral("account"), QStringLiteral("show"),
                               QStringLiteral("buyer-failover"), QStringLiteral("--home"), m_home });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject manifest
        = QJsonDocument::fromJson(readAllOf(m_tmp.filePath(QStringLiteral("m.json")))).object();
    QCOMPARE(int(show.out.count(" charge ")), int(manifest.value(QLatin1String("shards")).toArray().size()));
}

void TestGetCli::fullDisk()
{
    const QString key = newBuyer(QStringLiteral("buyer-disk"));
    const QString out = m_tmp.filePath(QStringLiteral("out-disk"));
    QVERIFY(QDir().mkpath(out));
    const QByteArray mnt = QFile::encodeName(out);
    const bool mounted = ::mount("tmpfs", mnt.constData(), "tmpfs", 0, "size=3m") == 0;
    struct Unmount
    {
        QByteArray path;
        bool on;
        ~Unmount()
        {
            if (on)
                ::umount2(path.constData(), MNT_DETACH);
        }
    } guard { mnt, mounted };
    const QStringList args { QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"), out };
    QProcess *p = nullptr;
    if (mounted) {
        p = startGet(args, key);
    } else {
        // Not allowed to mount: the file size limit gives writes the same EFBIG/ENOSPC path.
        qInfo() << "mount not permitted; using RLIMIT_FSIZE in the child";
        p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHARDGATE_API_KEY"), key);
        p->setProcessEnvironment(env);
        p->setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl = { 3 << 20, 3 << 20 };
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
        p->start(test::cliPath(),
                 QStringList { QStringLiteral("get"), QStringLiteral("--home"), m_home } + args);
    }
    QCOMPARE(finish(p), 1);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains("disk is full") && err.contains("run get again"), err.constData());
    if (mounted)
        QCOMPARE(::mount("tmpfs", mnt.constData(), "tmpfs", MS_REMOUNT, "size=64m"), 0);
    QProcess *again = startGet(args, key);
    QCOMPARE(finish(again), 0);
    checkOut(out);
}

void TestGetCli::badInput()
{
    const QString key = newBuyer(QStringLiteral("buyer-bad"));
    // Unknown manifest, wrong API key, unknown name@version, no key at all.
    QProcess *p = startGet({ QStringLiteral("--edge"), m_edge,
                             QStringLiteral("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"),
                             QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("bad1")) },
                           key);
    QCOMPARE(finish(p), 1);
    QVERIFY(p->readAllStandardError().contains("does not know manifest"));
    p = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"),
                   m_tmp.filePath(QStringLiteral("bad2")) },
                 QStringLiteral("sgk_wrongwrongwrongwrongwrongwrongwrongwrongwro"));
    QCOMPARE(finish(p), 1);
    QVERIFY(p->readAllStandardError().contains("API key"));
    p = startGet({ QStringLiteral("--edge"), m_edge, QStringLiteral("cli-set@9"), QStringLiteral("--out"),
                   m_tmp.filePath(QStringLiteral("bad3")) },
                 key);
    QCOMPARE(finish(p), 1);
    QVERIFY(p->readAllStandardError().contains("no version \"9\""));
    p = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"),
                   m_tmp.filePath(QStringLiteral("bad4")) },
                 QString());
    QCOMPARE(finish(p), 2);
    // name@version resolves through the catalog.
    p = startGet({ QStringLiteral("--edge"), m_edge, QStringLiteral("cli-set@1"), QStringLiteral("--out"),
                   m_tmp.filePath(QStringLiteral("byname")) },
                 key);
    QCOMPARE(finish(p), 0);
    checkOut(m_tmp.filePath(QStringLiteral("byname")));
}

// A download that takes a few seconds fetches the bundles a signed checkpoint already
// covers while shards still flow (so its end waits only for the last ones), each checked
// against the log key; together with the rest they are all there and verify offline.
void TestGetCli::bundlesFetchedDuringTransfer()
{
    const QString key = newBuyer(QStringLiteral("buyer-prefetch"));
    const QString out = m_tmp.filePath(QStringLiteral("out-prefetch"));
    QProcess *p = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"), out,
                             QStringLiteral("--limit-rate"), QStringLiteral("2M"), QStringLiteral("--json") },
                           key);
    QCOMPARE(finish(p), 0);
    const QJsonObject done
        = QJsonDocument::fromJson(p->readAllStandardOutput().trimmed().split('\n').last()).object();
    QCOMPARE(done.value(QLatin1String("event")).toString(), QStringLiteral("done"));
    qInfo() << "bundles saved" << done.value(QLatin1String("receiptsSaved")).toInt() << "of which prefetched"
            << done.value(QLatin1String("receiptsPrefetched")).toInt() << "in"
            << done.value(QLatin1String("elapsedMs")).toInt() << "ms";
    QCOMPARE(done.value(QLatin1String("receiptsMissing")).toInt(), 0);
    // The done line has exactly the fields docs/download.md lists for pipelines.
    QFile doc(QStringLiteral(SG_SOURCE_DIR "/docs/download.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QStringList documented;
    for (const QByteArray &line : doc.readAll().split('\n')) {
        if (!line.startsWith("| `{\"event\":\"done\""))
            continue;
        const QByteArray fields = line.split('|').value(2);
        static const QRegularExpression name(QStringLiteral("`([A-Za-z]+)`"));
        for (const auto &m : name.globalMatch(QString::fromUtf8(fields)))
            documented.append(m.captured(1));
    }
    QStringList printed = done.keys();
    printed.removeOne(QStringLiteral("event"));
    documented.sort();
    printed.sort();
    QCOMPARE(printed, documented);
    QCOMPARE(done.value(QLatin1String("filesFetchedAgain")).toInt(), 0);
    QCOMPARE(done.value(QLatin1String("filesReadBack")).toInt(), 0);
    QVERIFY(done.value(QLatin1String("fileHashBytesWithOwnShard")).toDouble() > 0);
    QVERIFY(done.value(QLatin1String("fileHashBytesWithOwnShard")).toDouble()
            <= done.value(QLatin1String("bytes")).toDouble());
    QVERIFY(done.value(QLatin1String("receiptsPrefetched")).toInt() > 0);
    QVERIFY(done.value(QLatin1String("receiptsPrefetched")).toInt()
            < done.value(QLatin1String("receiptsSaved")).toInt());
    checkOut(out);
    const QStringList bundles = QDir(out + QStringLiteral("/.shardgate/receipts")).entryList(QDir::Files);
    QCOMPARE(bundles.size(), done.value(QLatin1String("receiptsSaved")).toInt());
    for (const QString &b : bundles) {
        auto verify
            = test::runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--bundle"),
                             out + QStringLiteral("/.shardgate/receipts/") + b, QStringLiteral("--vkey"),
                             out + QStringLiteral("/.shardgate/log.vkey") });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }
}

void TestGetCli::auditOverTheEdgeUsesThisHomesBooks()
{
    // `audit bill --edge URL` on the edge's own home compares the bill recomputed from the
    // receipts with this home's market (the log's key is this home's); on another home it
    // has no books to compare with.
    const QString key = newBuyer(QStringLiteral("buyer-audit"));
    QProcess *p = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"),
                             m_tmp.filePath(QStringLiteral("out-audit")) },
                           key);
    QCOMPARE(finish(p), 0);
    QJsonObject bill;
    test::CliResult last;
    for (int attempt = 0; attempt < 50; ++attempt) { // until a checkpoint covers every receipt
        last = test::runCli({ QStringLiteral("audit"), QStringLiteral("bill"), QStringLiteral("--edge"),
                              m_edge, QStringLiteral("--home"), m_home, QStringLiteral("--json") });
        bill = QJsonDocument::fromJson(last.out).object();
        if (last.exitCode == 0)
            break;
        QTest::qWait(200);
    }
    QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
    QVERIFY(bill.value(QLatin1String("comparedWithMarket")).toBool());
    QCOMPARE(bill.value(QLatin1String("mismatches")).toArray().size(), 0);
    bool audited = false;
    for (const QJsonValue &b : bill.value(QLatin1String("buyers")).toArray())
        audited = audited
            || b.toObject().value(QLatin1String("buyer")).toString() == QLatin1String("buyer-audit");
    QVERIFY(audited);

    const QString stranger = m_tmp.filePath(QStringLiteral("auditor-home"));
    auto r = test::runCli({ QStringLiteral("audit"), QStringLiteral("bill"), QStringLiteral("--edge"), m_edge,
                            QStringLiteral("--home"), stranger, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject other = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!other.value(QLatin1String("comparedWithMarket")).toBool());
    QCOMPARE(other.value(QLatin1String("total")).toString(), bill.value(QLatin1String("total")).toString());
}

void TestGetCli::chargesSurviveKilledEdge()
{
    // The edge charges a first delivery once it is committed and syncs the market's WAL just
    // after (not before the bytes flow): kill -9 of the edge right after a download loses no
    // debit. Then the edge comes back with --sync-charges (every debit on disk before its
    // shard is served) and a second buyer's download is billed the same way.
    const QJsonObject manifest
        = QJsonDocument::fromJson(readAllOf(m_tmp.filePath(QStringLiteral("m.json")))).object();
    const int shards = int(manifest.value(QLatin1String("shards")).toArray().size());
    const auto billOf = [&](const QString &buyer) {
        auto show = test::runCli({ QStringLiteral("account"), QStringLiteral("show"), buyer,
                                   QStringLiteral("--home"), m_home, QStringLiteral("--json") });
        if (show.exitCode != 0)
            qWarning() << show.describe();
        return QJsonDocument::fromJson(show.out).object();
    };
    for (const bool syncCharges : { false, true }) {
        const QString buyer
            = syncCharges ? QStringLiteral("buyer-edge-kill-sync") : QStringLiteral("buyer-edge-kill");
        const QString key = newBuyer(buyer);
        const QString out = m_tmp.filePath(QStringLiteral("out-") + buyer);
        QProcess *p = startGet({ QStringLiteral("--edge"), m_edge, m_cid, QStringLiteral("--out"), out,
                                 QStringLiteral("--receipt-wait"), QStringLiteral("0") },
                               key);
        QCOMPARE(finish(p), 0);
        delete p;
        checkOut(out);
        QProcess &edge = m_serve.process();
        ::kill(pid_t(edge.processId()), SIGKILL);
        QVERIFY(edge.waitForFinished(10000));
        const QJsonObject bill = billOf(buyer);
        // 10.00 USD less 0.01 per shard, each charged once.
        const auto credits = parseMoney(bill.value(QLatin1String("credits")).toString());
        QVERIFY2(credits.ok(), qPrintable(QJsonDocument(bill).toJson()));
        QCOMPARE(*credits, 10 * kMicrosPerUnit - shards * (kMicrosPerUnit / 100));
        QStringList serveArgs { QStringLiteral("--home"), m_home, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0") };
        if (!syncCharges)
            serveArgs << QStringLiteral("--sync-charges"); // for the next round
        QVERIFY2(m_serve.start(serveArgs), qPrintable(m_serve.errorString()));
        m_edge = m_serve.url();
    }
}

QTEST_GUILESS_MAIN(TestGetCli)
#include "tst_getcli.moc"
