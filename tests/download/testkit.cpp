#include "testkit.h"

#include "crypto/encoding.h"
#include "crypto/jcs.h"
#include "crypto/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace sg::test {

QByteArray patternBytes(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    qint64 i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 v = rng.generate();
        memcpy(out.data() + i, &v, 4);
    }
    for (; i < size; ++i)
        out[i] = char(rng.generate());
    return out;
}

TestDataset buildDataset(const QList<QPair<QString, QByteArray>> &files, qint64 shardSize,
                         const crypto::Ed25519PrivateKey &key,
                         const std::function<void(QJsonObject &)> &mutate)
{
    TestDataset ds;
    ds.files = files;
    ds.shardSize = shardSize;
    QByteArray current;
    QJsonArray fileArray;
    qint64 total = 0;
    for (const auto &f : files) {
        QJsonArray extents;
        qint64 at = 0;
        while (at < f.second.size()) {
            if (current.size() == shardSize) {
                ds.shards.append(current);
                current.clear();
            }
            const qint64 n = qMin<qint64>(shardSize - current.size(), f.second.size() - at);
            extents.append(QJsonObject { { QStringLiteral("shard"), ds.shards.size() },
                                         { QStringLiteral("offset"), current.size() },
                                         { QStringLiteral("length"), n } });
            current += f.second.mid(at, n);
            at += n;
        }
        total += f.second.size();
        fileArray.append(
            QJsonObject { { QStringLiteral("path"), f.first },
                          { QStringLiteral("size"), f.second.size() },
                          { QStringLiteral("sha256"),
                            QString::fromLatin1(crypto::hexEncode(crypto::Sha256::hash(f.second))) },
                          { QStringLiteral("extents"), extents } });
    }
    if (!current.isEmpty())
        ds.shards.append(current);
    QJsonArray shardArray;
    for (const QByteArray &s : std::as_const(ds.shards))
        shardArray.append(QJsonObject { { QStringLiteral("cid"), crypto::Cid::ofData(s).toString() },
                                        { QStringLiteral("size"), s.size() } });
    QJsonObject m { { QStringLiteral("format"), QStringLiteral("shardgate/manifest/v1") },
                    { QStringLiteral("dataset"), QStringLiteral("test-set") },
                    { QStringLiteral("version"), QStringLiteral("1") },
                    { QStringLiteral("title"), QStringLiteral("Test set") },
                    { QStringLiteral("created"), QStringLiteral("2026-01-10T12:00:00Z") },
                    { QStringLiteral("creator"),
                      QJsonObject { { QStringLiteral("id"), QStringLiteral("creator-test") },
                                    { QStringLiteral("pubkey"), key.publicKey().toTagged() } } },
                    { QStringLiteral("license"),
                      QJsonObject {
                          { QStringLiteral("id"), QStringLiteral("test-license") },
                          { QStringLiteral("spdx"), QStringLiteral("CC-BY-4.0") },
                          { QStringLiteral("uses"), QJsonArray { QStringLiteral("train") } },
                          { QStringLiteral("pricePerAccess"),
                            QJsonObject { { QStringLiteral("amount"), QStringLiteral("0.01") },
                                          { QStringLiteral("currency"), QStringLiteral("USD") } } } } },
                    { QStringLiteral("shardSize"), shardSize },
                    { QStringLiteral("totalBytes"), total },
                    { QStringLiteral("files"), fileArray },
                    { QStringLiteral("shards"), shardArray } };
    if (mutate)
        mutate(m);
    const QByteArray toSign = crypto::jcs::canonicalize(QJsonValue(m)).value();
    m.insert(QStringLiteral("signature"),
             QStringLiteral("ed25519:") + QString::fromLatin1(crypto::base64UrlEncode(key.sign(toSign))));
    ds.manifest = m;
    ds.manifestBytes = crypto::jcs::canonicalize(QJsonValue(m)).value();
    ds.manifestCid = crypto::Cid::ofData(ds.manifestBytes);
    return ds;
}

// ---------------------------------------------------------------------------------------

TestEdge::TestEdge(const Clock *clock, QObject *parent) : QTcpServer(parent), m_clock(clock)
{
    connect(this, &QTcpServer::newConnection, this, &TestEdge::onNewConnection);
    listen(QHostAddress::LocalHost, 0);
}

QString TestEdge::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void TestEdge::addDataset(const TestDataset &ds)
{
    m_manifestCid = ds.manifestCid.toString();
    m_manifests.insert(m_manifestCid, ds.manifestBytes);
    for (const QByteArray &s : ds.shards)
        m_shards.insert(crypto::Cid::ofData(s).toString(), s);
}

QSet<QString> TestEdge::jobsSeen() const
{
    QSet<QString> jobs;
    for (auto it = m_charges.cbegin(); it != m_charges.cend(); ++it)
        jobs.insert(it.key().first);
    return jobs;
}

void TestEdge::onNewConnection()
{
    while (QTcpSocket *s = nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void TestEdge::onReadyRead(QTcpSocket *s)
{
    QByteArray &buf = m_buffers[s];
    buf += s->readAll();
    for (;;) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> req = lines.first().trimmed().split(' ');
        QMap<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines.at(i).indexOf(':');
            if (c > 0)
                headers.insert(lines.at(i).left(c).trimmed().toLower(), lines.at(i).mid(c + 1).trimmed());
        }
        const qint64 bodyLen = headers.value("content-length", "0").toLongLong();
        if (buf.size() < end + 4 + bodyLen)
            return;
        const QByteArray body = buf.mid(end + 4, bodyLen);
        buf.remove(0, end + 4 + bodyLen);
        if (req.size() != 3) {
            send(s, 400, {}, {});
            s->disconnectFromHost();
            return;
        }
        respond(s, req.at(0), req.at(1), headers, body);
    }
}

void TestEdge::send(QTcpSocket *s, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    s->write(out);
    s->write(body);
}

static QByteArray problem(const QString &detail)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("about:blank") },
                                       { QStringLiteral("detail"), detail } })
        .toJson(QJsonDocument::Compact);
}

qint64 TestEdge::addReceipt(const QString &shard, const QString &job, qint64 bytes, const QString &range)
{
    const QPair<QString, QString> key { job, shard };
    qint64 charge = 0;
    if (!shard.isEmpty() && !m_charges.contains(key)) {
        charge = 10000;
        m_charges.insert(key, 1);
    }
    QJsonObject r {
        { QStringLiteral("seq"), m_receipts.size() }, { QStringLiteral("manifest"), m_manifestCid },
        { QStringLiteral("shard"), shard },           { QStringLiteral("job"), job },
        { QStringLiteral("bytes"), bytes },           { QStringLiteral("range"), range },
        { QStringLiteral("charge"), charge },         { QStringLiteral("kind"), QStringLiteral("access") }
    };
    m_receipts.append(r);
    return m_receipts.size() - 1;
}

void TestEdge::respond(QTcpSocket *s, const QByteArray &method, const QByteArray &path,
                       const QMap<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    const QString p = QString::fromUtf8(path);
    if (method == "GET" && p.startsWith(QLatin1String("/v1/manifests/"))) {
        const QString cid = p.mid(14);
        if (!m_manifests.contains(cid))
            return send(s, 404, {}, problem(QStringLiteral("no such manifest")));
        return send(s, 200, { { "Content-Type", "application/json" } }, m_manifests.value(cid));
    }
    if (method == "GET" && p == QLatin1String("/v1/datasets")) {
        QJsonArray list;
        for (auto it = m_manifests.cbegin(); it != m_manifests.cend(); ++it) {
            const QJsonObject m = QJsonDocument::fromJson(it.value()).object();
            list.append(QJsonObject { { QStringLiteral("dataset"), m.value(QLatin1String("dataset")) },
                                      { QStringLiteral("version"), m.value(QLatin1String("version")) },
                                      { QStringLiteral("manifestCid"), it.key() } });
        }
        return send(s, 200, { { "Content-Type", "application/json" } }, QJsonDocument(list).toJson());
    }
    if (method == "POST" && p == QLatin1String("/v1/tokens")) {
        if (!headers.value("authorization").startsWith("Bearer sgk_"))
            return send(s, 401, {}, problem(QStringLiteral("bad API key")));
        if (m_revoked)
            return send(s, 403, {}, problem(QStringLiteral("access revoked by the creator")));
        const QJsonObject req = QJsonDocument::fromJson(body).object();
        const qint64 ttl = req.value(QLatin1String("ttl")).toInteger(300);
        ++m_tokensIssued;
        QString job = req.value(QLatin1String("job")).toString();
        if (job.isEmpty())
            job = QStringLiteral("job%1").arg(m_tokensIssued);
        const qint64 exp = m_clock->nowMs() + ttl * 1000;
        const QByteArray payload
            = crypto::base64UrlEncode(QJsonDocument(QJsonObject { { QStringLiteral("exp"), exp / 1000 },
                                                                  { QStringLiteral("job"), job } })
                                          .toJson(QJsonDocument::Compact));
        const QString token = QStringLiteral("eyJhbGciOiJFZERTQSJ9.%1.sig%2")
                                  .arg(QString::fromLatin1(payload))
                                  .arg(m_tokensIssued);
        m_tokens.insert(token, { job, exp });
        return send(s, 201, { { "Content-Type", "application/json" } },
                    QJsonDocument(QJsonObject { { QStringLiteral("token"), token },
                                                { QStringLiteral("expiresAt"), formatUtc(exp / 1000) },
                                                { QStringLiteral("job"), job } })
                        .toJson(QJsonDocument::Compact));
    }
    if (method == "GET" && p == QLatin1String("/v1/log/key")) {
        if (m_logKey.isEmpty())
            return send(s, 404, {}, problem(QStringLiteral("no log key")));
        return send(s, 200, { { "Content-Type", "text/plain" } }, m_logKey + '\n');
    }
    if (method == "GET" && p.startsWith(QLatin1String("/v1/log/receipts/"))) {
        bool ok = false;
        const qint64 seq = p.mid(17).toLongLong(&ok);
        if (!ok || seq < 0 || seq >= m_receipts.size())
            return send(s, 404, {}, problem(QStringLiteral("no such receipt")));
        return send(s, 200, { { "Content-Type", "application/json" } },
                    QJsonDocument(QJsonObject { { QStringLiteral("format"),
                                                  QStringLiteral("shardgate/receipt-bundle/v1") },
                                                { QStringLiteral("receipt"), m_receipts.at(seq) } })
                        .toJson(QJsonDocument::Compact));
    }
    if (method == "GET" && p.startsWith(QLatin1String("/v1/shards/"))) {
        ++m_shardRequests;
        const QString cid = p.mid(11);
        QString job;
        if (m_requireToken) {
            const QByteArray auth = headers.value("authorization");
            const QString token = QString::fromLatin1(auth.mid(7));
            if (!auth.startsWith("Bearer ") || !m_tokens.contains(token))
                return send(s, 401, {}, problem(QStringLiteral("no valid token")));
            if (m_revoked)
                return send(s, 403, {}, problem(QStringLiteral("access revoked by the creator")));
            if (m_tokens.value(token).second <= m_clock->nowMs())
                return send(s, 401, {}, problem(QStringLiteral("token expired")));
            job = m_tokens.value(token).first;
        }
        if (!m_shards.contains(cid))
            return send(s, 404, {}, problem(QStringLiteral("no such shard")));
        const QByteArray data = m_shards.value(cid);
        const QByteArray etag = "\"" + cid.toLatin1() + "\"";
        qint64 from = 0, to = data.size() - 1;
        bool ranged = false;
        static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
        const auto m = re.match(QString::fromLatin1(headers.value("range")));
        const QByteArray ifRange = headers.value("if-range");
        if (m.hasMatch() && m.captured(1).toLongLong() > 0) {
            if (ifRange == etag)
                ++m_resumedWithIfRange;
            else
                ++m_resumedWithoutIfRange;
        }
        if (m.hasMatch() && (ifRange.isEmpty() || ifRange == etag)) {
            from = m.captured(1).toLongLong();
            if (!m.captured(2).isEmpty())
                to = qMin<qint64>(to, m.captured(2).toLongLong());
            if (from > to)
                return send(s, 416, { { "Content-Range", "bytes */" + QByteArray::number(data.size()) } },
                            {});
            ranged = true;
        }
        const QByteArray part = data.mid(from, to - from + 1);
        m_shardBodyBytes += part.size();
        const qint64 seq = addReceipt(cid, job, part.size(), QStringLiteral("%1-%2").arg(from).arg(to));
        QList<QPair<QByteArray, QByteArray>> h { { "ETag", etag },
                                                 { "Accept-Ranges", "bytes" },
                                                 { "Shardgate-Receipt", QByteArray::number(seq) } };
        if (ranged)
            h.append({ "Content-Range",
                       "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                           + QByteArray::number(data.size()) });
        return send(s, ranged ? 206 : 200, h, part);
    }
    send(s, 404, {}, problem(QStringLiteral("no such route")));
}

// ---------------------------------------------------------------------------------------

struct FaultProxy::Conn
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray clientBuf;
    QByteArray upBuf;
    bool inResponse = false; // a request is outstanding
    bool headDone = false;
    qint64 bodyLeft = 0;
    qint64 bodySent = 0;
    Fault fault = None;
    qint64 faultAt = 0; // body offset where the fault strikes
    bool stalled = false;
    bool closed = false;
};

FaultProxy::FaultProxy(const QString &upstreamHost, quint16 upstreamPort, quint32 seed, QObject *parent)
    : QTcpServer(parent), m_host(upstreamHost), m_port(upstreamPort), m_rng(seed)
{
    connect(this, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy() = default;

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

FaultProxy::Fault FaultProxy::pick()
{
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    if (m_burstLeft > 0) {
        --m_burstLeft;
        return Status503;
    }
    double r = m_rng.generateDouble();
    const QList<QPair<double, Fault>> table {
        { m_mix.drop, Drop },          { m_mix.stall, Stall },     { m_mix.corrupt, Corrupt },
        { m_mix.burst503, Status503 }, { m_mix.noRange, NoRange }, { m_mix.wrongRange, WrongContentRange }
    };
    for (const auto &t : table) {
        if (r < t.first) {
            if (t.second == Status503)
                m_burstLeft = int(m_rng.bounded(1, 4)); // a burst of 503s
            return t.second;
        }
        r -= t.first;
    }
    return None;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        m_conns.push_back(std::make_unique<Conn>());
        Conn *c = m_conns.back().get();
        c->client = client;
        c->upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, this, [this, c] { pumpClient(c); });
        connect(client, &QTcpSocket::disconnected, this, [this, c] { closeConn(c); });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] { pumpUpstream(c); });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, c] { closeConn(c); });
        connect(c->upstream, &QTcpSocket::connected, this, [this, c] { pumpClient(c); });
        c->upstream->connectToHost(m_host, m_port);
    }
}

void FaultProxy::die()
{
    m_dead = true;
    close(); // later connections are refused
    for (const auto &c : m_conns)
        closeConn(c.get()); // open ones are reset
}

void FaultProxy::closeConn(Conn *c)
{
    if (c->closed)
        return;
    c->closed = true;
    c->upstream->disconnect(this);
    c->client->disconnect(this);
    c->upstream->abort();
    c->client->abort();
    c->client->deleteLater(); // owns upstream
}

void FaultProxy::pumpClient(Conn *c)
{
    if (c->closed)
        return;
    c->clientBuf += c->client->readAll();
    if (c->upstream->state() != QAbstractSocket::ConnectedState || c->inResponse)
        return;
    const qsizetype end = c->clientBuf.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QByteArray head = c->clientBuf.left(end + 4);
    qint64 bodyLen = 0;
    static const QRegularExpression cl(QStringLiteral("(?i)\\r\\ncontent-length:\\s*(\\d+)"));
    const auto m = cl.match(QString::fromLatin1(head));
    if (m.hasMatch())
        bodyLen = m.captured(1).toLongLong();
    if (c->clientBuf.size() < end + 4 + bodyLen)
        return;
    const QByteArray body = c->clientBuf.mid(end + 4, bodyLen);
    c->clientBuf.remove(0, end + 4 + bodyLen);
    c->fault = head.startsWith("GET /v1/shards/") ? pick() : None;
    c->inResponse = true;
    c->headDone = false;
    c->upBuf.clear();
    c->bodySent = 0;
    if (c->fault != None)
        m_injected[c->fault] += 1;
    if (c->fault == Status503) {
        c->client->write(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: "
            "application/problem+json\r\nContent-Length: 26\r\n\r\n{\"detail\":\"injected 503\"}\n");
        c->inResponse = false;
        QTimer::singleShot(0, this, [this, c] { pumpClient(c); });
        return;
    }
    if (c->fault == NoRange) {
        // The upstream then answers 200 with the whole shard.
        static const QRegularExpression rangeLines(QStringLiteral("(?i)\\r\\n(range|if-range):[^\\r]*"));
        head = QString::fromLatin1(head).remove(rangeLines).toLatin1();
    }
    c->upstream->write(head + body);
}

void FaultProxy::pumpUpstream(Conn *c)
{
    if (c->closed || c->stalled)
        return;
    c->upBuf += c->upstream->readAll();
    if (!c->headDone) {
        const qsizetype end = c->upBuf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray head = c->upBuf.left(end + 4);
        c->upBuf.remove(0, end + 4);
        static const QRegularExpression cl(QStringLiteral("(?i)\\r\\ncontent-length:\\s*(\\d+)"));
        const auto m = cl.match(QString::fromLatin1(head));
        c->bodyLeft = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        c->headDone = true;
        const bool success = head.startsWith("HTTP/1.1 20");
        if (!success && c->fault != None)
            c->fault = None;
        if (c->fault == WrongContentRange) {
            static const QRegularExpression cr(
                QStringLiteral("(?i)(\\r\\ncontent-range: bytes )(\\d+)-(\\d+)/(\\d+)"));
            const auto r = cr.match(QString::fromLatin1(head));
            if (r.hasMatch()) {
                // Claim the body starts one byte later than it does.
                const QString bad = r.captured(1) + QString::number(r.captured(2).toLongLong() + 1)
                    + QLatin1Char('-') + r.captured(3) + QLatin1Char('/') + r.captured(4);
                head = QString::fromLatin1(head)
                           .replace(r.capturedStart(), r.capturedLength(), bad)
                           .toLatin1();
            } else {
                head.replace("\r\n\r\n", "\r\nContent-Range: bytes 1-1/1\r\n\r\n");
            }
        }
        if (c->fault == Drop || c->fault == Stall || c->fault == Corrupt)
            c->faultAt = c->bodyLeft > 1 ? qint64(m_rng.bounded(quint64(c->bodyLeft))) : 0;
        c->client->write(head);
    }
    while (!c->upBuf.isEmpty() && c->bodyLeft > 0) {
        QByteArray chunk = c->upBuf.left(c->bodyLeft);
        if ((c->fault == Drop || c->fault == Stall) && c->bodySent + chunk.size() > c->faultAt) {
            chunk.truncate(c->faultAt - c->bodySent);
            c->client->write(chunk);
            c->client->flush();
            if (c->fault == Drop) {
                closeConn(c);
            } else {
                // Stall: hold the rest until the client gives up and closes.
                c->stalled = true;
            }
            return;
        }
        if (c->fault == Corrupt && c->faultAt >= c->bodySent && c->faultAt < c->bodySent + chunk.size())
            chunk[c->faultAt - c->bodySent] = char(chunk.at(c->faultAt - c->bodySent) ^ 0x5a);
        c->upBuf.remove(0, chunk.size());
        c->bodySent += chunk.size();
        c->bodyLeft -= chunk.size();
        c->client->write(chunk);
        m_relayed += chunk.size();
        if (m_dieAfter > 0 && m_relayed >= m_dieAfter && !m_dead) {
            m_dead = true;
            QMetaObject::invokeMethod(this, &FaultProxy::die, Qt::QueuedConnection);
        }
    }
    if (c->bodyLeft == 0) {
        c->inResponse = false;
        c->headDone = false;
        QTimer::singleShot(0, this, [this, c] { pumpClient(c); });
    }
}

} // namespace sg::test
