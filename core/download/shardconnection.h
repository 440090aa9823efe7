#pragma once

// One keep-alive HTTP/1.1 connection that fetches shards with ranged GETs of
// /v1/shards/{cid}. Raw QTcpSocket with a small strict response parser: the body streams
// straight into the shard's preallocated buffer (at most one shard). The connection does
// no hashing and no disk I/O: a complete body is handed back (Outcome::Received) and the
// caller verifies and writes it on worker threads while this socket already reads the
// next shard.
//
// Rules (DESIGN §6, §8): Accept-Encoding: identity; a resumed range carries
// If-Range: "<cid>"; a 200 answered to a ranged request restarts the shard from byte 0 (it
// is never appended); a Content-Range other than the one asked for, a Content-Encoding
// or a body longer than announced is a protocol error that drops the connection; a stall
// longer than the stall timeout counts as a reset.

#include "common/result.h"
#include "crypto/cid.h"
#include "crypto/sha256.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sg::download {

class RateLimiter;

// A shard being fetched. Bytes in buffer are unverified until the whole shard hashes to
// its CID (checked by the caller once the body is complete).
struct ShardTask
{
    int index = -1;
    crypto::Cid cid;
    qint64 size = 0;
    QByteArray buffer;
    QList<qint64> receipts;
    int attempts = 0; // consecutive failures without progress
    int verifyFailures = 0;
    qint64 bytesThisRun = 0; // every body byte received for this shard (incl. discarded)

    void restart() { buffer.resize(0); }
};

class ShardConnection : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Received, // the whole body is in task->buffer (not yet verified)
        Retry, // transient: reset, timeout, 5xx, protocol error; retry after delayMs
        AuthFailed, // 401/403: refresh the token once
        Fatal, // 402, 404, ...: stop the download
    };

    ShardConnection(const QString &host, quint16 port, RateLimiter *limiter, QObject *parent = nullptr);
    ~ShardConnection() override;

    void setStallTimeoutMs(int ms) { m_stallMs = ms; }
    bool busy() const { return m_task != nullptr; }
    ShardTask *task() const { return m_task; }
    // Token generation the current request was sent with.
    int tokenGeneration() const { return m_tokenGen; }

    // Starts (or resumes) fetching task with token. The connection owns nothing: the
    // task is handed back through finished().
    void fetch(ShardTask *task, const QByteArray &token, int tokenGeneration);
    // Drops the current request and the socket; the task is released without a signal.
    ShardTask *abort();

Q_SIGNALS:
    // outcome, the task (ownership stays with the caller), a message for Retry/Fatal/Auth,
    // a suggested delay for Retry (Retry-After), and the HTTP status (0 if none).
    void finished(ShardConnection *self, ShardTask *task, Outcome outcome, const QString &message,
                  int delayMs, int status);
    void bytesReceived(qint64 n);

private:
    enum class State { Idle, Connecting, Head, Body, ErrorBody };

    void sendRequest();
    void onReadyRead();
    // Receives body bytes straight from the socket into the shard buffer.
    void readDirect();
    void onDisconnected();
    void onStall();
    bool parseHead(const QByteArray &head, QString *error);
    void complete(Outcome outcome, const QString &message, int delayMs = 0, bool dropSocket = false);
    void finishBody();

    QString m_host;
    quint16 m_port;
    RateLimiter *m_limiter;
    QTcpSocket *m_socket = nullptr;
    QTimer m_stall;
    QTimer m_throttle;
    int m_stallMs = 30000;
    State m_state = State::Idle;
    ShardTask *m_task = nullptr;
    QByteArray m_token;
    int m_tokenGen = 0;
    QByteArray m_head;
    qint64 m_requestFrom = 0;
    int m_status = 0;
    qint64 m_bodyLeft = 0;
    bool m_keepAlive = true;
    bool m_restartBody = false;
    QByteArray m_errorBody;
    int m_retryAfterMs = 0;
    QList<qint64> m_responseReceipts;
};

} // namespace sg::download
