#pragma once

// The market store: catalog, accounts, credits, revocations, token signing keys. SQLite in
// <home>/market.sqlite (WAL, busy timeout) or, with a postgresql:// URL, PostgreSQL through
// Qt's QPSQL driver (tables in the schema "market", so the ledger's tables can share the
// database). One schema, one list of step-by-step migrations, portable SQL only; every
// dialect difference (id columns, blobs, schema lookup, write-transaction start, locks,
// notifications) lives in this file.
//
// Concurrency: SQLite's BEGIN IMMEDIATE serialises all writers. PostgreSQL runs writers in
// parallel (READ COMMITTED), so a transaction that reads, decides and writes first takes
// WriteTransaction::lock(name) — a transaction-scoped advisory lock; a no-op on SQLite —
// on what it decides about (e.g. "account:<id>"): two edges charging one buyer queue on
// that lock, and the conditional UPDATEs in accounts.cpp are a second guard.
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

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

namespace sg::market {

// How a write transaction reaches the disk.
//  Immediate: COMMIT returns once the transaction is on disk (SQLite synchronous=FULL,
//    PostgreSQL synchronous_commit=on).
//  Deferred (SQLite; PostgreSQL treats it as Immediate): COMMIT returns once the transaction
//    is in the WAL file, so the OS has it and a killed process loses nothing; the
//    Database's WAL syncer then puts it on disk with one fdatasync of the WAL, shared by
//    every deferred commit made meanwhile (about a millisecond later). The file ends up as
//    Immediate leaves it; only a power loss or kernel crash inside that gap can lose the
//    transaction. The edge charges first deliveries this way, so serving a shard does not
//    wait for a disk flush (docs/market.md, "Durability of charges").
enum class Durability { Immediate, Deferred };

class WalSyncer;
class StatementCache;

// A statement run by Database::exec. Prepared statements come from a cache kept per
// connection (SQLite skips parsing and planning, PostgreSQL the PREPARE and DEALLOCATE
// round trips of every QSqlQuery) and go back to it, reset, when the Query is destroyed.
// Move-only: a copy would share the statement with whoever uses it next. Read it like a
// QSqlQuery (next(), value(), numRowsAffected(), ...); keep it no longer than needed.
class Query : public QSqlQuery
{
public:
    Query(QSqlQuery query, std::weak_ptr<StatementCache> home = {}, QString sql = {}, quint64 generation = 0)
        : QSqlQuery(std::move(query)), m_home(std::move(home)), m_sql(std::move(sql)),
          m_generation(generation)
    { }
    Query(Query &&other) noexcept = default;
    Query &operator=(Query &&other) = delete;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query();

private:
    std::weak_ptr<StatementCache> m_home;
    QString m_sql;
    quint64 m_generation = 0;
};

struct DbOptions
{
    // SQLite file (used when url is empty).
    QString sqlitePath;
    // Empty = SQLite at sqlitePath; "postgresql://user@/dbname?host=/run/postgresql" = QPSQL
    // (libpq URI: user, password, host or ?host=/socket/folder, port, dbname, and the query
    // parameters sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name).
    QString url;
    // Opens with SQLITE_OPEN_READONLY (PostgreSQL: default_transaction_read_only): reads
    // work, every write fails with "db_readonly".
    bool readOnly = false;
    // How long a writer waits for another connection's lock before "db_locked" (PostgreSQL:
    // lock_timeout).
    int busyTimeoutMs = 5000;
};

class Database
{
public:
    enum class Dialect { Sqlite, Postgres };
    static constexpr int kSchemaVersion = 2;
    // The PostgreSQL schema (namespace) holding the market's tables.
    static constexpr const char *kPgSchema = "market";

    // Opens (creating an empty SQLite file when none exists, unless readOnly), checks that
    // the file is a database and migrates it to kSchemaVersion. Never deletes or rewrites
    // an existing file it cannot read.
    static Result<std::shared_ptr<Database>> open(const DbOptions &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection() const;

    // PostgreSQL: opens a dedicated connection owned by the calling thread (which must run
    // an event loop), LISTENs on channels and calls onNotify(channel) on that thread for
    // every NOTIFY while context (nullptr: the connection itself) lives. Returns false on
    // SQLite (no notifications: poll instead). The connection lives until the Database is
    // destroyed.
    Result<bool> listen(const QStringList &channels, QObject *context,
                        std::function<void(const QString &channel)> onNotify) const;

    Dialect dialect() const { return m_dialect; }
    bool readOnly() const { return m_options.readOnly; }
    const DbOptions &options() const { return m_options; }
    // "market database /path/market.sqlite" (for messages).
    QString describe() const;
    // The schema version found in the store.
    Result<int> schemaVersion() const;

    // Runs one statement with positional (?) bindings; errors are mapped by sqlError().
    // Bind QVariant() for NULL; a null QString is bound as ''.
    // Prepared statements are cached per connection (Query).
    Result<Query> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}) const;
    // A clear error for a failed statement: code "db_locked", "db_readonly", "db_corrupt",
    // "db_full" or "db"; message names the store and what to do.
    Error sqlError(const QSqlError &error, const QString &what) const;

    // Deferred commits (SQLite): blocks until every one made before the call is on disk and
    // returns the error of the last flush, if it failed. Returns at once when there are none.
    Status syncWal() const;
    // fdatasync calls the WAL syncer made so far (tests).
    quint64 walSyncs() const;
    // Statements exec() has prepared so far, on every connection (a cached one is not
    // prepared again; tests).
    quint64 statementsPrepared() const { return m_prepared.load(std::memory_order_relaxed); }
    // Called by WriteTransaction after a deferred COMMIT.
    void requestWalSync() const;

    // Column type names for portable DDL.
    QString blobType() const;
    QString autoIdColumn() const; // "INTEGER PRIMARY KEY AUTOINCREMENT" / "BIGSERIAL PRIMARY KEY"

    // A postgresql:// URL split into QPSQL settings; an error names what is wrong.
    struct PgSettings
    {
        QString host, user, password, dbname;
        int port = -1;
        QStringList options; // "key=value" for QSqlDatabase::setConnectOptions
    };
    static Result<PgSettings> parsePostgresUrl(const QString &url);
    // True for a postgresql:// (or postgres://) store URL, false for a SQLite path.
    static bool isPostgresUrl(const QString &pathOrUrl);

private:
    explicit Database(DbOptions options, Dialect dialect);
    Status checkReadable(QSqlDatabase &db) const;
    Status migrate(QSqlDatabase &db) const;
    Result<QSqlDatabase> openConnection(const QString &name) const;

    DbOptions m_options;
    Dialect m_dialect;
    QString m_prefix; // connection-name prefix of this instance
    PgSettings m_pg;
    std::unique_ptr<WalSyncer> m_walSyncer; // SQLite, writable stores only
    mutable std::atomic<quint64> m_prepared { 0 };
};

// A write transaction on this thread's connection: BEGIN IMMEDIATE (SQLite) / BEGIN
// (PostgreSQL); rolled back on destruction unless commit() succeeded.
class WriteTransaction
{
public:
    static Result<std::unique_ptr<WriteTransaction>> begin(const Database &db,
                                                           Durability durability = Durability::Immediate);
    ~WriteTransaction();

    QSqlDatabase &connection() { return m_conn; }
    Result<Query> exec(const QString &sql, const QVariantList &binds = {})
    {
        return m_db.exec(m_conn, sql, binds);
    }
    Status commit();

    // Serialises this transaction against every other one that takes the same name, until
    // it ends (PostgreSQL: pg_advisory_xact_lock on a 64-bit hash of name; SQLite: nothing
    // to do, BEGIN IMMEDIATE already holds the only write lock).
    Status lock(const QString &name);
    // Sends payload on channel when the transaction commits (PostgreSQL NOTIFY; SQLite:
    // nothing, readers poll).
    Status notify(const QString &channel, const QString &payload = {});

private:
    WriteTransaction(const Database &db, QSqlDatabase conn, bool deferred)
        : m_db(db), m_conn(std::move(conn)), m_deferred(deferred)
    { }
    // Puts the connection back to synchronous=FULL after a deferred transaction.
    void restoreSync();
    const Database &m_db;
    QSqlDatabase m_conn;
    bool m_open = true;
    bool m_deferred = false;
};

} // namespace sg::market
