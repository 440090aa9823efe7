#include "sha256.h"

#include "sha256_shani.h"

#include <QFile>
#include <QtEndian>

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace sg::crypto {

namespace {

// OpenSSL without its atexit cleanup, asked for before any other use of it: threads still
// alive at exit (the global thread pool's, a detached sync thread) would otherwise find it
// torn down under them, and the ones ending after it lose their per-thread state
// (LeakSanitizer saw their random generators at tst_edgeserver's exit). Each thread frees
// its own state when it ends; the process's memory goes with the process.
[[maybe_unused]] const bool g_opensslInit = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

bool useShaNi()
{
    static const bool use
        = detail::cpuHasShaNi() && qEnvironmentVariable("SHARDGATE_SHA256") != QLatin1String("openssl");
    return use;
}

constexpr uint32_t kInitial[8]
    = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

} // namespace

// One of two engines, the same for the whole process: the state words and a partial block
// (SHA-NI), or an EVP context.
struct Sha256::Private
{
    uint32_t state[8];
    unsigned char block[64];
    int blockLen = 0;
    quint64 total = 0; // bytes
    EVP_MD_CTX *ctx = nullptr;

    Private()
    {
        if (useShaNi()) {
            reset();
            return;
        }
        ctx = EVP_MD_CTX_new();
        if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
            qFatal("OpenSSL could not set up SHA-256");
    }
    ~Private() { EVP_MD_CTX_free(ctx); }

    void reset()
    {
        std::memcpy(state, kInitial, sizeof state);
        blockLen = 0;
        total = 0;
    }

    // Tops up a partial block from the front of the data (SHA-NI engine).
    void fillBlock(const unsigned char *&p, size_t &n)
    {
        if (blockLen == 0)
            return;
        const size_t take = qMin(n, size_t(64 - blockLen));
        std::memcpy(block + blockLen, p, take);
        blockLen += int(take);
        p += take;
        n -= take;
        if (blockLen == 64) {
            detail::sha256BlocksShaNi(state, block, 1);
            blockLen = 0;
        }
    }

    // Whole blocks, then what is left into the partial block (SHA-NI engine; after fillBlock).
    void addAligned(const unsigned char *p, size_t n)
    {
        if (n >= 64) {
            detail::sha256BlocksShaNi(state, p, n / 64);
            p += n - n % 64;
            n %= 64;
        }
        if (n > 0) {
            std::memcpy(block + blockLen, p, n);
            blockLen += int(n);
        }
    }

    void add(const unsigned char *p, size_t n)
    {
        if (ctx) {
            EVP_DigestUpdate(ctx, p, n);
            return;
        }
        total += n;
        fillBlock(p, n);
        addAligned(p, n);
    }

    void finish(unsigned char out[32])
    {
        if (ctx) {
            unsigned int len = 0;
            EVP_DigestFinal_ex(ctx, out, &len);
            EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
            return;
        }
        const quint64 bits = total * 8;
        block[blockLen++] = 0x80;
        if (blockLen > 56) {
            std::memset(block + blockLen, 0, size_t(64 - blockLen));
            detail::sha256BlocksShaNi(state, block, 1);
            blockLen = 0;
        }
        std::memset(block + blockLen, 0, size_t(56 - blockLen));
        qToBigEndian(bits, block + 56);
        detail::sha256BlocksShaNi(state, block, 1);
        for (int i = 0; i < 8; ++i)
            qToBigEndian(state[i], out + 4 * i);
        reset();
    }
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
    d->add(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
}

void Sha256::addTwo(Sha256 &a, QByteArrayView dataA, Sha256 &b, QByteArrayView dataB)
{
    Q_ASSERT(&a != &b);
    if (!useShaNi()) {
        a.add(dataA);
        b.add(dataB);
        return;
    }
    if (!a.d)
        a.d = std::make_unique<Private>();
    if (!b.d)
        b.d = std::make_unique<Private>();
    Private &x = *a.d;
    Private &y = *b.d;
    const auto *p = reinterpret_cast<const unsigned char *>(dataA.data());
    const auto *q = reinterpret_cast<const unsigned char *>(dataB.data());
    size_t n = size_t(dataA.size());
    size_t m = size_t(dataB.size());
    x.total += n;
    y.total += m;
    x.fillBlock(p, n);
    y.fillBlock(q, m);
    // A partial block still open means its data ran out: nothing left to pair.
    const size_t both = x.blockLen == 0 && y.blockLen == 0 ? qMin(n, m) / 64 : 0;
    if (both > 0) {
        detail::sha256BlocksShaNi2(x.state, p, y.state, q, both);
        p += both * 64;
        q += both * 64;
        n -= both * 64;
        m -= both * 64;
    }
    x.addAligned(p, n);
    y.addAligned(q, m);
}

const char *Sha256::engineName()
{
    return useShaNi() ? "sha-ni" : "openssl";
}

QByteArray Sha256::result()
{
    if (!d)
        d = std::make_unique<Private>();
    QByteArray out(kDigestSize, Qt::Uninitialized);
    d->finish(reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(kDigestSize, Qt::Uninitialized);
    if (useShaNi()) {
        Private p;
        p.add(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
        p.finish(reinterpret_cast<unsigned char *>(out.data()));
        return out;
    }
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
