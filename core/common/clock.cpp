#include "clock.h"

#include <QTimeZone>

namespace sg {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock *Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

QString formatUtc(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

qint64 parseUtc(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return -1;
    return dt.toSecsSinceEpoch();
}

} // namespace sg
