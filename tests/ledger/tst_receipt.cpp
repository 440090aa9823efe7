// Receipts: the hand-written leaf serializer must equal RFC 8785 JCS (crypto::jcs, which
// is tested against shared/vectors/jcs.json) for any content; strict leaf parsing.

#include "crypto/jcs.h"
#include "ledger/receipt.h"
#include "ledger/tiles.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace sg::ledger;

namespace {

QString randomText(QRandomGenerator &rng)
{
    static const QList<QString> pieces
        = { QStringLiteral("a"),    QStringLiteral("bafkreiabc"), QStringLiteral("\""),
            QStringLiteral("\\"),   QStringLiteral("\n"),         QStringLiteral("\t"),
            QStringLiteral("\x01"), QStringLiteral("\x1f"),       QStringLiteral("/"),
            QStringLiteral("é"),    QStringLiteral("€"),          QStringLiteral("😀"),
            QStringLiteral("\x7f"), QStringLiteral(" "),          QStringLiteral("\r\b\f") };
    QString s;
    const int n = rng.bounded(6);
    for (int i = 0; i < n; ++i)
        s += pieces.at(rng.bounded(int(pieces.size())));
    return s;
}

Receipt sample()
{
    Receipt r;
    r.seq = 42;
    r.timeMs = 1767225600123;
    r.edge = QStringLiteral("edge-1");
    r.buyer = QStringLiteral("buyer-1");
    r.creator = QStringLiteral("creator-xyz");
    r.manifest = QStringLiteral("bafkreimanifest");
    r.shard = QStringLiteral("bafkreishard");
    r.licenseHash = QStringLiteral("bafkreilicense");
    r.range = QStringLiteral("0-1023");
    r.bytes = 1024;
    r.jti = QStringLiteral("tok-1");
    r.job = QStringLiteral("job-1");
    r.charge = 10000;
    r.kind = kind::access;
    return r;
}

} // namespace

class TstReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leafEqualsJcs()
    {
        QRandomGenerator rng(8785);
        for (int i = 0; i < 2000; ++i) {
            Receipt r;
            r.seq = rng.bounded(1 << 30) * qint64(rng.bounded(1 << 22));
            r.timeMs = qint64(rng.bounded(2000000000)) * 1000 + rng.bounded(1000);
            r.edge = randomText(rng);
            r.buyer = randomText(rng);
            r.creator = randomText(rng);
            r.manifest = randomText(rng);
            r.shard = randomText(rng);
            r.licenseHash = randomText(rng);
            r.tx = randomText(rng);
            r.range = randomText(rng);
            r.bytes = rng.bounded(1 << 30);
            r.jti = randomText(rng);
            r.job = randomText(rng);
            r.charge = rng.bounded(1 << 30);
            r.kind = i % 2 ? kind::access : kind::adjust;
            QVERIFY(r.validate().ok());
            auto jcs = sg::crypto::jcs::canonicalize(QJsonValue(r.toJson()));
            QVERIFY2(jcs.ok(), qPrintable(jcs.errorString()));
            QCOMPARE(r.leaf(), *jcs);
            auto back = Receipt::fromLeaf(r.leaf());
            QVERIFY2(back.ok(), qPrintable(back.errorString()));
            QCOMPARE(*back, r);
            auto fromJson = Receipt::fromJson(QJsonDocument::fromJson(r.leaf()).object());
            QVERIFY(fromJson.ok());
            QCOMPARE(*fromJson, r);
        }
    }

    void exactShape()
    {
        QCOMPARE(
            sample().leaf(),
            QByteArray(
                "{\"buyer\":\"buyer-1\",\"bytes\":1024,\"charge\":10000,\"creator\":\"creator-xyz\","
                "\"edge\":\"edge-1\",\"job\":\"job-1\",\"jti\":\"tok-1\",\"kind\":\"access\","
                "\"licenseHash\":\"bafkreilicense\",\"manifest\":\"bafkreimanifest\",\"range\":\"0-1023\","
                "\"seq\":42,\"shard\":\"bafkreishard\",\"time\":\"2026-01-01T00:00:00.123Z\",\"tx\":\"\"}"));
    }

    void timeFormat()
    {
        // Against Qt's own calendar for a spread of instants.
        QRandomGenerator rng(3339);
        for (int i = 0; i < 5000; ++i) {
            const qint64 ms = qint64(rng.bounded(4000000000u)) * 1000 + rng.bounded(1000);
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QCOMPARE(formatReceiptTime(ms), expected);
            bool ok = false;
            QCOMPARE(parseReceiptTime(expected, &ok), ms);
            QVERIFY(ok);
        }
        bool ok = true;
        for (const char *bad :
             { "2026-02-29T00:00:00.000Z", "2026-01-01T00:00:00Z", "2026-01-01T24:00:00.000Z",
               "2026-01-01 00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-01-01T00:00:00.000+" }) {
            parseReceiptTime(QString::fromLatin1(bad), &ok);
            QVERIFY2(!ok, bad);
        }
        parseReceiptTime(u"2024-02-29T23:59:59.999Z", &ok);
        QVERIFY(ok);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("leaf");
        const QByteArray good = sample().leaf();
        QTest::newRow("whitespace") << QByteArray(good).replace(",\"bytes\"", ", \"bytes\"");
        QTest::newRow("escaped solidus") << QByteArray(good).replace("0-1023", "0\\/1023");
        QTest::newRow("unicode escape of a letter") << QByteArray(good).replace("tok-1", "tok\\u002d1");
        QTest::newRow("leading zero") << QByteArray(good).replace("\"bytes\":1024", "\"bytes\":01024");
        QTest::newRow("negative charge") << QByteArray(good).replace("\"charge\":10000", "\"charge\":-1");
        QTest::newRow("fraction") << QByteArray(good).replace("\"bytes\":1024", "\"bytes\":1024.0");
        QTest::newRow("missing field") << QByteArray(good).replace(",\"tx\":\"\"", "");
        QTest::newRow("extra field") << QByteArray(good).replace("}", ",\"x\":1}");
        QTest::newRow("trailing bytes") << good + "\n";
        QTest::newRow("bad kind") << QByteArray(good).replace("\"access\"", "\"Access\"");
        QTest::newRow("bad time") << QByteArray(good).replace(".123Z", "Z");
        QTest::newRow("invalid utf-8") << QByteArray(good).replace("buyer-1", "buyer\xff");
        QTest::newRow("empty") << QByteArray();
    }
    void rejects()
    {
        QFETCH(QByteArray, leaf);
        QVERIFY(!Receipt::fromLeaf(leaf).ok());
    }

    void validation()
    {
        Receipt r = sample();
        r.kind.clear();
        QVERIFY(!r.validate().ok());
        r = sample();
        r.bytes = -1;
        QVERIFY(!r.validate().ok());
        r = sample();
        r.charge = qint64(1) << 53;
        QVERIFY(!r.validate().ok());
        r = sample();
        r.buyer = QString(QChar(0xd800));
        QVERIFY(!r.validate().ok());
    }

    void tilePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("entries");
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("index");
        QTest::addColumn<int>("width");
        // Examples of the C2SP tlog-tiles spec.
        QTest::newRow("x001/x234/067")
            << QStringLiteral("tile/0/x001/x234/067") << false << 0 << qint64(1234067) << 256;
        QTest::newRow("partial") << QStringLiteral("tile/0/x001/x234/067.p/8") << false << 0
                                 << qint64(1234067) << 8;
        QTest::newRow("entries") << QStringLiteral("tile/entries/x001/x234/067") << true << 0
                                 << qint64(1234067) << 256;
        QTest::newRow("small") << QStringLiteral("tile/1/005") << false << 1 << qint64(5) << 256;
        QTest::newRow("zero partial")
            << QStringLiteral("tile/entries/000.p/1") << true << 0 << qint64(0) << 1;
        QTest::newRow("x000 inside") << QStringLiteral("tile/2/x001/x000/000") << false << 2
                                     << qint64(1000000) << 256;
    }
    void tilePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, entries);
        QFETCH(int, level);
        QFETCH(qint64, index);
        QFETCH(int, width);
        auto t = TileRef::parse(path);
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        QCOMPARE(t->entries, entries);
        QCOMPARE(t->level, level);
        QCOMPARE(t->index, index);
        QCOMPARE(t->width, width);
        QCOMPARE(t->path(), path);
    }

    void badTilePaths_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p :
             { "tile/0/1", "tile/0/0001", "tile/0/x001", "tile/0/001/234", "tile/0/x000/001",
               "tile/0/001.p/256", "tile/0/001.p/0", "tile/0/001.p/08", "tile/00/001", "tile/64/001",
               "tile/a/001", "tiles/0/001", "tile/entries", "tile/0/00a", "tile/0/001.p" })
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void badTilePaths()
    {
        QFETCH(QString, path);
        QVERIFY(!TileRef::parse(path).ok());
    }
};

QTEST_GUILESS_MAIN(TstReceipt)
#include "tst_receipt.moc"
