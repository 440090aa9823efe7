#include "verifier.h"

#include "crypto/encoding.h"
#include "jws_p.h"

#include <QJsonArray>

#include <array>
#include <openssl/evp.h>

namespace sg::token {

namespace {

// Header parameters that point at or carry keys: an access token never chooses its own key.
const char *const kUntrustedHeaders[] = { "jku", "x5u", "x5c", "x5t", "x5t#S256", "jwk", "zip", "enc" };

bool typAllowed(const QString &typ)
{
    // RFC 7515 §4.1.9: compared case-insensitively, "application/" may be omitted.
    const QString t = typ.toLower();
    return t == QLatin1String("jwt") || t == QLatin1String("application/jwt") || t == QLatin1String("at+jwt")
        || t == QLatin1String("application/at+jwt");
}

// The header rules (RFC 8725): alg pinned, explicit typ, no crit, no key-carrying
// parameters, kid present. Returns the kid.
Result<QString> checkHeader(QByteArrayView segment)
{
    auto header = detail::decodeJsonSegment(segment, "token header");
    if (!header)
        return header.error();

    // alg is pinned by us; the token's value is only compared.
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (!alg.isString() || alg.toString() != QLatin1String("EdDSA"))
        return tokenError(Reason::Alg,
                          QStringLiteral("token alg %1 is not allowed; only EdDSA is accepted")
                              .arg(alg.isString() ? QLatin1Char('"') + alg.toString() + QLatin1Char('"')
                                                  : QStringLiteral("(missing)")));
    const QJsonValue typ = header->value(QStringLiteral("typ"));
    if (!typ.isString() || !typAllowed(typ.toString()))
        return tokenError(Reason::Typ,
                          QStringLiteral("token typ %1 is not an access token type (\"JWT\" or \"at+jwt\")")
                              .arg(typ.isString() ? QLatin1Char('"') + typ.toString() + QLatin1Char('"')
                                                  : QStringLiteral("(missing)")));
    if (header->contains(QStringLiteral("crit")))
        return tokenError(Reason::Crit,
                          QStringLiteral("token header lists critical extensions (crit) this verifier "
                                         "does not understand"));
    for (const char *name : kUntrustedHeaders) {
        if (header->contains(QLatin1String(name)))
            return tokenError(Reason::Header,
                              QStringLiteral("token header carries \"%1\"; keys are never taken from "
                                             "a token")
                                  .arg(QLatin1String(name)));
    }
    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!kid.isString() || kid.toString().isEmpty())
        return tokenError(Reason::Kid, QStringLiteral("token header has no kid"));
    return kid.toString();
}

} // namespace

TokenVerifier::TokenVerifier(std::shared_ptr<const TokenKeyring> keyring, const Clock *clock,
                             VerifierOptions options)
    : m_keyring(std::move(keyring)), m_clock(clock), m_options(std::move(options)),
      m_cache(std::make_unique<VerificationCache>(m_options.cacheCapacity))
{
    m_options.clockSkewSecs = qBound(qint64(0), m_options.clockSkewSecs, kMaxClockSkewSecs);
}

TokenVerifier::~TokenVerifier() = default;

namespace {

// SHA-256 into out[32] with one digest context per thread (no allocation and no algorithm
// fetch per call).
bool sha256Into(QByteArrayView data, unsigned char *out)
{
    struct Ctx
    {
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Ctx()
        {
            EVP_MD_CTX_free(ctx);
            EVP_MD_free(md);
        }
    };
    thread_local Ctx c;
    unsigned int len = 0;
    static const char empty = 0;
    return c.md && c.ctx && EVP_DigestInit_ex(c.ctx, c.md, nullptr) == 1
        && EVP_DigestUpdate(c.ctx, data.isEmpty() ? &empty : data.data(), size_t(data.size())) == 1
        && EVP_DigestFinal_ex(c.ctx, out, &len) == 1 && len == 32;
}

// Tokens from one signing key share their header segment byte for byte, so a header that
// passed the checks once is remembered (per thread, a few entries) with its kid. Only the
// header rules are skipped; the kid lookup, signature and claims run every time.
class HeaderMemo
{
public:
    const QString *find(QByteArrayView segment) const
    {
        for (const Entry &e : m_entries) {
            if (!e.segment.isEmpty() && e.segment == segment)
                return &e.kid;
        }
        return nullptr;
    }
    void insert(QByteArrayView segment, const QString &kid)
    {
        if (segment.size() > 1024)
            return;
        m_entries[m_next] = Entry { segment.toByteArray(), kid };
        m_next = (m_next + 1) % m_entries.size();
    }

private:
    struct Entry
    {
        QByteArray segment;
        QString kid;
    };
    std::array<Entry, 8> m_entries;
    size_t m_next = 0;
};

thread_local HeaderMemo t_headers;

} // namespace

QByteArray TokenVerifier::cacheKey(QByteArrayView token)
{
    QByteArray out(32, Qt::Uninitialized);
    if (!sha256Into(token, reinterpret_cast<unsigned char *>(out.data())))
        return {};
    return out;
}

Result<TokenClaims> TokenVerifier::verify(QByteArrayView token) const
{
    auto shared = verifyShared(token);
    if (!shared)
        return shared.error();
    return **shared;
}

Result<std::shared_ptr<const TokenClaims>> TokenVerifier::verifyShared(QByteArrayView token) const
{
    // The size rule comes before hashing, so an 8 MiB header costs nothing.
    if (token.size() > kMaxTokenBytes)
        return tokenError(Reason::Oversize,
                          QStringLiteral("token is %1 bytes; more than the %2-byte limit")
                              .arg(token.size())
                              .arg(kMaxTokenBytes));
    const qint64 now = m_clock->nowSecs();
    const quint64 generation = m_keyring ? m_keyring->generation() : 0;
    const bool useCache = m_options.cacheCapacity > 0;
    if (useCache) {
        // The entry lives from nbf - skew until exp + skew (both checked by the cache).
        if (auto hit = m_cache->find(token, now, generation))
            return hit;
    }
    auto verified = verifyFull(token, now);
    if (!verified)
        return verified;
    if (useCache) {
        const TokenClaims &c = **verified;
        m_cache->insert(token, *verified, c.exp + m_options.clockSkewSecs, generation,
                        c.nbf != 0 ? c.nbf - m_options.clockSkewSecs : 0);
    }
    return verified;
}

Result<TokenClaims> TokenVerifier::verifyUncached(QByteArrayView token) const
{
    auto verified = verifyFull(token, m_clock->nowSecs());
    if (!verified)
        return verified.error();
    return **verified;
}

Result<std::shared_ptr<const TokenClaims>> TokenVerifier::verifyFull(QByteArrayView token, qint64 now) const
{
    auto parts = detail::splitCompact(token, kMaxTokenBytes, "token");
    if (!parts)
        return parts.error();

    QString kidText;
    if (const QString *memo = t_headers.find(parts->header)) {
        kidText = *memo;
    } else {
        auto checked = checkHeader(parts->header);
        if (!checked)
            return checked.error();
        kidText = *checked;
        t_headers.insert(parts->header, kidText);
    }
    const auto publicKey = m_keyring ? m_keyring->find(kidText, now) : std::nullopt;
    if (!publicKey)
        return tokenError(Reason::Kid,
                          QStringLiteral("token kid is not a trusted signing key (unknown or retired)"));

    const auto signature = crypto::base64UrlDecode(parts->signature);
    if (!signature)
        return tokenError(Reason::Malformed,
                          QStringLiteral("token signature: %1").arg(signature.errorString()));
    if (signature->size() != crypto::Ed25519PublicKey::kSignatureSize)
        return tokenError(Reason::Signature,
                          QStringLiteral("token signature is %1 bytes, not 64").arg(signature->size()));
    if (!publicKey->verify(parts->signingInput, *signature))
        return tokenError(Reason::Signature, QStringLiteral("token signature does not verify"));

    // Only signed bytes are parsed from here on.
    auto payload = detail::decodeJsonSegment(parts->payload, "token payload");
    if (!payload)
        return payload.error();
    auto claims = TokenClaims::fromJson(*payload);
    if (!claims)
        return claims.error();

    const char *missing = nullptr;
    if (claims->exp == 0)
        missing = "exp";
    else if (claims->sub.isEmpty())
        missing = "sub";
    else if (claims->jti.isEmpty())
        missing = "jti";
    else if (claims->iss.isEmpty())
        missing = "iss";
    else if (claims->aud.isEmpty())
        missing = "aud";
    if (missing)
        return tokenError(Reason::Claims,
                          QStringLiteral("token has no \"%1\" claim").arg(QLatin1String(missing)));
    if (claims->iss != m_options.issuer)
        return tokenError(
            Reason::Issuer,
            QStringLiteral("token issuer \"%1\" is not \"%2\"").arg(claims->iss, m_options.issuer));
    if (!claims->hasAudience(m_options.audience))
        return tokenError(Reason::Audience,
                          QStringLiteral("token is not for audience \"%1\"").arg(m_options.audience));
    SG_TRY(checkTimes(*claims, now));
    return std::make_shared<const TokenClaims>(std::move(*claims));
}

Status TokenVerifier::checkTimes(const TokenClaims &claims, qint64 now) const
{
    const qint64 skew = m_options.clockSkewSecs;
    if (now >= claims.exp + skew)
        return tokenError(Reason::Expired, QStringLiteral("token expired %1 s ago").arg(now - claims.exp));
    if (claims.nbf != 0 && now < claims.nbf - skew)
        return tokenError(Reason::NotYetValid,
                          QStringLiteral("token is not valid for another %1 s").arg(claims.nbf - now));
    if (claims.iat != 0 && claims.iat > now + skew)
        return tokenError(Reason::NotYetValid,
                          QStringLiteral("token was issued %1 s in the future").arg(claims.iat - now));
    const qint64 start = claims.iat != 0 ? claims.iat : (claims.nbf != 0 ? claims.nbf : now);
    if (claims.exp - start > m_options.maxLifetimeSecs)
        return tokenError(Reason::Claims,
                          QStringLiteral("token lifetime %1 s is longer than the %2 s allowed")
                              .arg(claims.exp - start)
                              .arg(m_options.maxLifetimeSecs));
    return {};
}

} // namespace sg::token
