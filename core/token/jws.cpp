#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "jws_p.h"

#include <QJsonValue>

#include <cmath>

namespace sg::token::detail {

Result<CompactJws> splitCompact(QByteArrayView token, qsizetype maxBytes, const char *what)
{
    if (token.size() > maxBytes)
        return tokenError(Reason::Oversize,
                          QStringLiteral("%1 is %2 bytes; more than the %3-byte limit")
                              .arg(QLatin1String(what))
                              .arg(token.size())
                              .arg(maxBytes));
    if (token.isEmpty())
        return tokenError(Reason::Malformed, QStringLiteral("empty %1").arg(QLatin1String(what)));
    const qsizetype first = token.indexOf('.');
    const qsizetype second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0)
        return tokenError(Reason::Malformed,
                          QStringLiteral("%1 is not a compact JWS (exactly three '.'-separated segments)")
                              .arg(QLatin1String(what)));
    CompactJws jws;
    jws.header = token.first(first);
    jws.payload = token.sliced(first + 1, second - first - 1);
    jws.signature = token.sliced(second + 1);
    jws.signingInput = token.first(second);
    // An empty signature (alg "none") is left to the alg and signature checks, which
    // give the more telling reason.
    if (jws.header.isEmpty() || jws.payload.isEmpty())
        return tokenError(Reason::Malformed,
                          QStringLiteral("%1 has an empty segment").arg(QLatin1String(what)));
    return jws;
}

Result<QJsonObject> decodeJsonSegment(QByteArrayView segment, const char *what)
{
    const auto bytes = crypto::base64UrlDecode(segment);
    if (!bytes)
        return tokenError(Reason::Malformed,
                          QStringLiteral("%1: %2").arg(QLatin1String(what), bytes.errorString()));
    const auto json = crypto::jcs::parse(*bytes);
    if (!json)
        return tokenError(Reason::Malformed,
                          QStringLiteral("%1: %2").arg(QLatin1String(what), json.errorString()));
    if (!json->isObject())
        return tokenError(Reason::Malformed,
                          QStringLiteral("%1 is not a JSON object").arg(QLatin1String(what)));
    return json->toObject();
}

QString signCompact(const crypto::Ed25519PrivateKey &key, const QJsonObject &header,
                    const QJsonObject &payload)
{
    // JCS gives a deterministic encoding; any valid JSON would do for JWS.
    QByteArray input = crypto::base64UrlEncode(crypto::jcs::canonicalize(QJsonValue(header)).valueOr({}));
    input.append('.');
    input.append(crypto::base64UrlEncode(crypto::jcs::canonicalize(QJsonValue(payload)).valueOr({})));
    const QByteArray signature = key.sign(input);
    input.append('.');
    input.append(crypto::base64UrlEncode(signature));
    return QString::fromLatin1(input);
}

bool isSafeText(const QString &text, qsizetype maxLength)
{
    if (text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return false;
        if (u < 0x80)
            continue;
        // Bidi embeddings/overrides/isolates, zero-width and other format characters.
        if (c.category() == QChar::Other_Format)
            return false;
        if (u == 0x2028 || u == 0x2029 || u == 0xFFFD)
            return false;
    }
    return true;
}

bool readInteger(const QJsonValue &value, qint64 &out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return false;
    out = qint64(d);
    return true;
}

} // namespace sg::token::detail
