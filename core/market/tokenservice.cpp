#include "tokenservice.h"

#include "common/logging.h"
#include "crypto/encoding.h"
#include "token/verifier.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <openssl/rand.h>

namespace sg::market {

namespace {

const QString kInvalid = QStringLiteral("invalid_request");

constexpr qint64 kRetiredKeyGraceSecs = TokenKeyStore::kRetiredKeyGraceSecs;

qint64 keyCreated(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^token-signing-([0-9]{1,19})\\.pem$"));
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QString newJti()
{
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return {};
    return QString::fromLatin1(
        crypto::base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(raw), 16)));
}

Result<QString> writeNewKey(const QString &keysDir, const Clock *clock, crypto::Ed25519PrivateKey *out)
{
    if (!QDir().mkpath(keysDir))
        return fail(QStringLiteral("cannot create folder %1").arg(keysDir), QStringLiteral("io"));
    QFile::setPermissions(keysDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Names sort by creation time; a newer key never gets an older name.
    qint64 created = clock->nowSecs();
    const QStringList existing = TokenKeyStore::keyFiles(keysDir);
    if (!existing.isEmpty())
        created = qMax(created, keyCreated(existing.last()) + 1);
    const QString path
        = QStringLiteral("%1/token-signing-%2.pem").arg(keysDir).arg(created, 12, 10, QLatin1Char('0'));
    const auto key = crypto::Ed25519PrivateKey::generate();
    SG_TRY(key.saveFile(path));
    *out = key;
    return path;
}

} // namespace

Result<license::PolicyClaims> toPolicyClaims(const token::TokenClaims &c)
{
    license::PolicyClaims p;
    p.sub = c.sub;
    p.jti = c.jti;
    p.manifest = c.mf;
    p.licenseHash = c.lic;
    p.job = c.job;
    if (!c.shards.isEmpty())
        p.shards = c.shards;
    for (const QString &name : c.uses) {
        const auto use = license::parseUse(name);
        if (!use)
            return fail(QStringLiteral("the token names an unknown use '%1'").arg(name.left(40)), kInvalid);
        p.uses << *use;
    }
    p.iat = c.iat;
    if (c.nbf)
        p.nbf = c.nbf;
    p.exp = c.exp;
    if (c.maxBytes != token::TokenClaims::kUnlimited)
        p.maxBytes = c.maxBytes;
    if (c.maxRequests != token::TokenClaims::kUnlimited)
        p.maxRequests = c.maxRequests;
    if (c.maxSpend != token::TokenClaims::kUnlimited) {
        if (c.maxSpendCurrency.isEmpty())
            return fail(QStringLiteral("the token's maxSpend has no currency"), kInvalid);
        p.maxSpend = Price { c.maxSpend, c.maxSpendCurrency };
    }
    return p;
}

QStringList TokenKeyStore::keyFiles(const QString &keysDir)
{
    QStringList out;
    const QStringList names = QDir(keysDir).entryList({ QStringLiteral("token-signing-*.pem") }, QDir::Files);
    for (const QString &n : names) {
        if (keyCreated(n) >= 0)
            out << n;
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return keyCreated(a) < keyCreated(b); });
    return out;
}

Result<std::shared_ptr<token::TokenKeyring>> TokenKeyStore::load(const QString &keysDir, const Clock *clock,
                                                                 bool createIfMissing)
{
    QStringList files = keyFiles(keysDir);
    if (files.isEmpty()) {
        if (!createIfMissing)
            return fail(QStringLiteral("no token signing key in %1 (token-signing-*.pem)").arg(keysDir),
                        QStringLiteral("no_key"));
        crypto::Ed25519PrivateKey key;
        auto path = writeNewKey(keysDir, clock, &key);
        if (!path) {
            // Another process may have created it at the same moment: use theirs.
            files = keyFiles(keysDir);
            if (files.isEmpty())
                return path.error();
        } else {
            qCDebug(lcMarket, "created token signing key %s", qPrintable(*path));
            files = keyFiles(keysDir);
        }
    }
    const QString activePath = keysDir + QLatin1Char('/') + files.last();
    auto active = crypto::Ed25519PrivateKey::loadFile(activePath);
    if (!active)
        return fail(QStringLiteral("token signing key %1: %2").arg(activePath, active.errorString()),
                    QStringLiteral("no_key"));
    auto keyring = std::make_shared<token::TokenKeyring>(*active);
    const qint64 now = clock->nowSecs();
    for (int i = 0; i + 1 < files.size(); ++i) {
        const qint64 validUntil = keyCreated(files.at(i + 1)) + kRetiredKeyGraceSecs;
        if (validUntil <= now)
            continue; // every token it signed has expired
        const QString path = keysDir + QLatin1Char('/') + files.at(i);
        auto old = crypto::Ed25519PrivateKey::loadFile(path);
        if (!old)
            return fail(QStringLiteral("token signing key %1: %2").arg(path, old.errorString()),
                        QStringLiteral("no_key"));
        keyring->addPublicKey(old->publicKey(), validUntil);
    }
    return keyring;
}

Result<QString> TokenKeyStore::rotate(const QString &keysDir, token::TokenKeyring &keyring,
                                      const Clock *clock)
{
    crypto::Ed25519PrivateKey key;
    auto path = writeNewKey(keysDir, clock, &key);
    if (!path)
        return path.error();
    keyring.rotate(key, clock->nowSecs() + kRetiredKeyGraceSecs);
    qCDebug(lcMarket, "rotated token signing key; new key %s", qPrintable(*path));
    return keyring.activeKid();
}

MarketTokenService::MarketTokenService(std::shared_ptr<Accounts> accounts, std::shared_ptr<Catalog> catalog,
                                       std::shared_ptr<Revocations> revocations,
                                       std::shared_ptr<token::TokenIssuer> issuer, const Clock *clock)
    : m_accounts(std::move(accounts)), m_catalog(std::move(catalog)), m_revocations(std::move(revocations)),
      m_issuer(std::move(issuer)), m_clock(clock)
{ }

Result<IssuedAccess> MarketTokenService::issue(const TokenRequest &req) const
{
    const qint64 ttl = req.ttlSecs == 0 ? m_issuer->defaultTtl() : req.ttlSecs;
    if (ttl < 1 || ttl > token::TokenIssuer::kMaxTtlSecs)
        return fail(QStringLiteral("ttl must be 1 to %1 seconds").arg(token::TokenIssuer::kMaxTtlSecs),
                    kInvalid);
    if (!req.job.isEmpty()) {
        if (auto s = validateJobId(req.job); !s)
            return fail(s.errorString(), kInvalid);
    }
    for (const auto *cap : { &req.maxBytes, &req.maxRequests, &req.maxSpend }) {
        if (*cap && **cap < 0)
            return fail(QStringLiteral("caps must not be negative"), kInvalid);
    }

    auto account = m_accounts->authenticate(req.apiKey);
    if (!account)
        return account.error();
    if (account->available() <= 0)
        return fail(QStringLiteral("buyer '%1' has no credits left (%2 %3 available); top up the account")
                        .arg(account->id, formatMoney(account->available()), account->currency),
                    AccountErrors::kInsufficient);

    auto dataset = m_catalog->resolve(req.manifest);
    if (!dataset)
        return dataset.error();
    auto lic = license::License::fromJsonText(dataset->licenseJson);
    if (!lic)
        return fail(QStringLiteral("the published license of %1 does not parse: %2")
                        .arg(dataset->cid, lic.errorString()),
                    QStringLiteral("license"));

    token::TokenClaims claims;
    claims.sub = account->id;
    claims.mf = dataset->cid;
    claims.lic = dataset->licenseHash;
    claims.jti = newJti();
    if (claims.jti.isEmpty())
        return fail(QStringLiteral("the system random generator failed"));
    claims.job = req.job;
    if (req.shards) {
        if (req.shards->isEmpty())
            return fail(
                QStringLiteral("an explicit shard list must not be empty (leave it out for all shards)"),
                kInvalid);
        for (const QString &s : *req.shards) {
            auto size = m_catalog->shardSize(dataset->cid, s);
            if (!size)
                return size.error();
            if (!*size)
                return fail(
                    QStringLiteral("shard %1 is not part of manifest %2").arg(s.left(80), dataset->cid),
                    QStringLiteral("shard_not_in_manifest"));
        }
        claims.shards = *req.shards;
    }
    claims.uses = req.uses;
    if (req.maxBytes)
        claims.maxBytes = *req.maxBytes;
    if (req.maxRequests)
        claims.maxRequests = *req.maxRequests;
    if (req.maxSpend) {
        claims.maxSpend = *req.maxSpend;
        claims.maxSpendCurrency = dataset->pricePerAccess.currency;
    }
    claims.cnfJkt = req.cnfJkt;

    // The shared policy decides, exactly as the edge will on every request. The issuer
    // fills in iat, nbf and exp itself; the policy sees the same values.
    const qint64 now = m_clock->nowSecs();
    token::TokenClaims timed = claims;
    timed.iat = now;
    timed.nbf = now;
    timed.exp = now + ttl;
    auto pc = toPolicyClaims(timed);
    if (!pc)
        return pc.error();
    license::PolicyInput in;
    in.claims = *pc;
    in.license = *lic;
    in.licenseHash = dataset->licenseHash;
    in.manifestCid = dataset->cid;
    in.now = now;
    in.request.kind = license::RequestKind::Issue;
    const auto snap = m_revocations->snapshot();
    in.revoked.buyer = snap->contains(RevocationKind::Buyer, account->id);
    in.revoked.manifest = snap->contains(RevocationKind::Manifest, dataset->cid);
    in.revoked.license = snap->contains(RevocationKind::License, dataset->licenseHash);
    const license::Decision decision = license::evaluate(in);
    if (!decision.allowed)
        return fail(decision.message, decision.reason);
    if (account->currency != dataset->pricePerAccess.currency)
        return fail(QStringLiteral("the dataset is priced in %1 but buyer '%2' holds %3")
                        .arg(dataset->pricePerAccess.currency, account->id, account->currency),
                    AccountErrors::kCurrency);

    Account after = *account;
    const QString jobKey = claims.job.isEmpty() ? claims.jti : claims.job;
    if (req.maxSpend) {
        auto hold = m_accounts->placeHold(account->id, jobKey, *req.maxSpend,
                                          timed.exp + token::TokenVerifier::kMaxClockSkewSecs);
        if (!hold)
            return hold.error();
    }
    auto issued = m_issuer->issue(claims, ttl);
    if (!issued) {
        if (req.maxSpend)
            (void)m_accounts->releaseHold(account->id, jobKey);
        return issued.error();
    }
    if (req.maxSpend) {
        auto refreshed = m_accounts->get(account->id);
        if (refreshed)
            after = *refreshed;
    }
    qCDebug(lcMarket, "issued token %s for buyer %s on %s (exp %s)", qPrintable(issued->claims.jti),
            qPrintable(account->id), qPrintable(dataset->cid), qPrintable(formatUtc(issued->claims.exp)));
    IssuedAccess out;
    out.token = issued->token;
    out.expiresAt = issued->claims.exp;
    out.claims = issued->claims;
    out.dataset = *dataset;
    out.account = after;
    return out;
}

} // namespace sg::market
