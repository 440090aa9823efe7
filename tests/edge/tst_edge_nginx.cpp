// Differential test: the same Range headers to nginx (started here, serving the same
// bytes from a temp dir) and to the edge; status, Content-Range, Content-Length and the
// bytes must agree. Multipart answers are compared part by part after merging nginx's
// overlapping/adjacent parts (the edge coalesces them, RFC 9110 §14.6 allows both).
// Headers with invalid syntax are left out on purpose: nginx answers them 416, the edge
// ignores them (200) as RFC 9110 §14.2 says; tst_rangeengine covers those.

#include "edgefixture.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>

using namespace sg;
using namespace sg::test;

namespace {

struct Part
{
    qint64 start = 0;
    qint64 end = 0; // inclusive
    qint64 total = 0;
    QByteArray bytes;
};

bool parseContentRange(const QByteArray &v, Part *p)
{
    // "bytes a-b/len"
    if (!v.startsWith("bytes "))
        return false;
    const QByteArray r = v.mid(6);
    const qsizetype dash = r.indexOf('-'), slash = r.indexOf('/');
    if (dash < 0 || slash < 0)
        return false;
    p->start = r.left(dash).toLongLong();
    p->end = r.mid(dash + 1, slash - dash - 1).toLongLong();
    p->total = r.mid(slash + 1).toLongLong();
    return true;
}

QList<Part> partsOf(const RawReply &r)
{
    QList<Part> out;
    const QByteArray ct = r.headers.value("content-type");
    if (ct.startsWith("multipart/byteranges")) {
        const QByteArray boundary = "--" + ct.mid(ct.indexOf("boundary=") + 9);
        qsizetype pos = 0;
        while (true) {
            const qsizetype b = r.body.indexOf(boundary, pos);
            if (b < 0)
                break;
            const qsizetype lineEnd = r.body.indexOf("\r\n", b);
            if (r.body.mid(b + boundary.size(), 2) == "--" || lineEnd < 0)
                break;
            const qsizetype headEnd = r.body.indexOf("\r\n\r\n", lineEnd);
            Part p;
            for (const QByteArray &l : r.body.mid(lineEnd + 2, headEnd - lineEnd - 2).split('\n')) {
                if (l.toLower().startsWith("content-range:"))
                    parseContentRange(l.mid(14).trimmed(), &p);
            }
            p.bytes = r.body.mid(headEnd + 4, p.end - p.start + 1);
            out.append(p);
            pos = headEnd + 4 + p.bytes.size();
        }
    } else if (r.status == 206) {
        Part p;
        parseContentRange(r.headers.value("content-range"), &p);
        p.bytes = r.body;
        out.append(p);
    }
    // Merge overlapping/adjacent parts (what the edge does).
    std::sort(out.begin(), out.end(), [](const Part &a, const Part &b) { return a.start < b.start; });
    QList<Part> merged;
    for (const Part &p : out) {
        if (!merged.isEmpty() && p.start <= merged.last().end + 1) {
            Part &m = merged.last();
            if (p.end > m.end) {
                m.bytes += p.bytes.mid(m.end + 1 - p.start);
                m.end = p.end;
            }
        } else {
            merged.append(p);
        }
    }
    return merged;
}

} // namespace

class TestEdgeNginx : public QObject
{
    Q_OBJECT

    EdgeFixture *f = nullptr;
    Dataset ds;
    QByteArray token;
    QTemporaryDir nginxDir;
    QProcess nginx;
    quint16 nginxPort = 0;

    RawReply nginxGet(const QString &path, const QByteArray &range)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, nginxPort);
        if (!s.waitForConnected(5000))
            return {};
        s.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (range.isEmpty() ? QByteArray() : "Range: " + range + "\r\n") + "\r\n");
        QByteArray buf;
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
            buf += s.readAll();
        buf += s.readAll();
        return EdgeFixture::parseReply(buf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString nginxBin = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginxBin.isEmpty())
            nginxBin
                = QStandardPaths::findExecutable(QStringLiteral("nginx"), { QStringLiteral("/usr/sbin") });
        if (nginxBin.isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("nginx is not installed (packaging/deps/debian.sh installs nginx-light)");
        f = new EdgeFixture;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("big.bin"), patternBytes(2 * 1048576 + 777, 9));
        QVERIFY(f->publish(QStringLiteral("diff"), files, &ds));
        const QString key = f->account(QStringLiteral("dave"));
        QVERIFY(f->start());
        token = f->token(key, ds.manifestCid);
        QVERIFY(!token.isEmpty());

        // nginx: same bytes (shard 0 and the whole file), its own prefix, no daemon.
        const QString root = nginxDir.filePath(QStringLiteral("www"));
        QVERIFY(writeFile(root + QStringLiteral("/shard0"),
                          files.value(QStringLiteral("big.bin")).left(1048576)));
        QVERIFY(writeFile(root + QStringLiteral("/big.bin"), files.value(QStringLiteral("big.bin"))));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        nginxPort = probe.serverPort();
        probe.close();
        const QString p = nginxDir.path();
        const QString conf
            = QStringLiteral(
                  "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                  "error_log %1/error.log;\nevents { worker_connections 64; }\n"
                  "http {\n access_log off;\n client_body_temp_path %1/body;\n proxy_temp_path %1/proxy;\n"
                  " fastcgi_temp_path %1/fcgi;\n uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
                  " default_type application/octet-stream;\n max_ranges 16;\n"
                  " server { listen 127.0.0.1:%2; root %1/www; }\n}\n")
                  .arg(p)
                  .arg(nginxPort);
        QVERIFY(writeFile(p + QStringLiteral("/nginx.conf"), conf.toUtf8()));
        nginx.start(nginxBin,
                    { QStringLiteral("-p"), p, QStringLiteral("-c"), p + QStringLiteral("/nginx.conf"),
                      QStringLiteral("-e"), p + QStringLiteral("/error.log") });
        QVERIFY(nginx.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(nginxGet(QStringLiteral("/shard0"), "bytes=0-0").status == 206, 10000);
    }
    void cleanupTestCase()
    {
        if (nginx.state() != QProcess::NotRunning) {
            nginx.terminate();
            if (!nginx.waitForFinished(5000)) {
                nginx.kill();
                nginx.waitForFinished();
            }
        }
        delete f;
    }

    void sameAnswers_data()
    {
        QTest::addColumn<QString>("target"); // shard0 or big.bin
        QTest::addColumn<QByteArray>("range");
        const QList<QByteArray> ranges {
            "",
            "bytes=0-0",
            "bytes=0-99",
            "bytes=100-",
            "bytes=-100",
            "bytes=0-",
            "bytes=-0",
            "bytes=1048575-1048575",
            "bytes=1048000-1049000",
            "bytes=1000000-9999999",
            "bytes=-99999999",
            "bytes=99999999-",
            "bytes=99999999-,-1",
            "bytes=0-1,5-9",
            "bytes=0-10,5-20",
            "bytes=0-9,10-19",
            "bytes=500-599,0-99",
            "bytes=0-0,-1",
            "bytes=0-,0-",
            "bytes=0-1,3-4,6-7,9-10,12-13,15-16,18-19,21-22,24-25,27-28,30-31,33-34,36-37,39-40,42-43,45-46",
            "bytes=0-1,3-4,6-7,9-10,12-13,15-16,18-19,21-22,24-25,27-28,30-31,33-34,36-37,39-40,42-43,45-46,"
            "48-49",
            "Bytes=5-6",
        };
        for (const QString &t : { QStringLiteral("shard0"), QStringLiteral("big.bin") }) {
            for (const QByteArray &r : ranges)
                QTest::newRow(
                    qPrintable(t + QLatin1Char(' ') + QString::fromLatin1(r.isEmpty() ? "none" : r)))
                    << t << r;
        }
    }
    void sameAnswers()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, range);
        const QString edgePath = target == QLatin1String("shard0")
            ? QStringLiteral("/v1/shards/") + ds.shardCids.at(0)
            : QStringLiteral("/v1/files/%1/big.bin").arg(ds.manifestCid);
        QList<QPair<QByteArray, QByteArray>> h { { "Authorization", "Bearer " + token } };
        if (!range.isEmpty())
            h.append({ "Range", range });
        const RawReply e = f->get(edgePath, h);
        const RawReply n = nginxGet(QLatin1Char('/') + target, range);
        QCOMPARE(e.status, n.status);
        if (n.status == 416) {
            QCOMPARE(e.headers.value("content-range"), n.headers.value("content-range"));
            return;
        }
        const bool multipart = n.headers.value("content-type").startsWith("multipart/")
            || e.headers.value("content-type").startsWith("multipart/");
        if (!multipart) {
            QCOMPARE(e.headers.value("content-range"), n.headers.value("content-range"));
            QCOMPARE(e.headers.value("content-length"), n.headers.value("content-length"));
            QVERIFY(e.body == n.body);
            return;
        }
        const QList<Part> ep = partsOf(e), np = partsOf(n);
        QCOMPARE(ep.size(), np.size());
        for (int i = 0; i < ep.size(); ++i) {
            QCOMPARE(ep[i].start, np[i].start);
            QCOMPARE(ep[i].end, np[i].end);
            QCOMPARE(ep[i].total, np[i].total);
            QVERIFY(ep[i].bytes == np[i].bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestEdgeNginx)
#include "tst_edge_nginx.moc"
