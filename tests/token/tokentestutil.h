#pragma once

// Helpers for the token tests: the key and claims of shared/vectors/jwt_eddsa.json and a
// signer that takes raw JSON text, so tests can craft tokens our own issuer never writes
// (duplicate keys, wrong types, odd headers).

#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sg::test {

inline QJsonObject jwtVectors()
{
    return loadVector(QStringLiteral("jwt_eddsa.json"));
}

inline crypto::Ed25519PrivateKey jwtVectorKey(const char *which = "key")
{
    return crypto::Ed25519PrivateKey::fromSeed(fromHex(jwtVectors()
                                                           .value(QLatin1String(which))
                                                           .toObject()
                                                           .value(QStringLiteral("seedHex"))
                                                           .toString()))
        .value();
}

inline QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// header and payload are JSON text, signed as they are.
inline QByteArray signRaw(const crypto::Ed25519PrivateKey &key, const QByteArray &headerJson,
                          const QByteArray &payloadJson)
{
    QByteArray input = crypto::base64UrlEncode(headerJson) + '.' + crypto::base64UrlEncode(payloadJson);
    return input + '.' + crypto::base64UrlEncode(key.sign(input));
}

} // namespace sg::test
