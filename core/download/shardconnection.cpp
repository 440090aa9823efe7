#include "shardconnection.h"

#include "alignedbuffer.h"
#include "common/logging.h"
#include "ratelimiter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <sys/socket.h>

namespace sg::download {

static constexpr qint64 kMaxHead = 16 * 1024;
static constexpr qint64 kMaxErrorBody = 64 * 1024;
static constexpr qint64 kReadChunk = 4 * 1024 * 1024;
// Qt's own read buffer only takes the first bytes of each readiness notification (small:
// heap-allocated and reused, no page faults); the rest of a body is received straight into
// the shard buffer (readDirect), without a copy through Qt's buffer.
static constexpr qint64 kQtReadBuffer = 64 * 1024;

ShardConnection::ShardConnection(const QString &host, quint16 port, RateLimiter *limiter, QObject *parent)
    : QObject(parent), m_host(host), m_port(port), m_limiter(limiter)
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &ShardConnection::onStall);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ShardConnection::onReadyRead);
}

ShardConnection::~ShardConnection()
{
    if (m_socket)
        m_socket->abort();
}

void ShardConnection::fetch(ShardTask *task, const QByteArray &token, int tokenGeneration)
{
    m_task = task;
    m_token = token;
    m_tokenGen = tokenGeneration;
    m_status = 0;
    if (m_task->buffer.capacity() < m_task->size)
        m_task->buffer = alignedBuffer(m_task->size); // see FileAssembler: direct writes
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendRequest();
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    // Throttled reads all go through Qt's buffer (bounded, so TCP flow control holds the
    // limit on the wire); unthrottled ones mostly bypass it (readDirect).
    m_socket->setReadBufferSize(m_limiter && m_limiter->limited() ? qint64(1) << 20 : kQtReadBuffer);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendRequest();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ShardConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ShardConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // handled by disconnected()
        if (m_task) {
            m_status = 0; // no (complete) HTTP answer: a transport failure
            complete(Outcome::Retry, QStringLiteral("connection error: %1").arg(m_socket->errorString()), 0,
                     true);
        }
    });
    m_state = State::Connecting;
    m_stall.start(m_stallMs);
    m_socket->connectToHost(m_host, m_port);
}

void ShardConnection::sendRequest()
{
    if (!m_task)
        return;
    m_requestFrom = m_task->buffer.size();
    QByteArray req;
    req.reserve(512);
    req += "GET /v1/shards/" + m_task->cid.toString().toLatin1() + " HTTP/1.1\r\n";
    req += "Host: " + m_host.toUtf8() + ':' + QByteArray::number(m_port) + "\r\n";
    req += "Authorization: Bearer " + m_token + "\r\n";
    req += "Accept-Encoding: identity\r\n";
    req += "Range: bytes=" + QByteArray::number(m_requestFrom) + '-' + QByteArray::number(m_task->size - 1)
        + "\r\n";
    if (m_requestFrom > 0)
        req += "If-Range: \"" + m_task->cid.toString().toLatin1() + "\"\r\n";
    req += "User-Agent: shardgate-cli/" SG_VERSION "\r\n\r\n";
    m_head.clear();
    m_errorBody.clear();
    m_responseReceipts.clear();
    m_status = 0;
    m_retryAfterMs = 0;
    m_state = State::Head;
    m_socket->write(req);
    m_stall.start(m_stallMs);
}

static QByteArray headerValue(const QList<QByteArray> &lines, const char *name, int *count = nullptr)
{
    QByteArray value;
    int n = 0;
    const QByteArray lname = QByteArray(name).toLower();
    for (const QByteArray &l : lines) {
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        if (l.left(colon).trimmed().toLower() == lname) {
            value = l.mid(colon + 1).trimmed();
            ++n;
        }
    }
    if (count)
        *count = n;
    return value;
}

bool ShardConnection::parseHead(const QByteArray &head, QString *error)
{
    const QList<QByteArray> lines = head.split('\n');
    QList<QByteArray> fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray l = lines.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if (!l.isEmpty())
            fields.append(l);
    }
    QByteArray statusLine = lines.value(0);
    if (statusLine.endsWith('\r'))
        statusLine.chop(1);
    static const QRegularExpression re(QStringLiteral("^HTTP/1\\.([01]) (\\d{3})(?: .*)?$"));
    const auto m = re.match(QString::fromLatin1(statusLine));
    if (!m.hasMatch()) {
        *error = QStringLiteral("malformed status line");
        return false;
    }
    m_status = m.captured(2).toInt();
    const bool http10 = m.captured(1) == QLatin1String("0");
    const QByteArray connection = headerValue(fields, "connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    int clCount = 0;
    const QByteArray cl = headerValue(fields, "content-length", &clCount);
    const QByteArray te = headerValue(fields, "transfer-encoding");
    bool clOk = false;
    const qint64 length = cl.toLongLong(&clOk);
    const bool success = m_status == 200 || m_status == 206;
    for (const QByteArray &f : fields) {
        if (f.toLower().startsWith("shardgate-receipt:")) {
            bool ok = false;
            const qint64 seq = f.mid(18).trimmed().toLongLong(&ok);
            if (ok && seq >= 0)
                m_responseReceipts.append(seq);
        }
    }
    if (!te.isEmpty() || clCount != 1 || !clOk || length < 0) {
        if (success) {
            *error = QStringLiteral("response without a single valid Content-Length");
            return false;
        }
        // An error status with a body we cannot frame: keep the status, drop the socket.
        m_keepAlive = false;
        m_bodyLeft = 0;
        return true;
    }
    m_bodyLeft = length;
    const QByteArray retryAfter = headerValue(fields, "retry-after");
    if (!retryAfter.isEmpty())
        m_retryAfterMs = int(qBound(qint64(0), retryAfter.toLongLong() * 1000, qint64(60000)));
    if (!success)
        return true;

    const QByteArray encoding = headerValue(fields, "content-encoding").toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        *error = QStringLiteral("edge sent a %1-encoded body although identity was asked for")
                     .arg(QString::fromLatin1(encoding));
        return false;
    }
    const qint64 want = m_task->size - m_requestFrom;
    if (m_status == 200) {
        // The whole shard, whatever we asked for: start over, never append.
        if (length != m_task->size) {
            *error
                = QStringLiteral("200 response of %1 bytes for a shard of %2").arg(length).arg(m_task->size);
            return false;
        }
        m_restartBody = true;
        return true;
    }
    const QByteArray cr = headerValue(fields, "content-range");
    static const QRegularExpression crRe(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    const auto c = crRe.match(QString::fromLatin1(cr));
    if (!c.hasMatch() || c.captured(1).toLongLong() != m_requestFrom
        || c.captured(2).toLongLong() != m_task->size - 1 || c.captured(3).toLongLong() != m_task->size
        || length != want) {
        *error = QStringLiteral("wrong Content-Range \"%1\" (asked for bytes %2-%3/%4)")
                     .arg(QString::fromLatin1(cr))
                     .arg(m_requestFrom)
                     .arg(m_task->size - 1)
                     .arg(m_task->size);
        return false;
    }
    m_restartBody = false;
    return true;
}

void ShardConnection::onReadyRead()
{
    if (!m_socket || !m_task)
        return;
    for (;;) {
        const qint64 avail = m_socket->bytesAvailable();
        if (avail <= 0) {
            if (m_state == State::Body)
                readDirect();
            return;
        }
        m_stall.start(m_stallMs);
        if (m_state == State::Head) {
            // Read the head line by line, never into the body.
            bool done = false;
            while (m_socket->canReadLine()) {
                const QByteArray line = m_socket->readLine(kMaxHead);
                if (m_head.isEmpty() && (line == "\r\n" || line == "\n"))
                    continue; // tolerate a stray CRLF between responses
                m_head += line;
                if (line == "\r\n" || line == "\n") {
                    done = true;
                    break;
                }
                if (m_head.size() > kMaxHead)
                    break;
            }
            if (m_head.size() > kMaxHead || (!done && m_socket->bytesAvailable() > kMaxHead)) {
                complete(Outcome::Retry, QStringLiteral("response head too large"), 0, true);
                return;
            }
            if (!done)
                return;
            QString error;
            if (!parseHead(m_head, &error)) {
                complete(Outcome::Retry, error, 0, true);
                return;
            }
            if (m_status == 200 || m_status == 206) {
                if (m_restartBody)
                    m_task->restart();
                m_task->receipts.append(m_responseReceipts);
                m_state = State::Body;
            } else {
                m_state = State::ErrorBody;
            }
            if (m_bodyLeft == 0) {
                finishBody();
                return;
            }
            continue;
        }
        qint64 want = qMin(qMin(m_socket->bytesAvailable(), m_bodyLeft), kReadChunk);
        if (m_limiter && m_limiter->limited()) {
            want = m_limiter->take(want);
            if (want == 0) {
                m_stall.start(m_stallMs);
                m_throttle.start(m_limiter->waitMs());
                return;
            }
        }
        if (m_state == State::Body) {
            const qsizetype old = m_task->buffer.size();
            m_task->buffer.resize(old + want);
            const qint64 got = m_socket->read(m_task->buffer.data() + old, want);
            if (got < 0) {
                m_task->buffer.resize(old);
                complete(Outcome::Retry, QStringLiteral("read error"), 0, true);
                return;
            }
            m_task->buffer.resize(old + got);
            m_task->bytesThisRun += got;
            m_task->attempts = 0; // progress
            m_bodyLeft -= got;
            Q_EMIT bytesReceived(got);
            if (!m_task || !m_socket)
                return; // a receiver stopped the download

        } else {
            const QByteArray chunk = m_socket->read(want);
            m_bodyLeft -= chunk.size();
            if (m_errorBody.size() < kMaxErrorBody)
                m_errorBody += chunk.left(kMaxErrorBody - m_errorBody.size());
        }
        if (m_bodyLeft == 0) {
            finishBody();
            return;
        }
    }
}

void ShardConnection::readDirect()
{
    // Only for an unthrottled body whose bytes Qt has all handed over (order is kept: the
    // kernel's bytes come after the ones Qt buffered). Never reads past the body, so the
    // next response's head stays in the kernel for Qt. EOF and errors are left to Qt's
    // next notification (disconnected / errorOccurred).
    if (!m_socket || (m_limiter && m_limiter->limited()))
        return;
    const int fd = int(m_socket->socketDescriptor());
    if (fd < 0)
        return;
    while (m_task && m_state == State::Body && m_bodyLeft > 0 && m_socket->bytesAvailable() == 0) {
        const qint64 want = qMin(m_bodyLeft, kReadChunk);
        const qsizetype old = m_task->buffer.size();
        m_task->buffer.resize(old + want);
        const ssize_t got = ::recv(fd, m_task->buffer.data() + old, size_t(want), MSG_DONTWAIT);
        if (got <= 0) {
            m_task->buffer.resize(old);
            if (got < 0 && errno == EINTR)
                continue;
            return;
        }
        m_task->buffer.resize(old + got);
        m_stall.start(m_stallMs);
        m_task->bytesThisRun += got;
        m_task->attempts = 0; // progress
        m_bodyLeft -= got;
        Q_EMIT bytesReceived(got);
        if (!m_task || !m_socket)
            return; // a receiver stopped the download
        if (m_bodyLeft == 0) {
            finishBody();
            return;
        }
        if (got < want)
            return; // drained: wait for the next notification
    }
}

static QString problemText(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString t = o.value(QLatin1String("detail")).toString();
    if (t.isEmpty())
        t = o.value(QLatin1String("title")).toString();
    if (t.isEmpty())
        t = QString::fromUtf8(body.left(200)).simplified();
    return t;
}

void ShardConnection::finishBody()
{
    m_stall.stop();
    m_state = State::Idle;
    const bool drop = !m_keepAlive;
    if (m_status == 200 || m_status == 206) {
        if (m_task->buffer.size() != m_task->size) {
            complete(Outcome::Retry, QStringLiteral("short body"), 0, true);
            return;
        }
        complete(Outcome::Received, {}, 0, drop);
        return;
    }
    const QString detail = problemText(m_errorBody);
    const QString msg = QStringLiteral("edge answered %1%2")
                            .arg(m_status)
                            .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    if (m_status == 401 || m_status == 403)
        complete(Outcome::AuthFailed, msg, 0, drop);
    else if (m_status == 429 || m_status >= 500 || m_status == 408)
        complete(Outcome::Retry, msg, m_retryAfterMs, drop);
    else if (m_status == 416)
        complete(Outcome::Retry, msg, 0, drop); // our range no longer fits: caller restarts the shard
    else
        complete(Outcome::Fatal, msg, 0, drop);
}

void ShardConnection::complete(Outcome outcome, const QString &message, int delayMs, bool dropSocket)
{
    m_stall.stop();
    m_throttle.stop();
    ShardTask *task = m_task;
    m_task = nullptr;
    m_state = State::Idle;
    const int status = m_status;
    if (dropSocket && m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (outcome == Outcome::Retry && status == 416 && task)
        task->restart();
    if (task)
        Q_EMIT finished(this, task, outcome, message, delayMs, status);
}

void ShardConnection::onDisconnected()
{
    if (m_task) {
        m_status = 0;
        complete(Outcome::Retry, QStringLiteral("connection closed by the edge"), 0, true);
    } else if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ShardConnection::onStall()
{
    if (m_task) {
        m_status = 0;
        complete(Outcome::Retry, QStringLiteral("no data for %1 ms (stalled)").arg(m_stallMs), 0, true);
    }
}

ShardTask *ShardConnection::abort()
{
    ShardTask *task = m_task;
    m_task = nullptr;
    m_stall.stop();
    m_throttle.stop();
    m_state = State::Idle;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    return task;
}

} // namespace sg::download
