// The lean parser's accept/reject table (RFC 9112 and the edge's limits).

#include "edge/leanparser.h"

#include <QtTest>

using namespace sg::edge;
using St = ParseResult::Status;
Q_DECLARE_METATYPE(sg::edge::ParseResult::Status)

class TestLeanParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<St>("status");
        QTest::addColumn<int>("httpStatus");

        const QByteArray ok = "GET /v1/shards/x HTTP/1.1\r\nHost: a\r\n\r\n";
        QTest::newRow("minimal") << ok << St::Complete << 0;
        QTest::newRow("partial line") << QByteArray("GET /v1/sha") << St::NeedMore << 0;
        QTest::newRow("partial headers") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << St::NeedMore << 0;
        QTest::newRow("partial CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r") << St::NeedMore << 0;
        QTest::newRow("leading empty line") << ("\r\n" + ok) << St::Complete << 0;
        QTest::newRow("http/1.0 no host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << St::Complete << 0;
        QTest::newRow("bare LF request line")
            << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("bare LF header") << QByteArray("GET / HTTP/1.1\r\nHost: a\n\r\n") << St::Error << 400;
        QTest::newRow("bare LF end") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\n") << St::Error << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << St::Error << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << St::Error
                                  << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << St::Error << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << St::Error << 400;
        QTest::newRow("NUL in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 29) << St::Error << 400;
        // Long values are checked 8 bytes at a time: a bad byte at every offset of a word,
        // and the bytes a word test must let through (tab, obs-text, DEL's neighbours).
        for (int at = 0; at < 19; ++at) {
            for (const char bad : { '\x01', '\x1f', '\x7f', '\x0b' }) {
                QByteArray v(24, 'x');
                v[at] = bad;
                QTest::newRow(
                    qPrintable(QStringLiteral("ctl 0x%1 at %2").arg(int(uchar(bad)), 0, 16).arg(at)))
                    << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Long: " + v + "\r\n\r\n") << St::Error
                    << 400;
            }
        }
        QTest::newRow("long value tab obs-text") << QByteArray(
            "GET / HTTP/1.1\r\nHost: a\r\nX-Long: abc\tdefgh\x80\xff~ ijklmnop\t~\x7e\x20qrst\r\n\r\n")
                                                 << St::Complete << 0;
        QTest::newRow("no host 1.1") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << St::Error
                                   << 400;
        QTest::newRow("CL+TE") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n")
                               << St::Error << 400;
        QTest::newRow("duplicate CL") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                                                    "Content-Length: 3\r\n\r\n")
                                      << St::Error << 400;
        QTest::newRow("CL list") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\n")
                                 << St::Error << 400;
        QTest::newRow("CL sign") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\n")
                                 << St::Error << 400;
        QTest::newRow("TE only") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << St::Error << 411;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n") << St::Error
            << 413;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << St::Error << 505;
        QTest::newRow("lower version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("absolute form")
            << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: a\r\n\r\n") << St::Error << 400;
        QTest::newRow("binary garbage early") << QByteArray("\x16\x03\x01\x02") << St::Error << 400;
        QTest::newRow("line too long") << ("GET /" + QByteArray(9000, 'a')) << St::Error << 414;
        QTest::newRow("line at limit")
            << ("GET /" + QByteArray(8192 - 14, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n") << St::Complete << 0;
        QByteArray big = "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(17000, 'b');
        QTest::newRow("headers too large, incomplete") << big << St::Error << 431;
        QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 fields") << (many + "\r\n") << St::Error << 431;
    }

    void table()
    {
        QFETCH(QByteArray, input);
        QFETCH(St, status);
        QFETCH(int, httpStatus);
        const ParseResult r = parseRequestHead(input);
        QCOMPARE(int(r.status), int(status));
        if (status == St::Error)
            QCOMPARE(r.httpStatus, httpStatus);
        if (status == St::Complete)
            QCOMPARE(r.consumed, input.size());
    }

    void fields()
    {
        const QByteArray in = "HEAD /v1/files/m/a%20b.txt?token=x%2By&z=1 HTTP/1.1\r\nHost: h\r\n"
                              "Range:  bytes=0-1 \r\nConnection: Keep-Alive, close\r\n\r\nGET /next";
        const ParseResult r = parseRequestHead(in);
        QCOMPARE(int(r.status), int(St::Complete));
        QCOMPARE(r.consumed, in.indexOf("GET /next"));
        QCOMPARE(r.request.method, QByteArray("HEAD"));
        QCOMPARE(r.request.path, QByteArray("/v1/files/m/a%20b.txt"));
        QCOMPARE(r.request.header("range"), QByteArray("bytes=0-1"));
        QVERIFY(!r.request.keepAlive);
        QVERIFY(r.request.header("if-range").isNull());
        QCOMPARE(queryValue(r.request.query, "token"), QByteArray("x+y"));
        QVERIFY(queryValue(r.request.query, "nope").isNull());
        QCOMPARE(percentDecode("a%20b"), QByteArray("a b"));
        QVERIFY(percentDecode("a%2").isNull());
        QVERIFY(percentDecode("a%zz").isNull());

        const ParseResult r10 = parseRequestHead("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(r10.request.keepAlive);
        const ParseResult r10c = parseRequestHead("GET / HTTP/1.0\r\n\r\n");
        QVERIFY(!r10c.request.keepAlive);
    }

    void everyPrefixIsNeedMore()
    {
        // Any prefix of a valid head is "need more", never an error or a false completion.
        const QByteArray in = "GET /v1/shards/x?token=a HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\r\n\r\n";
        for (int i = 0; i < in.size(); ++i) {
            const ParseResult r = parseRequestHead(QByteArrayView(in).first(i));
            QVERIFY2(r.status == St::NeedMore, qPrintable(QString::number(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLeanParser)
#include "tst_leanparser.moc"
