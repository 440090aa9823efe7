// The market commands on a shared PostgreSQL store, as a user runs them: two homes (two
// edges' hosts) with --db / $SHARDGATE_DB pointing at one database share the catalog,
// accounts, revocations and token signing keys; serve's market side runs on it too.
// Runs on the throwaway cluster (tests/support/pgcluster.h); skips without PostgreSQL,
// fails in CI.

#include "pgcluster.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sg::test;

namespace {

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

QStringList kidsOf(const QJsonObject &jwks)
{
    QStringList kids;
    for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray())
        kids << k.toObject().value(QStringLiteral("kid")).toString();
    return kids;
}

} // namespace

class TestCliMarketPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoHomesOneStore();
    void badStoreUrl();

private:
    CliResult cli(const QString &home, QStringList args, bool viaEnv = false)
    {
        args << QStringLiteral("--home") << m_dir.filePath(home);
        QProcessEnvironment env;
        if (viaEnv)
            env.insert(QStringLiteral("SHARDGATE_DB"), m_url);
        else
            args << QStringLiteral("--db") << m_url;
        return runCli(args, {}, env);
    }
    QString prepareManifest();

    QTemporaryDir m_dir;
    QString m_url;
};

void TestCliMarketPg::initTestCase()
{
    SG_REQUIRE_PG();
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    auto url = PgCluster::instance().createDatabase(QStringLiteral("cli"));
    QVERIFY2(url, qPrintable(url.errorString()));
    m_url = *url;
}

QString TestCliMarketPg::prepareManifest()
{
    const QString key = m_dir.filePath(QStringLiteral("creator.pem"));
    CliResult r = runCli({ QStringLiteral("keygen"), QStringLiteral("--out"), key });
    if (r.exitCode != 0)
        qFatal("keygen failed: %s", qPrintable(r.describe()));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    writeFile(data + QStringLiteral("/readme.txt"), "a small dataset\n");
    const QString license = m_dir.filePath(QStringLiteral("license.json"));
    writeFile(license, R"({"id": "lic-demo", "spdx": "CC-BY-4.0", "uses": ["train"],
        "pricePerAccess": {"amount": "0.01", "currency": "USD"}})");
    const QString manifest = m_dir.filePath(QStringLiteral("manifest.json"));
    r = runCli({ QStringLiteral("pack"), data, QStringLiteral("--dataset"), QStringLiteral("voices"),
                 QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--key"), key,
                 QStringLiteral("--license"), license, QStringLiteral("--out"), manifest });
    if (r.exitCode != 0)
        qFatal("pack failed: %s", qPrintable(r.describe()));
    return manifest;
}

void TestCliMarketPg::twoHomesOneStore()
{
    const QString manifest = prepareManifest();
    // Published through home "a" ...
    CliResult r = cli(QStringLiteral("a"), { QStringLiteral("publish"), manifest, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString cid = jsonOf(r.out).value(QStringLiteral("manifestCid")).toString();
    QVERIFY2(cid.startsWith(QLatin1String("bafkrei")), qPrintable(r.describe()));
    // ... listed through home "b" (store named by $SHARDGATE_DB) ...
    r = cli(QStringLiteral("b"), { QStringLiteral("datasets"), QStringLiteral("--json") }, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray listed = jsonOf(r.out).value(QStringLiteral("datasets")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("cid")).toString(), cid);
    // ... and not in b's own SQLite store (no --db: the embedded default).
    r = runCli({ QStringLiteral("datasets"), QStringLiteral("--json"), QStringLiteral("--home"),
                 m_dir.filePath(QStringLiteral("b")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("datasets")).toArray().size(), 0);

    // An account made on a, a token issued on b (signed with b's own key).
    r = cli(QStringLiteral("a"),
            { QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("buyer-7"),
              QStringLiteral("--credits"), QStringLiteral("1.00"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString keyFile = m_dir.filePath(QStringLiteral("api-key.txt"));
    QVERIFY(writeFile(keyFile, jsonOf(r.out).value(QStringLiteral("apiKey")).toString().toLatin1()));
    r = cli(QStringLiteral("b"),
            { QStringLiteral("token"), QStringLiteral("--manifest"), cid, QStringLiteral("--api-key-file"),
              keyFile, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString token = jsonOf(r.out).value(QStringLiteral("token")).toString();
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(token.section(QLatin1Char('.'), 0, 0).toLatin1(),
                                                         QByteArray::Base64UrlEncoding))
              .object();
    const QString kidB = header.value(QStringLiteral("kid")).toString();
    QVERIFY(!kidB.isEmpty());

    // a's JWKS lists b's key, and its own.
    r = cli(QStringLiteral("a"),
            { QStringLiteral("token"), QStringLiteral("rotate-key"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(QStringLiteral("a"),
            { QStringLiteral("token"), QStringLiteral("jwks"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList kidsA = kidsOf(jsonOf(r.out));
    QVERIFY2(kidsA.contains(kidB) && kidsA.size() >= 2, qPrintable(kidsA.join(QLatin1Char(' '))));

    // serve on b: its JWKS (over HTTP) lists a's key too, and it issues tokens from the
    // shared accounts. (Its receipt log stays in b's home until the ledger takes --db.)
    QProcess serve;
    serve.start(cliPath(),
                { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--home"), m_dir.filePath(QStringLiteral("b")), QStringLiteral("--db"),
                  m_url, QStringLiteral("--threads"), QStringLiteral("1") });
    QString base;
    QRegularExpression listening(QStringLiteral("listening on (http://[0-9.:]+)"));
    QByteArray seen;
    for (int i = 0; i < 600 && base.isEmpty() && serve.state() != QProcess::NotRunning; ++i) {
        serve.waitForReadyRead(100);
        seen += serve.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(seen));
        if (m.hasMatch())
            base = m.captured(1);
    }
    QVERIFY2(!base.isEmpty(), qPrintable(QString::fromUtf8(seen + serve.readAllStandardError())));
    QNetworkAccessManager nam;
    auto fetch = [&](QNetworkReply *reply) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const QPair<int, QByteArray> out { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                           reply->readAll() };
        reply->deleteLater();
        return out;
    };
    const auto jwks = fetch(nam.get(QNetworkRequest(QUrl(base + QStringLiteral("/.well-known/jwks.json")))));
    QCOMPARE(jwks.first, 200);
    const QStringList kidsServed = kidsOf(QJsonDocument::fromJson(jwks.second).object());
    for (const QString &kid : kidsA)
        QVERIFY2(kidsServed.contains(kid), qPrintable(kidsServed.join(QLatin1Char(' '))));
    QNetworkRequest post(QUrl(base + QStringLiteral("/v1/tokens")));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QFile kf(keyFile);
    QVERIFY(kf.open(QIODevice::ReadOnly));
    post.setRawHeader("Authorization", "Bearer " + kf.readAll().trimmed());
    const auto issued = fetch(nam.post(
        post,
        QJsonDocument(QJsonObject { { QStringLiteral("manifest"), cid } }).toJson(QJsonDocument::Compact)));
    QVERIFY2(issued.first == 201, issued.second.constData());

    // A buyer revoked from home a is refused a token on b, and by the running edge.
    r = cli(QStringLiteral("a"),
            { QStringLiteral("revoke"), QStringLiteral("--buyer"), QStringLiteral("buyer-7"),
              QStringLiteral("--reason"), QStringLiteral("chargeback") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(QStringLiteral("b"),
            { QStringLiteral("token"), QStringLiteral("--manifest"), cid, QStringLiteral("--api-key-file"),
              keyFile });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("revoked"), qPrintable(r.describe()));
    const auto refused = fetch(nam.post(
        post,
        QJsonDocument(QJsonObject { { QStringLiteral("manifest"), cid } }).toJson(QJsonDocument::Compact)));
    QVERIFY2(refused.first == 403, refused.second.constData());
    r = cli(QStringLiteral("b"),
            { QStringLiteral("revoke"), QStringLiteral("--list"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("revocations")).toArray().size(), 1);

    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
}

void TestCliMarketPg::badStoreUrl()
{
    // Nothing listens there: one clear line, no password echoed, non-zero exit.
    CliResult r
        = runCli({ QStringLiteral("datasets"), QStringLiteral("--home"), m_dir.filePath(QStringLiteral("c")),
                   QStringLiteral("--db"),
                   QStringLiteral("postgresql://sg:topsecret@/x?host=%1&port=5999").arg(m_dir.path()) });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("server running"), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("topsecret"), qPrintable(r.describe()));
    r = runCli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--home"),
                 m_dir.filePath(QStringLiteral("c")), QStringLiteral("--db"),
                 QStringLiteral("postgresql://sg@/x?host=/tmp&bogus=1") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("unknown parameter 'bogus'"), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliMarketPg)
#include "tst_cli_market_pg.moc"
