#include "sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace sg::crypto {

struct Sha256::Private
{
    EVP_MD_CTX *ctx = nullptr;
    Private()
    {
        ctx = EVP_MD_CTX_new();
        if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
            qFatal("OpenSSL could not set up SHA-256");
    }
    ~Private() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d(std::make_unique<Private>())
{ }
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::add(QByteArrayView data)
{
    if (!d)
        d = std::make_unique<Private>();
    if (data.isEmpty())
        return;
    EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    if (!d)
        d = std::make_unique<Private>();
    QByteArray out(kDigestSize, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(kDigestSize, Qt::Uninitialized);
    unsigned int len = 0;
    static const char empty = 0;
    const void *p = data.isEmpty() ? static_cast<const void *>(&empty) : data.data();
    EVP_Digest(p, size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(),
               nullptr);
    return out;
}

Result<QByteArray> Sha256::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
    constexpr qint64 kBufferSize = qint64(1) << 20;
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    Sha256 hasher;
    for (;;) {
        const qint64 n = file.read(buffer.data(), kBufferSize);
        if (n < 0)
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                        QStringLiteral("io"));
        if (n == 0)
            break;
        hasher.add(buffer.constData(), n);
    }
    return hasher.result();
}

} // namespace sg::crypto
