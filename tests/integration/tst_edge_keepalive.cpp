// Keep-alive framing of the lean data path through the public interfaces: a real `serve`,
// a token from the CLI, then several responses on one connection (one after another and
// pipelined). Each response must be exactly its head plus Content-Length bytes: a body
// byte too many misframes every later response. Regression: pump() re-entered from a
// synchronous bytesWritten sent pieces twice.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sg::test;

class TestEdgeKeepAlive : public QObject
{
    Q_OBJECT

private:
    // Reads one response; returns its status line and body size, or an empty status.
    static QByteArray readResponse(QTcpSocket &s, QByteArray &buffer, qint64 *bodySize)
    {
        while (!buffer.contains("\r\n\r\n")) {
            if (!s.waitForReadyRead(10000))
                return {};
            buffer += s.readAll();
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        const QByteArray head = buffer.left(end);
        qint64 length = -1;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (length < 0)
            return {};
        while (buffer.size() < end + 4 + length) {
            if (!s.waitForReadyRead(10000))
                return {};
            buffer += s.readAll();
        }
        buffer.remove(0, end + 4 + length);
        *bodySize = length;
        return head.left(head.indexOf('\r'));
    }

private Q_SLOTS:
    void responsesAreFramedExactly()
    {
        QTemporaryDir home;
        const CliResult demo
            = runCli({ QStringLiteral("demo"), QStringLiteral("--home"), home.path() }, {}, {}, 150000);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        QFile manifestFile(home.filePath(QStringLiteral("demo/manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QJsonObject shard = manifest.value(QStringLiteral("shards")).toArray().at(1).toObject();
        const QString shardCid = shard.value(QStringLiteral("cid")).toString();
        const qint64 shardSize = shard.value(QStringLiteral("size")).toInteger();
        QVERIFY(shardSize > 256 * 1024); // larger than one write chunk

        QProcess serve;
        serve.start(cliPath(),
                    { QStringLiteral("serve"), QStringLiteral("--home"), home.path(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(serve.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && serve.waitForReadyRead(10000))
            line += serve.readAllStandardOutput();
        QVERIFY2(line.startsWith("listening on http://"), line.constData());
        const QUrl url(QString::fromUtf8(line.mid(13).trimmed()));

        // The manifest CID is the CID of the manifest file's bytes.
        const CliResult cid
            = runCli({ QStringLiteral("cid"), home.filePath(QStringLiteral("demo/manifest.json")) });
        QVERIFY2(cid.exitCode == 0, qPrintable(cid.describe()));
        const QString manifestCid = QString::fromUtf8(cid.out.split(' ').first());
        const CliResult issued = runCli(
            { QStringLiteral("token"), QStringLiteral("--home"), home.path(), QStringLiteral("--edge"),
              url.toString(), QStringLiteral("--api-key-file"),
              home.filePath(QStringLiteral("demo/buyer.key")), QStringLiteral("--manifest"), manifestCid });
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.describe()));
        const QByteArray jwt = issued.out.trimmed();

        const QByteArray request = "GET /v1/shards/" + shardCid.toUtf8()
            + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + jwt + "\r\nRange: bytes=0-\r\n\r\n";
        for (const bool pipelined : { false, true }) {
            for (int round = 0; round < 5; ++round) {
                QTcpSocket s;
                s.connectToHost(url.host(), quint16(url.port()));
                QVERIFY(s.waitForConnected(5000));
                QByteArray buffer;
                constexpr int kResponses = 4;
                if (pipelined)
                    s.write(request.repeated(kResponses));
                for (int k = 0; k < kResponses; ++k) {
                    if (!pipelined)
                        s.write(request);
                    qint64 size = -1;
                    const QByteArray status = readResponse(s, buffer, &size);
                    QVERIFY2(status == "HTTP/1.1 206 Partial Content",
                             qPrintable(
                                 QStringLiteral("response %1 (pipelined %2): '%3'")
                                     .arg(k)
                                     .arg(pipelined)
                                     .arg(QString::fromLatin1(status.isEmpty() ? buffer.left(40) : status))));
                    QCOMPARE(size, shardSize);
                }
                // Nothing may follow the last response.
                s.waitForReadyRead(300);
                buffer += s.readAll();
                QCOMPARE(buffer.size(), 0);
            }
        }
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestEdgeKeepAlive)
#include "tst_edge_keepalive.moc"
