#include "audit/auditstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace sg::audit {

namespace {
std::atomic<int> g_connections { 0 };
Error sqlFail(const QString &what, const QSqlError &e)
{
    return fail(QStringLiteral("audit store: %1 failed: %2").arg(what, e.text()), QStringLiteral("io"));
}
} // namespace

AuditStore::~AuditStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<AuditStore>> AuditStore::open(const QString &path)
{
    std::unique_ptr<AuditStore> s(new AuditStore);
    s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                        QStringLiteral("sg-audit-%1").arg(g_connections.fetch_add(1)));
    s->m_db.setDatabaseName(path);
    s->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!s->m_db.open())
        return sqlFail(QStringLiteral("opening %1").arg(path), s->m_db.lastError());
    QSqlQuery q(s->m_db);
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS keys(origin TEXT PRIMARY KEY, vkey TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS checkpoints(origin TEXT NOT NULL, size INTEGER NOT NULL, root "
            "BLOB NOT NULL, note BLOB NOT NULL, seen_at INTEGER NOT NULL, source TEXT NOT NULL, PRIMARY "
            "KEY(origin, size))"),
        QStringLiteral(
            "INSERT INTO schema_version(version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM schema_version)"),
    };
    for (const QString &sql : schema) {
        if (!q.exec(sql))
            return sqlFail(QStringLiteral("creating the schema"), q.lastError());
    }
    return s;
}

Result<QString> AuditStore::knownKey(const QString &origin)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT vkey FROM keys WHERE origin = ?"));
    q.addBindValue(origin);
    if (!q.exec())
        return sqlFail(QStringLiteral("reading keys"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status AuditStore::rememberKey(const QString &origin, const QString &vkey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO keys(origin, vkey) VALUES(?, ?)"));
    q.addBindValue(origin);
    q.addBindValue(vkey);
    if (!q.exec())
        return sqlFail(QStringLiteral("writing keys"), q.lastError());
    return {};
}

Result<QList<SeenCheckpoint>> AuditStore::checkpoints(const QString &origin)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT size, root, note, seen_at, source FROM checkpoints WHERE origin = ? ORDER BY size"));
    q.addBindValue(origin);
    if (!q.exec())
        return sqlFail(QStringLiteral("reading checkpoints"), q.lastError());
    QList<SeenCheckpoint> out;
    while (q.next()) {
        SeenCheckpoint c;
        c.checkpoint.origin = origin;
        c.checkpoint.size = q.value(0).toLongLong();
        c.checkpoint.rootHash = q.value(1).toByteArray();
        c.note = q.value(2).toByteArray();
        c.seenAtMs = q.value(3).toLongLong();
        c.source = q.value(4).toString();
        out.append(c);
    }
    return out;
}

Status AuditStore::remember(const SeenCheckpoint &c)
{
    QSqlQuery q(m_db);
    // A size already recorded keeps its first checkpoint (the evidence stays put).
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO checkpoints(origin, size, root, note, seen_at, source) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.checkpoint.origin);
    q.addBindValue(c.checkpoint.size);
    q.addBindValue(c.checkpoint.rootHash);
    q.addBindValue(c.note);
    q.addBindValue(c.seenAtMs);
    q.addBindValue(c.source);
    if (!q.exec())
        return sqlFail(QStringLiteral("writing checkpoints"), q.lastError());
    return {};
}

} // namespace sg::audit
