// Manifest: exact JCS signing input, signature checked by openssl, tampering of every
// member, wrong keys, strict parsing.

#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "crypto/sha256.h"
#include "packaging/manifest.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace sg::packaging;
using namespace sg::crypto;

namespace {

QJsonObject edCase(int i)
{
    return sg::test::loadVector(QStringLiteral("ed25519.json"))
        .value(QStringLiteral("cases"))
        .toArray()
        .at(i)
        .toObject();
}

Ed25519PrivateKey vectorKey(int i)
{
    return Ed25519PrivateKey::fromSeed(
               sg::test::fromHex(edCase(i).value(QStringLiteral("secretKeyHex")).toString()))
        .value();
}

// "abc" as the only file; its sha256 and CID from shared/vectors/cid.json.
Manifest tinyManifest()
{
    const QJsonArray cids
        = sg::test::loadVector(QStringLiteral("cid.json")).value(QStringLiteral("cases")).toArray();
    QJsonObject abc;
    for (const auto &c : cids) {
        if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("abc"))
            abc = c.toObject();
    }
    Manifest m;
    m.dataset = QStringLiteral("d");
    m.version = QStringLiteral("1");
    m.created = 1767225600;
    m.creatorId = QStringLiteral("c");
    m.license = QJsonObject { { QStringLiteral("id"), QStringLiteral("l") },
                              { QStringLiteral("spdx"), QStringLiteral("MIT") },
                              { QStringLiteral("uses"), QJsonArray() },
                              { QStringLiteral("pricePerAccess"),
                                QJsonObject { { QStringLiteral("amount"), QStringLiteral("0") },
                                              { QStringLiteral("currency"), QStringLiteral("USD") } } } };
    m.shardSize = 4194304;
    m.totalBytes = 3;
    m.files = { FileEntry { QStringLiteral("a.txt"),
                            3,
                            sg::test::fromHex(abc.value(QStringLiteral("sha256")).toString()),
                            { Extent { 0, 0, 3 } } } };
    m.shards = { ShardEntry { Cid::parse(abc.value(QStringLiteral("cid")).toString()).value(), 3 } };
    return m;
}

// Every way to change one thing in a JSON tree: each scalar altered, each member removed,
// an unknown member added to each object, each array element dropped or duplicated.
void mutations(const QJsonValue &v, const std::function<QJsonValue(const QJsonValue &)> &rebuild,
               const QString &where, QList<QPair<QString, QJsonValue>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QJsonObject extra = o;
        extra.insert(QStringLiteral("zzExtra"), 1);
        out.append({ where + QStringLiteral(" +member"), rebuild(extra) });
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonObject without = o;
            without.remove(it.key());
            out.append({ where + QStringLiteral(" -") + it.key(), rebuild(without) });
            const QString key = it.key();
            mutations(
                it.value(),
                [o, key, rebuild](const QJsonValue &nv) {
                    QJsonObject copy = o;
                    copy.insert(key, nv);
                    return rebuild(copy);
                },
                where + QLatin1Char('.') + key, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            QJsonArray without = a;
            without.removeAt(i);
            out.append({ where + QStringLiteral("[%1] dropped").arg(i), rebuild(without) });
            QJsonArray twice = a;
            twice.insert(i, a.at(i));
            out.append({ where + QStringLiteral("[%1] duplicated").arg(i), rebuild(twice) });
            mutations(
                a.at(i),
                [a, i, rebuild](const QJsonValue &nv) {
                    QJsonArray copy = a;
                    copy.replace(i, nv);
                    return rebuild(copy);
                },
                where + QStringLiteral("[%1]").arg(i), out);
        }
    } else if (v.isString()) {
        const QString s = v.toString();
        QString flipped = s;
        if (flipped.isEmpty())
            flipped = QStringLiteral("x");
        else
            flipped[flipped.size() / 2] = QChar(flipped.at(flipped.size() / 2).unicode() ^ 1);
        out.append({ where + QStringLiteral(" flipped"), rebuild(flipped) });
        out.append({ where + QStringLiteral(" as number"), rebuild(7) });
    } else if (v.isDouble()) {
        out.append({ where + QStringLiteral(" +1"), rebuild(v.toDouble() + 1) });
        if (v.toDouble() > 0)
            out.append({ where + QStringLiteral(" -1"), rebuild(v.toDouble() - 1) });
        out.append({ where + QStringLiteral(" as string"), rebuild(QString::number(v.toDouble())) });
    } else if (v.isBool()) {
        out.append({ where + QStringLiteral(" negated"), rebuild(!v.toBool()) });
    }
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signingInputIsExactJcs();
    void signatureCheckedByOpenssl();
    void cidIsCidOfFileBytes();
    void roundTrip();
    void tamperEveryMember();
    void wrongKey();
    void unsigned_();
    void rejects_data();
    void rejects();
};

void TestManifest::signingInputIsExactJcs()
{
    Manifest m = tinyManifest();
    m.sign(vectorKey(0));
    const QString pub = QStringLiteral("ed25519:")
        + QString::fromLatin1(base64UrlEncode(
            sg::test::fromHex(edCase(0).value(QStringLiteral("publicKeyHex")).toString())));
    // RFC 8785 by hand: members sorted by UTF-16 code units ("created" < "creator",
    // "shardSize" < "shards"), no whitespace, integers as integers.
    const QString expected
        = QStringLiteral(
              R"({"created":"2026-01-01T00:00:00Z","creator":{"id":"c","pubkey":"%1"},"dataset":"d",)"
              R"("files":[{"extents":[{"length":3,"offset":0,"shard":0}],"path":"a.txt",)"
              R"("sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","size":3}],)"
              R"("format":"shardgate/manifest/v1",)"
              R"("license":{"id":"l","pricePerAccess":{"amount":"0","currency":"USD"},"spdx":"MIT","uses":[]},)"
              R"("shardSize":4194304,"shards":[{"cid":"bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu","size":3}],)"
              R"("totalBytes":3,"version":"1"})")
              .arg(pub);
    QCOMPARE(QString::fromUtf8(m.signingInput()), expected);
    // The signed form adds "signature" last ("signature" > "shards", < "totalBytes").
    const QByteArray signedBytes = m.canonicalBytes();
    QVERIFY(signedBytes.contains(",\"signature\":\"ed25519:"));
    QVERIFY(signedBytes.indexOf("\"signature\"") < signedBytes.indexOf("\"totalBytes\""));
    QVERIFY(m.verifySignature().ok());
}

void TestManifest::signatureCheckedByOpenssl()
{
    Manifest m = tinyManifest();
    m.sign(vectorKey(1));
    QTemporaryDir dir;
    const QString msg = dir.filePath(QStringLiteral("msg"));
    const QString sig = dir.filePath(QStringLiteral("sig"));
    const QString pub = dir.filePath(QStringLiteral("pub.pem"));
    QVERIFY(sg::test::writeFile(msg, m.signingInput()));
    QVERIFY(sg::test::writeFile(sig, m.signature));
    QVERIFY(sg::test::writeFile(pub, edCase(1).value(QStringLiteral("publicPem")).toString().toUtf8()));
    QProcess p;
    p.start(QStringLiteral("openssl"),
            { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
              QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), msg,
              QStringLiteral("-sigfile"), sig });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("Signature Verified Successfully"));
    // And the tagged signature in the JSON is exactly those 64 bytes in base64url.
    QCOMPARE(m.toJson().value(QStringLiteral("signature")).toString(),
             QStringLiteral("ed25519:") + QString::fromLatin1(base64UrlEncode(m.signature)));
}

void TestManifest::cidIsCidOfFileBytes()
{
    Manifest m = tinyManifest();
    m.sign(vectorKey(0));
    const QByteArray bytes = m.canonicalBytes();
    // Canonical bytes are a fixed point of JCS, so the file written is its own canonical form.
    QCOMPARE(sg::crypto::jcs::canonicalize(QByteArrayView(bytes)).value(), bytes);
    QCOMPARE(m.cid(), Cid::ofData(bytes));
    QVERIFY(m.cid().toString().startsWith(QLatin1String("bafkrei")));
    QCOMPARE(
        m.licenseHash(),
        Cid::ofData(R"({"id":"l","pricePerAccess":{"amount":"0","currency":"USD"},"spdx":"MIT","uses":[]})"));
}

void TestManifest::roundTrip()
{
    Manifest m = tinyManifest();
    m.title = QStringLiteral("Title é");
    m.description = QStringLiteral("Line\nbreak");
    m.previous = Cid::ofData("older");
    m.sign(vectorKey(2));
    auto parsed = Manifest::fromJsonText(m.canonicalBytes());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->canonicalBytes(), m.canonicalBytes());
    QVERIFY(parsed->verifySignature().ok());
    // Pretty-printed text is the same manifest.
    auto pretty = Manifest::fromJsonText(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented));
    QVERIFY(pretty.ok());
    QCOMPARE(pretty->cid(), m.cid());
}

void TestManifest::tamperEveryMember()
{
    Manifest m = tinyManifest();
    m.title = QStringLiteral("t");
    m.description = QStringLiteral("d");
    m.previous = Cid::ofData("older");
    m.files.append(FileEntry { QStringLiteral("b/empty"), 0, Sha256::hash(QByteArray()), {} });
    m.sign(vectorKey(0));
    const QJsonObject good = m.toJson();
    QVERIFY(Manifest::fromJson(good).ok());
    QList<QPair<QString, QJsonValue>> cases;
    mutations(
        good, [](const QJsonValue &v) { return v; }, QStringLiteral("manifest"), cases);
    QVERIFY2(cases.size() > 100, qPrintable(QString::number(cases.size())));
    int rejectedByParser = 0;
    int rejectedBySignature = 0;
    for (const auto &c : std::as_const(cases)) {
        auto parsed = Manifest::fromJson(c.second.toObject());
        if (!parsed.ok()) {
            ++rejectedByParser;
            continue;
        }
        const auto sig = parsed->verifySignature();
        QVERIFY2(!sig.ok(), qPrintable(QStringLiteral("accepted after: ") + c.first));
        ++rejectedBySignature;
    }
    qInfo("%d tamperings: %d rejected by the parser, %d by the signature", int(cases.size()),
          rejectedByParser, rejectedBySignature);
    QVERIFY(rejectedBySignature > 10);
}

void TestManifest::wrongKey()
{
    Manifest m = tinyManifest();
    m.sign(vectorKey(0));
    // Claiming another creator's key: the signature no longer matches.
    Manifest claimed = m;
    claimed.creatorKey = vectorKey(1).publicKey();
    auto st = claimed.verifySignature();
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(QLatin1String("not valid")), qPrintable(st.errorString()));
    // Re-signed by the other key: valid, but not for a pinned expected key.
    Manifest resigned = m;
    resigned.sign(vectorKey(1));
    QVERIFY(resigned.verifySignature().ok());
    const Ed25519PublicKey expected = vectorKey(0).publicKey();
    st = resigned.verifySignature(&expected);
    QVERIFY(!st.ok());
    QVERIFY2(st.errorString().contains(QLatin1String("not by the expected key")),
             qPrintable(st.errorString()));
    QVERIFY(m.verifySignature(&expected).ok());
}

void TestManifest::unsigned_()
{
    Manifest m = tinyManifest();
    m.creatorKey = vectorKey(0).publicKey();
    auto parsed = Manifest::fromJson(m.toJson());
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->verifySignature().ok());
}

void TestManifest::rejects_data()
{
    QTest::addColumn<QString>("member"); // dotted path of what to replace
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("needle");
    QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("shardgate/manifest/v2"))
                            << "format must be";
    QTest::newRow("dataset bad") << "dataset" << QJsonValue(QStringLiteral("../x")) << "dataset name";
    QTest::newRow("version empty") << "version" << QJsonValue(QString()) << "version";
    QTest::newRow("created local time")
        << "created" << QJsonValue(QStringLiteral("2026-01-01T00:00:00+01:00")) << "UTC";
    QTest::newRow("created bad date")
        << "created" << QJsonValue(QStringLiteral("2026-13-01T00:00:00Z")) << "not a valid date";
    QTest::newRow("pubkey untagged") << "creator.pubkey" << QJsonValue(QStringLiteral("abc"))
                                     << "creator.pubkey";
    QTest::newRow("shardSize too big") << "shardSize" << QJsonValue(double(32 << 20)) << "shardSize";
    QTest::newRow("shardSize fraction") << "shardSize" << QJsonValue(4194304.5) << "integer";
    QTest::newRow("totalBytes wrong") << "totalBytes" << QJsonValue(4) << "totalBytes is 4";
    QTest::newRow("totalBytes negative") << "totalBytes" << QJsonValue(-3) << "integer";
    QTest::newRow("path traversal") << "files.0.path" << QJsonValue(QStringLiteral("../a.txt"))
                                    << "not allowed";
    QTest::newRow("path absolute") << "files.0.path" << QJsonValue(QStringLiteral("/etc/passwd"))
                                   << "absolute";
    QTest::newRow("path device") << "files.0.path" << QJsonValue(QStringLiteral("NUL")) << "device";
    QTest::newRow("path bidi") << "files.0.path" << QJsonValue(QStringLiteral("a\u202Eb")) << "bidi";
    QTest::newRow("sha256 upper") << "files.0.sha256"
                                  << QJsonValue(QStringLiteral(
                                         "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
                                  << "lower-case hex";
    QTest::newRow("size mismatch") << "files.0.size" << QJsonValue(2) << "extents add up";
    QTest::newRow("extent beyond shard")
        << "files.0.extents.0.offset" << QJsonValue(1) << "outside the shard";
    QTest::newRow("extent to missing shard")
        << "files.0.extents.0.shard" << QJsonValue(1) << "does not exist";
    QTest::newRow("extent zero length") << "files.0.extents.0.length" << QJsonValue(0) << "integer";
    QTest::newRow("shard cid base58")
        << "shards.0.cid" << QJsonValue(QStringLiteral("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"))
        << "shards[0].cid";
    QTest::newRow("shard bigger than extents") << "shards.0.size" << QJsonValue(4) << "cover 3 of its 4";
    QTest::newRow("previous not a cid") << "previous" << QJsonValue(QStringLiteral("nope")) << "previous";
    QTest::newRow("signature short") << "signature" << QJsonValue(QStringLiteral("ed25519:AAAA"))
                                     << "64 bytes";
    QTest::newRow("signature other alg")
        << "signature" << QJsonValue(QStringLiteral("rsa:AAAA")) << "ed25519:";
    QTest::newRow("extents out of shard order")
        << "files.0.extents"
        << QJsonValue(QJsonArray { QJsonObject { { "shard", 0 }, { "offset", 0 }, { "length", 2 } },
                                   QJsonObject { { "shard", 0 }, { "offset", 2 }, { "length", 1 } } })
        << "increasing shard order";
    QTest::newRow("title empty") << "title" << QJsonValue(QString()) << "leave it out";
    QTest::newRow("license not object")
        << "license" << QJsonValue(QStringLiteral("MIT")) << "license must be an object";
}

void TestManifest::rejects()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, needle);
    Manifest m = tinyManifest();
    m.sign(vectorKey(0));
    QJsonObject o = m.toJson();
    // Replace the member at the dotted path (numbers index arrays).
    std::function<QJsonValue(const QJsonValue &, QStringList)> set
        = [&](const QJsonValue &node, QStringList path) {
              if (path.isEmpty())
                  return value;
              const QString head = path.takeFirst();
              if (node.isArray()) {
                  QJsonArray a = node.toArray();
                  a.replace(head.toInt(), set(a.at(head.toInt()), path));
                  return QJsonValue(a);
              }
              QJsonObject obj = node.toObject();
              obj.insert(head, set(obj.value(head), path));
              return QJsonValue(obj);
          };
    o = set(o, member.split(QLatin1Char('.'))).toObject();
    auto r = Manifest::fromJson(o);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(needle), qPrintable(r.errorString()));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
