#include "database.h"

#include "common/logging.h"
#include "crypto/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace sg::market {

// Puts deferred commits on disk: one fdatasync of the WAL file for all the commits made
// since the previous one. A thread of its own, started on the first request; it waits for
// work and never polls.
class WalSyncer
{
public:
    explicit WalSyncer(const QString &walPath) : m_path(QFile::encodeName(walPath)) { }
    ~WalSyncer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true; // the thread still syncs what was requested before
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    void request()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            ++m_requested;
            if (!m_thread.joinable())
                m_thread = std::thread([this] { run(); });
        }
        m_wake.notify_one();
    }

    Status flush()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const quint64 target = m_requested;
        m_done.wait(lock, [&] { return m_synced >= target; });
        if (!m_lastError.isEmpty())
            return fail(m_lastError, QStringLiteral("db"));
        return {};
    }

    quint64 syncs() const { return m_syncs.load(std::memory_order_relaxed); }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || m_requested > m_synced; });
            if (m_requested == m_synced)
                return; // stopping, nothing left
            const quint64 target = m_requested;
            lock.unlock();
            const QString error = syncFile();
            lock.lock();
            m_synced = target;
            m_lastError = error;
            m_syncs.fetch_add(1, std::memory_order_relaxed);
            m_done.notify_all();
        }
    }

    // Opened for each flush: SQLite deletes the WAL when its last connection closes (after a
    // checkpoint that synced everything) and creates a new one on the next write.
    QString syncFile() const
    {
        const int fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            if (err == ENOENT)
                return {};
            return QStringLiteral("cannot open %1 to sync it: %2")
                .arg(QFile::decodeName(m_path), QString::fromLocal8Bit(strerror(err)));
        }
        QString error;
        if (::fdatasync(fd) != 0) {
            const int err = errno;
            error = QStringLiteral("cannot sync %1: %2 (charges of the last moments could be lost on a power "
                                   "failure)")
                        .arg(QFile::decodeName(m_path), QString::fromLocal8Bit(strerror(err)));
            qCWarning(lcMarket).noquote() << error;
        }
        ::close(fd);
        return error;
    }

    const QByteArray m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    quint64 m_requested = 0;
    quint64 m_synced = 0;
    bool m_stop = false;
    QString m_lastError;
    std::atomic<quint64> m_syncs { 0 };
    std::thread m_thread;
};

// Prepared statements of one connection, by SQL text, waiting for their next use. Used by
// the connection's thread only, except that a Database being destroyed (or the thread
// ending) empties it before closing the connection, hence the mutex.
class StatementCache
{
public:
    // The idle statement for sql, if any, and the generation a statement used now belongs to.
    std::optional<QSqlQuery> take(const QString &sql, quint64 *generation)
    {
        QMutexLocker lock(&m_mutex);
        *generation = m_generation;
        auto it = m_idle.find(sql);
        if (it == m_idle.end())
            return std::nullopt;
        QSqlQuery q = std::move(it->second);
        m_idle.erase(it);
        return q;
    }
    void giveBack(const QString &sql, QSqlQuery query, quint64 generation)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed || generation != m_generation || m_idle.count(sql) != 0)
            return; // one idle statement per text (a nested use of the same text made a second)
        if (m_idle.size() >= kMaxStatements)
            m_idle.erase(m_idle.begin()); // SQL built with values inside: keep the cache bounded
        m_idle.emplace(sql, std::move(query));
    }
    // Finalises every idle statement; statements in use are dropped when they come back.
    void close()
    {
        std::unordered_map<QString, QSqlQuery> idle;
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        idle.swap(m_idle);
    }
    // Forgets every statement, idle or in use (they are prepared again on their next use):
    // the server no longer knows them.
    void forget()
    {
        std::unordered_map<QString, QSqlQuery> idle;
        QMutexLocker lock(&m_mutex);
        ++m_generation;
        idle.swap(m_idle);
    }

private:
    static constexpr size_t kMaxStatements = 128;
    QMutex m_mutex;
    std::unordered_map<QString, QSqlQuery> m_idle;
    quint64 m_generation = 0;
    bool m_closed = false;
};

Query::~Query()
{
    const std::shared_ptr<StatementCache> home = m_home.lock();
    if (!home)
        return;
    finish(); // reset: a SELECT read only in part holds no read snapshot while it waits
    home->giveBack(m_sql, QSqlQuery(std::move(static_cast<QSqlQuery &>(*this))), m_generation);
}

namespace {

// Connections alive across all Database instances and threads; guarded by g_mutex.
// Never destroyed: a thread pool's threads end during static destruction at exit (the
// console's worker pool, QThreadPool's global one), and their ThreadConnections must not
// find it freed (ASan: heap-use-after-free at exit of tst_screenshots; glibc once aborted
// with "corrupted double-linked list").
QBasicMutex g_mutex;
QSet<QString> &liveConnections()
{
    static auto *names = new QSet<QString>;
    return *names;
}
// The statement cache of each live connection; guarded by g_mutex, never destroyed (as above).
QHash<QString, std::shared_ptr<StatementCache>> &statementCaches()
{
    static auto *caches = new QHash<QString, std::shared_ptr<StatementCache>>;
    return *caches;
}
// Closes a connection: its cached statements first (a QSqlQuery left on a removed
// connection makes Qt warn and, with PostgreSQL, deallocate on a closed link). Under g_mutex.
void closeConnectionLocked(const QString &name)
{
    if (const auto cache = statementCaches().take(name))
        cache->close();
    if (liveConnections().remove(name))
        QSqlDatabase::removeDatabase(name);
}
std::atomic<quint64> g_threadSeq { 0 };
std::atomic<quint64> g_instanceSeq { 0 };

// Closes this thread's connections when the thread ends.
struct ThreadConnections
{
    quint64 id = ++g_threadSeq;
    QStringList names;
    ~ThreadConnections()
    {
        // At process exit (no application object any more) Qt's own connection registry
        // may be gone already: the connections go with the process.
        if (!QCoreApplication::instance())
            return;
        QMutexLocker lock(&g_mutex);
        for (const QString &name : std::as_const(names))
            closeConnectionLocked(name);
    }
};
thread_local ThreadConnections t_connections;

struct Migration
{
    int version;
    // Statements; "%ID%" and "%BLOB%" are replaced by the dialect's column types.
    QStringList statements;
};

// Step-by-step schema history. Never edit a released step: append a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        { 1,
          {
              // Published manifests: the signed JCS bytes are the source of truth, the
              // other columns are an index over them.
              QStringLiteral("CREATE TABLE manifests ("
                             " cid TEXT PRIMARY KEY,"
                             " dataset TEXT NOT NULL,"
                             " version TEXT NOT NULL,"
                             " title TEXT NOT NULL,"
                             " description TEXT NOT NULL,"
                             " created TEXT NOT NULL,"
                             " creator_id TEXT NOT NULL,"
                             " creator_key TEXT NOT NULL,"
                             " license_json TEXT NOT NULL,"
                             " license_hash TEXT NOT NULL,"
                             " license_id TEXT NOT NULL,"
                             " spdx TEXT NOT NULL,"
                             " uses TEXT NOT NULL,"
                             " price_per_access BIGINT NOT NULL,"
                             " price_per_gib BIGINT,"
                             " currency TEXT NOT NULL,"
                             " valid_until BIGINT,"
                             " revocable BIGINT NOT NULL,"
                             " shard_size BIGINT NOT NULL,"
                             " total_bytes BIGINT NOT NULL,"
                             " file_count BIGINT NOT NULL,"
                             " shard_count BIGINT NOT NULL,"
                             " previous TEXT,"
                             " search_text TEXT NOT NULL,"
                             " published_at BIGINT NOT NULL,"
                             " manifest_jcs %BLOB% NOT NULL,"
                             " UNIQUE (dataset, version))"),
              QStringLiteral("CREATE INDEX manifests_previous ON manifests (previous)"),
              QStringLiteral("CREATE INDEX manifests_creator ON manifests (creator_id)"),
              QStringLiteral("CREATE INDEX manifests_license ON manifests (license_hash)"),
              QStringLiteral("CREATE TABLE manifest_shards ("
                             " manifest TEXT NOT NULL REFERENCES manifests (cid),"
                             " idx BIGINT NOT NULL,"
                             " shard TEXT NOT NULL,"
                             " size BIGINT NOT NULL,"
                             " PRIMARY KEY (manifest, idx))"),
              QStringLiteral("CREATE INDEX manifest_shards_shard ON manifest_shards (shard, manifest)"),
              // Buyer accounts. Money is integer micro-units; the CHECKs are the last line
              // of defence behind the conditional updates in accounts.cpp.
              QStringLiteral("CREATE TABLE accounts ("
                             " id TEXT PRIMARY KEY,"
                             " key_hash TEXT NOT NULL UNIQUE,"
                             " key_hint TEXT NOT NULL,"
                             " currency TEXT NOT NULL,"
                             " credits BIGINT NOT NULL CHECK (credits >= 0),"
                             " held BIGINT NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= credits),"
                             " created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE holds ("
                             " account TEXT NOT NULL REFERENCES accounts (id),"
                             " job TEXT NOT NULL,"
                             " amount BIGINT NOT NULL CHECK (amount >= 0),"
                             " remaining BIGINT NOT NULL CHECK (remaining >= 0),"
                             " expires_at BIGINT NOT NULL,"
                             " state TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL,"
                             " PRIMARY KEY (account, job))"),
              QStringLiteral("CREATE INDEX holds_open ON holds (state, expires_at)"),
              // One row per billed (account, job, shard): a repeat is never charged twice.
              QStringLiteral("CREATE TABLE billed ("
                             " account TEXT NOT NULL REFERENCES accounts (id),"
                             " job TEXT NOT NULL,"
                             " shard TEXT NOT NULL,"
                             " manifest TEXT NOT NULL,"
                             " creator TEXT NOT NULL,"
                             " amount BIGINT NOT NULL CHECK (amount >= 0),"
                             " at BIGINT NOT NULL,"
                             " PRIMARY KEY (account, job, shard))"),
              QStringLiteral("CREATE TABLE account_entries ("
                             " seq %ID%,"
                             " account TEXT NOT NULL REFERENCES accounts (id),"
                             " kind TEXT NOT NULL,"
                             " amount BIGINT NOT NULL,"
                             " credits_after BIGINT NOT NULL,"
                             " held_after BIGINT NOT NULL,"
                             " ref TEXT NOT NULL,"
                             " at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX account_entries_account ON account_entries (account, seq)"),
              // What each creator earned, one row per charge.
              QStringLiteral("CREATE TABLE payouts ("
                             " seq %ID%,"
                             " creator TEXT NOT NULL,"
                             " account TEXT NOT NULL,"
                             " manifest TEXT NOT NULL,"
                             " shard TEXT NOT NULL,"
                             " job TEXT NOT NULL,"
                             " amount BIGINT NOT NULL CHECK (amount >= 0),"
                             " currency TEXT NOT NULL,"
                             " at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX payouts_creator ON payouts (creator, seq)"),
              QStringLiteral("CREATE TABLE revocations ("
                             " seq %ID%,"
                             " kind TEXT NOT NULL,"
                             " value TEXT NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " revoked_at BIGINT NOT NULL,"
                             " revoked_by TEXT NOT NULL,"
                             " statement TEXT NOT NULL,"
                             " signature TEXT NOT NULL,"
                             " UNIQUE (kind, value))"),
              // Small counters, e.g. the revocation generation other processes poll.
              QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
              QStringLiteral("INSERT INTO meta (key, value) VALUES ('revocations_generation', 0)"),
          } },
        { 2,
          {
              // Public token signing keys of every edge sharing the store: each edge signs
              // with its own private key (in its home) and publishes the public half here,
              // so every edge verifies and lists (JWKS) every active key. valid_until NULL =
              // the origin's active key; a rotated-out key verifies until valid_until.
              QStringLiteral("CREATE TABLE token_keys ("
                             " kid TEXT PRIMARY KEY,"
                             " public_key TEXT NOT NULL,"
                             " origin TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL,"
                             " valid_until BIGINT)"),
              QStringLiteral("INSERT INTO meta (key, value) VALUES ('token_keys_generation', 0)"),
          } },
    };
    return list;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Database::Database(DbOptions options, Dialect dialect)
    : m_options(std::move(options)), m_dialect(dialect),
      m_prefix(QStringLiteral("sg-market-%1-").arg(++g_instanceSeq))
{
    if (m_dialect == Dialect::Sqlite && !m_options.readOnly)
        m_walSyncer = std::make_unique<WalSyncer>(m_options.sqlitePath + QStringLiteral("-wal"));
}

Database::~Database()
{
    m_walSyncer.reset(); // deferred commits reach the disk first
    QMutexLocker lock(&g_mutex);
    const QSet<QString> names = liveConnections();
    for (const QString &name : names) {
        if (name.startsWith(m_prefix))
            closeConnectionLocked(name);
    }
}

void Database::requestWalSync() const
{
    if (m_walSyncer)
        m_walSyncer->request();
}

Status Database::syncWal() const
{
    return m_walSyncer ? m_walSyncer->flush() : Status();
}

quint64 Database::walSyncs() const
{
    return m_walSyncer ? m_walSyncer->syncs() : 0;
}

QString Database::describe() const
{
    if (m_dialect == Dialect::Postgres)
        return QStringLiteral("market database %1").arg(QUrl(m_options.url).toString(QUrl::RemovePassword));
    return QStringLiteral("market database %1").arg(m_options.sqlitePath);
}

QString Database::blobType() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

QString Database::autoIdColumn() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                          : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

Error Database::sqlError(const QSqlError &error, const QString &what) const
{
    const QString text = error.text().trimmed();
    if (m_dialect == Dialect::Sqlite) {
        switch (sqliteCode(error)) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return fail(QStringLiteral("%1 is locked by another connection (waited %2 ms): %3 failed; "
                                       "nothing was changed — retry when the other writer is done")
                            .arg(describe())
                            .arg(m_options.busyTimeoutMs)
                            .arg(what),
                        QStringLiteral("db_locked"));
        case 8: // SQLITE_READONLY
            return fail(QStringLiteral("%1 is read-only: %2 failed; nothing was changed — open it with "
                                       "write access (file and folder permissions, no read-only mount)")
                            .arg(describe(), what),
                        QStringLiteral("db_readonly"));
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return fail(QStringLiteral("%1 is damaged or not a SQLite database (%2); it was left untouched "
                                       "— restore it from a backup or move it away")
                            .arg(describe(), text),
                        QStringLiteral("db_corrupt"));
        case 13: // SQLITE_FULL
            return fail(QStringLiteral("%1: disk full while %2; nothing was changed — free some space")
                            .arg(describe(), what),
                        QStringLiteral("db_full"));
        case 19: // SQLITE_CONSTRAINT
            return fail(QStringLiteral("%1: %2 violates a constraint (%3)").arg(describe(), what, text),
                        QStringLiteral("db_constraint"));
        default:
            break;
        }
    } else {
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("55P03") || state == QLatin1String("40P01")
            || state == QLatin1String("40001"))
            return fail(
                QStringLiteral("%1 is busy: %2 failed; nothing was changed — retry").arg(describe(), what),
                QStringLiteral("db_locked"));
        if (state == QLatin1String("25006"))
            return fail(QStringLiteral("%1 is read-only: %2 failed").arg(describe(), what),
                        QStringLiteral("db_readonly"));
        if (state.startsWith(QLatin1String("23")))
            return fail(QStringLiteral("%1: %2 violates a constraint (%3)").arg(describe(), what, text),
                        QStringLiteral("db_constraint"));
    }
    return fail(QStringLiteral("%1: %2 failed: %3").arg(describe(), what, text), QStringLiteral("db"));
}

Result<Query> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds) const
{
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE (not BEGIN, COMMIT or DDL): a
    // statement without bindings runs as it is, uncached.
    if (m_dialect == Dialect::Postgres && binds.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return sqlError(query.lastError(), sql.section(QLatin1Char(' '), 0, 2));
        return Query(std::move(query));
    }
    std::shared_ptr<StatementCache> cache;
    {
        QMutexLocker lock(&g_mutex);
        cache = statementCaches().value(db.connectionName());
    }
    quint64 generation = 0;
    std::optional<QSqlQuery> cached = cache ? cache->take(sql, &generation) : std::nullopt;
    QSqlQuery query = cached ? std::move(*cached) : QSqlQuery(db);
    if (!cached) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlError(query.lastError(), sql.section(QLatin1Char(' '), 0, 2));
        m_prepared.fetch_add(1, std::memory_order_relaxed);
    }
    // An invalid QVariant binds NULL; a null QString binds '' (QtSql would bind NULL, which
    // is never what an empty text field means here).
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    if (!query.exec()) {
        const QSqlError sqlErr = query.lastError();
        const Error error = sqlError(sqlErr, sql.section(QLatin1Char(' '), 0, 2));
        // The server lost its prepared statements (26000: DEALLOCATE ALL or DISCARD ALL by
        // an administrator or a pooler's reset) or will not run this plan any more (0A000:
        // a table changed under it): prepare everything again from the next use on, so one
        // statement fails, not each cached one in turn.
        const QString state = sqlErr.nativeErrorCode();
        if (cache && m_dialect == Dialect::Postgres
            && (state == QLatin1String("26000") || state == QLatin1String("0A000"))) {
            cache->forget();
            return error;
        }
        // Still prepared (PostgreSQL keeps a PREPARE through a ROLLBACK): back to the cache,
        // rather than a DEALLOCATE that an aborted transaction would refuse.
        Query(std::move(query), cache, sql, generation);
        return error;
    }
    return Query(std::move(query), cache, sql, generation);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    Error openError;
    {
        const bool pg = m_dialect == Dialect::Postgres;
        QSqlDatabase db
            = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        QStringList settings;
        if (pg) {
            db.setHostName(m_pg.host);
            db.setUserName(m_pg.user);
            db.setPassword(m_pg.password);
            db.setDatabaseName(m_pg.dbname);
            if (m_pg.port > 0)
                db.setPort(m_pg.port);
            db.setConnectOptions(m_pg.options.join(QLatin1Char(';')));
            // Numbers stay exact (NUMERIC as text, never a double).
            db.setNumericalPrecisionPolicy(QSql::HighPrecision);
            settings << QStringLiteral("SET search_path = %1").arg(QLatin1String(kPgSchema))
                     << QStringLiteral("SET lock_timeout = %1").arg(qMax(1, m_options.busyTimeoutMs))
                     << QStringLiteral("SET TIME ZONE 'UTC'")
                     << QStringLiteral("SET client_min_messages = warning")
                     // A debit or revocation is acknowledged only once it is on disk (and on
                     // synchronous standbys), whatever the server's default.
                     << QStringLiteral("SET synchronous_commit = on");
            if (m_options.readOnly)
                settings << QStringLiteral("SET default_transaction_read_only = on");
        } else {
            db.setDatabaseName(m_options.sqlitePath);
            QStringList opts { QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs) };
            if (m_options.readOnly)
                opts << QStringLiteral("QSQLITE_OPEN_READONLY");
            db.setConnectOptions(opts.join(QLatin1Char(';')));
            settings << QStringLiteral("PRAGMA foreign_keys = ON")
                     << QStringLiteral("PRAGMA synchronous = FULL");
        }
        if (db.open()) {
            // Per-connection settings; they do not touch the stored data.
            bool ok = true;
            for (const QString &sql : std::as_const(settings)) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    openError = sqlError(q.lastError(), QStringLiteral("configuring the connection"));
                    ok = false;
                    break;
                }
            }
            if (ok)
                return db;
            db.close();
        } else {
            openError
                = fail(QStringLiteral("cannot open %1: %2%3")
                           .arg(describe(), db.lastError().text().trimmed(),
                                pg ? QStringLiteral(" — is the server running, and does the URL name its "
                                                    "socket folder or host, user and database?")
                                   : QString()),
                       QStringLiteral("db_open"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return openError;
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = m_prefix + QString::number(t_connections.id);
    {
        QMutexLocker lock(&g_mutex);
        if (liveConnections().contains(name))
            return QSqlDatabase::database(name, false);
    }
    auto db = openConnection(name);
    if (!db)
        return db.error();
    QMutexLocker lock(&g_mutex);
    liveConnections().insert(name);
    statementCaches().insert(name, std::make_shared<StatementCache>());
    t_connections.names.append(name);
    return db;
}

Result<bool> Database::listen(const QStringList &channels, QObject *context,
                              std::function<void(const QString &channel)> onNotify) const
{
    if (m_dialect != Dialect::Postgres)
        return false;
    static std::atomic<quint64> listenSeq { 0 };
    const QString name = m_prefix + QStringLiteral("listen-") + QString::number(++listenSeq);
    auto db = openConnection(name);
    if (!db)
        return db.error();
    {
        QMutexLocker lock(&g_mutex);
        liveConnections().insert(name);
    }
    QSqlDriver *driver = db->driver();
    for (const QString &channel : channels) {
        if (!driver->subscribeToNotification(channel))
            return fail(QStringLiteral("%1: cannot LISTEN on %2: %3")
                            .arg(describe(), channel, driver->lastError().text()),
                        QStringLiteral("db"));
    }
    QObject::connect(driver, &QSqlDriver::notification, context ? context : driver,
                     [onNotify](const QString &channel, QSqlDriver::NotificationSource, const QVariant &) {
                         onNotify(channel);
                     });
    return true;
}

bool Database::isPostgresUrl(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("postgresql://"))
        || pathOrUrl.startsWith(QLatin1String("postgres://"));
}

Result<Database::PgSettings> Database::parsePostgresUrl(const QString &text)
{
    auto bad = [&](const QString &why) {
        return fail(QStringLiteral("--db: '%1' is not a usable PostgreSQL URL: %2; expected "
                                   "postgresql://USER[:PASSWORD]@[HOST][:PORT]/DBNAME or "
                                   "postgresql://USER@/DBNAME?host=/run/postgresql")
                        .arg(QUrl(text).toString(QUrl::RemovePassword), why),
                    QStringLiteral("db_open"));
    };
    QString rest;
    for (const char *scheme : { "postgresql://", "postgres://" }) {
        if (text.startsWith(QLatin1String(scheme)))
            rest = text.mid(qsizetype(qstrlen(scheme)));
    }
    if (rest.isNull())
        return bad(QStringLiteral("it does not start with postgresql://"));
    auto decode = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    PgSettings out;
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        out.dbname = decode(rest.mid(slash + 1));
    }
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        out.user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            out.password = decode(userInfo.mid(colon + 1));
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(QStringLiteral("unclosed [ in the host"));
        out.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return bad(QStringLiteral("unexpected text after the host"));
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        out.host = decode(colon < 0 ? hostPort : hostPort.left(colon));
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    auto setPort = [&](const QString &p) {
        bool ok = false;
        const int port = p.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        out.port = port;
        return true;
    };
    if (!portText.isEmpty() && !setPort(portText))
        return bad(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(portText));
    static const QStringList passThrough = {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),  QStringLiteral("connect_timeout"), QStringLiteral("application_name")
    };
    bool timeoutGiven = false;
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(QStringLiteral("query item '%1' is not key=value").arg(item));
        const QString key = decode(item.left(eq));
        const QString value = decode(item.mid(eq + 1));
        if (key == QLatin1String("host"))
            out.host = value;
        else if (key == QLatin1String("port")) {
            if (!setPort(value))
                return bad(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("user"))
            out.user = value;
        else if (key == QLatin1String("password"))
            out.password = value;
        else if (key == QLatin1String("dbname"))
            out.dbname = value;
        else if (passThrough.contains(key)) {
            // QPSQL joins the options into a libpq conninfo string: no spaces or quotes.
            if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\''))
                || value.contains(QLatin1Char(';')))
                return bad(
                    QStringLiteral("the value of %1 must not be empty or hold spaces, quotes or ;").arg(key));
            out.options << key + QLatin1Char('=') + value;
            timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        } else
            return bad(QStringLiteral("unknown parameter '%1'").arg(key));
    }
    if (out.dbname.isEmpty())
        return bad(QStringLiteral("no database name"));
    if (out.user.isEmpty())
        out.user = qEnvironmentVariable("USER");
    if (!timeoutGiven)
        out.options << QStringLiteral("connect_timeout=10");
    return out;
}

Result<std::shared_ptr<Database>> Database::open(const DbOptions &options)
{
    if (!options.url.isEmpty()) {
        const QUrl url(options.url);
        if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
            return fail(QStringLiteral("--db %1: unknown store URL; use postgresql://... or leave it empty")
                            .arg(url.toString(QUrl::RemovePassword)),
                        QStringLiteral("db_open"));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(QStringLiteral("--db %1: Qt's PostgreSQL driver (QPSQL) is not installed; install "
                                       "libqt6sql6-psql")
                            .arg(url.toString(QUrl::RemovePassword)),
                        QStringLiteral("db_open"));
        auto settings = parsePostgresUrl(options.url);
        if (!settings)
            return settings.error();
        std::shared_ptr<Database> db(new Database(options, Dialect::Postgres));
        db->m_pg = *settings;
        auto conn = db->connection();
        if (!conn)
            return conn.error();
        SG_TRY(db->checkReadable(*conn));
        SG_TRY(db->migrate(*conn));
        return db;
    }
    if (options.sqlitePath.isEmpty())
        return fail(QStringLiteral("no market database path given"), QStringLiteral("db_open"));
    const QFileInfo info(options.sqlitePath);
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("market database %1 is not a regular file").arg(options.sqlitePath),
                    QStringLiteral("db_open"));
    if (!info.exists() && options.readOnly)
        return fail(
            QStringLiteral("market database %1 does not exist (opened read-only, so it is not created)")
                .arg(options.sqlitePath),
            QStringLiteral("db_open"));
    if (!info.absoluteDir().exists())
        return fail(QStringLiteral("cannot create market database %1: folder %2 does not exist")
                        .arg(options.sqlitePath, info.absolutePath()),
                    QStringLiteral("db_open"));

    std::shared_ptr<Database> db(new Database(options, Dialect::Sqlite));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    SG_TRY(db->checkReadable(*conn));
    if (!options.readOnly) {
        // WAL is a property of the file: readers never block the writer. Fails on a read-only
        // file (reported as such) and changes nothing when already set.
        auto mode = db->exec(*conn, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (!mode->next()
            || mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("%1: cannot switch to WAL journal mode (file system without shared "
                                       "memory support?)")
                            .arg(db->describe()),
                        QStringLiteral("db"));
    }
    SG_TRY(db->migrate(*conn));
    return db;
}

Status Database::checkReadable(QSqlDatabase &db) const
{
    if (m_dialect == Dialect::Postgres) {
        // A shared database holds other tables too (the ledger's, in its own schema); only
        // the market schema is ours.
        auto q = exec(
            db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"),
            { QString::fromLatin1(kPgSchema) });
        if (!q)
            return q.error();
        QStringList tables;
        while (q->next())
            tables << q->value(0).toString();
        if (!tables.isEmpty() && !tables.contains(QLatin1String("schema_version")))
            return fail(
                QStringLiteral("%1: schema \"%2\" holds tables of something else (%3); refusing to "
                               "change it — use another database")
                    .arg(describe(), QLatin1String(kPgSchema), tables.mid(0, 5).join(QStringLiteral(", "))),
                QStringLiteral("db_foreign"));
        return {};
    }
    // Reading the schema is the first thing that touches the file: garbage bytes, a
    // truncated header or a wrong file type fail here, before anything is written.
    auto q = exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    if (!tables.isEmpty() && !tables.contains(QLatin1String("schema_version")))
        return fail(QStringLiteral("%1 is a SQLite database of something else (tables: %2); refusing to "
                                   "change it — point --home at a Shardgate home")
                        .arg(describe(), tables.mid(0, 5).join(QStringLiteral(", "))),
                    QStringLiteral("db_foreign"));
    // A full structural check of the file would cost a scan; the header and schema reads
    // above catch garbage, and page-level damage surfaces as db_corrupt on first use.
    return {};
}

Result<int> Database::schemaVersion() const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    auto q = exec(*conn, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status Database::migrate(QSqlDatabase &conn) const
{
    auto hasTable = m_dialect == Dialect::Postgres
        ? exec(conn,
               QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND "
                              "table_name = ?"),
               { QString::fromLatin1(kPgSchema), QStringLiteral("schema_version") })
        : exec(conn, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
               { QStringLiteral("schema_version") });
    if (!hasTable)
        return hasTable.error();
    const bool exists = hasTable->next() && hasTable->value(0).toInt() > 0;
    int version = 0;
    if (exists) {
        auto v = schemaVersion();
        if (!v)
            return v.error();
        version = *v;
    }
    if (version > kSchemaVersion)
        return fail(QStringLiteral("%1 has schema version %2, newer than this build understands (%3); "
                                   "upgrade Shardgate")
                        .arg(describe())
                        .arg(version)
                        .arg(kSchemaVersion),
                    QStringLiteral("db_version"));
    if (version == kSchemaVersion)
        return {};
    if (m_options.readOnly)
        return fail(QStringLiteral("%1 needs schema version %2 (has %3) but was opened read-only; open it "
                                   "writable once to migrate")
                        .arg(describe())
                        .arg(kSchemaVersion)
                        .arg(version),
                    QStringLiteral("db_readonly"));

    auto tx = WriteTransaction::begin(*this);
    if (!tx)
        return tx.error();
    if (m_dialect == Dialect::Postgres) {
        // Two edges starting at once: one migrates, the other waits here and finds it done.
        SG_TRY((*tx)->lock(QStringLiteral("migrate")));
        SG_TRY((*tx)->exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(QLatin1String(kPgSchema))));
    }
    // Another process may have migrated while we waited for the write lock.
    SG_TRY(
        (*tx)->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")));
    auto current = (*tx)->exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!current)
        return current.error();
    version = current->next() ? current->value(0).toInt() : 0;
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        for (QString sql : m.statements) {
            sql.replace(QLatin1String("%ID%"), autoIdColumn());
            sql.replace(QLatin1String("%BLOB%"), blobType());
            SG_TRY((*tx)->exec(sql));
        }
        SG_TRY((*tx)->exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), { m.version }));
        qCDebug(lcMarket, "%s migrated to schema version %d", qPrintable(describe()), m.version);
    }
    return (*tx)->commit();
}

Result<std::unique_ptr<WriteTransaction>> WriteTransaction::begin(const Database &db, Durability durability)
{
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    // Deferred: COMMIT writes the WAL without syncing it (synchronous=NORMAL on this
    // connection until restoreSync()); the WAL syncer syncs it right after.
    const bool deferred = sqlite && durability == Durability::Deferred && !db.readOnly();
    if (deferred) {
        auto p = db.exec(*conn, QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (!p)
            return p.error();
    }
    auto q = db.exec(*conn, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!q) {
        if (deferred)
            (void)db.exec(*conn, QStringLiteral("PRAGMA synchronous = FULL"));
        return q.error();
    }
    return std::unique_ptr<WriteTransaction>(new WriteTransaction(db, *conn, deferred));
}

void WriteTransaction::restoreSync()
{
    if (!m_deferred)
        return;
    m_deferred = false;
    auto q = m_db.exec(m_conn, QStringLiteral("PRAGMA synchronous = FULL"));
    if (!q)
        qCWarning(lcMarket).noquote() << "cannot restore synchronous=FULL:" << q.errorString();
}

Status WriteTransaction::lock(const QString &name)
{
    if (m_db.dialect() != Database::Dialect::Postgres)
        return {};
    // A 64-bit key from the name; "sg-market:" keeps it apart from other users' locks.
    const QByteArray digest = crypto::Sha256::hash(QByteArrayLiteral("sg-market:") + name.toUtf8());
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(digest.at(i));
    auto q = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { key });
    if (!q)
        return q.error();
    return {};
}

Status WriteTransaction::notify(const QString &channel, const QString &payload)
{
    if (m_db.dialect() != Database::Dialect::Postgres)
        return {};
    auto q = exec(QStringLiteral("SELECT pg_notify(?, ?)"), { channel, payload });
    if (!q)
        return q.error();
    return {};
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_conn);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    restoreSync();
}

Status WriteTransaction::commit()
{
    auto q = m_db.exec(m_conn, QStringLiteral("COMMIT"));
    if (!q) {
        // A failed COMMIT leaves the transaction open in SQLite (e.g. busy); roll it back so
        // nothing half-done stays behind.
        return q.error();
    }
    m_open = false;
    if (m_deferred) {
        restoreSync();
        m_db.requestWalSync();
    }
    return {};
}

} // namespace sg::market
