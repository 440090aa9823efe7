#pragma once

// Injectable time source. Everything that depends on "now" (token expiry, TTLs,
// checkpoints, receipts) takes a Clock so tests move time instead of sleeping.

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

#include <atomic>

namespace sg {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    qint64 nowSecs() const { return nowMs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    // The process-wide wall clock.
    static const Clock *system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1767225600000) : m_ms(startMs) { }
    qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms) { m_ms.store(ms); }
    void setSecs(qint64 s) { m_ms.store(s * 1000); }
    void advanceMs(qint64 ms) { m_ms.fetch_add(ms); }
    void advanceSecs(qint64 s) { m_ms.fetch_add(s * 1000); }

private:
    std::atomic<qint64> m_ms;
};

// RFC 3339 UTC with second precision: "2026-01-10T12:00:00Z".
QString formatUtc(qint64 secsSinceEpoch);
// Parses RFC 3339 ("Z" or numeric offset); returns -1 when malformed.
qint64 parseUtc(const QString &text);

} // namespace sg
