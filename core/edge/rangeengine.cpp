#include "rangeengine.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace sg::edge {

namespace {

struct Spec
{
    qint64 first = -1; // -1: suffix-range
    qint64 last = -1; // -1: open (int-range without last-pos)
    qint64 suffix = 0;
};

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1*DIGIT at s[i]; false on no digit or overflow.
bool parseNumber(QByteArrayView s, qsizetype &i, qint64 &out)
{
    const qsizetype begin = i;
    qint64 v = 0;
    while (i < s.size() && isDigit(s[i])) {
        const int d = s[i] - '0';
        if (v > (std::numeric_limits<qint64>::max() - d) / 10)
            return false;
        v = v * 10 + d;
        ++i;
    }
    out = v;
    return i > begin;
}

// range-set = 1#range-spec with OWS around commas and empty elements tolerated.
bool parseRangeSet(QByteArrayView s, QList<Spec> &specs)
{
    qsizetype i = 0;
    bool sawElement = false;
    while (true) {
        while (i < s.size() && isOws(s[i]))
            ++i;
        if (i < s.size() && s[i] != ',') {
            Spec spec;
            if (s[i] == '-') {
                ++i;
                if (!parseNumber(s, i, spec.suffix))
                    return false;
            } else {
                if (!parseNumber(s, i, spec.first))
                    return false;
                if (i >= s.size() || s[i] != '-')
                    return false;
                ++i;
                if (i < s.size() && isDigit(s[i])) {
                    if (!parseNumber(s, i, spec.last))
                        return false;
                    if (spec.last < spec.first)
                        return false; // RFC 9110 §14.1.1: invalid
                }
            }
            specs.append(spec);
            sawElement = true;
            if (specs.size() > RangeEngine::kMaxRanges)
                return true; // caller ignores the header; no need to read on
            while (i < s.size() && isOws(s[i]))
                ++i;
        }
        if (i >= s.size())
            break;
        if (s[i] != ',')
            return false;
        ++i;
    }
    return sawElement;
}

} // namespace

RangeDecision RangeEngine::decide(QByteArrayView rangeHeader, QByteArrayView ifRange, QByteArrayView etag,
                                  qint64 length)
{
    RangeDecision d;
    if (rangeHeader.isNull())
        return d;
    if (length <= 0) {
        d.ignoredReason = "empty-representation";
        return d;
    }
    if (rangeHeader.size() > kMaxHeaderBytes) {
        d.ignoredReason = "header-too-long";
        return d;
    }
    if (!ifRange.isNull() && !(ifRange == etag && etag.size() >= 2 && etag.startsWith('"'))) {
        d.ignoredReason = "if-range-mismatch";
        return d;
    }
    QByteArrayView v = rangeHeader.trimmed();
    constexpr QByteArrayView unit("bytes=");
    if (v.size() < unit.size() || v.first(unit.size()).toByteArray().toLower() != unit) {
        d.ignoredReason = "unit";
        return d;
    }
    v = v.sliced(unit.size());
    QList<Spec> specs;
    if (!parseRangeSet(v, specs)) {
        d.ignoredReason = "syntax";
        return d;
    }
    if (specs.size() > kMaxRanges) {
        d.ignoredReason = "too-many-ranges";
        return d;
    }
    QList<ByteRange> ranges;
    qint64 requested = 0;
    for (const Spec &s : std::as_const(specs)) {
        ByteRange r;
        if (s.first < 0) {
            if (s.suffix <= 0)
                continue; // "-0" is not satisfiable
            r.start = s.suffix >= length ? 0 : length - s.suffix;
            r.length = length - r.start;
        } else {
            if (s.first >= length)
                continue;
            r.start = s.first;
            const qint64 last = (s.last < 0 || s.last >= length) ? length - 1 : s.last;
            r.length = last - s.first + 1;
        }
        requested += r.length; // each <= length and at most 16 of them: no overflow
        ranges.append(r);
    }
    if (ranges.isEmpty()) {
        d.kind = RangeDecision::Kind::Unsatisfiable;
        return d;
    }
    if (requested > length) {
        d.ignoredReason = "overlap";
        return d;
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const ByteRange &a, const ByteRange &b) { return a.start < b.start; });
    QList<ByteRange> merged;
    for (const ByteRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.last().end()) {
            ByteRange &m = merged.last();
            m.length = std::max(m.end(), r.end()) - m.start;
        } else {
            merged.append(r);
        }
    }
    d.ranges = merged;
    d.kind = merged.size() == 1 ? RangeDecision::Kind::Single : RangeDecision::Kind::Multipart;
    return d;
}

QByteArray RangeEngine::contentRange(const ByteRange &r, qint64 length)
{
    // One allocation: this runs on every ranged response.
    QByteArray out;
    out.reserve(64);
    char num[24];
    auto add = [&](qint64 v) { out.append(num, std::to_chars(num, num + sizeof num, v).ptr - num); };
    out.append("bytes ");
    add(r.start);
    out.append('-');
    add(r.end() - 1);
    out.append('/');
    add(length);
    return out;
}

QByteArray RangeEngine::unsatisfiedRange(qint64 length)
{
    return "bytes */" + QByteArray::number(length);
}

MultipartBody RangeEngine::multipart(const QList<ByteRange> &ranges, qint64 length, QByteArrayView partType,
                                     QByteArrayView boundary)
{
    MultipartBody body;
    body.contentType = "multipart/byteranges; boundary=" + boundary.toByteArray();
    bool first = true;
    for (const ByteRange &r : ranges) {
        BodySegment head;
        head.literal = (first ? QByteArray() : QByteArray("\r\n")) + "--" + boundary.toByteArray()
            + "\r\nContent-Type: " + partType.toByteArray() + "\r\nContent-Range: " + contentRange(r, length)
            + "\r\n\r\n";
        first = false;
        body.contentLength += head.literal.size();
        body.segments.append(head);
        BodySegment slice;
        slice.offset = r.start;
        slice.length = r.length;
        body.contentLength += r.length;
        body.segments.append(slice);
    }
    BodySegment tail;
    tail.literal = "\r\n--" + boundary.toByteArray() + "--\r\n";
    body.contentLength += tail.literal.size();
    body.segments.append(tail);
    return body;
}

} // namespace sg::edge
