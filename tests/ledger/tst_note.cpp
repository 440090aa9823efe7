// C2SP signed-note checkpoints against shared/vectors/checkpoint_note.json (Go sumdb/note).

#include "crypto/encoding.h"
#include "ledger/note.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace sg::ledger;
using sg::test::fromHex;
using sg::test::loadVector;

class TstNote : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_v;
    QString str(const char *key) const { return m_v.value(QLatin1String(key)).toString(); }

private Q_SLOTS:
    void initTestCase() { m_v = loadVector(QStringLiteral("checkpoint_note.json")); }

    void keyHash()
    {
        const QByteArray pub = fromHex(str("publicKeyHex"));
        QCOMPARE(QStringLiteral("%1").arg(noteKeyHash(str("origin"), pub), 8, 16, QLatin1Char('0')),
                 str("keyHashHex"));
    }

    void verifierKey()
    {
        auto v = NoteVerifier::fromVerifierKey(str("verifierKey"));
        QVERIFY2(v.ok(), qPrintable(v.errorString()));
        QCOMPARE(v->name(), str("origin"));
        QCOMPARE(v->publicKey().raw().toHex(), str("publicKeyHex").toLatin1());
        QCOMPARE(v->verifierKey(), str("verifierKey"));
        auto pub = sg::crypto::Ed25519PublicKey::fromRaw(fromHex(str("publicKeyHex")));
        QVERIFY(pub.ok());
        QCOMPARE(NoteVerifier::fromPublicKey(str("origin"), *pub).verifierKey(), str("verifierKey"));
    }

    void signerKey()
    {
        auto s = NoteSigner::fromSignerKey(str("signerKey"));
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->signerKey(), str("signerKey"));
        QCOMPARE(s->verifier().verifierKey(), str("verifierKey"));
        auto seeded = sg::crypto::Ed25519PrivateKey::fromSeed(fromHex(str("seedHex")));
        QVERIFY(seeded.ok());
        QCOMPARE(NoteSigner::fromPrivateKey(str("origin"), *seeded)->signerKey(), str("signerKey"));
    }

    void badKeys_data()
    {
        QTest::addColumn<QString>("key");
        const QString vkey = m_v.value(QStringLiteral("verifierKey")).toString();
        QTest::newRow("no hash") << QStringLiteral(
            "shardgate.example/log+Aa3BQBH4LRxW2VaqT51z2IWDYaYGBIUl4NCMY43HXdjH");
        QTest::newRow("wrong hash") << QString(vkey).replace(QStringLiteral("cdae3e8e"),
                                                             QStringLiteral("cdae3e8f"));
        QTest::newRow("upper-case hash")
            << QString(vkey).replace(QStringLiteral("cdae3e8e"), QStringLiteral("CDAE3E8E"));
        QTest::newRow("other name") << QString(vkey).replace(QStringLiteral("shardgate.example"),
                                                             QStringLiteral("x"));
        QTest::newRow("space in name")
            << QStringLiteral("a b+cdae3e8e+Aa3BQBH4LRxW2VaqT51z2IWDYaYGBIUl4NCMY43HXdjH");
        QTest::newRow("bad base64") << QString(vkey).replace(QStringLiteral("Aa3B"), QStringLiteral("Aa3!"));
        QTest::newRow("unknown algorithm")
            << QString(vkey).replace(QStringLiteral("+Aa3B"), QStringLiteral("+Aq3B"));
        QTest::newRow("empty") << QString();
    }
    void badKeys()
    {
        QFETCH(QString, key);
        QVERIFY(!NoteVerifier::fromVerifierKey(key).ok());
    }

    void checkpointBody()
    {
        const QJsonObject cp = m_v.value(QStringLiteral("checkpoint")).toObject();
        Checkpoint c;
        c.origin = cp.value(QStringLiteral("origin")).toString();
        c.size = cp.value(QStringLiteral("treeSize")).toInteger();
        c.rootHash = fromHex(cp.value(QStringLiteral("rootHex")).toString());
        QCOMPARE(c.body(), cp.value(QStringLiteral("body")).toString().toUtf8());
        auto parsed = Checkpoint::parseBody(c.body());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size, 8);
        QCOMPARE(parsed->rootHash, c.rootHash);
        QVERIFY(!Checkpoint::parseBody("o\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n").ok());
        QVERIFY(!Checkpoint::parseBody("o\n8\nXcna\n").ok());
        QVERIFY(!Checkpoint::parseBody("o\n8\n").ok());
        QVERIFY(!Checkpoint::parseBody("o\n-8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n").ok());
    }

    void signReproducesVector()
    {
        auto s = NoteSigner::fromSignerKey(str("signerKey"));
        QVERIFY(s.ok());
        const QByteArray body = m_v.value(QStringLiteral("checkpoint"))
                                    .toObject()
                                    .value(QStringLiteral("body"))
                                    .toString()
                                    .toUtf8();
        auto note = s->sign(body);
        QVERIFY(note.ok());
        QCOMPARE(QString::fromUtf8(*note), str("signedNote"));
        const QJsonObject sig = m_v.value(QStringLiteral("signature")).toObject();
        QVERIFY(note->contains(sig.value(QStringLiteral("line")).toString().toUtf8()));
        QVERIFY(!s->sign("no newline").ok());
    }

    void cases_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = m_v.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 11);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }
    void cases()
    {
        QFETCH(QJsonObject, c);
        auto v = NoteVerifier::fromVerifierKey(str("verifierKey"));
        QVERIFY(v.ok());
        const QByteArray note = c.value(QStringLiteral("note")).toString().toUtf8();
        // note.Open's verdict, word for word.
        auto opened = openNote(note, { *v });
        const QString expectedOpen = c.value(QStringLiteral("noteOpen")).toString();
        if (expectedOpen == QLatin1String("ok"))
            QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        else
            QCOMPARE(opened.errorString(), expectedOpen);
        // The checkpoint verdict (signature + origin).
        auto cp = openCheckpoint(note, *v, str("origin"));
        QCOMPARE(cp.ok(), c.value(QStringLiteral("checkpointValid")).toBool());
        if (cp.ok()) {
            QCOMPARE(cp->size, 8);
            QCOMPARE(cp->rootHash.toHex(),
                     m_v.value(QStringLiteral("checkpoint"))
                         .toObject()
                         .value(QStringLiteral("rootHex"))
                         .toString()
                         .toLatin1());
        }
        if (c.value(QStringLiteral("name")).toString().contains(QLatin1String("cosigner"))) {
            QCOMPARE(opened->unverified.size(), 1);
            QCOMPARE(opened->unverified.first().name, QStringLiteral("witness.example/w1"));
        }
    }

    void generatedKeyRoundTrip()
    {
        // Many keys, so base64 strings with '+' and '/' are covered.
        for (int i = 0; i < 64; ++i) {
            auto k = NoteSigner::generate(QStringLiteral("example.org/log"));
            QVERIFY(k.ok());
            auto again = NoteSigner::fromSignerKey(k->signerKey());
            QVERIFY2(again.ok(), qPrintable(k->signerKey()));
            QCOMPARE(again->verifier().verifierKey(), k->verifier().verifierKey());
            QVERIFY(NoteVerifier::fromVerifierKey(k->verifier().verifierKey()).ok());
        }
        auto s = NoteSigner::generate(QStringLiteral("example.org/log"));
        QVERIFY(s.ok());
        Checkpoint c { QStringLiteral("example.org/log"), 3, QByteArray(32, 'x'), {} };
        auto note = s->sign(c.body());
        QVERIFY(note.ok());
        QVERIFY(openCheckpoint(*note, s->verifier()).ok());
        QVERIFY(!NoteSigner::generate(QStringLiteral("bad name")).ok());
    }
};

QTEST_GUILESS_MAIN(TstNote)
#include "tst_note.moc"
