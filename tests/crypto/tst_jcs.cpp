#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "crypto/sha256.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace sg;
using namespace sg::crypto;

class TestJcs : public QObject
{
    Q_OBJECT

    static QJsonObject vectors() { return test::loadVector(QStringLiteral("jcs.json")); }

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QByteArray>("sha256");
        const QJsonArray cases = vectors().value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 16);
        for (const auto &v : cases) {
            const QJsonObject c = v.toObject();
            const QByteArray canonical
                = test::fromHex(c.value(QStringLiteral("canonicalUtf8Hex")).toString());
            QCOMPARE(canonical, c.value(QStringLiteral("canonical")).toString().toUtf8());
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << c.value(QStringLiteral("input")).toString().toUtf8() << canonical
                << test::fromHex(c.value(QStringLiteral("sha256")).toString());
        }
    }
    void cases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        QFETCH(QByteArray, sha256);
        const auto out = jcs::canonicalize(input);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(*out, canonical);
        QCOMPARE(Sha256::hash(*out), sha256);
        // Canonical output is a fixed point.
        QCOMPARE(jcs::canonicalize(*out).value(), canonical);
        // Going through parse() and the in-memory canonicalizer gives the same bytes.
        const auto parsed = jcs::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(jcs::canonicalize(*parsed).value(), canonical);
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        const QJsonArray numbers = vectors().value(QStringLiteral("numbers")).toArray();
        QCOMPARE(numbers.size(), 24);
        for (const auto &v : numbers) {
            const QJsonObject c = v.toObject();
            const QByteArray input = c.value(QStringLiteral("input")).toString().toUtf8();
            QTest::newRow(input.constData())
                << input << c.value(QStringLiteral("canonical")).toString().toUtf8();
        }
    }
    void numbers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const auto out = jcs::canonicalize(input);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(*out, canonical);
        QCOMPARE(jcs::canonicalize("[" + input + "]").value(), "[" + canonical + "]");
    }

    void ieee754_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QByteArray>("canonical");
        const QJsonArray entries = vectors().value(QStringLiteral("ieee754")).toArray();
        QCOMPARE(entries.size(), 26);
        for (const auto &v : entries) {
            const QJsonObject c = v.toObject();
            const QString bits = c.value(QStringLiteral("bits")).toString();
            bool ok = false;
            const quint64 value = bits.toULongLong(&ok, 16);
            QVERIFY(ok);
            QTest::newRow(qPrintable(bits)) << value << c.value(QStringLiteral("error")).toBool()
                                            << c.value(QStringLiteral("canonical")).toString().toUtf8();
        }
    }
    void ieee754()
    {
        QFETCH(quint64, bits);
        QFETCH(bool, error);
        QFETCH(QByteArray, canonical);
        const double value = std::bit_cast<double>(bits);
        const auto out = jcs::formatNumber(value);
        const auto viaValue = jcs::canonicalize(QJsonValue(QJsonArray { value }));
        if (error) {
            QVERIFY(!out.ok());
            QVERIFY(!viaValue.ok());
            return;
        }
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(*out, canonical);
        QCOMPARE(viaValue.value(), "[" + canonical + "]");
        // Reading the canonical text back gives the same double (round trip), except -0.
        const auto reparsed = jcs::parse(canonical);
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->toDouble(), value == 0 ? 0.0 : value);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QJsonArray invalid = vectors().value(QStringLiteral("invalid")).toArray();
        QCOMPARE(invalid.size(), 3);
        for (const auto &v : invalid) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString()))
                << c.value(QStringLiteral("input")).toString().toUtf8();
        }
        // Beyond the vectors: RFC 8259 grammar and I-JSON rules.
        QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})");
        QTest::newRow("duplicate key nested") << QByteArray(R"({"x":{"b":1,"c":2,"b":1}})");
        QTest::newRow("duplicate key via escape") << QByteArray(R"({"a":1,"\u0061":2})");
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)");
        QTest::newRow("two values") << QByteArray("1 2");
        QTest::newRow("trailing comma array") << QByteArray("[1,]");
        QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace only") << QByteArray(" \n");
        QTest::newRow("single quotes") << QByteArray("['a']");
        QTest::newRow("unquoted key") << QByteArray("{a:1}");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("leading plus") << QByteArray("[+1]");
        QTest::newRow("bare dot") << QByteArray("[1.]");
        QTest::newRow("leading dot") << QByteArray("[.5]");
        QTest::newRow("exponent without digits") << QByteArray("[1e]");
        QTest::newRow("hex number") << QByteArray("[0x10]");
        QTest::newRow("NaN literal") << QByteArray("[NaN]");
        QTest::newRow("Infinity literal") << QByteArray("[Infinity]");
        QTest::newRow("negative overflow") << QByteArray("[-1e309]");
        QTest::newRow("long overflow") << QByteArray("[" + QByteArray(400, '9') + "]");
        QTest::newRow("raw control char") << QByteArray("[\"a\tb\"]");
        QTest::newRow("bad escape") << QByteArray(R"(["\x41"])");
        QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
        QTest::newRow("high surrogate then letter") << QByteArray(R"(["\ud800a"])");
        QTest::newRow("two high surrogates") << QByteArray(R"(["\ud800\ud800"])");
        QTest::newRow("invalid utf8") << QByteArray("[\"\xff\"]");
        QTest::newRow("overlong utf8") << QByteArray("[\"\xc0\xaf\"]");
        QTest::newRow("utf8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("truncated utf8") << QByteArray("[\"\xe2\x82\"]");
        QTest::newRow("unterminated string") << QByteArray("[\"abc");
        QTest::newRow("unterminated array") << QByteArray("[1,2");
        QTest::newRow("true typo") << QByteArray("[tru]");
        QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']');
        QTest::newRow("comment") << QByteArray("[1 /* x */]");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf[1]");
    }
    void invalid()
    {
        QFETCH(QByteArray, input);
        const auto out = jcs::canonicalize(input);
        QVERIFY2(!out.ok(), out.ok() ? out->constData() : "");
        QVERIFY(out.errorString().startsWith(QLatin1String("invalid JSON")));
        QVERIFY(!jcs::parse(input).ok());
    }

    void errorsNameTheRule()
    {
        QVERIFY(jcs::canonicalize(R"({"a":1,"a":2})").errorString().contains(QLatin1String("duplicate")));
        QVERIFY(jcs::canonicalize(R"(["\ud800"])").errorString().contains(QLatin1String("surrogate")));
        QVERIFY(jcs::canonicalize("[1e400]").errorString().contains(QLatin1String("Infinity")));
        QVERIFY(jcs::canonicalize("[1] 2").errorString().contains(QLatin1String("after")));
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        // Underflow rounds to zero as ECMAScript does (JSON.parse("1e-400") === 0).
        QTest::newRow("underflow") << QByteArray("[1e-400,-1e-400]") << QByteArray("[0,0]");
        QTest::newRow("deep but allowed")
            << QByteArray(200, '[') + QByteArray(200, ']') << QByteArray(200, '[') + QByteArray(200, ']');
        QTest::newRow("escaped solidus") << QByteArray(R"(["\/"])") << QByteArray(R"(["/"])");
        QTest::newRow("DEL stays raw") << QByteArray("[\"\\u007f\"]") << QByteArray("[\"\x7f\"]");
        QTest::newRow("upper-case hex escape") << QByteArray(R"(["\u00E9"])") << QByteArray("[\"\xc3\xa9\"]");
        QTest::newRow("raw 4-byte utf8")
            << QByteArray("[\"\xf0\x9f\x98\x80\"]") << QByteArray("[\"\xf0\x9f\x98\x80\"]");
        QTest::newRow("key order of equal prefixes")
            << QByteArray(R"({"ab":1,"a":2,"":3})") << QByteArray(R"({"":3,"a":2,"ab":1})");
    }
    void accepted()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const auto out = jcs::canonicalize(input);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(*out, canonical);
    }

    void inMemoryValues()
    {
        // Built in memory: integers are written as the same double would be.
        QJsonObject o;
        o.insert(QStringLiteral("size"), qint64(4194304));
        o.insert(QStringLiteral("big"), qint64(9007199254740993)); // becomes 2^53 as a double
        o.insert(QStringLiteral("price"), 4.50);
        o.insert(QStringLiteral("\u20ac"), QStringLiteral("euro"));
        o.insert(QStringLiteral("\r"), true);
        o.insert(QStringLiteral("list"), QJsonArray { 1e21, 1e-7, QJsonValue(), QStringLiteral("a\"b") });
        QCOMPARE(jcs::canonicalize(QJsonValue(o)).value(),
                 QByteArray("{\"\\r\":true,\"big\":9007199254740992,\"list\":[1e+21,1e-7,null,\"a\\\"b\"],"
                            "\"price\":4.5,\"size\":4194304,\"\xe2\x82\xac\":\"euro\"}"));
        QVERIFY(!jcs::canonicalize(QJsonValue(QString(QChar(0xD800)))).ok());
        QJsonObject bad;
        bad.insert(QString(QChar(0xDC00)), 1);
        QVERIFY(!jcs::canonicalize(QJsonValue(bad)).ok());
        QVERIFY(!jcs::formatNumber(std::numeric_limits<double>::quiet_NaN()).ok());
        QVERIFY(!jcs::formatNumber(-std::numeric_limits<double>::infinity()).ok());
    }
};

QTEST_GUILESS_MAIN(TestJcs)
#include "tst_jcs.moc"
