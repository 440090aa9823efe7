#pragma once

// A strict, minimal HTTP/1.1 request-head parser (RFC 9112) for the edge's guard and
// lean data path. It accepts only what a well-behaved client sends and rejects the rest
// with a status code, before anything else looks at the bytes:
// - request line "METHOD SP origin-form SP HTTP/1.x" CRLF, at most limits.maxRequestLine
//   bytes (414 otherwise); up to 4 empty lines before it are skipped (RFC 9112 §2.2);
// - header lines "name: value" CRLF; CR and LF only as a CRLF pair (bare LF, bare CR:
//   400); no obs-fold (400); no whitespace before the colon (400); no control characters
//   in values (400); header section at most limits.maxHeaderBytes and limits.maxHeaderCount
//   fields (431);
// - HTTP/1.1 needs exactly one Host (400); Content-Length is 1*DIGIT and appears once
//   (duplicates, even equal, 400); Content-Length together with Transfer-Encoding is 400
//   (smuggling); any Transfer-Encoding is 411 (the edge takes bodies only with a length);
//   a body over limits.maxBody is 413; other versions than 1.0/1.1 are 505.
// The parser never allocates beyond the head it is given and reports errors as soon as
// the buffered prefix proves them (an over-long line is refused before its end arrives).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace sg::edge {

struct ParseLimits
{
    int maxRequestLine = 8 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBody = 1024 * 1024;
};

struct LeanRequest
{
    QByteArray method;
    QByteArray target; // raw origin-form
    QByteArray path; // target up to '?', still percent-encoded
    QByteArray query; // after '?', without it (empty when none)
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case, values trimmed
    qint64 contentLength = 0;
    bool keepAlive = true;

    // The value of a header (names lower-case); null when absent. For repeated fields
    // the first one.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    int headerCount(QByteArrayView lowerName) const;
};

struct ParseResult
{
    enum class Status { NeedMore, Complete, Error };
    Status status = Status::NeedMore;
    qsizetype consumed = 0; // bytes of the head (Complete)
    int httpStatus = 0; // Error: 400, 411, 413, 414, 431, 505
    QByteArray reason; // Error: short text for the problem detail
    LeanRequest request; // Complete
};

ParseResult parseRequestHead(QByteArrayView buffer, const ParseLimits &limits = {});

// Percent-decodes a path ("%2F" stays a byte '/'; invalid escapes fail). Null on error.
QByteArray percentDecode(QByteArrayView text);
// The value of name=... in a query string (percent-decoded, '+' as space); null if absent.
QByteArray queryValue(QByteArrayView query, QByteArrayView name);

} // namespace sg::edge
