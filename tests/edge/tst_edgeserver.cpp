// The edge over a real home: ranges and files over raw HTTP, the Qt hand-off, receipts,
// token attacks, 402, revocation mid-download, concurrent buyers, guard limits.

#include "crypto/encoding.h"
#include "crypto/sha256.h"
#include "edge/marketbinding.h"
#include "edgefixture.h"
#include "ledger/ledger.h"
#include "market/market.h"
#include "market/revocations.h"
#include "token/issuer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sg;
using namespace sg::test;
using sg::ledger::Receipt;

namespace {
// A plain TCP connection to the edge on loopback (receive buffer receiveBuffer bytes when
// given), for tests that reset it at a chosen moment; -1 on failure.
int rawConnect(quint16 port, int receiveBuffer = 0)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    if (receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The market's gate, but charge() waits until the test lets it go (so a client can leave
// while its charge runs).
class HeldChargeGate : public edge::AccessGate
{
public:
    explicit HeldChargeGate(std::shared_ptr<edge::AccessGate> inner) : m_inner(std::move(inner)) { }
    edge::GateDecision authorize(QByteArrayView token, qint64 nowMs) override
    {
        return m_inner->authorize(token, nowMs);
    }
    edge::GateDecision permit(const edge::Grant &grant, const QString &shard, qint64 bytes,
                              qint64 nowMs) override
    {
        return m_inner->permit(grant, shard, bytes, nowMs);
    }
    bool needsCharge(const edge::Grant &grant, const QList<edge::Delivery> &deliveries) override
    {
        return m_inner->needsCharge(grant, deliveries);
    }
    Result<QList<qint64>> charge(const edge::Grant &grant, const QList<edge::Delivery> &deliveries,
                                 QList<qint64> *madeBeforeError) override
    {
        entered.release();
        if (!release.tryAcquire(1, 30000))
            return fail(QStringLiteral("the test never released the charge"), QStringLiteral("test"));
        return m_inner->charge(grant, deliveries, madeBeforeError);
    }
    QSemaphore entered, release;

private:
    std::shared_ptr<edge::AccessGate> m_inner;
};
} // namespace

class TestEdgeServer : public QObject
{
    Q_OBJECT

    EdgeFixture *f = nullptr;
    Dataset voices, other;
    QString aliceKey, bobKey, poorKey;
    QByteArray aliceToken;

    static QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token,
                                                       QList<QPair<QByteArray, QByteArray>> more = {})
    {
        more.prepend({ "Authorization", "Bearer " + token });
        return more;
    }
    QString shardPath(int i) const { return QStringLiteral("/v1/shards/") + voices.shardCids.at(i); }
    QString filePath(const QString &p) const
    {
        return QStringLiteral("/v1/files/%1/%2").arg(voices.manifestCid, p);
    }
    QByteArray problemType(const RawReply &r) const
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("type")).toString().toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new EdgeFixture;
        f->config.headerTimeoutMs = 2000;
        f->config.idleTimeoutMs = 3000;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("big.bin"),
                     patternBytes(2621440 + 123)); // 2.5 MiB: crosses shard boundaries
        files.insert(QStringLiteral("notes/small.txt"), QByteArray("hello shardgate\n"));
        files.insert(QStringLiteral("empty.txt"), QByteArray());
        QVERIFY(f->publish(QStringLiteral("voices"), files, &voices));
        QMap<QString, QByteArray> o;
        o.insert(QStringLiteral("other.bin"), patternBytes(300000, 3));
        QVERIFY(f->publish(QStringLiteral("other"), o, &other));
        aliceKey = f->account(QStringLiteral("alice"));
        bobKey = f->account(QStringLiteral("bob"));
        poorKey = f->account(QStringLiteral("poor"), QStringLiteral("0.01"));
        QVERIFY(!aliceKey.isEmpty() && !bobKey.isEmpty() && !poorKey.isEmpty());
        QVERIFY(f->start());
        aliceToken = f->token(aliceKey, voices.manifestCid);
        QVERIFY(!aliceToken.isEmpty());
    }
    void cleanupTestCase() { delete f; }

    void chargeOfAClientGoneMeanwhileIsLogged()
    {
        // The client leaves while its first delivery of a shard is being charged (the charge
        // runs on the pool): the charge stands, and the log still records it, as an abort
        // before the first byte does (an access receipt with the charge, an adjust receipt
        // with 0 bytes sent), so a bill recomputed from the receipts matches the market.
        EdgeFixture g;
        std::shared_ptr<HeldChargeGate> held;
        g.wrap = [&held](edge::EdgeServices services) {
            held = std::make_shared<HeldChargeGate>(services.gate);
            services.gate = held;
            return services;
        };
        Dataset d;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("one.bin"), patternBytes(300000, 5));
        QVERIFY(g.publish(QStringLiteral("held"), files, &d));
        const QString key = g.account(QStringLiteral("carol"));
        QVERIFY(g.start());
        QVERIFY(held);
        const QByteArray token = g.token(key, d.manifestCid);
        QVERIFY(!token.isEmpty());
        QVERIFY(g.ledger->flush().ok());
        const qint64 before = g.ledger->size();
        const qint64 creditsBefore = g.binding->market().accounts().get(QStringLiteral("carol"))->credits;

        const int fd = rawConnect(g.port());
        QVERIFY(fd >= 0);
        const QByteArray req = "GET /v1/shards/" + d.shardCids.first().toLatin1()
            + " HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        QCOMPARE(::send(fd, req.constData(), size_t(req.size()), 0), ssize_t(req.size()));
        QVERIFY(held->entered.tryAcquire(1, 10000)); // the charge is running
        const linger hard { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        ::close(fd); // RST
        // The edge has let the connection go before the charge returns.
        QTRY_COMPARE_WITH_TIMEOUT(g.m_server->metrics().connectionsOpen.load(), qint64(0), 10000);
        held->release.release();

        QList<Receipt> mine;
        for (int i = 0; i < 200 && mine.size() < 2; ++i) {
            QVERIFY(g.ledger->flush().ok());
            mine.clear();
            for (qint64 seq = before; seq < g.ledger->size(); ++seq) {
                auto r = g.ledger->receipt(seq);
                QVERIFY(r.ok());
                if (r->manifest == d.manifestCid)
                    mine.append(*r);
            }
            if (mine.size() < 2)
                QTest::qWait(25);
        }
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].kind, ledger::kind::access);
        QCOMPARE(mine[0].shard, d.shardCids.first());
        QCOMPARE(mine[0].buyer, QStringLiteral("carol"));
        QCOMPARE(mine[0].bytes, qint64(300000));
        QCOMPARE(mine[1].kind, ledger::kind::adjust);
        QCOMPARE(mine[1].shard, d.shardCids.first());
        QCOMPARE(mine[1].bytes, qint64(0));
        QCOMPARE(mine[1].charge, qint64(0));
        const qint64 creditsAfter = g.binding->market().accounts().get(QStringLiteral("carol"))->credits;
        QVERIFY(mine[0].charge > 0);
        QCOMPARE(mine[0].charge, creditsBefore - creditsAfter);
    }

    void apiRoutesThroughQt()
    {
        const RawReply h = f->get(QStringLiteral("/healthz"));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.body, QByteArray("{\"status\":\"ok\"}"));
        const RawReply ds = f->get(QStringLiteral("/v1/datasets"));
        QCOMPARE(ds.status, 200);
        QVERIFY(ds.body.contains(voices.manifestCid.toLatin1()));
        const RawReply m = f->get(QStringLiteral("/v1/manifests/") + voices.manifestCid);
        QCOMPARE(m.status, 200);
        QCOMPARE(crypto::Cid::ofData(m.body).toString(), voices.manifestCid);
        const RawReply jwks = f->get(QStringLiteral("/.well-known/jwks.json"));
        QCOMPARE(jwks.status, 200);
        QVERIFY(jwks.body.contains("\"OKP\""));
        const RawReply nf = f->get(QStringLiteral("/nope"));
        QCOMPARE(nf.status, 404);
        QCOMPARE(nf.headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(problemType(nf), QByteArray("urn:shardgate:problem:not-found"));
        // Keep-alive + pipelining on a Qt-served connection: two answers in order.
        const RawReply two
            = f->raw("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /metrics HTTP/1.1\r\nHost: a\r\n"
                     "Connection: close\r\n\r\n");
        QCOMPARE(two.status, 200);
        QTRY_VERIFY(true);
        const RawReply metrics = f->get(QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("shardgate_requests_total"));
        QVERIFY(metrics.body.contains("shardgate_api_handoffs_total"));
    }

    void ranges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("length");
        QTest::newRow("none") << QByteArray() << 200 << qint64(0) << qint64(-1);
        QTest::newRow("single") << QByteArray("bytes=100-199") << 206 << qint64(100) << qint64(100);
        QTest::newRow("open") << QByteArray("bytes=1048000-") << 206 << qint64(1048000) << qint64(576);
        QTest::newRow("suffix") << QByteArray("bytes=-10") << 206 << qint64(1048566) << qint64(10);
        QTest::newRow("invalid ignored") << QByteArray("bytes=5-1") << 200 << qint64(0) << qint64(-1);
        QTest::newRow("unsatisfiable") << QByteArray("bytes=2000000-") << 416 << qint64(0) << qint64(0);
    }
    void ranges()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(qint64, start);
        QFETCH(qint64, length);
        const QByteArray shard = voices.files.value(QStringLiteral("big.bin")).left(1 << 20); // shard 0
        QList<QPair<QByteArray, QByteArray>> h;
        if (!range.isEmpty())
            h.append({ "Range", range });
        const RawReply r = f->get(shardPath(0), bearer(aliceToken, h));
        QVERIFY2(r.status == status, r.body.left(400).constData());
        if (status == 416) {
            QCOMPARE(r.headers.value("content-range"), QByteArray("bytes */1048576"));
            return;
        }
        const QByteArray expected = length < 0 ? shard : shard.mid(start, length);
        QCOMPARE(r.body.size(), expected.size());
        QVERIFY(r.body == expected);
        QCOMPARE(r.headers.value("etag"), '"' + voices.shardCids.at(0).toLatin1() + '"');
        QVERIFY(r.headers.contains("shardgate-receipt"));
        QCOMPARE(r.headers.value("shardgate-receipt-hash").size(), 64);
        if (status == 206)
            QCOMPARE(r.headers.value("content-range"),
                     "bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + length - 1)
                         + "/1048576");
    }

    void multipartAndHead()
    {
        const QByteArray shard = voices.files.value(QStringLiteral("big.bin")).left(1 << 20);
        const RawReply r = f->get(shardPath(0), bearer(aliceToken, { { "Range", "bytes=0-9,-5" } }));
        QCOMPARE(r.status, 206);
        const QByteArray ct = r.headers.value("content-type");
        QVERIFY(ct.startsWith("multipart/byteranges; boundary="));
        const QByteArray boundary = ct.mid(ct.indexOf('=') + 1);
        QVERIFY(r.body.contains("--" + boundary
                                + "\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes "
                                  "0-9/1048576\r\n\r\n"
                                + shard.left(10)));
        QVERIFY(r.body.contains("Content-Range: bytes 1048571-1048575/1048576\r\n\r\n" + shard.right(5)
                                + "\r\n--" + boundary + "--\r\n"));
        const RawReply head = f->get(shardPath(0), bearer(aliceToken, { { "Range", "bytes=0-9" } }), "HEAD");
        QCOMPARE(head.status, 206);
        QCOMPARE(head.headers.value("content-length"), QByteArray("10"));
        QCOMPARE(head.headers.value("content-range"), QByteArray("bytes 0-9/1048576"));
        QVERIFY(head.body.isEmpty());
        // If-Range: the strong ETag keeps the range, anything else gets the full body.
        const QByteArray etag = '"' + voices.shardCids.at(0).toLatin1() + '"';
        QCOMPARE(f->get(shardPath(0), bearer(aliceToken, { { "Range", "bytes=0-9" }, { "If-Range", etag } }))
                     .status,
                 206);
        QCOMPARE(
            f->get(shardPath(0), bearer(aliceToken, { { "Range", "bytes=0-9" }, { "If-Range", "\"x\"" } }))
                .status,
            200);
    }

    void filesAcrossShards()
    {
        const QByteArray big = voices.files.value(QStringLiteral("big.bin"));
        const RawReply full = f->get(filePath(QStringLiteral("big.bin")), bearer(aliceToken));
        QCOMPARE(full.status, 200);
        QCOMPARE(sha256Hex(full.body), sha256Hex(big));
        // A range across the 1 MiB and 2 MiB shard boundaries.
        const RawReply cross = f->get(filePath(QStringLiteral("big.bin")),
                                      bearer(aliceToken, { { "Range", "bytes=1048000-2098000" } }));
        QCOMPARE(cross.status, 206);
        QVERIFY(cross.body == big.mid(1048000, 2098000 - 1048000 + 1));
        const RawReply small = f->get(filePath(QStringLiteral("notes/small.txt")), bearer(aliceToken));
        QCOMPARE(small.status, 200);
        QCOMPARE(small.body, QByteArray("hello shardgate\n"));
        const RawReply empty
            = f->get(filePath(QStringLiteral("empty.txt")), bearer(aliceToken, { { "Range", "bytes=0-" } }));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.headers.value("content-length"), QByteArray("0"));
        QCOMPARE(f->get(filePath(QStringLiteral("nope.txt")), bearer(aliceToken)).status, 404);
        // ?token= works like the header (curl/wget friendly).
        const RawReply q = f->get(filePath(QStringLiteral("notes/small.txt")) + QStringLiteral("?token=")
                                  + QString::fromLatin1(aliceToken));
        QCOMPARE(q.status, 200);
    }

    void receiptsAreLogged()
    {
        const QByteArray t = f->token(aliceKey, voices.manifestCid, QStringLiteral("job-receipts"));
        QVERIFY(!t.isEmpty());
        const RawReply r = f->get(shardPath(1), bearer(t, { { "Range", "bytes=0-99" } }));
        QCOMPARE(r.status, 206);
        const qint64 seq = r.headers.value("shardgate-receipt").toLongLong();
        QVERIFY(f->ledger->flush().ok());
        auto rc = f->ledger->receipt(seq);
        QVERIFY2(rc.ok(), qPrintable(rc.errorString()));
        QCOMPARE(rc->shard, voices.shardCids.at(1));
        QCOMPARE(rc->bytes, qint64(100));
        QCOMPARE(rc->range, QStringLiteral("0-99"));
        QCOMPARE(rc->buyer, QStringLiteral("alice"));
        QCOMPARE(rc->kind, QStringLiteral("access"));
        QCOMPARE(crypto::hexEncode(crypto::Sha256::hash(QByteArray(1, '\0') + rc->leaf())),
                 r.headers.value("shardgate-receipt-hash"));
        // First delivery of shard 1 under this job was charged once; the repeat is free.
        const RawReply again = f->get(shardPath(1), bearer(t, { { "Range", "bytes=0-99" } }));
        QVERIFY(f->ledger->flush().ok());
        auto rc2 = f->ledger->receipt(again.headers.value("shardgate-receipt").toLongLong());
        QVERIFY(rc2.ok());
        QCOMPARE(rc2->charge, qint64(0));
        QVERIFY(rc->charge > 0);
    }

    void checkpointAskedForCoversNewReceipts()
    {
        // A log that checkpoints only when asked: a client reading /v1/log/checkpoint while
        // receipts are committed that it does not cover (get at the end of a download) has
        // the next one signed, instead of waiting out the interval (here: forever).
        EdgeFixture e;
        e.checkpointIntervalMs = 0;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("a.bin"), patternBytes(3000, 9));
        Dataset ds;
        QVERIFY(e.publish(QStringLiteral("asked"), files, &ds));
        const QString key = e.account(QStringLiteral("carol"));
        QVERIFY(e.start());
        const QByteArray t = e.token(key, ds.manifestCid);
        QVERIFY(!t.isEmpty());
        QVERIFY(e.ledger->flush().ok()); // the log's first commit is checkpointed at once
        const RawReply data = e.get(QStringLiteral("/v1/shards/") + ds.shardCids.at(0), bearer(t));
        QCOMPARE(data.status, 200);
        const qint64 seq = data.headers.value("shardgate-receipt").toLongLong();
        QVERIFY(e.ledger->flush().ok());
        auto covers = [&] {
            const RawReply cp = e.get(QStringLiteral("/v1/log/checkpoint"));
            const QList<QByteArray> lines = cp.body.split('\n');
            return cp.status == 200 && lines.size() > 1 && lines.at(1).toLongLong() > seq;
        };
        QTRY_VERIFY_WITH_TIMEOUT(covers(), 5000);
        const RawReply bundle = e.get(QStringLiteral("/v1/log/receipts/%1").arg(seq));
        QCOMPARE(bundle.status, 200);
    }

    void tokenAttacks_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("missing") << QByteArray() << QByteArray("urn:shardgate:problem:token-missing");
        QTest::newRow("garbage") << QByteArray("not-a-token")
                                 << QByteArray("urn:shardgate:problem:token-malformed");
    }
    void tokenAttacks()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, type);
        const RawReply r = token.isEmpty() ? f->get(shardPath(0)) : f->get(shardPath(0), bearer(token));
        QCOMPARE(r.status, 401);
        QCOMPARE(problemType(r), type);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void craftedTokens()
    {
        // Take a valid token apart and rebuild it as an attacker would.
        const QList<QByteArray> seg = aliceToken.split('.');
        QCOMPARE(seg.size(), 3);
        QJsonObject header = QJsonDocument::fromJson(crypto::base64UrlDecode(seg[0]).value()).object();
        QJsonObject payload = QJsonDocument::fromJson(crypto::base64UrlDecode(seg[1]).value()).object();
        auto enc = [](const QJsonObject &o) {
            return crypto::base64UrlEncode(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        QJsonObject none = header;
        none.insert(QStringLiteral("alg"), QStringLiteral("none"));
        const QByteArray noneToken = enc(none) + '.' + seg[1] + '.';
        QJsonObject hs = header;
        hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        const QByteArray hsToken = enc(hs) + '.' + seg[1] + '.' + seg[2];
        QJsonObject tampered = payload;
        tampered.insert(QStringLiteral("sub"), QStringLiteral("bob"));
        const QByteArray tamperedToken = seg[0] + '.' + enc(tampered) + '.' + seg[2];
        // Wrong audience: a real signature from the edge's own keys, for another audience.
        auto ring = f->binding->market().keyring(false);
        QVERIFY(ring.ok());
        token::TokenIssuer issuer(*ring, &f->clock, f->binding->market().options().issuer,
                                  QStringLiteral("other-aud"));
        token::TokenClaims c;
        c.sub = QStringLiteral("alice");
        c.mf = voices.manifestCid;
        c.lic = payload.value(QStringLiteral("lic")).toString();
        auto wrongAud = issuer.issue(c, 300);
        QVERIFY(wrongAud.ok());
        const QList<QPair<QByteArray, QByteArray>> cases {
            { noneToken, "urn:shardgate:problem:token-alg" },
            { hsToken, "urn:shardgate:problem:token-alg" },
            { tamperedToken, "urn:shardgate:problem:token-signature" },
            { wrongAud->token.toLatin1(), "urn:shardgate:problem:token-audience" },
        };
        for (const auto &cs : cases) {
            const RawReply r = f->get(shardPath(0), bearer(cs.first));
            QCOMPARE(r.status, 401);
            QCOMPARE(problemType(r), cs.second);
        }
        const RawReply m = f->get(QStringLiteral("/metrics"));
        QVERIFY(m.body.contains("shardgate_token_rejects_total{reason=\"alg\"}"));
    }

    void entitlementsStaySeparate()
    {
        // Bob's token is for the other dataset: it opens none of voices' bytes, and
        // Alice's token opens none of other's.
        const QByteArray bobToken = f->token(bobKey, other.manifestCid);
        QVERIFY(!bobToken.isEmpty());
        QCOMPARE(f->get(shardPath(0), bearer(bobToken)).status, 403);
        QCOMPARE(f->get(filePath(QStringLiteral("big.bin")), bearer(bobToken)).status, 403);
        const QString otherShard = QStringLiteral("/v1/shards/") + other.shardCids.at(0);
        QCOMPARE(f->get(otherShard, bearer(aliceToken)).status, 403);
        // Interleaved on parallel connections, each gets exactly its own bytes.
        QList<QTcpSocket *> socks;
        for (int i = 0; i < 8; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, f->port());
            QVERIFY(s->waitForConnected(5000));
            const bool isBob = i % 2;
            const QByteArray path = isBob ? ("/v1/files/" + other.manifestCid.toLatin1() + "/other.bin")
                                          : filePath(QStringLiteral("notes/small.txt")).toLatin1();
            s->write("GET " + path + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\nAuthorization: Bearer "
                     + (isBob ? bobToken : aliceToken) + "\r\n\r\n");
            socks.append(s);
        }
        for (int i = 0; i < socks.size(); ++i) {
            QTcpSocket *s = socks[i];
            QByteArray buf;
            while (s->state() == QAbstractSocket::ConnectedState && s->waitForReadyRead(5000))
                buf += s->readAll();
            buf += s->readAll();
            const RawReply r = EdgeFixture::parseReply(buf);
            QCOMPARE(r.status, 200);
            QVERIFY(r.body
                    == (i % 2 ? other.files.value(QStringLiteral("other.bin"))
                              : QByteArray("hello shardgate\n")));
            delete s;
        }
    }

    void outOfCredits()
    {
        // 0.01 USD covers one first delivery at 0.01; the second shard is 402.
        const QByteArray t = f->token(poorKey, voices.manifestCid);
        QVERIFY(!t.isEmpty());
        QCOMPARE(f->get(shardPath(0), bearer(t, { { "Range", "bytes=0-0" } })).status, 206);
        const RawReply r = f->get(shardPath(1), bearer(t, { { "Range", "bytes=0-0" } }));
        QCOMPARE(r.status, 402);
        QCOMPARE(problemType(r), QByteArray("urn:shardgate:problem:insufficient-credits"));
        // A repeat of the billed shard still works (metered, not charged again).
        QCOMPARE(f->get(shardPath(0), bearer(t, { { "Range", "bytes=1-1" } })).status, 206);
    }

    void chargesBeforeOutOfCreditsAreLogged()
    {
        // A file response over three shards for a buyer whose credits cover one: the first
        // shard is charged, the second is refused (402) and nothing is served. The charge
        // that was made stands (a retry does not pay it again), so the log records it: an
        // access receipt with the charge and an adjust receipt with 0 bytes sent.
        const QString key = f->account(QStringLiteral("poor2"), QStringLiteral("0.01"));
        const QByteArray t = f->token(key, voices.manifestCid);
        QVERIFY(!t.isEmpty());
        QVERIFY(f->ledger->flush().ok());
        const qint64 before = f->ledger->size();
        const RawReply r = f->get(filePath(QStringLiteral("big.bin")), bearer(t));
        QCOMPARE(r.status, 402);
        QList<Receipt> mine;
        for (int i = 0; i < 200 && mine.size() < 2; ++i) {
            QVERIFY(f->ledger->flush().ok());
            mine.clear();
            for (qint64 seq = before; seq < f->ledger->size(); ++seq) {
                auto rc = f->ledger->receipt(seq);
                QVERIFY(rc.ok());
                if (rc->buyer == QLatin1String("poor2") && rc->kind != ledger::kind::grant)
                    mine.append(*rc);
            }
            if (mine.size() < 2)
                QTest::qWait(25);
        }
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].kind, ledger::kind::access);
        QCOMPARE(mine[0].shard, voices.shardCids.at(0));
        QCOMPARE(mine[0].charge, qint64(10000));
        QCOMPARE(mine[1].kind, ledger::kind::adjust);
        QCOMPARE(mine[1].bytes, qint64(0));
        QCOMPARE(f->binding->market().accounts().get(QStringLiteral("poor2"))->credits, qint64(0));
    }

    void revocationMidDownload()
    {
        const QByteArray t = f->token(aliceKey, voices.manifestCid);
        const QByteArray big = voices.files.value(QStringLiteral("big.bin"));
        const RawReply first
            = f->get(filePath(QStringLiteral("big.bin")), bearer(t, { { "Range", "bytes=0-65535" } }));
        QCOMPARE(first.status, 206);
        QVERIFY(first.body == big.left(65536));
        const QString jti = QJsonDocument::fromJson(crypto::base64UrlDecode(t.split('.')[1]).value())
                                .object()
                                .value(QStringLiteral("jti"))
                                .toString();
        auto op = f->binding->market().operatorKey(true);
        QVERIFY(op.ok());
        f->binding->market().revocations().setOperatorKeys({ op->publicKey() });
        auto rv = market::Revocation::create(market::RevocationKind::Jti, jti, QStringLiteral("test"),
                                             f->clock.nowSecs(), *op);
        QVERIFY(rv.ok());
        const QByteArray body = QJsonDocument(rv->toJson()).toJson(QJsonDocument::Compact);
        const RawReply post
            = f->raw("POST /v1/revocations HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(post.status, 201);
        const qint64 seq = post.headers.value("shardgate-receipt").toLongLong();
        const RawReply next
            = f->get(filePath(QStringLiteral("big.bin")), bearer(t, { { "Range", "bytes=65536-" } }));
        QCOMPARE(next.status, 403);
        QCOMPARE(problemType(next), QByteArray("urn:shardgate:problem:revoked"));
        QVERIFY(f->ledger->flush().ok());
        auto rc = f->ledger->receipt(seq);
        QVERIFY(rc.ok());
        QCOMPARE(rc->kind, QStringLiteral("revocation"));
        QCOMPARE(rc->jti, jti);
        // Other tokens are unaffected.
        QCOMPARE(f->get(shardPath(0), bearer(aliceToken, { { "Range", "bytes=0-0" } })).status, 206);
    }

    void guardLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("bare LF data") << QByteArray("GET /v1/shards/x HTTP/1.1\nHost: a\n\n") << 400;
        QTest::newRow("bare LF api") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\n\r\n") << 400;
        QTest::newRow("CL+TE api") << QByteArray(
            "POST /v1/tokens HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n"
            "Transfer-Encoding: chunked\r\n\r\n{}")
                                   << 400;
        QTest::newRow("duplicate CL")
            << QByteArray("POST /v1/tokens HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n"
                          "Content-Length: 2\r\n\r\n{}")
            << 400;
        QTest::newRow("oversized header")
            << ("GET /healthz HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(17000, 'a') + "\r\n\r\n") << 431;
        QTest::newRow("long line") << ("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n")
                                   << 414;
        QTest::newRow("body on GET") << QByteArray(
            "GET /v1/shards/x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\nx")
                                     << 400;
        QTest::newRow("body too large")
            << QByteArray("POST /v1/tokens HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n") << 413;
    }
    void guardLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const RawReply r = f->raw(request);
        QCOMPARE(r.status, status);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(r.headers.value("connection"), QByteArray("close"));
    }

    void dataRequestOnApiConnection()
    {
        // First request routes the connection to Qt HTTP Server; a later data request on it
        // is taken back by the lean path and served with its own range handling.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, f->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
        QByteArray buf;
        while (!buf.contains("{\"status\":\"ok\"}") && s.waitForReadyRead(5000))
            buf += s.readAll();
        QVERIFY(buf.startsWith("HTTP/1.1 200"));
        s.write("GET " + shardPath(0).toLatin1()
                + " HTTP/1.1\r\nHost: a\r\nRange: bytes=10-19\r\nConnection: close\r\n"
                  "Authorization: Bearer "
                + aliceToken + "\r\n\r\n");
        QByteArray second;
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
            second += s.readAll();
        second += s.readAll();
        const RawReply r = EdgeFixture::parseReply(second);
        QCOMPARE(r.status, 206);
        QVERIFY(r.body == voices.files.value(QStringLiteral("big.bin")).mid(10, 10));
    }

    void guardAfterHandOff()
    {
        // A second, smuggling request on an API connection is stopped by the guard.
        const RawReply r
            = f->raw("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\nPOST /v1/tokens HTTP/1.1\r\nHost: a\r\n"
                     "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QCOMPARE(r.status, 200);
        QVERIFY(r.raw.contains("HTTP/1.1 400 "));
    }

    void slowloris()
    {
        // 300 clients trickle a request head; a normal client is still served; once the
        // header timeout passes (moved on the clock, not waited for) they are all closed.
        QList<QTcpSocket *> slow;
        for (int i = 0; i < 300; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, f->port());
            slow.append(s);
        }
        for (QTcpSocket *s : slow) {
            QVERIFY(s->waitForConnected(5000));
            s->write("GET /v1/shards/");
            s->flush();
        }
        const RawReply ok = f->get(QStringLiteral("/healthz"));
        QCOMPARE(ok.status, 200);
        f->clock.advanceMs(f->config.headerTimeoutMs + 500);
        for (QTcpSocket *s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState)
                s->waitForDisconnected(5000);
            QCOMPARE(s->state(), QAbstractSocket::UnconnectedState);
        }
        qDeleteAll(slow);
        QCOMPARE(f->get(QStringLiteral("/healthz")).status, 200);
    }

    // A client that goes away mid-body: the edge records what it actually sent with one
    // "adjust" receipt per billed shard (DESIGN §7), after the "access" receipts that billed
    // the response. The client keeps a tiny receive window so the edge is still sending.
    void abortedTransferWritesAdjustReceipts()
    {
        Dataset big;
        QMap<QString, QByteArray> files;
        files.insert(QStringLiteral("large.bin"), patternBytes(12 << 20, 9));
        QVERIFY(f->publish(QStringLiteral("large"), files, &big));
        const QByteArray token = f->token(aliceKey, big.manifestCid);
        QVERIFY(!token.isEmpty());
        QVERIFY(f->ledger->flush().ok());
        const qint64 before = f->ledger->size();

        const int fd = rawConnect(f->port(), 4096);
        QVERIFY(fd >= 0);
        const QByteArray req = "GET /v1/files/" + big.manifestCid.toLatin1()
            + "/large.bin HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        QCOMPARE(::send(fd, req.constData(), size_t(req.size()), 0), ssize_t(req.size()));
        char buf[1024];
        QVERIFY(::recv(fd, buf, sizeof buf, 0) > 0); // the head (and a little body) arrived
        const linger hard { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        ::close(fd); // RST

        // The access receipts (one per shard) come first, then the adjustments.
        QList<Receipt> access, adjust;
        for (int i = 0; i < 200 && adjust.size() < 12; ++i) {
            QVERIFY(f->ledger->flush().ok());
            access.clear();
            adjust.clear();
            for (qint64 seq = before; seq < f->ledger->size(); ++seq) {
                auto r = f->ledger->receipt(seq);
                QVERIFY(r.ok());
                if (r->manifest != big.manifestCid)
                    continue;
                (r->kind == ledger::kind::adjust ? adjust : access).append(*r);
            }
            if (adjust.size() < 12)
                QTest::qWait(25);
        }
        QCOMPARE(access.size(), 12);
        QCOMPARE(adjust.size(), 12);
        qint64 sent = 0;
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(adjust[i].shard, access[i].shard);
            QCOMPARE(adjust[i].range, access[i].range);
            QCOMPARE(adjust[i].buyer, QStringLiteral("alice"));
            QCOMPARE(adjust[i].jti, access[i].jti);
            QCOMPARE(adjust[i].charge, 0); // the charge stays with the access receipt
            QVERIFY(adjust[i].bytes <= access[i].bytes);
            QVERIFY(adjust[i].seq > access.last().seq);
            sent += adjust[i].bytes;
        }
        QVERIFY2(sent < (12 << 20), qPrintable(QString::number(sent)));
        QVERIFY(adjust.last().bytes < access.last().bytes); // the last shard never went out whole
    }

    void idleTimeout()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, f->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY(s.waitForReadyRead(5000));
        s.readAll();
        // The server may still count the reply's last write as activity when the clock
        // moves; move it past the idle timeout until the server has seen a quiet period.
        for (int i = 0; i < 50 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            f->clock.advanceMs(f->config.idleTimeoutMs + 500);
            s.waitForDisconnected(200);
        }
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(TestEdgeServer)
#include "tst_edgeserver.moc"
