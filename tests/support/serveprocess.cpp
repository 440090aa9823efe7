#include "serveprocess.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace sg::test {

ServeProcess::ServeProcess()
{
    m_stderrPath = m_logDir.filePath(QStringLiteral("serve.stderr"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // After the "listening on" line nobody reads stdout: drain it so the edge never blocks.
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
        if (!m_url.isEmpty())
            m_process.readAllStandardOutput();
    });
}

ServeProcess::~ServeProcess()
{
    stop();
}

bool ServeProcess::start(const QStringList &args, const QProcessEnvironment &extraEnv, int timeoutMs)
{
    stop();
    m_url.clear();
    m_error.clear();
    if (!m_logDir.isValid()) {
        m_error = QStringLiteral("cannot create a folder for serve's log: %1").arg(m_logDir.errorString());
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHARDGATE_HOME"));
    env.remove(QStringLiteral("SHARDGATE_DB"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    m_process.setProcessEnvironment(env);
    m_process.setStandardErrorFile(m_stderrPath, QIODevice::Truncate);
    QStringList all { QStringLiteral("serve") };
    all << args;
    m_process.start(cliPath(), all);
    const QDeadlineTimer deadline(timeoutMs);
    if (!m_process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        m_error = QStringLiteral("cannot start %1: %2").arg(cliPath(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired()
           && m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
        out += m_process.readAllStandardOutput();
    out += m_process.readAllStandardOutput();
    const auto m = listening.match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        const bool ended = m_process.state() == QProcess::NotRunning;
        stop();
        m_error = QStringLiteral(
                      "shardgate-cli serve %1 %2 without a 'listening on' line; stdout: %3\nstderr: %4")
                      .arg(args.join(u' '),
                           ended ? QStringLiteral("ended (exit code %1)").arg(m_process.exitCode())
                                 : QStringLiteral("ran %1 ms").arg(timeoutMs),
                           QString::fromUtf8(out), stderrTail());
        return false;
    }
    m_url = m.captured(1);
    return true;
}

void ServeProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
}

QString ServeProcess::stderrTail(qint64 maxBytes) const
{
    QFile f(m_stderrPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > maxBytes)
        f.seek(f.size() - maxBytes);
    return QString::fromUtf8(f.readAll());
}

} // namespace sg::test
