#include "ledger/receipt.h"

#include <QJsonValue>

#include <cstring>

namespace sg::ledger {

namespace {

constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// The receipt's keys in JCS order (UTF-16 code unit order).
const char *const kKeys[] = { "buyer",       "bytes",    "charge", "creator", "edge",  "job",  "jti", "kind",
                              "licenseHash", "manifest", "range",  "seq",     "shard", "time", "tx" };

// Howard Hinnant's civil-from-days / days-from-civil (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

void appendDigits(QByteArray &out, qint64 v, int width)
{
    char buf[24];
    int i = 0;
    do {
        buf[i++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0 || i < width);
    while (i > 0)
        out.append(buf[--i]);
}

void appendInt(QByteArray &out, qint64 v)
{
    if (v < 0) {
        out.append('-');
        v = -v;
    }
    appendDigits(out, v, 1);
}

// JSON.stringify string escaping, as RFC 8785 requires. ASCII is copied directly; runs of
// other characters go through one UTF-8 conversion.
void appendString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QChar *p = s.constData();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Runs of printable ASCII that need no escape (CIDs, ids: nearly everything) are
        // copied in one go; appending them character by character was the hot spot.
        // One pass: copy while the characters need no escape, then trim the buffer.
        {
            const qsizetype at = out.size();
            out.resize(at + (n - i));
            char *const start = out.data() + at;
            char *d = start;
            qsizetype k = i;
            while (k < n) {
                const char16_t u = p[k].unicode();
                if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\')
                    break;
                *d++ = char(u);
                ++k;
            }
            out.resize(at + (d - start));
            i = k;
            if (i == n)
                break;
        }
        const char16_t c = p[i].unicode();
        if (c >= 0x80) {
            qsizetype j = i;
            while (j < n && p[j].unicode() >= 0x80)
                ++j;
            out.append(QStringView(p + i, j - i).toUtf8());
            i = j - 1;
            continue;
        }
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00", 4);
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(char(c));
            }
        }
    }
    out.append('"');
}

// A strict reader for the canonical leaf: exactly the keys in order, JCS escapes only.
class LeafReader
{
public:
    explicit LeafReader(QByteArrayView data) : m_p(data.data()), m_end(data.data() + data.size()) { }

    bool expect(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool key(const char *name)
    {
        if (!expect('"'))
            return false;
        for (const char *k = name; *k; ++k) {
            if (!expect(*k))
                return false;
        }
        return expect('"') && expect(':');
    }
    bool integer(qint64 *v)
    {
        bool neg = expect('-');
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return false;
        if (*m_p == '0' && m_p + 1 < m_end && m_p[1] >= '0' && m_p[1] <= '9')
            return false;
        qint64 x = 0;
        int digits = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            x = x * 10 + (*m_p++ - '0');
            if (++digits > 16)
                return false;
        }
        *v = neg ? -x : x;
        return true;
    }
    bool string(QString *s)
    {
        if (!expect('"'))
            return false;
        QByteArray bytes;
        while (m_p < m_end && *m_p != '"') {
            char c = *m_p++;
            if (c == '\\') {
                if (m_p >= m_end)
                    return false;
                const char e = *m_p++;
                switch (e) {
                case '"':
                    bytes.append('"');
                    break;
                case '\\':
                    bytes.append('\\');
                    break;
                case 'b':
                    bytes.append('\b');
                    break;
                case 'f':
                    bytes.append('\f');
                    break;
                case 'n':
                    bytes.append('\n');
                    break;
                case 'r':
                    bytes.append('\r');
                    break;
                case 't':
                    bytes.append('\t');
                    break;
                case 'u': {
                    if (m_end - m_p < 4)
                        return false;
                    bool ok = false;
                    const int v = QByteArray(m_p, 4).toInt(&ok, 16);
                    if (!ok || v >= 0x20)
                        return false; // JCS escapes only control characters
                    bytes.append(char(v));
                    m_p += 4;
                    break;
                }
                default:
                    return false;
                }
            } else {
                bytes.append(c);
            }
        }
        if (!expect('"'))
            return false;
        *s = QString::fromUtf8(bytes);
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const char *m_p;
    const char *m_end;
};

bool isValidKind(const QString &kind)
{
    if (kind.isEmpty() || kind.size() > 32)
        return false;
    for (QChar c : kind) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    }
    return true;
}

} // namespace

QByteArray jcsString(const QString &text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

QString formatReceiptTime(qint64 unixMs)
{
    QByteArray out;
    out.reserve(24);
    appendReceiptTime(out, unixMs);
    return QString::fromLatin1(out);
}

void appendReceiptTime(QByteArray &out, qint64 unixMs)
{
    qint64 days = unixMs / 86400000;
    qint64 msOfDay = unixMs % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    appendDigits(out, y, 4);
    out.append('-');
    appendDigits(out, m, 2);
    out.append('-');
    appendDigits(out, d, 2);
    out.append('T');
    appendDigits(out, msOfDay / 3600000, 2);
    out.append(':');
    appendDigits(out, msOfDay / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, msOfDay % 1000, 3);
    out.append('Z');
}

qint64 parseReceiptTime(QStringView text, bool *ok)
{
    *ok = false;
    // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (text.size() != 24)
        return 0;
    const auto num = [&](int pos, int len, qint64 *v) {
        qint64 x = 0;
        for (int i = pos; i < pos + len; ++i) {
            const QChar c = text.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            x = x * 10 + (c.unicode() - '0');
        }
        *v = x;
        return true;
    };
    const auto at = [&](int pos, char c) { return text.at(pos) == QLatin1Char(c); };
    qint64 y, mo, d, h, mi, s, ms;
    if (!num(0, 4, &y) || !at(4, '-') || !num(5, 2, &mo) || !at(7, '-') || !num(8, 2, &d) || !at(10, 'T')
        || !num(11, 2, &h) || !at(13, ':') || !num(14, 2, &mi) || !at(16, ':') || !num(17, 2, &s)
        || !at(19, '.') || !num(20, 3, &ms) || !at(23, 'Z'))
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return 0;
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[mo - 1] || (mo == 2 && d == 29 && !leap))
        return 0;
    *ok = true;
    return (daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + s) * 1000 + ms;
}

Status Receipt::validate() const
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("invalid receipt: ") + why, QStringLiteral("format"));
    };
    if (seq < 0 || seq > kMaxSafeInteger)
        return bad(QStringLiteral("seq %1 out of range").arg(seq));
    if (timeMs < 0 || timeMs > qint64(253402300799999))
        return bad(QStringLiteral("time out of range"));
    if (bytes < 0 || bytes > kMaxSafeInteger)
        return bad(QStringLiteral("bytes must be 0..2^53-1"));
    if (charge < 0 || charge > kMaxSafeInteger)
        return bad(QStringLiteral("charge must be 0..2^53-1 micro-units"));
    if (!isValidKind(kind))
        return bad(QStringLiteral("kind '%1' must be 1-32 lower-case letters").arg(kind));
    for (const QString *s :
         { &edge, &buyer, &creator, &manifest, &shard, &licenseHash, &tx, &range, &jti, &job }) {
        if (!QStringView(*s).isValidUtf16())
            return bad(QStringLiteral("a text field holds a lone surrogate"));
        if (s->size() > 4096)
            return bad(QStringLiteral("a text field is longer than 4096 characters"));
    }
    return {};
}

QJsonObject Receipt::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("buyer"), buyer);
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("charge"), charge);
    o.insert(QStringLiteral("creator"), creator);
    o.insert(QStringLiteral("edge"), edge);
    o.insert(QStringLiteral("job"), job);
    o.insert(QStringLiteral("jti"), jti);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("licenseHash"), licenseHash);
    o.insert(QStringLiteral("manifest"), manifest);
    o.insert(QStringLiteral("range"), range);
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("shard"), shard);
    o.insert(QStringLiteral("time"), formatReceiptTime(timeMs));
    o.insert(QStringLiteral("tx"), tx);
    return o;
}

QByteArray Receipt::leaf() const
{
    qsizetype seqAt = 0;
    QByteArray out = leafWithoutSeq(*this, &seqAt);
    QByteArray number;
    appendInt(number, seq);
    out.insert(seqAt, number);
    return out;
}

namespace {

// "YYYY-MM-DDTHH:MM:SS.mmmZ" (24 bytes) at w, as appendReceiptTime writes it, for years
// 0..9999; false otherwise.
bool writeTime24(char *w, qint64 unixMs)
{
    qint64 days = unixMs / 86400000;
    qint64 msOfDay = unixMs % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return false;
    const auto put = [&w](qint64 v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            w[i] = char('0' + v % 10);
            v /= 10;
        }
        w += width;
    };
    put(y, 4);
    *w++ = '-';
    put(m, 2);
    *w++ = '-';
    put(d, 2);
    *w++ = 'T';
    put(msOfDay / 3600000, 2);
    *w++ = ':';
    put(msOfDay / 60000 % 60, 2);
    *w++ = ':';
    put(msOfDay / 1000 % 60, 2);
    *w++ = '.';
    put(msOfDay % 1000, 3);
    *w = 'Z';
    return true;
}

// The common case of leafWithoutSeq: every text field is printable ASCII needing no
// escape (CIDs, ids, ranges), so the leaf is written straight into one buffer of the right
// size, without an append call per piece. Returns false (out untouched) otherwise.
bool plainLeaf(const Receipt &r, QByteArray &out, qsizetype *seqAt)
{
    const QString *texts[] = { &r.buyer,       &r.creator,  &r.edge,  &r.job,   &r.jti, &r.kind,
                               &r.licenseHash, &r.manifest, &r.range, &r.shard, &r.tx };
    qsizetype textBytes = 0;
    for (const QString *t : texts)
        textBytes += t->size();
    // Keys, quotes and punctuation: 140 bytes; two integers up to 20 digits; the time 24.
    QByteArray buf(256 + textBytes, Qt::Uninitialized);
    char *w = buf.data();
    const auto lit = [&w](const char *s, size_t n) {
        std::memcpy(w, s, n);
        w += n;
    };
    const auto str = [&w](const QString &s) {
        *w++ = '"';
        const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
        const qsizetype n = s.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = p[i];
            if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\')
                return false;
            *w++ = char(u);
        }
        *w++ = '"';
        return true;
    };
    const auto num = [&w](qint64 v) {
        if (v < 0) {
            *w++ = '-';
            v = -v;
        }
        char tmp[24];
        int i = 0;
        do {
            tmp[i++] = char('0' + v % 10);
            v /= 10;
        } while (v > 0);
        while (i > 0)
            *w++ = tmp[--i];
    };
#define SG_LIT(s) lit(s, sizeof(s) - 1)
    SG_LIT("{\"buyer\":");
    if (!str(r.buyer))
        return false;
    SG_LIT(",\"bytes\":");
    num(r.bytes);
    SG_LIT(",\"charge\":");
    num(r.charge);
    SG_LIT(",\"creator\":");
    if (!str(r.creator))
        return false;
    SG_LIT(",\"edge\":");
    if (!str(r.edge))
        return false;
    SG_LIT(",\"job\":");
    if (!str(r.job))
        return false;
    SG_LIT(",\"jti\":");
    if (!str(r.jti))
        return false;
    SG_LIT(",\"kind\":");
    if (!str(r.kind))
        return false;
    SG_LIT(",\"licenseHash\":");
    if (!str(r.licenseHash))
        return false;
    SG_LIT(",\"manifest\":");
    if (!str(r.manifest))
        return false;
    SG_LIT(",\"range\":");
    if (!str(r.range))
        return false;
    SG_LIT(",\"seq\":");
    const qsizetype at = w - buf.data();
    SG_LIT(",\"shard\":");
    if (!str(r.shard))
        return false;
    SG_LIT(",\"time\":\"");
    if (!writeTime24(w, r.timeMs))
        return false; // (years outside 0..9999: validate() refuses them)
    w += 24;
    SG_LIT("\",\"tx\":");
    if (!str(r.tx))
        return false;
    *w++ = '}';
#undef SG_LIT
    buf.resize(w - buf.data());
    out = std::move(buf);
    *seqAt = at;
    return true;
}

} // namespace

QByteArray leafWithoutSeq(const Receipt &r, qsizetype *seqAt)
{
    QByteArray out;
    if (plainLeaf(r, out, seqAt))
        return out;
    out.reserve(180 + r.buyer.size() + r.creator.size() + r.manifest.size() + r.shard.size()
                + r.licenseHash.size() + r.edge.size() + r.jti.size() + r.job.size() + r.tx.size()
                + r.range.size());
    out.append("{\"buyer\":");
    appendString(out, r.buyer);
    out.append(",\"bytes\":");
    appendInt(out, r.bytes);
    out.append(",\"charge\":");
    appendInt(out, r.charge);
    out.append(",\"creator\":");
    appendString(out, r.creator);
    out.append(",\"edge\":");
    appendString(out, r.edge);
    out.append(",\"job\":");
    appendString(out, r.job);
    out.append(",\"jti\":");
    appendString(out, r.jti);
    out.append(",\"kind\":");
    appendString(out, r.kind);
    out.append(",\"licenseHash\":");
    appendString(out, r.licenseHash);
    out.append(",\"manifest\":");
    appendString(out, r.manifest);
    out.append(",\"range\":");
    appendString(out, r.range);
    out.append(",\"seq\":");
    *seqAt = out.size();
    out.append(",\"shard\":");
    appendString(out, r.shard);
    out.append(",\"time\":\"");
    appendReceiptTime(out, r.timeMs);
    out.append("\",\"tx\":");
    appendString(out, r.tx);
    out.append('}');
    return out;
}

Result<Receipt> Receipt::fromJson(const QJsonObject &o)
{
    const auto bad = [](const QString &why) {
        return fail(QStringLiteral("invalid receipt: ") + why, QStringLiteral("format"));
    };
    if (o.size() != int(std::size(kKeys)))
        return bad(QStringLiteral("expected exactly %1 fields, got %2").arg(std::size(kKeys)).arg(o.size()));
    for (const char *k : kKeys) {
        if (!o.contains(QLatin1String(k)))
            return bad(QStringLiteral("missing field '%1'").arg(QLatin1String(k)));
    }
    Receipt r;
    const auto str = [&](const char *k, QString *out) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    const auto integer = [&](const char *k, qint64 *out) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (d != double(qint64(d)) || d > double(kMaxSafeInteger) || d < -double(kMaxSafeInteger))
            return false;
        *out = qint64(d);
        return true;
    };
    QString time;
    if (!str("buyer", &r.buyer) || !str("creator", &r.creator) || !str("edge", &r.edge) || !str("job", &r.job)
        || !str("jti", &r.jti) || !str("kind", &r.kind) || !str("licenseHash", &r.licenseHash)
        || !str("manifest", &r.manifest) || !str("range", &r.range) || !str("shard", &r.shard)
        || !str("time", &time) || !str("tx", &r.tx))
        return bad(QStringLiteral("a text field is not a string"));
    if (!integer("bytes", &r.bytes) || !integer("charge", &r.charge) || !integer("seq", &r.seq))
        return bad(QStringLiteral("seq, bytes and charge must be integers"));
    bool ok = false;
    r.timeMs = parseReceiptTime(time, &ok);
    if (!ok)
        return bad(QStringLiteral("time '%1' is not YYYY-MM-DDTHH:MM:SS.mmmZ").arg(time));
    SG_TRY(r.validate());
    return r;
}

Result<Receipt> Receipt::fromLeaf(QByteArrayView leafBytes)
{
    LeafReader in(leafBytes);
    Receipt r;
    QString time;
    const bool parsed = in.expect('{') && in.key("buyer") && in.string(&r.buyer) && in.expect(',')
        && in.key("bytes") && in.integer(&r.bytes) && in.expect(',') && in.key("charge")
        && in.integer(&r.charge) && in.expect(',') && in.key("creator") && in.string(&r.creator)
        && in.expect(',') && in.key("edge") && in.string(&r.edge) && in.expect(',') && in.key("job")
        && in.string(&r.job) && in.expect(',') && in.key("jti") && in.string(&r.jti) && in.expect(',')
        && in.key("kind") && in.string(&r.kind) && in.expect(',') && in.key("licenseHash")
        && in.string(&r.licenseHash) && in.expect(',') && in.key("manifest") && in.string(&r.manifest)
        && in.expect(',') && in.key("range") && in.string(&r.range) && in.expect(',') && in.key("seq")
        && in.integer(&r.seq) && in.expect(',') && in.key("shard") && in.string(&r.shard) && in.expect(',')
        && in.key("time") && in.string(&time) && in.expect(',') && in.key("tx") && in.string(&r.tx)
        && in.expect('}') && in.atEnd();
    if (!parsed)
        return fail(QStringLiteral("leaf is not a canonical receipt (RFC 8785 JSON with the receipt fields)"),
                    QStringLiteral("format"));
    bool ok = false;
    r.timeMs = parseReceiptTime(time, &ok);
    if (!ok)
        return fail(QStringLiteral("leaf has a malformed time '%1'").arg(time), QStringLiteral("format"));
    SG_TRY(r.validate());
    if (r.leaf() != leafBytes)
        return fail(QStringLiteral("leaf is not in canonical form (RFC 8785)"), QStringLiteral("format"));
    return r;
}

} // namespace sg::ledger
