#include "ledger/ledger.h"

#include "common/fileutil.h"
#include "common/logging.h"
#include "crypto/encoding.h"
#include "ledger/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace sg::ledger {

namespace {

std::atomic<quint64> g_instance { 0 };

struct Pending
{
    Receipt receipt;
    QByteArray leafHash;
    DurableCallback callback;
    // SQLite: append() takes its number and this slot under the mutex, then builds the leaf
    // and fills the slot outside it; the writer takes only ready slots, in order.
    bool ready = true;
};

Error writerStopped(const QString &why)
{
    return fail(QStringLiteral("the receipt log stopped accepting entries: %1").arg(why),
                QStringLiteral("stopped"));
}

} // namespace

LedgerOptions LedgerOptions::forHome(const QString &home, const QString &url)
{
    LedgerOptions o;
    o.url = url;
    o.dbPath = home + QStringLiteral("/ledger.sqlite");
    o.signerKeyPath = home + QStringLiteral("/keys/ledger.note.key");
    o.fullCheckOnOpen = true;
    return o;
}

struct Ledger::Private
{
    Ledger *q = nullptr;
    LedgerOptions options;
    store::Location where;
    bool pg = false; // PostgreSQL: shared log, numbers assigned at COMMIT
    const Clock *clock = nullptr;
    QString connectionPrefix;
    std::unique_ptr<QLockFile> lock;
    NoteVerifier verifier;
    std::optional<NoteSigner> signer;

    // --- shared between appenders and the writer (under mutex) ---
    std::mutex mutex;
    std::condition_variable wakeWriter; // queue, stop, checkpoint requests
    std::condition_variable progress; // commits, reservations, checkpoints, failure
    std::deque<Pending> queue;
    qint64 nextSeq = 0; // next number to hand out
    qint64 reservedUntil = 0; // durable reservation bound (exclusive)
    qint64 processed = 0; // all seq < processed are committed (or failed)
    bool stop = false;
    bool checkpointRequested = false;
    quint64 checkpointsDone = 0;
    std::optional<Error> failure;
    std::optional<Error> forcedError; // why the last checkpointNow() did not sign (PostgreSQL)
    std::atomic<qint64> committedSize { 0 };
    std::atomic<bool> signerHeld { false }; // PostgreSQL: this writer holds the signer lock

    // --- writer thread only ---
    std::thread writer;
    QSqlDatabase wdb;
    QHash<QString, qint64> stringIds;
    // The last string and id of each text field: consecutive receipts mostly repeat their
    // buyer, creator, edge, manifest, license, jti, job, kind (a compare instead of a hash
    // lookup). Reset with stringIds.
    struct FieldMemo
    {
        QString text;
        qint64 id = 0;
    };
    FieldMemo fieldMemo[11];
    QList<QByteArray> stack; // right edge: roots of complete subtrees, largest first
    qint64 treeLeaves = 0; // leaves in the tree written so far
    qint64 treeHashes = 0; // stored hashes written
    QByteArray lastChunk; // hashes of the last (partial) chunk
    qint64 lastCheckpointSize = -1;
    std::atomic<qint64> lastCheckpointMs { 0 }; // the writer sets it; requestCheckpoint() reads it

    // --- per-thread readers ---
    QMutex readersMutex;
    QHash<QThread *, std::shared_ptr<store::Reader>> readers;
    // Connection names are never reused: readers.size() shrinks when a thread ends, and a
    // name taken again would give two live threads one SQLite connection.
    quint64 readerSerial = 0;
    // Context of the thread-finished connections below: destroyed with this Private (before
    // readersMutex), it cuts them, so a thread that outlives the Ledger (a global pool's,
    // at exit) does not call into freed memory.
    QObject threadWatch;

    Result<store::Reader *> reader();
    Result<qint64> internString(const QString &s);

    // The hot path talks to SQLite directly on the writer's connection (QtSql's QSQLITE
    // driver hands out its sqlite3 handle): binding through QVariant cost more than the
    // insert itself.
    sqlite3 *rawDb = nullptr;
    sqlite3_stmt *insertEntry = nullptr;
    sqlite3_stmt *selectString = nullptr;
    sqlite3_stmt *insertString = nullptr;
    // Group commits reuse these too (preparing them again per commit cost more than the
    // rows of a small group).
    sqlite3_stmt *beginTx = nullptr;
    sqlite3_stmt *commitTx = nullptr;
    sqlite3_stmt *rollbackTx = nullptr;
    sqlite3_stmt *writeChunk = nullptr;
    sqlite3_stmt *writeReserved = nullptr;
    Status stepRaw(sqlite3_stmt *st, const QString &what);
    bool readyFront() const { return !queue.empty() && queue.front().ready; }
    bool writerIdle = false; // the writer waits for work (appenders must wake it)
    int flushWaiters = 0; // flush() calls waiting (the writer commits at once)
    Status prepareRaw();
    void finalizeRaw();
    Error rawError(const QString &what) const;
    Status writeBatch(std::deque<Pending> &batch, qint64 newReservedUntil);
    Result<SignedCheckpoint> signCheckpoint();
    QByteArray stackRoot() const;

    // PostgreSQL.
    qint64 lastSignAttemptMs = 0;
    Status openPostgres(Ledger *ledger);
    Status internStringsPg(const std::deque<Pending> &batch);
    Status writeBatchPg(std::deque<Pending> &batch);
    Result<bool> trySignerLock();
    Result<SignedCheckpoint> signCheckpointPg();
    // The signed note of a tree of `size` leaves with this root (both backends store it).
    Result<SignedCheckpoint> signedCheckpoint(qint64 size, const QByteArray &root) const;
    void run();
};

Ledger::Ledger() : d(new Private)
{
    d->q = this;
}

Ledger::~Ledger()
{
    if (d->writer.joinable()) {
        {
            std::lock_guard lk(d->mutex);
            d->stop = true;
        }
        d->wakeWriter.notify_all();
        d->writer.join();
    }
    QStringList names;
    if (d->wdb.isValid()) { // open() failed before the writer started
        d->finalizeRaw();
        names.append(d->wdb.connectionName());
        d->wdb.close();
        d->wdb = QSqlDatabase();
    }
    {
        QMutexLocker lk(&d->readersMutex);
        for (const auto &r : std::as_const(d->readers))
            names.append(r->db().connectionName());
        d->readers.clear();
    }
    for (const QString &n : std::as_const(names))
        QSqlDatabase::removeDatabase(n);
}

Result<store::Reader *> Ledger::Private::reader()
{
    QThread *t = QThread::currentThread();
    QMutexLocker lk(&readersMutex);
    auto it = readers.constFind(t);
    if (it != readers.constEnd())
        return it->get();
    const QString name = connectionPrefix + QStringLiteral("-r%1").arg(++readerSerial);
    auto db = store::openDatabase(where, name, true);
    if (!db.ok()) {
        QSqlDatabase::removeDatabase(name);
        return db.error();
    }
    auto r = std::make_shared<store::Reader>(*db);
    readers.insert(t, r);
    // Forget the connection when its thread ends, so threads may come and go.
    if (t != QThread::currentThread() || t->isRunning()) {
        QObject::connect(
            t, &QThread::finished, &threadWatch,
            [this, t, name] {
                {
                    QMutexLocker l(&readersMutex);
                    readers.remove(t);
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return r.get();
}

Result<std::unique_ptr<Ledger>> Ledger::open(const LedgerOptions &options)
{
    std::unique_ptr<Ledger> ledger(new Ledger);
    Private *d = ledger->d.get();
    d->options = options;
    d->clock = options.clock ? options.clock : Clock::system();
    d->connectionPrefix = QStringLiteral("sg-ledger-%1").arg(g_instance.fetch_add(1));
    d->where.sqlitePath = options.dbPath;
    d->where.postgresUrl = options.url;
    d->pg = d->where.isPostgres();
    if (!d->pg && !options.url.isEmpty())
        return fail(
            QStringLiteral("unknown store URL '%1'; use postgresql://... or leave it empty").arg(options.url),
            QStringLiteral("usage"));
    if (!d->pg && options.dbPath.isEmpty())
        return fail(QStringLiteral("no ledger database path given"), QStringLiteral("usage"));
    if (options.maxBatch < 1 || options.reserveBlock < 2)
        return fail(QStringLiteral("maxBatch must be >= 1 and reserveBlock >= 2"), QStringLiteral("usage"));

    if (options.readOnly) {
        if (!d->pg && !QFileInfo::exists(options.dbPath))
            return fail(QStringLiteral("no receipt log at %1; run the edge (shardgate-cli serve) first")
                            .arg(options.dbPath),
                        QStringLiteral("notfound"));
        auto r = d->reader();
        if (!r.ok())
            return r.error();
        QSqlDatabase &db = (*r)->db();
        auto version = QSqlQuery(db);
        if (!version.exec(QStringLiteral("SELECT version FROM schema_version")) || !version.next()
            || version.value(0).toInt() != store::kSchemaVersion)
            return fail(QStringLiteral("%1 is not a receipt log of schema version %2")
                            .arg(d->where.describe())
                            .arg(store::kSchemaVersion),
                        QStringLiteral("version"));
        auto vkey = store::metaValue(db, QStringLiteral("vkey"));
        if (!vkey.ok())
            return vkey.error();
        auto verifier = NoteVerifier::fromVerifierKey(*vkey);
        if (!verifier.ok())
            return fail(QStringLiteral("receipt log %1 has no usable log key: %2")
                            .arg(d->where.describe(), verifier.errorString()),
                        QStringLiteral("corrupt"));
        d->verifier = *verifier;
        auto n = d->pg ? (*r)->size() : store::entryCount(db);
        if (!n.ok())
            return n.error();
        d->committedSize = *n;
        ledger->m_openReport.size = *n;
        return ledger;
    }

    if (d->pg) {
        SG_TRY(d->openPostgres(ledger.get()));
        return ledger;
    }

    // Writable: one writer per database.
    d->lock = std::make_unique<QLockFile>(options.dbPath + QStringLiteral(".lock"));
    d->lock->setStaleLockTime(0);
    if (!d->lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        d->lock->getLockInfo(&pid, &host, &app);
        return fail(
            QStringLiteral("the receipt log %1 is already open for writing by process %2; stop it or open "
                           "the log read-only")
                .arg(options.dbPath)
                .arg(pid),
            QStringLiteral("locked"));
    }

    // Signer key: load, or create under the origin name.
    const QString origin = options.origin.isEmpty() ? QStringLiteral("shardgate.local/log") : options.origin;
    if (QFileInfo::exists(options.signerKeyPath)) {
        auto text = readFile(options.signerKeyPath, 4096);
        if (!text.ok())
            return text.error();
        auto signer = NoteSigner::fromSignerKey(QString::fromUtf8(*text));
        if (!signer.ok())
            return fail(
                QStringLiteral("log signer key %1: %2").arg(options.signerKeyPath, signer.errorString()),
                QStringLiteral("key"));
        d->signer = *signer;
    } else {
        auto signer = NoteSigner::generate(origin);
        if (!signer.ok())
            return signer.error();
        SG_TRY(
            writeFileAtomic(options.signerKeyPath, (signer->signerKey() + QLatin1Char('\n')).toUtf8(), true));
        d->signer = *signer;
    }
    d->verifier = d->signer->verifier();

    // Recovery runs on this thread with its own connection; the writer thread then opens
    // its own (QtSql connections belong to the thread that made them).
    {
        auto wdb = store::openDatabase(options.dbPath, d->connectionPrefix + QStringLiteral("-open"), false);
        if (!wdb.ok())
            return wdb.error();
        d->wdb = *wdb;
    }
    QSqlDatabase &db = d->wdb;
    SG_TRY(store::migrate(db));

    if (options.fullCheckOnOpen) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return store::sqlError(QStringLiteral("integrity check"), q.lastError());
        QStringList problems;
        while (q.next())
            problems.append(q.value(0).toString());
        if (problems != QStringList { QStringLiteral("ok") })
            return fail(
                QStringLiteral("ledger database %1 is damaged (%2); nothing will be appended. Restore it "
                               "from a backup or audit it with 'shardgate-cli log verify'")
                    .arg(options.dbPath, problems.mid(0, 3).join(QStringLiteral("; "))),
                QStringLiteral("corrupt"));
    }

    // The log key must be the one the log was started with.
    auto storedVkey = store::metaValue(db, QStringLiteral("vkey"));
    if (!storedVkey.ok())
        return storedVkey.error();
    if (storedVkey->isEmpty()) {
        SG_TRY(store::setMeta(db, QStringLiteral("vkey"), d->verifier.verifierKey()));
        SG_TRY(store::setMeta(db, QStringLiteral("origin"), d->verifier.name()));
    } else if (*storedVkey != d->verifier.verifierKey()) {
        return fail(
            QStringLiteral("log signer key %1 is not the key of this log (%2); put the original key back")
                .arg(options.signerKeyPath, *storedVkey),
            QStringLiteral("key"));
    }

    // Recovery: entries and tree must agree.
    auto n = store::entryCount(db);
    if (!n.ok())
        return n.error();
    auto hashes = store::storedHashTotal(db);
    if (!hashes.ok())
        return hashes.error();
    if (*hashes != storedHashCount(*n))
        return fail(
            QStringLiteral("ledger database is damaged: %1 entries need %2 tree hashes but %3 are stored; "
                           "nothing will be appended (restore from a backup)")
                .arg(*n)
                .arg(storedHashCount(*n))
                .arg(*hashes),
            QStringLiteral("corrupt"));
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    store::Reader *reader = *r;
    // The last entries must rebuild to the leaf hashes in the tree (torn or edited tail).
    const qint64 tail = std::min<qint64>(*n, 256);
    if (tail > 0) {
        auto receipts = reader->receipts(*n - tail, tail);
        if (!receipts.ok())
            return receipts.error();
        QList<qint64> idx;
        for (qint64 i = *n - tail; i < *n; ++i)
            idx.append(storedHashIndex(0, i));
        auto stored = reader->readHashes(idx);
        if (!stored.ok())
            return stored.error();
        for (qint64 i = 0; i < tail; ++i) {
            if (leafHash(receipts->at(i).leaf()) != stored->at(i))
                return fail(
                    QStringLiteral("ledger database is damaged: entry %1 does not match its leaf hash; "
                                   "nothing will be appended (restore from a backup)")
                        .arg(*n - tail + i),
                    QStringLiteral("corrupt"));
        }
    }
    // Right edge of the tree.
    {
        QList<qint64> idx;
        qint64 lo = 0;
        for (int l = 62; l >= 0; --l) {
            if (*n & (qint64(1) << l)) {
                idx.append(storedHashIndex(l, lo >> l));
                lo += qint64(1) << l;
            }
        }
        auto edge = reader->readHashes(idx);
        if (!edge.ok())
            return edge.error();
        d->stack = *edge;
    }
    // The latest checkpoint must still match the tree (a rewritten history is refused).
    auto latest = reader->checkpoints(0, d->verifier, true);
    if (!latest.ok())
        return latest.error();
    if (!latest->isEmpty()) {
        const SignedCheckpoint &cp = latest->first();
        auto root = treeHash(cp.checkpoint.size, *reader);
        if (cp.checkpoint.size > *n || !root.ok() || *root != cp.checkpoint.rootHash)
            return fail(
                QStringLiteral("ledger database is damaged: the tree no longer matches checkpoint %1; "
                               "nothing will be appended")
                    .arg(cp.checkpoint.size),
                QStringLiteral("corrupt"));
        d->lastCheckpointSize = cp.checkpoint.size;
        d->lastCheckpointMs = cp.timeMs;
    }
    d->treeLeaves = *n;
    d->treeHashes = *hashes;
    if (d->treeHashes % store::kChunkHashes != 0) {
        auto c = reader->readHashes({ d->treeHashes - 1 });
        if (!c.ok())
            return c.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hashes FROM tree WHERE chunk = ?"));
        q.addBindValue(d->treeHashes / store::kChunkHashes);
        if (!q.exec() || !q.next())
            return store::sqlError(QStringLiteral("reading the last tree chunk"), q.lastError());
        d->lastChunk = q.value(0).toByteArray();
    }

    // Reserved numbers that no receipt used (the previous writer stopped or crashed)
    // become void leaves, so the log stays gap-free.
    auto reserved = store::metaValue(db, QStringLiteral("reserved"));
    if (!reserved.ok())
        return reserved.error();
    const qint64 reservedUntil = reserved->toLongLong();
    d->nextSeq = *n;
    d->reservedUntil = *n;
    d->processed = *n;
    d->committedSize = *n;
    ledger->m_openReport.size = *n;
    if (reservedUntil > *n) {
        std::deque<Pending> voids;
        const qint64 now = d->clock->nowMs();
        for (qint64 s = *n; s < reservedUntil; ++s) {
            Pending p;
            p.receipt.seq = s;
            p.receipt.timeMs = now;
            p.receipt.kind = kind::voided;
            p.leafHash = leafHash(p.receipt.leaf());
            voids.push_back(std::move(p));
        }
        SG_TRY(d->writeBatch(voids, reservedUntil));
        ledger->m_openReport.voided = reservedUntil - *n;
        ledger->m_openReport.repaired = true;
        ledger->m_openReport.note
            = QStringLiteral("numbers %1..%2 were reserved but never used (the last writer "
                             "stopped early); written as void receipts")
                  .arg(*n)
                  .arg(reservedUntil - 1);
        qCWarning(lcLedger).noquote() << ledger->m_openReport.note;
        d->nextSeq = d->reservedUntil = d->processed = reservedUntil;
        d->committedSize = reservedUntil;
        ledger->m_openReport.size = reservedUntil;
    }
    // First block, durably, before anything is handed out.
    {
        std::deque<Pending> none;
        SG_TRY(d->writeBatch(none, d->nextSeq + options.reserveBlock));
        d->reservedUntil = d->nextSeq + options.reserveBlock;
    }

    d->finalizeRaw();
    const QString openName = d->wdb.connectionName();
    d->wdb.close();
    d->wdb = QSqlDatabase();
    QSqlDatabase::removeDatabase(openName);

    std::promise<Status> ready;
    d->writer = std::thread([d, &ready] {
        {
            auto db
                = store::openDatabase(d->options.dbPath, d->connectionPrefix + QStringLiteral("-w"), false);
            if (!db.ok()) {
                ready.set_value(db.error());
                return;
            }
            d->wdb = *db;
        }
        if (d->options.maxDatabaseBytes > 0) {
            QSqlQuery q(d->wdb);
            q.exec(QStringLiteral("PRAGMA page_size"));
            const qint64 page = q.next() ? q.value(0).toLongLong() : 4096;
            q.exec(QStringLiteral("PRAGMA max_page_count=%1")
                       .arg(std::max<qint64>(1, d->options.maxDatabaseBytes / page)));
        }
        ready.set_value(Status());
        d->run();
    });
    Status started = ready.get_future().get();
    if (!started.ok()) {
        d->writer.join();
        return started.error();
    }
    return ledger;
}

Error Ledger::Private::rawError(const QString &what) const
{
    const int code = (rawDb ? sqlite3_errcode(rawDb) : SQLITE_ERROR) & 0xff; // primary code
    QString c = QStringLiteral("io");
    if (code == SQLITE_FULL)
        c = QStringLiteral("full");
    else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        c = QStringLiteral("corrupt");
    else if (code == SQLITE_READONLY)
        c = QStringLiteral("readonly");
    return fail(QStringLiteral("ledger database: %1 failed: %2")
                    .arg(what, QString::fromUtf8(rawDb ? sqlite3_errmsg(rawDb) : "no connection")),
                c);
}

void Ledger::Private::finalizeRaw()
{
    for (sqlite3_stmt **st : { &insertEntry, &selectString, &insertString, &beginTx, &commitTx, &rollbackTx,
                               &writeChunk, &writeReserved }) {
        sqlite3_finalize(*st);
        *st = nullptr;
    }
    rawDb = nullptr;
}

Status Ledger::Private::prepareRaw()
{
    sqlite3 *h = store::sqliteHandle(wdb);
    if (!h)
        return fail(QStringLiteral("the QSQLITE driver did not provide its SQLite handle"),
                    QStringLiteral("io"));
    if (h == rawDb && insertEntry)
        return {};
    finalizeRaw();
    rawDb = h;
    const char *sql[]
        = { "INSERT INTO entries(seq, time, kind, edge, buyer, creator, manifest, shard, license, tx, "
            "range, bytes, jti, job, charge) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            "SELECT id FROM strings WHERE s = ?",
            "INSERT INTO strings(s) VALUES(?)",
            "BEGIN",
            "COMMIT",
            "ROLLBACK",
            "INSERT OR REPLACE INTO tree(chunk, hashes) VALUES(?, ?)",
            "INSERT INTO meta(key, value) VALUES('reserved', ?) ON CONFLICT(key) DO UPDATE SET value = "
            "excluded.value" };
    sqlite3_stmt **out[] = { &insertEntry, &selectString, &insertString, &beginTx,
                             &commitTx,    &rollbackTx,   &writeChunk,   &writeReserved };
    for (size_t i = 0; i < std::size(out); ++i) {
        if (sqlite3_prepare_v3(rawDb, sql[i], -1, SQLITE_PREPARE_PERSISTENT, out[i], nullptr) != SQLITE_OK)
            return rawError(QStringLiteral("preparing statements"));
    }
    return {};
}

Result<qint64> Ledger::Private::internString(const QString &s)
{
    if (s.isEmpty())
        return 0;
    auto it = stringIds.constFind(s);
    if (it != stringIds.constEnd())
        return *it;
    const QByteArray utf8 = s.toUtf8();
    sqlite3_reset(selectString);
    sqlite3_bind_text(selectString, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    qint64 id = 0;
    const int rc = sqlite3_step(selectString);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(selectString, 0);
        sqlite3_reset(selectString);
    } else if (rc == SQLITE_DONE) {
        sqlite3_reset(selectString);
        sqlite3_reset(insertString);
        sqlite3_bind_text(insertString, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        if (sqlite3_step(insertString) != SQLITE_DONE) {
            const Error e = rawError(QStringLiteral("writing strings"));
            sqlite3_reset(insertString);
            return e;
        }
        sqlite3_reset(insertString);
        id = sqlite3_last_insert_rowid(rawDb);
    } else {
        const Error e = rawError(QStringLiteral("reading strings"));
        sqlite3_reset(selectString);
        return e;
    }
    if (stringIds.size() > 2000000)
        stringIds.clear();
    stringIds.insert(s, id);
    return id;
}

Status Ledger::Private::stepRaw(sqlite3_stmt *st, const QString &what)
{
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error e = rawError(what);
        sqlite3_reset(st);
        return e;
    }
    sqlite3_reset(st);
    return {};
}

Status Ledger::Private::writeBatch(std::deque<Pending> &batch, qint64 newReservedUntil)
{
    SG_TRY(prepareRaw());
    SG_TRY(stepRaw(beginTx, QStringLiteral("BEGIN")));
    // Save the in-memory tree so a failed transaction leaves it as it was.
    const QList<QByteArray> savedStack = stack;
    const qint64 savedLeaves = treeLeaves;
    const qint64 savedHashes = treeHashes;
    const QByteArray savedChunk = lastChunk;
    const auto rollbackAll = [&](const Error &e) -> Status {
        stack = savedStack;
        treeLeaves = savedLeaves;
        treeHashes = savedHashes;
        lastChunk = savedChunk;
        stringIds.clear(); // ids inserted in this transaction are gone
        for (FieldMemo &m : fieldMemo)
            m = FieldMemo();
        // (Fails harmlessly when SQLite has already rolled the transaction back itself.)
        sqlite3_step(rollbackTx);
        sqlite3_reset(rollbackTx);
        return e;
    };
    const auto putChunk = [&](qint64 chunk) -> Status {
        sqlite3_bind_int64(writeChunk, 1, chunk);
        sqlite3_bind_blob(writeChunk, 2, lastChunk.constData(), int(lastChunk.size()), SQLITE_STATIC);
        Status st = stepRaw(writeChunk, QStringLiteral("writing the tree"));
        sqlite3_clear_bindings(writeChunk);
        return st;
    };

    qint64 &size = treeLeaves;
    for (const Pending &p : batch) {
        const Receipt &r = p.receipt;
        if (r.seq != size)
            return rollbackAll(fail(QStringLiteral("internal: receipt %1 queued out of order (expected %2)")
                                        .arg(r.seq)
                                        .arg(size)));
        qint64 ids[11];
        const QString *fields[] = { &r.kind,        &r.edge, &r.buyer, &r.creator, &r.manifest, &r.shard,
                                    &r.licenseHash, &r.tx,   &r.jti,   &r.job,     &r.range };
        for (int i = 0; i < 11; ++i) {
            FieldMemo &m = fieldMemo[i];
            const QString &f = *fields[i];
            if (f.size() == m.text.size() && f == m.text) {
                ids[i] = m.id;
                continue;
            }
            auto id = internString(f);
            if (!id.ok())
                return rollbackAll(id.error());
            ids[i] = *id;
            m.text = f;
            m.id = *id;
        }
        sqlite3_stmt *st = insertEntry;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, r.seq);
        sqlite3_bind_int64(st, 2, r.timeMs);
        for (int i = 0; i < 8; ++i)
            sqlite3_bind_int64(st, 3 + i, ids[i]);
        sqlite3_bind_int64(st, 11, ids[10]);
        sqlite3_bind_int64(st, 12, r.bytes);
        sqlite3_bind_int64(st, 13, ids[8]);
        sqlite3_bind_int64(st, 14, ids[9]);
        sqlite3_bind_int64(st, 15, r.charge);
        if (sqlite3_step(st) != SQLITE_DONE) {
            const Error e = rawError(QStringLiteral("appending receipt %1").arg(r.seq));
            sqlite3_reset(st);
            return rollbackAll(e);
        }

        // Tree: leaf hash, then the subtrees this leaf completes.
        const auto put = [&](const QByteArray &h) -> Status {
            lastChunk += h;
            ++treeHashes;
            if (lastChunk.size() == store::kChunkHashes * kHashSize) {
                SG_TRY(putChunk((treeHashes - 1) / store::kChunkHashes));
                lastChunk.resize(0);
            }
            return {};
        };
        QByteArray h = p.leafHash;
        if (auto st = put(h); !st.ok())
            return rollbackAll(st.error());
        for (quint64 s = quint64(size); s & 1; s >>= 1) {
            h = nodeHash(stack.takeLast(), h);
            if (auto st = put(h); !st.ok())
                return rollbackAll(st.error());
        }
        stack.append(h);
        ++size;
    }
    if (!lastChunk.isEmpty() && !batch.empty()) {
        if (auto st = putChunk(treeHashes / store::kChunkHashes); !st.ok())
            return rollbackAll(st.error());
    }
    if (newReservedUntil >= 0) {
        const QByteArray value = QByteArray::number(newReservedUntil);
        sqlite3_bind_text(writeReserved, 1, value.constData(), int(value.size()), SQLITE_STATIC);
        Status st = stepRaw(writeReserved, QStringLiteral("writing meta"));
        sqlite3_clear_bindings(writeReserved);
        if (!st.ok())
            return rollbackAll(st.error());
    }
    if (auto st = stepRaw(commitTx, QStringLiteral("COMMIT")); !st.ok())
        return rollbackAll(st.error());
    return {};
}

QByteArray Ledger::Private::stackRoot() const
{
    if (stack.isEmpty())
        return emptyTreeHash();
    QByteArray h = stack.last();
    for (qsizetype i = stack.size() - 2; i >= 0; --i)
        h = nodeHash(stack.at(i), h);
    return h;
}

Result<SignedCheckpoint> Ledger::Private::signedCheckpoint(qint64 size, const QByteArray &root) const
{
    Checkpoint cp;
    cp.origin = verifier.name();
    cp.size = size;
    cp.rootHash = root;
    auto note = signer->sign(cp.body());
    if (!note.ok())
        return note.error();
    SignedCheckpoint s;
    s.checkpoint = cp;
    s.note = *note;
    s.timeMs = clock->nowMs();
    return s;
}

Result<SignedCheckpoint> Ledger::Private::signCheckpoint()
{
    const qint64 size = committedSize.load();
    auto signedCp = signedCheckpoint(size, stackRoot());
    if (!signedCp.ok())
        return signedCp.error();
    const SignedCheckpoint s = *signedCp;
    QSqlQuery q(wdb);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO checkpoints(size, time, note) VALUES(?, ?, ?)"));
    q.addBindValue(size);
    q.addBindValue(s.timeMs);
    q.addBindValue(s.note);
    if (!q.exec())
        return store::sqlError(QStringLiteral("storing checkpoint %1").arg(size), q.lastError());
    lastCheckpointSize = size;
    lastCheckpointMs = s.timeMs;
    return s;
}

// --- PostgreSQL: one log for every edge ---------------------------------------------

Status Ledger::Private::openPostgres(Ledger *ledger)
{
    {
        auto db = store::openDatabase(where, connectionPrefix + QStringLiteral("-open"), false);
        if (!db.ok()) {
            QSqlDatabase::removeDatabase(connectionPrefix + QStringLiteral("-open"));
            return db.error();
        }
        wdb = *db;
    }
    const auto closeOpen = [this] {
        const QString name = wdb.connectionName();
        wdb.close();
        wdb = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    };
    const auto failOpen = [&](const Error &e) -> Status {
        closeOpen();
        return e;
    };
    if (auto st = store::migrate(wdb); !st.ok())
        return failOpen(st.error());

    // The signer key is shared through the database (docs/ledger.md): the first edge
    // creates it, every later edge uses it. ON CONFLICT DO NOTHING + read back: two edges
    // starting at once agree on one key.
    const QString origin = options.origin.isEmpty() ? QStringLiteral("shardgate.local/log") : options.origin;
    auto stored = store::metaValue(wdb, QStringLiteral("signer"));
    if (!stored.ok())
        return failOpen(stored.error());
    if (stored->isEmpty()) {
        auto fresh = NoteSigner::generate(origin);
        if (!fresh.ok())
            return failOpen(fresh.error());
        QSqlQuery q(wdb);
        q.prepare(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES(?, ?), (?, ?), (?, ?) ON CONFLICT(key) DO NOTHING"));
        for (const QString &v :
             { QStringLiteral("signer"), fresh->signerKey(), QStringLiteral("vkey"),
               fresh->verifier().verifierKey(), QStringLiteral("origin"), fresh->verifier().name() })
            q.addBindValue(v);
        if (!q.exec())
            return failOpen(store::sqlError(QStringLiteral("storing the log key"), q.lastError()));
        stored = store::metaValue(wdb, QStringLiteral("signer"));
        if (!stored.ok())
            return failOpen(stored.error());
    }
    auto key = NoteSigner::fromSignerKey(*stored);
    if (!key.ok())
        return failOpen(fail(QStringLiteral("the log signer key stored in %1 is unusable: %2")
                                 .arg(where.describe(), key.errorString()),
                             QStringLiteral("key")));
    signer = *key;
    verifier = signer->verifier();
    auto vkey = store::metaValue(wdb, QStringLiteral("vkey"));
    if (!vkey.ok())
        return failOpen(vkey.error());
    if (*vkey != verifier.verifierKey())
        return failOpen(
            fail(QStringLiteral("ledger database %1 is damaged: its log key (%2) is not the key of "
                                "its signer; restore it from a backup")
                     .arg(where.describe(), *vkey),
                 QStringLiteral("corrupt")));

    // Entries, tree and head move in one transaction, so they always agree; check the
    // head's counters and the latest checkpoint against the tree anyway.
    QSqlQuery q(wdb);
    if (!q.exec(
            QStringLiteral("SELECT size, hashes, (SELECT coalesce(max(seq), -1) FROM entries) FROM log_head "
                           "WHERE id = 1"))
        || !q.next())
        return failOpen(store::sqlError(QStringLiteral("reading the log head"), q.lastError()));
    const qint64 n = q.value(0).toLongLong();
    const qint64 hashes = q.value(1).toLongLong();
    if (hashes != storedHashCount(n) || q.value(2).toLongLong() != n - 1)
        return failOpen(
            fail(QStringLiteral("ledger database %1 is damaged: the log head says %2 entries and %3 "
                                "tree hashes, the tables disagree; restore it from a backup")
                     .arg(where.describe())
                     .arg(n)
                     .arg(hashes),
                 QStringLiteral("corrupt")));
    closeOpen();
    auto r = reader();
    if (!r.ok())
        return r.error();
    auto latest = (*r)->checkpoints(0, verifier, true);
    if (!latest.ok())
        return latest.error();
    if (!latest->isEmpty()) {
        const SignedCheckpoint &cp = latest->first();
        // Other edges append and sign meanwhile: the size read above may be older than
        // this checkpoint, so compare with the size now.
        auto sizeNow = (*r)->size();
        if (!sizeNow.ok())
            return sizeNow.error();
        auto root = treeHash(cp.checkpoint.size, **r);
        if (cp.checkpoint.size > *sizeNow || !root.ok() || *root != cp.checkpoint.rootHash)
            return fail(
                QStringLiteral("ledger database %1 is damaged: the tree no longer matches checkpoint %2; "
                               "nothing will be appended")
                    .arg(where.describe())
                    .arg(cp.checkpoint.size),
                QStringLiteral("corrupt"));
        lastCheckpointSize = cp.checkpoint.size;
        lastCheckpointMs = cp.timeMs;
    }
    treeLeaves = -1; // the in-memory edge is loaded from the head at the first commit
    committedSize = n;
    ledger->m_openReport.size = n;

    std::promise<Status> ready;
    writer = std::thread([this, &ready] {
        Status opened;
        {
            auto db = store::openDatabase(where, connectionPrefix + QStringLiteral("-w"), false);
            if (db.ok())
                wdb = *db;
            else
                opened = db.error();
        }
        if (!opened.ok()) {
            QSqlDatabase::removeDatabase(connectionPrefix + QStringLiteral("-w"));
            ready.set_value(opened);
            return;
        }
        // The first edge to open becomes the signer (the others take over when it goes).
        auto held = trySignerLock();
        if (!held.ok()) {
            ready.set_value(held.error());
            const QString name = wdb.connectionName();
            wdb.close();
            wdb = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return;
        }
        lastSignAttemptMs = clock->nowMs() - options.checkpointIntervalMs;
        ready.set_value(Status());
        run();
    });
    Status started = ready.get_future().get();
    if (!started.ok()) {
        writer.join();
        return started.error();
    }
    return {};
}

namespace {

// A PostgreSQL array literal of text values: {"a","b\"c"}.
QString pgTextArray(const QStringList &values)
{
    QString out;
    out.reserve(values.size() * 24 + 2);
    out.append(QLatin1Char('{'));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out.append(QLatin1Char(','));
        out.append(QLatin1Char('"'));
        for (QChar c : values.at(i)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out.append(QLatin1Char('\\'));
            out.append(c);
        }
        out.append(QLatin1Char('"'));
    }
    out.append(QLatin1Char('}'));
    return out;
}

} // namespace

Status Ledger::Private::internStringsPg(const std::deque<Pending> &batch)
{
    // Outside the group commit (autocommit): the head lock is held for the entries only.
    // A string whose batch then fails stays unused, which is harmless.
    // Bounded cache: emptied before a batch, never during one (its ids are used below).
    if (stringIds.size() > 2000000)
        stringIds.clear();
    QSet<QString> seen;
    QStringList missing;
    for (const Pending &p : batch) {
        const Receipt &r = p.receipt;
        for (const QString *f : { &r.kind, &r.edge, &r.buyer, &r.creator, &r.manifest, &r.shard,
                                  &r.licenseHash, &r.tx, &r.jti, &r.job, &r.range }) {
            if (f->isEmpty() || stringIds.contains(*f) || seen.contains(*f))
                continue;
            seen.insert(*f);
            missing.append(*f);
        }
    }
    if (missing.isEmpty())
        return {};
    for (qsizetype at = 0; at < missing.size(); at += 5000) {
        const QString array = pgTextArray(missing.mid(at, 5000));
        QSqlQuery q(wdb);
        q.prepare(QStringLiteral(
            "INSERT INTO strings(s) SELECT unnest(CAST(? AS text[])) ON CONFLICT (s) DO NOTHING"));
        q.addBindValue(array);
        if (!q.exec())
            return store::sqlError(QStringLiteral("writing strings"), q.lastError());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, s FROM strings WHERE s = ANY(CAST(? AS text[]))"));
        q.addBindValue(array);
        if (!q.exec())
            return store::sqlError(QStringLiteral("reading strings"), q.lastError());
        while (q.next())
            stringIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    for (const QString &m : std::as_const(missing)) {
        if (!stringIds.contains(m))
            return fail(QStringLiteral("ledger database: string '%1' was not stored").arg(m.left(40)),
                        QStringLiteral("io"));
    }
    return {};
}

Status Ledger::Private::writeBatchPg(std::deque<Pending> &batch)
{
    SG_TRY(internStringsPg(batch));
    if (!wdb.transaction())
        return store::sqlError(QStringLiteral("BEGIN"), wdb.lastError());
    const auto rollbackAll = [&](const Error &e) -> Status {
        wdb.rollback();
        treeLeaves = -1; // reload the tree's edge from the head next time
        return e;
    };
    QSqlQuery q(wdb);
    q.setForwardOnly(true);
    // The log head serialises the edges' group commits: numbers continue from the
    // committed size, the tree from the committed right edge.
    if (!q.exec(QStringLiteral("SELECT size, hashes, frontier FROM log_head WHERE id = 1 FOR UPDATE"))
        || !q.next())
        return rollbackAll(store::sqlError(QStringLiteral("locking the log head"), q.lastError()));
    const qint64 headSize = q.value(0).toLongLong();
    const qint64 headHashes = q.value(1).toLongLong();
    if (headSize != treeLeaves || headHashes != treeHashes) {
        const QByteArray frontier = q.value(2).toByteArray();
        if (frontier.size() % kHashSize != 0 || headHashes != storedHashCount(headSize))
            return rollbackAll(
                fail(QStringLiteral("ledger database is damaged: the log head is inconsistent"),
                     QStringLiteral("corrupt")));
        stack.clear();
        for (qsizetype i = 0; i < frontier.size(); i += kHashSize)
            stack.append(frontier.mid(i, kHashSize));
        treeLeaves = headSize;
        treeHashes = headHashes;
        lastChunk.clear();
        if (treeHashes % store::kChunkHashes != 0) {
            QSqlQuery c(wdb);
            c.prepare(QStringLiteral("SELECT hashes FROM tree WHERE chunk = ?"));
            c.addBindValue(treeHashes / store::kChunkHashes);
            if (!c.exec() || !c.next())
                return rollbackAll(
                    store::sqlError(QStringLiteral("reading the last tree chunk"), c.lastError()));
            lastChunk = c.value(0).toByteArray();
            if (lastChunk.size() != (treeHashes % store::kChunkHashes) * kHashSize)
                return rollbackAll(fail(QStringLiteral("ledger database is damaged: torn tree chunk"),
                                        QStringLiteral("corrupt")));
        }
    }
    const qint64 firstChunk = treeHashes / store::kChunkHashes;
    QList<QByteArray> fullChunks;
    // One array literal per entries column, unnested by the server: parsing integer
    // arrays costs it far less than a VALUES list of the same rows.
    QByteArray columns[15];
    int rowCount = 0;
    const auto flushRows = [&]() -> Status {
        if (rowCount == 0)
            return {};
        QString sql
            = QStringLiteral("INSERT INTO entries(seq, time, kind, edge, buyer, creator, manifest, shard, "
                             "license, tx, range, bytes, jti, job, charge) SELECT * FROM unnest(");
        for (int i = 0; i < 15; ++i)
            sql += i ? QStringLiteral(", CAST(? AS bigint[])") : QStringLiteral("CAST(? AS bigint[])");
        sql += QLatin1Char(')');
        QSqlQuery ins(wdb);
        ins.prepare(sql);
        for (QByteArray &c : columns) {
            c.append('}');
            ins.addBindValue(QString::fromLatin1(c));
            c.clear();
        }
        if (!ins.exec())
            return store::sqlError(QStringLiteral("appending receipts"), ins.lastError());
        rowCount = 0;
        return {};
    };
    for (Pending &p : batch) {
        Receipt &r = p.receipt;
        r.seq = treeLeaves;
        p.leafHash = leafHash(r.leaf());
        const qint64 values[] = { r.seq,
                                  r.timeMs,
                                  stringIds.value(r.kind),
                                  stringIds.value(r.edge),
                                  stringIds.value(r.buyer),
                                  stringIds.value(r.creator),
                                  stringIds.value(r.manifest),
                                  stringIds.value(r.shard),
                                  stringIds.value(r.licenseHash),
                                  stringIds.value(r.tx),
                                  stringIds.value(r.range),
                                  r.bytes,
                                  stringIds.value(r.jti),
                                  stringIds.value(r.job),
                                  r.charge };
        for (int i = 0; i < 15; ++i) {
            columns[i].append(rowCount ? ',' : '{');
            columns[i].append(QByteArray::number(values[i]));
        }
        if (++rowCount == 4096) {
            if (auto st = flushRows(); !st.ok())
                return rollbackAll(st.error());
        }
        const auto put = [&](const QByteArray &h) {
            lastChunk += h;
            ++treeHashes;
            if (lastChunk.size() == store::kChunkHashes * kHashSize) {
                fullChunks.append(lastChunk);
                lastChunk.clear();
            }
        };
        QByteArray h = p.leafHash;
        put(h);
        for (quint64 s = quint64(treeLeaves); s & 1; s >>= 1) {
            h = nodeHash(stack.takeLast(), h);
            put(h);
        }
        stack.append(h);
        ++treeLeaves;
    }
    if (auto st = flushRows(); !st.ok())
        return rollbackAll(st.error());
    QSqlQuery chunkWrite(wdb);
    chunkWrite.prepare(QStringLiteral("INSERT INTO tree(chunk, hashes) VALUES(?, ?) ON CONFLICT(chunk) DO "
                                      "UPDATE SET hashes = excluded.hashes"));
    qint64 index = firstChunk;
    for (const QByteArray &c : std::as_const(fullChunks)) {
        chunkWrite.bindValue(0, index++);
        chunkWrite.bindValue(1, c);
        if (!chunkWrite.exec())
            return rollbackAll(store::sqlError(QStringLiteral("writing the tree"), chunkWrite.lastError()));
    }
    if (!lastChunk.isEmpty()) {
        chunkWrite.bindValue(0, index);
        chunkWrite.bindValue(1, lastChunk);
        if (!chunkWrite.exec())
            return rollbackAll(store::sqlError(QStringLiteral("writing the tree"), chunkWrite.lastError()));
    }
    QSqlQuery head(wdb);
    head.prepare(QStringLiteral("UPDATE log_head SET size = ?, hashes = ?, frontier = ? WHERE id = 1"));
    head.addBindValue(treeLeaves);
    head.addBindValue(treeHashes);
    head.addBindValue(stack.join());
    if (!head.exec())
        return rollbackAll(store::sqlError(QStringLiteral("moving the log head"), head.lastError()));
    // synchronous_commit=on: COMMIT returns once the WAL is flushed.
    if (!wdb.commit())
        return rollbackAll(store::sqlError(QStringLiteral("COMMIT"), wdb.lastError()));
    return {};
}

Result<bool> Ledger::Private::trySignerLock()
{
    if (signerHeld)
        return true;
    // Session-level: held until this connection closes (or its process dies, which
    // closes it), then another edge's next attempt takes it.
    QSqlQuery q(wdb);
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)")
                    .arg(store::kPgLockClass)
                    .arg(store::kPgLockSigner))
        || !q.next())
        return store::sqlError(QStringLiteral("the checkpoint signer lock"), q.lastError());
    signerHeld = q.value(0).toBool();
    if (signerHeld)
        qCInfo(lcLedger).noquote() << "this edge now signs the receipt log's checkpoints";
    return signerHeld.load();
}

Result<SignedCheckpoint> Ledger::Private::signCheckpointPg()
{
    auto held = trySignerLock();
    if (!held.ok())
        return held.error();
    if (!*held)
        return fail(QStringLiteral("another edge signs this log's checkpoints; its next checkpoint (within a "
                                   "second) covers these entries"),
                    QStringLiteral("notsigner"));
    QSqlQuery q(wdb);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT h.size, h.frontier, (SELECT max(size) FROM checkpoints) FROM log_head h "
                           "WHERE h.id = 1"))
        || !q.next())
        return store::sqlError(QStringLiteral("reading the log head"), q.lastError());
    const qint64 size = q.value(0).toLongLong();
    const QByteArray frontier = q.value(1).toByteArray();
    const bool haveLatest = !q.value(2).isNull();
    const qint64 latest = haveLatest ? q.value(2).toLongLong() : -1;
    if (haveLatest && size <= latest) {
        q.prepare(QStringLiteral("SELECT time, note FROM checkpoints WHERE size = ?"));
        q.addBindValue(latest);
        if (!q.exec() || !q.next())
            return store::sqlError(QStringLiteral("reading checkpoints"), q.lastError());
        SignedCheckpoint s;
        s.timeMs = q.value(0).toLongLong();
        s.note = q.value(1).toByteArray();
        auto opened = openCheckpoint(s.note, verifier);
        if (!opened.ok())
            return opened.error();
        s.checkpoint = *opened;
        return s;
    }
    QList<QByteArray> edge;
    for (qsizetype i = 0; i + kHashSize <= frontier.size(); i += kHashSize)
        edge.append(frontier.mid(i, kHashSize));
    QByteArray root = emptyTreeHash();
    if (!edge.isEmpty()) {
        root = edge.last();
        for (qsizetype i = edge.size() - 2; i >= 0; --i)
            root = nodeHash(edge.at(i), root);
    }
    auto signedCp = signedCheckpoint(size, root);
    if (!signedCp.ok())
        return signedCp.error();
    const SignedCheckpoint s = *signedCp;
    QSqlQuery ins(wdb);
    ins.prepare(QStringLiteral(
        "INSERT INTO checkpoints(size, time, note) VALUES(?, ?, ?) ON CONFLICT(size) DO NOTHING"));
    ins.addBindValue(size);
    ins.addBindValue(s.timeMs);
    ins.addBindValue(s.note);
    if (!ins.exec())
        return store::sqlError(QStringLiteral("storing checkpoint %1").arg(size), ins.lastError());
    lastCheckpointMs = s.timeMs;
    return s;
}

void Ledger::Private::run()
{
    // The connection was opened on the opening thread; QtSql permits using it here as
    // long as no other thread touches it from now on.
    std::unique_lock lk(mutex);
    for (;;) {
        const qint64 interval = options.checkpointIntervalMs;
        const bool checkpointPending = committedSize.load() > lastCheckpointSize;
        // Numbers are reserved further only while the writer is at most a block behind the
        // appenders (see below).
        const bool needReserve = !pg && nextSeq + options.reserveBlock / 2 > reservedUntil
            && nextSeq - processed <= options.reserveBlock;
        // Slots still being filled (SQLite) are waited for, also when stopping: their
        // appender wakes us once the first of them is ready.
        if (!readyFront() && !(stop && queue.empty()) && !checkpointRequested && !needReserve) {
            writerIdle = true; // appenders wake us (only then: see append())
            if (pg && interval > 0) {
                // Other edges append too: the signer looks at the head every interval,
                // and the others try to take over the signer lock as often.
                wakeWriter.wait_for(lk, std::chrono::milliseconds(interval));
            } else if (checkpointPending && interval > 0) {
                const qint64 wait
                    = std::clamp<qint64>(lastCheckpointMs + interval - clock->nowMs(), 1, interval);
                wakeWriter.wait_for(lk, std::chrono::milliseconds(wait));
            } else {
                wakeWriter.wait(lk);
            }
            writerIdle = false;
        }
        // SQLite: let a small group grow for a moment before committing it. Serving does not
        // wait for the commit, and one commit (an fsync) per few receipts cost more than the
        // receipts (CPU and wake-ups on both sides); flush(), checkpointNow(), a starving
        // reservation, a full batch and stopping cut the wait short.
        if (!pg && options.groupCommitWaitUs > 0 && readyFront()) {
            const auto until
                = std::chrono::steady_clock::now() + std::chrono::microseconds(options.groupCommitWaitUs);
            wakeWriter.wait_until(lk, until, [&] {
                return stop || failure.has_value() || checkpointRequested || flushWaiters > 0
                    || nextSeq >= reservedUntil || qint64(queue.size()) >= options.maxBatch;
            });
        }
        if (failure) {
            // Fail everything queued after the failure (slots still being filled: once ready).
            std::deque<Pending> dropped;
            while (readyFront()) {
                dropped.push_back(std::move(queue.front()));
                queue.pop_front();
            }
            processed = nextSeq;
            lk.unlock();
            for (Pending &p : dropped) {
                if (p.callback)
                    p.callback(*failure);
            }
            progress.notify_all();
            lk.lock();
            if (stop && queue.empty())
                return;
            writerIdle = true;
            wakeWriter.wait(lk, [&] { return (stop && queue.empty()) || readyFront(); });
            writerIdle = false;
            continue;
        }
        std::deque<Pending> batch;
        while (readyFront() && qint64(batch.size()) < options.maxBatch) {
            batch.push_back(std::move(queue.front()));
            queue.pop_front();
        }
        const qint64 handedOut = nextSeq;
        qint64 newReserved = -1;
        // Reserve the next block only while the queue is at most a block behind: appends
        // that outrun the disk for that long then wait for the writer (memory stays bounded
        // when the disk stalls, and a crash voids at most about two and a half blocks). At
        // the default 65536 numbers per block that is seconds of traffic, never a normal
        // response.
        if (!pg && handedOut + options.reserveBlock / 2 > reservedUntil
            && handedOut - processed <= options.reserveBlock)
            newReserved = reservedUntil + options.reserveBlock;
        const bool forced = checkpointRequested;
        const bool stopping = stop && queue.empty();
        lk.unlock();

        Status st;
        bool signedNow = false;
        std::optional<Error> forcedFailure;
        if (pg) {
            if (!batch.empty())
                st = writeBatchPg(batch);
            if (st.ok() && !batch.empty())
                committedSize.store(batch.back().receipt.seq + 1);
            const qint64 now = clock->nowMs();
            const bool due = interval > 0 && now - lastSignAttemptMs >= interval;
            if (st.ok() && (forced || due || stopping)) {
                // Signing trouble (another edge signs, a failed query) never stops appends.
                lastSignAttemptMs = now;
                auto cp = signCheckpointPg();
                if (cp.ok())
                    signedNow = cp->checkpoint.size > lastCheckpointSize;
                else if (cp.errorCode() != QLatin1String("notsigner"))
                    qCWarning(lcLedger).noquote() << "receipt log checkpoint:" << cp.errorString();
                if (cp.ok())
                    lastCheckpointSize = std::max(lastCheckpointSize, cp->checkpoint.size);
                if (!cp.ok() && forced)
                    forcedFailure = cp.error();
            }
        } else if (!batch.empty() || newReserved >= 0) {
            st = writeBatch(batch, newReserved);
        }
        if (!pg && st.ok() && !batch.empty())
            committedSize.store(batch.back().receipt.seq + 1);
        if (!pg && st.ok()) {
            const qint64 now = clock->nowMs();
            // (An empty log gets no checkpoint: a reservation-only commit at start-up, before
            // the first receipt, must not take the "first commit is checkpointed at once" turn.)
            const bool due = committedSize.load() > lastCheckpointSize && committedSize.load() > 0
                && (lastCheckpointSize < 0 || (interval > 0 && now - lastCheckpointMs >= interval));
            if (forced || due || (stopping && committedSize.load() > lastCheckpointSize)) {
                auto cp = signCheckpoint();
                if (!cp.ok())
                    st = cp.error();
                else
                    signedNow = true;
            }
        }
        if (!st.ok())
            qCCritical(lcLedger).noquote() << "receipt log writer stopped:" << st.errorString();

        // Acknowledge after COMMIT.
        for (Pending &p : batch) {
            if (!p.callback)
                continue;
            if (st.ok())
                p.callback(Appended { p.receipt.seq, p.leafHash });
            else
                p.callback(writerStopped(st.errorString()));
        }
        lk.lock();
        if (!st.ok() && !failure)
            failure = writerStopped(st.errorString());
        forcedError = forcedFailure;
        if (st.ok()) {
            if (newReserved >= 0)
                reservedUntil = newReserved;
            if (!batch.empty())
                processed = pg ? processed + qint64(batch.size()) : batch.back().receipt.seq + 1;
            if (forced) {
                checkpointRequested = false;
                ++checkpointsDone;
            }
        } else {
            if (!batch.empty())
                processed = pg ? processed + qint64(batch.size()) : batch.back().receipt.seq + 1;
            if (forced) {
                checkpointRequested = false;
                ++checkpointsDone;
            }
        }
        progress.notify_all();
        if (st.ok() && (!batch.empty() || signedNow)) {
            const qint64 size = committedSize.load();
            lk.unlock();
            // Signals are emitted without the lock (receivers may call back into us).
            if (!batch.empty())
                Q_EMIT q->committed(size);
            if (signedNow)
                Q_EMIT q->checkpointPublished(size);
            lk.lock();
        }
        if (stop && queue.empty())
            break;
    }
    const bool clean = !failure.has_value();
    const qint64 used = nextSeq;
    lk.unlock();
    if (clean && !pg) {
        // A clean stop gives back the unused numbers, so the next open writes no voids.
        std::deque<Pending> none;
        if (auto st = writeBatch(none, used); !st.ok())
            qCWarning(lcLedger).noquote()
                << "could not release reserved sequence numbers:" << st.errorString();
    }
    finalizeRaw();
    wdb.close();
    const QString name = wdb.connectionName();
    wdb = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<Appended> Ledger::append(Receipt receipt, DurableCallback onDurable)
{
    if (d->options.readOnly)
        return fail(QStringLiteral("the receipt log is open read-only"), QStringLiteral("readonly"));
    std::unique_lock lk(d->mutex, std::defer_lock);
    if (d->pg) {
        lk.lock();
        if (d->failure)
            return *d->failure;
        if (d->stop)
            return writerStopped(QStringLiteral("it is closing"));
        // The number comes from the log head at COMMIT; check the rest now.
        receipt.seq = 0;
        if (receipt.timeMs == 0)
            receipt.timeMs = d->clock->nowMs();
        SG_TRY(receipt.validate());
        // The leaf is built at COMMIT; build it here only when it might be too large
        // (JSON escaping writes at most 6 bytes per UTF-16 unit, the rest is < 400).
        qsizetype bound = 400;
        for (const QString *f : { &receipt.kind, &receipt.edge, &receipt.buyer, &receipt.creator,
                                  &receipt.manifest, &receipt.shard, &receipt.licenseHash, &receipt.tx,
                                  &receipt.range, &receipt.jti, &receipt.job })
            bound += 6 * f->size();
        if (bound > 0xfff0 && receipt.leaf().size() > 0xfff0)
            return fail(QStringLiteral("receipt is too large; entries are limited to 65535 bytes"),
                        QStringLiteral("format"));
        ++d->nextSeq; // counts queued receipts (flush() waits for them)
        const bool wake = d->queue.empty();
        d->queue.push_back(Pending { std::move(receipt), QByteArray(), std::move(onDurable) });
        lk.unlock();
        if (wake)
            d->wakeWriter.notify_one();
        return Appended { -1, QByteArray() };
    }

    // Everything but the number is checked and written outside the mutex, so worker
    // threads do not queue behind each other's JCS and SHA-256: under it, append() only
    // takes the next number and a slot in the queue; the slot is filled afterwards and
    // the writer commits slots strictly in order, only once they are ready.
    receipt.seq = 0;
    if (receipt.timeMs == 0)
        receipt.timeMs = d->clock->nowMs();
    SG_TRY(receipt.validate());
    qsizetype seqAt = 0;
    QByteArray leaf = leafWithoutSeq(receipt, &seqAt);
    const auto tooLarge = [](qsizetype size) {
        return fail(QStringLiteral("receipt is %1 bytes; entries are limited to 65535 bytes").arg(size),
                    QStringLiteral("format"));
    };
    if (leaf.size() + 1 > 0xffff)
        return tooLarge(leaf.size() + 1);
    char digits[24];
    Pending *slot = nullptr;
    {
        lk.lock();
        if (d->failure)
            return *d->failure;
        if (d->stop)
            return writerStopped(QStringLiteral("it is closing"));
        // Wait for a durable reservation (rare: only when appends outrun the writer by
        // half a block).
        if (d->nextSeq >= d->reservedUntil) {
            d->wakeWriter.notify_one();
            d->progress.wait(lk, [&] { return d->nextSeq < d->reservedUntil || d->failure.has_value(); });
            if (d->failure)
                return *d->failure;
        }
        const qsizetype seqDigits = std::to_chars(digits, digits + sizeof digits, d->nextSeq).ptr - digits;
        if (leaf.size() + seqDigits > 0xffff)
            return tooLarge(leaf.size() + seqDigits);
        receipt.seq = d->nextSeq++;
        d->queue.emplace_back();
        slot = &d->queue.back();
        slot->ready = false;
        lk.unlock();
    }
    // (A deque keeps its elements in place while others are pushed and popped, and the
    // writer does not touch a slot before it is ready.)
    const qsizetype seqDigits = std::to_chars(digits, digits + sizeof digits, receipt.seq).ptr - digits;
    leaf.insert(seqAt, QByteArrayView(digits, seqDigits));
    Appended a { receipt.seq, leafHash(leaf) };
    slot->receipt = std::move(receipt);
    slot->leafHash = a.leafHash;
    slot->callback = std::move(onDurable);
    lk.lock();
    slot->ready = true;
    // Only a writer waiting for work is woken (and only by the first ready slot): one
    // that lets a group grow wakes by itself.
    const bool wake = d->writerIdle && &d->queue.front() == slot;
    lk.unlock();
    if (wake)
        d->wakeWriter.notify_one();
    return a;
}

Status Ledger::flush()
{
    if (d->options.readOnly)
        return {};
    std::unique_lock lk(d->mutex);
    const qint64 target = d->nextSeq;
    ++d->flushWaiters;
    d->wakeWriter.notify_one();
    d->progress.wait(lk, [&] { return d->processed >= target || d->failure.has_value(); });
    --d->flushWaiters;
    if (d->failure)
        return *d->failure;
    return {};
}

Result<SignedCheckpoint> Ledger::checkpointNow()
{
    if (d->options.readOnly)
        return fail(QStringLiteral("the receipt log is open read-only"), QStringLiteral("readonly"));
    SG_TRY(flush());
    {
        std::unique_lock lk(d->mutex);
        const quint64 done = d->checkpointsDone;
        d->checkpointRequested = true;
        d->wakeWriter.notify_one();
        d->progress.wait(lk, [&] { return d->checkpointsDone > done || d->failure.has_value(); });
        if (d->failure)
            return *d->failure;
        if (d->forcedError)
            return *d->forcedError;
    }
    return latestCheckpoint();
}

void Ledger::requestCheckpoint(qint64 needed)
{
    if (d->options.readOnly || !isSigner() || needed < 0 || needed >= size())
        return;
    std::lock_guard lk(d->mutex);
    if (d->checkpointRequested || d->stop || d->failure
        || d->clock->nowMs() - d->lastCheckpointMs < kMinCheckpointGapMs)
        return;
    d->checkpointRequested = true;
    d->wakeWriter.notify_one();
}

bool Ledger::sequencedAtCommit() const
{
    return d->pg;
}

bool Ledger::isSigner() const
{
    return d->pg ? d->signerHeld.load() : !d->options.readOnly;
}

Status Ledger::writerStatus() const
{
    std::lock_guard lk(d->mutex);
    if (d->failure)
        return *d->failure;
    return {};
}

QString Ledger::origin() const
{
    return d->verifier.name();
}

NoteVerifier Ledger::verifier() const
{
    return d->verifier;
}

qint64 Ledger::size() const
{
    if (d->options.readOnly || d->pg) {
        auto r = d->reader();
        if (r.ok()) {
            auto n = (*r)->size();
            if (n.ok())
                return *n;
        }
    }
    return d->committedSize.load();
}

Result<SignedCheckpoint> Ledger::latestCheckpoint() const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    auto list = (*r)->checkpoints(0, d->verifier, true);
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return fail(QStringLiteral("the receipt log has no checkpoint yet"), QStringLiteral("notfound"));
    return list->first();
}

Result<QList<SignedCheckpoint>> Ledger::checkpoints(qint64 sinceSize) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    return (*r)->checkpoints(sinceSize, d->verifier, false);
}

namespace {
Error beyond(qint64 asked, qint64 size)
{
    return fail(QStringLiteral("tree size %1 is beyond the log's %2 entries").arg(asked).arg(size),
                QStringLiteral("range"));
}
} // namespace

Result<QByteArray> Ledger::rootAt(qint64 treeSize) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (treeSize > size())
        return beyond(treeSize, size());
    return treeHash(treeSize, **r);
}

Result<Receipt> Ledger::receipt(qint64 seq) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (seq < 0 || seq >= size())
        return fail(QStringLiteral("no receipt %1 (the log has %2)").arg(seq).arg(size()),
                    QStringLiteral("notfound"));
    auto list = (*r)->receipts(seq, 1);
    if (!list.ok())
        return list.error();
    return list->first();
}

Result<QList<QByteArray>> Ledger::leaves(qint64 first, qint64 count) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (first < 0 || count < 0 || first + count > size())
        return beyond(first + count, size());
    return (*r)->leaves(first, count);
}

Status Ledger::scanLeaves(qint64 first, qint64 count, qint64 batchSize,
                          const std::function<Status(LeafBatch &)> &sink) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (first < 0 || count < 0 || first + count > size())
        return beyond(first + count, size());
    return (*r)->scanLeaves(first, count, std::max<qint64>(1, batchSize), sink);
}

Result<QList<QByteArray>> Ledger::inclusionProof(qint64 index, qint64 treeSize) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (treeSize > size())
        return beyond(treeSize, size());
    return ledger::inclusionProof(index, treeSize, **r);
}

Result<QList<QByteArray>> Ledger::consistencyProof(qint64 oldSize, qint64 newSize) const
{
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (newSize > size())
        return beyond(newSize, size());
    return ledger::consistencyProof(oldSize, newSize, **r);
}

Result<ReceiptBundle> Ledger::bundle(qint64 seq) const
{
    auto cp = latestCheckpoint();
    if (!cp.ok())
        return cp.error();
    if (seq < 0 || seq >= cp->checkpoint.size)
        return fail(
            QStringLiteral("receipt %1 is not covered by the latest checkpoint (size %2); retry in a second")
                .arg(seq)
                .arg(cp->checkpoint.size),
            QStringLiteral("notfound"));
    auto rc = receipt(seq);
    if (!rc.ok())
        return rc.error();
    auto proof = inclusionProof(seq, cp->checkpoint.size);
    if (!proof.ok())
        return proof.error();
    ReceiptBundle b;
    b.receipt = *rc;
    b.treeSize = cp->checkpoint.size;
    b.inclusionProof = *proof;
    b.checkpointNote = cp->note;
    return b;
}

Result<QByteArray> Ledger::tile(QStringView path) const
{
    auto ref = TileRef::parse(path);
    if (!ref.ok())
        return ref.error();
    auto cp = latestCheckpoint();
    const qint64 treeSize = cp.ok() ? cp->checkpoint.size : 0;
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    if (ref->entries) {
        return entryBundleBytes(*ref, treeSize,
                                [this](qint64 first, qint64 count) { return leaves(first, count); });
    }
    return hashTileBytes(*ref, treeSize, **r);
}

Result<QJsonObject> Ledger::inclusionProofJson(qint64 index, qint64 treeSize) const
{
    auto proof = inclusionProof(index, treeSize);
    if (!proof.ok())
        return proof.error();
    auto r = d->reader();
    if (!r.ok())
        return r.error();
    auto leaf = (*r)->readHashes({ storedHashIndex(0, index) });
    if (!leaf.ok())
        return leaf.error();
    QJsonArray list;
    for (const QByteArray &h : std::as_const(*proof))
        list.append(QString::fromLatin1(crypto::base64Encode(h)));
    QJsonObject o;
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("size"), treeSize);
    o.insert(QStringLiteral("leafHash"), QString::fromLatin1(crypto::base64Encode(leaf->first())));
    o.insert(QStringLiteral("proof"), list);
    return o;
}

Result<QJsonObject> Ledger::consistencyProofJson(qint64 oldSize, qint64 newSize) const
{
    auto proof = consistencyProof(oldSize, newSize);
    if (!proof.ok())
        return proof.error();
    QJsonArray list;
    for (const QByteArray &h : std::as_const(*proof))
        list.append(QString::fromLatin1(crypto::base64Encode(h)));
    QJsonObject o;
    o.insert(QStringLiteral("old"), oldSize);
    o.insert(QStringLiteral("new"), newSize);
    o.insert(QStringLiteral("proof"), list);
    return o;
}

} // namespace sg::ledger
