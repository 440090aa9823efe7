#pragma once

// Internal: the database layout of the receipt log, shared by the writer thread and the
// per-thread readers. Not part of the public API. The same tables live in a SQLite file
// (one writer process) or in the PostgreSQL schema "ledger" (several edge processes,
// docs/ledger.md "One log on PostgreSQL").
//
// Schema v1:
//   schema_version(version)
//   meta(key TEXT PRIMARY KEY, value)      origin, vkey, reserved (durably reserved seq bound)
//   strings(id INTEGER PRIMARY KEY, s TEXT UNIQUE)   repeated strings (CIDs, buyers, ...)
//   entries(seq INTEGER PRIMARY KEY, time, kind, edge, buyer, creator, manifest, shard,
//           license, tx, range, bytes, jti, job, charge)   string columns hold ids
//                                                         (0 = "")
//   tree(chunk INTEGER PRIMARY KEY, hashes BLOB)  tlog stored hashes, 126 per chunk, in
//                                                 storage-index order (append-only)
//   checkpoints(size INTEGER PRIMARY KEY, time, note BLOB)
// PostgreSQL only (the writer of each group commit locks it):
//   log_head(id = 1, size, hashes, frontier BYTEA)   committed size, stored hashes, and
//                                                    the right edge of the tree

#include "common/result.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/receipt.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <list>
#include <vector>

struct sqlite3;

namespace sg::ledger::store {

constexpr int kSchemaVersion = 1;
// 126 hashes (4032 bytes) keep a chunk row inside one 4 KiB page (no overflow pages).
constexpr qint64 kChunkHashes = 126;

Error sqlError(const QString &what, const QSqlError &error);

// Where the log lives: a SQLite file, or a PostgreSQL URL
// (postgresql://USER[:PASSWORD]@[HOST][:PORT]/DBNAME[?host=SOCKETDIR&port=N&...]).
struct Location
{
    QString sqlitePath;
    QString postgresUrl; // non-empty = PostgreSQL
    bool isPostgres() const { return !postgresUrl.isEmpty(); }
    QString describe() const; // for messages (no password)
};

// Opens (and for writers configures) the database under connection name. PostgreSQL
// connections use the schema "ledger" and synchronous_commit=on.
Result<QSqlDatabase> openDatabase(const Location &where, const QString &connection, bool readOnly);
Result<QSqlDatabase> openDatabase(const QString &path, const QString &connection, bool readOnly);
Status migrate(QSqlDatabase &db);
bool isPostgres(const QSqlDatabase &db);
// The SQLite handle under a QSQLITE connection (nullptr for other drivers): the hot paths
// step SQLite directly, binding through QVariant costs more than the work itself.
::sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Advisory lock keys (PostgreSQL, two-int form, class 0x5347 'SG'): migrations and the
// checkpoint signer election.
constexpr int kPgLockClass = 0x5347;
constexpr int kPgLockMigrate = 0x4c01;
constexpr int kPgLockSigner = 0x4c02;

Result<QString> metaValue(QSqlDatabase &db, const QString &key); // "" when absent
Status setMeta(QSqlDatabase &db, const QString &key, const QString &value);

// Number of entries, after checking seq is dense (0..n-1).
Result<qint64> entryCount(QSqlDatabase &db);
Result<qint64> storedHashTotal(QSqlDatabase &db); // hashes in the tree table

// Read side of one connection: caches immutable strings and hash chunks.
class Reader final : public HashReader
{
public:
    explicit Reader(QSqlDatabase db) : m_db(std::move(db)) { }
    QSqlDatabase &db() { return m_db; }

    Result<QList<QByteArray>> readHashes(const QList<qint64> &indexes) const override;
    Result<QList<Receipt>> receipts(qint64 first, qint64 count);
    // The leaf bytes of entries [first, first + count), assembled from each string id's
    // cached JSON text (byte-identical to Receipt::leaf()).
    Result<QList<QByteArray>> leaves(qint64 first, qint64 count);
    // The same leaves streamed in batches of up to batchSize into one buffer each (no
    // allocation per leaf): whole-log verification.
    Status scanLeaves(qint64 first, qint64 count, qint64 batchSize,
                      const std::function<Status(LeafBatch &)> &sink);
    Result<QList<SignedCheckpoint>> checkpoints(qint64 sinceSize, const NoteVerifier &verifier,
                                                bool latestOnly);
    Result<qint64> size();

private:
    // Steps `SELECT <columns> FROM entries WHERE seq >= first AND seq < first + count ORDER
    // BY seq` (all columns integers; seqColumn names the seq column) and calls row(values)
    // for each row, checking the sequence is dense and complete.
    Status forEachEntry(qint64 first, qint64 count, const char *columns, int columnCount, int seqColumn,
                        const std::function<Status(const qint64 *values)> &row);
    Result<QByteArray> chunk(qint64 index) const;
    Result<QString> string(qint64 id);

    mutable QSqlDatabase m_db;
    mutable QHash<qint64, QByteArray> m_chunks; // immutable prefix of each chunk
    mutable std::list<qint64> m_chunkOrder;
    QHash<qint64, QString> m_strings;
    QHash<qint64, QByteArray> m_jsonStrings;
    std::vector<QByteArray> m_jsonById; // the same for small ids, indexed directly
    Result<QByteArray> jsonString(qint64 id);
    // Appends the leaf of one row (columns in leafColumns order) to out; counts voids.
    Status appendLeaf(QByteArray &out, const qint64 *v, qint64 *voids);
    qint64 m_voidId = -1; // string id of "void" (-1 unknown, 0 none)
};

} // namespace sg::ledger::store
