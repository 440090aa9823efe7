#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

namespace sg::test {

QString vectorsDir()
{
    return QStringLiteral(SG_VECTORS_DIR);
}

QJsonObject loadVector(const QString &name)
{
    QFile f(vectorsDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test vector %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        qFatal("cannot parse test vector %s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

QByteArray fromHex(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

QString CliResult::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

QString cliPath()
{
#ifdef SG_CLI_PATH
    return QStringLiteral(SG_CLI_PATH);
#else
    return QString();
#endif
}

CliResult runCli(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &extraEnv,
                 int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHARDGATE_HOME"));
    env.remove(QStringLiteral("SHARDGATE_DB"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + cliPath().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace sg::test

namespace sg::test {

bool inCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

} // namespace sg::test
