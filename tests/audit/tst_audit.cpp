// core/audit: log verification against the local store and over HTTP (the DESIGN §6 log
// routes served from the ledger's functions by a minimal loopback server), equivocation
// with evidence, a changed key, a tampered database, bills and exports.

#include "audit/auditstore.h"
#include "audit/bill.h"
#include "audit/export.h"
#include "audit/logsource.h"
#include "audit/logverify.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sg;
using namespace sg::ledger;

namespace {

Receipt receipt(int i, const QString &buyer = {})
{
    Receipt r;
    r.timeMs = 1767225600000 + qint64(i) * 1000;
    r.buyer = buyer.isEmpty() ? QStringLiteral("buyer-%1").arg(i % 2) : buyer;
    r.creator = QStringLiteral("creator-%1").arg(i % 3);
    r.manifest = QStringLiteral("bafkreim%1").arg(i % 2);
    r.shard = QStringLiteral("bafkreis%1").arg(i);
    r.bytes = 1000;
    r.charge = 100 * (i % 4);
    r.kind = kind::access;
    return r;
}

// A loopback HTTP/1.1 responder for the /v1/log/ routes, one request per connection.
class LogServer : public QTcpServer
{
public:
    explicit LogServer(const Ledger *ledger) : m_ledger(ledger)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int requests = 0;

private:
    void reply(QTcpSocket *s, int status, const QByteArray &body, const QByteArray &type)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                 + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }
    void serve(QTcpSocket *s)
    {
        const QByteArray head = s->peek(8192);
        if (!head.contains("\r\n\r\n"))
            return;
        s->readAll();
        ++requests;
        const QUrl url(QString::fromLatin1(head.split(' ').value(1)));
        const QString path = url.path();
        const QUrlQuery q(url);
        Result<QByteArray> body = fail(QStringLiteral("no route"), QStringLiteral("notfound"));
        QByteArray type = "application/json";
        if (path == QLatin1String("/v1/log/key")) {
            body = (m_ledger->verifierKey() + QLatin1Char('\n')).toUtf8();
            type = "text/plain";
        } else if (path == QLatin1String("/v1/log/checkpoint")) {
            auto cp = m_ledger->latestCheckpoint();
            body = cp.ok() ? Result<QByteArray>(cp->note) : Result<QByteArray>(cp.error());
            type = "text/plain";
        } else if (path.startsWith(QLatin1String("/v1/log/tile/"))) {
            body = m_ledger->tile(QStringView(path).mid(8));
            type = "application/octet-stream";
        } else if (path == QLatin1String("/v1/log/proof/consistency")) {
            auto o = m_ledger->consistencyProofJson(q.queryItemValue(QStringLiteral("old")).toLongLong(),
                                                    q.queryItemValue(QStringLiteral("new")).toLongLong());
            body = o.ok() ? Result<QByteArray>(QJsonDocument(*o).toJson()) : Result<QByteArray>(o.error());
        } else if (path == QLatin1String("/v1/log/proof/inclusion")) {
            auto o = m_ledger->inclusionProofJson(q.queryItemValue(QStringLiteral("index")).toLongLong(),
                                                  q.queryItemValue(QStringLiteral("size")).toLongLong());
            body = o.ok() ? Result<QByteArray>(QJsonDocument(*o).toJson()) : Result<QByteArray>(o.error());
        } else if (path.startsWith(QLatin1String("/v1/log/receipts/"))) {
            auto b = m_ledger->bundle(path.mid(17).toLongLong());
            body = b.ok() ? Result<QByteArray>(QJsonDocument(b->toJson()).toJson())
                          : Result<QByteArray>(b.error());
        }
        if (body.ok())
            reply(s, 200, *body, type);
        else
            reply(s, 404,
                  QJsonDocument(QJsonObject { { QStringLiteral("detail"), body.errorString() } }).toJson(),
                  "application/problem+json");
    }
    const Ledger *m_ledger;
};

} // namespace

class TstAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    LedgerOptions options(const QString &name)
    {
        const QString home = m_dir.path() + QLatin1Char('/') + name;
        QDir().mkpath(home + QStringLiteral("/keys"));
        LedgerOptions o = LedgerOptions::forHome(home);
        o.origin = QStringLiteral("audit.test/log");
        o.clock = &m_clock;
        return o;
    }

private Q_SLOTS:
    void verifiesAndRemembers()
    {
        auto ledger = Ledger::open(options(QStringLiteral("a")));
        QVERIFY(ledger.ok());
        for (int i = 0; i < 300; ++i)
            QVERIFY((*ledger)->append(receipt(i)).ok());
        QVERIFY((*ledger)->checkpointNow().ok());
        auto store = audit::AuditStore::open(m_dir.path() + QStringLiteral("/a-audit.sqlite"));
        QVERIFY(store.ok());
        auto source = audit::wrapLedger(**ledger);
        audit::Bill bill;
        audit::LogVerifyOptions o;
        o.store = store->get();
        o.visit = [&](const Receipt &r) { bill.add(r); };
        auto report = audit::verifyLog(*source, o);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->size, 300);
        QCOMPARE(bill.receipts, 300);
        // Bills from receipts: buyer-0 has the even i, buyer-1 the odd; charge 100 * (i % 4).
        QCOMPARE(bill.buyerCharges.value(QStringLiteral("buyer-0")), 75 * 200);
        QCOMPARE(bill.buyerCharges.value(QStringLiteral("buyer-1")), 75 * 100 + 75 * 300);
        QCOMPARE(bill.total, 75 * 600);
        // The log grows; the next audit compares with the checkpoint it remembered.
        for (int i = 300; i < 700; ++i)
            QVERIFY((*ledger)->append(receipt(i)).ok());
        QVERIFY((*ledger)->checkpointNow().ok());
        o.visit = {};
        report = audit::verifyLog(*source, o);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->size, 700);
        QCOMPARE(report->checkpointsCompared, 1);
        // Local fast path: checks every checkpoint the log stored.
        auto local = audit::verifyLocalLog(**ledger, (*ledger)->verifier());
        QVERIFY2(local.ok(), qPrintable(local.errorString()));
        // Every checkpoint the log stored: the two asked for, plus the one a fresh log signs
        // after its first group commit when that commit held fewer than 300 receipts
        // (timing decides how the first appends are grouped).
        auto stored = (*ledger)->checkpoints();
        QVERIFY(stored.ok());
        QVERIFY(stored->size() >= 2);
        QCOMPARE(local->checkpointsCompared, stored->size());
    }

    void overHttp()
    {
        auto ledger = Ledger::open(options(QStringLiteral("h")));
        QVERIFY(ledger.ok());
        for (int i = 0; i < 600; ++i) // two full entry tiles and a partial one
            QVERIFY((*ledger)->append(receipt(i)).ok());
        QVERIFY((*ledger)->checkpointNow().ok());
        LogServer server(ledger->get());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto edge
            = audit::openEdgeLog(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), 10000);
        auto store = audit::AuditStore::open(m_dir.path() + QStringLiteral("/h-audit.sqlite"));
        QVERIFY(store.ok());
        audit::LogVerifyOptions o;
        o.store = store->get();
        qint64 seen = 0;
        o.visit = [&](const Receipt &) { ++seen; };
        auto report = audit::verifyLog(*edge, o);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->size, 600);
        QCOMPARE(seen, 600);
        QVERIFY(server.requests >= 5);
        // Grow, audit again: the consistency proof route is used.
        for (int i = 600; i < 650; ++i)
            QVERIFY((*ledger)->append(receipt(i)).ok());
        QVERIFY((*ledger)->checkpointNow().ok());
        report = audit::verifyLog(*edge, o);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->checkpointsCompared, 1);
        // A bundle over HTTP verifies offline.
        auto bundle = edge->bundle(599);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        QVERIFY(verifyBundle(*bundle, (*ledger)->verifier()).ok());
        auto missing = edge->bundle(5000);
        QCOMPARE(missing.errorCode(), QStringLiteral("notfound"));
    }

    void equivocationIsCaughtWithEvidence()
    {
        LedgerOptions a = options(QStringLiteral("e1"));
        LedgerOptions b = options(QStringLiteral("e2"));
        auto first = Ledger::open(a);
        QVERIFY(first.ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY((*first)->append(receipt(i)).ok());
        QVERIFY((*first)->checkpointNow().ok());
        // The same key signs a second history that rewrote receipt 10 (and grew).
        QVERIFY(QFile::copy(a.signerKeyPath, b.signerKeyPath));
        auto second = Ledger::open(b);
        QVERIFY(second.ok());
        for (int i = 0; i < 80; ++i)
            QVERIFY((*second)->append(receipt(i, i == 10 ? QStringLiteral("someone-else") : QString())).ok());
        QVERIFY((*second)->checkpointNow().ok());
        QCOMPARE((*first)->verifierKey(), (*second)->verifierKey());

        auto store = audit::AuditStore::open(m_dir.path() + QStringLiteral("/e-audit.sqlite"));
        QVERIFY(store.ok());
        audit::LogVerifyOptions o;
        o.store = store->get();
        audit::Equivocation evidence;
        o.evidence = &evidence;
        auto s1 = audit::wrapLedger(**first);
        QVERIFY(audit::verifyLog(*s1, o).ok());
        auto s2 = audit::wrapLedger(**second);
        auto report = audit::verifyLog(*s2, o);
        QVERIFY(!report.ok());
        QCOMPARE(report.errorCode(), QStringLiteral("equivocation"));
        // Both pieces of evidence are validly signed by the log key, for different trees.
        auto e1 = openCheckpoint(evidence.earlierNote, (*first)->verifier());
        auto e2 = openCheckpoint(evidence.laterNote, (*first)->verifier());
        QVERIFY(e1.ok());
        QVERIFY(e2.ok());
        QCOMPARE(e1->size, 50);
        QCOMPARE(e2->size, 80);
        // Serving the old, smaller history after the bigger one was seen is caught too.
        auto fresh = audit::AuditStore::open(m_dir.path() + QStringLiteral("/e2-audit.sqlite"));
        o.store = fresh->get();
        QVERIFY(audit::verifyLog(*s2, o).ok());
        QVERIFY(!audit::verifyLog(*s1, o).ok());
    }

    void changedKeyAndTamperedEntries()
    {
        LedgerOptions a = options(QStringLiteral("k"));
        {
            auto ledger = Ledger::open(a);
            QVERIFY(ledger.ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY((*ledger)->append(receipt(i)).ok());
            QVERIFY((*ledger)->checkpointNow().ok());
        }
        auto store = audit::AuditStore::open(m_dir.path() + QStringLiteral("/k-audit.sqlite"));
        audit::LogVerifyOptions o;
        o.store = store->get();
        {
            auto src = audit::openLocalLog(QFileInfo(a.dbPath).path());
            QVERIFY2(src.ok(), qPrintable(src.errorString()));
            QVERIFY(audit::verifyLog(**src, o).ok());
        }
        // An entry edited in the database no longer hashes to the signed root.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(a.dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE entries SET bytes = 1 WHERE seq = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        {
            auto src = audit::openLocalLog(QFileInfo(a.dbPath).path());
            QVERIFY(src.ok());
            auto report = audit::verifyLog(**src, o);
            QVERIFY(!report.ok());
            QCOMPARE(report.errorCode(), QStringLiteral("root"));
        }
        // A pinned key that is not the log's: the checkpoint does not verify.
        auto other = NoteSigner::generate(QStringLiteral("audit.test/log"));
        o.verifierKey = other->verifier().verifierKey();
        auto src = audit::openLocalLog(QFileInfo(a.dbPath).path());
        QVERIFY(!audit::verifyLog(**src, o).ok());
    }

    void billComparison()
    {
        audit::Bill bill;
        for (int i = 0; i < 8; ++i)
            bill.add(receipt(i));
        audit::MarketTotals market;
        market.buyerCharged = bill.buyerCharges;
        market.creatorEarned = bill.creatorPayouts;
        QVERIFY(audit::compareBill(bill, market).isEmpty());
        market.buyerCharged[QStringLiteral("buyer-1")] += 1;
        market.creatorEarned[QStringLiteral("ghost")] = 5;
        const auto mismatches = audit::compareBill(bill, market);
        QCOMPARE(mismatches.size(), 2);
        QCOMPARE(mismatches.at(0).role, QStringLiteral("buyer"));
        QCOMPARE(mismatches.at(0).account, QStringLiteral("buyer-1"));
        QCOMPARE(mismatches.at(0).market, mismatches.at(0).fromReceipts + 1);
        QCOMPARE(mismatches.at(1).account, QStringLiteral("ghost"));
        QCOMPARE(audit::readMarketTotals(m_dir.path() + QStringLiteral("/none.sqlite")).errorCode(),
                 QStringLiteral("notfound"));
    }

    void exports()
    {
        Receipt r = receipt(5);
        r.seq = 5;
        r.tx = QStringLiteral("resize,\"256\"");
        audit::ReceiptFilter f;
        QVERIFY(f.matches(r));
        f.buyer = QStringLiteral("buyer-1");
        QVERIFY(f.matches(r));
        f.creator = QStringLiteral("creator-0");
        QVERIFY(!f.matches(r));
        f = {};
        f.fromMs = r.timeMs + 1;
        QVERIFY(!f.matches(r));
        f = {};
        f.untilMs = r.timeMs;
        QVERIFY(!f.matches(r)); // until is exclusive
        f.untilMs = r.timeMs + 1;
        QVERIFY(f.matches(r));
        const QByteArray csv = audit::csvLine(r);
        QVERIFY(csv.startsWith("5,2026-01-01T00:00:05.000Z,access,buyer-1,creator-2,"));
        QVERIFY(csv.contains(",\"resize,\"\"256\"\"\","));
        QVERIFY(csv.endsWith(",1000,0.0001\r\n"));
        QCOMPARE(audit::jsonLine(r), r.leaf() + '\n');
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
