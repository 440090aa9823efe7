// DPoP proofs (RFC 9449) and token binding through cnf.jkt.

#include "token/dpop.h"
#include "token/issuer.h"
#include "token/keyring.h"
#include "token/verifier.h"
#include "tokentestutil.h"

#include <QtTest>

using namespace sg;
using namespace sg::token;

namespace {

constexpr qint64 kNow = 1767225700;
const QString kUrl = QStringLiteral(
    "https://edge.example.test:8443/v1/shards/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");

// RFC 9449 §4.2 layout, with any header/payload we like.
QByteArray craftProof(const crypto::Ed25519PrivateKey &signer, QJsonObject header, const QJsonObject &payload)
{
    return test::signRaw(signer, test::compactJson(header), test::compactJson(payload));
}

QJsonObject proofJwk(const crypto::Ed25519PublicKey &key)
{
    QJsonObject jwk = TokenKeyring::publicJwk(key);
    jwk.remove(QStringLiteral("kid"));
    jwk.remove(QStringLiteral("use"));
    jwk.remove(QStringLiteral("alg"));
    return jwk;
}

} // namespace

class TestDpop : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    crypto::Ed25519PrivateKey m_client = crypto::Ed25519PrivateKey::generate();

    QJsonObject goodHeader() const
    {
        return QJsonObject { { QStringLiteral("typ"), QStringLiteral("dpop+jwt") },
                             { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                             { QStringLiteral("jwk"), proofJwk(m_client.publicKey()) } };
    }
    QJsonObject goodPayload(const QString &jti = QStringLiteral("p-1")) const
    {
        return QJsonObject { { QStringLiteral("jti"), jti },
                             { QStringLiteral("htm"), QStringLiteral("GET") },
                             { QStringLiteral("htu"), kUrl },
                             { QStringLiteral("iat"), kNow } };
    }

private Q_SLOTS:
    void init() { m_clock.setSecs(kNow); }

    void validProof()
    {
        DpopVerifier verifier(&m_clock);
        const QString proof
            = createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("abc"));
        const auto r = verifier.verify(proof.toLatin1(), QStringLiteral("GET"), kUrl);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->jkt, dpopThumbprint(m_client.publicKey()));
        QCOMPARE(r->jti, QStringLiteral("abc"));
        QCOMPARE(r->iat, kNow);

        // Replaying the same proof is refused.
        const auto replay = verifier.verify(proof.toLatin1(), QStringLiteral("GET"), kUrl);
        QCOMPARE(replay.errorCode(), QStringLiteral("replay"));
        // The same jti from another key is a different proof.
        const auto otherKey = crypto::Ed25519PrivateKey::generate();
        QVERIFY(
            verifier
                .verify(createDpopProof(otherKey, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("abc"))
                            .toLatin1(),
                        QStringLiteral("GET"), kUrl)
                .ok());
    }

    void htuNormalization_data()
    {
        QTest::addColumn<QString>("htu");
        QTest::addColumn<bool>("ok");
        QTest::newRow("same") << kUrl << true;
        QTest::newRow("query ignored") << kUrl + QStringLiteral("?range=1") << true;
        QTest::newRow("fragment ignored") << kUrl + QStringLiteral("#x") << true;
        QTest::newRow("host case") << QString(kUrl).replace(QStringLiteral("edge.example"),
                                                            QStringLiteral("EDGE.Example"))
                                   << true;
        QTest::newRow("scheme case") << QString(kUrl).replace(QStringLiteral("https:"),
                                                              QStringLiteral("HTTPS:"))
                                     << true;
        QTest::newRow("other path") << QString(kUrl).replace(QStringLiteral("/v1/"), QStringLiteral("/v2/"))
                                    << false;
        QTest::newRow("other port") << QString(kUrl).replace(QStringLiteral("8443"), QStringLiteral("8444"))
                                    << false;
        QTest::newRow("other host") << QString(kUrl).replace(QStringLiteral("edge."), QStringLiteral("evil."))
                                    << false;
        QTest::newRow("http instead of https")
            << QString(kUrl).replace(QStringLiteral("https:"), QStringLiteral("http:")) << false;
        QTest::newRow("not a URL") << QStringLiteral("/v1/shards") << false;
        QTest::newRow("ftp") << QString(kUrl).replace(QStringLiteral("https:"), QStringLiteral("ftp:"))
                             << false;
    }
    void htuNormalization()
    {
        QFETCH(QString, htu);
        QFETCH(bool, ok);
        DpopVerifier verifier(&m_clock);
        const auto r = verifier.verify(
            createDpopProof(m_client, QStringLiteral("GET"), htu, kNow, QStringLiteral("j")).toLatin1(),
            QStringLiteral("GET"), kUrl);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QCOMPARE(r.errorCode(), QStringLiteral("dpop"));
    }

    void defaultPortsAreEqual()
    {
        DpopVerifier verifier(&m_clock);
        const auto r = verifier.verify(createDpopProof(m_client, QStringLiteral("GET"),
                                                       QStringLiteral("https://h.example:443/a"), kNow,
                                                       QStringLiteral("j"))
                                           .toLatin1(),
                                       QStringLiteral("GET"), QStringLiteral("https://h.example/a"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void badProofs_data()
    {
        QTest::addColumn<QByteArray>("proof");
        QTest::addColumn<QString>("reason");
        const auto other = crypto::Ed25519PrivateKey::generate();
        auto header = [&](const char *name, const QJsonValue &value) {
            QJsonObject h = goodHeader();
            if (value.isUndefined())
                h.remove(QLatin1String(name));
            else
                h.insert(QLatin1String(name), value);
            return h;
        };
        auto payload = [&](const char *name, const QJsonValue &value) {
            QJsonObject p = goodPayload();
            if (value.isUndefined())
                p.remove(QLatin1String(name));
            else
                p.insert(QLatin1String(name), value);
            return p;
        };
        QTest::newRow("garbage") << QByteArray("x.y") << "malformed";
        QTest::newRow("oversize") << QByteArray(DpopVerifier::kMaxProofBytes + 1, 'a') << "oversize";
        QTest::newRow("typ JWT") << craftProof(m_client, header("typ", QStringLiteral("JWT")), goodPayload())
                                 << "typ";
        QTest::newRow("typ missing") << craftProof(m_client, header("typ", QJsonValue()), goodPayload())
                                     << "typ";
        QTest::newRow("alg none") << craftProof(m_client, header("alg", QStringLiteral("none")),
                                                goodPayload())
                                  << "alg";
        QTest::newRow("alg HS256") << craftProof(m_client, header("alg", QStringLiteral("HS256")),
                                                 goodPayload())
                                   << "alg";
        QTest::newRow("no jwk") << craftProof(m_client, header("jwk", QJsonValue()), goodPayload())
                                << "header";
        QJsonObject privateJwk = proofJwk(m_client.publicKey());
        privateJwk.insert(QStringLiteral("d"), QString::fromLatin1(crypto::base64UrlEncode(m_client.seed())));
        QTest::newRow("jwk with private key")
            << craftProof(m_client, header("jwk", privateJwk), goodPayload()) << "header";
        QTest::newRow("jwk not Ed25519")
            << craftProof(m_client,
                          header("jwk",
                                 QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") },
                                               { QStringLiteral("crv"), QStringLiteral("P-256") } }),
                          goodPayload())
            << "header";
        QTest::newRow("kid instead of jwk")
            << craftProof(m_client, header("kid", QStringLiteral("k1")), goodPayload()) << "header";
        QTest::newRow("crit") << craftProof(m_client, header("crit", QJsonArray { QStringLiteral("x") }),
                                            goodPayload())
                              << "crit";
        QTest::newRow("signed by another key than jwk")
            << craftProof(other, goodHeader(), goodPayload()) << "signature";
        QTest::newRow("no jti") << craftProof(m_client, goodHeader(), payload("jti", QJsonValue()))
                                << "claims";
        QTest::newRow("iat string") << craftProof(m_client, goodHeader(),
                                                  payload("iat", QStringLiteral("1767225700")))
                                    << "claims";
        QTest::newRow("htm POST") << craftProof(m_client, goodHeader(),
                                                payload("htm", QStringLiteral("POST")))
                                  << "dpop";
        QTest::newRow("htm lower case")
            << craftProof(m_client, goodHeader(), payload("htm", QStringLiteral("get"))) << "dpop";
        QTest::newRow("iat 61 s old")
            << craftProof(m_client, goodHeader(), payload("iat", kNow - 61)) << "dpop";
        QTest::newRow("iat 61 s ahead")
            << craftProof(m_client, goodHeader(), payload("iat", kNow + 61)) << "dpop";
        QTest::newRow("duplicate jti key")
            << test::signRaw(m_client, test::compactJson(goodHeader()),
                             test::compactJson(goodPayload()).chopped(1) + ",\"jti\":\"x\"}")
            << "malformed";
    }
    void badProofs()
    {
        QFETCH(QByteArray, proof);
        QFETCH(QString, reason);
        DpopVerifier verifier(&m_clock);
        const auto r = verifier.verify(proof, QStringLiteral("GET"), kUrl);
        QVERIFY2(!r.ok(), "accepted");
        QVERIFY2(r.errorCode() == reason, qPrintable(r.errorCode() + QStringLiteral(": ") + r.errorString()));
    }

    void iatWindowEdges()
    {
        DpopVerifier verifier(&m_clock, 60);
        QVERIFY(verifier
                    .verify(craftProof(m_client, goodHeader(),
                                       [&] {
                                           QJsonObject p = goodPayload(QStringLiteral("a"));
                                           p.insert(QStringLiteral("iat"), kNow - 60);
                                           return p;
                                       }()),
                            QStringLiteral("GET"), kUrl)
                    .ok());
        QVERIFY(verifier
                    .verify(craftProof(m_client, goodHeader(),
                                       [&] {
                                           QJsonObject p = goodPayload(QStringLiteral("b"));
                                           p.insert(QStringLiteral("iat"), kNow + 60);
                                           return p;
                                       }()),
                            QStringLiteral("GET"), kUrl)
                    .ok());
    }

    void boundToken()
    {
        auto ring = std::make_shared<TokenKeyring>(test::jwtVectorKey());
        TokenIssuer issuer(ring, &m_clock, QStringLiteral("https://edge.example.test"),
                           QStringLiteral("shardgate-edge"));
        TokenClaims c;
        c.sub = QStringLiteral("buyer-42");
        c.mf = test::jwtVectors()
                   .value(QStringLiteral("claims"))
                   .toObject()
                   .value(QStringLiteral("mf"))
                   .toString();
        c.lic = test::jwtVectors()
                    .value(QStringLiteral("claims"))
                    .toObject()
                    .value(QStringLiteral("lic"))
                    .toString();
        c.cnfJkt = dpopThumbprint(m_client.publicKey());
        const auto issued = issuer.issue(c);
        QVERIFY(issued.ok());
        VerifierOptions o;
        o.issuer = QStringLiteral("https://edge.example.test");
        o.audience = QStringLiteral("shardgate-edge");
        TokenVerifier tokens(ring, &m_clock, o);
        const QByteArray token = issued->token.toLatin1();
        const auto claims = tokens.verify(token);
        QVERIFY(claims.ok());
        QCOMPARE(claims->cnfJkt, c.cnfJkt);

        DpopVerifier dpop(&m_clock);
        // Missing proof for a bound token.
        QCOMPARE(dpop.checkBinding(*claims, {}, QStringLiteral("GET"), kUrl, token).errorCode(),
                 QStringLiteral("binding"));
        // Right key, right token hash.
        const QString proof
            = createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("b1"), token);
        const Status ok = dpop.checkBinding(*claims, proof.toLatin1(), QStringLiteral("GET"), kUrl, token);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        // Replayed.
        QCOMPARE(dpop.checkBinding(*claims, proof.toLatin1(), QStringLiteral("GET"), kUrl, token).errorCode(),
                 QStringLiteral("replay"));
        // Another key (thief holding the token).
        const auto thief = crypto::Ed25519PrivateKey::generate();
        QCOMPARE(dpop.checkBinding(*claims,
                                   createDpopProof(thief, QStringLiteral("GET"), kUrl, kNow,
                                                   QStringLiteral("b2"), token)
                                       .toLatin1(),
                                   QStringLiteral("GET"), kUrl, token)
                     .errorCode(),
                 QStringLiteral("binding"));
        // Proof made for another token (ath).
        QCOMPARE(dpop.checkBinding(*claims,
                                   createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow,
                                                   QStringLiteral("b3"), "other-token")
                                       .toLatin1(),
                                   QStringLiteral("GET"), kUrl, token)
                     .errorCode(),
                 QStringLiteral("dpop"));
        // No ath at all.
        QCOMPARE(dpop.checkBinding(
                         *claims,
                         createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("b4"))
                             .toLatin1(),
                         QStringLiteral("GET"), kUrl, token)
                     .errorCode(),
                 QStringLiteral("dpop"));

        // A bearer token needs no proof.
        TokenClaims bearer = c;
        bearer.cnfJkt.clear();
        const auto bearerClaims = tokens.verify(issuer.issue(bearer)->token.toLatin1());
        QVERIFY(bearerClaims.ok());
        QVERIFY(dpop.checkBinding(*bearerClaims, {}, QStringLiteral("GET"), kUrl, {}).ok());
    }

    void replayStoreIsBoundedAndForgets()
    {
        DpopVerifier verifier(&m_clock, 60, 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                verifier
                    .verify(createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QString::number(i))
                                .toLatin1(),
                            QStringLiteral("GET"), kUrl)
                    .ok());
        // Full of live entries: fail closed.
        const QByteArray fourth
            = createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("3")).toLatin1();
        QCOMPARE(verifier.verify(fourth, QStringLiteral("GET"), kUrl).errorCode(), QStringLiteral("replay"));
        // After the window the old ids are forgotten (their proofs are too old anyway).
        m_clock.advanceSecs(62);
        const QByteArray fresh
            = createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow + 62, QStringLiteral("3"))
                  .toLatin1();
        QVERIFY(verifier.verify(fresh, QStringLiteral("GET"), kUrl).ok());
        const QByteArray old
            = createDpopProof(m_client, QStringLiteral("GET"), kUrl, kNow, QStringLiteral("0")).toLatin1();
        QCOMPARE(verifier.verify(old, QStringLiteral("GET"), kUrl).errorCode(), QStringLiteral("dpop"));
    }
};

QTEST_GUILESS_MAIN(TestDpop)
#include "tst_dpop.moc"
