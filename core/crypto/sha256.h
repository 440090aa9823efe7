#pragma once

// Streaming SHA-256 over OpenSSL EVP. Digests are raw 32-byte QByteArrays.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace sg::crypto {

class Sha256
{
public:
    static constexpr int kDigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;

    void add(QByteArrayView data);
    void add(const char *data, qsizetype size) { add(QByteArrayView(data, size)); }
    // Returns the digest and resets the object for a new message.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    // Hashes a whole file with a bounded buffer; fails with a clear error.
    static Result<QByteArray> hashFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sg::crypto
