// The catalog: publish verified manifests, refuse duplicates, conflicts, tampering and
// foreign lineage; search with SQL metacharacters and unicode tricks in every text field.

#include "common/clock.h"
#include "crypto/jcs.h"
#include "market/market.h"
#include "marketfixtures.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sg;
using namespace sg::market;
using namespace sg::test;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void publishAndLookup();
    void duplicateAndConflict();
    void tamperedManifests_data();
    void tamperedManifests();
    void datasetOwnership();
    void versionsAndLineage();
    void hostileText_data();
    void hostileText();
    void searchIsLiteralAndCaseFolded();
    void filters();

private:
    Catalog &catalog() { return m_market->catalog(); }
    std::unique_ptr<QTemporaryDir> m_tmp;
    ManualClock m_clock;
    std::unique_ptr<Market> m_market;
    crypto::Ed25519PrivateKey m_key = crypto::Ed25519PrivateKey::generate();
};

void TestCatalog::initTestCase()
{
    SG_STORE_INIT();
    qInfo("store backend: %s", ::sg::test::storeBackendName());
}

void TestCatalog::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto m = Market::open(o);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    m_market = std::move(*m);
}

void TestCatalog::cleanup()
{
    m_market.reset();
    m_tmp.reset();
}

void TestCatalog::publishAndLookup()
{
    const packaging::Manifest m = makeManifest({}, m_key);
    auto e = catalog().publish(m.canonicalBytes());
    QVERIFY2(e.ok(), qPrintable(e.errorString()));
    QCOMPARE(e->cid, m.cid().toString());
    QCOMPARE(e->dataset, QStringLiteral("voices"));
    QCOMPARE(e->creatorKey, m_key.publicKey().toTagged());
    QCOMPARE(e->licenseHash, m.licenseHash().toString());
    // The license hash is the CID of the license's JCS bytes.
    QCOMPARE(e->licenseHash,
             crypto::Cid::ofData(*crypto::jcs::canonicalize(QJsonValue(m.license))).toString());
    QCOMPARE(e->uses, (QStringList { QStringLiteral("train"), QStringLiteral("evaluate") }));
    QCOMPARE(e->pricePerAccess.micros, 10000);
    QCOMPARE(e->totalBytes, m.totalBytes);
    QCOMPARE(e->shardCount, 2);
    QCOMPARE(e->publishedAt, m_clock.nowSecs());

    QCOMPARE(catalog().byCid(e->cid)->dataset, QStringLiteral("voices"));
    QCOMPARE(catalog().byRef(QStringLiteral("voices@2026-01-10"))->cid, e->cid);
    QCOMPARE(catalog().resolve(e->cid)->version, QStringLiteral("2026-01-10"));
    // The stored bytes are the signed JCS bytes: their CID is the manifest CID.
    auto bytes = catalog().manifestBytes(e->cid);
    QVERIFY(bytes.ok());
    QCOMPARE(crypto::Cid::ofData(*bytes).toString(), e->cid);
    // Shards are indexed for the edge.
    QCOMPARE(*catalog().shardSize(e->cid, m.shards.at(1).cid.toString()),
             std::optional<qint64>(m.shards.at(1).size));
    QVERIFY(!catalog().shardSize(e->cid, QStringLiteral("bafkreinotthere"))->has_value());
    QCOMPARE(catalog().shards(e->cid)->size(), 2);

    QCOMPARE(catalog().byCid(QStringLiteral("bafkreimissing")).errorCode(), CatalogErrors::kNotFound);
    QCOMPARE(catalog().byRef(QStringLiteral("voices@nope")).errorCode(), CatalogErrors::kNotFound);
    QCOMPARE(catalog().byRef(QStringLiteral("no-at-sign")).errorCode(), CatalogErrors::kNotFound);

    // A non-canonical file (pretty-printed) of the same manifest is the same publication.
    const QByteArray pretty = QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented);
    QCOMPARE(catalog().publish(pretty).errorCode(), CatalogErrors::kDuplicate);
}

void TestCatalog::duplicateAndConflict()
{
    const QByteArray bytes = signedManifestBytes({}, m_key);
    QVERIFY(catalog().publish(bytes).ok());
    auto again = catalog().publish(bytes);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorCode(), CatalogErrors::kDuplicate);

    ManifestSpec other;
    other.title = QStringLiteral("Same name and version, other content");
    auto conflict = catalog().publish(signedManifestBytes(other, m_key));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.errorCode(), CatalogErrors::kConflict);
    QCOMPARE(catalog().list()->size(), 1);
}

void TestCatalog::tamperedManifests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    const packaging::Manifest m = makeManifest({}, m_key);
    auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = m.toJson();
        edit(o);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("title changed") << edited([](QJsonObject &o) {
        o[QStringLiteral("title")] = QStringLiteral("X");
    }) << CatalogErrors::kSignature;
    QTest::newRow("price lowered") << edited([](QJsonObject &o) {
        QJsonObject lic = o[QStringLiteral("license")].toObject();
        lic[QStringLiteral("pricePerAccess")]
            = QJsonObject { { QStringLiteral("amount"), QStringLiteral("0") },
                            { QStringLiteral("currency"), QStringLiteral("USD") } };
        o[QStringLiteral("license")] = lic;
    }) << CatalogErrors::kSignature;
    QTest::newRow("creator key swapped") << edited([](QJsonObject &o) {
        QJsonObject c = o[QStringLiteral("creator")].toObject();
        c[QStringLiteral("pubkey")] = crypto::Ed25519PrivateKey::generate().publicKey().toTagged();
        o[QStringLiteral("creator")] = c;
    }) << CatalogErrors::kSignature;
    QTest::newRow("signature removed")
        << edited([](QJsonObject &o) { o.remove(QStringLiteral("signature")); }) << CatalogErrors::kSignature;
    QTest::newRow("signature garbage")
        << edited([](QJsonObject &o) { o[QStringLiteral("signature")] = QStringLiteral("ed25519:AAAA"); })
        << CatalogErrors::kManifest;
    QTest::newRow("not json") << QByteArray("{\"format\": ") << CatalogErrors::kManifest;
    QTest::newRow("duplicate keys") << QByteArray("{\"dataset\": \"a\", \"dataset\": \"b\"}")
                                    << CatalogErrors::kManifest;
    QTest::newRow("empty") << QByteArray() << CatalogErrors::kManifest;

    // Validly signed, but the license is not one the market accepts.
    ManifestSpec badLicense;
    badLicense.license
        = QJsonObject { { QStringLiteral("id"), QStringLiteral("x") },
                        { QStringLiteral("spdx"), QStringLiteral("MIT") },
                        { QStringLiteral("uses"), QJsonArray { QStringLiteral("mine-bitcoin") } },
                        { QStringLiteral("pricePerAccess"),
                          QJsonObject { { QStringLiteral("amount"), QStringLiteral("1") },
                                        { QStringLiteral("currency"), QStringLiteral("USD") } } } };
    QTest::newRow("unknown use in license")
        << signedManifestBytes(badLicense, m_key) << CatalogErrors::kLicense;
    ManifestSpec nonCanonical;
    nonCanonical.license
        = QJsonObject { { QStringLiteral("id"), QStringLiteral("x") },
                        { QStringLiteral("spdx"), QStringLiteral("MIT") },
                        { QStringLiteral("uses"), QJsonArray { QStringLiteral("train") } },
                        { QStringLiteral("pricePerAccess"),
                          QJsonObject { { QStringLiteral("amount"), QStringLiteral("1.50") },
                                        { QStringLiteral("currency"), QStringLiteral("USD") } } } };
    QTest::newRow("non-canonical license")
        << signedManifestBytes(nonCanonical, m_key) << CatalogErrors::kLicense;
}

void TestCatalog::tamperedManifests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    auto e = catalog().publish(bytes);
    QVERIFY(!e.ok());
    QVERIFY2(e.errorCode() == code, qPrintable(e.errorCode() + QStringLiteral(": ") + e.errorString()));
    QCOMPARE(catalog().list()->size(), 0);
}

void TestCatalog::datasetOwnership()
{
    QVERIFY(catalog().publish(signedManifestBytes({}, m_key)).ok());
    ManifestSpec squat;
    squat.version = QStringLiteral("2026-02-01");
    auto e = catalog().publish(signedManifestBytes(squat, crypto::Ed25519PrivateKey::generate()));
    QVERIFY(!e.ok());
    QCOMPARE(e.errorCode(), CatalogErrors::kNotOwner);
    QVERIFY(catalog().publish(signedManifestBytes(squat, m_key)).ok());
}

void TestCatalog::versionsAndLineage()
{
    auto v1 = catalog().publish(signedManifestBytes({}, m_key));
    QVERIFY(v1.ok());
    m_clock.advanceSecs(10);
    ManifestSpec s2;
    s2.version = QStringLiteral("2026-02-01");
    s2.previous = v1->cid;
    auto v2 = catalog().publish(signedManifestBytes(s2, m_key));
    QVERIFY2(v2.ok(), qPrintable(v2.errorString()));
    m_clock.advanceSecs(10);
    ManifestSpec s3;
    s3.version = QStringLiteral("2026-03-01");
    s3.previous = v2->cid;
    auto v3 = catalog().publish(signedManifestBytes(s3, m_key));
    QVERIFY(v3.ok());

    auto lineage = catalog().lineage(v3->cid);
    QVERIFY(lineage.ok());
    QCOMPARE(lineage->size(), 3);
    QCOMPARE(lineage->at(0).cid, v3->cid);
    QCOMPARE(lineage->at(1).cid, v2->cid);
    QCOMPARE(lineage->at(2).cid, v1->cid);
    QCOMPARE(catalog().versions(QStringLiteral("voices"))->first().cid, v3->cid);
    CatalogQuery latest;
    latest.latestOnly = true;
    QCOMPARE(catalog().list(latest)->size(), 1);
    QCOMPARE(catalog().list(latest)->first().cid, v3->cid);

    // previous must exist here, be the same dataset and the same key.
    ManifestSpec orphan;
    orphan.version = QStringLiteral("9");
    orphan.previous = QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae");
    QCOMPARE(catalog().publish(signedManifestBytes(orphan, m_key)).errorCode(), CatalogErrors::kPrevious);
    ManifestSpec otherSet;
    otherSet.dataset = QStringLiteral("images");
    otherSet.previous = v1->cid;
    QCOMPARE(catalog().publish(signedManifestBytes(otherSet, m_key)).errorCode(), CatalogErrors::kPrevious);
}

void TestCatalog::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql drop") << QStringLiteral("'); DROP TABLE manifests; --");
    QTest::newRow("sql or") << QStringLiteral("x' OR '1'='1");
    QTest::newRow("like wildcards") << QStringLiteral("100% _pure_ data\\");
    QTest::newRow("quotes and semicolons") << QStringLiteral("\"a\"; 'b'; `c`");
    QTest::newRow("right-to-left override") << QStringLiteral("evil\u202Etxt.exe");
    QTest::newRow("zero width joiner") << QStringLiteral("da\u200Dta\u200B");
    QTest::newRow("combining marks") << QStringLiteral("e\u0301te\u0301");
    QTest::newRow("emoji and astral") << QStringLiteral("\U0001F600 \U0001D49C");
    QTest::newRow("cjk") << QStringLiteral("\u8BAD\u7EC3\u6570\u636E");
    QTest::newRow("newlines and tabs") << QStringLiteral("line1\nline2\tTab\r\n");
}

void TestCatalog::hostileText()
{
    // Titles and descriptions are free text: stored and returned byte for byte, never SQL.
    QFETCH(QString, text);
    ManifestSpec s;
    s.title = text;
    s.description = text + QStringLiteral(" / ") + text;
    s.license[QStringLiteral("attribution")] = text;
    auto e = catalog().publish(signedManifestBytes(s, m_key));
    QVERIFY2(e.ok(), qPrintable(e.errorString()));
    auto back = catalog().byCid(e->cid);
    QVERIFY(back.ok());
    QCOMPARE(back->title, text);
    QCOMPARE(back->description, s.description);
    QCOMPARE(
        QJsonDocument::fromJson(back->licenseJson).object().value(QStringLiteral("attribution")).toString(),
        text);
    CatalogQuery q;
    q.text = text;
    auto found = catalog().list(q);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QCOMPARE(found->size(), 1);
    // The tables are all still there.
    QVERIFY(m_market->accounts().create(QStringLiteral("b"), 1).ok());
    QCOMPARE(catalog().list()->size(), 1);
}

void TestCatalog::searchIsLiteralAndCaseFolded()
{
    ManifestSpec a;
    a.dataset = QStringLiteral("alpha");
    a.title = QStringLiteral("ÉTÉ 100% Fresh");
    QVERIFY(catalog().publish(signedManifestBytes(a, m_key)).ok());
    ManifestSpec b;
    b.dataset = QStringLiteral("beta");
    b.title = QStringLiteral("1000 Files");
    QVERIFY(catalog().publish(signedManifestBytes(b, m_key)).ok());

    auto search = [&](const QString &text) {
        CatalogQuery q;
        q.text = text;
        QStringList names;
        const auto list = catalog().list(q);
        for (const auto &e : list.valueOr({}))
            names << e.dataset;
        return names;
    };
    QCOMPARE(search(QStringLiteral("été")), QStringList { QStringLiteral("alpha") });
    QCOMPARE(search(QStringLiteral("e\u0301te\u0301")), QStringList { QStringLiteral("alpha") }); // NFD input
    QCOMPARE(search(QStringLiteral("FRESH")), QStringList { QStringLiteral("alpha") });
    // % and _ are literal characters, not wildcards.
    QCOMPARE(search(QStringLiteral("100%")), QStringList { QStringLiteral("alpha") });
    QCOMPARE(search(QStringLiteral("%")), QStringList { QStringLiteral("alpha") });
    QCOMPARE(search(QStringLiteral("1_0")), QStringList());
    QCOMPARE(search(QStringLiteral("10")), (QStringList { QStringLiteral("alpha"), QStringLiteral("beta") }));
    QCOMPARE(search(QStringLiteral("' OR 1=1 --")), QStringList());
}

void TestCatalog::filters()
{
    ManifestSpec a;
    a.dataset = QStringLiteral("trainable");
    QVERIFY(catalog().publish(signedManifestBytes(a, m_key)).ok());
    ManifestSpec b;
    b.dataset = QStringLiteral("eval-only");
    b.creatorId = QStringLiteral("someone-else");
    b.license = defaultLicense();
    b.license[QStringLiteral("uses")] = QJsonArray { QStringLiteral("evaluate") };
    QVERIFY(catalog().publish(signedManifestBytes(b, crypto::Ed25519PrivateKey::generate())).ok());

    CatalogQuery q;
    q.use = QStringLiteral("train");
    QCOMPARE(catalog().list(q)->size(), 1);
    QCOMPARE(catalog().list(q)->first().dataset, QStringLiteral("trainable"));
    q.use = QStringLiteral("evaluate");
    QCOMPARE(catalog().list(q)->size(), 2);
    q.use = QStringLiteral("%");
    QCOMPARE(catalog().list(q)->size(), 0);
    q = {};
    q.creator = QStringLiteral("someone-else");
    QCOMPARE(catalog().list(q)->size(), 1);
    QCOMPARE(catalog().list(q)->first().dataset, QStringLiteral("eval-only"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
