// Buyer accounts, credits, holds, charges and payouts; concurrent debits from many threads
// each on its own connection; hostile ids.

#include "common/clock.h"
#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "market/market.h"
#include "storefixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace sg;
using namespace sg::market;

namespace {

const QString kShardA = QStringLiteral("bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu");
const QString kShardB = QStringLiteral("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4");
const QString kManifest = QStringLiteral("bafkreiejgm54ohycyzdvgovvfzmsvurmmclsr4jovp7w7wqjeaij3naeae");

ChargeRequest chargeOf(const QString &buyer, const QString &job, const QString &shard, qint64 amount)
{
    ChargeRequest r;
    r.buyer = buyer;
    r.job = job;
    r.shard = shard;
    r.manifest = kManifest;
    r.creator = QStringLiteral("creator-xyz");
    r.amount = amount;
    r.currency = QStringLiteral("USD");
    return r;
}

QString shardName(int i)
{
    return QStringLiteral("shard-%1").arg(i);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAndAuthenticate();
    void keyIsStoredHashedOnly();
    void rotateKey();
    void hostileIds_data();
    void hostileIds();
    void hostileApiKeys_data();
    void hostileApiKeys();
    void topUp();
    void chargeOnceperJobAndShard();
    void neverNegative();
    void maxSpendWithoutHold();
    void holds();
    void expiredHoldsAreReleased();
    void currencyMismatch();
    void payoutsAndHistory();
    void concurrentDebits();
    void concurrentSameShard();
    void deferredCharges();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    ManualClock m_clock;
    std::unique_ptr<Market> m_market;
    Accounts &accounts() { return m_market->accounts(); }
};

void TestAccounts::initTestCase()
{
    SG_STORE_INIT();
    qInfo("store backend: %s", ::sg::test::storeBackendName());
}

void TestAccounts::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto m = Market::open(o);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    m_market = std::move(*m);
}

void TestAccounts::cleanup()
{
    m_market.reset();
    m_tmp.reset();
}

void TestAccounts::createAndAuthenticate()
{
    auto a = accounts().create(QStringLiteral("buyer-42"), 10 * kMicrosPerUnit);
    QVERIFY2(a.ok(), qPrintable(a.errorString()));
    QVERIFY2(QRegularExpression(QStringLiteral("^sgk_[A-Za-z0-9_-]{43}$")).match(a->apiKey).hasMatch(),
             qPrintable(a->apiKey));
    QCOMPARE(a->account.credits, 10 * kMicrosPerUnit);
    QCOMPARE(a->account.currency, QStringLiteral("USD"));

    auto who = accounts().authenticate(a->apiKey);
    QVERIFY2(who.ok(), qPrintable(who.errorString()));
    QCOMPARE(who->id, QStringLiteral("buyer-42"));

    // Two accounts never share a key.
    auto b = accounts().create(QStringLiteral("buyer-43"), 0);
    QVERIFY(b.ok());
    QVERIFY(a->apiKey != b->apiKey);
    QCOMPARE(accounts().authenticate(b->apiKey)->id, QStringLiteral("buyer-43"));

    // Every allowed punctuation character round-trips verbatim.
    QVERIFY(accounts().create(QStringLiteral("a.b_c@d+e-f--"), 1).ok());
    QCOMPARE(accounts().get(QStringLiteral("a.b_c@d+e-f--"))->id, QStringLiteral("a.b_c@d+e-f--"));

    auto dup = accounts().create(QStringLiteral("buyer-42"), 1);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.errorCode(), AccountErrors::kExists);
    QCOMPARE(accounts().get(QStringLiteral("buyer-42"))->credits, 10 * kMicrosPerUnit);
    QCOMPARE(accounts().list()->size(), 3);
}

void TestAccounts::keyIsStoredHashedOnly()
{
    SG_SQLITE_ONLY("reads the database file; tst_market_pg checks the PostgreSQL rows");
    auto a = accounts().create(QStringLiteral("buyer-1"), 5);
    QVERIFY(a.ok());
    m_market.reset(); // close so the WAL is checkpointed into the file
    QByteArray all;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile f(Paths(m_tmp->path()).marketDb() + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.contains(a->apiKey.toLatin1()));
    QVERIFY(!all.contains(a->apiKey.mid(4).toLatin1()));
    const QByteArray hash = crypto::hexEncode(crypto::Sha256::hash(a->apiKey.toUtf8()));
    QVERIFY(all.contains(hash));
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto reopened = Market::open(o);
    QVERIFY(reopened.ok());
    m_market = std::move(*reopened);
    QCOMPARE(accounts().authenticate(a->apiKey)->id, QStringLiteral("buyer-1"));
}

void TestAccounts::rotateKey()
{
    auto a = accounts().create(QStringLiteral("buyer-1"), 5);
    QVERIFY(a.ok());
    auto fresh = accounts().rotateKey(QStringLiteral("buyer-1"));
    QVERIFY(fresh.ok());
    QVERIFY(*fresh != a->apiKey);
    QCOMPARE(accounts().authenticate(a->apiKey).errorCode(), AccountErrors::kBadKey);
    QCOMPARE(accounts().authenticate(*fresh)->id, QStringLiteral("buyer-1"));
    QCOMPARE(accounts().rotateKey(QStringLiteral("nobody")).errorCode(), AccountErrors::kUnknown);
}

void TestAccounts::hostileIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("sql drop") << QStringLiteral("x'; DROP TABLE accounts; --");
    QTest::newRow("sql or") << QStringLiteral("a' OR '1'='1");
    QTest::newRow("sql comment") << QStringLiteral("buyer'--");
    QTest::newRow("double quote") << QStringLiteral("bu\"yer");
    QTest::newRow("percent") << QStringLiteral("%");
    QTest::newRow("underscore wildcard") << QStringLiteral("_");
    QTest::newRow("semicolon") << QStringLiteral("a;b");
    QTest::newRow("right-to-left override") << QStringLiteral("buyer\u202Egnp");
    QTest::newRow("zero width space") << QStringLiteral("buy\u200Ber");
    QTest::newRow("cyrillic a look-alike") << QStringLiteral("buyer-\u0430");
    QTest::newRow("fullwidth letters") << QStringLiteral("\uFF42\uFF55\uFF59");
    QTest::newRow("combining accent") << QStringLiteral("be\u0301");
    QTest::newRow("nul character") << QString::fromUtf16(u"buy\u0000er", 6);
    QTest::newRow("newline") << QStringLiteral("buyer\nadmin");
    QTest::newRow("space") << QStringLiteral("buyer 1");
    QTest::newRow("empty") << QString();
    QTest::newRow("too long") << QString(65, QLatin1Char('a'));
    QTest::newRow("leading dash") << QStringLiteral("-buyer");
    QTest::newRow("path") << QStringLiteral("../etc/passwd");
}

void TestAccounts::hostileIds()
{
    QFETCH(QString, id);
    QVERIFY(accounts().create(QStringLiteral("victim"), 100).ok());
    auto a = accounts().create(id, 5);
    QVERIFY(!a.ok());
    QCOMPARE(a.errorCode(), AccountErrors::kInvalid);
    QVERIFY(!accounts().get(id).ok());
    QVERIFY(!accounts().topUp(id, 5).ok());
    QVERIFY(!accounts().charge(chargeOf(id, QStringLiteral("j"), kShardA, 1)).ok());
    // The same text as a job id is data, never SQL: charges against it are safe.
    if (validateJobId(id).ok()) {
        auto c = accounts().charge(chargeOf(QStringLiteral("victim"), id, kShardA, 1));
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        QVERIFY(accounts().isBilled(QStringLiteral("victim"), id, kShardA).value());
    }
    auto list = accounts().list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, QStringLiteral("victim"));
}

void TestAccounts::hostileApiKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("sql") << QStringLiteral("sgk_' OR '1'='1");
    QTest::newRow("wildcard") << QStringLiteral("sgk_%");
    QTest::newRow("prefix only") << QStringLiteral("sgk_");
    QTest::newRow("wrong prefix") << QStringLiteral("key_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("well formed, unknown")
        << QStringLiteral("sgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("unicode") << QStringLiteral("sgk_\u0430AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("too long") << QStringLiteral("sgk_") + QString(5000, QLatin1Char('A'));
}

void TestAccounts::hostileApiKeys()
{
    QFETCH(QString, key);
    QVERIFY(accounts().create(QStringLiteral("buyer-1"), 5).ok());
    auto a = accounts().authenticate(key);
    QVERIFY(!a.ok());
    QCOMPARE(a.errorCode(), AccountErrors::kBadKey);
    QVERIFY(!a.errorString().contains(key.mid(4, 20)) || key.size() < 8);
}

void TestAccounts::topUp()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 0).ok());
    auto r = accounts().topUp(QStringLiteral("b"), *parseMoney(QStringLiteral("5.000001")));
    QVERIFY(r.ok());
    QCOMPARE(r->credits, qint64(5000001));
    QCOMPARE(accounts().topUp(QStringLiteral("b"), 0).errorCode(), AccountErrors::kInvalid);
    QCOMPARE(accounts().topUp(QStringLiteral("b"), -5).errorCode(), AccountErrors::kInvalid);
    QCOMPARE(accounts().topUp(QStringLiteral("b"), std::numeric_limits<qint64>::max()).errorCode(),
             AccountErrors::kInvalid);
    QCOMPARE(accounts().topUp(QStringLiteral("nobody"), 5).errorCode(), AccountErrors::kUnknown);
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, qint64(5000001));
}

void TestAccounts::chargeOnceperJobAndShard()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 100000).ok());
    auto first = accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-1"), kShardA, 10000));
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY(first->charged);
    QCOMPARE(first->credits, 90000);
    // A resumed or repeated range of the same shard under the same job: not charged again.
    auto repeat = accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-1"), kShardA, 10000));
    QVERIFY(repeat.ok());
    QVERIFY(!repeat->charged);
    QVERIFY(repeat->alreadyBilled);
    QCOMPARE(repeat->credits, 90000);
    // Another shard, or the same shard under another job, is a new billed access.
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-1"), kShardB, 10000))->charged);
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-2"), kShardA, 10000))->charged);
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, 70000);
    QCOMPARE(*accounts().spentInJob(QStringLiteral("b"), QStringLiteral("job-1")), 20000);
    // Another buyer's job with the same name is a different job.
    QVERIFY(accounts().create(QStringLiteral("c"), 100000).ok());
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("c"), QStringLiteral("job-1"), kShardA, 10000))->charged);
}

void TestAccounts::neverNegative()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 25000).ok());
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(1), 10000))->charged);
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(2), 10000))->charged);
    auto over = accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(3), 10000));
    QVERIFY(!over.ok());
    QCOMPARE(over.errorCode(), AccountErrors::kInsufficient);
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, 5000);
    QVERIFY(!accounts().isBilled(QStringLiteral("b"), QStringLiteral("j"), shardName(3)).value());
    // Exactly the balance is fine; then zero, never below.
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(4), 5000))->charged);
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, 0);
    QCOMPARE(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(5), 1)).errorCode(),
        AccountErrors::kInsufficient);
    // A free access still records the delivery.
    QVERIFY(accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(6), 0))->charged);
    QCOMPARE(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(7), -1)).errorCode(),
        AccountErrors::kInvalid);

    // The CHECK constraints hold even against a hand-written UPDATE.
    auto conn = m_market->database().connection();
    QSqlQuery q(*conn);
    QVERIFY(!q.exec(QStringLiteral("UPDATE accounts SET credits = -1 WHERE id = 'b'")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE accounts SET held = credits + 1 WHERE id = 'b'")));
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, 0);
}

void TestAccounts::maxSpendWithoutHold()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 1000000).ok());
    auto r = chargeOf(QStringLiteral("b"), QStringLiteral("j"), shardName(1), 30000);
    r.maxSpend = 50000;
    auto first = accounts().charge(r);
    QVERIFY(first->charged);
    QCOMPARE(first->spentInJob, 30000);
    r.shard = shardName(2);
    auto over = accounts().charge(r);
    QCOMPARE(over.errorCode(), AccountErrors::kMaxSpend);
    r.amount = 20000;
    auto second = accounts().charge(r);
    QVERIFY(second->charged);
    QCOMPARE(second->spentInJob, 50000);
    QCOMPARE(accounts().get(QStringLiteral("b"))->credits, 1000000 - 50000);
    // A repeat within the limit: not charged, the job's total as it is.
    auto repeat = accounts().charge(r);
    QVERIFY(repeat->alreadyBilled);
    QCOMPARE(repeat->spentInJob, 50000);
    // Without a maxSpend the total is not worked out (Accounts::spentInJob() tells it).
    r.maxSpend = -1;
    r.shard = shardName(3);
    auto free = accounts().charge(r);
    QVERIFY(free->charged);
    QCOMPARE(free->spentInJob, -1);
    QCOMPARE(*accounts().spentInJob(QStringLiteral("b"), QStringLiteral("j")), 70000);
}

void TestAccounts::holds()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 100000).ok());
    auto h
        = accounts().placeHold(QStringLiteral("b"), QStringLiteral("job-1"), 60000, m_clock.nowSecs() + 300);
    QVERIFY2(h.ok(), qPrintable(h.errorString()));
    Account a = *accounts().get(QStringLiteral("b"));
    QCOMPARE(a.held, 60000);
    QCOMPARE(a.available(), 40000);

    // A second hold cannot reserve more than what is available.
    auto h2
        = accounts().placeHold(QStringLiteral("b"), QStringLiteral("job-2"), 50000, m_clock.nowSecs() + 300);
    QCOMPARE(h2.errorCode(), AccountErrors::kInsufficient);
    // Re-placing the same job's hold (token refresh) reserves nothing more.
    QVERIFY(accounts()
                .placeHold(QStringLiteral("b"), QStringLiteral("job-1"), 60000, m_clock.nowSecs() + 600)
                .ok());
    QCOMPARE(accounts().get(QStringLiteral("b"))->held, 60000);

    // Other jobs cannot spend what is held.
    auto other
        = accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-3"), shardName(1), 45000));
    QCOMPARE(other.errorCode(), AccountErrors::kInsufficient);
    // The held job draws from its hold.
    QVERIFY(accounts()
                .charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-1"), shardName(1), 50000))
                ->charged);
    a = *accounts().get(QStringLiteral("b"));
    QCOMPARE(a.credits, 50000);
    QCOMPARE(a.held, 10000);
    QCOMPARE(accounts().hold(QStringLiteral("b"), QStringLiteral("job-1"))->remaining, 10000);
    auto beyond
        = accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("job-1"), shardName(2), 10001));
    QCOMPARE(beyond.errorCode(), AccountErrors::kMaxSpend);

    // Ending the job returns the rest.
    QVERIFY(accounts().releaseHold(QStringLiteral("b"), QStringLiteral("job-1")).ok());
    a = *accounts().get(QStringLiteral("b"));
    QCOMPARE(a.held, 0);
    QCOMPARE(a.available(), 50000);
    QVERIFY(!accounts().hold(QStringLiteral("b"), QStringLiteral("job-1"))->open);
    // Releasing twice changes nothing.
    QVERIFY(accounts().releaseHold(QStringLiteral("b"), QStringLiteral("job-1")).ok());
    QCOMPARE(accounts().get(QStringLiteral("b"))->available(), 50000);
}

void TestAccounts::expiredHoldsAreReleased()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 100000).ok());
    QVERIFY(accounts()
                .placeHold(QStringLiteral("b"), QStringLiteral("short"), 30000, m_clock.nowSecs() + 60)
                .ok());
    QVERIFY(accounts()
                .placeHold(QStringLiteral("b"), QStringLiteral("long"), 30000, m_clock.nowSecs() + 3600)
                .ok());
    QCOMPARE(*accounts().releaseExpiredHolds(), 0);
    m_clock.advanceSecs(61);
    QCOMPARE(*accounts().releaseExpiredHolds(), 1);
    QCOMPARE(accounts().get(QStringLiteral("b"))->held, 30000);
    m_clock.advanceSecs(3600);
    QCOMPARE(*accounts().releaseExpiredHolds(), 1);
    QCOMPARE(accounts().get(QStringLiteral("b"))->held, 0);
}

void TestAccounts::currencyMismatch()
{
    QVERIFY(accounts().create(QStringLiteral("eu"), 100000, QStringLiteral("EUR")).ok());
    auto r = accounts().charge(chargeOf(QStringLiteral("eu"), QStringLiteral("j"), kShardA, 10));
    QCOMPARE(r.errorCode(), AccountErrors::kCurrency);
    QCOMPARE(accounts().get(QStringLiteral("eu"))->credits, 100000);
    QCOMPARE(accounts().create(QStringLiteral("x"), 1, QStringLiteral("usd")).errorCode(),
             AccountErrors::kInvalid);
}

void TestAccounts::payoutsAndHistory()
{
    QVERIFY(accounts().create(QStringLiteral("b"), 100000).ok());
    QVERIFY(accounts().topUp(QStringLiteral("b"), 5000, QStringLiteral("invoice 7")).ok());
    QVERIFY(accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), kShardA, 10000))->charged);
    QVERIFY(accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), kShardB, 2500))->charged);
    QVERIFY(
        accounts().charge(chargeOf(QStringLiteral("b"), QStringLiteral("j"), kShardB, 2500))->alreadyBilled);
    auto earned = accounts().earnings(QStringLiteral("creator-xyz"));
    QVERIFY(earned.ok());
    QCOMPARE(earned->size(), 1);
    QCOMPARE(earned->first().first, QStringLiteral("USD"));
    QCOMPARE(earned->first().second, 12500);
    QCOMPARE(accounts().payouts(QStringLiteral("creator-xyz"))->size(), 2);
    QCOMPARE(accounts().payouts(QStringLiteral("someone-else"))->size(), 0);

    auto h = accounts().history(QStringLiteral("b"));
    QVERIFY(h.ok());
    QCOMPARE(h->size(), 4); // open, topup, charge, charge (newest first)
    QCOMPARE(h->at(0).kind, QStringLiteral("charge"));
    QCOMPARE(h->at(0).amount, -2500);
    QCOMPARE(h->at(0).creditsAfter, 92500);
    QCOMPARE(h->at(2).kind, QStringLiteral("topup"));
    QCOMPARE(h->at(2).ref, QStringLiteral("invoice 7"));
    QCOMPARE(h->at(3).kind, QStringLiteral("open"));

    // The top-up note is free text: stored verbatim, never SQL.
    const QString hostile = QStringLiteral("'); DELETE FROM accounts; -- 100%_\\ \u202Eevil \U0001F600");
    QVERIFY(accounts().topUp(QStringLiteral("b"), 1, hostile).ok());
    QCOMPARE(accounts().history(QStringLiteral("b"), 1)->first().ref, hostile);
    QCOMPARE(accounts().list()->size(), 1);
    QCOMPARE(h->at(3).creditsAfter, 100000);
}

void TestAccounts::concurrentDebits()
{
    // Credits cover exactly N charges; T threads try T*M > N charges of distinct shards, each
    // on its own connection (half of them through a second Market on the same file, as a
    // second process would). Exactly N succeed, the balance ends at zero, nothing else moves.
    const int kN = 60, kThreads = 8, kPerThread = 12;
    const qint64 kPrice = 12345;
    QVERIFY(accounts().create(QStringLiteral("buyer"), kN * kPrice).ok());
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto second = Market::open(o);
    QVERIFY(second.ok());

    std::atomic<int> charged { 0 }, insufficient { 0 }, other { 0 };
    QStringList otherErrors;
    QMutex errorsMutex;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        Accounts *acc = (t % 2 == 0) ? &accounts() : &(*second)->accounts();
        threads << QThread::create([&, acc, t] {
            for (int i = 0; i < kPerThread; ++i) {
                auto r = acc->charge(chargeOf(QStringLiteral("buyer"), QStringLiteral("job"),
                                              shardName(t * kPerThread + i), kPrice));
                if (r.ok() && r->charged)
                    ++charged;
                else if (!r.ok() && r.errorCode() == AccountErrors::kInsufficient)
                    ++insufficient;
                else {
                    ++other;
                    QMutexLocker lock(&errorsMutex);
                    otherErrors << r.errorString();
                }
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(other == 0, qPrintable(otherErrors.join(QLatin1Char('\n'))));
    QCOMPARE(charged.load(), kN);
    QCOMPARE(insufficient.load(), kThreads * kPerThread - kN);
    const Account a = *accounts().get(QStringLiteral("buyer"));
    QCOMPARE(a.credits, 0);
    QCOMPARE(a.held, 0);
    QCOMPARE(*accounts().spentInJob(QStringLiteral("buyer"), QStringLiteral("job")), kN * kPrice);
    QCOMPARE(accounts().earnings(QStringLiteral("creator-xyz"))->first().second, kN * kPrice);
}

void TestAccounts::concurrentSameShard()
{
    // Many threads deliver the same shard under the same job at once: billed exactly once.
    QVERIFY(accounts().create(QStringLiteral("buyer"), 1000000).ok());
    std::atomic<int> charged { 0 }, repeats { 0 };
    QList<QThread *> threads;
    for (int t = 0; t < 8; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 5; ++i) {
                auto r = accounts().charge(
                    chargeOf(QStringLiteral("buyer"), QStringLiteral("job"), kShardA, 7000));
                if (r.ok() && r->charged)
                    ++charged;
                else if (r.ok() && r->alreadyBilled)
                    ++repeats;
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(charged.load(), 1);
    QCOMPARE(repeats.load(), 39);
    QCOMPARE(accounts().get(QStringLiteral("buyer"))->credits, 1000000 - 7000);
}

void TestAccounts::deferredCharges()
{
    // The edge's charges: committed (another connection sees them at once) and synced by the
    // WAL syncer afterwards; the same rules as an immediate charge (once per job and shard,
    // never below zero); the connection is back to synchronous=FULL after each one, also
    // after a refused charge, so other writes on it are synced as before.
    QVERIFY(accounts().create(QStringLiteral("buyer"), 100000).ok());
    const auto deferred = [](const QString &shard, qint64 amount) {
        ChargeRequest r = chargeOf(QStringLiteral("buyer"), QStringLiteral("job"), shard, amount);
        r.durability = Durability::Deferred;
        return r;
    };
    Database &db = m_market->database();
    const quint64 syncsBefore = db.walSyncs();
    for (int i = 0; i < 9; ++i) {
        auto r = accounts().charge(deferred(shardName(i), 10000));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r->charged);
    }
    auto repeat = accounts().charge(deferred(shardName(3), 10000));
    QVERIFY(repeat.ok());
    QVERIFY(repeat->alreadyBilled);
    auto over = accounts().charge(deferred(shardName(9), 20000));
    QCOMPARE(over.errorCode(), AccountErrors::kInsufficient);

    // Another Market (another connection, as `account show` in another process would).
    MarketOptions o = test::marketOptions(m_tmp->path());
    o.clock = &m_clock;
    auto other = Market::open(o);
    QVERIFY2(other.ok(), qPrintable(other.errorString()));
    QCOMPARE((*other)->accounts().get(QStringLiteral("buyer"))->credits, 10000);
    QCOMPARE(*(*other)->accounts().spentInJob(QStringLiteral("buyer"), QStringLiteral("job")), 90000);

    QVERIFY(db.syncWal().ok());
    auto conn = db.connection();
    QVERIFY(conn.ok());
    if (db.dialect() == Database::Dialect::Sqlite) {
        QVERIFY2(db.walSyncs() > syncsBefore, "the deferred commits were never synced");
        QVERIFY(db.walSyncs() <= syncsBefore + 11); // at most one per commit
        auto mode = db.exec(*conn, QStringLiteral("PRAGMA synchronous"));
        QVERIFY(mode.ok());
        QVERIFY(mode->next());
        QCOMPARE(mode->value(0).toInt(), 2); // FULL
    } else {
        QCOMPARE(db.walSyncs(), quint64(0)); // PostgreSQL commits every charge synchronously
    }
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
