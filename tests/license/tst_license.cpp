// License model (DESIGN §4): strict parsing with clear errors, canonical JSON, hash.

#include "crypto/cid.h"
#include "crypto/jcs.h"
#include "license/license.h"
#include "license/spdx.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QtTest>

using sg::license::License;
using sg::license::Use;

class TestLicense : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimal();
    void full();
    void canonicalForm();
    void hashIsCidOfJcs();
    void rejects_data();
    void rejects();
    void spdx_data();
    void spdx();
    void validUntilOffsets();
    void describe();
    void loadFileErrors();
};

static QByteArray minimalJson()
{
    return R"({"id":"lic-1","spdx":"MIT","uses":["train"],"pricePerAccess":{"amount":"0.01","currency":"USD"}})";
}

void TestLicense::minimal()
{
    auto lic = License::fromJsonText(minimalJson());
    QVERIFY2(lic.ok(), qPrintable(lic.errorString()));
    QCOMPARE(lic->id, QStringLiteral("lic-1"));
    QCOMPARE(lic->spdx, QStringLiteral("MIT"));
    QCOMPARE(lic->uses, QList<Use> { Use::Train });
    QVERIFY(lic->allows(Use::Train));
    QVERIFY(!lic->allows(Use::Commercial));
    QCOMPARE(lic->pricePerAccess.micros, qint64(10000));
    QCOMPARE(lic->pricePerAccess.currency, QStringLiteral("USD"));
    QVERIFY(!lic->pricePerGiB);
    QVERIFY(!lic->validUntil);
    QVERIFY(!lic->revocable);
    // Optional members that were absent stay absent.
    const QJsonObject o = lic->toJson();
    QCOMPARE(o.keys(), (QStringList { "id", "pricePerAccess", "spdx", "uses" }));
}

void TestLicense::full()
{
    const QByteArray text
        = R"({"id":"voices-2026","spdx":"LicenseRef-Acme-Data-1.0","title":"Acme data terms",
        "uses":["commercial","train","evaluate","finetune","transform","redistribute"],
        "attribution":"Acme Corp","pricePerAccess":{"amount":"1.5","currency":"EUR"},
        "pricePerGiB":{"amount":"0.000001","currency":"EUR"},"validUntil":"2027-01-01T00:00:00Z","revocable":false})";
    auto lic = License::fromJsonText(text);
    QVERIFY2(lic.ok(), qPrintable(lic.errorString()));
    QCOMPARE(lic->uses, sg::license::allUses());
    QCOMPARE(lic->pricePerGiB->micros, qint64(1));
    QCOMPARE(*lic->validUntil, qint64(1798761600));
    QCOMPARE(*lic->revocable, false);
    QCOMPARE(lic->attribution, QStringLiteral("Acme Corp"));
    auto again = License::fromJson(lic->toJson());
    QVERIFY(again.ok());
    QVERIFY(*again == *lic);
}

void TestLicense::canonicalForm()
{
    // Uses come out in the fixed order, amounts without trailing zeros, time in UTC Z.
    const QByteArray text = R"({"spdx":"CC-BY-4.0","id":"x","uses":["evaluate","train"],
        "pricePerAccess":{"currency":"USD","amount":"0.100"},"validUntil":"2027-01-01T02:00:00+02:00"})";
    auto lic = License::fromJsonText(text);
    QVERIFY2(lic.ok(), qPrintable(lic.errorString()));
    QCOMPARE(lic->canonicalBytes(),
             QByteArray(R"({"id":"x","pricePerAccess":{"amount":"0.1","currency":"USD"},"spdx":"CC-BY-4.0",)"
                        R"("uses":["train","evaluate"],"validUntil":"2027-01-01T00:00:00Z"})"));
}

void TestLicense::hashIsCidOfJcs()
{
    auto lic = License::fromJsonText(minimalJson());
    QVERIFY(lic.ok());
    // The canonical text, written by hand from RFC 8785's rules (keys sorted, no spaces).
    const QByteArray expected
        = R"({"id":"lic-1","pricePerAccess":{"amount":"0.01","currency":"USD"},"spdx":"MIT","uses":["train"]})";
    QCOMPARE(lic->canonicalBytes(), expected);
    QCOMPARE(lic->hash(), sg::crypto::Cid::ofData(expected));
    QVERIFY(lic->hash().toString().startsWith(QLatin1String("bafkrei")));
    // A different term gives a different hash.
    License other = *lic;
    other.uses << Use::Evaluate;
    QVERIFY(other.hash() != lic->hash());
}

void TestLicense::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("needle");
    const QByteArray price = R"("pricePerAccess":{"amount":"0.01","currency":"USD"})";
    QTest::newRow("not an object") << QByteArray("[1]") << "object";
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    QTest::newRow("duplicate key") << QByteArray(R"({"id":"a","id":"b"})") << "not valid JSON";
    QTest::newRow("missing id") << (R"({"spdx":"MIT","uses":[],)" + price + "}")
                                << "missing the required field 'id'";
    QTest::newRow("missing spdx") << (R"({"id":"a","uses":[],)" + price + "}") << "'spdx'";
    QTest::newRow("missing uses") << (R"({"id":"a","spdx":"MIT",)" + price + "}") << "'uses'";
    QTest::newRow("missing price") << QByteArray(R"({"id":"a","spdx":"MIT","uses":[]})")
                                   << "'pricePerAccess'";
    QTest::newRow("unknown field") << (R"({"id":"a","spdx":"MIT","uses":[],"prize":1,)" + price + "}")
                                   << "unknown field 'prize'";
    QTest::newRow("unknown use") << (R"({"id":"a","spdx":"MIT","uses":["sell"],)" + price + "}")
                                 << "unknown use 'sell'";
    QTest::newRow("use twice") << (R"({"id":"a","spdx":"MIT","uses":["train","train"],)" + price + "}")
                               << "twice";
    QTest::newRow("use not string") << (R"({"id":"a","spdx":"MIT","uses":[1],)" + price + "}")
                                    << "only contain strings";
    QTest::newRow("uses not array") << (R"({"id":"a","spdx":"MIT","uses":"train",)" + price + "}")
                                    << "must be an array";
    QTest::newRow("bad spdx") << (R"({"id":"a","spdx":"Foo-1.0","uses":[],)" + price + "}")
                              << "not a known SPDX";
    QTest::newRow("spdx case") << (R"({"id":"a","spdx":"mit","uses":[],)" + price + "}")
                               << "did you mean 'MIT'";
    QTest::newRow("bad licenseref") << (R"({"id":"a","spdx":"LicenseRef-a b","uses":[],)" + price + "}")
                                    << "not a valid LicenseRef";
    QTest::newRow("empty licenseref")
        << (R"({"id":"a","spdx":"LicenseRef-","uses":[],)" + price + "}") << "not a valid LicenseRef";
    QTest::newRow("spdx number") << (R"({"id":"a","spdx":3,"uses":[],)" + price + "}")
                                 << "license.spdx must be a string";
    QTest::newRow("empty id") << (R"({"id":"","spdx":"MIT","uses":[],)" + price + "}") << "license.id";
    QTest::newRow("id with space") << (R"({"id":"a b","spdx":"MIT","uses":[],)" + price + "}")
                                   << "license.id";
    QTest::newRow("negative price") << QByteArray(
        R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"-1","currency":"USD"}})")
                                    << "must not be negative";
    QTest::newRow("numeric price") << QByteArray(
        R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":0.01,"currency":"USD"}})")
                                   << "decimal string";
    QTest::newRow("malformed price") << QByteArray(
        R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"1e3","currency":"USD"}})")
                                     << "not a decimal amount";
    QTest::newRow("too many decimals") << QByteArray(
        R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"0.0000001","currency":"USD"}})")
                                       << "not a decimal amount";
    QTest::newRow("bad currency") << QByteArray(
        R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"1","currency":"usd"}})")
                                  << "ISO 4217";
    QTest::newRow("price not object")
        << QByteArray(R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":"1 USD"})") << "must be an object";
    QTest::newRow("negative per GiB")
        << (R"({"id":"a","spdx":"MIT","uses":[],"pricePerGiB":{"amount":"-0.5","currency":"USD"},)" + price
            + "}")
        << "license.pricePerGiB.amount";
    QTest::newRow("currency mismatch")
        << (R"({"id":"a","spdx":"MIT","uses":[],"pricePerGiB":{"amount":"0.5","currency":"EUR"},)" + price
            + "}")
        << "use one currency";
    QTest::newRow("validUntil date only")
        << (R"({"id":"a","spdx":"MIT","uses":[],"validUntil":"2027-01-01",)" + price + "}") << "RFC 3339";
    QTest::newRow("validUntil invalid day")
        << (R"({"id":"a","spdx":"MIT","uses":[],"validUntil":"2027-02-30T00:00:00Z",)" + price + "}")
        << "not a valid date";
    QTest::newRow("validUntil fraction")
        << (R"({"id":"a","spdx":"MIT","uses":[],"validUntil":"2027-01-01T00:00:00.5Z",)" + price + "}")
        << "whole seconds";
    QTest::newRow("validUntil number")
        << (R"({"id":"a","spdx":"MIT","uses":[],"validUntil":1,)" + price + "}") << "RFC 3339";
    QTest::newRow("revocable string")
        << (R"({"id":"a","spdx":"MIT","uses":[],"revocable":"yes",)" + price + "}") << "true or false";
    QTest::newRow("empty title") << (R"({"id":"a","spdx":"MIT","uses":[],"title":"",)" + price + "}")
                                 << "leave it out";
}

void TestLicense::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, needle);
    auto lic = License::fromJsonText(json);
    QVERIFY(!lic.ok());
    QVERIFY2(lic.errorString().contains(needle), qPrintable(lic.errorString()));
    QCOMPARE(lic.errorCode(), QStringLiteral("license"));
}

void TestLicense::spdx_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ok");
    QTest::newRow("MIT") << "MIT" << true;
    QTest::newRow("Apache-2.0") << "Apache-2.0" << true;
    QTest::newRow("CC0-1.0") << "CC0-1.0" << true;
    QTest::newRow("CC-BY-NC-SA-4.0") << "CC-BY-NC-SA-4.0" << true;
    QTest::newRow("ODbL-1.0") << "ODbL-1.0" << true;
    QTest::newRow("CDLA-Permissive-2.0") << "CDLA-Permissive-2.0" << true;
    QTest::newRow("GPL-3.0-or-later") << "GPL-3.0-or-later" << true;
    QTest::newRow("LicenseRef-x") << "LicenseRef-x" << true;
    QTest::newRow("LicenseRef-My.Terms-2") << "LicenseRef-My.Terms-2" << true;
    QTest::newRow("GPL-3.0 deprecated form") << "GPL-3.0" << false;
    QTest::newRow("expression") << "MIT OR Apache-2.0" << false;
    QTest::newRow("LicenseRef_underscore") << "LicenseRef-a_b" << false;
    QTest::newRow("DocumentRef") << "DocumentRef-x:LicenseRef-y" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("trailing space") << "MIT " << false;
}

void TestLicense::spdx()
{
    QFETCH(QString, id);
    QFETCH(bool, ok);
    QCOMPARE(sg::license::validateSpdxId(id).ok(), ok);
}

void TestLicense::validUntilOffsets()
{
    const QByteArray a
        = R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"0","currency":"USD"},)"
          R"("validUntil":"2026-12-31T19:00:00-05:00"})";
    const QByteArray b
        = R"({"id":"a","spdx":"MIT","uses":[],"pricePerAccess":{"amount":"0","currency":"USD"},)"
          R"("validUntil":"2027-01-01t00:00:00z"})";
    auto la = License::fromJsonText(a);
    auto lb = License::fromJsonText(b);
    QVERIFY2(la.ok(), qPrintable(la.errorString()));
    QVERIFY2(lb.ok(), qPrintable(lb.errorString()));
    QCOMPARE(*la->validUntil, *lb->validUntil);
    QCOMPARE(la->hash(), lb->hash());
}

void TestLicense::describe()
{
    auto lic = License::fromJsonText(
        R"({"id":"a","spdx":"CC-BY-4.0","uses":["train","evaluate"],"pricePerAccess":{"amount":"0.01","currency":"USD"},)"
        R"("pricePerGiB":{"amount":"2","currency":"USD"},"revocable":true})");
    QVERIFY(lic.ok());
    const QString d = lic->describe();
    QVERIFY2(d.contains(QLatin1String("may train, evaluate")), qPrintable(d));
    QVERIFY2(d.contains(QLatin1String("not finetune, transform, redistribute, commercial")), qPrintable(d));
    QVERIFY2(d.contains(QLatin1String("0.01 USD per access + 2 USD per GiB")), qPrintable(d));
    QVERIFY2(d.contains(QLatin1String("revocable")), qPrintable(d));
}

void TestLicense::loadFileErrors()
{
    QTemporaryDir dir;
    auto missing = License::loadFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorString().contains(QLatin1String("nope.json")), qPrintable(missing.errorString()));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(sg::test::writeFile(bad, R"({"id":"a"})"));
    auto r = License::loadFile(bad);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(bad) && r.errorString().contains(QLatin1String("missing")),
             qPrintable(r.errorString()));
}

QTEST_GUILESS_MAIN(TestLicense)
#include "tst_license.moc"
