#pragma once

// Ed25519 (RFC 8032) over OpenSSL 3 EVP. Keys on disk are PKCS#8 PEM (private, optionally
// passphrase-encrypted with AES-256-CBC/scrypt-or-PBKDF2 as OpenSSL writes them) and SPKI
// PEM (public). Text form of a public key in manifests: "ed25519:<base64url raw 32 bytes>".
// Verification is strict: 64-byte signatures only, S must be < L (non-canonical rejected).

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace sg::crypto {

class Ed25519PublicKey
{
public:
    static constexpr int kSize = 32;
    static constexpr int kSignatureSize = 64;

    Ed25519PublicKey();
    ~Ed25519PublicKey();
    Ed25519PublicKey(const Ed25519PublicKey &);
    Ed25519PublicKey &operator=(const Ed25519PublicKey &);

    static Result<Ed25519PublicKey> fromRaw(QByteArrayView raw32);
    static Result<Ed25519PublicKey> fromPem(QByteArrayView spkiPem);
    // "ed25519:<base64url>"
    static Result<Ed25519PublicKey> fromTagged(QStringView text);

    bool isNull() const;
    QByteArray raw() const;
    QByteArray toPem() const;
    QString toTagged() const;

    bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const Ed25519PublicKey &a, const Ed25519PublicKey &b)
    {
        return a.raw() == b.raw();
    }

private:
    struct Private;
    std::shared_ptr<Private> d;
};

class Ed25519PrivateKey
{
public:
    static constexpr int kSeedSize = 32;

    Ed25519PrivateKey();
    ~Ed25519PrivateKey();
    Ed25519PrivateKey(const Ed25519PrivateKey &);
    Ed25519PrivateKey &operator=(const Ed25519PrivateKey &);

    static Ed25519PrivateKey generate();
    static Result<Ed25519PrivateKey> fromSeed(QByteArrayView seed32);
    // PKCS#8 PEM, encrypted ("ENCRYPTED PRIVATE KEY") when passphrase is given.
    static Result<Ed25519PrivateKey> fromPem(QByteArrayView pem, const QByteArray &passphrase = {});
    static Result<Ed25519PrivateKey> loadFile(const QString &path, const QByteArray &passphrase = {});

    bool isNull() const;
    QByteArray seed() const;
    Ed25519PublicKey publicKey() const;
    QByteArray toPem(const QByteArray &passphrase = {}) const;
    // Atomic write, mode 0600; refuses to overwrite unless overwrite is true.
    Status saveFile(const QString &path, const QByteArray &passphrase = {}, bool overwrite = false) const;

    QByteArray sign(QByteArrayView message) const;

private:
    friend struct Ed25519PrivateKeyBuilder;
    struct Private;
    std::shared_ptr<Private> d;
};

} // namespace sg::crypto
