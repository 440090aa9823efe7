#pragma once

// Internal: the SQLite layout of the receipt log, shared by the writer thread and the
// per-thread readers. Not part of the public API.
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

#include "common/result.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/receipt.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <list>

namespace sg::ledger::store {

constexpr int kSchemaVersion = 1;
// 126 hashes (4032 bytes) keep a chunk row inside one 4 KiB page (no overflow pages).
constexpr qint64 kChunkHashes = 126;

Error sqlError(const QString &what, const QSqlError &error);

// Opens (and for writers creates/migrates) the database under connection name.
Result<QSqlDatabase> openDatabase(const QString &path, const QString &connection, bool readOnly);
Status migrate(QSqlDatabase &db);

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
    Result<QList<SignedCheckpoint>> checkpoints(qint64 sinceSize, const NoteVerifier &verifier,
                                                bool latestOnly);
    Result<qint64> size();

private:
    Result<QByteArray> chunk(qint64 index) const;
    Result<QString> string(qint64 id);

    mutable QSqlDatabase m_db;
    mutable QHash<qint64, QByteArray> m_chunks; // immutable prefix of each chunk
    mutable std::list<qint64> m_chunkOrder;
    QHash<qint64, QString> m_strings;
    QHash<qint64, QByteArray> m_jsonStrings;
    Result<QByteArray> jsonString(qint64 id);
};

} // namespace sg::ledger::store
