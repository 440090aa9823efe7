#pragma once

// A running `shardgate-cli serve` for tests that drive the CLI against a real edge: starts
// it, waits for its "listening on URL" line, keeps its stdout drained and its stderr in a
// file (a full pipe would block the edge), and stops it when done or destroyed.
//
//   test::ServeProcess serve;
//   QVERIFY2(serve.start({ "--home", home, "--listen", "127.0.0.1:0" }), qPrintable(serve.errorString()));
//   runCli({ "log", "verify", "--edge", serve.url() });

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sg::test {

class ServeProcess
{
public:
    ServeProcess();
    ~ServeProcess();
    ServeProcess(const ServeProcess &) = delete;
    ServeProcess &operator=(const ServeProcess &) = delete;

    // Runs `shardgate-cli serve <args>` with the test's environment minus SHARDGATE_HOME and
    // SHARDGATE_DB, plus extraEnv, and waits up to timeoutMs for "listening on URL".
    // False when it did not start or ended first; errorString() then says why and carries
    // the end of its stderr.
    bool start(const QStringList &args, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 10000);
    // The edge's base URL from the "listening on" line ("http://127.0.0.1:PORT").
    const QString &url() const { return m_url; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGTERM, then SIGKILL after timeoutMs. Does nothing when it is not running.
    void stop(int timeoutMs = 10000);

    const QString &errorString() const { return m_error; }
    // The last maxBytes of what serve wrote on stderr (its log), for failure messages.
    QString stderrTail(qint64 maxBytes = 4096) const;
    QProcess &process() { return m_process; }

private:
    QTemporaryDir m_logDir;
    QString m_stderrPath;
    QProcess m_process;
    QString m_url;
    QString m_error;
};

} // namespace sg::test
