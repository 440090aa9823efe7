// `shardgate-cli serve` as a user runs it: the first line is "listening on http://HOST:PORT"
// (port 0 = any), it answers, SIGHUP reloads, SIGTERM drains and exits 0; bad flags fail
// with one line on stderr.

#include "edgefixture.h"
#include "testsupport.h"

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
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
