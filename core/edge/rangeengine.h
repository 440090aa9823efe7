#pragma once

// RangeEngine: the one place that decides what a GET/HEAD with a Range header returns
// (RFC 9110 §14). Pure: no I/O, no clock. Both the lean data path and the API path use it.
//
// Choices (written down in docs/api.md, "Ranges"):
// - Only the "bytes" unit (case-insensitive). Another unit, any syntax error, a header
//   longer than kMaxHeaderBytes, or a range with last-pos < first-pos makes the whole
//   header invalid and it is ignored: full 200 (RFC 9110 §14.2 "MAY ignore").
// - More than kMaxRanges range-specs, or requested ranges whose sizes add up to more than
//   the representation (overlap abuse), are ignored the same way (full 200), like nginx's
//   max_ranges / overlap rule.
// - A zero-length representation is always served as a full 200 (no byte range of an
//   empty body can be expressed in Content-Range).
// - If no range-spec is satisfiable: 416 with "Content-Range: bytes */<length>".
// - Satisfiable ranges are clamped to the representation, then overlapping or adjacent
//   ones are coalesced (sorted by start). One range left -> single-part 206, several ->
//   multipart/byteranges.
// - If-Range is honoured only as the exact strong ETag of the object ("\"<cid>\""); a
//   date, a weak tag or any other value means the client's copy is stale: full 200.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace sg::edge {

struct ByteRange
{
    qint64 start = 0; // first byte
    qint64 length = 0; // > 0
    qint64 end() const { return start + length; } // one past the last byte
    friend bool operator==(const ByteRange &a, const ByteRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

struct RangeDecision
{
    enum class Kind {
        Full, // 200, whole body
        Single, // 206, ranges has one element
        Multipart, // 206 multipart/byteranges, ranges has several elements
        Unsatisfiable, // 416, Content-Range: bytes */length
    };
    Kind kind = Kind::Full;
    QList<ByteRange> ranges;
    // Why a present Range header was ignored (empty when not ignored); for metrics/logs.
    const char *ignoredReason = nullptr;
};

// One segment of a response body: literal bytes, or a slice of the object.
struct BodySegment
{
    QByteArray literal; // used when length < 0
    qint64 offset = 0;
    qint64 length = -1; // >= 0: a slice of the object
    bool isSlice() const { return length >= 0; }
};

struct MultipartBody
{
    QByteArray contentType; // "multipart/byteranges; boundary=..."
    QList<BodySegment> segments;
    qint64 contentLength = 0;
};

class RangeEngine
{
public:
    static constexpr int kMaxRanges = 16;
    static constexpr int kMaxHeaderBytes = 1024;

    // rangeHeader: the Range field value (null when absent). ifRange: the If-Range value
    // (null when absent). etag: the object's strong ETag including quotes.
    static RangeDecision decide(QByteArrayView rangeHeader, QByteArrayView ifRange, QByteArrayView etag,
                                qint64 length);

    // "bytes 0-499/1234"
    static QByteArray contentRange(const ByteRange &r, qint64 length);
    // "bytes */1234"
    static QByteArray unsatisfiedRange(qint64 length);

    // Lays out a multipart/byteranges body (RFC 9110 §14.6) for the ranges.
    static MultipartBody multipart(const QList<ByteRange> &ranges, qint64 length, QByteArrayView partType,
                                   QByteArrayView boundary);
};

} // namespace sg::edge
