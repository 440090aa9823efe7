#include "progress.h"

#include "common/fileutil.h"

#include <cstdio>
#include <unistd.h>

namespace sg::cli {

Progress::Progress(QString label, qint64 total, bool enabled)
    : m_label(std::move(label)), m_total(total), m_enabled(enabled && stderrIsTerminal())
{
    m_timer.start();
}

Progress::~Progress()
{
    finish();
}

bool Progress::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1 && qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

void Progress::update(qint64 done, const QString &extra)
{
    m_done = done;
    m_extra = extra;
    draw(false);
}

void Progress::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_enabled)
        return;
    draw(true);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void Progress::draw(bool force)
{
    if (!m_enabled)
        return;
    const qint64 ms = m_timer.elapsed();
    if (!force && ms - m_lastDrawMs < 100)
        return;
    m_lastDrawMs = ms;
    const double secs = qMax<double>(ms / 1000.0, 0.001);
    const double rate = m_done / secs;
    QString line = QStringLiteral("%1 %2").arg(m_label, formatBytes(m_done));
    if (m_total > 0) {
        const int pct = int(100.0 * double(m_done) / double(m_total));
        const int width = 24;
        const int filled = qBound(0, width * pct / 100, width);
        line = QStringLiteral("%1 [%2%3] %4% %5/%6")
                   .arg(m_label, QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                   .arg(pct, 3)
                   .arg(formatBytes(m_done), formatBytes(m_total));
    }
    line += QStringLiteral("  %1/s").arg(formatBytes(qint64(rate)));
    if (m_total > 0 && rate > 0 && m_done < m_total) {
        const qint64 eta = qint64(double(m_total - m_done) / rate);
        line += QStringLiteral("  ETA %1:%2").arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0'));
    }
    if (!m_extra.isEmpty())
        line += QStringLiteral("  ") + m_extra;
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace sg::cli
