#include "leanparser.h"

#include <algorithm>
#include <cstring>

namespace sg::edge {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// Field value bytes: VCHAR, obs-text, SP, HTAB.
bool isFieldByte(unsigned char c)
{
    return c == ' ' || c == '\t' || (c >= 0x21 && c != 0x7f);
}

// A whole field value: 8 bytes at a time (a JWT in Authorization is ~600 bytes on every
// request); a word holding a byte below 0x20 (a tab, or a control character) or DEL is
// looked at byte by byte.
bool fieldValueOk(QByteArrayView v)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const char *p = v.data();
    qsizetype n = v.size();
    auto bytesOk = [](const char *b, qsizetype len) {
        for (qsizetype i = 0; i < len; ++i) {
            if (!isFieldByte(static_cast<unsigned char>(b[i])))
                return false;
        }
        return true;
    };
    while (n >= 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        const quint64 below20 = (x - ones * 0x20) & ~x & highs; // some byte < 0x20
        const quint64 y = x ^ (ones * 0x7f);
        const quint64 del = (y - ones) & ~y & highs; // some byte == 0x7f
        if ((below20 | del) && !bytesOk(p, 8))
            return false;
        p += 8;
        n -= 8;
    }
    return bytesOk(p, n);
}

bool isTargetByte(unsigned char c)
{
    return c >= 0x21 && c <= 0x7e;
}

ParseResult error(int status, const char *reason)
{
    ParseResult r;
    r.status = ParseResult::Status::Error;
    r.httpStatus = status;
    r.reason = reason;
    return r;
}

// Finds the end of a line starting at pos: index of '\r' of the CRLF. -1: incomplete.
// -2: a bare LF or a CR not followed by LF. memchr, not a byte loop: a request head with a
// JWT is ~1 KiB and is parsed on every request of the lean path.
qsizetype lineEnd(QByteArrayView b, qsizetype pos, qsizetype limit)
{
    const qsizetype end = std::min(b.size(), limit);
    if (pos >= end)
        return -1;
    const char *base = b.data();
    const auto *lf = static_cast<const char *>(std::memchr(base + pos, '\n', size_t(end - pos)));
    const qsizetype scanEnd = lf ? lf - base : end;
    const auto *cr = static_cast<const char *>(std::memchr(base + pos, '\r', size_t(scanEnd - pos)));
    if (!cr)
        return lf ? -2 : -1; // an LF with no CR before it is bare
    const qsizetype i = cr - base;
    if (i + 1 >= b.size())
        return -1;
    return base[i + 1] == '\n' ? i : -2;
}

bool connectionHas(QByteArrayView value, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView item = value.sliced(start, comma - start).trimmed();
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray LeanRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second.isNull() ? QByteArray("") : h.second;
    }
    return {};
}

bool LeanRequest::hasHeader(QByteArrayView lowerName) const
{
    return headerCount(lowerName) > 0;
}

int LeanRequest::headerCount(QByteArrayView lowerName) const
{
    int n = 0;
    for (const auto &h : headers)
        n += h.first == lowerName ? 1 : 0;
    return n;
}

ParseResult parseRequestHead(QByteArrayView b, const ParseLimits &limits)
{
    qsizetype pos = 0;
    // RFC 9112 §2.2: ignore a few empty lines before the request line.
    for (int skipped = 0; skipped < 4 && pos < b.size() && (b[pos] == '\r' || b[pos] == '\n'); ++skipped) {
        if (b[pos] == '\n')
            return error(400, "bare LF");
        if (pos + 1 >= b.size())
            return {};
        if (b[pos + 1] != '\n')
            return error(400, "bare CR");
        pos += 2;
    }
    const qsizetype lineStart = pos;
    const qsizetype rl = lineEnd(b, pos, pos + limits.maxRequestLine + 1);
    if (rl == -2)
        return error(400, "bare CR or LF in the request line");
    if (rl == -1) {
        if (b.size() - lineStart > limits.maxRequestLine)
            return error(414, "request line too long");
        // Reject garbage early: the method must be a token.
        for (qsizetype i = lineStart; i < b.size() && b[i] != ' '; ++i) {
            if (!isTchar(b[i]))
                return error(400, "malformed method");
        }
        return {};
    }
    const QByteArrayView line = b.sliced(lineStart, rl - lineStart);
    ParseResult out;
    LeanRequest &req = out.request;
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0)
        return error(400, "malformed request line");
    for (qsizetype i = 0; i < sp1; ++i) {
        if (!isTchar(line[i]))
            return error(400, "malformed method");
    }
    const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
    if (sp2 < 0 || sp2 == sp1 + 1)
        return error(400, "malformed request line");
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    for (char c : target) {
        if (!isTargetByte(static_cast<unsigned char>(c)))
            return error(400, "malformed request target");
    }
    if (target.front() != '/')
        return error(400, "only origin-form request targets are accepted");
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return error(400, "malformed HTTP version");
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1'))
        return error(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    req.method = line.first(sp1).toByteArray();
    req.target = target.toByteArray();
    const qsizetype q = target.indexOf('?');
    req.path = (q < 0 ? target : target.first(q)).toByteArray();
    if (q >= 0)
        req.query = target.sliced(q + 1).toByteArray();
    req.versionMinor = version[7] - '0';

    pos = rl + 2;
    req.headers.reserve(8);
    const qsizetype headerStart = pos;
    const qsizetype headerLimit = headerStart + limits.maxHeaderBytes;
    bool ended = false;
    while (true) {
        const qsizetype le = lineEnd(b, pos, headerLimit + 2);
        if (le == -2)
            return error(400, "bare CR or LF in the header section");
        if (le == -1) {
            if (b.size() - headerStart > limits.maxHeaderBytes + 1)
                return error(431, "header section too large");
            break;
        }
        if (le == pos) { // empty line: end of the head
            pos += 2;
            ended = true;
            break;
        }
        if (le - headerStart > limits.maxHeaderBytes)
            return error(431, "header section too large");
        const QByteArrayView fl = b.sliced(pos, le - pos);
        if (fl.front() == ' ' || fl.front() == '\t')
            return error(400, "obsolete line folding");
        const qsizetype colon = fl.indexOf(':');
        if (colon <= 0)
            return error(400, "malformed header field");
        for (qsizetype i = 0; i < colon; ++i) {
            if (!isTchar(fl[i]))
                return error(400, "malformed header field name");
        }
        const QByteArrayView value = fl.sliced(colon + 1);
        if (!fieldValueOk(value))
            return error(400, "control character in a header value");
        if (req.headers.size() >= limits.maxHeaderCount)
            return error(431, "too many header fields");
        QByteArray name(colon, Qt::Uninitialized); // lower-cased in one allocation
        for (qsizetype i = 0; i < colon; ++i) {
            const char ch = fl[i];
            name.data()[i] = ch >= 'A' && ch <= 'Z' ? char(ch + ('a' - 'A')) : ch;
        }
        req.headers.append({ std::move(name), value.trimmed().toByteArray() });
        pos = le + 2;
    }
    if (!ended)
        return {};

    const int hosts = req.headerCount("host");
    if (hosts > 1 || (req.versionMinor == 1 && hosts == 0))
        return error(400, "exactly one Host header is required");
    const int lengths = req.headerCount("content-length");
    const bool te = req.hasHeader("transfer-encoding");
    if (lengths > 0 && te)
        return error(400, "Content-Length together with Transfer-Encoding");
    if (lengths > 1)
        return error(400, "more than one Content-Length");
    if (te)
        return error(411, "Transfer-Encoding is not accepted; send Content-Length");
    if (lengths == 1) {
        const QByteArray v = req.header("content-length");
        if (v.isEmpty() || v.size() > 18)
            return error(400, "malformed Content-Length");
        qint64 n = 0;
        for (char c : v) {
            if (c < '0' || c > '9')
                return error(400, "malformed Content-Length");
            n = n * 10 + (c - '0');
        }
        if (n > limits.maxBody)
            return error(413, "request body too large");
        req.contentLength = n;
    }
    const QByteArray connection = req.header("connection");
    if (req.versionMinor == 0)
        req.keepAlive = !connection.isNull() && connectionHas(connection, "keep-alive");
    else
        req.keepAlive = connection.isNull() || !connectionHas(connection, "close");

    out.status = ParseResult::Status::Complete;
    out.consumed = pos;
    return out;
}

QByteArray percentDecode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '%') {
            out.append(c);
            continue;
        }
        if (i + 2 >= text.size())
            return {};
        const int hi = hexValue(text[i + 1]);
        const int lo = hexValue(text[i + 2]);
        if (hi < 0 || lo < 0)
            return {};
        out.append(char(hi * 16 + lo));
        i += 2;
    }
    if (out.isNull())
        out = QByteArray("");
    return out;
}

QByteArray queryValue(QByteArrayView query, QByteArrayView name)
{
    qsizetype start = 0;
    while (start < query.size()) {
        qsizetype amp = query.indexOf('&', start);
        if (amp < 0)
            amp = query.size();
        const QByteArrayView item = query.sliced(start, amp - start);
        const qsizetype eq = item.indexOf('=');
        const QByteArrayView key = eq < 0 ? item : item.first(eq);
        if (key == name) {
            QByteArray v = eq < 0 ? QByteArray("") : item.sliced(eq + 1).toByteArray();
            v.replace('+', ' ');
            return percentDecode(v);
        }
        start = amp + 1;
    }
    return {};
}

} // namespace sg::edge
