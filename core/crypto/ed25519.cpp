#include "ed25519.h"

#include "common/fileutil.h"
#include "encoding.h"

#include <QFileInfo>

#include <array>
#include <atomic>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace sg::crypto {

namespace {

const QLatin1String kTagPrefix("ed25519:");

// The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian.
constexpr unsigned char kOrderL[32]
    = { 0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10 };

// True when the little-endian scalar s is < L (RFC 8032 §5.1.7 step 1).
bool scalarIsCanonical(const unsigned char *s)
{
    for (int i = 31; i >= 0; --i) {
        if (s[i] < kOrderL[i])
            return true;
        if (s[i] > kOrderL[i])
            return false;
    }
    return false; // equal to L
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QStringLiteral("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

BioPtr memBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.data(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *ptr = nullptr;
    const long len = BIO_get_mem_data(bio, &ptr);
    return QByteArray(ptr, len);
}

// The passphrase callback: never prompts on a terminal (the default when no callback is
// given), returns 0 (= no passphrase) when none was supplied.
int passphraseCallback(char *buf, int size, int /*rwflag*/, void *u)
{
    const auto *pass = static_cast<const QByteArray *>(u);
    if (!pass || pass->isEmpty() || pass->size() > size)
        return 0;
    std::memcpy(buf, pass->constData(), size_t(pass->size()));
    return int(pass->size());
}

const unsigned char *dataOrEmpty(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.data());
}

} // namespace

// ---------------------------------------------------------------------------------------
// Public key

struct Ed25519PublicKey::Private
{
    EVP_PKEY *pkey = nullptr;
    QByteArray raw;
    // Unique for the life of the process (addresses can be reused, ids are not).
    quint64 id = nextId();
    ~Private() { EVP_PKEY_free(pkey); }

    static quint64 nextId()
    {
        static std::atomic<quint64> counter { 0 };
        return counter.fetch_add(1, std::memory_order_relaxed) + 1;
    }
};

namespace {

// Setting up an EVP_MD_CTX for Ed25519 (EVP_DigestVerifyInit: provider fetch, key
// reference) costs a lot in OpenSSL 3.0. Like `openssl speed`, we set it up once and
// reuse it for one-shot EVP_DigestVerify calls: per thread (a context is not
// thread-safe) and for a few keys (a context holds a reference on its key, so the cache
// is small and keyed by the key object's unique id).
class VerifyContextCache
{
public:
    ~VerifyContextCache()
    {
        for (Slot &s : m_slots)
            EVP_MD_CTX_free(s.ctx);
    }

    EVP_MD_CTX *get(quint64 id, EVP_PKEY *pkey)
    {
        for (Slot &s : m_slots) {
            if (s.id == id && s.ctx) {
                s.lastUse = ++m_tick;
                return s.ctx;
            }
        }
        Slot *victim = &m_slots[0];
        for (Slot &s : m_slots) {
            if (s.lastUse < victim->lastUse)
                victim = &s;
        }
        EVP_MD_CTX_free(victim->ctx);
        *victim = Slot();
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        if (!ctx || EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) != 1) {
            EVP_MD_CTX_free(ctx);
            ERR_clear_error();
            return nullptr;
        }
        *victim = Slot { id, ctx, ++m_tick };
        return ctx;
    }

    void drop(quint64 id)
    {
        for (Slot &s : m_slots) {
            if (s.id == id) {
                EVP_MD_CTX_free(s.ctx);
                s = Slot();
            }
        }
    }

private:
    struct Slot
    {
        quint64 id = 0;
        EVP_MD_CTX *ctx = nullptr;
        quint64 lastUse = 0;
    };
    std::array<Slot, 8> m_slots {};
    quint64 m_tick = 0;
};

thread_local VerifyContextCache t_verifyContexts;

} // namespace

Ed25519PublicKey::Ed25519PublicKey() = default;
Ed25519PublicKey::~Ed25519PublicKey() = default;
Ed25519PublicKey::Ed25519PublicKey(const Ed25519PublicKey &) = default;
Ed25519PublicKey &Ed25519PublicKey::operator=(const Ed25519PublicKey &) = default;

Result<Ed25519PublicKey> Ed25519PublicKey::fromRaw(QByteArrayView raw32)
{
    if (raw32.size() != kSize)
        return fail(QStringLiteral("an Ed25519 public key is 32 bytes, got %1").arg(raw32.size()),
                    QStringLiteral("key"));
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw32.data()), kSize);
    if (!pkey)
        return fail(QStringLiteral("invalid Ed25519 public key: %1").arg(opensslError()),
                    QStringLiteral("key"));
    Ed25519PublicKey key;
    key.d = std::make_shared<Private>();
    key.d->pkey = pkey;
    key.d->raw = raw32.toByteArray();
    return key;
}

Result<Ed25519PublicKey> Ed25519PublicKey::fromPem(QByteArrayView spkiPem)
{
    auto bio = memBio(spkiPem);
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!pkey)
        return fail(
            QStringLiteral("not a PEM public key (\"-----BEGIN PUBLIC KEY-----\"): %1").arg(opensslError()),
            QStringLiteral("key"));
    if (EVP_PKEY_id(pkey) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(pkey);
        return fail(QStringLiteral("the PEM public key is not an Ed25519 key"), QStringLiteral("key"));
    }
    unsigned char raw[kSize];
    size_t len = sizeof raw;
    const int rc = EVP_PKEY_get_raw_public_key(pkey, raw, &len);
    EVP_PKEY_free(pkey);
    if (rc != 1 || len != kSize)
        return fail(QStringLiteral("cannot read the Ed25519 public key: %1").arg(opensslError()),
                    QStringLiteral("key"));
    return fromRaw(QByteArrayView(reinterpret_cast<const char *>(raw), kSize));
}

Result<Ed25519PublicKey> Ed25519PublicKey::fromTagged(QStringView text)
{
    if (!text.startsWith(kTagPrefix))
        return fail(QStringLiteral("a public key must look like \"ed25519:<base64url of 32 bytes>\""),
                    QStringLiteral("key"));
    const QStringView body = text.sliced(kTagPrefix.size());
    for (const QChar c : body) {
        if (c.unicode() > 0x7f)
            return fail(QStringLiteral("invalid public key: non-ASCII character"), QStringLiteral("key"));
    }
    auto raw = base64UrlDecode(body.toLatin1());
    if (!raw)
        return fail(QStringLiteral("invalid public key: %1").arg(raw.errorString()), QStringLiteral("key"));
    return fromRaw(*raw);
}

bool Ed25519PublicKey::isNull() const
{
    return !d;
}

QByteArray Ed25519PublicKey::raw() const
{
    return d ? d->raw : QByteArray();
}

QByteArray Ed25519PublicKey::toPem() const
{
    if (!d)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), d->pkey) != 1)
        return {};
    return bioContents(bio.get());
}

QString Ed25519PublicKey::toTagged() const
{
    if (!d)
        return {};
    return kTagPrefix + QString::fromLatin1(base64UrlEncode(d->raw));
}

bool Ed25519PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (!d || signature.size() != kSignatureSize)
        return false;
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.data());
    // OpenSSL 3.0 also rejects S >= L, but the rule is part of our contract, so we do
    // not depend on it.
    if (!scalarIsCanonical(sig + 32))
        return false;
    EVP_MD_CTX *ctx = t_verifyContexts.get(d->id, d->pkey);
    if (!ctx)
        return false;
    const int rc = EVP_DigestVerify(ctx, sig, kSignatureSize, dataOrEmpty(message), size_t(message.size()));
    if (rc != 1) {
        ERR_clear_error();
        // Start the next verification from a fresh context, whatever state this one is in.
        t_verifyContexts.drop(d->id);
    }
    return rc == 1;
}

// ---------------------------------------------------------------------------------------
// Private key

struct Ed25519PrivateKey::Private
{
    EVP_PKEY *pkey = nullptr;
    Ed25519PublicKey publicKey;
    ~Private() { EVP_PKEY_free(pkey); }
};

Ed25519PrivateKey::Ed25519PrivateKey() = default;
Ed25519PrivateKey::~Ed25519PrivateKey() = default;
Ed25519PrivateKey::Ed25519PrivateKey(const Ed25519PrivateKey &) = default;
Ed25519PrivateKey &Ed25519PrivateKey::operator=(const Ed25519PrivateKey &) = default;

// Takes ownership of pkey (an Ed25519 private key) and builds the key object; a friend
// of Ed25519PrivateKey so it can fill the d-pointer.
struct Ed25519PrivateKeyBuilder
{
    static Result<Ed25519PrivateKey> adopt(EVP_PKEY *pkey)
    {
        unsigned char pub[Ed25519PublicKey::kSize];
        size_t len = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(pkey, pub, &len) != 1 || len != sizeof pub) {
            EVP_PKEY_free(pkey);
            return fail(QStringLiteral("cannot derive the Ed25519 public key: %1").arg(opensslError()),
                        QStringLiteral("key"));
        }
        auto publicKey = Ed25519PublicKey::fromRaw(QByteArrayView(reinterpret_cast<const char *>(pub), len));
        if (!publicKey) {
            EVP_PKEY_free(pkey);
            return publicKey.error();
        }
        Ed25519PrivateKey key;
        key.d = std::make_shared<Ed25519PrivateKey::Private>();
        key.d->pkey = pkey;
        key.d->publicKey = *publicKey;
        return key;
    }
};

namespace {
Result<Ed25519PrivateKey> adoptPrivate(EVP_PKEY *pkey)
{
    return Ed25519PrivateKeyBuilder::adopt(pkey);
}
} // namespace

Ed25519PrivateKey Ed25519PrivateKey::generate()
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!pkey)
        qFatal("OpenSSL could not generate an Ed25519 key: %s", qPrintable(opensslError()));
    auto key = adoptPrivate(pkey);
    if (!key)
        qFatal("OpenSSL could not generate an Ed25519 key: %s", qPrintable(key.errorString()));
    return *key;
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromSeed(QByteArrayView seed32)
{
    if (seed32.size() != kSeedSize)
        return fail(QStringLiteral("an Ed25519 seed is 32 bytes, got %1").arg(seed32.size()),
                    QStringLiteral("key"));
    EVP_PKEY *pkey = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed32.data()), kSeedSize);
    if (!pkey)
        return fail(QStringLiteral("invalid Ed25519 seed: %1").arg(opensslError()), QStringLiteral("key"));
    return adoptPrivate(pkey);
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromPem(QByteArrayView pem, const QByteArray &passphrase)
{
    const bool encrypted = pem.toByteArray().contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    if (encrypted && passphrase.isEmpty())
        return fail(QStringLiteral("the private key is encrypted; give its passphrase (--passphrase-file)"),
                    QStringLiteral("passphrase"));
    auto bio = memBio(pem);
    QByteArray pass = passphrase;
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass);
    if (!pkey) {
        const QString detail = opensslError();
        if (encrypted)
            return fail(
                QStringLiteral("cannot decrypt the private key: wrong passphrase or damaged file (%1)")
                    .arg(detail),
                QStringLiteral("passphrase"));
        return fail(
            QStringLiteral("not a PKCS#8 PEM private key (\"-----BEGIN PRIVATE KEY-----\"): %1").arg(detail),
            QStringLiteral("key"));
    }
    if (EVP_PKEY_id(pkey) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(pkey);
        return fail(QStringLiteral("the PEM private key is not an Ed25519 key"), QStringLiteral("key"));
    }
    return adoptPrivate(pkey);
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::loadFile(const QString &path, const QByteArray &passphrase)
{
    auto data = readFile(path, 64 * 1024);
    if (!data)
        return data.error();
    auto key = fromPem(*data, passphrase);
    if (!key)
        return fail(QStringLiteral("%1: %2").arg(path, key.errorString()), key.errorCode());
    return key;
}

bool Ed25519PrivateKey::isNull() const
{
    return !d;
}

QByteArray Ed25519PrivateKey::seed() const
{
    if (!d)
        return {};
    QByteArray out(kSeedSize, Qt::Uninitialized);
    size_t len = kSeedSize;
    if (EVP_PKEY_get_raw_private_key(d->pkey, reinterpret_cast<unsigned char *>(out.data()), &len) != 1
        || len != kSeedSize)
        return {};
    return out;
}

Ed25519PublicKey Ed25519PrivateKey::publicKey() const
{
    return d ? d->publicKey : Ed25519PublicKey();
}

QByteArray Ed25519PrivateKey::toPem(const QByteArray &passphrase) const
{
    if (!d)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    int rc = 0;
    if (passphrase.isEmpty()) {
        rc = PEM_write_bio_PKCS8PrivateKey(bio.get(), d->pkey, nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        QByteArray pass = passphrase;
        rc = PEM_write_bio_PKCS8PrivateKey(bio.get(), d->pkey, EVP_aes_256_cbc(), pass.data(),
                                           int(pass.size()), nullptr, nullptr);
    }
    if (rc != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

Status Ed25519PrivateKey::saveFile(const QString &path, const QByteArray &passphrase, bool overwrite) const
{
    if (!d)
        return fail(QStringLiteral("no key to save"), QStringLiteral("key"));
    if (!overwrite && QFileInfo::exists(path))
        return fail(
            QStringLiteral("%1 already exists; refusing to overwrite a key (use --force to replace it)")
                .arg(path),
            QStringLiteral("exists"));
    const QByteArray pem = toPem(passphrase);
    if (pem.isEmpty())
        return fail(QStringLiteral("OpenSSL could not write the private key"), QStringLiteral("key"));
    return writeFileAtomic(path, pem, true);
}

QByteArray Ed25519PrivateKey::sign(QByteArrayView message) const
{
    if (!d)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray sig(Ed25519PublicKey::kSignatureSize, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, d->pkey) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          dataOrEmpty(message), size_t(message.size()))
            != 1
        || len != size_t(sig.size())) {
        ERR_clear_error();
        return {};
    }
    return sig;
}

} // namespace sg::crypto
