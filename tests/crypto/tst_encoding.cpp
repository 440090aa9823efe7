#include "crypto/encoding.h"

#include <QtTest>

using namespace sg;
using namespace sg::crypto;

// Test vectors: RFC 4648 §10 (base32 lower-cased and unpadded, base64, base64url unpadded,
// base16).
class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4648_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("base32");
        QTest::addColumn<QByteArray>("base64");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY======") << QByteArray("Zg==")
                           << QByteArray("66");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ====") << QByteArray("Zm8=")
                            << QByteArray("666F");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6===") << QByteArray("Zm9v")
                             << QByteArray("666F6F");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ=") << QByteArray("Zm9vYg==")
                              << QByteArray("666F6F62");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB") << QByteArray("Zm9vYmE=")
                               << QByteArray("666F6F6261");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI======")
                                << QByteArray("Zm9vYmFy") << QByteArray("666F6F626172");
    }
    void rfc4648()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, base32);
        QFETCH(QByteArray, base64);
        QFETCH(QByteArray, hex);

        const QByteArray b32 = base32.toLower().replace('=', "");
        QCOMPARE(base32LowerEncode(data), b32);
        QCOMPARE(base32LowerDecode(b32).value(), data);

        QCOMPARE(base64Encode(data), base64);
        QCOMPARE(base64Decode(base64).value(), data);

        const QByteArray b64url = QByteArray(base64).replace('=', "");
        QCOMPARE(base64UrlEncode(data), b64url);
        QCOMPARE(base64UrlDecode(b64url).value(), data);

        QCOMPARE(hexEncode(data), hex.toLower());
        QCOMPARE(hexDecode(hex).value(), data);
        QCOMPARE(hexDecode(hex.toLower()).value(), data);
    }

    void urlAlphabet()
    {
        // 0xfb 0xff 0xbf uses both characters that differ between base64 and base64url.
        const QByteArray data("\xfb\xff\xbf", 3);
        QCOMPARE(base64Encode(data), QByteArray("+/+/"));
        QCOMPARE(base64UrlEncode(data), QByteArray("-_-_"));
        QCOMPARE(base64UrlDecode("-_-_").value(), data);
        QVERIFY(!base64UrlDecode("+/+/").ok());
        QVERIFY(!base64Decode("-_-_").ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("b32 upper case") << "base32" << QByteArray("MZXW6");
        QTest::newRow("b32 padding") << "base32" << QByteArray("my======");
        QTest::newRow("b32 digit 1") << "base32" << QByteArray("m1");
        QTest::newRow("b32 digit 8") << "base32" << QByteArray("m8");
        QTest::newRow("b32 length 1") << "base32" << QByteArray("m");
        QTest::newRow("b32 length 3") << "base32" << QByteArray("mzx");
        QTest::newRow("b32 length 6") << "base32" << QByteArray("mzxw6y");
        QTest::newRow("b32 trailing bits") << "base32" << QByteArray("mz"); // "my" is canonical for "f"
        QTest::newRow("b32 space") << "base32" << QByteArray("my ");
        QTest::newRow("b64url padding") << "base64url" << QByteArray("Zg==");
        QTest::newRow("b64url plus") << "base64url" << QByteArray("+w");
        QTest::newRow("b64url length 1") << "base64url" << QByteArray("Z");
        QTest::newRow("b64url length 5") << "base64url" << QByteArray("Zm9vY");
        QTest::newRow("b64url trailing bits") << "base64url" << QByteArray("Zh"); // "Zg" is canonical
        QTest::newRow("b64url newline") << "base64url" << QByteArray("Zm9v\n");
        QTest::newRow("b64url nul") << "base64url" << QByteArray("Zm\0v", 4);
        QTest::newRow("b64 missing padding") << "base64" << QByteArray("Zg");
        QTest::newRow("b64 too much padding") << "base64" << QByteArray("Z===");
        QTest::newRow("b64 padding in the middle") << "base64" << QByteArray("Zg==Zg==");
        QTest::newRow("b64 trailing bits") << "base64" << QByteArray("Zh==");
        QTest::newRow("b64 url alphabet") << "base64" << QByteArray("-_-_");
        QTest::newRow("b64 whitespace") << "base64" << QByteArray("Zm9v Zm9v");
        QTest::newRow("hex odd") << "hex" << QByteArray("abc");
        QTest::newRow("hex non-digit") << "hex" << QByteArray("0g");
        QTest::newRow("hex prefix") << "hex" << QByteArray("0x00");
    }
    void rejects()
    {
        QFETCH(QString, codec);
        QFETCH(QByteArray, text);
        Result<QByteArray> r = QByteArray();
        if (codec == QLatin1String("base32"))
            r = base32LowerDecode(text);
        else if (codec == QLatin1String("base64url"))
            r = base64UrlDecode(text);
        else if (codec == QLatin1String("base64"))
            r = base64Decode(text);
        else
            r = hexDecode(text);
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("accepted: %1").arg(QString::fromLatin1(r.valueOr({}).toHex()))));
        QVERIFY(r.errorString().contains(codec == QLatin1String("base64url")
                                             ? QLatin1String("base64url")
                                             : QLatin1String(codec.toLatin1())));
        QCOMPARE(r.errorCode(), QStringLiteral("format"));
    }

    void roundTripAllLengths()
    {
        // Every length 0..64 round-trips through each codec (covers every tail size).
        QByteArray data;
        for (int n = 0; n <= 64; ++n) {
            QCOMPARE(base32LowerDecode(base32LowerEncode(data)).value(), data);
            QCOMPARE(base64UrlDecode(base64UrlEncode(data)).value(), data);
            QCOMPARE(base64Decode(base64Encode(data)).value(), data);
            QCOMPARE(hexDecode(hexEncode(data)).value(), data);
            QCOMPARE(base64Encode(data), data.toBase64());
            QCOMPARE(base64UrlEncode(data),
                     data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            data.append(char(n * 37 + 11));
        }
    }

    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(constantTimeEquals("", ""));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
