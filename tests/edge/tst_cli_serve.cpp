// `shardgate-cli serve` as a user runs it: the first line is "listening on http://HOST:PORT"
// (port 0 = any), it answers, SIGHUP reloads, SIGTERM drains and exits 0; bad flags fail
// with one line on stderr.

#include "edgefixture.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

using namespace sg::test;

class TestCliServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serveReloadDrain()
    {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHARDGATE_HOME"), home.path());
        p.setProcessEnvironment(env);
        p.start(cliPath(),
                { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        EdgeFixture client; // only for its raw HTTP helper
        const quint16 port = quint16(m.captured(1).toUInt());
        QVERIFY(port > 0);
        auto get = [&](const QByteArray &path) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            if (!s.waitForConnected(5000))
                return RawReply {};
            s.write("GET " + path + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            QByteArray buf;
            while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
                buf += s.readAll();
            return EdgeFixture::parseReply(buf + s.readAll());
        };
        QCOMPARE(get("/healthz").status, 200);
        QCOMPARE(get("/v1/log/key").status, 200);
        // No token module check is skipped: a data request without a token is 401.
        QCOMPARE(get("/v1/shards/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku").status, 401);
        ::kill(pid_t(p.processId()), SIGHUP);
        QCOMPARE(get("/healthz").status, 200);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void badListen()
    {
        QTemporaryDir home;
        const CliResult r = runCli({ QStringLiteral("serve"), QStringLiteral("--home"), home.path(),
                                     QStringLiteral("--listen"), QStringLiteral("nowhere") });
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("HOST:PORT"));
        const CliResult nl = runCli({ QStringLiteral("serve"), QStringLiteral("--home"), home.path(),
                                      QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") });
        QVERIFY(nl.exitCode != 0);
        QVERIFY(nl.err.contains("loopback"));
    }

    void badCacheFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("capacity") << QStringList { QStringLiteral("--cache-capacity"),
                                                   QStringLiteral("lots") }
                                  << QStringLiteral("--cache-capacity");
        QTest::newRow("origin") << QStringList { QStringLiteral("--origin"),
                                                 QStringLiteral("/nonexistent/blobs") }
                                << QStringLiteral("origin folder");
        QTest::newRow("upstream") << QStringList { QStringLiteral("--upstream"), QStringLiteral("ftp://x") }
                                  << QStringLiteral("http(s) URL");
        QTest::newRow("both") << QStringList { QStringLiteral("--origin"), QStringLiteral("/tmp"),
                                               QStringLiteral("--upstream"),
                                               QStringLiteral("http://127.0.0.1:1") }
                              << QStringLiteral("either");
        QTest::newRow("rate") << QStringList { QStringLiteral("--rate-limit-token"), QStringLiteral("fast") }
                              << QStringLiteral("RATE/BURST");
    }

    void badCacheFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir home;
        const CliResult r
            = runCli(QStringList { QStringLiteral("serve"), QStringLiteral("--home"), home.path(),
                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
                     + args);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // serve --origin: a home whose blobs live elsewhere fills its cache from there.
    void serveWithOrigin()
    {
        EdgeFixture fx;
        Dataset ds;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("a.bin"), patternBytes(300000, 5));
        QVERIFY(fx.publish(QStringLiteral("origin-test"), files, &ds));
        const QString apiKey = fx.account(QStringLiteral("carol"));
        QTemporaryDir origin;
        QVERIFY(
            QDir().rename(fx.home() + QStringLiteral("/blobs"), origin.path() + QStringLiteral("/blobs")));
        QProcess p;
        p.start(cliPath(),
                { QStringLiteral("serve"), QStringLiteral("--home"), fx.home(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--origin"), origin.path(),
                  QStringLiteral("--cache-capacity"), QStringLiteral("8MiB") });
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        const quint16 port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
        QVERIFY2(port > 0, qPrintable(line));
        auto exchange = [&](const QByteArray &request) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            if (!s.waitForConnected(5000))
                return RawReply {};
            s.write(request);
            QByteArray buf;
            while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
                buf += s.readAll();
            return EdgeFixture::parseReply(buf + s.readAll());
        };
        const QByteArray body = "{\"manifest\":\"" + ds.manifestCid.toLatin1() + "\"}";
        const RawReply tok
            = exchange("POST /v1/tokens HTTP/1.1\r\nHost: a\r\nConnection: close\r\nAuthorization: Bearer "
                       + apiKey.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
                       + "\r\n\r\n" + body);
        QCOMPARE(tok.status, 201);
        const QByteArray token
            = QJsonDocument::fromJson(tok.body).object().value(QStringLiteral("token")).toString().toLatin1();
        const QByteArray get = "GET /v1/files/" + ds.manifestCid.toLatin1()
            + "/a.bin HTTP/1.1\r\nHost: a\r\nConnection: close\r\nAuthorization: Bearer " + token
            + "\r\n\r\n";
        const RawReply first = exchange(get);
        QCOMPARE(first.status, 200);
        QVERIFY(first.body == files.value(QStringLiteral("a.bin")));
        QCOMPARE(exchange(get).status, 200);
        const RawReply metrics = exchange("GET /metrics HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        QVERIFY(metrics.body.contains("\nshardgate_origin_fills_total 1\n"));
        QVERIFY(metrics.body.contains("\nshardgate_cache_hits_total 1\n"));
        QVERIFY(metrics.body.contains("\nshardgate_cache_capacity_bytes 8388608\n"));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
