#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::crypto;

class TestEd25519 : public QObject
{
    Q_OBJECT

    static QJsonArray cases()
    {
        return test::loadVector(QStringLiteral("ed25519.json")).value(QStringLiteral("cases")).toArray();
    }
    static QByteArray hexField(const QJsonObject &c, const char *name)
    {
        return test::fromHex(c.value(QLatin1String(name)).toString());
    }

private Q_SLOTS:
    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("privatePem");
        QTest::addColumn<QByteArray>("publicPem");
        int valid = 0;
        for (const auto &v : cases()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("valid")).toBool())
                continue;
            ++valid;
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << hexField(c, "secretKeyHex") << hexField(c, "publicKeyHex") << hexField(c, "messageHex")
                << hexField(c, "signatureHex") << c.value(QStringLiteral("privatePem")).toString().toUtf8()
                << c.value(QStringLiteral("publicPem")).toString().toUtf8();
        }
        QCOMPARE(valid, 5);
    }
    void rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, privatePem);
        QFETCH(QByteArray, publicPem);

        const auto key = Ed25519PrivateKey::fromSeed(seed);
        QVERIFY2(key.ok(), qPrintable(key.errorString()));
        QCOMPARE(key->seed(), seed);
        QCOMPARE(key->publicKey().raw(), publicKey);
        // Ed25519 is deterministic: the signature must equal the RFC's.
        QCOMPARE(key->sign(message), signature);

        const auto pub = Ed25519PublicKey::fromRaw(publicKey);
        QVERIFY(pub.ok());
        QVERIFY(pub->verify(message, signature));

        // PEM parsing of what OpenSSL wrote, and byte-exact writing.
        const auto fromPem = Ed25519PrivateKey::fromPem(privatePem);
        QVERIFY2(fromPem.ok(), qPrintable(fromPem.errorString()));
        QCOMPARE(fromPem->seed(), seed);
        QCOMPARE(key->toPem(), privatePem);
        const auto pubFromPem = Ed25519PublicKey::fromPem(publicPem);
        QVERIFY2(pubFromPem.ok(), qPrintable(pubFromPem.errorString()));
        QCOMPARE(pubFromPem->raw(), publicKey);
        QCOMPARE(pub->toPem(), publicPem);
        QCOMPARE(key->publicKey().toPem(), publicPem);

        // Tagged text form round trip.
        const QString tagged = pub->toTagged();
        QCOMPARE(tagged, QStringLiteral("ed25519:") + QString::fromLatin1(base64UrlEncode(publicKey)));
        const auto back = Ed25519PublicKey::fromTagged(tagged);
        QVERIFY(back.ok());
        QCOMPARE(*back, *pub);
    }

    // RFC 8032 TEST 1 signs the empty message, which `openssl pkeyutl -rawin` cannot do.
    void emptyMessage()
    {
        const QJsonObject c = cases().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("TEST 1"));
        QCOMPARE(c.value(QStringLiteral("messageLength")).toInt(), 0);
        const auto key = Ed25519PrivateKey::fromSeed(hexField(c, "secretKeyHex"));
        QVERIFY(key.ok());
        const QByteArray sig = key->sign(QByteArrayView());
        QCOMPARE(sig, hexField(c, "signatureHex"));
        QVERIFY(key->publicKey().verify(QByteArrayView(), sig));
        QVERIFY(key->publicKey().verify(QByteArray(""), sig));
        QVERIFY(!key->publicKey().verify(QByteArray(1, '\0'), sig));
    }

    void invalidSignatures_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        int invalid = 0;
        for (const auto &v : cases()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("valid")).toBool())
                continue;
            ++invalid;
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << hexField(c, "publicKeyHex") << hexField(c, "messageHex") << hexField(c, "signatureHex");
        }
        QCOMPARE(invalid, 6);
    }
    void invalidSignatures()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const auto pub = Ed25519PublicKey::fromRaw(publicKey);
        QVERIFY(pub.ok());
        QVERIFY(!pub->verify(message, signature));
    }

    void signatureLengths()
    {
        const QJsonObject c = cases().at(1).toObject();
        const auto pub = Ed25519PublicKey::fromRaw(hexField(c, "publicKeyHex"));
        const QByteArray msg = hexField(c, "messageHex");
        const QByteArray sig = hexField(c, "signatureHex");
        QVERIFY(pub->verify(msg, sig));
        QVERIFY(!pub->verify(msg, sig + QByteArray(1, '\0')));
        QVERIFY(!pub->verify(msg, sig.left(63)));
        QVERIFY(!pub->verify(msg, QByteArray()));
        QVERIFY(!Ed25519PublicKey().verify(msg, sig));
    }

    void passphrase()
    {
        const QJsonObject c = cases().at(2).toObject();
        const auto key = Ed25519PrivateKey::fromSeed(hexField(c, "secretKeyHex"));
        QVERIFY(key.ok());
        const QByteArray pem = key->toPem("correct horse");
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!pem.contains(key->toPem().mid(28, 40)));

        const auto back = Ed25519PrivateKey::fromPem(pem, "correct horse");
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->seed(), key->seed());

        const auto wrong = Ed25519PrivateKey::fromPem(pem, "battery staple");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.errorCode(), QStringLiteral("passphrase"));
        QVERIFY2(wrong.errorString().contains(QLatin1String("wrong passphrase")),
                 qPrintable(wrong.errorString()));

        const auto missing = Ed25519PrivateKey::fromPem(pem);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorCode(), QStringLiteral("passphrase"));
        QVERIFY2(missing.errorString().contains(QLatin1String("encrypted")),
                 qPrintable(missing.errorString()));
    }

    void encryptedPemReadableByOpenssl()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            SG_SKIP_OR_FAIL_WITHOUT("openssl command not installed");
        const QJsonObject c = cases().at(1).toObject();
        const auto key = Ed25519PrivateKey::fromSeed(hexField(c, "secretKeyHex"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.pem"));
        QVERIFY(test::writeFile(path, key->toPem("s3cret")));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                { QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                  QStringLiteral("pass:s3cret") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), c.value(QStringLiteral("privatePem")).toString().toUtf8());
    }

    void badPem_data()
    {
        QTest::addColumn<QByteArray>("pem");
        const QByteArray good
            = cases().at(0).toObject().value(QStringLiteral("privatePem")).toString().toUtf8();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("hello");
        QTest::newRow("public key")
            << cases().at(0).toObject().value(QStringLiteral("publicPem")).toString().toUtf8();
        QTest::newRow("damaged base64") << QByteArray(good).replace("MC4CAQAw", "MC4CAQA!");
        QTest::newRow("truncated") << good.left(40);
    }
    void badPem()
    {
        QFETCH(QByteArray, pem);
        const auto r = Ed25519PrivateKey::fromPem(pem);
        QVERIFY(!r.ok());
        QVERIFY(!r.errorString().isEmpty());
    }

    void badPublicKeys()
    {
        QVERIFY(!Ed25519PublicKey::fromRaw(QByteArray(31, 'a')).ok());
        QVERIFY(!Ed25519PublicKey::fromRaw(QByteArray(33, 'a')).ok());
        QVERIFY(!Ed25519PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n").ok());
        QVERIFY(!Ed25519PublicKey::fromTagged(u"ed448:AAAA").ok());
        QVERIFY(!Ed25519PublicKey::fromTagged(u"ed25519:").ok());
        QVERIFY(!Ed25519PublicKey::fromTagged(u"ed25519:11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo=").ok());
        QVERIFY(!Ed25519PublicKey::fromTagged(u"ed25519:11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo").ok());
        QVERIFY(Ed25519PublicKey::fromTagged(u"ed25519:11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo").ok());
        QVERIFY(!Ed25519PrivateKey::fromSeed(QByteArray(31, 'a')).ok());
    }

    void generateAndSave()
    {
        const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
        QVERIFY(!key.isNull());
        const Ed25519PrivateKey other = Ed25519PrivateKey::generate();
        QVERIFY(key.seed() != other.seed());
        const QByteArray sig = key.sign("message");
        QVERIFY(key.publicKey().verify("message", sig));
        QVERIFY(!other.publicKey().verify("message", sig));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(key.saveFile(path, "pw").ok());
        QCOMPARE(QFileInfo(path).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

        // Refuses to overwrite; the file is unchanged.
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const auto again = other.saveFile(path);
        QVERIFY(!again.ok());
        QVERIFY(again.errorString().contains(QLatin1String("--force")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        const auto loaded = Ed25519PrivateKey::loadFile(path, "pw");
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded->seed(), key.seed());
        QVERIFY(!Ed25519PrivateKey::loadFile(path).ok());

        QVERIFY(other.saveFile(path, {}, true).ok());
        QCOMPARE(Ed25519PrivateKey::loadFile(path)->seed(), other.seed());
        QVERIFY(!Ed25519PrivateKey::loadFile(dir.filePath(QStringLiteral("missing.pem"))).ok());
    }

    void copiesShareKey()
    {
        const auto key = Ed25519PrivateKey::generate();
        Ed25519PrivateKey copy = key;
        QCOMPARE(copy.seed(), key.seed());
        Ed25519PublicKey pub = key.publicKey();
        Ed25519PublicKey pub2;
        QVERIFY(pub2.isNull());
        pub2 = pub;
        QVERIFY(pub2.verify("x", copy.sign("x")));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
