#pragma once

// Measures how long the GUI thread's event loop was kept from running: a 5 ms timer
// ticks on it and the longest gap between two ticks is the worst stall.

#include <QElapsedTimer>
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
            if (now - m_last > m_max) {
                m_max = now - m_last;
                m_maxAt = m_last;
            }
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_maxAt = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_max; }
    // When the longest stall began, in ms since start().
    qint64 maxGapAtMs() const { return m_maxAt; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_maxAt = 0;
    int m_ticks = 0;
};
