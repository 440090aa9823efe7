// `shardgate-cli log verify --edge URL` against a real running `shardgate-cli serve`: a
// paid ranged GET writes a receipt, the auditor verifies the whole log over HTTP and
// remembers the checkpoint; a forked checkpoint (same key, same size, another root) in the
// auditor's memory is reported as equivocation with both notes as evidence; a checkpoint
// checked against another key fails clearly.

#include "audit/auditstore.h"
#include "common/fileutil.h"
#include "crypto/sha256.h"
#include "ledger/note.h"
#include "serveprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using sg::test::runCli;

class TstCliLogEdge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_home;
    QString m_edge;
    test::ServeProcess m_serve;

    // The size of the edge's latest signed checkpoint (-1 on error).
    qint64 checkpointSize()
    {
        auto r = runCli({ QStringLiteral("log"), QStringLiteral("checkpoint"), QStringLiteral("--edge"),
                          m_edge, QStringLiteral("--json") });
        if (r.exitCode != 0)
            return -1;
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("size")).toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = m_tmp.filePath(QStringLiteral("edge-home"));
        const QString data = m_tmp.filePath(QStringLiteral("data"));
        QByteArray bytes(1500000, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        QVERIFY(test::writeFile(data + QStringLiteral("/a.bin"), bytes));
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("lic.json")),
                                R"({"id":"lic-1","spdx":"CC-BY-4.0","uses":["train"],)"
                                R"("pricePerAccess":{"amount":"0.01","currency":"USD"}})"));
        const QString key = m_tmp.filePath(QStringLiteral("key.pem"));
        auto r = runCli(
            { QStringLiteral("keygen"), QStringLiteral("--home"), m_home, QStringLiteral("--out"), key });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli({ QStringLiteral("pack"), data, QStringLiteral("--home"), m_home,
                     QStringLiteral("--dataset"), QStringLiteral("log-set"), QStringLiteral("--version"),
                     QStringLiteral("1"), QStringLiteral("--key"), key, QStringLiteral("--license"),
                     m_tmp.filePath(QStringLiteral("lic.json")), QStringLiteral("--out"),
                     m_tmp.filePath(QStringLiteral("m.json")), QStringLiteral("--shard-size"),
                     QStringLiteral("1MiB"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString manifestCid
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("manifestCid")).toString();
        r = runCli({ QStringLiteral("publish"), m_tmp.filePath(QStringLiteral("m.json")),
                     QStringLiteral("--home"), m_home });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli({ QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("buyer-log"),
                     QStringLiteral("--credits"), QStringLiteral("1.00"), QStringLiteral("--home"), m_home,
                     QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString apiKeyFile = m_tmp.filePath(QStringLiteral("buyer.key"));
        QVERIFY(test::writeFile(
            apiKeyFile,
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("apiKey")).toString().toUtf8()
                + '\n'));

        QVERIFY2(m_serve.start({ QStringLiteral("--home"), m_home, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0") }),
                 qPrintable(m_serve.errorString()));
        m_edge = m_serve.url();

        // A paid access: token from the edge, then a ranged GET of the first shard.
        r = runCli({ QStringLiteral("token"), QStringLiteral("--home"), m_home, QStringLiteral("--edge"),
                     m_edge, QStringLiteral("--api-key-file"), apiKeyFile, QStringLiteral("--manifest"),
                     manifestCid });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray jwt = r.out.trimmed();
        QFile manifestFile(m_tmp.filePath(QStringLiteral("m.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QString shard = QJsonDocument::fromJson(manifestFile.readAll())
                                  .object()
                                  .value(QStringLiteral("shards"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("cid"))
                                  .toString();
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_edge + QStringLiteral("/v1/shards/") + shard));
        req.setRawHeader("Authorization", "Bearer " + jwt);
        req.setRawHeader("Range", "bytes=0-65535");
        QNetworkReply *reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(reply->readAll().size(), 65536);
        QVERIFY(reply->hasRawHeader("Shardgate-Receipt"));
        reply->deleteLater();

        // The edge signs a checkpoint at least once a second while entries arrive.
        QTRY_VERIFY_WITH_TIMEOUT(checkpointSize() >= 1, 20000);
    }

    void cleanupTestCase() { m_serve.stop(); }

    // A serve that ends before its "listening on" line: the helper says so, with its stderr.
    void serveThatCannotStartIsReported()
    {
        test::ServeProcess bad;
        QVERIFY(!bad.start({ QStringLiteral("--home"), m_tmp.filePath(QStringLiteral("bad-home")),
                             QStringLiteral("--listen"), QStringLiteral("nonsense") }));
        QVERIFY(!bad.isRunning());
        QVERIFY(bad.url().isEmpty());
        QVERIFY2(bad.errorString().contains(QStringLiteral("exit code 2")), qPrintable(bad.errorString()));
        QVERIFY2(bad.errorString().contains(QStringLiteral("'nonsense' is not HOST:PORT")),
                 qPrintable(bad.errorString()));
    }

    void verifiesTheRunningEdgesLog()
    {
        const QString auditor = m_tmp.filePath(QStringLiteral("auditor"));
        auto v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                          QStringLiteral("--home"), auditor, QStringLiteral("--json") });
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QVERIFY(o.value(QStringLiteral("size")).toInteger() >= 1);
        // Again: now consistent with the checkpoint remembered the first time.
        v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                     QStringLiteral("--home"), auditor });
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
        // Pinned to the key the edge itself publishes.
        auto key = runCli({ QStringLiteral("log"), QStringLiteral("key"), QStringLiteral("--edge"), m_edge });
        QVERIFY(key.exitCode == 0);
        v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                     QStringLiteral("--vkey"), QString::fromUtf8(key.out.trimmed()), QStringLiteral("--home"),
                     m_tmp.filePath(QStringLiteral("auditor-pinned")) });
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    }

    void anotherKeyFailsClearly()
    {
        auto other = ledger::NoteSigner::generate(QStringLiteral("shardgate.local/log"));
        QVERIFY(other.ok());
        auto v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                          QStringLiteral("--vkey"), other->verifier().verifierKey(), QStringLiteral("--home"),
                          m_tmp.filePath(QStringLiteral("auditor-other")) });
        QVERIFY(v.exitCode != 0);
        QVERIFY2(v.err.contains("does not verify with key"), qPrintable(v.describe()));
    }

    void forkedCheckpointIsEquivocation()
    {
        // The auditor remembers a checkpoint signed with the log's own key for the current
        // size but another root: the log it is shown now must be reported as a fork.
        const QString auditor = m_tmp.filePath(QStringLiteral("auditor-fork"));
        auto keyText = readFile(m_home + QStringLiteral("/keys/ledger.note.key"), 4096);
        QVERIFY2(keyText.ok(), qPrintable(keyText.errorString()));
        auto signer = ledger::NoteSigner::fromSignerKey(QString::fromUtf8(*keyText).trimmed());
        QVERIFY2(signer.ok(), qPrintable(signer.errorString()));
        const qint64 size = checkpointSize();
        QVERIFY(size >= 1);
        ledger::Checkpoint forged;
        forged.origin = signer->verifier().name();
        forged.size = size;
        forged.rootHash = crypto::Sha256::hash(QByteArray("another history"));
        auto note = signer->sign(forged.body());
        QVERIFY(note.ok());
        {
            QVERIFY(QDir().mkpath(auditor));
            auto store = audit::AuditStore::open(auditor + QStringLiteral("/audit.sqlite"));
            QVERIFY2(store.ok(), qPrintable(store.errorString()));
            audit::SeenCheckpoint seen;
            seen.checkpoint = forged;
            seen.note = *note;
            seen.seenAtMs = 1767225600000;
            seen.source = QStringLiteral("a mirror");
            QVERIFY((*store)->rememberKey(forged.origin, signer->verifier().verifierKey()).ok());
            QVERIFY((*store)->remember(seen).ok());
        }
        auto v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                          QStringLiteral("--home"), auditor });
        QVERIFY(v.exitCode != 0);
        QVERIFY2(v.err.contains("equivocation"), qPrintable(v.describe()));
        QVERIFY2(v.out.contains("EVIDENCE: checkpoint seen earlier:"), qPrintable(v.describe()));
        QVERIFY(v.out.contains(*note));
        // With --json the evidence is machine-readable.
        v = runCli({ QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--edge"), m_edge,
                     QStringLiteral("--home"), auditor, QStringLiteral("--json") });
        QVERIFY(v.exitCode != 0);
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(o.value(QStringLiteral("earlierCheckpoint")).toString(), QString::fromUtf8(*note));
        QVERIFY(!o.value(QStringLiteral("laterCheckpoint")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliLogEdge)
#include "tst_cli_log_edge.moc"
