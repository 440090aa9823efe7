// The access policy (license/policy.h): one row per rule, each row a change to an allowed
// baseline and the decision it must produce.

#include "license/policy.h"

#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace sg;
using namespace sg::license;

using Mutator = std::function<void(PolicyInput &)>;
Q_DECLARE_METATYPE(Mutator)

namespace {

const qint64 kNow = 1767225700; // 2026-01-01T00:01:40Z
const QString kManifest = QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae");
const QString kShard = QStringLiteral("bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu");
const QString kOtherShard = QStringLiteral("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4");
const QString kOtherCid = QStringLiteral("bafkreicp2sx47qwvuddmkaxuuocqc52usqqjc5p2hlzysbellr6xiwvrdq");

License parseLicense(const char *json)
{
    auto lic = License::fromJsonText(QByteArray(json));
    if (!lic)
        qFatal("test license does not parse: %s", qPrintable(lic.errorString()));
    return *lic;
}

// train, evaluate, transform; 0.01 USD per access + 1.00 USD per GiB; valid until 2026-06-01.
License baseLicense()
{
    return parseLicense(R"({"id": "lic-1", "spdx": "CC-BY-4.0",
        "uses": ["train", "evaluate", "transform"],
        "pricePerAccess": {"amount": "0.01", "currency": "USD"},
        "pricePerGiB": {"amount": "1.00", "currency": "USD"},
        "validUntil": "2026-06-01T00:00:00Z"})");
}

License allUsesLicense()
{
    return parseLicense(R"({"id": "lic-all", "spdx": "MIT",
        "uses": ["train", "finetune", "evaluate", "transform", "redistribute", "commercial"],
        "pricePerAccess": {"amount": "0", "currency": "USD"}})");
}

PolicyInput baseline()
{
    PolicyInput in;
    in.license = baseLicense();
    in.licenseHash = in.license.hash().toString();
    in.manifestCid = kManifest;
    in.now = kNow;
    in.claims.sub = QStringLiteral("buyer-42");
    in.claims.jti = QStringLiteral("tok-0001");
    in.claims.manifest = kManifest;
    in.claims.licenseHash = in.licenseHash;
    in.claims.iat = kNow - 100;
    in.claims.nbf = kNow - 100;
    in.claims.exp = kNow + 200;
    in.request.kind = RequestKind::Access;
    in.request.shard = kShard;
    in.request.bytes = 65536;
    in.request.charge = 10000;
    return in;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void isPure();
    void accessCharge_data();
    void accessCharge();
    void accessChargeOverflow();
    void httpStatus_data();
    void httpStatus();
};

void TestPolicy::decisions_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("reason");

    auto row = [](const char *name, Mutator m, const char *reason) {
        QTest::newRow(name) << m << QString::fromLatin1(reason);
    };
    row(
        "baseline", [](PolicyInput &) {}, "ok");

    // Every use, declared by the request, against a license allowing train/evaluate/transform.
    const struct
    {
        Use use;
        const char *reason;
    } uses[] = { { Use::Train, "ok" },
                 { Use::Finetune, "use_not_allowed" },
                 { Use::Evaluate, "ok" },
                 { Use::Transform, "ok" },
                 { Use::Redistribute, "use_not_allowed" },
                 { Use::Commercial, "use_not_allowed" } };
    for (const auto &u : uses) {
        const QByteArray name = "request use " + useName(u.use).toLatin1();
        const Use use = u.use;
        QTest::newRow(name.constData())
            << Mutator([use](PolicyInput &in) { in.request.use = use; }) << QString::fromLatin1(u.reason);
        const QByteArray tokenName = "token use " + useName(u.use).toLatin1();
        QTest::newRow(tokenName.constData())
            << Mutator([use](PolicyInput &in) { in.claims.uses = { use }; }) << QString::fromLatin1(u.reason);
    }
    // Every use against a license that allows all of them.
    for (Use use : allUses()) {
        const QByteArray name = "all-uses license " + useName(use).toLatin1();
        QTest::newRow(name.constData()) << Mutator([use](PolicyInput &in) {
            in.license = allUsesLicense();
            in.licenseHash = in.license.hash().toString();
            in.claims.licenseHash = in.licenseHash;
            in.request.use = use;
            in.claims.uses = { use };
        }) << QStringLiteral("ok");
    }
    row(
        "token lists an allowed and a forbidden use",
        [](PolicyInput &in) {
            in.claims.uses = { Use::Train, Use::Commercial };
        },
        "use_not_allowed");
    row(
        "request use outside the token's uses",
        [](PolicyInput &in) {
            in.claims.uses = { Use::Train };
            in.request.use = Use::Evaluate;
        },
        "use_not_in_token");
    row(
        "request use inside the token's uses",
        [](PolicyInput &in) {
            in.claims.uses = { Use::Train, Use::Evaluate };
            in.request.use = Use::Evaluate;
        },
        "ok");
    row(
        "license allows nothing",
        [](PolicyInput &in) {
            in.license.uses.clear();
            in.licenseHash = in.license.hash().toString();
            in.claims.licenseHash = in.licenseHash;
        },
        "use_not_allowed");

    // License expiry: valid until the instant validUntil names (no skew: it is a legal term).
    const qint64 validUntil = 1780272000; // 2026-06-01T00:00:00Z
    row(
        "license one second before validUntil",
        [=](PolicyInput &in) {
            in.now = validUntil - 1;
            in.claims.exp = validUntil + 100;
        },
        "ok");
    row(
        "license at validUntil",
        [=](PolicyInput &in) {
            in.now = validUntil;
            in.claims.exp = validUntil + 100;
        },
        "license_expired");
    row(
        "license long expired",
        [=](PolicyInput &in) {
            in.now = validUntil + 86400 * 365;
            in.claims.exp = in.now + 100;
        },
        "license_expired");
    row(
        "license without validUntil never expires",
        [](PolicyInput &in) {
            in.license.validUntil.reset();
            in.licenseHash = in.license.hash().toString();
            in.claims.licenseHash = in.licenseHash;
            in.now = 4102444800; // 2100
            in.claims.exp = in.now + 100;
        },
        "ok");

    // Token lifetime: nbf - skew <= now < exp + skew.
    row(
        "token at exp within skew", [](PolicyInput &in) { in.now = in.claims.exp + 59; }, "ok");
    row(
        "token at exp + skew", [](PolicyInput &in) { in.now = in.claims.exp + 60; }, "token_expired");
    row(
        "token at exp, no skew",
        [](PolicyInput &in) {
            in.clockSkew = 0;
            in.now = in.claims.exp;
        },
        "token_expired");
    row(
        "token one second before exp, no skew",
        [](PolicyInput &in) {
            in.clockSkew = 0;
            in.now = in.claims.exp - 1;
        },
        "ok");
    row(
        "token nbf in skew", [](PolicyInput &in) { in.claims.nbf = in.now + 60; }, "ok");
    row(
        "token nbf beyond skew", [](PolicyInput &in) { in.claims.nbf = in.now + 61; }, "token_not_yet_valid");
    row(
        "token without nbf", [](PolicyInput &in) { in.claims.nbf.reset(); }, "ok");

    // Revocation of each kind; it wins over everything else.
    row(
        "revoked jti", [](PolicyInput &in) { in.revoked.jti = true; }, "revoked_jti");
    row(
        "revoked buyer", [](PolicyInput &in) { in.revoked.buyer = true; }, "revoked_buyer");
    row(
        "revoked manifest", [](PolicyInput &in) { in.revoked.manifest = true; }, "revoked_manifest");
    row(
        "revoked license", [](PolicyInput &in) { in.revoked.license = true; }, "revoked_license");
    row(
        "revoked jti on an expired token",
        [](PolicyInput &in) {
            in.revoked.jti = true;
            in.now = in.claims.exp + 3600;
        },
        "revoked_jti");
    row(
        "revoked buyer with caps exceeded",
        [](PolicyInput &in) {
            in.revoked.buyer = true;
            in.claims.maxBytes = 1;
        },
        "revoked_buyer");

    // Binding to manifest and license.
    row(
        "token for another manifest", [](PolicyInput &in) { in.claims.manifest = kOtherCid; },
        "wrong_manifest");
    row(
        "token for another license", [](PolicyInput &in) { in.claims.licenseHash = kOtherCid; },
        "wrong_license");

    // Shard scope.
    row(
        "shard not in the manifest", [](PolicyInput &in) { in.shardInManifest = false; },
        "shard_not_in_manifest");
    row(
        "shard in the token's list",
        [](PolicyInput &in) {
            in.claims.shards = QStringList { kOtherShard, kShard };
        },
        "ok");
    row(
        "shard outside the token's list",
        [](PolicyInput &in) { in.claims.shards = QStringList { kOtherShard }; }, "shard_not_in_scope");
    row(
        "token with an empty shard list", [](PolicyInput &in) { in.claims.shards = QStringList(); },
        "shard_not_in_scope");
    row(
        "issue needs no shard",
        [](PolicyInput &in) {
            in.request = PolicyRequest { RequestKind::Issue, std::nullopt, QString(), 0, 0 };
            in.claims.shards = QStringList { kOtherShard };
        },
        "ok");
    row(
        "prefetch outside scope",
        [](PolicyInput &in) {
            in.request.kind = RequestKind::Prefetch;
            in.claims.shards = QStringList { kOtherShard };
        },
        "shard_not_in_scope");

    // Byte cap, counted over the job including this request.
    row(
        "bytes exactly at maxBytes",
        [](PolicyInput &in) {
            in.claims.maxBytes = 1000;
            in.usage.bytes = 900;
            in.request.bytes = 100;
        },
        "ok");
    row(
        "bytes one over maxBytes",
        [](PolicyInput &in) {
            in.claims.maxBytes = 1000;
            in.usage.bytes = 900;
            in.request.bytes = 101;
        },
        "max_bytes");
    row(
        "first request bigger than maxBytes",
        [](PolicyInput &in) {
            in.claims.maxBytes = 1000;
            in.request.bytes = 1001;
        },
        "max_bytes");

    // Request cap.
    row(
        "last allowed request",
        [](PolicyInput &in) {
            in.claims.maxRequests = 10;
            in.usage.requests = 9;
        },
        "ok");
    row(
        "one request too many",
        [](PolicyInput &in) {
            in.claims.maxRequests = 10;
            in.usage.requests = 10;
        },
        "max_requests");
    row(
        "maxRequests zero", [](PolicyInput &in) { in.claims.maxRequests = 0; }, "max_requests");

    // Spend cap.
    row(
        "spend exactly at maxSpend",
        [](PolicyInput &in) {
            in.claims.maxSpend = Price { 50000, QStringLiteral("USD") };
            in.usage.spend = 40000;
            in.request.charge = 10000;
        },
        "ok");
    row(
        "spend one micro-unit over maxSpend",
        [](PolicyInput &in) {
            in.claims.maxSpend = Price { 50000, QStringLiteral("USD") };
            in.usage.spend = 40001;
            in.request.charge = 10000;
        },
        "max_spend");
    row(
        "repeat delivery costs nothing at the cap",
        [](PolicyInput &in) {
            in.claims.maxSpend = Price { 50000, QStringLiteral("USD") };
            in.usage.spend = 50000;
            in.request.charge = 0;
        },
        "ok");
    row(
        "maxSpend in another currency",
        [](PolicyInput &in) {
            in.claims.maxSpend = Price { 50000, QStringLiteral("EUR") };
        },
        "currency_mismatch");

    // Malformed requests.
    row(
        "negative bytes", [](PolicyInput &in) { in.request.bytes = -1; }, "invalid_request");
    row(
        "negative charge", [](PolicyInput &in) { in.request.charge = -1; }, "invalid_request");
    row(
        "access without shard", [](PolicyInput &in) { in.request.shard.clear(); }, "invalid_request");
    row(
        "token without buyer", [](PolicyInput &in) { in.claims.sub.clear(); }, "invalid_request");
}

void TestPolicy::decisions()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, reason);
    PolicyInput in = baseline();
    mutate(in);
    const Decision d = evaluate(in);
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.allowed, reason == QLatin1String("ok"));
    QVERIFY(!d.message.isEmpty());
}

void TestPolicy::isPure()
{
    // Same attributes, same decision, and the input is not changed.
    PolicyInput in = baseline();
    in.claims.maxBytes = 1000;
    in.request.bytes = 5000;
    const Decision a = evaluate(in);
    const Decision b = evaluate(in);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.message, b.message);
    QCOMPARE(in.request.bytes, 5000);
    QCOMPARE(in.usage.bytes, 0);
}

void TestPolicy::accessCharge_data()
{
    QTest::addColumn<QByteArray>("license");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("expected");

    const QByteArray perAccessOnly
        = R"({"id":"a","spdx":"MIT","uses":["train"],"pricePerAccess":{"amount":"0.01","currency":"USD"}})";
    const QByteArray withGiB = R"({"id":"a","spdx":"MIT","uses":["train"],
        "pricePerAccess":{"amount":"0.01","currency":"USD"},"pricePerGiB":{"amount":"1","currency":"USD"}})";
    const QByteArray free
        = R"({"id":"a","spdx":"MIT","uses":["train"],"pricePerAccess":{"amount":"0","currency":"USD"}})";
    QTest::newRow("per access only") << perAccessOnly << qint64(4194304) << qint64(10000);
    QTest::newRow("per access, empty shard") << perAccessOnly << qint64(0) << qint64(10000);
    // 1.00 per GiB x 4 MiB = 3906.25 micro-units, rounded up.
    QTest::newRow("4 MiB at 1/GiB") << withGiB << qint64(4194304) << qint64(10000 + 3907);
    QTest::newRow("1 GiB at 1/GiB") << withGiB << (qint64(1) << 30) << qint64(10000 + 1000000);
    QTest::newRow("1 byte at 1/GiB rounds up") << withGiB << qint64(1) << qint64(10001);
    QTest::newRow("free") << free << qint64(16 << 20) << qint64(0);
}

void TestPolicy::accessCharge()
{
    QFETCH(QByteArray, license);
    QFETCH(qint64, bytes);
    QFETCH(qint64, expected);
    auto lic = License::fromJsonText(license);
    QVERIFY2(lic.ok(), qPrintable(lic.errorString()));
    auto charge = sg::license::accessCharge(*lic, bytes);
    QVERIFY2(charge.ok(), qPrintable(charge.errorString()));
    QCOMPARE(*charge, expected);
}

void TestPolicy::accessChargeOverflow()
{
    License lic = baseLicense();
    lic.pricePerGiB = Price { std::numeric_limits<qint64>::max() / 2, QStringLiteral("USD") };
    QVERIFY(!sg::license::accessCharge(lic, qint64(1) << 40).ok());
    QVERIFY(!sg::license::accessCharge(lic, -1).ok());
}

void TestPolicy::httpStatus_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::newRow("ok") << "ok" << 200;
    QTest::newRow("expired") << "token_expired" << 401;
    QTest::newRow("nbf") << "token_not_yet_valid" << 401;
    QTest::newRow("revoked") << "revoked_buyer" << 403;
    QTest::newRow("scope") << "shard_not_in_scope" << 403;
    QTest::newRow("spend") << "max_spend" << 403;
    QTest::newRow("bad") << "invalid_request" << 400;
}

void TestPolicy::httpStatus()
{
    QFETCH(QString, reason);
    QFETCH(int, status);
    QCOMPARE(httpStatusFor(reason), status);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
