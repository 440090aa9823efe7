#include "ledger/store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
        return sqlError(QStringLiteral("schema_version"), q.lastError());
    int version = 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return sqlError(QStringLiteral("reading schema_version"), q.lastError());
    if (q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(QStringLiteral("ledger database has schema version %1, newer than this program's %2; "
                                   "upgrade shardgate")
                        .arg(version)
                        .arg(kSchemaVersion),
                    QStringLiteral("version"));
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
    for (int v = version; v < kSchemaVersion; ++v) {
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
    return {};
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
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s FROM strings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading strings"), q.lastError());
    if (!q.next())
        return fail(QStringLiteral("ledger database is damaged: string %1 is missing").arg(id),
                    QStringLiteral("corrupt"));
    const QString s = q.value(0).toString();
    if (m_strings.size() > 1000000)
        m_strings.clear();
    m_strings.insert(id, s);
    return s;
}

Result<QList<Receipt>> Reader::receipts(qint64 first, qint64 count)
{
    // Read through SQLite's own API on this connection: QVariant per column cost more
    // than the read.
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *db = (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db)
        return fail(QStringLiteral("the QSQLITE driver did not provide its SQLite handle"),
                    QStringLiteral("io"));
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT seq, time, kind, edge, buyer, creator, manifest, shard, license, tx, range, bytes, "
            "jti, job, charge FROM entries WHERE seq >= ? AND seq < ? ORDER BY seq",
            -1, &st, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("ledger database: reading entries failed: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                    QStringLiteral("io"));
    sqlite3_bind_int64(st, 1, first);
    sqlite3_bind_int64(st, 2, first + count);
    QList<Receipt> out;
    out.reserve(count);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        Receipt r;
        r.seq = sqlite3_column_int64(st, 0);
        if (r.seq != first + out.size()) {
            sqlite3_finalize(st);
            return fail(
                QStringLiteral("ledger database is damaged: entry %1 is missing").arg(first + out.size()),
                QStringLiteral("corrupt"));
        }
        r.timeMs = sqlite3_column_int64(st, 1);
        QString *fields[] = { &r.kind,  &r.edge,        &r.buyer, &r.creator, &r.manifest,
                              &r.shard, &r.licenseHash, &r.tx,    &r.range };
        for (int i = 0; i < 9; ++i) {
            auto s = string(sqlite3_column_int64(st, 2 + i));
            if (!s.ok()) {
                sqlite3_finalize(st);
                return s.error();
            }
            *fields[i] = *s;
        }
        r.bytes = sqlite3_column_int64(st, 11);
        auto jti = string(sqlite3_column_int64(st, 12));
        auto job = string(sqlite3_column_int64(st, 13));
        if (!jti.ok() || !job.ok()) {
            sqlite3_finalize(st);
            return jti.ok() ? job.error() : jti.error();
        }
        r.jti = *jti;
        r.job = *job;
        r.charge = sqlite3_column_int64(st, 14);
        out.append(std::move(r));
    }
    if (rc != SQLITE_DONE) {
        const Error e
            = fail(QStringLiteral("ledger database: reading entries failed: %1")
                       .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                   sqlite3_errcode(db) == SQLITE_CORRUPT ? QStringLiteral("corrupt") : QStringLiteral("io"));
        sqlite3_finalize(st);
        return e;
    }
    sqlite3_finalize(st);
    if (out.size() != count)
        return fail(QStringLiteral("entries %1..%2 are not all in the log").arg(first).arg(first + count - 1),
                    QStringLiteral("range"));
    return out;
}

Result<QByteArray> Reader::jsonString(qint64 id)
{
    auto it = m_jsonStrings.constFind(id);
    if (it != m_jsonStrings.constEnd())
        return *it;
    auto s = string(id);
    if (!s.ok())
        return s.error();
    const QByteArray json = jcsString(*s);
    if (m_jsonStrings.size() > 1000000)
        m_jsonStrings.clear();
    m_jsonStrings.insert(id, json);
    return json;
}

Result<QList<QByteArray>> Reader::leaves(qint64 first, qint64 count)
{
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *db = (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db)
        return fail(QStringLiteral("the QSQLITE driver did not provide its SQLite handle"),
                    QStringLiteral("io"));
    sqlite3_stmt *st = nullptr;
    // Columns in the leaf's key order: buyer bytes charge creator edge job jti kind
    // licenseHash manifest range seq shard time tx.
    if (sqlite3_prepare_v2(
            db,
            "SELECT buyer, bytes, charge, creator, edge, job, jti, kind, license, manifest, range, seq, "
            "shard, time, tx FROM entries WHERE seq >= ? AND seq < ? ORDER BY seq",
            -1, &st, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("ledger database: reading entries failed: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                    QStringLiteral("io"));
    sqlite3_bind_int64(st, 1, first);
    sqlite3_bind_int64(st, 2, first + count);
    static const char *const keys[]
        = { "{\"buyer\":", ",\"bytes\":", ",\"charge\":", ",\"creator\":",     ",\"edge\":",
            ",\"job\":",   ",\"jti\":",   ",\"kind\":",   ",\"licenseHash\":", ",\"manifest\":",
            ",\"range\":", ",\"seq\":",   ",\"shard\":",  ",\"time\":",        ",\"tx\":" };
    static const bool isString[]
        = { true, false, false, true, true, true, true, true, true, true, true, false, true, false, true };
    QList<QByteArray> out;
    out.reserve(count);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(st, 11);
        if (seq != first + out.size()) {
            sqlite3_finalize(st);
            return fail(
                QStringLiteral("ledger database is damaged: entry %1 is missing").arg(first + out.size()),
                QStringLiteral("corrupt"));
        }
        QByteArray leaf;
        leaf.reserve(512);
        for (int c = 0; c < 15; ++c) {
            leaf.append(keys[c]);
            const qint64 v = sqlite3_column_int64(st, c);
            if (c == 13) {
                leaf.append('"');
                leaf.append(formatReceiptTime(v).toLatin1());
                leaf.append('"');
            } else if (isString[c]) {
                auto json = jsonString(v);
                if (!json.ok()) {
                    sqlite3_finalize(st);
                    return json.error();
                }
                leaf.append(*json);
            } else {
                leaf.append(QByteArray::number(v));
            }
        }
        leaf.append('}');
        out.append(std::move(leaf));
    }
    const int errcode = sqlite3_errcode(db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("ledger database: reading entries failed: %1").arg(message),
                    errcode == SQLITE_CORRUPT ? QStringLiteral("corrupt") : QStringLiteral("io"));
    if (out.size() != count)
        return fail(QStringLiteral("entries %1..%2 are not all in the log").arg(first).arg(first + count - 1),
                    QStringLiteral("range"));
    return out;
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
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), -1) FROM entries")) || !q.next())
        return sqlError(QStringLiteral("reading the log size"), q.lastError());
    return q.value(0).toLongLong() + 1;
}

} // namespace sg::ledger::store
