#include "common/fileutil.h"
#include "common/money.h"

#include <QtTest>

using namespace sg;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("cent") << "0.01" << true << qint64(10000);
        QTest::newRow("ten") << "10.00" << true << qint64(10000000);
        QTest::newRow("six decimals") << "1.000001" << true << qint64(1000001);
        QTest::newRow("seven decimals") << "1.0000001" << false << qint64(0);
        QTest::newRow("negative") << "-1" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("dot only") << "." << false << qint64(0);
        QTest::newRow("trailing dot") << "1." << false << qint64(0);
        QTest::newRow("leading dot") << ".5" << false << qint64(0);
        QTest::newRow("space") << " 1" << false << qint64(0);
        QTest::newRow("huge") << "99999999999999999999" << false << qint64(0);
        QTest::newRow("plus") << "+1" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        const auto r = parseMoney(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), micros);
        else
            QVERIFY(!r.errorString().isEmpty());
    }
    void format_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0";
        QTest::newRow("cent") << qint64(10000) << "0.01";
        QTest::newRow("ten") << qint64(10000000) << "10";
        QTest::newRow("micro") << qint64(1) << "0.000001";
        QTest::newRow("negative") << qint64(-2500000) << "-2.5";
    }
    void format()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, text);
        QCOMPARE(formatMoney(micros), text);
    }
    void roundTrip()
    {
        for (qint64 v : { qint64(0), qint64(1), qint64(999999), qint64(123456789012) })
            QCOMPARE(parseMoney(formatMoney(v)).value(), v);
    }
    void sizes()
    {
        QCOMPARE(parseSize(QStringLiteral("4MiB")), qint64(4) << 20);
        QCOMPARE(parseSize(QStringLiteral("16 MiB")), qint64(16) << 20);
        QCOMPARE(parseSize(QStringLiteral("1048576")), qint64(1048576));
        QCOMPARE(parseSize(QStringLiteral("1k")), qint64(1024));
        QCOMPARE(parseSize(QStringLiteral("four")), qint64(0));
        QCOMPARE(parseSize(QStringLiteral("-1M")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
