// The throwaway PostgreSQL cluster the shared-store tests run on (tests/support/pgcluster.h).

#include "pgcluster.h"

#include <QtTest>

using sg::test::PgCluster;

class TestPgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databasesAreSeparateAndEmpty();
    void rejectsBadPrefix();
};

void TestPgCluster::databasesAreSeparateAndEmpty()
{
    SG_REQUIRE_PG();
    auto &pg = PgCluster::instance();
    auto a = pg.createDatabase(QStringLiteral("pga"));
    QVERIFY2(a, qPrintable(a.errorString()));
    auto b = pg.createDatabase(QStringLiteral("pga"));
    QVERIFY2(b, qPrintable(b.errorString()));
    QVERIFY(*a != *b);
    QVERIFY2(a->startsWith(QLatin1String("postgresql://")), qPrintable(*a));

    // No TCP listener: the URL names a unix-socket folder.
    QVERIFY2(a->contains(QLatin1String("host=/")), qPrintable(*a));
    auto listen = pg.psql(*a, QStringLiteral("SHOW listen_addresses"));
    QVERIFY2(listen, qPrintable(listen.errorString()));
    QCOMPARE(*listen, QString());

    QVERIFY(pg.psql(*a, QStringLiteral("CREATE TABLE x (v INT); INSERT INTO x VALUES (7)")));
    auto inA = pg.psql(*a, QStringLiteral("SELECT v FROM x"));
    QVERIFY2(inA, qPrintable(inA.errorString()));
    QCOMPARE(*inA, QStringLiteral("7"));
    // The other database does not have the table.
    auto inB = pg.psql(*b, QStringLiteral("SELECT v FROM x"));
    QVERIFY(!inB);
    QVERIFY2(inB.errorString().contains(QLatin1String("does not exist")), qPrintable(inB.errorString()));
}

void TestPgCluster::rejectsBadPrefix()
{
    SG_REQUIRE_PG();
    auto bad = PgCluster::instance().createDatabase(QStringLiteral("x; DROP DATABASE postgres"));
    QVERIFY(!bad);
    QVERIFY(bad.errorString().contains(QLatin1String("prefix")));
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
