// The market store under bad conditions: migrations, a newer or foreign schema, a file that
// is locked, read-only or corrupt. In every case: a clear error code, nothing lost, and the
// file never re-created or overwritten.

#include "common/clock.h"
#include "crypto/sha256.h"
#include "market/market.h"
#include "storefixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace sg;
using namespace sg::market;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A raw connection that is not the market's (another process, as far as SQLite cares).
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("raw exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }

private:
    QString m_name;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshStoreIsMigrated();
    void newerSchemaIsRefused();
    void foreignDatabaseIsRefused();
    void corruptFile_data();
    void corruptFile();
    void damagedPagesAreReportedNotRepaired();
    void lockedDatabase();
    void readOnlyOpen();
    void readOnlyFilePermissions();
    void badPaths();
    void connectionPerThread();
    void statementsAreCachedPerConnection();
    void lostPreparedStatementsArePreparedAgain();
    void migratesVersion1Store();

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString newHome() { return m_tmp.filePath(QStringLiteral("home%1").arg(++m_n)); }
};

void TestDatabase::initTestCase()
{
    SG_STORE_INIT();
    qInfo("store backend: %s", ::sg::test::storeBackendName());
}

void TestDatabase::freshStoreIsMigrated()
{
    const QString home = newHome();
    {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        auto v = (*m)->database().schemaVersion();
        QVERIFY(v.ok());
        QCOMPARE(*v, Database::kSchemaVersion);
        QVERIFY((*m)->accounts().create(QStringLiteral("b1"), 5).ok());
    }
    // Reopening migrates nothing and keeps the data; WAL is on.
    auto m = Market::open(test::marketOptions(home));
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE((*m)->accounts().get(QStringLiteral("b1"))->credits, 5);
    auto conn = (*m)->database().connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
    if (::sg::test::storeOnPostgres()) {
        QCOMPARE((*m)->database().dialect(), Database::Dialect::Postgres);
        return;
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase::newerSchemaIsRefused()
{
    SG_SQLITE_ONLY("edits the file directly");
    const QString home = newHome();
    QVERIFY(Market::open(test::marketOptions(home)).ok());
    const QString path = Paths(home).marketDb();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
    }
    const QByteArray before = fileBytes(path);
    auto m = Market::open(test::marketOptions(home));
    QVERIFY(!m.ok());
    QCOMPARE(m.errorCode(), QStringLiteral("db_version"));
    QVERIFY2(m.errorString().contains(QLatin1String("99")), qPrintable(m.errorString()));
    QCOMPARE(fileBytes(path), before);
}

void TestDatabase::foreignDatabaseIsRefused()
{
    SG_SQLITE_ONLY("a foreign SQLite file");
    const QString home = newHome();
    QVERIFY(QDir().mkpath(home));
    const QString path = Paths(home).marketDb();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO photos (name) VALUES ('holiday')")));
    }
    const QByteArray before = fileBytes(path);
    auto m = Market::open(test::marketOptions(home));
    QVERIFY(!m.ok());
    QCOMPARE(m.errorCode(), QStringLiteral("db_foreign"));
    QVERIFY2(m.errorString().contains(QLatin1String("photos")), qPrintable(m.errorString()));
    QCOMPARE(fileBytes(path), before);
}

void TestDatabase::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 2654435761u) >> 13);
    QTest::newRow("random bytes") << garbage;
    QTest::newRow("text file") << QByteArray("this is not a database, it is a shopping list\nmilk\neggs\n");
    // A SQLite header magic followed by nonsense.
    QByteArray fakeHeader("SQLite format 3\0", 16);
    fakeHeader += QByteArray(4080, '\xff');
    QTest::newRow("header then garbage") << fakeHeader;
}

void TestDatabase::corruptFile()
{
    SG_SQLITE_ONLY("garbage files");
    QFETCH(QByteArray, content);
    const QString home = newHome();
    QVERIFY(QDir().mkpath(home));
    const QString path = Paths(home).marketDb();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY(!m.ok());
        QCOMPARE(m.errorCode(), QStringLiteral("db_corrupt"));
        QVERIFY2(m.errorString().contains(path) && m.errorString().contains(QLatin1String("untouched")),
                 qPrintable(m.errorString()));
        // Not re-created, not overwritten, not "repaired".
        QCOMPARE(fileBytes(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
}

void TestDatabase::damagedPagesAreReportedNotRepaired()
{
    SG_SQLITE_ONLY("damaged pages");
    const QString home = newHome();
    {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY(m.ok());
        for (int i = 0; i < 300; ++i)
            QVERIFY((*m)->accounts().create(QStringLiteral("buyer-%1").arg(i), i).ok());
    }
    const QString path = Paths(home).marketDb();
    {
        // Checkpoint the WAL into the main file so the damage below hits real data.
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 16 * 4096);
    // Keep page 1 (header + schema), smash everything after it.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto m = Market::open(test::marketOptions(home));
    if (m.ok()) {
        auto list = (*m)->accounts().list();
        QVERIFY(!list.ok());
        QCOMPARE(list.errorCode(), QStringLiteral("db_corrupt"));
        auto create = (*m)->accounts().create(QStringLiteral("new-buyer"), 1);
        QVERIFY(!create.ok());
    } else {
        QCOMPARE(m.errorCode(), QStringLiteral("db_corrupt"));
    }
    m = Result<std::unique_ptr<Market>>(Error());
    QCOMPARE(fileBytes(path).left(4096), bytes.left(4096));
    QCOMPARE(fileBytes(path).size(), bytes.size());
}

void TestDatabase::lockedDatabase()
{
    SG_SQLITE_ONLY("file lock");
    const QString home = newHome();
    MarketOptions opts { home };
    opts.busyTimeoutMs = 150;
    auto m = Market::open(opts);
    QVERIFY(m.ok());
    QVERIFY((*m)->accounts().create(QStringLiteral("b1"), 1000).ok());

    RawConnection other(Paths(home).marketDb());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("UPDATE accounts SET credits = credits + 1 WHERE id = 'b1'")));

    // Writers wait out the busy timeout, then get a clear error; nothing half-done.
    auto topUp = (*m)->accounts().topUp(QStringLiteral("b1"), 500);
    QVERIFY(!topUp.ok());
    QCOMPARE(topUp.errorCode(), QStringLiteral("db_locked"));
    QVERIFY2(topUp.errorString().contains(QLatin1String("locked"))
                 && topUp.errorString().contains(QLatin1String("150 ms")),
             qPrintable(topUp.errorString()));
    auto create = (*m)->accounts().create(QStringLiteral("b2"), 1);
    QCOMPARE(create.errorCode(), QStringLiteral("db_locked"));
    // Readers still see the last committed state (WAL).
    QCOMPARE((*m)->accounts().get(QStringLiteral("b1"))->credits, 1000);

    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    // The other writer's change is kept, the failed top-up never happened, retry works.
    QCOMPARE((*m)->accounts().get(QStringLiteral("b1"))->credits, 1001);
    auto retry = (*m)->accounts().topUp(QStringLiteral("b1"), 500);
    QVERIFY2(retry.ok(), qPrintable(retry.errorString()));
    QCOMPARE(retry->credits, 1501);
    QVERIFY(!(*m)->accounts().get(QStringLiteral("b2")).ok());
}

void TestDatabase::readOnlyOpen()
{
    SG_SQLITE_ONLY("read-only file");
    // Tests run as root in CI, where file permissions do not stop writes; the store is
    // opened with SQLITE_OPEN_READONLY instead (QSQLITE_OPEN_READONLY), which SQLite
    // enforces for every user.
    const QString home = newHome();
    {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY(m.ok());
        QVERIFY((*m)->accounts().create(QStringLiteral("b1"), 1000).ok());
    }
    const QString path = Paths(home).marketDb();
    MarketOptions opts { home };
    opts.readOnly = true;
    auto m = Market::open(opts);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE((*m)->accounts().get(QStringLiteral("b1"))->credits, 1000);
    auto topUp = (*m)->accounts().topUp(QStringLiteral("b1"), 5);
    QVERIFY(!topUp.ok());
    QCOMPARE(topUp.errorCode(), QStringLiteral("db_readonly"));
    QVERIFY2(topUp.errorString().contains(QLatin1String("read-only")), qPrintable(topUp.errorString()));
    auto create = (*m)->accounts().create(QStringLiteral("b2"), 1);
    QCOMPARE(create.errorCode(), QStringLiteral("db_readonly"));
    QCOMPARE((*m)->accounts().get(QStringLiteral("b1"))->credits, 1000);

    // Read-only never creates a store.
    MarketOptions missing { newHome() };
    missing.readOnly = true;
    QVERIFY(QDir().mkpath(missing.home));
    auto none = Market::open(missing);
    QVERIFY(!none.ok());
    QVERIFY(!QFile::exists(Paths(missing.home).marketDb()));
}

void TestDatabase::readOnlyFilePermissions()
{
    SG_SQLITE_ONLY("file permissions");
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from writing (readOnlyOpen covers the "
              "read-only case through SQLITE_OPEN_READONLY)");
    const QString home = newHome();
    {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY(m.ok());
        QVERIFY((*m)->accounts().create(QStringLiteral("b1"), 1000).ok());
    }
    const QString path = Paths(home).marketDb();
    QFile::setPermissions(path, QFile::ReadOwner);
    QFile::setPermissions(home, QFile::ReadOwner | QFile::ExeOwner);
    auto m = Market::open(test::marketOptions(home));
    if (m.ok()) {
        auto topUp = (*m)->accounts().topUp(QStringLiteral("b1"), 5);
        QCOMPARE(topUp.errorCode(), QStringLiteral("db_readonly"));
    } else {
        QVERIFY2(m.errorCode() == QLatin1String("db_readonly") || m.errorCode() == QLatin1String("db_open"),
                 qPrintable(m.errorString()));
    }
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::badPaths()
{
    SG_SQLITE_ONLY("file paths");
    const QString home = newHome();
    QVERIFY(QDir().mkpath(Paths(home).marketDb())); // a folder where the file should be
    auto m = Market::open(test::marketOptions(home));
    QVERIFY(!m.ok());
    QVERIFY2(m.errorString().contains(QLatin1String("not a regular file")), qPrintable(m.errorString()));

    DbOptions noFolder;
    noFolder.sqlitePath = m_tmp.filePath(QStringLiteral("missing/folder/market.sqlite"));
    auto db = Database::open(noFolder);
    QVERIFY(!db.ok());
    QVERIFY(!QFile::exists(noFolder.sqlitePath));

    DbOptions pg;
    pg.url = QStringLiteral("postgresql://user:secret@/shardgate?host=/run/postgresql");
    auto p = Database::open(pg);
    QVERIFY(!p.ok());
    QVERIFY2(!p.errorString().contains(QLatin1String("secret")), qPrintable(p.errorString()));
}

void TestDatabase::connectionPerThread()
{
    // Closing a connection closes its cached statements first (Qt warns about a query left
    // on a removed connection, and QPSQL would deallocate on a closed link).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|Unable to free statement")));
    auto m = Market::open(test::marketOptions(newHome()));
    QVERIFY(m.ok());
    Database &db = (*m)->database();
    const QString mainName = db.connection()->connectionName();
    QString workerName;
    bool workerOk = false;
    QThread *t = QThread::create([&] {
        auto c = db.connection();
        workerOk = c.ok() && (*m)->accounts().create(QStringLiteral("from-thread"), 7).ok();
        workerName = c.ok() ? c->connectionName() : QString();
    });
    t->start();
    QVERIFY(t->wait(30000));
    delete t;
    QVERIFY(workerOk);
    QVERIFY(workerName != mainName);
    // The worker's connection is closed when its thread ends: by the thread's thread_local
    // destructors, which run after QThread::wait() may already have returned.
    QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::connectionNames().contains(workerName), 10000);
    QVERIFY(QSqlDatabase::connectionNames().contains(mainName));
    QCOMPARE((*m)->accounts().get(QStringLiteral("from-thread"))->credits, 7);
}

void TestDatabase::statementsAreCachedPerConnection()
{
    // Database::exec keeps each connection's prepared statements: a charge prepares its
    // statements once and later charges none; a statement first prepared in a transaction
    // that rolled back still runs (PostgreSQL keeps a PREPARE through a ROLLBACK); a SELECT
    // read only in part leaves no read snapshot behind on its connection.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|Unable to free statement")));
    const QString home = newHome();
    auto m = Market::open(test::marketOptions(home));
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    const Database &db = (*m)->database();
    Accounts &accounts = (*m)->accounts();
    QVERIFY(accounts.create(QStringLiteral("cache-a"), 25).ok());
    QVERIFY(accounts.create(QStringLiteral("cache-b"), 1).ok());
    auto charge = [&](int shard) {
        ChargeRequest r;
        r.buyer = QStringLiteral("cache-a");
        r.job = QStringLiteral("job-cache");
        r.shard = QStringLiteral("shard-%1").arg(shard);
        r.manifest = QStringLiteral("manifest-cache");
        r.creator = QStringLiteral("creator-cache");
        r.amount = 10;
        r.currency = QStringLiteral("USD");
        return accounts.charge(r);
    };
    auto first = charge(1);
    QVERIFY2(first.ok() && first->charged, qPrintable(first.errorString()));
    const quint64 afterFirst = db.statementsPrepared();
    QVERIFY(afterFirst > 0);
    auto second = charge(2);
    QVERIFY2(second.ok() && second->charged, qPrintable(second.errorString()));
    QCOMPARE(db.statementsPrepared(), afterFirst); // every statement came from the cache

    // 5 left: the third charge fails inside its transaction, which rolls back ...
    auto refused = charge(3);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorCode(), AccountErrors::kInsufficient);
    QCOMPARE(db.statementsPrepared(), afterFirst);
    QVERIFY(accounts.topUp(QStringLiteral("cache-a"), 100).ok());
    const quint64 afterTopUp = db.statementsPrepared();
    // ... and the same statements, still cached, charge after the top-up.
    auto third = charge(3);
    QVERIFY2(third.ok() && third->charged, qPrintable(third.errorString()));
    QCOMPARE(third->credits, 25 - 10 - 10 + 100 - 10);
    QCOMPARE(db.statementsPrepared(), afterTopUp);

    // A SELECT read only in part, then dropped: its statement goes back to the cache reset,
    // so this connection's next read sees what another connection committed meanwhile
    // (SQLite would otherwise keep the read snapshot of the unfinished statement).
    {
        auto conn = db.connection();
        QVERIFY(conn.ok());
        auto q = db.exec(*conn, QStringLiteral("SELECT id FROM accounts WHERE id LIKE ? ORDER BY id"),
                         { QStringLiteral("cache-%") });
        QVERIFY2(q.ok(), qPrintable(q.errorString()));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("cache-a"));
    }
    QCOMPARE(accounts.get(QStringLiteral("cache-b"))->credits, 1);
    {
        auto other = Market::open(test::marketOptions(home)); // another process, as it were
        QVERIFY2(other.ok(), qPrintable(other.errorString()));
        QVERIFY((*other)->accounts().topUp(QStringLiteral("cache-b"), 41).ok());
    }
    QCOMPARE(accounts.get(QStringLiteral("cache-b"))->credits, 42);
    auto conn = db.connection();
    QVERIFY(conn.ok());
    auto again = db.exec(*conn, QStringLiteral("SELECT id FROM accounts WHERE id LIKE ? ORDER BY id"),
                         { QStringLiteral("cache-%") });
    QVERIFY(again.ok());
    QStringList ids;
    while (again->next())
        ids << again->value(0).toString();
    QCOMPARE(ids, QStringList({ QStringLiteral("cache-a"), QStringLiteral("cache-b") }));
}

void TestDatabase::lostPreparedStatementsArePreparedAgain()
{
    // PostgreSQL: when the server forgets the connection's prepared statements (DEALLOCATE
    // ALL by an administrator, DISCARD ALL by a pooler's reset), the one statement that
    // finds its statement gone fails and every cached one is prepared afresh, instead of
    // each failing once in turn.
    if (!::sg::test::storeOnPostgres())
        QSKIP("server-side prepared statements are PostgreSQL's");
    auto m = Market::open(test::marketOptions(newHome()));
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    const Database &db = (*m)->database();
    Accounts &accounts = (*m)->accounts();
    QVERIFY(accounts.create(QStringLiteral("lost-a"), 1000).ok());
    int shard = 0;
    auto charge = [&] {
        ChargeRequest r;
        r.buyer = QStringLiteral("lost-a");
        r.job = QStringLiteral("job-lost");
        r.shard = QStringLiteral("shard-%1").arg(++shard);
        r.manifest = QStringLiteral("manifest-lost");
        r.creator = QStringLiteral("creator-lost");
        r.amount = 10;
        r.currency = QStringLiteral("USD");
        return accounts.charge(r);
    };
    QVERIFY(charge().ok());
    QVERIFY(charge().ok()); // every statement of a charge is cached now
    {
        auto conn = db.connection();
        QVERIFY(conn.ok());
        QSqlQuery raw(*conn);
        QVERIFY2(raw.exec(QStringLiteral("DEALLOCATE ALL")), qPrintable(raw.lastError().text()));
    }
    // At most the first charge meets a lost statement; the next ones prepare again.
    int failures = 0;
    auto c = charge();
    if (!c.ok())
        ++failures;
    for (int i = 0; i < 3; ++i) {
        auto again = charge();
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
    }
    QVERIFY(failures <= 1);
    QCOMPARE(accounts.get(QStringLiteral("lost-a"))->credits, 1000 - 10 * (shard - failures));
}

void TestDatabase::migratesVersion1Store()
{
    // A store written by a build with schema version 1 (no token_keys) is brought to the
    // current version step by step on open, keeping its data.
    const QString home = newHome();
    {
        auto m = Market::open(test::marketOptions(home));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QVERIFY((*m)->accounts().create(QStringLiteral("old-buyer"), 9).ok());
        auto conn = (*m)->database().connection();
        QVERIFY(conn.ok());
        QSqlQuery q(*conn);
        for (const char *sql :
             { "DROP TABLE token_keys", "DELETE FROM meta WHERE key = 'token_keys_generation'",
               "DELETE FROM schema_version WHERE version > 1" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        QCOMPARE(*(*m)->database().schemaVersion(), 1);
    }
    auto m = Market::open(test::marketOptions(home));
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(*(*m)->database().schemaVersion(), Database::kSchemaVersion);
    QCOMPARE((*m)->accounts().get(QStringLiteral("old-buyer"))->credits, 9);
    // The new table works: the home's signing key is published into it.
    QVERIFY((*m)->keyring(true).ok());
    auto conn = (*m)->database().connection();
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM token_keys")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
