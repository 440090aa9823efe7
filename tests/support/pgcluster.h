#pragma once

// A throwaway PostgreSQL cluster for tests that need the shared store.
//
// On first use, PgCluster::instance() either takes the cluster test.sh started for the whole
// ctest run ($SHARDGATE_TEST_PG_URL, its maintenance database URL) or starts one of its own
// with packaging/tools/pgcluster.sh: initdb into a temporary folder, unix socket in that
// folder, no TCP, run as the 'postgres' user when the tests run as root. A cluster it
// started is stopped (pg_ctl stop -m immediate) and its folder removed when the process
// exits — normally, or killed (a watchdog process notices the test process is gone).
//
// createDatabase() gives every test its own empty database, so tests sharing one cluster
// never see each other's rows.
//
// When PostgreSQL is not installed, available() is false and reason() says why: tests
// then skip with SG_REQUIRE_PG(), except in CI ($CI set), where that fails the test —
// packaging/deps/debian.sh installs PostgreSQL, so a skip there would hide a broken set-up.

#include "common/result.h"

#include <QString>
#include <QtTest>

namespace sg::test {

class PgCluster
{
public:
    static PgCluster &instance();

    bool available() const { return m_available; }
    QString reason() const { return m_reason; }
    // The maintenance database's URL ("postgresql://USER@/postgres?host=DIR&port=PORT").
    QString maintenanceUrl() const { return m_url; }

    // A new empty database on the throwaway cluster:
    // "postgresql://USER@/NAME?host=SOCKETDIR&port=PORT". prefix: 1-20 of [a-z0-9_].
    sg::Result<QString> createDatabase(const QString &prefix = QStringLiteral("t"));

    // Runs SQL on a database with psql (for set-up and checks that must not go through our
    // own code); returns psql's unaligned, tuples-only output.
    sg::Result<QString> psql(const QString &url, const QString &sql) const;

    // True when a missing PostgreSQL must fail the test rather than skip it ($CI set and not
    // "false"/"0").
    static bool required();

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

private:
    PgCluster();
    void start();

    bool m_available = false;
    bool m_owned = false; // this process started the cluster and stops it at exit
    QString m_reason;
    QString m_url;
    QString m_psql;
    QString m_script;
};

} // namespace sg::test

// At the top of a test function (or initTestCase) that needs PostgreSQL: skips when it is
// not installed, fails in CI.
#define SG_REQUIRE_PG()                                                                                      \
    do {                                                                                                     \
        auto &sgPgCluster_ = ::sg::test::PgCluster::instance();                                              \
        if (!sgPgCluster_.available()) {                                                                     \
            if (::sg::test::PgCluster::required())                                                           \
                QFAIL(qPrintable(QStringLiteral("CI: PostgreSQL is required: ") + sgPgCluster_.reason()));   \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + sgPgCluster_.reason()));         \
        }                                                                                                    \
    } while (false)
