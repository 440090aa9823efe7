// MarketTokenService: API key -> token, every refusal with its reason code, maxSpend holds,
// and signing keys persisted in the home with rotation.

#include "common/clock.h"
#include "market/market.h"
#include "marketfixtures.h"
#include "storefixture.h"
#include "token/verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace sg;
using namespace sg::market;
using namespace sg::test;

class TestTokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void issueAndVerify();
    void refusals();
    void licenseExpiry();
    void maxSpendHold();
    void scopedShards();
    void signingKeysPersistAndRotate();
    void issueFromManyThreads();

private:
    Result<IssuedAccess> issue(TokenRequest r)
    {
        auto service = m_market->tokens();
        if (!service)
            return service.error();
        return (*service)->issue(r);
    }
    TokenRequest request(const QString &manifest = {})
    {
        TokenRequest r;
        r.apiKey = m_apiKey;
        r.manifest = manifest.isEmpty() ? m_dataset.cid : manifest;
        return r;
    }
    std::unique_ptr<Market> reopen()
    {
        MarketOptions o = test::marketOptions(m_tmp->path());
        o.clock = &m_clock;
        auto m = Market::open(o);
        return m.ok() ? std::move(*m) : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    ManualClock m_clock;
    std::unique_ptr<Market> m_market;
    crypto::Ed25519PrivateKey m_creator = crypto::Ed25519PrivateKey::generate();
    packaging::Manifest m_manifest;
    DatasetEntry m_dataset;
    QString m_apiKey;
};

void TestTokenService::initTestCase()
{
    SG_STORE_INIT();
    qInfo("store backend: %s", ::sg::test::storeBackendName());
}

void TestTokenService::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.setSecs(1767225600);
    m_market = reopen();
    QVERIFY(m_market);
    m_manifest = makeManifest({}, m_creator);
    auto e = m_market->catalog().publish(m_manifest.canonicalBytes());
    QVERIFY2(e.ok(), qPrintable(e.errorString()));
    m_dataset = *e;
    auto a = m_market->accounts().create(QStringLiteral("buyer-42"), 10 * kMicrosPerUnit);
    QVERIFY(a.ok());
    m_apiKey = a->apiKey;
}

void TestTokenService::cleanup()
{
    m_market.reset();
    m_tmp.reset();
}

void TestTokenService::issueAndVerify()
{
    TokenRequest r = request();
    r.ttlSecs = 120;
    r.job = QStringLiteral("job-7");
    r.uses = { QStringLiteral("train") };
    r.maxBytes = 1 << 20;
    r.maxRequests = 50;
    auto issued = issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
    QCOMPARE(issued->expiresAt, m_clock.nowSecs() + 120);

    // Verify as the edge does: a verify-only keyring built from the published JWKS.
    auto ring = m_market->keyring();
    QVERIFY(ring.ok());
    auto jwksRing = token::TokenKeyring::fromJwks((*ring)->jwks(m_clock.nowSecs()));
    QVERIFY2(jwksRing.ok(), qPrintable(jwksRing.errorString()));
    token::TokenVerifier verifier(*jwksRing, &m_clock, { kDefaultTokenIssuer, kDefaultTokenAudience });
    auto claims = verifier.verify(issued->token.toLatin1());
    QVERIFY2(claims.ok(), qPrintable(claims.errorString()));
    QCOMPARE(claims->sub, QStringLiteral("buyer-42"));
    QCOMPARE(claims->mf, m_dataset.cid);
    QCOMPARE(claims->lic, m_dataset.licenseHash);
    QCOMPARE(claims->job, QStringLiteral("job-7"));
    QCOMPARE(claims->uses, QStringList { QStringLiteral("train") });
    QCOMPARE(claims->maxBytes, qint64(1 << 20));
    QCOMPARE(claims->maxRequests, 50);
    QCOMPARE(claims->exp - claims->iat, 120);
    QVERIFY(!claims->jti.isEmpty());

    // The shared policy allows an access with these claims, and the edge's price is known.
    auto pc = toPolicyClaims(*claims);
    QVERIFY(pc.ok());
    license::PolicyInput in;
    in.claims = *pc;
    in.license = *license::License::fromJsonText(m_dataset.licenseJson);
    in.licenseHash = m_dataset.licenseHash;
    in.manifestCid = m_dataset.cid;
    in.now = m_clock.nowSecs() + 10;
    in.request.shard = m_manifest.shards.first().cid.toString();
    in.request.bytes = m_manifest.shards.first().size;
    in.request.use = license::Use::Train;
    QCOMPARE(license::evaluate(in).reason, QStringLiteral("ok"));
    // ... and denies what the token does not cover.
    in.request.use = license::Use::Evaluate;
    QCOMPARE(license::evaluate(in).reason, QStringLiteral("use_not_in_token"));
    // Two tokens never share a jti.
    QVERIFY(issue(request())->claims.jti != claims->jti);
}

void TestTokenService::refusals()
{
    auto code = [&](const TokenRequest &r) { return issue(r).errorCode(); };

    TokenRequest r = request();
    r.apiKey = QStringLiteral("sgk_") + QString(43, QLatin1Char('x'));
    QCOMPARE(code(r), AccountErrors::kBadKey);
    r.apiKey = QStringLiteral("' OR 1=1 --");
    QCOMPARE(code(r), AccountErrors::kBadKey);

    QCOMPARE(code(request(QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae"))),
             CatalogErrors::kNotFound);
    QCOMPARE(code(request(QStringLiteral("voices@2099"))), CatalogErrors::kNotFound);
    QVERIFY(issue(request(QStringLiteral("voices@2026-01-10"))).ok());

    r = request();
    r.ttlSecs = 3601;
    QCOMPARE(code(r), QStringLiteral("invalid_request"));
    r = request();
    r.job = QStringLiteral("job with spaces");
    QCOMPARE(code(r), QStringLiteral("invalid_request"));
    r = request();
    r.uses = { QStringLiteral("commercial") };
    QCOMPARE(code(r), QStringLiteral("use_not_allowed"));
    r.uses = { QStringLiteral("world-domination") };
    QCOMPARE(code(r), QStringLiteral("invalid_request"));

    // No credits, no token.
    auto broke = m_market->accounts().create(QStringLiteral("broke"), 0);
    QVERIFY(broke.ok());
    r = request();
    r.apiKey = broke->apiKey;
    QCOMPARE(code(r), AccountErrors::kInsufficient);

    // Revocations of each kind the issuer checks.
    auto op = m_market->operatorKey(true);
    QVERIFY(op.ok());
    const qint64 now = m_clock.nowSecs();
    QVERIFY(m_market->revocations()
                .add(*Revocation::create(RevocationKind::Buyer, QStringLiteral("buyer-42"), {}, now, *op))
                .ok());
    QCOMPARE(code(request()), QStringLiteral("revoked_buyer"));
    auto other = m_market->accounts().create(QStringLiteral("other"), kMicrosPerUnit);
    r = request();
    r.apiKey = other->apiKey;
    QVERIFY(issue(r).ok());
    QVERIFY(m_market->revocations()
                .add(*Revocation::create(RevocationKind::License, m_dataset.licenseHash, {}, now, m_creator))
                .ok());
    QCOMPARE(code(r), QStringLiteral("revoked_license"));
    QVERIFY(m_market->revocations()
                .add(*Revocation::create(RevocationKind::Manifest, m_dataset.cid, {}, now, m_creator))
                .ok());
    QCOMPARE(code(r), QStringLiteral("revoked_manifest"));
}

void TestTokenService::licenseExpiry()
{
    ManifestSpec s;
    s.dataset = QStringLiteral("expiring");
    s.license = defaultLicense();
    s.license[QStringLiteral("validUntil")] = QStringLiteral("2026-02-01T00:00:00Z");
    auto e = m_market->catalog().publish(signedManifestBytes(s, m_creator));
    QVERIFY2(e.ok(), qPrintable(e.errorString()));
    QVERIFY(issue(request(e->cid)).ok());
    m_clock.setSecs(1769904000); // 2026-02-01T00:00:00Z
    QCOMPARE(issue(request(e->cid)).errorCode(), QStringLiteral("license_expired"));
}

void TestTokenService::maxSpendHold()
{
    TokenRequest r = request();
    r.job = QStringLiteral("batch-1");
    r.maxSpend = 4 * kMicrosPerUnit;
    auto issued = issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
    QCOMPARE(issued->claims.maxSpend, 4 * kMicrosPerUnit);
    QCOMPARE(issued->claims.maxSpendCurrency, QStringLiteral("USD"));
    QCOMPARE(issued->account.held, 4 * kMicrosPerUnit);
    auto hold = m_market->accounts().hold(QStringLiteral("buyer-42"), QStringLiteral("batch-1"));
    QVERIFY(hold.ok() && hold->open);
    QCOMPARE(hold->expiresAt, issued->expiresAt + 60);

    // A refresh of the same job reserves nothing more.
    QVERIFY(issue(r).ok());
    QCOMPARE(m_market->accounts().get(QStringLiteral("buyer-42"))->held, 4 * kMicrosPerUnit);
    // Another job cannot reserve more than what is left.
    r.job = QStringLiteral("batch-2");
    r.maxSpend = 7 * kMicrosPerUnit;
    QCOMPARE(issue(r).errorCode(), AccountErrors::kInsufficient);
    QCOMPARE(m_market->accounts().get(QStringLiteral("buyer-42"))->held, 4 * kMicrosPerUnit);
    // Without a job the token is its own job: the hold is keyed by its jti.
    r.job.clear();
    r.maxSpend = kMicrosPerUnit;
    auto own = issue(r);
    QVERIFY(own.ok());
    QVERIFY(m_market->accounts().hold(QStringLiteral("buyer-42"), own->claims.jti)->open);
}

void TestTokenService::scopedShards()
{
    TokenRequest r = request();
    r.shards = QStringList { m_manifest.shards.at(1).cid.toString() };
    auto issued = issue(r);
    QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
    QCOMPARE(issued->claims.shards, *r.shards);
    r.shards = QStringList { QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae") };
    QCOMPARE(issue(r).errorCode(), QStringLiteral("shard_not_in_manifest"));
    r.shards = QStringList();
    QCOMPARE(issue(r).errorCode(), QStringLiteral("invalid_request"));
}

void TestTokenService::signingKeysPersistAndRotate()
{
    auto first = issue(request());
    QVERIFY(first.ok());
    const QString keysDir = m_tmp->filePath(QStringLiteral("keys"));
    QCOMPARE(TokenKeyStore::keyFiles(keysDir).size(), 1);
    const QString keyPath = keysDir + QLatin1Char('/') + TokenKeyStore::keyFiles(keysDir).first();
    QCOMPARE(QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QString kid1 = (*m_market->keyring())->activeKid();

    // Another process on the same home signs with the same key.
    auto second = reopen();
    QVERIFY(second);
    QCOMPARE((*second->keyring())->activeKid(), kid1);

    // Rotation: new tokens use the new key; the old key keeps verifying its tokens.
    m_clock.advanceSecs(30);
    auto kid2 = m_market->rotateSigningKey();
    QVERIFY2(kid2.ok(), qPrintable(kid2.errorString()));
    QVERIFY(*kid2 != kid1);
    auto after = issue(request());
    QVERIFY(after.ok());
    auto third = reopen();
    QVERIFY(third);
    auto ring = third->keyring();
    QVERIFY(ring.ok());
    QCOMPARE((*ring)->activeKid(), *kid2);
    QCOMPARE((*ring)->jwks(m_clock.nowSecs()).value(QStringLiteral("keys")).toArray().size(), 2);
    token::TokenVerifier verifier(*ring, &m_clock, { kDefaultTokenIssuer, kDefaultTokenAudience });
    QVERIFY2(verifier.verify(first->token.toLatin1()).ok(), "a token of the retired key must still verify");
    QVERIFY(verifier.verify(after->token.toLatin1()).ok());

    // Once every token of the old key has expired, a fresh load no longer trusts it.
    m_clock.advanceSecs(3600 + 60 + 1);
    auto later = reopen();
    auto laterRing = later->keyring();
    QVERIFY(laterRing.ok());
    QCOMPARE((*laterRing)->jwks(m_clock.nowSecs()).value(QStringLiteral("keys")).toArray().size(), 1);
    QVERIFY(!(*laterRing)->find(kid1, m_clock.nowSecs()).has_value());
}

void TestTokenService::issueFromManyThreads()
{
    // The first use of the token service may come from any worker thread at once: one
    // signing key is created, every token verifies, each thread on its own connection.
    std::atomic<int> ok { 0 };
    QStringList errors;
    QMutex mutex;
    QList<QThread *> threads;
    for (int t = 0; t < 6; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 5; ++i) {
                auto r = issue(request());
                if (r.ok()) {
                    ++ok;
                } else {
                    QMutexLocker lock(&mutex);
                    errors << r.errorString();
                }
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(ok.load(), 30);
    QCOMPARE(TokenKeyStore::keyFiles(m_tmp->filePath(QStringLiteral("keys"))).size(), 1);
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
