// RangeEngine against RFC 9110 §14 examples and the edge's documented limits.

#include "edge/rangeengine.h"

#include <QtTest>

using namespace sg::edge;
using Kind = RangeDecision::Kind;

Q_DECLARE_METATYPE(sg::edge::RangeDecision::Kind)

namespace {
const QByteArray kEtag = "\"bafkreitag\"";

// "s+l,s+l" -> ranges
QList<ByteRange> rs(std::initializer_list<std::pair<qint64, qint64>> list)
{
    QList<ByteRange> out;
    for (const auto &p : list)
        out.append(ByteRange { p.first, p.second });
    return out;
}
} // namespace

class TestRangeEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QByteArray>("range"); // "<absent>" = no header
        QTest::addColumn<QByteArray>("ifRange"); // "<absent>" = no header
        QTest::addColumn<qint64>("length");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QList<ByteRange>>("ranges");

        const QByteArray none = "<absent>";
        const qint64 L = 10000;
        // RFC 9110 §14.1.2 examples on a 10000-byte representation.
        QTest::newRow("absent") << none << none << L << Kind::Full << rs({});
        QTest::newRow("first 500") << QByteArray("bytes=0-499") << none << L << Kind::Single
                                   << rs({ { 0, 500 } });
        QTest::newRow("second 500") << QByteArray("bytes=500-999") << none << L << Kind::Single
                                    << rs({ { 500, 500 } });
        QTest::newRow("final 500 suffix")
            << QByteArray("bytes=-500") << none << L << Kind::Single << rs({ { 9500, 500 } });
        QTest::newRow("final 500 open")
            << QByteArray("bytes=9500-") << none << L << Kind::Single << rs({ { 9500, 500 } });
        QTest::newRow("first and last")
            << QByteArray("bytes=0-0,-1") << none << L << Kind::Multipart << rs({ { 0, 1 }, { 9999, 1 } });
        QTest::newRow("unit case-insensitive")
            << QByteArray("Bytes=0-0") << none << L << Kind::Single << rs({ { 0, 1 } });
        QTest::newRow("whole via 0-")
            << QByteArray("bytes=0-") << none << L << Kind::Single << rs({ { 0, L } });
        QTest::newRow("last clamped")
            << QByteArray("bytes=9000-20000") << none << L << Kind::Single << rs({ { 9000, 1000 } });
        QTest::newRow("suffix longer than body")
            << QByteArray("bytes=-20000") << none << L << Kind::Single << rs({ { 0, L } });
        QTest::newRow("ows around commas")
            << QByteArray("bytes=0-1 , 5-6") << none << L << Kind::Multipart << rs({ { 0, 2 }, { 5, 2 } });
        QTest::newRow("empty list elements")
            << QByteArray("bytes=0-1,,5-6,") << none << L << Kind::Multipart << rs({ { 0, 2 }, { 5, 2 } });
        // Coalescing: overlapping and adjacent ranges merge, out of order sorted.
        QTest::newRow("adjacent coalesced")
            << QByteArray("bytes=0-9,10-19") << none << L << Kind::Single << rs({ { 0, 20 } });
        QTest::newRow("overlap coalesced")
            << QByteArray("bytes=0-9,5-14") << none << L << Kind::Single << rs({ { 0, 15 } });
        QTest::newRow("out of order") << QByteArray("bytes=100-199,0-9") << none << L << Kind::Multipart
                                      << rs({ { 0, 10 }, { 100, 100 } });
        QTest::newRow("one satisfiable of two")
            << QByteArray("bytes=0-9,20000-") << none << L << Kind::Single << rs({ { 0, 10 } });
        // Unsatisfiable -> 416.
        QTest::newRow("start past end")
            << QByteArray("bytes=10000-") << none << L << Kind::Unsatisfiable << rs({});
        QTest::newRow("suffix zero") << QByteArray("bytes=-0") << none << L << Kind::Unsatisfiable << rs({});
        QTest::newRow("all past end")
            << QByteArray("bytes=10000-10001,20000-") << none << L << Kind::Unsatisfiable << rs({});
        // Invalid syntax -> ignored (full 200).
        QTest::newRow("other unit") << QByteArray("items=0-1") << none << L << Kind::Full << rs({});
        QTest::newRow("no equals") << QByteArray("bytes 0-1") << none << L << Kind::Full << rs({});
        QTest::newRow("empty set") << QByteArray("bytes=") << none << L << Kind::Full << rs({});
        QTest::newRow("only commas") << QByteArray("bytes=,,") << none << L << Kind::Full << rs({});
        QTest::newRow("last before first") << QByteArray("bytes=5-1") << none << L << Kind::Full << rs({});
        QTest::newRow("negative first") << QByteArray("bytes=--5") << none << L << Kind::Full << rs({});
        QTest::newRow("letters") << QByteArray("bytes=a-b") << none << L << Kind::Full << rs({});
        QTest::newRow("space in range") << QByteArray("bytes=0 -1") << none << L << Kind::Full << rs({});
        QTest::newRow("missing dash") << QByteArray("bytes=5") << none << L << Kind::Full << rs({});
        QTest::newRow("overflow") << QByteArray("bytes=99999999999999999999-") << none << L << Kind::Full
                                  << rs({});
        QTest::newRow("trailing junk") << QByteArray("bytes=0-1;x") << none << L << Kind::Full << rs({});
        // Limits: >16 ranges or overlap abuse -> ignored (full 200).
        QByteArray seventeen = "bytes=";
        for (int i = 0; i < 17; ++i)
            seventeen += QByteArray::number(i * 100) + '-' + QByteArray::number(i * 100 + 9) + ',';
        seventeen.chop(1);
        QTest::newRow("17 ranges") << seventeen << none << L << Kind::Full << rs({});
        QByteArray sixteen = "bytes=";
        QList<ByteRange> sixteenRanges;
        for (int i = 0; i < 16; ++i) {
            sixteen += QByteArray::number(i * 100) + '-' + QByteArray::number(i * 100 + 9) + ',';
            sixteenRanges.append(ByteRange { i * 100, 10 });
        }
        sixteen.chop(1);
        QTest::newRow("16 ranges") << sixteen << none << L << Kind::Multipart << sixteenRanges;
        QTest::newRow("overlap beyond size")
            << QByteArray("bytes=0-,0-,0-") << none << L << Kind::Full << rs({});
        QTest::newRow("header over 1 KiB")
            << (QByteArray("bytes=0-1") + QByteArray(1100, ' ')) << none << L << Kind::Full << rs({});
        // If-Range: only the exact strong ETag keeps the range.
        QTest::newRow("if-range match")
            << QByteArray("bytes=0-9") << kEtag << L << Kind::Single << rs({ { 0, 10 } });
        QTest::newRow("if-range other")
            << QByteArray("bytes=0-9") << QByteArray("\"other\"") << L << Kind::Full << rs({});
        QTest::newRow("if-range weak")
            << QByteArray("bytes=0-9") << QByteArray("W/\"bafkreitag\"") << L << Kind::Full << rs({});
        QTest::newRow("if-range date")
            << QByteArray("bytes=0-9") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << L << Kind::Full
            << rs({});
        QTest::newRow("if-range without range") << none << kEtag << L << Kind::Full << rs({});
        // Zero-length objects: always the full (empty) 200.
        QTest::newRow("empty object range")
            << QByteArray("bytes=0-") << none << qint64(0) << Kind::Full << rs({});
        QTest::newRow("empty object suffix")
            << QByteArray("bytes=-5") << none << qint64(0) << Kind::Full << rs({});
        QTest::newRow("one byte object")
            << QByteArray("bytes=-5") << none << qint64(1) << Kind::Single << rs({ { 0, 1 } });
    }

    void decide()
    {
        QFETCH(QByteArray, range);
        QFETCH(QByteArray, ifRange);
        QFETCH(qint64, length);
        QFETCH(Kind, kind);
        QFETCH(QList<ByteRange>, ranges);
        const QByteArrayView r = range == "<absent>" ? QByteArrayView() : QByteArrayView(range);
        const QByteArrayView ir = ifRange == "<absent>" ? QByteArrayView() : QByteArrayView(ifRange);
        const RangeDecision d = RangeEngine::decide(r, ir, kEtag, length);
        QCOMPARE(int(d.kind), int(kind));
        QCOMPARE(d.ranges.size(), ranges.size());
        for (int i = 0; i < ranges.size(); ++i) {
            QCOMPARE(d.ranges[i].start, ranges[i].start);
            QCOMPARE(d.ranges[i].length, ranges[i].length);
        }
        if (kind == Kind::Full && !r.isNull())
            QVERIFY(d.ignoredReason != nullptr);
    }

    void headers()
    {
        QCOMPARE(RangeEngine::contentRange(ByteRange { 0, 500 }, 10000), QByteArray("bytes 0-499/10000"));
        QCOMPARE(RangeEngine::contentRange(ByteRange { 9999, 1 }, 10000),
                 QByteArray("bytes 9999-9999/10000"));
        QCOMPARE(RangeEngine::unsatisfiedRange(1234), QByteArray("bytes */1234"));
    }

    void multipartLayout()
    {
        // RFC 9110 §14.6 example shape: boundary lines, part headers, CRLF before each
        // boundary after the first, closing delimiter.
        const QByteArray object = QByteArray("0123456789abcdefghij");
        const auto body = RangeEngine::multipart(rs({ { 0, 3 }, { 10, 2 } }), object.size(),
                                                 "application/octet-stream", "SEP");
        QCOMPARE(body.contentType, QByteArray("multipart/byteranges; boundary=SEP"));
        QByteArray assembled;
        for (const BodySegment &s : body.segments)
            assembled += s.isSlice() ? object.mid(s.offset, s.length) : s.literal;
        const QByteArray expected = "--SEP\r\nContent-Type: application/octet-stream\r\n"
                                    "Content-Range: bytes 0-2/20\r\n\r\n012"
                                    "\r\n--SEP\r\nContent-Type: application/octet-stream\r\n"
                                    "Content-Range: bytes 10-11/20\r\n\r\nab"
                                    "\r\n--SEP--\r\n";
        QCOMPARE(assembled, expected);
        QCOMPARE(body.contentLength, qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestRangeEngine)
#include "tst_rangeengine.moc"
