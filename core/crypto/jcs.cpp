#include "jcs.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace sg::crypto::jcs {

namespace {

// A parsed JSON value. Object members are kept sorted by key in UTF-16 code-unit order
// (the RFC 8785 order), strings exactly as decoded.
struct Node
{
    enum Kind : quint8 { Null, False, True, Number, String, Array, Object };
    Kind kind = Null;
    double number = 0;
    QString string;
    std::vector<Node> items; // array elements, or object values
    std::vector<QString> keys; // object keys, parallel to items
};

bool utf16Less(const QString &a, const QString &b)
{
    // Unsigned 16-bit code-unit comparison (not code points, not locale).
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

Error jsonError(const QString &what, qsizetype pos = -1)
{
    if (pos < 0)
        return fail(QStringLiteral("invalid JSON: %1").arg(what), QStringLiteral("json"));
    return fail(QStringLiteral("invalid JSON at byte %1: %2").arg(pos).arg(what), QStringLiteral("json"));
}

class Parser
{
public:
    explicit Parser(QByteArrayView text) : m_p(text.data()), m_size(text.size()) { }

    Result<Node> parseDocument()
    {
        Node root;
        skipWhitespace();
        if (m_pos >= m_size)
            return jsonError(QStringLiteral("empty input"));
        if (!parseValue(root, 0))
            return m_error;
        skipWhitespace();
        if (m_pos != m_size)
            return jsonError(QStringLiteral("unexpected data after the JSON value"), m_pos);
        return root;
    }

    // Same grammar and rules, straight into Qt's JSON types (no canonical ordering
    // needed): used by parse(), the reader for tokens and manifests.
    Result<QJsonValue> parseQtDocument()
    {
        QJsonValue root;
        skipWhitespace();
        if (m_pos >= m_size)
            return jsonError(QStringLiteral("empty input"));
        if (!parseQt(root, 0))
            return m_error;
        skipWhitespace();
        if (m_pos != m_size)
            return jsonError(QStringLiteral("unexpected data after the JSON value"), m_pos);
        return root;
    }

private:
    bool error(const QString &what)
    {
        m_error = jsonError(what, m_pos);
        return false;
    }

    unsigned char peek() const { return static_cast<unsigned char>(m_p[m_pos]); }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_p[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word, Node::Kind kind, Node &out)
    {
        const qsizetype len = qsizetype(std::strlen(word));
        if (m_size - m_pos < len || std::memcmp(m_p + m_pos, word, size_t(len)) != 0)
            return error(QStringLiteral("unexpected character"));
        m_pos += len;
        out.kind = kind;
        return true;
    }

    bool parseValue(Node &out, int depth)
    {
        if (m_pos >= m_size)
            return error(QStringLiteral("unexpected end of input"));
        switch (m_p[m_pos]) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out.kind = Node::String;
            return parseString(out.string);
        case 't':
            return literal("true", Node::True, out);
        case 'f':
            return literal("false", Node::False, out);
        case 'n':
            return literal("null", Node::Null, out);
        default:
            return parseNumber(out);
        }
    }

    bool parseQt(QJsonValue &out, int depth)
    {
        if (m_pos >= m_size)
            return error(QStringLiteral("unexpected end of input"));
        const char c = m_p[m_pos];
        if (c == '{' || c == '[') {
            if (depth + 1 > kMaxDepth)
                return error(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
            ++m_pos;
            skipWhitespace();
            const char close = c == '{' ? '}' : ']';
            QJsonObject object;
            QJsonArray array;
            if (m_pos < m_size && m_p[m_pos] == close) {
                ++m_pos;
            } else {
                for (;;) {
                    skipWhitespace();
                    QString key;
                    if (c == '{') {
                        if (m_pos >= m_size || m_p[m_pos] != '"')
                            return error(QStringLiteral("expected a string key"));
                        if (!parseString(key))
                            return false;
                        skipWhitespace();
                        if (m_pos >= m_size || m_p[m_pos] != ':')
                            return error(QStringLiteral("expected ':'"));
                        ++m_pos;
                        skipWhitespace();
                    }
                    QJsonValue item;
                    if (!parseQt(item, depth + 1))
                        return false;
                    if (c == '{') {
                        if (object.contains(key)) {
                            m_error = jsonError(QStringLiteral("duplicate object key \"%1\"").arg(key));
                            return false;
                        }
                        object.insert(key, item);
                    } else {
                        array.append(item);
                    }
                    skipWhitespace();
                    if (m_pos >= m_size)
                        return error(c == '{' ? QStringLiteral("unterminated object")
                                              : QStringLiteral("unterminated array"));
                    if (m_p[m_pos] == ',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_p[m_pos] == close) {
                        ++m_pos;
                        break;
                    }
                    return error(c == '{' ? QStringLiteral("expected ',' or '}'")
                                          : QStringLiteral("expected ',' or ']'"));
                }
            }
            if (c == '{')
                out = object;
            else
                out = array;
            return true;
        }
        Node scalar;
        if (!parseValue(scalar, depth))
            return false;
        switch (scalar.kind) {
        case Node::Null:
            out = QJsonValue(QJsonValue::Null);
            break;
        case Node::True:
            out = QJsonValue(true);
            break;
        case Node::False:
            out = QJsonValue(false);
            break;
        case Node::Number:
            out = QJsonValue(scalar.number);
            break;
        default:
            out = QJsonValue(std::move(scalar.string));
            break;
        }
        return true;
    }

    bool parseObject(Node &out, int depth)
    {
        if (depth > kMaxDepth)
            return error(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
        out.kind = Node::Object;
        ++m_pos; // '{'
        skipWhitespace();
        if (m_pos < m_size && m_p[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_size || m_p[m_pos] != '"')
                return error(QStringLiteral("expected a string key"));
            QString key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_pos >= m_size || m_p[m_pos] != ':')
                return error(QStringLiteral("expected ':'"));
            ++m_pos;
            skipWhitespace();
            out.keys.push_back(std::move(key));
            out.items.emplace_back();
            if (!parseValue(out.items.back(), depth))
                return false;
            skipWhitespace();
            if (m_pos >= m_size)
                return error(QStringLiteral("unterminated object"));
            if (m_p[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_p[m_pos] == '}') {
                ++m_pos;
                break;
            }
            return error(QStringLiteral("expected ',' or '}'"));
        }
        // Sort members into canonical order and reject duplicate keys.
        std::vector<size_t> order(out.keys.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return utf16Less(out.keys[a], out.keys[b]); });
        for (size_t i = 1; i < order.size(); ++i) {
            if (out.keys[order[i - 1]] == out.keys[order[i]]) {
                m_error = jsonError(QStringLiteral("duplicate object key \"%1\"").arg(out.keys[order[i]]));
                return false;
            }
        }
        std::vector<QString> keys;
        std::vector<Node> values;
        keys.reserve(order.size());
        values.reserve(order.size());
        for (size_t i : order) {
            keys.push_back(std::move(out.keys[i]));
            values.push_back(std::move(out.items[i]));
        }
        out.keys = std::move(keys);
        out.items = std::move(values);
        return true;
    }

    bool parseArray(Node &out, int depth)
    {
        if (depth > kMaxDepth)
            return error(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
        out.kind = Node::Array;
        ++m_pos; // '['
        skipWhitespace();
        if (m_pos < m_size && m_p[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            out.items.emplace_back();
            if (!parseValue(out.items.back(), depth))
                return false;
            skipWhitespace();
            if (m_pos >= m_size)
                return error(QStringLiteral("unterminated array"));
            if (m_p[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_p[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return error(QStringLiteral("expected ',' or ']'"));
        }
    }

    int hex4()
    {
        if (m_size - m_pos < 4)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_p[m_pos + i];
            int n;
            if (c >= '0' && c <= '9')
                n = c - '0';
            else if (c >= 'a' && c <= 'f')
                n = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                n = c - 'A' + 10;
            else
                return -1;
            v = (v << 4) | n;
        }
        m_pos += 4;
        return v;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_size)
                return error(QStringLiteral("unterminated string"));
            const unsigned char c = peek();
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return error(QStringLiteral("unescaped control character in a string"));
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_size)
                    return error(QStringLiteral("unterminated escape"));
                const char e = m_p[m_pos++];
                switch (e) {
                case '"':
                    out.append(QLatin1Char('"'));
                    break;
                case '\\':
                    out.append(QLatin1Char('\\'));
                    break;
                case '/':
                    out.append(QLatin1Char('/'));
                    break;
                case 'b':
                    out.append(QChar(0x08));
                    break;
                case 'f':
                    out.append(QChar(0x0c));
                    break;
                case 'n':
                    out.append(QChar(0x0a));
                    break;
                case 'r':
                    out.append(QChar(0x0d));
                    break;
                case 't':
                    out.append(QChar(0x09));
                    break;
                case 'u': {
                    const int u = hex4();
                    if (u < 0)
                        return error(QStringLiteral("bad \\u escape"));
                    if (u >= 0xDC00 && u <= 0xDFFF)
                        return error(
                            QStringLiteral("lone low surrogate \\u%1").arg(u, 4, 16, QLatin1Char('0')));
                    if (u >= 0xD800 && u <= 0xDBFF) {
                        if (m_size - m_pos < 6 || m_p[m_pos] != '\\' || m_p[m_pos + 1] != 'u')
                            return error(
                                QStringLiteral("lone high surrogate \\u%1").arg(u, 4, 16, QLatin1Char('0')));
                        m_pos += 2;
                        const int lo = hex4();
                        if (lo < 0)
                            return error(QStringLiteral("bad \\u escape"));
                        if (lo < 0xDC00 || lo > 0xDFFF)
                            return error(
                                QStringLiteral("lone high surrogate \\u%1").arg(u, 4, 16, QLatin1Char('0')));
                        out.append(QChar(char16_t(u)));
                        out.append(QChar(char16_t(lo)));
                    } else {
                        out.append(QChar(char16_t(u)));
                    }
                    break;
                }
                default:
                    --m_pos;
                    return error(QStringLiteral("unknown escape"));
                }
                continue;
            }
            if (c < 0x80) {
                // Copy a run of plain ASCII at once.
                const qsizetype start = m_pos;
                while (m_pos < m_size) {
                    const unsigned char a = peek();
                    if (a < 0x20 || a >= 0x80 || a == '"' || a == '\\')
                        break;
                    ++m_pos;
                }
                out.append(QLatin1String(m_p + start, m_pos - start));
                continue;
            }
            if (!decodeUtf8(out))
                return false;
        }
    }

    // Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, <= U+10FFFF.
    bool decodeUtf8(QString &out)
    {
        const unsigned char c = peek();
        int len;
        char32_t cp;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return error(QStringLiteral("invalid UTF-8"));
        }
        if (m_size - m_pos < len)
            return error(QStringLiteral("truncated UTF-8 sequence"));
        for (int i = 1; i < len; ++i) {
            const auto b = static_cast<unsigned char>(m_p[m_pos + i]);
            if ((b & 0xC0) != 0x80)
                return error(QStringLiteral("invalid UTF-8"));
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return error(QStringLiteral("invalid UTF-8 (overlong, surrogate or out of range)"));
        m_pos += len;
        if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            out.append(QChar(char16_t(0xD800 + (v >> 10))));
            out.append(QChar(char16_t(0xDC00 + (v & 0x3FF))));
        } else {
            out.append(QChar(char16_t(cp)));
        }
        return true;
    }

    bool parseNumber(Node &out)
    {
        const qsizetype start = m_pos;
        auto digit = [&]() { return m_pos < m_size && m_p[m_pos] >= '0' && m_p[m_pos] <= '9'; };
        if (m_pos < m_size && m_p[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return error(QStringLiteral("unexpected character"));
        // Position (relative to the decimal point) of the first non-zero digit, to tell
        // overflow from underflow when the conversion is out of range.
        qint64 firstNonZeroExp = 0;
        bool seenNonZero = false;
        qint64 intDigits = 0;
        if (m_p[m_pos] == '0') {
            ++m_pos;
            if (digit())
                return error(QStringLiteral("leading zero in a number"));
        } else {
            while (digit()) {
                if (!seenNonZero && m_p[m_pos] != '0')
                    seenNonZero = true;
                ++intDigits;
                ++m_pos;
            }
            firstNonZeroExp = intDigits;
        }
        if (m_pos < m_size && m_p[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return error(QStringLiteral("digit expected after '.'"));
            qint64 frac = 0;
            while (digit()) {
                ++frac;
                if (!seenNonZero && m_p[m_pos] != '0') {
                    seenNonZero = true;
                    firstNonZeroExp = 1 - frac;
                }
                ++m_pos;
            }
        }
        qint64 exponent = 0;
        if (m_pos < m_size && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
            ++m_pos;
            bool negative = false;
            if (m_pos < m_size && (m_p[m_pos] == '+' || m_p[m_pos] == '-')) {
                negative = m_p[m_pos] == '-';
                ++m_pos;
            }
            if (!digit())
                return error(QStringLiteral("digit expected in the exponent"));
            while (digit()) {
                if (exponent < 1000000000)
                    exponent = exponent * 10 + (m_p[m_pos] - '0');
                ++m_pos;
            }
            if (negative)
                exponent = -exponent;
        }
        double value = 0;
        const char *first = m_p + start;
        const char *last = m_p + m_pos;
        const auto res = std::from_chars(first, last, value);
        if (res.ec == std::errc::result_out_of_range) {
            if (seenNonZero && firstNonZeroExp + exponent > 0) {
                m_pos = start;
                return error(QStringLiteral("number overflows to Infinity"));
            }
            value = m_p[start] == '-' ? -0.0 : 0.0; // underflow rounds to zero, as in ECMAScript
        } else if (res.ec != std::errc() || res.ptr != last) {
            m_pos = start;
            return error(QStringLiteral("bad number"));
        }
        if (!std::isfinite(value)) {
            m_pos = start;
            return error(QStringLiteral("number overflows to Infinity"));
        }
        out.kind = Node::Number;
        out.number = value;
        return true;
    }

    const char *m_p;
    qsizetype m_size;
    qsizetype m_pos = 0;
    Error m_error;
};

void appendNumber(QByteArray &out, double value)
{
    // Caller guarantees a finite value.
    if (value == 0) {
        out.append('0');
        return;
    }
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // Shortest round-trip digits in scientific form: "d[.ddd]e[+-]x".
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const char *end = res.ptr;
    const char *ePos = std::find(static_cast<const char *>(buf), end, 'e');
    char digits[32];
    int k = 0;
    for (const char *p = buf; p < ePos; ++p) {
        if (*p != '.')
            digits[k++] = *p;
    }
    int exp10 = 0;
    std::from_chars(ePos + 1 + (ePos[1] == '+' ? 1 : 0), end, exp10);
    const int n = exp10 + 1; // value = 0.digits × 10^n
    // ECMAScript Number::toString (ECMA-262 §6.1.6.1.20), steps 6-10.
    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
}

void appendString(QByteArray &out, const QString &s)
{
    out.append('"');
    qsizetype runStart = 0;
    const auto *u = reinterpret_cast<const char16_t *>(s.utf16());
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(QStringView(u + runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = u[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case 0x08:
            out.append("\\b");
            break;
        case 0x09:
            out.append("\\t");
            break;
        case 0x0a:
            out.append("\\n");
            break;
        case 0x0c:
            out.append("\\f");
            break;
        case 0x0d:
            out.append("\\r");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.append(hex[(c >> 4) & 0xf]);
            out.append(hex[c & 0xf]);
        }
        }
    }
    flush(s.size());
    out.append('"');
}

void serialize(QByteArray &out, const Node &node)
{
    switch (node.kind) {
    case Node::Null:
        out.append("null");
        break;
    case Node::True:
        out.append("true");
        break;
    case Node::False:
        out.append("false");
        break;
    case Node::Number:
        appendNumber(out, node.number);
        break;
    case Node::String:
        appendString(out, node.string);
        break;
    case Node::Array:
        out.append('[');
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out.append(',');
            serialize(out, node.items[i]);
        }
        out.append(']');
        break;
    case Node::Object:
        out.append('{');
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, node.keys[i]);
            out.append(':');
            serialize(out, node.items[i]);
        }
        out.append('}');
        break;
    }
}

bool hasLoneSurrogate(const QString &s)
{
    const auto *u = reinterpret_cast<const char16_t *>(s.utf16());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (QChar::isHighSurrogate(u[i])) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(u[i + 1]))
                return true;
            ++i;
        } else if (QChar::isLowSurrogate(u[i])) {
            return true;
        }
    }
    return false;
}

Status serializeJson(QByteArray &out, const QJsonValue &value, int depth)
{
    if (depth > kMaxDepth)
        return fail(QStringLiteral("cannot canonicalize: nesting deeper than %1").arg(kMaxDepth),
                    QStringLiteral("json"));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return fail(QStringLiteral("cannot canonicalize: %1 is not allowed in JSON")
                            .arg(std::isnan(v) ? QStringLiteral("NaN") : QStringLiteral("Infinity")),
                        QStringLiteral("json"));
        appendNumber(out, v);
        break;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        if (hasLoneSurrogate(s))
            return fail(QStringLiteral("cannot canonicalize: lone surrogate in a string"),
                        QStringLiteral("json"));
        appendString(out, s);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : array) {
            if (!first)
                out.append(',');
            first = false;
            SG_TRY(serializeJson(out, item, depth + 1));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), utf16Less);
        out.append('{');
        bool first = true;
        for (const QString &key : keys) {
            if (hasLoneSurrogate(key))
                return fail(QStringLiteral("cannot canonicalize: lone surrogate in an object key"),
                            QStringLiteral("json"));
            if (!first)
                out.append(',');
            first = false;
            appendString(out, key);
            out.append(':');
            SG_TRY(serializeJson(out, object.value(key), depth + 1));
        }
        out.append('}');
        break;
    }
    }
    return {};
}

} // namespace

Result<QByteArray> canonicalize(QByteArrayView jsonText)
{
    Parser parser(jsonText);
    auto root = parser.parseDocument();
    if (!root)
        return root.error();
    QByteArray out;
    out.reserve(jsonText.size());
    serialize(out, *root);
    return out;
}

Result<QJsonValue> parse(QByteArrayView jsonText)
{
    Parser parser(jsonText);
    return parser.parseQtDocument();
}

Result<QByteArray> canonicalize(const QJsonValue &value)
{
    QByteArray out;
    SG_TRY(serializeJson(out, value, 0));
    return out;
}

Result<QByteArray> formatNumber(double value)
{
    if (!std::isfinite(value))
        return fail(QStringLiteral("%1 is not allowed in JSON")
                        .arg(std::isnan(value) ? QStringLiteral("NaN") : QStringLiteral("Infinity")),
                    QStringLiteral("json"));
    QByteArray out;
    appendNumber(out, value);
    return out;
}

} // namespace sg::crypto::jcs
