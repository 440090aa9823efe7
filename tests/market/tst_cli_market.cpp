// End to end through shardgate-cli as a user runs it: keygen -> pack -> publish -> account
// create -> token, then the token is checked independently of our code: its EdDSA
// signature with `openssl pkeyutl -verify -rawin` against the public key taken from the
// JWKS the CLI prints, and its claims by decoding the JSON.

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace sg::test;

namespace {

QByteArray b64url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

// A one-shot HTTP server on its own thread (runCli blocks this one): records the request
// it gets and answers with a canned response, so the CLI's --edge requests are checked
// byte for byte against docs/api.md without an edge.
class StubEdge : public QThread
{
public:
    explicit StubEdge(QByteArray response) : m_response(std::move(response)) { }
    quint16 waitForPort()
    {
        m_ready.tryAcquire(1, 30000);
        return m_port.load();
    }
    QByteArray head, body;

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            m_ready.release();
            return;
        }
        m_port.store(server.serverPort());
        m_ready.release();
        if (!server.waitForNewConnection(30000))
            return;
        QTcpSocket *s = server.nextPendingConnection();
        QByteArray data;
        qsizetype headEnd = -1;
        qint64 length = 0;
        while (s->waitForReadyRead(10000)) {
            data += s->readAll();
            if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : data.left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
            }
            if (headEnd >= 0 && data.size() >= headEnd + 4 + length)
                break;
        }
        head = data.left(headEnd);
        body = data.mid(headEnd + 4);
        s->write(m_response);
        s->flush();
        s->waitForBytesWritten(5000);
        s->disconnectFromHost();
        if (s->state() != QAbstractSocket::UnconnectedState)
            s->waitForDisconnected(2000);
    }

private:
    QByteArray m_response;
    std::atomic<quint16> m_port { 0 };
    QSemaphore m_ready;
};

QByteArray httpJson(int status, const char *reason, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " " + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

} // namespace

class TestCliMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endToEnd();
    void errors();
    void edgeRequests();

private:
    QStringList home() const { return { QStringLiteral("--home"), m_dir.filePath(m_home) }; }
    CliResult cli(const QStringList &args, const QProcessEnvironment &env = {})
    {
        return runCli(args + home(), {}, env);
    }
    QString prepareManifest(const QString &dataset, QString *licenseHash);

    QTemporaryDir m_dir;
    QString m_home = QStringLiteral("home");
    QString m_openssl;
};

void TestCliMarket::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

QString TestCliMarket::prepareManifest(const QString &dataset, QString *licenseHash)
{
    const QString key = m_dir.filePath(dataset + QStringLiteral(".pem"));
    CliResult r = cli({ QStringLiteral("keygen"), QStringLiteral("--out"), key });
    if (r.exitCode != 0)
        qFatal("keygen failed: %s", qPrintable(r.describe()));
    const QString data = m_dir.filePath(dataset + QStringLiteral("-data"));
    writeFile(data + QStringLiteral("/readme.txt"), "a small dataset\n");
    QByteArray big(300000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i % 251);
    writeFile(data + QStringLiteral("/part/big.bin"), big);
    const QString license = m_dir.filePath(dataset + QStringLiteral("-license.json"));
    writeFile(license, R"({"id": "lic-demo", "spdx": "CC-BY-4.0", "uses": ["train", "evaluate"],
        "pricePerAccess": {"amount": "0.01", "currency": "USD"}})");
    const QString manifest = m_dir.filePath(dataset + QStringLiteral("-manifest.json"));
    r = cli({ QStringLiteral("pack"), data, QStringLiteral("--dataset"), dataset, QStringLiteral("--version"),
              QStringLiteral("2026-01-10"), QStringLiteral("--key"), key, QStringLiteral("--license"),
              license, QStringLiteral("--out"), manifest, QStringLiteral("--json") });
    if (r.exitCode != 0)
        qFatal("pack failed: %s", qPrintable(r.describe()));
    *licenseHash = jsonOf(r.out).value(QStringLiteral("licenseHash")).toString();
    return manifest;
}

void TestCliMarket::endToEnd()
{
    QString licenseHash;
    const QString manifest = prepareManifest(QStringLiteral("voices"), &licenseHash);

    CliResult r = cli({ QStringLiteral("publish"), manifest, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString cid = jsonOf(r.out).value(QStringLiteral("manifestCid")).toString();
    QVERIFY2(cid.startsWith(QLatin1String("bafkrei")), qPrintable(r.describe()));
    // The manifest CID is the CID of the manifest file's bytes (cid command, independent path).
    r = cli({ QStringLiteral("cid"), manifest });
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(cid.toLatin1()), qPrintable(r.describe()));

    r = cli({ QStringLiteral("datasets"), QStringLiteral("--search"), QStringLiteral("VOI"),
              QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray listed = jsonOf(r.out).value(QStringLiteral("datasets")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QStringLiteral("cid")).toString(), cid);

    r = cli({ QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("buyer-42"),
              QStringLiteral("--credits"), QStringLiteral("10.00"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString apiKey = jsonOf(r.out).value(QStringLiteral("apiKey")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^sgk_[A-Za-z0-9_-]{43}$")).match(apiKey).hasMatch(),
             qPrintable(r.describe()));
    QVERIFY(!r.err.contains(apiKey.toLatin1()));

    // The key from a file (never on the command line).
    const QString keyFile = m_dir.filePath(QStringLiteral("api-key.txt"));
    QVERIFY(writeFile(keyFile, apiKey.toLatin1() + "\n"));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    r = cli({ QStringLiteral("token"), QStringLiteral("--manifest"), cid, QStringLiteral("--ttl"),
              QStringLiteral("120"), QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.err.contains(apiKey.toLatin1()));
    const QJsonObject issued = jsonOf(r.out);
    const QByteArray token = issued.value(QStringLiteral("token")).toString().toLatin1();
    const QStringList parts = QString::fromLatin1(token).split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);

    // Header and claims, decoded by hand.
    const QJsonObject header = QJsonDocument::fromJson(b64url(parts[0].toLatin1())).object();
    const QJsonObject claims = QJsonDocument::fromJson(b64url(parts[1].toLatin1())).object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("buyer-42"));
    QCOMPARE(claims.value(QStringLiteral("mf")).toString(), cid);
    QCOMPARE(claims.value(QStringLiteral("lic")).toString(), licenseHash);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("shardgate-market"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("shardgate-edge"));
    QVERIFY(!claims.value(QStringLiteral("jti")).toString().isEmpty());
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    QVERIFY(iat >= before - 1 && iat <= QDateTime::currentSecsSinceEpoch() + 1);
    QCOMPARE(exp - iat, 120);
    QCOMPARE(issued.value(QStringLiteral("expiresAt")).toString(),
             QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));

    // The JWKS the CLI publishes holds the key named by kid.
    r = cli({ QStringLiteral("token"), QStringLiteral("jwks"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray keys = jsonOf(r.out).value(QStringLiteral("keys")).toArray();
    QJsonObject jwk;
    for (const auto &k : keys) {
        if (k.toObject().value(QStringLiteral("kid")) == header.value(QStringLiteral("kid")))
            jwk = k.toObject();
    }
    QVERIFY2(!jwk.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    const QByteArray x = b64url(jwk.value(QStringLiteral("x")).toString().toLatin1());
    QCOMPARE(x.size(), 32);

    // Verify the signature with OpenSSL, not with our code.
    if (m_openssl.isEmpty())
        SG_SKIP_OR_FAIL_WITHOUT("openssl command not found; the signature check needs it");
    const QByteArray spki = QByteArray::fromHex("302a300506032b6570032100") + x;
    const QString pubPem = m_dir.filePath(QStringLiteral("jwk.pub.pem"));
    QVERIFY(
        writeFile(pubPem, "-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY-----\n"));
    const QString input = m_dir.filePath(QStringLiteral("signing-input"));
    const QString sig = m_dir.filePath(QStringLiteral("signature"));
    QVERIFY(writeFile(input, (parts[0] + QLatin1Char('.') + parts[1]).toLatin1()));
    QVERIFY(writeFile(sig, b64url(parts[2].toLatin1())));
    auto opensslVerify = [&](const QString &inFile) {
        QProcess p;
        p.start(m_openssl,
                { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                  QStringLiteral("-inkey"), pubPem, QStringLiteral("-rawin"), QStringLiteral("-in"), inFile,
                  QStringLiteral("-sigfile"), sig });
        p.waitForFinished(30000);
        return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
    };
    auto [code, text] = opensslVerify(input);
    QVERIFY2(code == 0 && text.contains("Signature Verified Successfully"), text.constData());
    // And OpenSSL rejects the same signature over a changed payload.
    const QString tampered = m_dir.filePath(QStringLiteral("tampered-input"));
    QVERIFY(writeFile(tampered, (parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('x')).toLatin1()));
    auto [badCode, badText] = opensslVerify(tampered);
    QVERIFY2(badCode != 0, badText.constData());

    // The key from the environment works too; account commands see the buyer.
    QProcessEnvironment env;
    env.insert(QStringLiteral("SHARDGATE_API_KEY"), apiKey);
    r = cli({ QStringLiteral("token"), QStringLiteral("--manifest"), cid }, env);
    QVERIFY2(r.exitCode == 0 && r.out.trimmed().count('.') == 2, qPrintable(r.describe()));
    r = cli({ QStringLiteral("account"), QStringLiteral("credit"), QStringLiteral("buyer-42"),
              QStringLiteral("--amount"), QStringLiteral("5.5"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("credits")).toString(), QStringLiteral("15.5"));
    r = cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("accounts")).toArray().size(), 1);
    QVERIFY(!r.out.contains(apiKey.toLatin1()));

    // Revoking the buyer stops new tokens at once.
    r = cli({ QStringLiteral("revoke"), QStringLiteral("--buyer"), QStringLiteral("buyer-42"),
              QStringLiteral("--reason"), QStringLiteral("chargeback") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({ QStringLiteral("token"), QStringLiteral("--manifest"), cid, QStringLiteral("--api-key-file"),
              keyFile });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("revoked"), qPrintable(r.describe()));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    r = cli({ QStringLiteral("revoke"), QStringLiteral("--list"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("revocations")).toArray().size(), 1);
}

void TestCliMarket::errors()
{
    m_home = QStringLiteral("home-errors");
    QString licenseHash;
    const QString manifest = prepareManifest(QStringLiteral("errors-set"), &licenseHash);
    CliResult r = cli({ QStringLiteral("publish"), manifest });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // Publishing twice, or a tampered copy, fails with one line on stderr.
    r = cli({ QStringLiteral("publish"), manifest });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("already published"), qPrintable(r.describe()));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.replace("\"2026-01-10\"", "\"2026-01-11\"");
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
    QVERIFY(writeFile(tampered, bytes));
    r = cli({ QStringLiteral("publish"), tampered });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("signed"), qPrintable(r.describe()));

    // A wrong API key is refused and never echoed.
    const QString bogus = QStringLiteral("sgk_") + QString(43, QLatin1Char('Q'));
    QProcessEnvironment env;
    env.insert(QStringLiteral("SHARDGATE_API_KEY"), bogus);
    r = cli(
        { QStringLiteral("token"), QStringLiteral("--manifest"), QStringLiteral("errors-set@2026-01-10") },
        env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("unknown API key"), qPrintable(r.describe()));
    QVERIFY(!r.err.contains(bogus.toLatin1()));
    // No key at all: says how to give one.
    r = cli(
        { QStringLiteral("token"), QStringLiteral("--manifest"), QStringLiteral("errors-set@2026-01-10") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--api-key-file"), qPrintable(r.describe()));

    // An account without credits gets no token.
    r = cli({ QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("broke"),
              QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    env.insert(QStringLiteral("SHARDGATE_API_KEY"), jsonOf(r.out).value(QStringLiteral("apiKey")).toString());
    r = cli(
        { QStringLiteral("token"), QStringLiteral("--manifest"), QStringLiteral("errors-set@2026-01-10") },
        env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("no credits"), qPrintable(r.describe()));

    // Bad amounts and hostile names are usage errors with clear messages.
    r = cli({ QStringLiteral("account"), QStringLiteral("create"),
              QStringLiteral("x'; DROP TABLE accounts;--") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not valid"), qPrintable(r.describe()));
    r = cli({ QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("y"),
              QStringLiteral("--credits"), QStringLiteral("1e3") });
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("accounts")).toArray().size(), 1);

    // A corrupt store is reported, not replaced.
    const QString badHome = m_dir.filePath(QStringLiteral("bad-home"));
    QVERIFY(writeFile(badHome + QStringLiteral("/market.sqlite"), QByteArray(4096, 'z')));
    r = runCli({ QStringLiteral("datasets"), QStringLiteral("--home"), badHome });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("damaged or not a SQLite database"), qPrintable(r.describe()));
    QFile corrupt(badHome + QStringLiteral("/market.sqlite"));
    QVERIFY(corrupt.open(QIODevice::ReadOnly));
    QCOMPARE(corrupt.readAll(), QByteArray(4096, 'z'));
}

void TestCliMarket::edgeRequests()
{
    m_home = QStringLiteral("home-edge");
    const QByteArray apiKey = "sgk_" + QByteArray(43, 'k');
    const QString keyFile = m_dir.filePath(QStringLiteral("edge-key.txt"));
    QVERIFY(writeFile(keyFile, apiKey + "\n"));
    const QString cid = QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae");

    // token --edge: POST /v1/tokens, API key only in the Authorization header.
    {
        const QByteArray jwt = "eyJhbGciOiJFZERTQSJ9.eyJleHAiOjE3NjcyMjU5MDB9.c2ln";
        StubEdge edge(
            httpJson(201, "Created", "{\"token\":\"" + jwt + "\",\"expiresAt\":\"2026-01-01T00:05:00Z\"}"));
        edge.start();
        const quint16 port = edge.waitForPort();
        QVERIFY(port != 0);
        CliResult r = cli({ QStringLiteral("token"), QStringLiteral("--edge"),
                            QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--manifest"),
                            cid, QStringLiteral("--ttl"), QStringLiteral("300"),
                            QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--json") });
        QVERIFY(edge.wait(30000));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject out = jsonOf(r.out);
        QCOMPARE(out.value(QStringLiteral("token")).toString().toLatin1(), jwt);
        QCOMPARE(out.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2026-01-01T00:05:00Z"));
        QVERIFY2(edge.head.startsWith("POST /v1/tokens HTTP/1.1\r\n"), edge.head.constData());
        QVERIFY2(edge.head.contains("Authorization: Bearer " + apiKey + "\r\n"), edge.head.constData());
        const QJsonObject body = QJsonDocument::fromJson(edge.body).object();
        QCOMPARE(body, (QJsonObject { { QStringLiteral("manifest"), cid }, { QStringLiteral("ttl"), 300 } }));
        QVERIFY(!edge.body.contains(apiKey));
        QVERIFY(!r.err.contains(apiKey));
    }
    // An edge refusal (problem details) becomes one line on stderr.
    {
        StubEdge edge(
            httpJson(402, "Payment Required",
                     R"({"type":"urn:shardgate:problem:insufficient-credits","title":"Out of credits",)"
                     R"("status":402,"detail":"buyer 'b' has no credits left"})"));
        edge.start();
        const quint16 port = edge.waitForPort();
        CliResult r = cli({ QStringLiteral("token"), QStringLiteral("--edge"),
                            QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--manifest"),
                            cid, QStringLiteral("--api-key-file"), keyFile });
        QVERIFY(edge.wait(30000));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("HTTP 402") && r.err.contains("no credits left"), qPrintable(r.describe()));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }
    // revoke --edge: POST /v1/revocations with a statement that verifies (checked with openssl).
    {
        const QString key = m_dir.filePath(QStringLiteral("operator.pem"));
        CliResult k = cli({ QStringLiteral("keygen"), QStringLiteral("--out"), key });
        QVERIFY2(k.exitCode == 0, qPrintable(k.describe()));
        StubEdge edge(httpJson(201, "Created", "{\"added\":true}"));
        edge.start();
        const quint16 port = edge.waitForPort();
        CliResult r
            = cli({ QStringLiteral("revoke"), QStringLiteral("--edge"),
                    QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--manifest"), cid,
                    QStringLiteral("--reason"), QStringLiteral("withdrawn"), QStringLiteral("--key"), key });
        QVERIFY(edge.wait(30000));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(edge.head.startsWith("POST /v1/revocations HTTP/1.1\r\n"), edge.head.constData());
        QVERIFY(!edge.head.contains("Authorization"));
        const QJsonObject body = QJsonDocument::fromJson(edge.body).object();
        const QJsonObject st = body.value(QStringLiteral("revocation")).toObject();
        QCOMPARE(st.value(QStringLiteral("kind")).toString(), QStringLiteral("manifest"));
        QCOMPARE(st.value(QStringLiteral("value")).toString(), cid);
        QCOMPARE(st.value(QStringLiteral("reason")).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(st.value(QStringLiteral("by")).toString().toLatin1(), k.out.trimmed());
        const QString sig = body.value(QStringLiteral("signature")).toString();
        QVERIFY(sig.startsWith(QLatin1String("ed25519:")));
        if (m_openssl.isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("openssl command not found");
        // JCS of the statement: keys sorted, no spaces (all values are plain ASCII here).
        QByteArray jcs = "{";
        for (const QString &name : { QStringLiteral("by"), QStringLiteral("kind"), QStringLiteral("reason"),
                                     QStringLiteral("time"), QStringLiteral("value") })
            jcs += (jcs.size() > 1 ? "," : "")
                + ("\"" + name + "\":\"" + st.value(name).toString() + "\"").toLatin1();
        jcs += "}";
        const QString in = m_dir.filePath(QStringLiteral("revocation.jcs"));
        const QString sigFile = m_dir.filePath(QStringLiteral("revocation.sig"));
        QVERIFY(writeFile(in, jcs));
        QVERIFY(writeFile(sigFile, b64url(sig.mid(8).toLatin1())));
        QProcess p;
        p.start(m_openssl,
                { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-inkey"), key,
                  QStringLiteral("-rawin"), QStringLiteral("-in"), in, QStringLiteral("-sigfile"), sigFile });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, (p.readAllStandardOutput() + p.readAllStandardError()).constData());
    }
}

QTEST_GUILESS_MAIN(TestCliMarket)
#include "tst_cli_market.moc"
