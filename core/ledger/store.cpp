#include "ledger/store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace sg::ledger::store {

Error sqlError(const QString &what, const QSqlError &error)
{
    const QString text = error.text();
    QString code = QStringLiteral("io");
    // SQLITE_CORRUPT (11), SQLITE_NOTADB (26), SQLITE_FULL (13), SQLITE_READONLY (8)
    const QString native = error.nativeErrorCode();
    if (native == QLatin1String("11") || native == QLatin1String("26"))
        code = QStringLiteral("corrupt");
    else if (native == QLatin1String("13"))
        code = QStringLiteral("full");
    else if (native == QLatin1String("8"))
        code = QStringLiteral("readonly");
    return fail(QStringLiteral("ledger database: %1 failed: %2").arg(what, text), code);
}

namespace {

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(sql.left(60), q.lastError());
    return {};
}

} // namespace

QString Location::describe() const
{
    if (!isPostgres())
        return sqlitePath;
    return QUrl(postgresUrl).toString(QUrl::RemovePassword);
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

::sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    return (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        ? *static_cast<sqlite3 *const *>(v.constData())
        : nullptr;
}

namespace {

// libpq URI -> QPSQL settings. The host may be a socket folder (?host=/run/postgresql);
// other query items (sslmode, connect_timeout, ...) pass through as connect options.
Result<QSqlDatabase> openPostgres(const QString &text, const QString &connection)
{
    const QUrl url(text);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(QStringLiteral("'%1' is not a postgresql:// URL").arg(url.toString(QUrl::RemovePassword)),
                    QStringLiteral("usage"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(
            QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql"),
            QStringLiteral("io"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    QString dbName = url.path();
    if (dbName.startsWith(QLatin1Char('/')))
        dbName.remove(0, 1);
    db.setDatabaseName(dbName.isEmpty() ? url.userName() : dbName);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else
            options.append(key + QLatin1Char('=') + value);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const Error e = fail(QStringLiteral("ledger database %1: cannot connect: %2")
                                 .arg(url.toString(QUrl::RemovePassword), db.lastError().text()),
                             QStringLiteral("io"));
        return e;
    }
    QSqlQuery q(db);
    // Receipts are acknowledged after COMMIT, so COMMIT must wait for the WAL flush
    // (and for synchronous standbys, when the server has any).
    // The schema itself is created by migrate(), under its lock (two edges creating it at
    // once would race on the catalog).
    for (const char *sql :
         { "SET synchronous_commit = on", "SET client_min_messages = warning", "SET search_path = ledger" }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(QString::fromLatin1(sql), q.lastError());
    }
    return db;
}

} // namespace

Result<QSqlDatabase> openDatabase(const Location &where, const QString &connection, bool readOnly)
{
    if (where.isPostgres())
        return openPostgres(where.postgresUrl, connection);
    return openDatabase(where.sqlitePath, connection, readOnly);
}

Result<QSqlDatabase> openDatabase(const QString &path, const QString &connection, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return sqlError(QStringLiteral("opening %1").arg(path), db.lastError());
    if (!readOnly) {
        // WAL + FULL: a commit is on disk when COMMIT returns (NORMAL may lose the last
        // commits on power loss, and receipts are acknowledged after COMMIT).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
            || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("ledger database %1: cannot switch to WAL mode (%2)")
                            .arg(path, q.lastError().text()),
                        QStringLiteral("io"));
        SG_TRY(exec(db, QStringLiteral("PRAGMA synchronous=FULL")));
        SG_TRY(exec(db, QStringLiteral("PRAGMA wal_autocheckpoint=4096")));
    }
    SG_TRY(exec(db, QStringLiteral("PRAGMA cache_size=-16384")));
    return db;
}

Status migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool pg = isPostgres(db);
    // Edges starting together: one migrates, the others wait for it (the lock ends with
    // the transaction).
    if (pg && !db.transaction())
        return sqlError(QStringLiteral("BEGIN (migration)"), db.lastError());
    const auto done = [&](Status st) -> Status {
        if (pg) {
            if (st.ok() && !db.commit())
                return sqlError(QStringLiteral("COMMIT (migration)"), db.lastError());
            if (!st.ok())
                db.rollback();
        }
        return st;
    };
    if (pg
        && !q.exec(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(kPgLockClass).arg(kPgLockMigrate)))
        return done(sqlError(QStringLiteral("migration lock"), q.lastError()));
    if (pg && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ledger")))
        return done(sqlError(QStringLiteral("CREATE SCHEMA ledger"), q.lastError()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
        return done(sqlError(QStringLiteral("schema_version"), q.lastError()));
    int version = 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return done(sqlError(QStringLiteral("reading schema_version"), q.lastError()));
    if (q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return done(
            fail(QStringLiteral("ledger database has schema version %1, newer than this program's %2; "
                                "upgrade shardgate")
                     .arg(version)
                     .arg(kSchemaVersion),
                 QStringLiteral("version")));
    // Each step moves the schema from version i to i + 1 in one transaction.
    const QList<QStringList> steps = {
        // 0 -> 1
        { QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE strings(id INTEGER PRIMARY KEY, s TEXT NOT NULL UNIQUE)"),
          QStringLiteral(
              "CREATE TABLE entries(seq INTEGER PRIMARY KEY, time INTEGER NOT NULL, kind INTEGER NOT "
              "NULL, edge INTEGER NOT NULL, buyer INTEGER NOT NULL, creator INTEGER NOT NULL, manifest "
              "INTEGER NOT NULL, shard INTEGER NOT NULL, license INTEGER NOT NULL, tx INTEGER NOT NULL, "
              "range INTEGER NOT NULL, bytes INTEGER NOT NULL, jti INTEGER NOT NULL, job INTEGER NOT NULL, "
              "charge INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE tree(chunk INTEGER PRIMARY KEY, hashes BLOB NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE checkpoints(size INTEGER PRIMARY KEY, time INTEGER NOT NULL, note BLOB NOT "
              "NULL)"),
          QStringLiteral("INSERT INTO meta(key, value) VALUES('reserved', '0')") },
    };
    // The same tables in PostgreSQL: 64-bit integers, bytea, identity ids, and the log
    // head that every appender locks (one transaction for all steps: DDL is transactional).
    const QList<QStringList> pgSteps = {
        // 0 -> 1
        { QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE strings(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, s TEXT NOT "
              "NULL UNIQUE)"),
          QStringLiteral(
              "CREATE TABLE entries(seq BIGINT PRIMARY KEY, time BIGINT NOT NULL, kind BIGINT NOT NULL, "
              "edge BIGINT NOT NULL, buyer BIGINT NOT NULL, creator BIGINT NOT NULL, manifest BIGINT NOT "
              "NULL, shard BIGINT NOT NULL, license BIGINT NOT NULL, tx BIGINT NOT NULL, range BIGINT NOT "
              "NULL, bytes BIGINT NOT NULL, jti BIGINT NOT NULL, job BIGINT NOT NULL, charge BIGINT NOT "
              "NULL)"),
          QStringLiteral("CREATE TABLE tree(chunk BIGINT PRIMARY KEY, hashes BYTEA NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE checkpoints(size BIGINT PRIMARY KEY, time BIGINT NOT NULL, note BYTEA NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE log_head(id INTEGER PRIMARY KEY CHECK (id = 1), size BIGINT NOT NULL, hashes "
              "BIGINT NOT NULL, frontier BYTEA NOT NULL)"),
          QStringLiteral("INSERT INTO log_head(id, size, hashes, frontier) VALUES(1, 0, 0, ''::bytea)"),
          QStringLiteral("INSERT INTO meta(key, value) VALUES('reserved', '0')") },
    };
    for (int v = version; v < kSchemaVersion; ++v) {
        if (pg) {
            for (const QString &sql : pgSteps.at(v)) {
                if (!q.exec(sql))
                    return done(
                        sqlError(QStringLiteral("migration to version %1").arg(v + 1), q.lastError()));
            }
            q.exec(QStringLiteral("DELETE FROM schema_version"));
            if (!q.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(v + 1)))
                return done(sqlError(QStringLiteral("migration to version %1").arg(v + 1), q.lastError()));
            continue;
        }
        if (!db.transaction())
            return sqlError(QStringLiteral("BEGIN (migration)"), db.lastError());
        for (const QString &sql : steps.at(v)) {
            if (!q.exec(sql)) {
                const Error e = sqlError(QStringLiteral("migration to version %1").arg(v + 1), q.lastError());
                db.rollback();
                return e;
            }
        }
        q.exec(QStringLiteral("DELETE FROM schema_version"));
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES(?)"));
        q.addBindValue(v + 1);
        if (!q.exec() || !db.commit()) {
            const Error e = sqlError(QStringLiteral("migration to version %1").arg(v + 1), q.lastError());
            db.rollback();
            return e;
        }
    }
    return done({});
}

Result<QString> metaValue(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("reading meta"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status setMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("writing meta"), q.lastError());
    return {};
}

Result<qint64> entryCount(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(seq), -1), coalesce(min(seq), 0) FROM entries"))
        || !q.next())
        return sqlError(QStringLiteral("counting entries"), q.lastError());
    const qint64 count = q.value(0).toLongLong();
    const qint64 maxSeq = q.value(1).toLongLong();
    const qint64 minSeq = q.value(2).toLongLong();
    if (count != maxSeq + 1 || minSeq != 0)
        return fail(
            QStringLiteral("ledger database is damaged: %1 entries but sequence numbers %2..%3 (a gap); "
                           "restore it from a backup")
                .arg(count)
                .arg(minSeq)
                .arg(maxSeq),
            QStringLiteral("corrupt"));
    return count;
}

Result<qint64> storedHashTotal(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(chunk), -1) FROM tree")) || !q.next())
        return sqlError(QStringLiteral("reading the tree"), q.lastError());
    const qint64 chunks = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    if (chunks == 0)
        return 0;
    if (chunks != last + 1)
        return fail(
            QStringLiteral("ledger database is damaged: tree chunks missing; restore it from a backup"),
            QStringLiteral("corrupt"));
    q.prepare(QStringLiteral("SELECT length(hashes) FROM tree WHERE chunk = ?"));
    q.addBindValue(last);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("reading the tree"), q.lastError());
    const qint64 lastBytes = q.value(0).toLongLong();
    if (lastBytes % kHashSize != 0 || lastBytes == 0 || lastBytes > kChunkHashes * kHashSize)
        return fail(QStringLiteral("ledger database is damaged: torn tree chunk %1 (%2 bytes)")
                        .arg(last)
                        .arg(lastBytes),
                    QStringLiteral("corrupt"));
    return last * kChunkHashes + lastBytes / kHashSize;
}

Result<QByteArray> Reader::chunk(qint64 index) const
{
    auto it = m_chunks.constFind(index);
    if (it != m_chunks.constEnd() && it->size() == kChunkHashes * kHashSize)
        return *it;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hashes FROM tree WHERE chunk = ?"));
    q.addBindValue(index);
    if (!q.exec())
        return sqlError(QStringLiteral("reading tree chunk"), q.lastError());
    if (!q.next())
        return fail(QStringLiteral("tree chunk %1 is missing").arg(index), QStringLiteral("range"));
    const QByteArray blob = q.value(0).toByteArray();
    if (m_chunks.size() >= 4096) {
        m_chunks.remove(m_chunkOrder.front());
        m_chunkOrder.pop_front();
    }
    if (!m_chunks.contains(index))
        m_chunkOrder.push_back(index);
    m_chunks.insert(index, blob);
    return blob;
}

Result<QList<QByteArray>> Reader::readHashes(const QList<qint64> &indexes) const
{
    QList<QByteArray> out;
    out.reserve(indexes.size());
    for (qint64 i : indexes) {
        auto c = chunk(i / kChunkHashes);
        if (!c.ok())
            return c.error();
        const qint64 off = (i % kChunkHashes) * kHashSize;
        if (off + kHashSize > c->size())
            return fail(QStringLiteral("stored hash %1 is beyond the tree").arg(i), QStringLiteral("range"));
        out.append(c->mid(off, kHashSize));
    }
    return out;
}

Result<QString> Reader::string(qint64 id)
{
    if (id == 0)
        return QString();
    auto it = m_strings.constFind(id);
    if (it != m_strings.constEnd())
        return *it;
    // Ids are handed out in the order strings first appear, so the next ones are needed
    // soon: read a block of them in one query (a whole-log scan would otherwise run one
    // query per distinct string). Committed strings never change, so caching is safe.
    constexpr qint64 kBlock = 4096;
    if (m_strings.size() > 1000000)
        m_strings.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, s FROM strings WHERE id >= ? AND id < ?"));
    q.addBindValue(id);
    q.addBindValue(id + kBlock);
    if (!q.exec())
        return sqlError(QStringLiteral("reading strings"), q.lastError());
    while (q.next())
        m_strings.insert(q.value(0).toLongLong(), q.value(1).toString());
    it = m_strings.constFind(id);
    if (it == m_strings.constEnd())
        return fail(QStringLiteral("ledger database is damaged: string %1 is missing").arg(id),
                    QStringLiteral("corrupt"));
    return *it;
}

Status Reader::forEachEntry(qint64 first, qint64 count, const char *columns, int columnCount, int seqColumn,
                            const std::function<Status(const qint64 *values)> &row)
{
    const QByteArray sql
        = QByteArray("SELECT ") + columns + " FROM entries WHERE seq >= ? AND seq < ? ORDER BY seq";
    qint64 values[16];
    Q_ASSERT(columnCount <= 16);
    qint64 next = first;
    const auto check = [&]() -> Status {
        if (values[seqColumn] != next)
            return fail(QStringLiteral("ledger database is damaged: entry %1 is missing").arg(next),
                        QStringLiteral("corrupt"));
        ++next;
        return row(values);
    };
    if (::sqlite3 *db = sqliteHandle(m_db)) {
        // SQLite's own API on this connection: QVariant per column cost more than the read.
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("ledger database: reading entries failed: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                        QStringLiteral("io"));
        sqlite3_bind_int64(st, 1, first);
        sqlite3_bind_int64(st, 2, first + count);
        int rc = SQLITE_ROW;
        Status st2;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < columnCount; ++c)
                values[c] = sqlite3_column_int64(st, c);
            st2 = check();
            if (!st2.ok())
                break;
        }
        const int errcode = sqlite3_errcode(db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(st);
        if (!st2.ok())
            return st2;
        if (rc != SQLITE_DONE)
            return fail(QStringLiteral("ledger database: reading entries failed: %1").arg(message),
                        errcode == SQLITE_CORRUPT ? QStringLiteral("corrupt") : QStringLiteral("io"));
    } else {
        // Not forward-only: QPSQL then streams rows in single-row mode, and the string
        // lookups below (another query on this connection) would discard the rest.
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(first);
        q.addBindValue(first + count);
        if (!q.exec())
            return sqlError(QStringLiteral("reading entries"), q.lastError());
        while (q.next()) {
            for (int c = 0; c < columnCount; ++c)
                values[c] = q.value(c).toLongLong();
            SG_TRY(check());
        }
        if (q.lastError().isValid())
            return sqlError(QStringLiteral("reading entries"), q.lastError());
    }
    if (next != first + count)
        return fail(QStringLiteral("entries %1..%2 are not all in the log").arg(first).arg(first + count - 1),
                    QStringLiteral("range"));
    return {};
}

Result<QList<Receipt>> Reader::receipts(qint64 first, qint64 count)
{
    QList<Receipt> out;
    out.reserve(count);
    SG_TRY(forEachEntry(
        first, count,
        "seq, time, kind, edge, buyer, creator, manifest, shard, license, tx, range, bytes, jti, job, charge",
        15, 0, [&](const qint64 *v) -> Status {
            Receipt r;
            r.seq = v[0];
            r.timeMs = v[1];
            QString *fields[] = { &r.kind,  &r.edge,        &r.buyer, &r.creator, &r.manifest,
                                  &r.shard, &r.licenseHash, &r.tx,    &r.range };
            for (int i = 0; i < 9; ++i) {
                auto s = string(v[2 + i]);
                if (!s.ok())
                    return s.error();
                *fields[i] = *s;
            }
            r.bytes = v[11];
            auto jti = string(v[12]);
            if (!jti.ok())
                return jti.error();
            auto job = string(v[13]);
            if (!job.ok())
                return job.error();
            r.jti = *jti;
            r.job = *job;
            r.charge = v[14];
            out.append(std::move(r));
            return {};
        }));
    return out;
}

Result<QByteArray> Reader::jsonString(qint64 id)
{
    if (id >= 0 && id < (qint64(1) << 22)) {
        if (qsizetype(m_jsonById.size()) > id && !m_jsonById[size_t(id)].isNull())
            return m_jsonById[size_t(id)];
    } else {
        auto it = m_jsonStrings.constFind(id);
        if (it != m_jsonStrings.constEnd())
            return *it;
    }
    auto s = string(id);
    if (!s.ok())
        return s.error();
    const QByteArray json = jcsString(*s);
    if (id >= 0 && id < (qint64(1) << 22)) {
        if (qsizetype(m_jsonById.size()) <= id)
            m_jsonById.resize(size_t(id) + 1024);
        m_jsonById[size_t(id)] = json;
    } else {
        if (m_jsonStrings.size() > 1000000)
            m_jsonStrings.clear();
        m_jsonStrings.insert(id, json);
    }
    return json;
}

namespace {

// Columns in the leaf's key order: buyer bytes charge creator edge job jti kind
// licenseHash manifest range seq shard time tx.
constexpr const char *kLeafColumns
    = "buyer, bytes, charge, creator, edge, job, jti, kind, license, manifest, range, seq, shard, time, tx";
constexpr int kLeafSeqColumn = 11;
constexpr int kLeafKindColumn = 7;

} // namespace

Status Reader::appendLeaf(QByteArray &out, const qint64 *v, qint64 *voids)
{
    static const char *const keys[]
        = { "{\"buyer\":", ",\"bytes\":", ",\"charge\":", ",\"creator\":",     ",\"edge\":",
            ",\"job\":",   ",\"jti\":",   ",\"kind\":",   ",\"licenseHash\":", ",\"manifest\":",
            ",\"range\":", ",\"seq\":",   ",\"shard\":",  ",\"time\":",        ",\"tx\":" };
    static const int keyLengths[] = { 9, 9, 10, 11, 8, 7, 7, 8, 15, 12, 9, 7, 9, 8, 6 };
    static const bool isString[]
        = { true, false, false, true, true, true, true, true, true, true, true, false, true, false, true };
    if (voids) {
        if (m_voidId < 0) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT id FROM strings WHERE s = ?"));
            q.addBindValue(kind::voided);
            if (!q.exec())
                return sqlError(QStringLiteral("reading strings"), q.lastError());
            m_voidId = q.next() ? q.value(0).toLongLong() : 0;
        }
        if (m_voidId > 0 && v[kLeafKindColumn] == m_voidId)
            ++*voids;
    }
    for (int c = 0; c < 15; ++c) {
        out.append(keys[c], keyLengths[c]);
        if (c == 13) {
            out.append('"');
            appendReceiptTime(out, v[c]);
            out.append('"');
        } else if (isString[c]) {
            auto json = jsonString(v[c]);
            if (!json.ok())
                return json.error();
            out.append(*json);
        } else {
            char buf[24];
            qint64 n = v[c];
            int i = 0;
            const bool negative = n < 0;
            quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
            do {
                buf[23 - i++] = char('0' + u % 10);
                u /= 10;
            } while (u);
            if (negative)
                buf[23 - i++] = '-';
            out.append(buf + 24 - i, i);
        }
    }
    out.append('}');
    return {};
}

Result<QList<QByteArray>> Reader::leaves(qint64 first, qint64 count)
{
    QList<QByteArray> out;
    out.reserve(count);
    SG_TRY(forEachEntry(first, count, kLeafColumns, 15, kLeafSeqColumn, [&](const qint64 *v) -> Status {
        QByteArray leaf;
        leaf.reserve(512);
        SG_TRY(appendLeaf(leaf, v, nullptr));
        out.append(std::move(leaf));
        return {};
    }));
    return out;
}

Status Reader::scanLeaves(qint64 first, qint64 count, qint64 batchSize,
                          const std::function<Status(LeafBatch &)> &sink)
{
    m_voidId = -1; // "void" may have been written since the last scan
    for (qint64 at = first; at < first + count; at += batchSize) {
        const qint64 n = std::min(batchSize, first + count - at);
        LeafBatch batch;
        batch.first = at;
        batch.bytes.reserve(n * 480);
        batch.ends.reserve(n);
        SG_TRY(forEachEntry(at, n, kLeafColumns, 15, kLeafSeqColumn, [&](const qint64 *v) -> Status {
            SG_TRY(appendLeaf(batch.bytes, v, &batch.voids));
            batch.ends.append(qint32(batch.bytes.size()));
            return {};
        }));
        SG_TRY(sink(batch));
    }
    return {};
}

Result<QList<SignedCheckpoint>> Reader::checkpoints(qint64 sinceSize, const NoteVerifier &, bool latestOnly)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (latestOnly) {
        q.prepare(QStringLiteral("SELECT size, time, note FROM checkpoints ORDER BY size DESC LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT size, time, note FROM checkpoints WHERE size >= ? ORDER BY size"));
        q.addBindValue(sinceSize);
    }
    if (!q.exec())
        return sqlError(QStringLiteral("reading checkpoints"), q.lastError());
    QList<SignedCheckpoint> out;
    while (q.next()) {
        SignedCheckpoint c;
        c.note = q.value(2).toByteArray();
        c.timeMs = q.value(1).toLongLong();
        const qsizetype split = c.note.lastIndexOf("\n\n");
        auto body = Checkpoint::parseBody(QByteArrayView(c.note).first(split < 0 ? 0 : split + 1));
        if (!body.ok() || body->size != q.value(0).toLongLong())
            return fail(QStringLiteral("ledger database is damaged: stored checkpoint %1 is malformed")
                            .arg(q.value(0).toLongLong()),
                        QStringLiteral("corrupt"));
        c.checkpoint = *body;
        out.append(c);
    }
    return out;
}

Result<qint64> Reader::size()
{
    QSqlQuery q(m_db);
    if (isPostgres(m_db)) {
        // The head moves with the tree in one transaction: its size always has its hashes.
        if (!q.exec(QStringLiteral("SELECT size FROM log_head WHERE id = 1")) || !q.next())
            return sqlError(QStringLiteral("reading the log size"), q.lastError());
        return q.value(0).toLongLong();
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), -1) FROM entries")) || !q.next())
        return sqlError(QStringLiteral("reading the log size"), q.lastError());
    return q.value(0).toLongLong() + 1;
}

} // namespace sg::ledger::store
