// Every case of shared/vectors/jwt_eddsa.json gets jose's verdict, for the reason given.

#include "token/keyring.h"
#include "token/verifier.h"
#include "tokentestutil.h"

#include <QJsonArray>
#include <QtTest>

using namespace sg;
using namespace sg::token;

namespace {

// jose's error (code, claim) -> our reason code.
QString expectedReason(const QJsonObject &joseError)
{
    const QString code = joseError.value(QStringLiteral("code")).toString();
    const QString claim = joseError.value(QStringLiteral("claim")).toString();
    const QString why = joseError.value(QStringLiteral("reason")).toString();
    if (code == QLatin1String("ERR_JWT_EXPIRED"))
        return QStringLiteral("expired");
    if (code == QLatin1String("ERR_JWT_CLAIM_VALIDATION_FAILED")) {
        if (why == QLatin1String("missing"))
            return QStringLiteral("claims");
        if (claim == QLatin1String("nbf"))
            return QStringLiteral("not_yet_valid");
        if (claim == QLatin1String("aud"))
            return QStringLiteral("audience");
        if (claim == QLatin1String("iss"))
            return QStringLiteral("issuer");
    }
    if (code == QLatin1String("ERR_JWS_SIGNATURE_VERIFICATION_FAILED"))
        return QStringLiteral("signature");
    if (code == QLatin1String("ERR_JOSE_ALG_NOT_ALLOWED"))
        return QStringLiteral("alg");
    if (code == QLatin1String("ERR_JWKS_NO_MATCHING_KEY"))
        return QStringLiteral("kid");
    if (code == QLatin1String("ERR_JOSE_NOT_SUPPORTED"))
        return QStringLiteral("crit");
    if (code == QLatin1String("ERR_JWS_INVALID"))
        return QStringLiteral("malformed");
    return QStringLiteral("unmapped jose error ") + code;
}

} // namespace

class TestJwtVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAndKid()
    {
        const QJsonObject v = test::jwtVectors();
        const QJsonObject key = v.value(QStringLiteral("key")).toObject();
        const auto priv = test::jwtVectorKey();
        QCOMPARE(priv.publicKey().raw(), test::fromHex(key.value(QStringLiteral("publicKeyHex")).toString()));
        QCOMPARE(TokenKeyring::thumbprint(priv.publicKey()), key.value(QStringLiteral("kid")).toString());
        QCOMPARE(TokenKeyring::publicJwk(priv.publicKey()),
                 key.value(QStringLiteral("publicJwk")).toObject());
        QCOMPARE(crypto::Sha256::hash(key.value(QStringLiteral("thumbprintInput")).toString().toUtf8()),
                 crypto::base64UrlDecode(key.value(QStringLiteral("kid")).toString().toLatin1()).value());

        const auto other = test::jwtVectorKey("otherKey");
        QCOMPARE(TokenKeyring::thumbprint(other.publicKey()),
                 v.value(QStringLiteral("otherKey")).toObject().value(QStringLiteral("kid")).toString());

        TokenKeyring ring(priv);
        QCOMPARE(ring.activeKid(), key.value(QStringLiteral("kid")).toString());
        QCOMPARE(ring.jwks(0), v.value(QStringLiteral("jwks")).toObject());

        const auto fromJwks = TokenKeyring::fromJwks(v.value(QStringLiteral("jwks")).toObject());
        QVERIFY2(fromJwks.ok(), qPrintable(fromJwks.errorString()));
        QVERIFY(!(*fromJwks)->canSign());
        QCOMPARE((*fromJwks)->kids(), QStringList { key.value(QStringLiteral("kid")).toString() });
        QCOMPARE((*fromJwks)->find(key.value(QStringLiteral("kid")).toString(), 0)->raw(),
                 priv.publicKey().raw());

        // The private JWK is refused as a verification key; a lying kid is refused.
        QJsonObject privateJwks { { QStringLiteral("keys"),
                                    QJsonArray { key.value(QStringLiteral("privateJwk")) } } };
        QVERIFY(!TokenKeyring::fromJwks(privateJwks).ok());
        QJsonObject lying = key.value(QStringLiteral("publicJwk")).toObject();
        lying.insert(QStringLiteral("kid"),
                     v.value(QStringLiteral("otherKey")).toObject().value(QStringLiteral("kid")));
        QVERIFY(
            !TokenKeyring::fromJwks(QJsonObject { { QStringLiteral("keys"), QJsonArray { lying } } }).ok());
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<qint64>("tolerance");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("fromJwks");
        const QJsonArray cases = test::jwtVectors().value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 23);
        for (bool fromJwks : { true, false }) {
            for (const auto &value : cases) {
                const QJsonObject c = value.toObject();
                const bool valid = c.value(QStringLiteral("valid")).toBool();
                QTest::newRow(
                    qPrintable(c.value(QStringLiteral("name")).toString()
                               + (fromJwks ? QStringLiteral(" [jwks]") : QStringLiteral(" [private key]"))))
                    << c.value(QStringLiteral("token")).toString().toLatin1()
                    << qint64(c.value(QStringLiteral("now")).toDouble())
                    << c.value(QStringLiteral("expectedAudience")).toString()
                    << qint64(c.value(QStringLiteral("clockToleranceSeconds")).toDouble()) << valid
                    << (valid ? QString() : expectedReason(c.value(QStringLiteral("joseError")).toObject()))
                    << fromJwks;
            }
        }
    }
    void cases()
    {
        QFETCH(QByteArray, token);
        QFETCH(qint64, now);
        QFETCH(QString, audience);
        QFETCH(qint64, tolerance);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        QFETCH(bool, fromJwks);

        const QJsonObject v = test::jwtVectors();
        std::shared_ptr<const TokenKeyring> ring;
        if (fromJwks)
            ring = TokenKeyring::fromJwks(v.value(QStringLiteral("jwks")).toObject()).value();
        else
            ring = std::make_shared<TokenKeyring>(test::jwtVectorKey());
        ManualClock clock;
        clock.setSecs(now);
        VerifierOptions options;
        options.issuer
            = v.value(QStringLiteral("verifierPolicy")).toObject().value(QStringLiteral("issuer")).toString();
        QCOMPARE(options.issuer, QStringLiteral("https://edge.example.test"));
        options.audience = audience;
        options.clockSkewSecs = tolerance;
        TokenVerifier verifier(ring, &clock, options);

        const auto result = verifier.verify(token);
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QCOMPARE(result.errorCode(), reason);
            QVERIFY(!result.errorString().isEmpty());
            QVERIFY(!verifier.verifyUncached(token).ok());
            return;
        }
        // The claims as the vector decoded them.
        const QJsonObject claims = v.value(QStringLiteral("claims")).toObject();
        QCOMPARE(result->sub, claims.value(QStringLiteral("sub")).toString());
        QCOMPARE(result->jti, claims.value(QStringLiteral("jti")).toString());
        QCOMPARE(result->mf, claims.value(QStringLiteral("mf")).toString());
        QCOMPARE(result->lic, claims.value(QStringLiteral("lic")).toString());
        QCOMPARE(result->job, claims.value(QStringLiteral("job")).toString());
        QCOMPARE(result->exp, qint64(claims.value(QStringLiteral("exp")).toDouble()));
        QCOMPARE(result->shards.size(), 2);
        QCOMPARE(result->uses, (QStringList { QStringLiteral("train"), QStringLiteral("evaluate") }));
        QCOMPARE(result->maxBytes, qint64(1073741824));
        QCOMPARE(result->maxRequests, qint64(1000));
        QCOMPARE(result->maxSpend, qint64(2500000));
        QCOMPARE(result->maxSpendCurrency, QStringLiteral("USD"));
        QCOMPARE(result->tx.value(QStringLiteral("op")).toString(), QStringLiteral("none"));
        QVERIFY(result->hasAudience(audience));
        QVERIFY(result->allowsShard(result->shards.first()));
        QVERIFY(!result->allowsShard(
            QStringLiteral("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")));
        // Served from the cache the second time, same claims.
        const auto again = verifier.verify(token);
        QVERIFY(again.ok());
        QCOMPARE(again->raw, result->raw);
        QCOMPARE(verifier.cache().hits(), quint64(1));
    }

    // Our own toJson() writes the same claims back (the wire layout is the vector's).
    void claimsRoundTrip()
    {
        const QJsonObject claims = test::jwtVectors().value(QStringLiteral("claims")).toObject();
        const auto parsed = TokenClaims::fromJson(claims);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed->toJson(), claims);
        // Built from the fields alone: same claims, the amount in shortest form.
        TokenClaims copy = *parsed;
        copy.raw = QJsonObject();
        const QJsonObject rebuilt = copy.toJson();
        const auto reparsed = TokenClaims::fromJson(rebuilt);
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->maxSpend, qint64(2500000));
        QJsonObject scope = claims.value(QStringLiteral("scope")).toObject();
        QJsonObject spend = scope.value(QStringLiteral("maxSpend")).toObject();
        spend.insert(QStringLiteral("amount"), QStringLiteral("2.5"));
        scope.insert(QStringLiteral("maxSpend"), spend);
        QJsonObject expected = claims;
        expected.insert(QStringLiteral("scope"), scope);
        QCOMPARE(rebuilt, expected);
    }
};

QTEST_GUILESS_MAIN(TestJwtVectors)
#include "tst_jwtvectors.moc"
