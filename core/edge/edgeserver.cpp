#include "edgeserver.h"

#include "common/logging.h"
#include "crypto/cid.h"
#include "crypto/encoding.h"
#include "edge/leanparser.h"
#include "edge/rangeengine.h"
#include "ledger/ledger.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QVarLengthArray>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <netinet/in.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sg::edge {

// The log stores every string field as text: never hand it a null QString.
inline void fillEmptyFields(sg::ledger::Receipt &r)
{
    for (QString *s : { &r.edge, &r.buyer, &r.creator, &r.manifest, &r.shard, &r.licenseHash, &r.tx, &r.range,
                        &r.jti, &r.job }) {
        if (s->isNull())
            *s = QStringLiteral("");
    }
}

using Header = QPair<QByteArray, QByteArray>;

QByteArray ApiRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

ApiResponse ApiResponse::json(int status, const QByteArray &body)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    return r;
}

ApiResponse ApiResponse::problem(const Problem &p)
{
    ApiResponse r;
    r.status = p.status;
    r.contentType = "application/problem+json";
    r.body = p.json();
    if (p.retryAfterSecs >= 0)
        r.headers.append(Header("Retry-After", QByteArray::number(p.retryAfterSecs)));
    if (!p.wwwAuthenticate.isEmpty())
        r.headers.append(Header("WWW-Authenticate", p.wwwAuthenticate));
    return r;
}

namespace {

class Worker;
class Connection;

bool isDataPath(QByteArrayView path)
{
    return path.startsWith("/v1/shards/") || path.startsWith("/v1/files/");
}

// State every worker shares.
struct Shared
{
    EdgeServices services;
    const Clock *clock = nullptr;
    QMutex mutex;
    EdgeConfig config; // under mutex
    int total = 0; // under mutex
    QHash<QString, int> perIp; // under mutex
    std::atomic<bool> draining { false };
    std::atomic<qint64> drainDeadlineMs { 0 };

    EdgeConfig cfg()
    {
        QMutexLocker l(&mutex);
        return config;
    }
    bool acquire(const QString &ip)
    {
        QMutexLocker l(&mutex);
        if (total >= config.maxConnections || perIp.value(ip) >= config.maxConnectionsPerIp)
            return false;
        ++total;
        ++perIp[ip];
        return true;
    }
    void release(const QString &ip)
    {
        QMutexLocker l(&mutex);
        --total;
        auto it = perIp.find(ip);
        if (it != perIp.end() && --it.value() <= 0)
            perIp.erase(it);
    }
    int connections()
    {
        QMutexLocker l(&mutex);
        return total;
    }
};

// A piece of a response body: literal bytes or a slice of a blob file.
struct Piece
{
    QByteArray literal;
    QString path;
    qint64 offset = 0;
    qint64 length = -1; // >= 0: file slice
    int shard = -1; // index into the response's touched shards
};

// One touched shard of a data response (receipts are per shard).
struct Touched
{
    QString cid;
    qint64 size = 0;
    qint64 bytes = 0; // body bytes from this shard
    QString range; // shard-relative "a-b[,c-d]"
    qint64 sent = 0;
    qint64 charge = 0;
};

// The receipt of one shard of a data response: its access receipt (the bytes it is to
// deliver, the charge) or, for a transfer cut short, its adjust receipt (the bytes sent).
ledger::Receipt shardReceipt(const QString &edgeKeyId, const Grant &grant, const QString &creator,
                             const Touched &t, const QString &kind, qint64 bytes, qint64 charge,
                             qint64 timeMs)
{
    ledger::Receipt r;
    r.edge = edgeKeyId;
    r.buyer = grant.buyer;
    r.creator = creator;
    r.manifest = grant.manifest;
    r.shard = t.cid;
    r.licenseHash = grant.licenseHash;
    r.tx = grant.tx;
    r.range = t.range;
    r.bytes = bytes;
    r.jti = grant.jti;
    r.job = grant.job;
    r.charge = charge;
    r.kind = kind;
    r.timeMs = timeMs;
    fillEmptyFields(r);
    return r;
}

// The receipts of a charged response, kept apart from its connection: when the client is
// gone by the time the charge is made (closed while the charge ran on the pool), the charge
// stands (the shard's first delivery under the job) but no response writes receipts for it.
// Unless the response goes ahead (served = true), the destructor writes what an abort
// before the first byte writes: an access receipt with the charge, then an adjust receipt
// with 0 bytes sent. So the log accounts for every charge and a bill recomputed from it
// matches the market's books.
struct UnservedCharges
{
    std::shared_ptr<ledger::Ledger> ledger;
    std::shared_ptr<Metrics> metrics;
    const Clock *clock = nullptr;
    QString edgeKeyId;
    QString creator;
    Grant grant;
    QList<Touched> billed; // the deliveries charge() was asked about, in its order
    QList<qint64> charges; // what it charged each
    bool served = false;

    ~UnservedCharges()
    {
        if (served || !ledger)
            return;
        const auto append = [this](const ledger::Receipt &r) {
            if (ledger->append(r))
                metrics->receipts.fetch_add(1, std::memory_order_relaxed);
            else
                metrics->receiptFailures.fetch_add(1, std::memory_order_relaxed);
        };
        for (int k = 0; k < billed.size() && k < charges.size(); ++k) {
            if (charges[k] <= 0)
                continue;
            const Touched &t = billed[k];
            append(shardReceipt(edgeKeyId, grant, creator, t, ledger::kind::access, t.bytes, charges[k],
                                clock->nowMs()));
            append(shardReceipt(edgeKeyId, grant, creator, t, ledger::kind::adjust, 0, 0, clock->nowMs()));
        }
    }
};

// The object being served: one shard, or a file assembled from shard extents.
struct ObjectPart
{
    QString path;
    qint64 shardOffset = 0;
    qint64 length = 0;
    int shard = 0; // index into touched
};

class Guard;
class ApiServer;

class Worker : public QObject
{
public:
    Worker(Shared *shared, int index) : m_shared(shared), m_index(index) { }
    ~Worker() override;
    Status setup(int fd);
    void stopListening();
    void sweep();
    void applyConfig(const EdgeConfig &c) { m_config = c; }

    Shared *m_shared;
    int m_index;
    EdgeConfig m_config;
    Guard *m_guard = nullptr;
    ApiServer *m_api = nullptr;
    QTimer *m_sweep = nullptr;
    QSet<Connection *> m_connections;
    QHash<QTcpSocket *, Connection *> m_bySocket;
    QHash<QString, QFile *> m_files;
    quint64 m_removals = 0; // ContentSource::removals() when m_files was last pruned
    bool m_pruneLater = false; // a deleted file was still being sent from

    QFile *file(const QString &path);
    // Closes the open blob files the cache has deleted meanwhile (the disk space only
    // comes back once the last descriptor goes), except those a response still sends from.
    void checkRemovals();
    void pruneDeletedFiles();
    Metrics &metrics() { return *m_shared->services.metrics; }
};

class Guard : public QTcpServer
{
public:
    explicit Guard(Worker *w) : m_worker(w) { }
    void handOff(QTcpSocket *s) { addPendingConnection(s); }

protected:
    void incomingConnection(qintptr fd) override;

private:
    Worker *m_worker;
};

class ApiServer : public QAbstractHttpServer
{
public:
    explicit ApiServer(Worker *w) : m_worker(w) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Worker *m_worker;
};

void routeApi(Worker *w, const ApiRequest &req, std::function<void(ApiResponse)> done);

class Connection : public QObject
{
public:
    enum class Mode { Sniff, Lean, Api };

    Connection(Worker *w, QTcpSocket *s, QString ip);
    ~Connection() override;

    void onReadyRead();
    void processLean();
    void dispatch(const LeanRequest &req, const QByteArray &body);
    // refilled: the second run of a request that waited for an origin fill.
    void serveData(const LeanRequest &req, bool refilled = false);
    bool fillMissing(const LeanRequest &req, const Grant &grant, const QByteArray &token,
                     const QList<ShardRef> &missing, bool keepAlive);
    void sendProblem(const Problem &p, bool keepAlive,
                     const QList<QPair<QByteArray, QByteArray>> &extra = {});
    void sendApi(const ApiResponse &r, bool keepAlive, bool head);
    void sendHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength,
                  bool keepAlive);
    void startBody(QList<Piece> pieces, bool keepAlive, std::function<void(bool complete)> onEnd);
    void pump();
    void pumpOnce();
    bool writeOut(QByteArrayView bytes, bool more);
    void finishResponse(bool complete);
    void closeNow(bool abort);
    void guardApi();
    bool idle() const { return !m_busy && !m_active; }

    Worker *m_w;
    QTcpSocket *m_s;
    QString m_ip;
    Mode m_mode = Mode::Sniff;
    qint64 m_lastActivity = 0;
    qint64 m_headStart = -1;
    bool m_busy = false;
    bool m_inProcess = false;
    bool m_apiAtBoundary = false;
    bool m_closing = false;

    // The response being written.
    bool m_active = false;
    // pump() is re-entered when a write or flush emits bytesWritten synchronously; the
    // inner call only asks the outer one to go round again, so no piece is sent twice.
    bool m_pumping = false;
    bool m_pumpAgain = false;
    QList<Piece> m_pieces;
    int m_pieceIndex = 0;
    qint64 m_pieceOffset = 0;
    bool m_keepAlive = true;
    std::function<void(bool)> m_onEnd;
    QList<Touched> m_touched;
    Grant m_adjustGrant; // the data response's grant and billed shards (m_touched indexes)
    QList<int> m_adjustIndex;
    // An aborted transfer: one "adjust" receipt per billed shard with the bytes sent.
    void writeAdjustments();
    qint64 m_queuedBody = 0;
    // The response head, held back until the first body bytes so both leave in one TCP
    // segment (MSG_MORE), as nginx's tcp_nopush does: a separate segment for the head
    // costs a whole loopback transmit + receive per response.
    QByteArray m_head;
    QByteArray m_peekBuf; // the request head being parsed (reused)
};

// ---------------------------------------------------------------------------------------

Worker::~Worker()
{
    qDeleteAll(m_files);
}

QFile *Worker::file(const QString &path)
{
    auto it = m_files.find(path);
    if (it != m_files.end())
        return it.value();
    if (m_files.size() >= 256) {
        qDeleteAll(m_files);
        m_files.clear();
    }
    auto *f = new QFile(path);
    if (!f->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        qCWarning(lcEdge) << "cannot open blob" << path << f->errorString();
        delete f;
        return nullptr;
    }
    m_files.insert(path, f);
    return f;
}

Status Worker::setup(int fd)
{
    m_config = m_shared->cfg();
    m_api = new ApiServer(this);
    m_guard = new Guard(this);
    if (!m_guard->setSocketDescriptor(fd))
        return fail(QStringLiteral("cannot adopt the listening socket: %1").arg(m_guard->errorString()));
    m_guard->setMaxPendingConnections(1 << 20);
    m_api->bind(m_guard); // the API server takes what the guard hands off (pendingConnectionAvailable)
    m_sweep = new QTimer(this);
    m_sweep->setInterval(int(std::clamp<qint64>(m_config.sweepIntervalMs, 10, 5000)));
    QObject::connect(m_sweep, &QTimer::timeout, this, [this] { sweep(); });
    m_sweep->start();
    return {};
}

void Worker::stopListening()
{
    if (m_guard)
        m_guard->close();
}

void Worker::checkRemovals()
{
    const quint64 r = m_shared->services.content ? m_shared->services.content->removals() : 0;
    if (r == m_removals && !m_pruneLater)
        return;
    m_removals = r;
    pruneDeletedFiles();
}

void Worker::sweep()
{
    checkRemovals();
    const qint64 now = m_shared->clock->nowMs();
    const bool draining = m_shared->draining.load();
    const bool drainOver = draining && now >= m_shared->drainDeadlineMs.load();
    const QList<Connection *> conns = m_connections.values();
    for (Connection *c : conns) {
        if (c->m_closing)
            continue;
        if (drainOver) {
            c->closeNow(true);
            continue;
        }
        const bool waiting = c->m_mode == Connection::Mode::Api ? !c->m_apiAtBoundary : !c->idle();
        if (c->m_headStart >= 0 && now - c->m_headStart > m_config.headerTimeoutMs) {
            metrics().countGuardReject(QStringLiteral("header-timeout"));
            c->closeNow(true);
        } else if (now - c->m_lastActivity > m_config.idleTimeoutMs) {
            if (waiting)
                metrics().countGuardReject(QStringLiteral("stalled"));
            c->closeNow(waiting);
        } else if (draining && c->idle() && c->m_headStart < 0 && c->m_mode != Connection::Mode::Api) {
            c->closeNow(false);
        } else if (draining && c->m_mode == Connection::Mode::Api && c->m_apiAtBoundary
                   && c->m_s->bytesToWrite() == 0) {
            c->closeNow(false);
        }
    }
}

void Guard::incomingConnection(qintptr fd)
{
    auto *s = new QTcpSocket(this);
    if (!s->setSocketDescriptor(fd)) {
        delete s;
        return;
    }
    Metrics &m = m_worker->metrics();
    m.connectionsTotal.fetch_add(1);
    const QString ip = s->peerAddress().toString();
    if (m_worker->m_shared->draining.load() || !m_worker->m_shared->acquire(ip)) {
        m.connectionsRefused.fetch_add(1);
        Problem p = Problem::make(503, QStringLiteral("too-many-connections"),
                                  QStringLiteral("Too many connections"),
                                  QStringLiteral("the edge's connection limit is reached; retry later"));
        const QByteArray body = p.json();
        s->write(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 1\r\n"
            "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        s->disconnectFromHost();
        return;
    }
    const EdgeConfig &c = m_worker->m_config;
    s->setReadBufferSize(c.limits.maxRequestLine + c.limits.maxHeaderBytes + c.limits.maxBody + 65536);
    s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new Connection(m_worker, s, ip);
}

// ---------------------------------------------------------------------------------------

Connection::Connection(Worker *w, QTcpSocket *s, QString ip) : QObject(s), m_w(w), m_s(s), m_ip(std::move(ip))
{
    m_lastActivity = w->m_shared->clock->nowMs();
    m_headStart = m_lastActivity; // the first head must arrive within the header timeout
    w->m_connections.insert(this);
    w->m_bySocket.insert(s, this);
    w->metrics().connectionsOpen.fetch_add(1);
    // Connected before Qt HTTP Server's slots: the guard sees every byte first.
    QObject::connect(s, &QIODevice::readyRead, this, [this] { onReadyRead(); });
    QObject::connect(s, &QIODevice::bytesWritten, this, [this](qint64) {
        m_lastActivity = m_w->m_shared->clock->nowMs();
        if (m_active)
            pump();
    });
    QObject::connect(s, &QAbstractSocket::disconnected, this, [this] {
        if (m_active)
            finishResponse(false);
        m_closing = true;
        if (m_mode != Mode::Api)
            m_s->deleteLater();
    });
}

Connection::~Connection()
{
    m_w->m_connections.remove(this);
    m_w->m_bySocket.remove(m_s);
    m_w->metrics().connectionsOpen.fetch_sub(1);
    m_w->m_shared->release(m_ip);
}

void Connection::closeNow(bool abort)
{
    m_closing = true;
    if (abort)
        m_s->abort();
    else
        m_s->disconnectFromHost();
    if (m_s->state() == QAbstractSocket::UnconnectedState && m_mode != Mode::Api)
        m_s->deleteLater();
}

void Connection::onReadyRead()
{
    m_lastActivity = m_w->m_shared->clock->nowMs();
    if (m_closing)
        return;
    if (m_mode == Mode::Api) {
        guardApi();
        return;
    }
    processLean();
}

// API connections: Qt parses; the guard checks each request head first (limits, smuggling).
void Connection::guardApi()
{
    if (!m_apiAtBoundary)
        return;
    const qint64 avail = m_s->bytesAvailable();
    if (avail <= 0)
        return;
    const EdgeConfig &c = m_w->m_config;
    const QByteArray buf
        = m_s->peek(std::min<qint64>(avail, c.limits.maxRequestLine + c.limits.maxHeaderBytes + 16));
    const ParseResult r = parseRequestHead(buf, c.limits);
    if (r.status == ParseResult::Status::NeedMore) {
        if (m_headStart < 0)
            m_headStart = m_lastActivity;
        return;
    }
    m_headStart = -1;
    if (r.status == ParseResult::Status::Error) {
        // Cut Qt off this socket before its slot runs, answer ourselves and close.
        QObject::disconnect(m_s, &QIODevice::readyRead, m_w->m_api, nullptr);
        m_mode = Mode::Lean;
        m_w->metrics().countGuardReject(QString::fromLatin1(r.reason));
        sendProblem(Problem::make(r.httpStatus, QStringLiteral("bad-request"),
                                  QString::fromLatin1(reasonPhrase(r.httpStatus)),
                                  QString::fromLatin1(r.reason)),
                    false);
        return;
    }
    m_apiAtBoundary = false;
}

void Connection::processLean()
{
    if (m_inProcess)
        return;
    m_inProcess = true;
    const EdgeConfig &c = m_w->m_config;
    while (!m_busy && !m_active && !m_closing && m_mode != Mode::Api) {
        const qint64 avail = m_s->bytesAvailable();
        if (avail <= 0) {
            if (m_mode != Mode::Sniff)
                m_headStart = -1;
            break;
        }
        // Peeked into a buffer the connection keeps, so a request costs no allocation here.
        m_peekBuf.resize(std::min<qint64>(avail, c.limits.maxRequestLine + c.limits.maxHeaderBytes + 16));
        const qint64 peeked = m_s->peek(m_peekBuf.data(), m_peekBuf.size());
        const ParseResult r
            = parseRequestHead(QByteArrayView(m_peekBuf.constData(), std::max<qint64>(peeked, 0)), c.limits);
        if (r.status == ParseResult::Status::NeedMore) {
            if (m_headStart < 0)
                m_headStart = m_lastActivity;
            break;
        }
        if (r.status == ParseResult::Status::Error) {
            m_w->metrics().countGuardReject(QString::fromLatin1(r.reason));
            sendProblem(Problem::make(r.httpStatus, QStringLiteral("bad-request"),
                                      QString::fromLatin1(reasonPhrase(r.httpStatus)),
                                      QString::fromLatin1(r.reason)),
                        false);
            break;
        }
        const LeanRequest &req = r.request;
        if ((req.method == "GET" || req.method == "HEAD") && req.contentLength > 0) {
            m_w->metrics().countGuardReject(QStringLiteral("body on GET"));
            sendProblem(Problem::make(400, QStringLiteral("bad-request"), QStringLiteral("Bad Request"),
                                      QStringLiteral("GET and HEAD requests carry no body")),
                        false);
            break;
        }
        if (avail < r.consumed + req.contentLength) {
            if (m_headStart < 0)
                m_headStart = m_lastActivity; // the body must arrive within the header timeout too
            break;
        }
        if (m_mode == Mode::Sniff && !isDataPath(req.path)) {
            // Hand the connection, bytes unread, to Qt HTTP Server.
            m_mode = Mode::Api;
            m_headStart = -1;
            m_apiAtBoundary = false;
            m_w->metrics().handedToApi.fetch_add(1);
            m_w->m_guard->handOff(m_s);
            // Qt 6.4.2 parses only on a new readyRead: emit one once its slots are connected.
            QMetaObject::invokeMethod(m_s, &QIODevice::readyRead, Qt::QueuedConnection);
            break;
        }
        m_mode = Mode::Lean;
        m_headStart = -1;
        m_s->skip(r.consumed);
        const QByteArray body = req.contentLength > 0 ? m_s->read(req.contentLength) : QByteArray();
        dispatch(req, body);
    }
    m_inProcess = false;
}

void Connection::dispatch(const LeanRequest &req, const QByteArray &body)
{
    if (isDataPath(req.path)) {
        serveData(req);
        return;
    }
    ApiRequest a;
    a.method = req.method;
    a.path = req.path;
    a.query = req.query;
    a.headers = req.headers;
    a.body = body;
    a.peer = m_ip;
    const bool keepAlive = req.keepAlive && !m_w->m_shared->draining.load();
    const bool head = req.method == "HEAD";
    m_busy = true;
    QPointer<Connection> self(this);
    routeApi(m_w, a, [self, keepAlive, head](ApiResponse r) {
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, r, keepAlive, head] {
            if (!self || self->m_closing)
                return;
            self->sendApi(r, keepAlive, head);
        });
    });
}

void Connection::sendHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                          qint64 contentLength, bool keepAlive)
{
    // Appended in place to the held-back head (written by pumpOnce() together with the
    // first body bytes); the buffer keeps its capacity from one response to the next. The
    // size is added up first, then every piece is copied in: one resize, no append call
    // per piece (those were a tenth of the lean path's instructions).
    const char *reason = reasonText(status);
    const qsizetype reasonLen = qsizetype(std::strlen(reason));
    qsizetype need = 9 + 3 + 1 + reasonLen + 2 + 2;
    for (const auto &kv : headers)
        need += kv.first.size() + 2 + kv.second.size() + 2;
    if (contentLength >= 0)
        need += 16 + 20 + 2;
    if (!keepAlive)
        need += 19;
    QByteArray &h = m_head;
    const qsizetype at = h.size();
    h.resize(at + need);
    char *const begin = h.data() + at;
    char *w = begin;
    const auto put = [&w](const char *p, qsizetype n) {
        std::memcpy(w, p, size_t(n));
        w += n;
    };
    put("HTTP/1.1 ", 9);
    w = std::to_chars(w, w + 3, status).ptr;
    *w++ = ' ';
    put(reason, reasonLen);
    put("\r\n", 2);
    for (const auto &kv : headers) {
        put(kv.first.constData(), kv.first.size());
        put(": ", 2);
        put(kv.second.constData(), kv.second.size());
        put("\r\n", 2);
    }
    if (contentLength >= 0) {
        put("Content-Length: ", 16);
        w = std::to_chars(w, w + 20, contentLength).ptr;
        put("\r\n", 2);
    }
    if (!keepAlive)
        put("Connection: close\r\n", 19);
    put("\r\n", 2);
    h.resize(at + (w - begin));
    m_w->metrics().countStatus(status);
}

// Writes bytes straight to the socket while Qt's own buffer is empty (no copy, no write
// notifier round trip); what the kernel does not take goes through Qt's buffer, which keeps
// the order and wakes pump() through bytesWritten. more: body bytes follow at once.
// Plain TCP only, like the sendfile() path: a TLS socket would have to go through
// QSslSocket::write instead.
bool Connection::writeOut(QByteArrayView bytes, bool more)
{
    if (bytes.isEmpty())
        return true;
    qsizetype done = 0;
    if (m_s->bytesToWrite() == 0) {
        const ssize_t n = ::send(int(m_s->socketDescriptor()), bytes.data(), size_t(bytes.size()),
                                 MSG_NOSIGNAL | (more ? MSG_MORE : 0));
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        done = n > 0 ? qsizetype(n) : 0;
    }
    if (done < bytes.size())
        m_s->write(bytes.data() + done, bytes.size() - done);
    return true;
}

void Connection::sendApi(const ApiResponse &r, bool keepAlive, bool head)
{
    QList<QPair<QByteArray, QByteArray>> headers = r.headers;
    headers.prepend({ "Content-Type", r.contentType });
    sendHead(r.status, headers, r.body.size(), keepAlive);
    QList<Piece> pieces;
    if (!head && !r.body.isEmpty())
        pieces.append(Piece { r.body, {}, 0, -1, -1 });
    m_busy = false;
    startBody(pieces, keepAlive, {});
}

void Connection::sendProblem(const Problem &p, bool keepAlive,
                             const QList<QPair<QByteArray, QByteArray>> &extra)
{
    ApiResponse r = ApiResponse::problem(p);
    r.headers += extra;
    sendApi(r, keepAlive && !m_w->m_shared->draining.load(), false);
}

void Connection::startBody(QList<Piece> pieces, bool keepAlive, std::function<void(bool)> onEnd)
{
    m_pieces = std::move(pieces);
    m_pieceIndex = 0;
    m_pieceOffset = 0;
    m_keepAlive = keepAlive;
    m_onEnd = std::move(onEnd);
    m_queuedBody = 0;
    m_active = true;
    pump();
}

void Connection::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain);
    m_pumping = false;
}

void Connection::pumpOnce()
{
    const EdgeConfig &c = m_w->m_config;
    while (m_active && m_s->bytesToWrite() < c.socketHighWater) {
        if (m_pieceIndex >= m_pieces.size()) {
            if (!writeOut(m_head, false)) {
                finishResponse(false);
                closeNow(true);
                return;
            }
            m_head.resize(0);
            finishResponse(true);
            return;
        }
        Piece &p = m_pieces[m_pieceIndex];
        if (p.length < 0) {
            // Small literals (problem bodies, multipart part heads) join the held head.
            if (p.literal.size() <= 16 * 1024) {
                m_head += p.literal;
            } else {
                const bool ok
                    = writeOut(m_head, true) && writeOut(p.literal, m_pieceIndex + 1 < m_pieces.size());
                m_head.resize(0);
                if (!ok) {
                    finishResponse(false);
                    closeNow(true);
                    return;
                }
            }
            ++m_pieceIndex;
            continue;
        }
        const qint64 n = std::min(c.chunkBytes, p.length - m_pieceOffset);
        if (n <= 0) {
            ++m_pieceIndex;
            m_pieceOffset = 0;
            continue;
        }
        if (!m_head.isEmpty()) {
            const bool ok = writeOut(m_head, true); // MSG_MORE: leaves with the first body bytes
            m_head.resize(0);
            if (!ok) {
                finishResponse(false);
                closeNow(true);
                return;
            }
        }
        QFile *f = m_w->file(p.path);
        // Zero copy while Qt's own buffer is empty: sendfile() straight to the socket. On
        // EAGAIN the next chunk goes through Qt's buffer, whose write notifier then paces
        // us again through bytesWritten.
        if (f && m_s->bytesToWrite() > 0)
            m_s->flush();
        if (f && m_s->bytesToWrite() == 0) {
            off_t off = off_t(p.offset + m_pieceOffset);
            const qint64 want = std::min<qint64>(p.length - m_pieceOffset, 16 * c.chunkBytes);
            const ssize_t sent = ::sendfile(int(m_s->socketDescriptor()), f->handle(), &off, size_t(want));
            if (sent > 0) {
                m_queuedBody += sent;
                if (p.shard >= 0 && p.shard < m_touched.size())
                    m_touched[p.shard].sent += sent;
                m_pieceOffset += sent;
                if (m_pieceOffset >= p.length) {
                    ++m_pieceIndex;
                    m_pieceOffset = 0;
                }
                continue;
            }
            if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                finishResponse(false);
                closeNow(true);
                return;
            }
        }
        // The kernel buffer is full: queue a small piece in Qt's buffer only to be woken
        // (bytesWritten) when the socket can take more.
        const qint64 n2 = f ? std::min<qint64>(n, 16 * 1024) : n;
        QByteArray buf(n2, Qt::Uninitialized);
        const ssize_t got = f ? ::pread(f->handle(), buf.data(), size_t(n2), p.offset + m_pieceOffset) : -1;
        if (got <= 0) {
            qCWarning(lcEdge) << "blob read failed" << p.path << (got < 0 ? strerror(errno) : "short file");
            finishResponse(false);
            closeNow(true);
            return;
        }
        m_s->write(buf.constData(), got);
        m_queuedBody += got;
        if (p.shard >= 0 && p.shard < m_touched.size())
            m_touched[p.shard].sent += got;
        m_pieceOffset += got;
        if (m_pieceOffset >= p.length) {
            ++m_pieceIndex;
            m_pieceOffset = 0;
        }
    }
}

void Connection::finishResponse(bool complete)
{
    if (!m_active)
        return;
    m_active = false;
    m_head.resize(0);
    if (!complete) {
        // Bytes still in the socket's buffer never left: take them off the last shards.
        qint64 unsent = m_s->bytesToWrite();
        for (int i = m_touched.size() - 1; i >= 0 && unsent > 0; --i) {
            const qint64 cut = std::min(unsent, m_touched[i].sent);
            m_touched[i].sent -= cut;
            unsent -= cut;
        }
        m_w->metrics().aborted.fetch_add(1);
    }
    auto onEnd = std::move(m_onEnd);
    m_onEnd = {};
    if (onEnd)
        onEnd(complete);
    m_touched.clear();
    m_pieces.clear();
    if (!complete)
        return;
    if (!m_keepAlive) {
        closeNow(false);
        return;
    }
    m_lastActivity = m_w->m_shared->clock->nowMs();
    if (m_s->bytesAvailable() > 0)
        processLean();
}

void Connection::writeAdjustments()
{
    // An aborted transfer: record what was actually sent (DESIGN §7 "adjust").
    Shared *sh = m_w->m_shared;
    const Grant &grant = m_adjustGrant;
    for (int i : std::as_const(m_adjustIndex)) {
        if (i < 0 || i >= m_touched.size())
            continue;
        const Touched &t = m_touched[i];
        const ledger::Receipt r
            = shardReceipt(sh->services.edgeKeyId, grant, grant.creator, t, ledger::kind::adjust,
                           std::max<qint64>(0, t.sent), 0, sh->clock->nowMs());
        if (sh->services.ledger->append(r))
            m_w->metrics().receipts.fetch_add(1);
    }
}

void Worker::pruneDeletedFiles()
{
    m_pruneLater = false;
    if (m_files.isEmpty())
        return;
    QSet<QString> sending;
    for (const Connection *c : std::as_const(m_connections)) {
        if (!c->m_active)
            continue;
        for (qsizetype i = c->m_pieceIndex; i < c->m_pieces.size(); ++i) {
            if (c->m_pieces.at(i).length >= 0)
                sending.insert(c->m_pieces.at(i).path);
        }
    }
    for (auto it = m_files.begin(); it != m_files.end();) {
        struct stat st;
        if (::fstat(it.value()->handle(), &st) != 0 || st.st_nlink > 0) {
            ++it;
            continue;
        }
        if (sending.contains(it.key())) {
            m_pruneLater = true; // the sweep tries again once that response is done
            ++it;
            continue;
        }
        delete it.value();
        it = m_files.erase(it);
    }
}

// --- data routes ------------------------------------------------------------------------

// The receipt's leaf hash for its header: a plain table, as this runs on every response.
QByteArray lowerHex(QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray out(bytes.size() * 2, Qt::Uninitialized);
    char *o = out.data();
    for (const char c : bytes) {
        *o++ = digits[(uchar(c) >> 4) & 0xf];
        *o++ = digits[uchar(c) & 0xf];
    }
    return out;
}

// A receipt's "range" ("a-b[,c-d...]"), formatted in place: one allocation (the QString).
QString rangeText(const QList<ByteRange> &ranges)
{
    QVarLengthArray<char, 64> buf(ranges.size() * 42);
    char *w = buf.data();
    char *const end = w + buf.size();
    for (const ByteRange &r : ranges) {
        if (w != buf.data())
            *w++ = ',';
        w = std::to_chars(w, end, r.start).ptr;
        *w++ = '-';
        w = std::to_chars(w, end, r.end() - 1).ptr;
    }
    return QString::fromLatin1(buf.data(), w - buf.data());
}

void Connection::serveData(const LeanRequest &req, bool refilled)
{
    Shared *sh = m_w->m_shared;
    Metrics &m = m_w->metrics();
    if (!refilled)
        m.dataRequests.fetch_add(1, std::memory_order_relaxed);
    m_w->checkRemovals();
    const bool keepAlive = req.keepAlive && !sh->draining.load();
    const bool head = req.method == "HEAD";
    if (!head && req.method != "GET") {
        sendProblem(Problem::make(405, QStringLiteral("method-not-allowed"),
                                  QStringLiteral("Method Not Allowed"),
                                  QStringLiteral("shards and files answer GET and HEAD")),
                    keepAlive, { { "Allow", "GET, HEAD" } });
        return;
    }
    // Token: Authorization: Bearer, else ?token=.
    QByteArray token;
    const QByteArray auth = req.header("authorization");
    if (!auth.isNull()) {
        if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            token = auth.mid(7).trimmed();
    } else {
        token = queryValue(req.query, "token");
    }
    auto reject = [&](const QString &reason, const Problem &p) {
        m.countTokenReject(reason);
        sendProblem(p, keepAlive);
    };
    if (!sh->services.gate) {
        reject(QStringLiteral("no-verifier"),
               Problem::make(401, QStringLiteral("token-verifier-unavailable"),
                             QStringLiteral("Unauthorized"),
                             QStringLiteral("this edge has no token verifier; no data is served")));
        return;
    }
    if (token.isEmpty()) {
        reject(QStringLiteral("missing"),
               Problem::make(401, QStringLiteral("token-missing"), QStringLiteral("Unauthorized"),
                             QStringLiteral("send a token in 'Authorization: Bearer' or '?token='")));
        return;
    }
    GateDecision gd = sh->services.gate->authorize(token, sh->clock->nowMs());
    if (!gd.allowed) {
        reject(gd.rejectReason.isEmpty() ? QStringLiteral("invalid") : gd.rejectReason, gd.problem);
        return;
    }
    const Grant grant = std::move(gd.grant);
    auto notFound = [&](const QString &detail) {
        m.misses.fetch_add(1, std::memory_order_relaxed);
        sendProblem(Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not Found"), detail),
                    keepAlive);
    };
    auto forbidden = [&](const QString &detail) {
        m.countTokenReject(QStringLiteral("not-entitled"));
        sendProblem(Problem::make(403, QStringLiteral("not-entitled"), QStringLiteral("Forbidden"), detail),
                    keepAlive);
    };
    auto manifest = sh->services.content->manifest(grant.manifest);
    if (!manifest) {
        notFound(QStringLiteral("the token's manifest is not published on this edge"));
        return;
    }
    const ManifestView &mv = **manifest;

    QList<ObjectPart> parts;
    QList<Touched> touched;
    qint64 length = 0;
    QByteArray etag;
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    QList<ShardRef> missing; // not stored here; an origin may fill them (cache layer)
    bool sizedFromManifest = false; // a HEAD of a shard not stored here
    auto addShard = [&](const QString &cid, qint64 offset, qint64 len) -> bool {
        auto blob = sh->services.content->shard(cid);
        if (!blob && blob.errorCode() == QLatin1String("miss") && head) {
            // A HEAD sends no bytes: the manifest's sizes answer it, nothing is filled.
            for (const ShardRef &s : mv.shards) {
                if (s.cid == cid) {
                    blob = ShardBlob { cid, QString(), s.size };
                    sizedFromManifest = true;
                    break;
                }
            }
        }
        if (!blob && blob.errorCode() == QLatin1String("miss") && !refilled) {
            for (const ShardRef &s : mv.shards) {
                if (s.cid == cid && !missing.contains(s))
                    missing.append(s);
            }
            return true;
        }
        if (!blob)
            return false;
        int idx = -1;
        for (int i = 0; i < touched.size(); ++i) {
            if (touched[i].cid == cid)
                idx = i;
        }
        if (idx < 0) {
            touched.append(Touched { cid, blob->size, 0, {}, 0, 0 });
            idx = int(touched.size()) - 1;
        }
        parts.append(ObjectPart { blob->path, offset, len, idx });
        length += len;
        return true;
    };
    if (req.path.startsWith("/v1/shards/")) {
        const QString cidText = QString::fromLatin1(req.path.mid(11));
        // A CID of the manifest is valid by construction: parse only the others.
        if (!mv.shardCids.contains(cidText) && !crypto::Cid::parse(cidText)) {
            notFound(QStringLiteral("'%1' is not a shard CID").arg(cidText));
            return;
        }
        if (!mv.shardCids.contains(cidText) || (!grant.shards.isEmpty() && !grant.shards.contains(cidText))) {
            forbidden(QStringLiteral("the token does not cover this shard"));
            return;
        }
        qint64 size = -1;
        for (const ShardRef &s : mv.shards) {
            if (s.cid == cidText)
                size = s.size;
        }
        if (!addShard(cidText, 0, size)) {
            notFound(QStringLiteral("shard %1 is not in this edge's store").arg(cidText));
            return;
        }
        if (missing.isEmpty() && touched.first().size != size) {
            sendProblem(Problem::make(503, QStringLiteral("store-inconsistent"),
                                      QStringLiteral("Service Unavailable"),
                                      QStringLiteral("the stored shard does not match its manifest size")),
                        false);
            return;
        }
        etag = '"' + cidText.toLatin1() + '"';
    } else {
        const QByteArray rest = req.path.mid(10);
        const qsizetype slash = rest.indexOf('/');
        const QByteArray decoded
            = slash > 0 ? percentDecode(QByteArrayView(rest).sliced(slash + 1)) : QByteArray();
        if (slash <= 0 || decoded.isEmpty()) {
            notFound(QStringLiteral("use /v1/files/{manifestCid}/{path}"));
            return;
        }
        const QString mcid = QString::fromLatin1(rest.first(slash));
        if (mcid != grant.manifest) {
            forbidden(QStringLiteral("the token is for another manifest"));
            return;
        }
        const auto fit = mv.fileByPath.constFind(QString::fromUtf8(decoded));
        if (fit == mv.fileByPath.constEnd()) {
            notFound(QStringLiteral("no file '%1' in manifest %2").arg(QString::fromUtf8(decoded), mcid));
            return;
        }
        const FileEntry &fe = mv.files.at(fit.value());
        for (const FileExtent &e : fe.extents) {
            const QString &cid = mv.shards.at(e.shard).cid;
            if (!grant.shards.isEmpty() && !grant.shards.contains(cid)) {
                forbidden(QStringLiteral("the token does not cover every shard of this file"));
                return;
            }
            if (!addShard(cid, e.offset, e.length)) {
                notFound(QStringLiteral("shard %1 is not in this edge's store").arg(cid));
                return;
            }
        }
        etag = "\"sha256-" + fe.sha256.toLatin1() + '"';
    }
    for (const Touched &t : std::as_const(touched)) {
        const GateDecision pd = sh->services.gate->permit(grant, t.cid, t.size, sh->clock->nowMs());
        if (!pd.allowed) {
            reject(pd.rejectReason.isEmpty() ? QStringLiteral("policy") : pd.rejectReason, pd.problem);
            return;
        }
    }
    if (!missing.isEmpty() && fillMissing(req, grant, token, missing, keepAlive))
        return;
    if (!refilled && !sizedFromManifest)
        m.hits.fetch_add(1, std::memory_order_relaxed);

    const RangeDecision rd = RangeEngine::decide(
        req.hasHeader("range") ? QByteArrayView(req.header("range")) : QByteArrayView(),
        req.hasHeader("if-range") ? QByteArrayView(req.header("if-range")) : QByteArrayView(), etag, length);
    // Room for Content-Range and the two receipt headers: no reallocation on the way.
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.reserve(7);
    // (QByteArrayLiteral: static text, no allocation per response.)
    headers.append(Header(QByteArrayLiteral("Content-Type"), QByteArray())); // set below
    headers.append(Header(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")));
    headers.append(Header(QByteArrayLiteral("ETag"), etag));
    headers.append(Header(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private")));
    if (rd.kind == RangeDecision::Kind::Unsatisfiable) {
        sendProblem(Problem::make(
                        416, QStringLiteral("range-not-satisfiable"), QStringLiteral("Range Not Satisfiable"),
                        QStringLiteral("no requested range starts inside the %1-byte object").arg(length)),
                    keepAlive, { { "Content-Range", RangeEngine::unsatisfiedRange(length) } });
        return;
    }
    // Lay out the body over the object, then map object slices to blob slices.
    QList<BodySegment> segments;
    int status = 200;
    QByteArray type = contentType;
    qint64 contentLength = length;
    QList<ByteRange> served;
    if (rd.kind == RangeDecision::Kind::Full) {
        if (length > 0)
            segments.append(BodySegment { {}, 0, length });
        served.append(ByteRange { 0, length });
    } else if (rd.kind == RangeDecision::Kind::Single) {
        status = 206;
        segments.append(BodySegment { {}, rd.ranges.first().start, rd.ranges.first().length });
        headers.append(
            Header(QByteArrayLiteral("Content-Range"), RangeEngine::contentRange(rd.ranges.first(), length)));
        contentLength = rd.ranges.first().length;
        served = rd.ranges;
    } else {
        status = 206;
        const QByteArray boundary
            = "sg" + QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
        MultipartBody mb = RangeEngine::multipart(rd.ranges, length, contentType, boundary);
        segments = mb.segments;
        type = mb.contentType;
        contentLength = mb.contentLength;
        served = rd.ranges;
    }
    headers.first().second = type;
    QList<Piece> pieces;
    QList<QList<ByteRange>> shardRanges(touched.size());
    for (const BodySegment &seg : segments) {
        if (!seg.isSlice()) {
            pieces.append(Piece { seg.literal, {}, 0, -1, -1 });
            continue;
        }
        qint64 partStart = 0;
        for (const ObjectPart &op : parts) {
            const qint64 a = std::max(seg.offset, partStart);
            const qint64 b = std::min(seg.offset + seg.length, partStart + op.length);
            if (a < b) {
                pieces.append(Piece { {}, op.path, op.shardOffset + (a - partStart), b - a, op.shard });
                touched[op.shard].bytes += b - a;
                shardRanges[op.shard].append(ByteRange { op.shardOffset + (a - partStart), b - a });
            }
            partStart += op.length;
        }
    }
    for (int i = 0; i < touched.size(); ++i)
        touched[i].range = rangeText(shardRanges[i]);
    if (sh->services.hooks) {
        const GateDecision ad
            = sh->services.hooks->admit(grant, head ? 0 : contentLength, !refilled, sh->clock->nowMs());
        if (!ad.allowed) {
            reject(ad.rejectReason.isEmpty() ? QStringLiteral("policy") : ad.rejectReason, ad.problem);
            return;
        }
    }
    if (head) {
        sendHead(status, headers, contentLength, keepAlive);
        startBody({}, keepAlive, {});
        return;
    }
    if (!sh->services.ledger) {
        sendProblem(Problem::make(503, QStringLiteral("ledger-unavailable"),
                                  QStringLiteral("Service Unavailable"),
                                  QStringLiteral("this edge has no receipt log; no data is served")),
                    false);
        return;
    }
    // Only shards that actually deliver bytes are metered and billed.
    QList<int> billedIndex;
    QList<Delivery> deliveries;
    for (int i = 0; i < touched.size(); ++i) {
        if (touched[i].bytes > 0 || length == 0) {
            billedIndex.append(i);
            deliveries.append(Delivery { touched[i].cid, touched[i].size });
        }
    }
    const bool needsCharge = sh->services.gate->needsCharge(grant, deliveries);
    QList<Touched> billedTouched; // for UnservedCharges (only when charge() runs)
    if (needsCharge)
        for (int i : std::as_const(billedIndex))
            billedTouched.append(touched[i]);

    // (touched and billedIndex are not used below: moved in, so the charges written into
    // touched do not copy the list.)
    auto proceed = [this, grant, touched = std::move(touched), billedIndex = std::move(billedIndex),
                    headers = std::move(headers), status, contentLength, pieces = std::move(pieces),
                    keepAlive, refilled, mv = *manifest](const QList<qint64> &charges) mutable {
        Shared *sh = m_w->m_shared;
        Metrics &m = m_w->metrics();
        QByteArray firstSeq, firstHash;
        qint64 chargedTotal = 0;
        // A log shared by several edges (PostgreSQL) numbers receipts at COMMIT: the
        // response head, which names the receipt, then waits for the group commit (a few
        // ms); the connection reads no further request meanwhile. A local log numbers
        // them at once and the head leaves without waiting for the disk.
        const bool atCommit = sh->services.ledger->sequencedAtCommit();
        struct Awaited
        {
            QMutex mutex;
            int left = 0;
            QByteArray seq, hash;
            QString error;
        };
        // Only a shared log waits for its commit: no allocation per response otherwise.
        auto awaited = atCommit ? std::make_shared<Awaited>() : std::shared_ptr<Awaited>();
        if (awaited)
            awaited->left = int(billedIndex.size());
        QPointer<Connection> self(this);
        std::shared_ptr<std::function<void(QByteArray, QByteArray)>> respondLater;
        auto onDurable = [self, awaited, &respondLater](bool first) {
            auto respond = respondLater; // set before the first append below
            return [self, awaited, respond, first](const Result<ledger::Appended> &done) {
                QMutexLocker l(&awaited->mutex);
                if (!done && awaited->error.isEmpty())
                    awaited->error = done.errorString();
                if (done && first) {
                    awaited->seq = QByteArray::number(done->seq);
                    awaited->hash = lowerHex(done->leafHash);
                }
                if (--awaited->left > 0)
                    return;
                const QByteArray seq = awaited->seq, hash = awaited->hash;
                const QString error = awaited->error;
                l.unlock();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, respond, seq, hash, error]() {
                        if (!self || self->m_closing)
                            return;
                        self->m_busy = false;
                        if (!error.isEmpty()) {
                            self->m_w->metrics().receiptFailures.fetch_add(1);
                            qCWarning(lcEdge) << "receipt not committed:" << error;
                            self->sendProblem(
                                Problem::make(503, QStringLiteral("ledger-unavailable"),
                                              QStringLiteral("Service Unavailable"),
                                              QStringLiteral("the receipt log did not commit the "
                                                             "receipt; no data is served")),
                                false);
                            return;
                        }
                        (*respond)(seq, hash);
                    },
                    Qt::QueuedConnection);
            };
        };
        if (atCommit)
            respondLater = std::make_shared<std::function<void(QByteArray, QByteArray)>>();
        for (int k = 0; k < billedIndex.size(); ++k) {
            Touched &t = touched[billedIndex[k]];
            t.charge = k < charges.size() ? charges[k] : 0;
            const ledger::Receipt r = shardReceipt(
                sh->services.edgeKeyId, grant, grant.creator.isEmpty() ? mv->creator : grant.creator, t,
                ledger::kind::access, t.bytes, t.charge, sh->clock->nowMs());
            auto ap = atCommit ? sh->services.ledger->append(r, onDurable(k == 0))
                               : sh->services.ledger->append(r);
            if (!ap) {
                m.receiptFailures.fetch_add(1);
                qCWarning(lcEdge) << "receipt refused:" << ap.errorString();
                sendProblem(
                    Problem::make(503, QStringLiteral("ledger-unavailable"),
                                  QStringLiteral("Service Unavailable"),
                                  QStringLiteral("the receipt log refused the receipt; no data is served")),
                    false);
                return;
            }
            m.receipts.fetch_add(1, std::memory_order_relaxed);
            chargedTotal += t.charge;
            if (firstSeq.isEmpty()) {
                firstSeq = QByteArray::number(ap->seq);
                firstHash = lowerHex(ap->leafHash);
            }
        }
        const bool anyBilled = !billedIndex.isEmpty();
        // (grant, touched, billedIndex are not used below: moved, not copied.)
        auto respond = [this, grant = std::move(grant), touched = std::move(touched),
                        billedIndex = std::move(billedIndex), headers = std::move(headers), status,
                        contentLength, pieces = std::move(pieces), keepAlive, refilled,
                        chargedTotal](QByteArray firstSeq, QByteArray firstHash) mutable {
            Shared *sh = m_w->m_shared;
            Metrics &m = m_w->metrics();
            m.countDatasetRevenue(grant.manifest, billedIndex.size(), chargedTotal);
            if (sh->services.hooks) {
                QList<Served> served;
                for (int i : std::as_const(billedIndex))
                    served.append(
                        Served { touched[i].cid, touched[i].size, touched[i].bytes, touched[i].charge });
                sh->services.hooks->served(grant, served, sh->clock->nowMs());
            }
            if (!firstSeq.isEmpty()) {
                headers.append(Header(QByteArrayLiteral("Shardgate-Receipt"), firstSeq));
                headers.append(Header(QByteArrayLiteral("Shardgate-Receipt-Hash"), firstHash));
            }
            sendHead(status, headers, contentLength, keepAlive);
            m.bytesServed.fetch_add(contentLength, std::memory_order_relaxed);
            if (!refilled)
                m.bytesSavedFromOrigin.fetch_add(contentLength, std::memory_order_relaxed);
            m_touched = std::move(touched);
            // Kept on the connection for an abort, so the end callback captures only `this`
            // (no heap allocation and no grant copy per response).
            m_adjustGrant = std::move(grant);
            m_adjustIndex = std::move(billedIndex);
            startBody(std::move(pieces), keepAlive, [this](bool complete) {
                if (!complete)
                    writeAdjustments();
            });
        };
        if (respondLater && anyBilled) {
            *respondLater = std::move(respond);
            m_busy = true; // until the group commit has numbered the receipts
            return;
        }
        respond(firstSeq, firstHash);
    };
    if (!needsCharge) {
        proceed(QList<qint64>(deliveries.size(), 0));
        return;
    }
    m_busy = true;
    QPointer<Connection> self(this);
    auto gate = sh->services.gate;
    auto unserved = std::make_shared<UnservedCharges>();
    unserved->ledger = sh->services.ledger;
    unserved->metrics = sh->services.metrics;
    unserved->clock = sh->clock;
    unserved->edgeKeyId = sh->services.edgeKeyId;
    unserved->creator = grant.creator.isEmpty() ? (*manifest)->creator : grant.creator;
    unserved->grant = grant;
    unserved->billed = std::move(billedTouched);
    QThreadPool::globalInstance()->start([self, gate, deliveries, proceed, keepAlive,
                                          unserved = std::move(unserved)]() mutable {
        QList<qint64> madeBeforeError;
        auto charged = gate->charge(unserved->grant, deliveries, &madeBeforeError);
        unserved->charges = charged ? *charged : madeBeforeError;
        // If the connection is gone before this runs (or the event is dropped with it), the
        // last reference to `unserved` goes and writes the charges' receipts.
        QMetaObject::invokeMethod(
            self, [self, charged, proceed, keepAlive, unserved = std::move(unserved)]() mutable {
                if (!self || self->m_closing)
                    return;
                self->m_busy = false;
                if (!charged) {
                    if (charged.errorCode() == QLatin1String("credits")) {
                        self->m_w->metrics().countTokenReject(QStringLiteral("credits"));
                        self->sendProblem(Problem::make(402, QStringLiteral("insufficient-credits"),
                                                        QStringLiteral("Payment Required"),
                                                        charged.errorString()),
                                          keepAlive);
                    } else if (charged.errorCode() == QLatin1String("forbidden")) {
                        self->m_w->metrics().countTokenReject(QStringLiteral("max-spend"));
                        self->sendProblem(Problem::make(403, QStringLiteral("max-spend"),
                                                        QStringLiteral("Forbidden"), charged.errorString()),
                                          keepAlive);
                    } else {
                        self->sendProblem(Problem::make(503, QStringLiteral("billing-unavailable"),
                                                        QStringLiteral("Service Unavailable"),
                                                        charged.errorString()),
                                          false);
                    }
                    return; // (charges made before the refusal: logged by `unserved`)
                }
                unserved->served = true; // the response writes the receipts
                proceed(*charged);
            });
    });
}

// Shards an origin has to fill first (cache layer): the request waits, off the event loop,
// and runs again once they are stored and verified. Returns false when nothing waits.
bool Connection::fillMissing(const LeanRequest &req, const Grant &grant, const QByteArray &token,
                             const QList<ShardRef> &missing, bool keepAlive)
{
    Shared *sh = m_w->m_shared;
    for (const ShardRef &s : missing) {
        const GateDecision pd = sh->services.gate->permit(grant, s.cid, s.size, sh->clock->nowMs());
        if (!pd.allowed) {
            m_w->metrics().countTokenReject(pd.rejectReason.isEmpty() ? QStringLiteral("policy")
                                                                      : pd.rejectReason);
            sendProblem(pd.problem, keepAlive);
            return true;
        }
    }
    if (sh->services.hooks) {
        // Counted once here (rate limits, maxRequests); the re-run only reserves bytes.
        const GateDecision ad = sh->services.hooks->admit(grant, 0, true, sh->clock->nowMs());
        if (!ad.allowed) {
            m_w->metrics().countTokenReject(ad.rejectReason);
            sendProblem(ad.problem, keepAlive);
            return true;
        }
    }
    m_w->metrics().misses.fetch_add(1, std::memory_order_relaxed);
    m_busy = true;
    QPointer<Connection> self(this);
    sh->services.content->fill(
        missing, FillContext { token, grant.manifest, grant.buyer, grant.job },
        [self, req, keepAlive](Status st) {
            QMetaObject::invokeMethod(self, [self, req, keepAlive, st] {
                if (!self || self->m_closing)
                    return;
                self->m_busy = false;
                if (st) {
                    self->serveData(req, true);
                } else {
                    const QString code = st.errorCode();
                    Problem p = code == QLatin1String("notfound")
                        ? Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not Found"),
                                        st.errorString())
                        : code == QLatin1String("capacity")
                        ? Problem::make(503, QStringLiteral("cache-full"),
                                        QStringLiteral("Service Unavailable"), st.errorString())
                        : Problem::make(502,
                                        code == QLatin1String("integrity")
                                            ? QStringLiteral("origin-integrity")
                                            : QStringLiteral("origin-unavailable"),
                                        QStringLiteral("Bad Gateway"), st.errorString());
                    if (p.status != 404)
                        p.retryAfterSecs = 1;
                    self->sendProblem(p, keepAlive);
                }
            });
        });
    return true;
}

// --- API server (Qt HTTP Server) --------------------------------------------------------

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Connection *c = m_worker->m_bySocket.value(socket);
    if (!c)
        return false;
    c->m_apiAtBoundary = true; // Qt has consumed this request; the guard checks the next head
    LeanRequest lr;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        lr.method = "GET";
        break;
    case QHttpServerRequest::Method::Head:
        lr.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Post:
        lr.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        lr.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        lr.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Options:
        lr.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        lr.method = "PATCH";
        break;
    default:
        lr.method = "OTHER";
        break;
    }
    const QUrl url = request.url();
    lr.path = url.path(QUrl::FullyEncoded).toLatin1();
    lr.query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &h : request.headers())
        lr.headers.append({ h.first.toLower(), h.second.trimmed() });
    const QByteArray connection = request.value("connection").toLower();
    lr.keepAlive = !connection.contains("close");
    if (isDataPath(lr.path)) {
        // A data request on an API connection: the lean path takes the connection back.
        QObject::disconnect(socket, &QIODevice::readyRead, this, nullptr);
        c->m_mode = Connection::Mode::Lean;
        c->dispatch(lr, {});
        return true;
    }
    ApiRequest a;
    a.method = lr.method;
    a.path = lr.path;
    a.query = lr.query;
    a.headers = lr.headers;
    a.body = request.body();
    a.peer = c->m_ip;
    const bool keepAlive = lr.keepAlive && !m_worker->m_shared->draining.load();
    const bool head = lr.method == "HEAD";
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> sock(socket);
    Worker *w = m_worker;
    routeApi(w, a, [responder, sock, keepAlive, head, w](ApiResponse r) {
        QMetaObject::invokeMethod(w, [responder, sock, r, keepAlive, head, w] {
            if (!sock || sock->state() != QAbstractSocket::ConnectedState)
                return;
            responder->writeStatusLine(QHttpServerResponder::StatusCode(r.status));
            responder->writeHeader("Content-Type", r.contentType);
            for (const auto &h : r.headers)
                responder->writeHeader(h.first, h.second);
            responder->writeHeader("Content-Length", QByteArray::number(r.body.size()));
            if (!keepAlive)
                responder->writeHeader("Connection", "close");
            responder->writeBody(head ? QByteArray() : r.body);
            w->metrics().countStatus(r.status);
            if (!keepAlive)
                sock->disconnectFromHost();
        });
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

// --- API routes -------------------------------------------------------------------------

ApiResponse notFoundApi(const QString &detail)
{
    return ApiResponse::problem(
        Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not Found"), detail));
}

ApiResponse fromError(const Error &e)
{
    if (e.code == QLatin1String("notfound"))
        return notFoundApi(e.message);
    if (e.code == QLatin1String("format") || e.code == QLatin1String("range"))
        return ApiResponse::problem(
            Problem::make(400, QStringLiteral("bad-request"), QStringLiteral("Bad Request"), e.message));
    return ApiResponse::problem(
        Problem::make(503, QStringLiteral("unavailable"), QStringLiteral("Service Unavailable"), e.message));
}

qint64 intParam(const QByteArray &query, const char *name, bool *ok)
{
    const QByteArray v = queryValue(query, name);
    return v.toLongLong(ok);
}

// Log routes read SQLite: run them on the thread pool.
void logRoute(Worker *w, const ApiRequest &req, std::function<void(ApiResponse)> done)
{
    std::shared_ptr<ledger::Ledger> lg = w->m_shared->services.ledger;
    if (!lg) {
        done(ApiResponse::problem(Problem::make(503, QStringLiteral("ledger-unavailable"),
                                                QStringLiteral("Service Unavailable"),
                                                QStringLiteral("this edge has no receipt log"))));
        return;
    }
    QThreadPool::globalInstance()->start([lg, req, done] {
        const QByteArray p = req.path.mid(8); // after "/v1/log/"
        ApiResponse r;
        if (p == "checkpoint") {
            auto cp = lg->latestCheckpoint();
            if (!cp) {
                done(fromError(cp.error()));
                return;
            }
            // Receipts committed since: a client waiting for them (get, at the end of a
            // download) gets the next checkpoint within ~100 ms, not the interval.
            lg->requestCheckpoint(cp->checkpoint.size);
            r.contentType = "text/plain; charset=utf-8";
            r.body = cp->note;
            r.headers.append(Header("Cache-Control", "no-store"));
        } else if (p == "key") {
            r.contentType = "text/plain; charset=utf-8";
            r.body = lg->verifierKey().toUtf8() + '\n';
        } else if (p.startsWith("tile/")) {
            auto t = lg->tile(QString::fromLatin1(p));
            if (!t) {
                done(fromError(t.error()));
                return;
            }
            r.contentType = "application/octet-stream";
            r.body = *t;
            if (!p.contains(".p/"))
                r.headers.append(Header("Cache-Control", "public, max-age=31536000, immutable"));
        } else if (p == "proof/inclusion") {
            bool ok1 = false, ok2 = false;
            const qint64 index = intParam(req.query, "index", &ok1);
            const qint64 size = intParam(req.query, "size", &ok2);
            if (!ok1 || !ok2) {
                done(ApiResponse::problem(Problem::make(400, QStringLiteral("bad-request"),
                                                        QStringLiteral("Bad Request"),
                                                        QStringLiteral("use ?index=N&size=M"))));
                return;
            }
            auto j = lg->inclusionProofJson(index, size);
            if (!j) {
                done(fromError(j.error()));
                return;
            }
            r.body = QJsonDocument(*j).toJson(QJsonDocument::Compact);
        } else if (p == "proof/consistency") {
            bool ok1 = false, ok2 = false;
            const qint64 oldSize = intParam(req.query, "old", &ok1);
            const qint64 newSize = intParam(req.query, "new", &ok2);
            if (!ok1 || !ok2) {
                done(ApiResponse::problem(Problem::make(400, QStringLiteral("bad-request"),
                                                        QStringLiteral("Bad Request"),
                                                        QStringLiteral("use ?old=N&new=M"))));
                return;
            }
            auto j = lg->consistencyProofJson(oldSize, newSize);
            if (!j) {
                done(fromError(j.error()));
                return;
            }
            r.body = QJsonDocument(*j).toJson(QJsonDocument::Compact);
        } else if (p.startsWith("receipts/")) {
            bool ok = false;
            const qint64 seq = p.mid(9).toLongLong(&ok);
            if (!ok || seq < 0) {
                done(notFoundApi(QStringLiteral("no receipt '%1'").arg(QString::fromLatin1(p.mid(9)))));
                return;
            }
            auto b = lg->bundle(seq);
            if (!b) {
                // Committed but not in a checkpoint yet: have the next one signed now rather
                // than at the end of the interval (the client asks again shortly).
                lg->requestCheckpoint(seq);
                done(fromError(b.error()));
                return;
            }
            r.body = QJsonDocument(b->toJson()).toJson(QJsonDocument::Compact);
        } else {
            done(notFoundApi(QStringLiteral("no log route '%1'").arg(QString::fromLatin1(req.path))));
            return;
        }
        done(r);
    });
}

void routeApi(Worker *w, const ApiRequest &req, std::function<void(ApiResponse)> done)
{
    const EdgeServices &sv = w->m_shared->services;
    const QByteArray &path = req.path;
    const bool get = req.method == "GET" || req.method == "HEAD";
    auto methodNotAllowed = [&](const QByteArray &allow) {
        ApiResponse r = ApiResponse::problem(
            Problem::make(405, QStringLiteral("method-not-allowed"), QStringLiteral("Method Not Allowed")));
        r.headers.append(Header("Allow", allow));
        done(r);
    };
    if (path == "/healthz") {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        ApiResponse r = ApiResponse::json(
            200, w->m_shared->draining.load() ? "{\"status\":\"draining\"}" : "{\"status\":\"ok\"}");
        done(r);
        return;
    }
    if (path == "/metrics") {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        ApiResponse r;
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        r.body = sv.metrics->prometheusText();
        done(r);
        return;
    }
    if (path == "/v1/datasets") {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        const QJsonObject list { { QStringLiteral("datasets"), sv.content->datasets(req.query) } };
        done(ApiResponse::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return;
    }
    if (path.startsWith("/v1/manifests/")) {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        const QString cid = QString::fromLatin1(path.mid(14));
        auto m = sv.content->manifest(cid);
        if (!m) {
            done(notFoundApi(QStringLiteral("manifest %1 is not published here").arg(cid)));
            return;
        }
        ApiResponse r = ApiResponse::json(200, (*m)->json);
        r.headers.append(Header("ETag", '"' + cid.toLatin1() + '"'));
        r.headers.append(Header("Cache-Control", "public, max-age=31536000, immutable"));
        done(r);
        return;
    }
    if (path.startsWith("/v1/log/")) {
        if (!get)
            return methodNotAllowed("GET, HEAD");
        logRoute(w, req, done);
        return;
    }
    if (sv.extension && sv.extension(req, done))
        return;
    done(notFoundApi(QStringLiteral("no route for %1 %2")
                         .arg(QString::fromLatin1(req.method), QString::fromLatin1(path))));
}

// Creates a listening socket; SO_REUSEPORT so every worker can bind the same port.
Result<int> listenSocket(const QHostAddress &address, quint16 port, bool reusePort)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(QStringLiteral("socket(): %1").arg(QString::fromLocal8Bit(strerror(errno))));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int rc = -1;
    if (v6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        sockaddr_in6 sa {};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&sa.sin6_addr, &a, 16);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    } else {
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(address.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    }
    if (rc != 0 || ::listen(fd, 4096) != 0) {
        const QString err = QString::fromLocal8Bit(strerror(errno));
        ::close(fd);
        return fail(QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(err));
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage ss {};
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return 0;
    if (ss.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&ss)->sin_port);
}

} // namespace

// ---------------------------------------------------------------------------------------

struct EdgeServer::Private
{
    Shared shared;
    QList<QThread *> threads;
    QList<Worker *> workers;
    QTimer *drainPoll = nullptr;
};

EdgeServer::EdgeServer(EdgeConfig config, EdgeServices services, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>()), m_config(std::move(config)),
      m_services(std::move(services))
{
    if (!m_services.metrics)
        m_services.metrics = std::make_shared<Metrics>();
    if (!m_services.clock)
        m_services.clock = Clock::system();
    d->shared.services = m_services;
    d->shared.clock = m_services.clock;
    d->shared.config = m_config;
}

EdgeServer::~EdgeServer()
{
    for (int i = 0; i < d->workers.size(); ++i) {
        Worker *w = d->workers[i];
        QMetaObject::invokeMethod(
            w,
            [w] {
                // Sockets, guard and API server are children of the worker's objects; delete
                // them in their own thread.
                for (Connection *c : w->m_connections.values())
                    c->m_s->abort();
                delete w->m_api;
                w->m_api = nullptr;
                w->m_guard = nullptr;
                delete w;
            },
            Qt::BlockingQueuedConnection);
        d->threads[i]->quit();
        d->threads[i]->wait();
        delete d->threads[i];
    }
}

QString EdgeServer::url() const
{
    const QHostAddress &a = m_config.address;
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
        : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

Result<quint16> EdgeServer::start()
{
    if (!m_services.content)
        return fail(QStringLiteral("the edge needs a content source"));
    if (!m_config.allowNonLoopback && !m_config.address.isLoopback())
        return fail(
            QStringLiteral("refusing to listen on %1: not a loopback address (set allowNonLoopback to serve "
                           "other hosts)")
                .arg(m_config.address.toString()));
    const int n = std::max(1, m_config.threads);
    QList<int> fds;
    quint16 port = m_config.port;
    for (int i = 0; i < n; ++i) {
        auto fd = listenSocket(m_config.address, port, n > 1);
        if (!fd) {
            for (int f : fds)
                ::close(f);
            return fd.error();
        }
        fds.append(*fd);
        if (i == 0)
            port = boundPort(*fd);
    }
    m_port = port;
    for (int i = 0; i < n; ++i) {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("edge-%1").arg(i));
        auto *w = new Worker(&d->shared, i);
        w->moveToThread(t);
        t->start();
        Status st;
        const int fd = fds[i];
        QMetaObject::invokeMethod(
            w, [w, fd, &st] { st = w->setup(fd); }, Qt::BlockingQueuedConnection);
        d->threads.append(t);
        d->workers.append(w);
        if (!st)
            return st.error();
    }
    qCInfo(lcEdge).noquote() << "edge listening on" << url() << "with" << n << "worker(s)";
    return port;
}

void EdgeServer::applyConfig(const EdgeConfig &config)
{
    EdgeConfig c = config;
    c.address = m_config.address;
    c.port = m_config.port;
    c.threads = m_config.threads;
    {
        QMutexLocker l(&d->shared.mutex);
        d->shared.config = c;
    }
    m_config = c;
    for (Worker *w : std::as_const(d->workers))
        QMetaObject::invokeMethod(w, [w, c] { w->applyConfig(c); });
}

void EdgeServer::drain()
{
    if (d->shared.draining.exchange(true))
        return;
    d->shared.drainDeadlineMs.store(d->shared.clock->nowMs() + m_config.drainTimeoutMs);
    for (Worker *w : std::as_const(d->workers))
        QMetaObject::invokeMethod(w, [w] {
            w->stopListening();
            w->sweep();
        });
    d->drainPoll = new QTimer(this);
    d->drainPoll->setInterval(20);
    QElapsedTimer since; // held by the slot: nothing to free if the server goes first
    since.start();
    connect(d->drainPoll, &QTimer::timeout, this, [this, since] {
        // Safety net on wall time too, in case the injected clock does not move.
        if (d->shared.connections() == 0 || since.elapsed() > m_config.drainTimeoutMs + 2000) {
            d->drainPoll->stop();
            Q_EMIT drained();
        }
    });
    d->drainPoll->start();
}

} // namespace sg::edge
