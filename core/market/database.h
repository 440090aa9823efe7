#pragma once

// The market store: catalog, accounts, credits, revocations. SQLite in <home>/market.sqlite
// (WAL, busy timeout, schema_version + step-by-step migrations), written so a PostgreSQL
// backend (QPSQL, same schema) can follow: portable SQL only, dialect differences (id
// columns, blobs, write-transaction start) live in this file.
//
// Threading: one connection per thread. connection() opens (once per thread and Database)
// a QSqlDatabase named "sg-market-<instance>-<thread>"; it is closed when the thread ends or
// the Database is destroyed. Every class on top (Catalog, Accounts, Revocations,
// MarketTokenService) may therefore be called from any thread, e.g. a QtConcurrent pool,
// never needing the GUI thread. Writes start with BEGIN IMMEDIATE, so concurrent writers
// queue on the busy timeout instead of failing on a lock upgrade.
//
// Failure modes are reported, never repaired: a locked database gives a "db_locked" error
// after the busy timeout, a read-only one "db_readonly", a file that is not a database
// "db_corrupt" — and the file is never deleted, re-created or overwritten.

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

namespace sg::market {

struct DbOptions
{
    // SQLite file (used when url is empty).
    QString sqlitePath;
    // Empty = SQLite at sqlitePath; "postgresql://user@/dbname?host=/run/postgresql" = QPSQL.
    QString url;
    // Opens with SQLITE_OPEN_READONLY: reads work, every write fails with "db_readonly".
    bool readOnly = false;
    // How long a writer waits for another connection's lock before "db_locked".
    int busyTimeoutMs = 5000;
};

class Database
{
public:
    enum class Dialect { Sqlite, Postgres };
    static constexpr int kSchemaVersion = 1;

    // Opens (creating an empty SQLite file when none exists, unless readOnly), checks that
    // the file is a database and migrates it to kSchemaVersion. Never deletes or rewrites
    // an existing file it cannot read.
    static Result<std::shared_ptr<Database>> open(const DbOptions &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection() const;

    Dialect dialect() const { return m_dialect; }
    bool readOnly() const { return m_options.readOnly; }
    const DbOptions &options() const { return m_options; }
    // "market database /path/market.sqlite" (for messages).
    QString describe() const;
    // The schema version found in the store.
    Result<int> schemaVersion() const;

    // Runs one statement with positional (?) bindings; errors are mapped by sqlError().
    // Bind QVariant() for NULL; a null QString is bound as ''.
    Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}) const;
    // A clear error for a failed statement: code "db_locked", "db_readonly", "db_corrupt",
    // "db_full" or "db"; message names the store and what to do.
    Error sqlError(const QSqlError &error, const QString &what) const;

    // Column type names for portable DDL.
    QString blobType() const;
    QString autoIdColumn() const; // "INTEGER PRIMARY KEY AUTOINCREMENT" / "BIGSERIAL PRIMARY KEY"

private:
    explicit Database(DbOptions options, Dialect dialect);
    Status checkReadable(QSqlDatabase &db) const;
    Status migrate(QSqlDatabase &db) const;

    DbOptions m_options;
    Dialect m_dialect;
    QString m_prefix; // connection-name prefix of this instance
    QString m_pgHost, m_pgUser, m_pgName, m_pgPassword;
    int m_pgPort = -1;
};

// A write transaction on this thread's connection: BEGIN IMMEDIATE (SQLite) / BEGIN
// (PostgreSQL); rolled back on destruction unless commit() succeeded.
class WriteTransaction
{
public:
    static Result<std::unique_ptr<WriteTransaction>> begin(const Database &db);
    ~WriteTransaction();

    QSqlDatabase &connection() { return m_conn; }
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {})
    {
        return m_db.exec(m_conn, sql, binds);
    }
    Status commit();

private:
    WriteTransaction(const Database &db, QSqlDatabase conn) : m_db(db), m_conn(std::move(conn)) { }
    const Database &m_db;
    QSqlDatabase m_conn;
    bool m_open = true;
};

} // namespace sg::market
