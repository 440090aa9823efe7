// Signed revocation statements: parsing, signatures, who may revoke what, freshness, the
// in-memory snapshot and its refresh across two stores on one file.

#include "common/clock.h"
#include "crypto/encoding.h"
#include "market/market.h"
#include "marketfixtures.h"
#include "storefixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::market;
using namespace sg::test;

class TestRevocations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statementRoundTrip();
    void badStatements_data();
    void badStatements();
    void authority();
    void notRevocableLicense();
    void staleStatements();
    void idempotentAndChecked();
    void refreshAcrossStores();

private:
    Revocations &revocations() { return m_market->revocations(); }
    Result<Revocation> sign(RevocationKind kind, const QString &value, const crypto::Ed25519PrivateKey &key,
                            const QString &reason = QStringLiteral("test"))
    {
        return Revocation::create(kind, value, reason, m_clock.nowSecs(), key);
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    ManualClock m_clock;
    std::unique_ptr<Market> m_market;
    crypto::Ed25519PrivateKey m_operator;
    crypto::Ed25519PrivateKey m_creator = crypto::Ed25519PrivateKey::generate();
    DatasetEntry m_published;
};

void TestRevocations::initTestCase()
{
    SG_STORE_INIT();
    qInfo("store backend: %s", ::sg::test::storeBackendName());
}

void TestRevocations::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto m = Market::open(o);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    m_market = std::move(*m);
    auto op = m_market->operatorKey(true);
    QVERIFY(op.ok());
    m_operator = *op;
    auto e = m_market->catalog().publish(signedManifestBytes({}, m_creator));
    QVERIFY(e.ok());
    m_published = *e;
}

void TestRevocations::cleanup()
{
    m_market.reset();
    m_tmp.reset();
}

void TestRevocations::statementRoundTrip()
{
    auto r = sign(RevocationKind::Manifest, m_published.cid, m_creator,
                  QStringLiteral("'); DROP TABLE revocations; -- \u202E withdrawn"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const QByteArray body = QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact);
    auto back = Revocation::fromJson(body);
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QCOMPARE(back->value, m_published.cid);
    QCOMPARE(back->by, m_creator.publicKey().toTagged());
    QCOMPARE(back->reason, r->reason);
    // The signature is Ed25519 over the JCS bytes of the "revocation" object.
    const QByteArray sig = *crypto::base64UrlDecode(back->signature.mid(8).toLatin1());
    QVERIFY(m_creator.publicKey().verify(back->statement, sig));
    QVERIFY(back->statement.startsWith("{\"by\":"));

    auto added = revocations().addSigned(body);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QVERIFY(added->added);
    auto list = revocations().list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().reason, r->reason);
}

void TestRevocations::badStatements_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const crypto::Ed25519PrivateKey key = crypto::Ed25519PrivateKey::generate();
    auto good = [&](const QString &kind, const QString &value) {
        auto r = Revocation::create(*parseKind(kind), value, QStringLiteral("r"), 1767225600, key);
        return r->toJson();
    };
    auto text = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    auto editStatement = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = good(QStringLiteral("buyer"), QStringLiteral("buyer-1"));
        QJsonObject st = o[QStringLiteral("revocation")].toObject();
        edit(st);
        o[QStringLiteral("revocation")] = st;
        return text(o);
    };
    QTest::newRow("value changed after signing")
        << editStatement([](QJsonObject &s) { s[QStringLiteral("value")] = QStringLiteral("buyer-2"); })
        << RevocationErrors::kSignature;
    QTest::newRow("reason changed after signing")
        << editStatement([](QJsonObject &s) { s[QStringLiteral("reason")] = QStringLiteral("other"); })
        << RevocationErrors::kSignature;
    QTest::newRow("unknown member") << editStatement([](QJsonObject &s) {
        s[QStringLiteral("scope")] = QStringLiteral("all");
    }) << RevocationErrors::kInvalid;
    QTest::newRow("unknown kind") << editStatement([](QJsonObject &s) {
        s[QStringLiteral("kind")] = QStringLiteral("everything");
    }) << RevocationErrors::kInvalid;
    QTest::newRow("time not canonical") << editStatement([](QJsonObject &s) {
        s[QStringLiteral("time")] = QStringLiteral("2026-01-01T01:00:00+01:00");
    }) << RevocationErrors::kInvalid;
    QTest::newRow("by not a key") << editStatement([](QJsonObject &s) {
        s[QStringLiteral("by")] = QStringLiteral("ed25519:nope");
    }) << RevocationErrors::kInvalid;
    QJsonObject noSig = good(QStringLiteral("buyer"), QStringLiteral("buyer-1"));
    noSig[QStringLiteral("signature")] = QStringLiteral("ed25519:") + QString(86, QLatin1Char('A'));
    QTest::newRow("wrong signature") << text(noSig) << RevocationErrors::kSignature;
    noSig[QStringLiteral("signature")] = QStringLiteral("rsa:AAAA");
    QTest::newRow("signature of another type") << text(noSig) << RevocationErrors::kSignature;
    QTest::newRow("not json") << QByteArray("{\"revocation\":") << RevocationErrors::kInvalid;
    QTest::newRow("duplicate keys") << QByteArray("{\"revocation\":{},\"revocation\":{},\"signature\":\"x\"}")
                                    << RevocationErrors::kInvalid;
    QTest::newRow("array") << QByteArray("[]") << RevocationErrors::kInvalid;
    QTest::newRow("huge") << QByteArray(20000, ' ') << RevocationErrors::kInvalid;
}

void TestRevocations::badStatements()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    auto r = Revocation::fromJson(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorCode() == code, qPrintable(r.errorCode() + QStringLiteral(": ") + r.errorString()));
    QVERIFY(!revocations().addSigned(body).ok());
    QCOMPARE(revocations().snapshot()->size(), 0);

    // Values must fit their kind, hostile ones included.
    const auto key = crypto::Ed25519PrivateKey::generate();
    QVERIFY(!Revocation::create(RevocationKind::Manifest, QStringLiteral("not-a-cid"), {}, 0, key).ok());
    QVERIFY(
        !Revocation::create(RevocationKind::License, QStringLiteral("'; DROP TABLE x;--"), {}, 0, key).ok());
    QVERIFY(!Revocation::create(RevocationKind::Buyer, QStringLiteral("buyer\u202E"), {}, 0, key).ok());
    QVERIFY(!Revocation::create(RevocationKind::Jti, QStringLiteral("has space"), {}, 0, key).ok());
}

void TestRevocations::authority()
{
    const auto stranger = crypto::Ed25519PrivateKey::generate();
    // The creator may withdraw its own manifest and license...
    QVERIFY(revocations().add(*sign(RevocationKind::License, m_published.licenseHash, m_creator)).ok());
    // ...but not buyers or tokens, and strangers nothing.
    QCOMPARE(
        revocations().add(*sign(RevocationKind::Buyer, QStringLiteral("buyer-1"), m_creator)).errorCode(),
        RevocationErrors::kForbidden);
    QCOMPARE(revocations().add(*sign(RevocationKind::Jti, QStringLiteral("tok-1"), m_creator)).errorCode(),
             RevocationErrors::kForbidden);
    QCOMPARE(revocations().add(*sign(RevocationKind::Manifest, m_published.cid, stranger)).errorCode(),
             RevocationErrors::kForbidden);
    QCOMPARE(revocations()
                 .add(*sign(RevocationKind::Manifest,
                            QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae"),
                            m_creator))
                 .errorCode(),
             RevocationErrors::kForbidden);
    // The operator may revoke anything; so may an operator key installed as a .pub file.
    QVERIFY(revocations().add(*sign(RevocationKind::Buyer, QStringLiteral("buyer-1"), m_operator)).ok());
    QVERIFY(revocations().add(*sign(RevocationKind::Jti, QStringLiteral("tok-1"), m_operator)).ok());
    QVERIFY(QDir().mkpath(m_tmp->filePath(QStringLiteral("keys/operators"))));
    QVERIFY(writeFile(m_tmp->filePath(QStringLiteral("keys/operators/second.pub")),
                      stranger.publicKey().toPem()));
    auto keys = m_market->trustedOperatorKeys();
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 2);
    revocations().setOperatorKeys(*keys);
    QVERIFY(revocations().add(*sign(RevocationKind::Manifest, m_published.cid, stranger)).ok());
    QCOMPARE(revocations().snapshot()->size(), 4);
}

void TestRevocations::notRevocableLicense()
{
    ManifestSpec s;
    s.dataset = QStringLiteral("forever");
    s.license = defaultLicense();
    s.license[QStringLiteral("revocable")] = false;
    auto e = m_market->catalog().publish(signedManifestBytes(s, m_creator));
    QVERIFY2(e.ok(), qPrintable(e.errorString()));
    QCOMPARE(revocations().add(*sign(RevocationKind::Manifest, e->cid, m_creator)).errorCode(),
             RevocationErrors::kForbidden);
    QCOMPARE(revocations().add(*sign(RevocationKind::License, e->licenseHash, m_creator)).errorCode(),
             RevocationErrors::kForbidden);
    QVERIFY(revocations().add(*sign(RevocationKind::Manifest, e->cid, m_operator)).ok());
}

void TestRevocations::staleStatements()
{
    auto old = Revocation::create(RevocationKind::Buyer, QStringLiteral("b"), {}, m_clock.nowSecs() - 301,
                                  m_operator);
    QCOMPARE(revocations().add(*old).errorCode(), RevocationErrors::kStale);
    auto future = Revocation::create(RevocationKind::Buyer, QStringLiteral("b"), {}, m_clock.nowSecs() + 301,
                                     m_operator);
    QCOMPARE(revocations().add(*future).errorCode(), RevocationErrors::kStale);
    auto edge = Revocation::create(RevocationKind::Buyer, QStringLiteral("b"), {}, m_clock.nowSecs() - 300,
                                   m_operator);
    QVERIFY(revocations().add(*edge).ok());
}

void TestRevocations::idempotentAndChecked()
{
    QCOMPARE(revocations().check(QStringLiteral("tok-1"), QStringLiteral("buyer-1"), m_published.cid,
                                 m_published.licenseHash),
             QString());
    auto first = revocations().add(
        *sign(RevocationKind::License, m_published.licenseHash, m_operator, QStringLiteral("a")));
    QVERIFY(first.ok() && first->added);
    m_clock.advanceSecs(5);
    auto second = revocations().add(
        *sign(RevocationKind::License, m_published.licenseHash, m_operator, QStringLiteral("b")));
    QVERIFY(second.ok());
    QVERIFY(!second->added);
    QCOMPARE(second->revocation.reason, QStringLiteral("a")); // the first statement stays
    QCOMPARE(revocations().check(QStringLiteral("tok-1"), QStringLiteral("buyer-1"), m_published.cid,
                                 m_published.licenseHash),
             QStringLiteral("revoked_license"));
    QVERIFY(revocations().add(*sign(RevocationKind::Jti, QStringLiteral("tok-1"), m_operator)).ok());
    // Policy order: jti before buyer, manifest, license.
    QCOMPARE(revocations().check(QStringLiteral("tok-1"), QStringLiteral("buyer-1"), m_published.cid,
                                 m_published.licenseHash),
             QStringLiteral("revoked_jti"));
    QVERIFY(revocations().isRevoked(RevocationKind::Jti, QStringLiteral("tok-1")));
    QVERIFY(!revocations().isRevoked(RevocationKind::Jti, QStringLiteral("tok-2")));
    QVERIFY(!revocations().isRevoked(RevocationKind::Buyer, QStringLiteral("tok-1")));
}

void TestRevocations::refreshAcrossStores()
{
    // A second store on the same file stands for another process (the CLI next to an edge).
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto other = Market::open(o);
    QVERIFY(other.ok());
    QSignalSpy spy(&(*other)->revocations(), &Revocations::changed);
    QCOMPARE(*(*other)->revocations().refresh(), false);
    QCOMPARE(spy.count(), 0);

    QVERIFY(revocations().add(*sign(RevocationKind::Buyer, QStringLiteral("buyer-9"), m_operator)).ok());
    QVERIFY(!(*other)->revocations().isRevoked(RevocationKind::Buyer, QStringLiteral("buyer-9")));
    QCOMPARE(*(*other)->revocations().refresh(), true);
    QCOMPARE(spy.count(), 1);
    QVERIFY((*other)->revocations().isRevoked(RevocationKind::Buyer, QStringLiteral("buyer-9")));
    QCOMPARE(*(*other)->revocations().refresh(), false);
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestRevocations)
#include "tst_revocations.moc"
