// Several edges on one PostgreSQL store (DESIGN §12): credits debited atomically across
// edges and processes (no double spend), revocations seen by every edge's gate within a
// second (LISTEN/NOTIFY), every edge's token signing key trusted and listed by every edge.
// Runs on the throwaway cluster (tests/support/pgcluster.h); skips without PostgreSQL,
// fails in CI.

#include "common/clock.h"
#include "common/money.h"
#include "edge/marketbinding.h"
#include "market/market.h"
#include "marketfixtures.h"
#include "pgcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace sg;
using namespace sg::market;

namespace {

const qint64 kPrice = 10000; // defaultLicense(): 0.01 USD per access

struct Edge
{
    std::unique_ptr<edge::MarketBinding> binding;
    edge::EdgeServices services;
    Market &market() { return binding->market(); }
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void urlParsing_data();
    void urlParsing();
    void openErrors();
    void readOnlyStore();
    void creditsAcrossProcesses();
    void creditsAcrossGates();
    void revocationReachesOtherGate_data();
    void revocationReachesOtherGate();
    void signingKeysShared();

private:
    Edge openEdge(const QString &name);
    QString apiKeyFor(const QString &buyer, qint64 credits);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_url;
    ManualClock m_clock;
    QString m_manifest;
    crypto::Ed25519PrivateKey m_creator = crypto::Ed25519PrivateKey::generate();
};

void TestSharedStore::initTestCase()
{
    SG_REQUIRE_PG();
}

void TestSharedStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto url = test::PgCluster::instance().createDatabase(QStringLiteral("shared"));
    QVERIFY2(url, qPrintable(url.errorString()));
    m_url = *url;
    m_manifest.clear();
}

void TestSharedStore::cleanup()
{
    m_tmp.reset();
}

Edge TestSharedStore::openEdge(const QString &name)
{
    Edge e;
    auto b = edge::MarketBinding::open({ m_tmp->filePath(name), m_url, &m_clock });
    if (!b)
        qFatal("cannot open edge %s: %s", qPrintable(name), qPrintable(b.errorString()));
    e.binding = std::move(*b);
    // services() starts listening on this (the test's event loop) thread, as serve does.
    e.services = e.binding->services(nullptr, nullptr);
    if (m_manifest.isEmpty()) {
        auto published = e.market().catalog().publish(test::signedManifestBytes({}, m_creator));
        if (!published)
            qFatal("publish: %s", qPrintable(published.errorString()));
        m_manifest = published->cid;
    }
    return e;
}

QString TestSharedStore::apiKeyFor(const QString &buyer, qint64 credits)
{
    MarketOptions o;
    o.home = m_tmp->filePath(QStringLiteral("admin"));
    o.dbUrl = m_url;
    o.clock = &m_clock;
    auto m = Market::open(o);
    if (!m)
        return {};
    auto a = (*m)->accounts().create(buyer, credits);
    return a ? a->apiKey : QString();
}

void TestSharedStore::urlParsing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("dbname");

    QTest::newRow("socket folder") << "postgresql://sg@/market?host=/run/postgresql" << true
                                   << "/run/postgresql" << -1 << "sg"
                                   << ""
                                   << "market";
    QTest::newRow("encoded socket host")
        << "postgresql://sg@%2Fvar%2Frun%2Fpostgresql:5433/m" << true << "/var/run/postgresql" << 5433 << "sg"
        << ""
        << "m";
    QTest::newRow("tcp with password")
        << "postgres://edge1:s%40cret@db.example:6432/shardgate" << true << "db.example" << 6432 << "edge1"
        << "s@cret"
        << "shardgate";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5432/d" << true << "::1" << 5432 << "u"
                          << ""
                          << "d";
    QTest::newRow("query overrides") << "postgresql:///x?host=/tmp/s&port=7&user=bob&dbname=y&sslmode=disable"
                                     << true << "/tmp/s" << 7 << "bob"
                                     << ""
                                     << "y";
    QTest::newRow("no database") << "postgresql://u@/?host=/tmp" << false << "" << 0 << ""
                                 << ""
                                 << "";
    QTest::newRow("bad port") << "postgresql://u@h:99999/d" << false << "" << 0 << ""
                              << ""
                              << "";
    QTest::newRow("port text") << "postgresql://u@/d?host=/tmp&port=abc" << false << "" << 0 << ""
                               << ""
                               << "";
    QTest::newRow("unknown parameter") << "postgresql://u@/d?hostaddr=1.2.3.4" << false << "" << 0 << ""
                                       << ""
                                       << "";
    QTest::newRow("option injection")
        << "postgresql://u@/d?application_name=x%20password=y" << false << "" << 0 << ""
        << ""
        << "";
    QTest::newRow("wrong scheme") << "mysql://u@h/d" << false << "" << 0 << ""
                                  << ""
                                  << "";
}

void TestSharedStore::urlParsing()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    auto s = Database::parsePostgresUrl(url);
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.errorCode(), QStringLiteral("db_open"));
        QVERIFY2(!s.errorString().contains(QLatin1String("s@cret")), qPrintable(s.errorString()));
        return;
    }
    QTEST(s->host, "host");
    QTEST(s->port, "port");
    QTEST(s->user, "user");
    QTEST(s->password, "password");
    QTEST(s->dbname, "dbname");
}

void TestSharedStore::openErrors()
{
    // No server behind the socket folder: a clear error, nothing created anywhere.
    MarketOptions o;
    o.home = m_tmp->filePath(QStringLiteral("nowhere"));
    o.dbUrl = QStringLiteral("postgresql://sg:hunter2@/market?host=%1&port=5999").arg(m_tmp->path());
    auto m = Market::open(o);
    QVERIFY(!m);
    QCOMPARE(m.errorCode(), QStringLiteral("db_open"));
    QVERIFY2(m.errorString().contains(QLatin1String("server running")), qPrintable(m.errorString()));
    QVERIFY2(!m.errorString().contains(QLatin1String("hunter2")), qPrintable(m.errorString()));

    o.dbUrl = QStringLiteral("mysql://x@y/z");
    m = Market::open(o);
    QVERIFY(!m);
    QVERIFY2(m.errorString().contains(QLatin1String("unknown store URL")), qPrintable(m.errorString()));

    // A database whose "market" schema belongs to something else is refused, not changed.
    QVERIFY(test::PgCluster::instance().psql(m_url,
                                             QStringLiteral("CREATE SCHEMA market; CREATE TABLE "
                                                            "market.accounts (x INT)")));
    o.dbUrl = m_url;
    m = Market::open(o);
    QVERIFY(!m);
    QCOMPARE(m.errorCode(), QStringLiteral("db_foreign"));
    auto still
        = test::PgCluster::instance().psql(m_url, QStringLiteral("SELECT COUNT(*) FROM market.accounts"));
    QVERIFY2(still, qPrintable(still.errorString()));
    QCOMPARE(*still, QStringLiteral("0"));
}

void TestSharedStore::readOnlyStore()
{
    MarketOptions o;
    o.home = m_tmp->filePath(QStringLiteral("rw"));
    o.dbUrl = m_url;
    o.clock = &m_clock;
    {
        auto m = Market::open(o);
        QVERIFY2(m, qPrintable(m.errorString()));
        QVERIFY((*m)->accounts().create(QStringLiteral("b"), 5).ok());
    }
    o.readOnly = true;
    auto m = Market::open(o);
    QVERIFY2(m, qPrintable(m.errorString()));
    QCOMPARE((*m)->accounts().get(QStringLiteral("b"))->credits, 5);
    auto w = (*m)->accounts().topUp(QStringLiteral("b"), 1);
    QVERIFY(!w);
    QCOMPARE(w.errorCode(), QStringLiteral("db_readonly"));
}

void TestSharedStore::creditsAcrossProcesses()
{
    // Credits for exactly N accesses; three edge processes charge 25 distinct shards each
    // at the same time: exactly N are billed, the other 75 - N are "out of credits".
    const int kN = 30, kProcesses = 3, kEach = 25;
    QVERIFY(!apiKeyFor(QStringLiteral("buyer"), kN * kPrice).isEmpty());
    QList<QProcess *> procs;
    for (int i = 0; i < kProcesses; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(SG_MARKET_CHARGE_HELPER),
                 { m_tmp->filePath(QStringLiteral("edge%1").arg(i)), m_url, QStringLiteral("buyer"),
                   QStringLiteral("p%1").arg(i), QString::number(kEach), QString::number(kPrice) });
        procs.append(p);
    }
    int charged = 0, insufficient = 0;
    for (QProcess *p : std::as_const(procs)) {
        QVERIFY(p->waitForFinished(120000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        QCOMPARE(p->exitCode(), 0);
        const QRegularExpression re(QStringLiteral("^charged=(\\d+) insufficient=(\\d+) other=(\\d+)$"));
        const auto m = re.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
        QVERIFY2(m.captured(3) == QLatin1String("0"),
                 qPrintable(QString::fromUtf8(p->readAllStandardError())));
        charged += m.captured(1).toInt();
        insufficient += m.captured(2).toInt();
    }
    qDeleteAll(procs);
    QCOMPARE(charged, kN);
    QCOMPARE(insufficient, kProcesses * kEach - kN);
    // What the store says, read with psql (not through our code).
    auto &pg = test::PgCluster::instance();
    QCOMPARE(*pg.psql(m_url, QStringLiteral("SELECT credits FROM market.accounts WHERE id = 'buyer'")),
             QStringLiteral("0"));
    QCOMPARE(*pg.psql(m_url, QStringLiteral("SELECT COUNT(*) FROM market.billed")), QString::number(kN));
    QCOMPARE(*pg.psql(m_url, QStringLiteral("SELECT SUM(amount) FROM market.payouts")),
             QString::number(kN * kPrice));
}

void TestSharedStore::creditsAcrossGates()
{
    // Two edges' gates, one buyer, one token: 8 threads charge distinct shards through both
    // gates; exactly N succeed, every other one is refused with "credits" (the edge's 402).
    const int kN = 20, kThreads = 8, kPerThread = 6;
    Edge a = openEdge(QStringLiteral("a"));
    Edge b = openEdge(QStringLiteral("b"));
    const QString key = apiKeyFor(QStringLiteral("hammer"), kN * kPrice);
    TokenRequest tr;
    tr.apiKey = key;
    tr.manifest = m_manifest;
    auto issued = (*a.market().tokens())->issue(tr);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    const qint64 now = m_clock.nowMs();
    const auto ga = a.services.gate->authorize(issued->token.toLatin1(), now);
    const auto gb = b.services.gate->authorize(issued->token.toLatin1(), now);
    QVERIFY2(ga.allowed && gb.allowed, qPrintable(ga.problem.detail + gb.problem.detail));

    std::atomic<int> ok { 0 }, credits { 0 }, other { 0 };
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        edge::AccessGate *gate = t % 2 ? b.services.gate.get() : a.services.gate.get();
        const edge::Grant grant = t % 2 ? gb.grant : ga.grant;
        threads.append(QThread::create([&, gate, grant, t] {
            for (int i = 0; i < kPerThread; ++i) {
                auto r = gate->charge(
                    grant, { edge::Delivery { QStringLiteral("s-%1-%2").arg(t).arg(i), 100 } }, nullptr);
                if (r && r->value(0) == kPrice)
                    ++ok;
                else if (!r && r.errorCode() == QLatin1String("credits"))
                    ++credits;
                else
                    ++other;
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(other.load(), 0);
    QCOMPARE(ok.load(), kN);
    QCOMPARE(credits.load(), kThreads * kPerThread - kN);
    QCOMPARE(b.market().accounts().get(QStringLiteral("hammer"))->credits, 0);
}

void TestSharedStore::revocationReachesOtherGate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("jti") << "jti";
    QTest::newRow("buyer") << "buyer";
    QTest::newRow("license") << "license";
    QTest::newRow("manifest") << "manifest";
}

void TestSharedStore::revocationReachesOtherGate()
{
    QFETCH(QString, kind);
    Edge a = openEdge(QStringLiteral("a"));
    Edge b = openEdge(QStringLiteral("b"));
    TokenRequest tr;
    tr.apiKey = apiKeyFor(QStringLiteral("reader"), 100 * kPrice);
    tr.manifest = m_manifest;
    auto issued = (*a.market().tokens())->issue(tr);
    QVERIFY2(issued, qPrintable(issued.errorString()));
    // The clock stands still: b's once-a-second poll cannot be what delivers the revocation.
    const qint64 now = m_clock.nowMs();
    const auto g = b.services.gate->authorize(issued->token.toLatin1(), now);
    QVERIFY(g.allowed);
    const QString shard = g.grant.shards.isEmpty() ? QStringLiteral("any") : g.grant.shards.first();
    QVERIFY(b.services.gate->permit(g.grant, shard, 10, now).allowed);

    auto op = a.market().operatorKey(true);
    QVERIFY(op);
    const QString value = kind == QLatin1String("jti") ? issued->claims.jti
        : kind == QLatin1String("buyer")               ? issued->claims.sub
        : kind == QLatin1String("license")             ? issued->claims.lic
                                                       : issued->claims.mf;
    auto r = Revocation::create(*parseKind(kind), value, QStringLiteral("test"), m_clock.nowSecs(), *op);
    QVERIFY(r);
    QElapsedTimer timer;
    timer.start();
    auto added = a.market().revocations().add(*r);
    QVERIFY2(added && added->added, qPrintable(added.errorString()));
    // Edge b refuses within a second (the NOTIFY arrives on this thread's event loop).
    QTRY_VERIFY_WITH_TIMEOUT(!b.services.gate->permit(g.grant, shard, 10, now).allowed, 1000);
    qInfo("edge b refused the %s-revoked token %lld ms after the revocation committed", qPrintable(kind),
          timer.elapsed());
    const auto refused = b.services.gate->permit(g.grant, shard, 10, now);
    QCOMPARE(refused.problem.status, 403);
    QVERIFY2(refused.rejectReason.startsWith(QLatin1String("revoked")), qPrintable(refused.rejectReason));
}

void TestSharedStore::signingKeysShared()
{
    Edge a = openEdge(QStringLiteral("a"));
    Edge b = openEdge(QStringLiteral("b"));
    const QString kidA = (*a.market().keyring())->activeKid();
    const QString kidB = (*b.market().keyring())->activeKid();
    QVERIFY(kidA != kidB); // each edge signs with its own key

    auto kidsOf = [this](Edge &e) {
        QStringList kids;
        const QJsonObject jwks = (*e.market().keyring())->jwks(m_clock.nowSecs());
        for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray())
            kids << k.toObject().value(QStringLiteral("kid")).toString();
        kids.sort();
        return kids;
    };
    // b opened after a: it saw a's key at once; a learns b's by NOTIFY.
    QTRY_VERIFY_WITH_TIMEOUT(kidsOf(a).contains(kidB), 1000);
    QVERIFY(kidsOf(b).contains(kidA));

    // A token b signed passes a's gate, and the other way round.
    TokenRequest tr;
    tr.apiKey = apiKeyFor(QStringLiteral("both"), 10 * kPrice);
    tr.manifest = m_manifest;
    for (Edge *signer : { &a, &b }) {
        auto issued = (*signer->market().tokens())->issue(tr);
        QVERIFY2(issued, qPrintable(issued.errorString()));
        Edge *other = signer == &a ? &b : &a;
        const auto g = other->services.gate->authorize(issued->token.toLatin1(), m_clock.nowMs());
        QVERIFY2(g.allowed, qPrintable(g.problem.detail));
    }

    // b rotates: a lists b's new key within a second and keeps b's old one until its
    // tokens have expired.
    auto rotated = b.market().rotateSigningKey();
    QVERIFY2(rotated, qPrintable(rotated.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(kidsOf(a).contains(*rotated), 1000);
    QVERIFY(kidsOf(a).contains(kidB));
    QVERIFY(kidsOf(a).contains(kidA));
    // A third edge, opened later, lists all three active/valid keys and its own.
    Edge c = openEdge(QStringLiteral("c"));
    const QStringList all = kidsOf(c);
    for (const QString &kid : { kidA, kidB, *rotated })
        QVERIFY2(all.contains(kid), qPrintable(all.join(QLatin1Char(' '))));
    QCOMPARE(all.size(), 4);
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_shared_store.moc"
