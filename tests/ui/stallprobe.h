#pragma once

// Measures how long the GUI thread's event loop was kept from running: a 5 ms timer
// ticks on it and the longest gap between two ticks is the worst stall.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 waited = runQueueWaitNs();
            if (now - m_last > m_max) {
                m_max = now - m_last;
                m_maxAt = m_last;
                m_maxWaitNs = waited >= 0 && m_lastWaitNs >= 0 ? waited - m_lastWaitNs : -1;
            }
            m_last = now;
            m_lastWaitNs = waited;
            ++m_ticks;
        });
    }
    void start()
    {
        m_runDelayStart = runQueueWaitNs();
        m_lastWaitNs = m_runDelayStart;
        m_maxWaitNs = -1;
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_maxAt = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_runDelayNs = m_runDelayStart >= 0 ? runQueueWaitNs() - m_runDelayStart : -1;
    }
    // How long the GUI thread was runnable but waiting for a CPU between start() and
    // stop() (Linux schedstat; -1 when unknown): stalls caused by a loaded machine rather
    // than by work on the thread.
    qint64 runQueueWaitMs() const { return m_runDelayNs < 0 ? -1 : m_runDelayNs / 1000000; }
    qint64 maxGapMs() const { return m_max; }
    // Of the longest stall, how long the thread was runnable but waiting for a CPU (-1 when
    // unknown): about all of it when other threads took the CPUs, little when the thread
    // itself was busy or blocked.
    qint64 maxGapRunQueueWaitMs() const { return m_maxWaitNs < 0 ? -1 : m_maxWaitNs / 1000000; }
    // When the longest stall began, in ms since start().
    qint64 maxGapAtMs() const { return m_maxAt; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int ticks() const { return m_ticks; }

private:
    // Field 2 of /proc/thread-self/schedstat: ns spent waiting on a run queue.
    static qint64 runQueueWaitNs()
    {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : -1;
    }

    QTimer m_timer;
    qint64 m_runDelayStart = -1;
    qint64 m_runDelayNs = -1;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_maxAt = 0;
    qint64 m_lastWaitNs = -1;
    qint64 m_maxWaitNs = -1;
    int m_ticks = 0;
};
