#pragma once

// A token bucket shared by every data connection of one download (--limit-rate).
// Connections ask for bytes before reading from their socket; when the bucket is empty
// they stop reading, the socket's bounded read buffer fills and TCP flow control slows
// the sender, so the limit holds on the wire and memory stays flat.

#include <QElapsedTimer>
#include <QtGlobal>

namespace sg::download {

class RateLimiter
{
public:
    // bytesPerSecond 0 = unlimited.
    explicit RateLimiter(qint64 bytesPerSecond = 0);

    bool limited() const { return m_rate > 0; }
    // Grants up to want bytes now (0 when the bucket is empty).
    qint64 take(qint64 want);
    // Milliseconds until at least one chunk can be granted again.
    int waitMs() const;

private:
    void refill();

    qint64 m_rate;
    qint64 m_capacity;
    double m_tokens;
    QElapsedTimer m_timer;
    qint64 m_lastNs = 0;
};

} // namespace sg::download
