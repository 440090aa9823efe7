#include "ratelimiter.h"

#include <algorithm>

namespace sg::download {

RateLimiter::RateLimiter(qint64 bytesPerSecond)
    : m_rate(bytesPerSecond),
      // A tenth of a second of burst, at least 16 KiB so a read is never absurdly small.
      m_capacity(std::max<qint64>(bytesPerSecond / 10, 16 * 1024)), m_tokens(0)
{
    m_timer.start();
}

void RateLimiter::refill()
{
    const qint64 now = m_timer.nsecsElapsed();
    m_tokens = std::min<double>(double(m_capacity), m_tokens + double(now - m_lastNs) * double(m_rate) / 1e9);
    m_lastNs = now;
}

qint64 RateLimiter::take(qint64 want)
{
    if (m_rate <= 0)
        return want;
    refill();
    const qint64 grant = std::min<qint64>(want, qint64(m_tokens));
    m_tokens -= double(grant);
    return grant;
}

int RateLimiter::waitMs() const
{
    if (m_rate <= 0)
        return 0;
    // Time for the bucket to gather 1/4 of its capacity.
    return std::max(1, int(qint64(m_capacity / 4) * 1000 / m_rate));
}

} // namespace sg::download
