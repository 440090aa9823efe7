#include "crypto/cid.h"
#include "crypto/sha256.h"
#include "testsupport.h"
#include "vectorinput.h"

#include <QJsonArray>
#include <QtTest>

using namespace sg;
using namespace sg::crypto;

class TestCid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QByteArray>("cidBytes");
        QTest::addColumn<QString>("cid");
        const QJsonArray cases
            = test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 6);
        for (const auto &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << test::cidVectorInput(c.value(QStringLiteral("input")).toObject())
                << test::fromHex(c.value(QStringLiteral("sha256")).toString())
                << test::fromHex(c.value(QStringLiteral("cidBytesHex")).toString())
                << c.value(QStringLiteral("cid")).toString();
        }
    }
    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QFETCH(QByteArray, cidBytes);
        QFETCH(QString, cid);

        const Cid fromData = Cid::ofData(input);
        QCOMPARE(fromData.toString(), cid);
        QCOMPARE(fromData.toString().size(), 59);
        QCOMPARE(fromData.bytes(), cidBytes);
        QCOMPARE(fromData.digest(), digest);

        const Cid fromDigest = Cid::fromDigest(digest);
        QCOMPARE(fromDigest, fromData);

        const auto parsed = Cid::parse(cid);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(*parsed, fromData);
        QCOMPARE(parsed->digest(), digest);

        const auto fromBytes = Cid::fromBytes(cidBytes);
        QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.errorString()));
        QCOMPARE(*fromBytes, fromData);
        QCOMPARE(qHash(*fromBytes), qHash(fromData));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const QJsonArray invalid
            = test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("invalid")).toArray();
        QCOMPARE(invalid.size(), 11);
        int i = 0;
        for (const auto &v : invalid) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(QStringLiteral("invalid %1").arg(i++)))
                << c.value(QStringLiteral("cid")).toString() << c.value(QStringLiteral("reason")).toString();
        }
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto r = Cid::parse(text);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted %1 (%2)").arg(text, reason)));
        QVERIFY(r.errorString().startsWith(QLatin1String("invalid CID: ")));
        QCOMPARE(r.errorCode(), QStringLiteral("format"));
    }

    // The error names the rule that failed.
    void errorMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QJsonArray invalid
            = test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("invalid")).toArray();
        auto cidAt = [&](int i) { return invalid.at(i).toObject().value(QStringLiteral("cid")).toString(); };
        QTest::newRow("base58") << cidAt(0) << "base58btc";
        QTest::newRow("bad prefix") << cidAt(1) << "multibase prefix '!'";
        QTest::newRow("cidv0") << cidAt(2) << "CIDv0";
        QTest::newRow("dag-pb") << cidAt(3) << "dag-pb";
        QTest::newRow("sha2-512") << cidAt(4) << "sha2-512";
        QTest::newRow("truncated bytes") << cidAt(5) << "truncated";
        QTest::newRow("dangling bits") << cidAt(6) << "base32";
        QTest::newRow("trailing") << cidAt(7) << "trailing";
        QTest::newRow("alphabet") << cidAt(8) << "'1'";
        QTest::newRow("upper case") << cidAt(9) << "upper-case";
        QTest::newRow("empty") << cidAt(10) << "empty";
    }
    void errorMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto r = Cid::parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(expected), qPrintable(r.errorString()));
    }

    void fromBytesRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray digest(32, '\x07');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("version 0") << QByteArray::fromHex("00551220") + digest;
        QTest::newRow("version 2") << QByteArray::fromHex("02551220") + digest;
        QTest::newRow("codec dag-pb") << QByteArray::fromHex("01701220") + digest;
        QTest::newRow("codec dag-cbor") << QByteArray::fromHex("01711220") + digest;
        QTest::newRow("non-minimal codec varint") << QByteArray::fromHex("01d5001220") + digest;
        QTest::newRow("identity hash") << QByteArray::fromHex("01550020") + digest;
        QTest::newRow("length 31") << QByteArray::fromHex("0155121f") + digest.left(31);
        QTest::newRow("digest short") << QByteArray::fromHex("01551220") + digest.left(31);
        QTest::newRow("digest long") << QByteArray::fromHex("01551220") + digest + QByteArray(1, '\0');
        QTest::newRow("cidv0 multihash") << QByteArray::fromHex("1220") + digest;
    }
    void fromBytesRejects()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!Cid::fromBytes(bytes).ok());
    }

    // parse() accepts exactly the canonical text: every one-character change of a valid
    // CID is either rejected or is itself the canonical form of what it parses to.
    void onlyCanonicalText()
    {
        const QString cid = test::loadVector(QStringLiteral("cid.json"))
                                .value(QStringLiteral("cases"))
                                .toArray()
                                .at(1)
                                .toObject()
                                .value(QStringLiteral("cid"))
                                .toString();
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz234567ABCZ019=_-");
        int accepted = 0;
        for (int pos = 0; pos < cid.size(); ++pos) {
            for (const QChar c : alphabet) {
                QString text = cid;
                text[pos] = c;
                const auto r = Cid::parse(text);
                if (r.ok()) {
                    ++accepted;
                    QCOMPARE(r->toString(), text);
                }
            }
        }
        QVERIFY(accepted > 0); // digest characters can change freely
    }

    void nullCid()
    {
        Cid c;
        QVERIFY(c.isNull());
        QVERIFY(c.toString().isEmpty());
        QVERIFY(Cid::fromDigest(QByteArray(31, 'x')).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCid)
#include "tst_cid.moc"
