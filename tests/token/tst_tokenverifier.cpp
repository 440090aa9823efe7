// TokenVerifier / TokenIssuer / TokenKeyring / VerificationCache: RFC 8725 hardening beyond
// the vectors (a table of bad tokens, each rejected for a stated reason), the cache, key
// rotation and concurrent use.

#include "testsupport.h"
#include "token/issuer.h"
#include "token/keyring.h"
#include "token/verifier.h"
#include "tokentestutil.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace sg;
using namespace sg::token;

namespace {

const QString kIssuer = QStringLiteral("https://edge.example.test");
const QString kAudience = QStringLiteral("shardgate-edge");
constexpr qint64 kNow = 1767225700; // inside the vector claims' validity

QByteArray vectorKid()
{
    return test::jwtVectors()
        .value(QStringLiteral("key"))
        .toObject()
        .value(QStringLiteral("kid"))
        .toString()
        .toLatin1();
}

QByteArray goodHeader()
{
    return "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + vectorKid() + "\"}";
}

QJsonObject goodClaims()
{
    return test::jwtVectors().value(QStringLiteral("claims")).toObject();
}

QByteArray claimsWith(const QString &name, const QJsonValue &value)
{
    QJsonObject c = goodClaims();
    if (value.isUndefined())
        c.remove(name);
    else
        c.insert(name, value);
    return test::compactJson(c);
}

QByteArray withHeader(const QByteArray &header)
{
    return test::signRaw(test::jwtVectorKey(), header, test::compactJson(goodClaims()));
}

QByteArray withClaims(const QByteArray &payload)
{
    return test::signRaw(test::jwtVectorKey(), goodHeader(), payload);
}

QByteArray replaceSignature(const QByteArray &token, const QByteArray &signature)
{
    return token.left(token.lastIndexOf('.') + 1) + crypto::base64UrlEncode(signature);
}

QByteArray signatureOf(const QByteArray &token)
{
    return crypto::base64UrlDecode(token.mid(token.lastIndexOf('.') + 1)).value();
}

// S + L (little-endian 256-bit add): same signature, non-canonical scalar.
QByteArray addOrder(QByteArray sig)
{
    static const unsigned char L[32]
        = { 0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
            0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0x10 };
    int carry = 0;
    for (int i = 0; i < 32; ++i) {
        const int sum = static_cast<unsigned char>(sig[32 + i]) + L[i] + carry;
        sig[32 + i] = char(sum & 0xff);
        carry = sum >> 8;
    }
    return sig;
}

} // namespace

class TestTokenVerifier : public QObject
{
    Q_OBJECT

    std::shared_ptr<TokenKeyring> m_ring;
    ManualClock m_clock;
    int m_badTokenRows = 0;

    TokenVerifier makeVerifier(int cacheCapacity = 1024, qint64 skew = 0)
    {
        VerifierOptions o;
        o.issuer = kIssuer;
        o.audience = kAudience;
        o.clockSkewSecs = skew;
        o.cacheCapacity = cacheCapacity;
        return TokenVerifier(m_ring, &m_clock, o);
    }

    TokenClaims requestClaims()
    {
        TokenClaims c;
        c.sub = QStringLiteral("buyer-42");
        c.mf = goodClaims().value(QStringLiteral("mf")).toString();
        c.lic = goodClaims().value(QStringLiteral("lic")).toString();
        c.uses = QStringList { QStringLiteral("train") };
        c.maxBytes = 1 << 20;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_ring = std::make_shared<TokenKeyring>(test::jwtVectorKey());
        m_clock.setSecs(kNow);
    }

    void theBaseTokenIsValid()
    {
        // Guards the table below: the unmodified crafted token passes.
        const auto r = makeVerifier().verify(withClaims(test::compactJson(goodClaims())));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("reason");
        const QByteArray good = withClaims(test::compactJson(goodClaims()));
        const QByteArray goodSig = signatureOf(good);
        const QByteArray kid = vectorKid();
        const auto other = test::jwtVectorKey("otherKey");
        const QByteArray h = crypto::base64UrlEncode(goodHeader());
        const QByteArray p = crypto::base64UrlEncode(test::compactJson(goodClaims()));

        // Structure
        QTest::newRow("empty") << QByteArray() << "malformed";
        QTest::newRow("one segment") << QByteArray("abc") << "malformed";
        QTest::newRow("two segments") << good.left(good.lastIndexOf('.')) << "malformed";
        QTest::newRow("four segments") << good + ".x"
                                       << "malformed";
        QTest::newRow("empty header") << "." + p + "." + crypto::base64UrlEncode(goodSig) << "malformed";
        QTest::newRow("empty payload") << h + ".." + crypto::base64UrlEncode(goodSig) << "malformed";
        QTest::newRow("padding in header")
            << QByteArray(h).append("==") + "." + p + "." + crypto::base64UrlEncode(goodSig) << "malformed";
        {
            // Signed as it is, so only the payload encoding is wrong.
            const QByteArray input = h + "." + QByteArray(p).replace('-', '+').replace('_', '/') + "+/";
            QTest::newRow("standard base64 in payload")
                << input + "." + crypto::base64UrlEncode(test::jwtVectorKey().sign(input)) << "malformed";
        }
        QTest::newRow("space inside") << QByteArray(good).insert(10, ' ') << "malformed";
        QTest::newRow("signature with trailing bits")
            << good.left(good.size() - 1) + (good.endsWith('A') ? "B" : "A") << "malformed";
        QTest::newRow("header not JSON")
            << test::signRaw(test::jwtVectorKey(), "alg=EdDSA", test::compactJson(goodClaims()))
            << "malformed";
        QTest::newRow("header is an array") << withHeader("[\"EdDSA\"]") << "malformed";
        QTest::newRow("duplicate alg in header")
            << withHeader("{\"alg\":\"none\",\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
            << "malformed";
        QTest::newRow("duplicate sub in payload") << withClaims(
            claimsWith(QStringLiteral("sub"), QJsonValue()).chopped(1) + ",\"sub\":\"a\",\"sub\":\"b\"}")
                                                  << "malformed";
        QTest::newRow("payload is an array") << withClaims("[1,2]") << "malformed";
        QTest::newRow("payload trailing garbage")
            << withClaims(test::compactJson(goodClaims()) + "x") << "malformed";
        QTest::newRow("payload lone surrogate") << withClaims(
            claimsWith(QStringLiteral("sub"), QJsonValue()).chopped(1) + ",\"sub\":\"\\ud800\"}")
                                                << "malformed";
        QTest::newRow("oversize") << QByteArray(TokenVerifier::kMaxTokenBytes + 1, 'A') << "oversize";
        QTest::newRow("oversize but signed")
            << withClaims(claimsWith(QStringLiteral("pad"), QString(9000, QLatin1Char('x')))) << "oversize";

        // alg
        QTest::newRow("alg none, no signature")
            << h.left(0) + crypto::base64UrlEncode("{\"alg\":\"none\"}") + "." + p + "."
            << "alg";
        QTest::newRow("alg none, with signature")
            << withHeader("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") << "alg";
        QTest::newRow("alg HS256") << withHeader("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                 + "\"}")
                                   << "alg";
        QTest::newRow("alg RS256") << withHeader("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                 + "\"}")
                                   << "alg";
        QTest::newRow("alg ES256") << withHeader("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                 + "\"}")
                                   << "alg";
        QTest::newRow("alg Ed25519") << withHeader("{\"alg\":\"Ed25519\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                   + "\"}")
                                     << "alg";
        QTest::newRow("alg lower case")
            << withHeader("{\"alg\":\"eddsa\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") << "alg";
        QTest::newRow("alg missing") << withHeader("{\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") << "alg";
        QTest::newRow("alg not a string")
            << withHeader("{\"alg\":[\"EdDSA\"],\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") << "alg";

        // typ
        QTest::newRow("typ missing") << withHeader("{\"alg\":\"EdDSA\",\"kid\":\"" + kid + "\"}") << "typ";
        QTest::newRow("typ dpop+jwt")
            << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"dpop+jwt\",\"kid\":\"" + kid + "\"}") << "typ";
        QTest::newRow("typ JOSE") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JOSE\",\"kid\":\"" + kid
                                                + "\"}")
                                  << "typ";
        QTest::newRow("typ number") << withHeader("{\"alg\":\"EdDSA\",\"typ\":1,\"kid\":\"" + kid + "\"}")
                                    << "typ";

        // crit and untrusted header parameters
        QTest::newRow("crit exp") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                + "\",\"crit\":[\"exp\"]}")
                                  << "crit";
        QTest::newRow("crit empty") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                  + "\",\"crit\":[]}")
                                    << "crit";
        QTest::newRow("crit b64") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                                + "\",\"b64\":false,\"crit\":[\"b64\"]}")
                                  << "crit";
        QTest::newRow("jku") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                           + "\",\"jku\":\"https://evil.example/jwks.json\"}")
                             << "header";
        QTest::newRow("x5u") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                           + "\",\"x5u\":\"https://evil.example/cert.pem\"}")
                             << "header";
        QTest::newRow("x5c") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                                           + "\",\"x5c\":[\"MIIB\"]}")
                             << "header";
        {
            // The attacker embeds their own key and signs with it.
            const QJsonObject jwk = TokenKeyring::publicJwk(other.publicKey());
            const QByteArray header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid
                + "\",\"jwk\":" + test::compactJson(jwk) + "}";
            QTest::newRow("embedded jwk signed by it")
                << test::signRaw(other, header, test::compactJson(goodClaims())) << "header";
        }

        // kid
        QTest::newRow("kid missing") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}") << "kid";
        QTest::newRow("kid empty") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"\"}") << "kid";
        QTest::newRow("kid number") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":7}") << "kid";
        QTest::newRow("kid path traversal")
            << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"../../keys/signing.pem\"}") << "kid";
        QTest::newRow("kid SQL") << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"' OR '1'='1\"}")
                                 << "kid";
        QTest::newRow("kid with NUL")
            << withHeader("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\\u0000\"}") << "kid";
        QTest::newRow("kid of a key we do not have")
            << test::signRaw(other,
                             "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\""
                                 + TokenKeyring::thumbprint(other.publicKey()).toLatin1() + "\"}",
                             test::compactJson(goodClaims()))
            << "kid";

        // signature
        QTest::newRow("signed by another key under our kid")
            << test::signRaw(other, goodHeader(), test::compactJson(goodClaims())) << "signature";
        QTest::newRow("tampered payload") << h + "."
                + crypto::base64UrlEncode(claimsWith(QStringLiteral("sub"), QStringLiteral("buyer-43"))) + "."
                + crypto::base64UrlEncode(goodSig)
                                          << "signature";
        QTest::newRow("signature 63 bytes") << replaceSignature(good, goodSig.left(63)) << "signature";
        QTest::newRow("signature 65 bytes")
            << replaceSignature(good, goodSig + QByteArray(1, '\0')) << "signature";
        QTest::newRow("signature S+L") << replaceSignature(good, addOrder(goodSig)) << "signature";
        QTest::newRow("signature zero") << replaceSignature(good, QByteArray(64, '\0')) << "signature";
        QTest::newRow("HMAC with the public key as secret") << test::jwtVectors()
                                                                   .value(QStringLiteral("cases"))
                                                                   .toArray()
                                                                   .at(7)
                                                                   .toObject()
                                                                   .value(QStringLiteral("token"))
                                                                   .toString()
                                                                   .toLatin1()
                                                            << "alg";

        // claims
        QTest::newRow("exp missing") << withClaims(claimsWith(QStringLiteral("exp"), QJsonValue()))
                                     << "claims";
        QTest::newRow("sub missing") << withClaims(claimsWith(QStringLiteral("sub"), QJsonValue()))
                                     << "claims";
        QTest::newRow("jti missing") << withClaims(claimsWith(QStringLiteral("jti"), QJsonValue()))
                                     << "claims";
        QTest::newRow("iss missing") << withClaims(claimsWith(QStringLiteral("iss"), QJsonValue()))
                                     << "claims";
        QTest::newRow("aud missing") << withClaims(claimsWith(QStringLiteral("aud"), QJsonValue()))
                                     << "claims";
        QTest::newRow("exp string") << withClaims(
            claimsWith(QStringLiteral("exp"), QStringLiteral("1767225900")))
                                    << "claims";
        QTest::newRow("exp fraction")
            << withClaims(claimsWith(QStringLiteral("exp"), 1767225900.5)) << "claims";
        QTest::newRow("exp negative") << withClaims(claimsWith(QStringLiteral("exp"), -1)) << "claims";
        QTest::newRow("exp huge") << withClaims(claimsWith(QStringLiteral("exp"), 1e300)) << "claims";
        QTest::newRow("lifetime over 1 h")
            << withClaims(claimsWith(QStringLiteral("exp"), 1767225600 + 7200)) << "claims";
        QTest::newRow("aud empty array")
            << withClaims(claimsWith(QStringLiteral("aud"), QJsonArray())) << "claims";
        QTest::newRow("aud numbers") << withClaims(claimsWith(QStringLiteral("aud"), QJsonArray { 1, 2 }))
                                     << "claims";
        QTest::newRow("sub with newline")
            << withClaims(claimsWith(QStringLiteral("sub"), QStringLiteral("buyer\n42"))) << "claims";
        QTest::newRow("sub with RLO")
            << withClaims(claimsWith(QStringLiteral("sub"), QStringLiteral("buyer\u202e24"))) << "claims";
        QTest::newRow("jti with zero-width space")
            << withClaims(claimsWith(QStringLiteral("jti"), QStringLiteral("tok\u200b0001"))) << "claims";
        QTest::newRow("mf not a CID")
            << withClaims(claimsWith(QStringLiteral("mf"), QStringLiteral("'; DROP TABLE manifests;--")))
            << "claims";
        QTest::newRow("shards with a non-CID") << withClaims(
            claimsWith(QStringLiteral("shards"), QJsonArray { QStringLiteral("../../etc/passwd") }))
                                               << "claims";
        {
            QJsonObject scope = goodClaims().value(QStringLiteral("scope")).toObject();
            scope.insert(QStringLiteral("maxSpend"), 2.5);
            QTest::newRow("maxSpend as a number")
                << withClaims(claimsWith(QStringLiteral("scope"), scope)) << "claims";
            scope.insert(QStringLiteral("maxSpend"),
                         QJsonObject { { QStringLiteral("amount"), QStringLiteral("-1") },
                                       { QStringLiteral("currency"), QStringLiteral("USD") } });
            QTest::newRow("maxSpend negative")
                << withClaims(claimsWith(QStringLiteral("scope"), scope)) << "claims";
            scope.remove(QStringLiteral("maxSpend"));
            scope.insert(QStringLiteral("maxBytes"), -5);
            QTest::newRow("maxBytes negative")
                << withClaims(claimsWith(QStringLiteral("scope"), scope)) << "claims";
        }
        QTest::newRow("cnf jkt too short") << withClaims(claimsWith(
            QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jkt"), QStringLiteral("abc") } }))
                                           << "claims";

        // issuer, audience, time
        QTest::newRow("wrong issuer")
            << withClaims(claimsWith(QStringLiteral("iss"), QStringLiteral("https://evil.example.test")))
            << "issuer";
        QTest::newRow("issuer differs in case")
            << withClaims(claimsWith(QStringLiteral("iss"), QStringLiteral("https://EDGE.example.test")))
            << "issuer";
        QTest::newRow("wrong audience")
            << withClaims(claimsWith(QStringLiteral("aud"), QStringLiteral("other"))) << "audience";
        QTest::newRow("audience array without us") << withClaims(
            claimsWith(QStringLiteral("aud"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") }))
                                                   << "audience";
        QTest::newRow("expired") << withClaims(claimsWith(QStringLiteral("exp"), kNow)) << "expired";
        QTest::newRow("not yet valid")
            << withClaims(claimsWith(QStringLiteral("nbf"), kNow + 1)) << "not_yet_valid";
        {
            QJsonObject c = goodClaims();
            c.insert(QStringLiteral("iat"), kNow + 100);
            c.insert(QStringLiteral("nbf"), kNow - 10);
            c.insert(QStringLiteral("exp"), kNow + 200);
            QTest::newRow("issued in the future") << withClaims(test::compactJson(c)) << "not_yet_valid";
        }
    }
    void badTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, reason);
        ++m_badTokenRows;
        TokenVerifier verifier = makeVerifier();
        const auto r = verifier.verify(token);
        QVERIFY2(!r.ok(), "accepted");
        QVERIFY2(r.errorCode() == reason, qPrintable(r.errorCode() + QStringLiteral(": ") + r.errorString()));
        QVERIFY(!r.errorString().isEmpty());
        // Rejections are never cached.
        QCOMPARE(verifier.cache().size(), 0);
        QVERIFY(!verifier.verify(token).ok());
    }

    void tableIsLargeEnough()
    {
        // Runs after badTokens(): the table must keep at least 40 rows.
        QVERIFY2(m_badTokenRows >= 40, qPrintable(QString::number(m_badTokenRows)));
    }

    void issueAndVerify()
    {
        TokenIssuer issuer(m_ring, &m_clock, kIssuer, kAudience);
        TokenClaims c = requestClaims();
        c.shards = goodClaims().value(QStringLiteral("shards")).toVariant().toStringList();
        c.maxSpend = 2500000;
        c.maxSpendCurrency = QStringLiteral("USD");
        c.job = QStringLiteral("job-9");
        const auto issued = issuer.issue(c);
        QVERIFY2(issued.ok(), qPrintable(issued.errorString()));
        QCOMPARE(issued->claims.iat, kNow);
        QCOMPARE(issued->claims.exp, kNow + TokenIssuer::kDefaultTtlSecs);
        QCOMPARE(issued->claims.iss, kIssuer);
        QCOMPARE(issued->claims.jti.size(), 22);
        QVERIFY(issued->token.size() < 2048);

        const auto verified = makeVerifier().verify(issued->token.toLatin1());
        QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
        QCOMPARE(verified->jti, issued->claims.jti);
        QCOMPARE(verified->maxSpend, qint64(2500000));
        QCOMPARE(verified->shards, c.shards);
        QCOMPARE(verified->job, QStringLiteral("job-9"));

        // Two tokens never share a jti.
        QVERIFY(issuer.issue(c)->claims.jti != issued->claims.jti);

        // Lifetimes: default 5 min, at most 1 h.
        QCOMPARE(issuer.issue(c, 3600)->claims.exp, kNow + 3600);
        QCOMPARE(issuer.issue(c, 3601).errorCode(), QStringLiteral("claims"));
        QVERIFY(!issuer.issue(c, -5).ok());
        TokenClaims noSub = c;
        noSub.sub.clear();
        QVERIFY(!issuer.issue(noSub).ok());
        TokenClaims badMf = c;
        badMf.mf = QStringLiteral("not-a-cid");
        QCOMPARE(issuer.issue(badMf).errorCode(), QStringLiteral("claims"));
        TokenIssuer noKey(std::make_shared<TokenKeyring>(), &m_clock, kIssuer, kAudience);
        QVERIFY(!noKey.issue(c).ok());
    }

    // An independent check of our signatures: openssl verifies the issued token's JWS
    // signing input with the vector's public key PEM.
    void issuedTokenVerifiesWithOpenssl()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("openssl not installed");
        TokenIssuer issuer(m_ring, &m_clock, kIssuer, kAudience);
        const QByteArray token = issuer.issue(requestClaims())->token.toLatin1();
        QTemporaryDir dir;
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString msg = dir.filePath(QStringLiteral("msg"));
        const QString sig = dir.filePath(QStringLiteral("sig"));
        QVERIFY(test::writeFile(pub,
                                test::jwtVectors()
                                    .value(QStringLiteral("key"))
                                    .toObject()
                                    .value(QStringLiteral("publicPem"))
                                    .toString()
                                    .toUtf8()));
        QVERIFY(test::writeFile(msg, token.left(token.lastIndexOf('.'))));
        QVERIFY(test::writeFile(sig, signatureOf(token)));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                  QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), msg,
                  QStringLiteral("-sigfile"), sig });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        // The header names the vector kid.
        const QJsonObject header
            = QJsonDocument::fromJson(crypto::base64UrlDecode(token.left(token.indexOf('.'))).value())
                  .object();
        QCOMPARE(header.value(QStringLiteral("kid")).toString().toLatin1(), vectorKid());
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    }

    void cacheHitReturnsSameClaims()
    {
        TokenVerifier verifier = makeVerifier();
        const QByteArray token = test::jwtVectors()
                                     .value(QStringLiteral("cases"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
        const auto first = verifier.verifyShared(token);
        QVERIFY(first.ok());
        QCOMPARE(verifier.cache().size(), 1);
        QCOMPARE(verifier.cache().hits(), quint64(0));
        const auto second = verifier.verifyShared(token);
        QVERIFY(second.ok());
        QCOMPARE(verifier.cache().hits(), quint64(1));
        QCOMPARE(second->get(), first->get()); // the same object
        QCOMPARE(verifier.verify(token)->raw, (*first)->raw);

        // A one-byte change is a different key and fails verification.
        QByteArray changed = token;
        changed[changed.size() - 5] = changed[changed.size() - 5] == 'A' ? 'B' : 'A';
        QVERIFY(!verifier.verify(changed).ok());
        QCOMPARE(verifier.cache().hits(), quint64(2));
    }

    void expiredEntryNotServed()
    {
        TokenVerifier verifier = makeVerifier(1024, 0);
        const QByteArray token = test::jwtVectors()
                                     .value(QStringLiteral("cases"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(verifier.verify(token).ok());
        m_clock.setSecs(1767225899);
        QVERIFY(verifier.verify(token).ok());
        const quint64 hits = verifier.cache().hits();
        m_clock.setSecs(1767225900); // == exp
        const auto r = verifier.verify(token);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), QStringLiteral("expired"));
        QCOMPARE(verifier.cache().hits(), hits);
        QCOMPARE(verifier.cache().size(), 0);

        // Clock going backwards before nbf: the cached entry is not served either.
        m_clock.setSecs(kNow);
        QVERIFY(verifier.verify(token).ok());
        m_clock.setSecs(1767225600 - 1);
        QCOMPARE(verifier.verify(token).errorCode(), QStringLiteral("not_yet_valid"));
    }

    void cacheIsBounded()
    {
        TokenVerifier verifier = makeVerifier(64);
        TokenIssuer issuer(m_ring, &m_clock, kIssuer, kAudience);
        const int capacity = verifier.cache().capacity();
        QVERIFY(capacity >= 64 && capacity <= 64 + 16);
        QList<QByteArray> tokens;
        for (int i = 0; i < 300; ++i) {
            const QByteArray t = issuer.issue(requestClaims())->token.toLatin1();
            QVERIFY(verifier.verify(t).ok());
            QVERIFY(verifier.cache().size() <= capacity);
            tokens.append(t);
        }
        QVERIFY(verifier.cache().size() > capacity / 2);
        // Evicted tokens still verify (cold), then are cached again.
        QVERIFY(verifier.verify(tokens.first()).ok());
        verifier.cache().clear();
        QCOMPARE(verifier.cache().size(), 0);

        TokenVerifier noCache = makeVerifier(0);
        QVERIFY(noCache.verify(tokens.last()).ok());
        QCOMPARE(noCache.cache().size(), 0);
    }

    void rotation()
    {
        TokenIssuer issuer(m_ring, &m_clock, kIssuer, kAudience);
        TokenVerifier verifier = makeVerifier(1024, 60);
        const auto oldToken = issuer.issue(requestClaims(), 600);
        QVERIFY(oldToken.ok());
        const QString oldKid = m_ring->activeKid();
        const auto newKey = test::jwtVectorKey("otherKey");
        m_ring->rotate(newKey, oldToken->claims.exp + 60);
        QCOMPARE(m_ring->activeKid(), TokenKeyring::thumbprint(newKey.publicKey()));
        QCOMPARE(m_ring->jwks(m_clock.nowSecs()).value(QStringLiteral("keys")).toArray().size(), 2);

        const auto newToken = issuer.issue(requestClaims(), 600);
        QVERIFY(newToken.ok());
        QVERIFY(newToken->token.startsWith(
            crypto::base64UrlEncode("{\"alg\":\"EdDSA\",\"kid\":\"" + m_ring->activeKid().toLatin1() + "\"")
                .left(20)));
        QVERIFY(verifier.verify(oldToken->token.toLatin1()).ok());
        QVERIFY(verifier.verify(newToken->token.toLatin1()).ok());

        // Verify-only edges get the same answer from the published JWKS.
        const auto published = TokenKeyring::fromJwks(m_ring->jwks(m_clock.nowSecs()));
        QVERIFY(published.ok());
        VerifierOptions o;
        o.issuer = kIssuer;
        o.audience = kAudience;
        TokenVerifier edge(*published, &m_clock, o);
        QVERIFY(edge.verify(oldToken->token.toLatin1()).ok());
        QVERIFY(edge.verify(newToken->token.toLatin1()).ok());

        // Once every old token has expired the old key goes away.
        m_clock.setSecs(oldToken->claims.exp + 60);
        m_ring->prune(m_clock.nowSecs());
        QCOMPARE(m_ring->kids(), QStringList { m_ring->activeKid() });
        QVERIFY(!m_ring->find(oldKid, m_clock.nowSecs()));
        QCOMPARE(m_ring->jwks(m_clock.nowSecs()).value(QStringLiteral("keys")).toArray().size(), 1);

        // Removing a compromised key drops its cached tokens at once.
        m_clock.setSecs(kNow + 100);
        const auto t = issuer.issue(requestClaims());
        QVERIFY(verifier.verify(t->token.toLatin1()).ok());
        QVERIFY(m_ring->removeKey(m_ring->activeKid()));
        QCOMPARE(verifier.verify(t->token.toLatin1()).errorCode(), QStringLiteral("kid"));
        QVERIFY(!m_ring->canSign());
        QVERIFY(!m_ring->removeKey(QStringLiteral("nope")));
    }

    void skewIsCapped()
    {
        VerifierOptions o;
        o.issuer = kIssuer;
        o.audience = kAudience;
        o.clockSkewSecs = 3600;
        TokenVerifier v(m_ring, &m_clock, o);
        QCOMPARE(v.options().clockSkewSecs, TokenVerifier::kMaxClockSkewSecs);
        const QByteArray token = test::jwtVectors()
                                     .value(QStringLiteral("cases"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
        m_clock.setSecs(1767225900 + 61);
        QCOMPARE(v.verify(token).errorCode(), QStringLiteral("expired"));
    }

    void threads()
    {
        TokenIssuer issuer(m_ring, &m_clock, kIssuer, kAudience);
        TokenVerifier verifier = makeVerifier(4096, 60);
        QList<QByteArray> tokens;
        for (int i = 0; i < 64; ++i)
            tokens.append(issuer.issue(requestClaims())->token.toLatin1());
        QByteArray bad = tokens.first();
        bad[bad.size() - 3] = bad[bad.size() - 3] == 'A' ? 'B' : 'A';

        std::atomic<int> ok { 0 };
        std::atomic<int> rejected { 0 };
        std::vector<std::thread> workers;
        for (int t = 0; t < 4; ++t) {
            workers.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round) {
                    for (int i = 0; i < tokens.size(); ++i) {
                        const QByteArray &token = tokens.at((i + t * 7) % tokens.size());
                        const auto r
                            = (round % 5 == 0) ? verifier.verifyUncached(token) : verifier.verify(token);
                        if (r.ok() && r->sub == QLatin1String("buyer-42"))
                            ++ok;
                    }
                    if (!verifier.verify(bad).ok())
                        ++rejected;
                }
            });
        }
        for (auto &w : workers)
            w.join();
        QCOMPARE(ok.load(), 4 * 20 * 64);
        QCOMPARE(rejected.load(), 4 * 20);
        QVERIFY(verifier.cache().hits() > 0);
        QCOMPARE(verifier.cache().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "tst_tokenverifier.moc"
