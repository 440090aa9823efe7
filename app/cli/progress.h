#pragma once

// A one-line progress meter on stderr for long work (bytes, rate, ETA), redrawn at most
// ten times a second, shown only when stderr is a terminal and --json is off.

#include <QElapsedTimer>
#include <QString>

namespace sg::cli {

class Progress
{
public:
    Progress(QString label, qint64 total, bool enabled);
    ~Progress();

    void update(qint64 done, const QString &extra = {});
    void finish();

    static bool stderrIsTerminal();

private:
    void draw(bool force);

    QString m_label;
    qint64 m_total;
    qint64 m_done = 0;
    QString m_extra;
    bool m_enabled;
    bool m_finished = false;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
};

} // namespace sg::cli
