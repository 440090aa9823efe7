#pragma once

// Runs the market store tests on either backend. Every tests/market test that touches the
// store is registered twice (tests/market/CMakeLists.txt): tst_x on SQLite in a temporary
// home, tst_x_pg with SG_TEST_MARKET_BACKEND=postgresql on a fresh database of the
// throwaway PostgreSQL cluster (tests/support/pgcluster.h) per home.

#include "market/market.h"
#include "pgcluster.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QtTest>

namespace sg::test {

inline bool storeOnPostgres()
{
    return qEnvironmentVariable("SG_TEST_MARKET_BACKEND") == QLatin1String("postgresql");
}

inline const char *storeBackendName()
{
    return storeOnPostgres() ? "postgresql" : "sqlite";
}

// The --db URL of home's store: empty on SQLite; on PostgreSQL a database created the first
// time home is seen, the same one for every later open of that home (a reopen, a second
// Market as another process would).
inline QString storeUrl(const QString &home)
{
    if (!storeOnPostgres())
        return {};
    static QMutex mutex;
    static QHash<QString, QString> urls;
    QMutexLocker lock(&mutex);
    auto it = urls.constFind(home);
    if (it != urls.constEnd())
        return *it;
    auto url = PgCluster::instance().createDatabase(QStringLiteral("market"));
    if (!url)
        qFatal("cannot create a PostgreSQL database: %s", qPrintable(url.errorString()));
    urls.insert(home, *url);
    return *url;
}

inline market::MarketOptions marketOptions(const QString &home)
{
    market::MarketOptions o;
    o.home = home;
    o.dbUrl = storeUrl(home);
    return o;
}

} // namespace sg::test

// In initTestCase(): on the PostgreSQL run, skips (or fails in CI) without PostgreSQL.
#define SG_STORE_INIT()                                                                                      \
    do {                                                                                                     \
        if (::sg::test::storeOnPostgres())                                                                   \
            SG_REQUIRE_PG();                                                                                 \
    } while (false)

// For a test of SQLite's file handling only.
#define SG_SQLITE_ONLY(why)                                                                                  \
    do {                                                                                                     \
        if (::sg::test::storeOnPostgres())                                                                   \
            QSKIP("SQLite file handling (" why "); the PostgreSQL run covers its own in tst_market_pg");     \
    } while (false)
