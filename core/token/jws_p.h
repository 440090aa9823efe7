#pragma once

// Internal: compact JWS (RFC 7515) splitting, strict segment decoding and EdDSA signing,
// shared by the access-token verifier, the issuer and DPoP.

#include "common/result.h"
#include "crypto/ed25519.h"
#include "reason.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace sg::token::detail {

struct CompactJws
{
    QByteArrayView header; // base64url segments, views into the token
    QByteArrayView payload;
    QByteArrayView signature;
    QByteArrayView signingInput; // header '.' payload
};

// Size limit first, then exactly three non-empty segments.
Result<CompactJws> splitCompact(QByteArrayView token, qsizetype maxBytes, const char *what);
// Strict base64url, then strict JSON that must be an object.
Result<QJsonObject> decodeJsonSegment(QByteArrayView segment, const char *what);
// base64url(JCS(header)) '.' base64url(JCS(payload)) '.' base64url(signature)
QString signCompact(const crypto::Ed25519PrivateKey &key, const QJsonObject &header,
                    const QJsonObject &payload);

// Claims-style checks on text: no control, bidi-override or other invisible format
// characters (ids must read the same everywhere), bounded length.
bool isSafeText(const QString &text, qsizetype maxLength = 512);

// Reads an integer-valued JSON number in [0, 2^53]; false otherwise.
bool readInteger(const QJsonValue &value, qint64 &out);

} // namespace sg::token::detail
