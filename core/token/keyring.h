#pragma once

// The token signing keys: one active Ed25519 private key (signs new tokens) and public keys
// that still verify: the active one, retired ones until every token they signed has
// expired, and keys imported from a JWKS. kid = RFC 7638 JWK thumbprint (base64url of
// SHA-256 of {"crv":"Ed25519","kty":"OKP","x":"..."}). Thread-safe: the edge verifies on
// many threads while the market rotates.

#include "common/result.h"
#include "crypto/ed25519.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sg::token {

class TokenKeyring
{
public:
    TokenKeyring();
    explicit TokenKeyring(const crypto::Ed25519PrivateKey &active);
    ~TokenKeyring();
    TokenKeyring(const TokenKeyring &) = delete;
    TokenKeyring &operator=(const TokenKeyring &) = delete;

    // A verify-only keyring from a JWKS document ({"keys":[{"kty":"OKP","crv":"Ed25519",
    // "x":...,"kid":...}]}). Keys of other types are skipped; an Ed25519 key whose kid is
    // not its thumbprint, or a private key ("d"), is an error.
    static Result<std::shared_ptr<TokenKeyring>> fromJwks(const QJsonObject &jwks);

    // RFC 7638 thumbprint of an Ed25519 key.
    static QString thumbprint(const crypto::Ed25519PublicKey &key);
    // Public JWK: {"kty":"OKP","crv":"Ed25519","x":...,"kid":...,"use":"sig","alg":"EdDSA"}.
    static QJsonObject publicJwk(const crypto::Ed25519PublicKey &key);
    // Reads an OKP/Ed25519 public JWK (strict: x is 32 bytes of base64url).
    static Result<crypto::Ed25519PublicKey> keyFromJwk(const QJsonObject &jwk);

    bool canSign() const;
    QString activeKid() const; // empty when verify-only
    crypto::Ed25519PrivateKey activeKey() const;

    // Makes newKey the active signing key. The previous active public key keeps verifying
    // until oldKeyValidUntil (epoch seconds): pass the last exp it may have signed plus
    // the verifiers' clock skew.
    void rotate(const crypto::Ed25519PrivateKey &newKey, qint64 oldKeyValidUntil);
    // Adds a verify-only public key, trusted until validUntil (0 = no end).
    void addPublicKey(const crypto::Ed25519PublicKey &key, qint64 validUntil = 0);
    // Stops trusting a key at once (compromise). Returns false when kid is unknown.
    bool removeKey(const QString &kid);
    // Drops retired keys whose validity ended before now.
    void prune(qint64 now);

    // The public key for kid if it is trusted at time now. kid is only compared, never
    // used as a path or query.
    std::optional<crypto::Ed25519PublicKey> find(QStringView kid, qint64 now) const;
    // Every public key trusted at time now, active first.
    QJsonObject jwks(qint64 now) const;
    QStringList kids() const;

    // Changes whenever a key is added, rotated or removed (caches compare it).
    quint64 generation() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sg::token
