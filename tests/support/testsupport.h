#pragma once

// Helpers shared by the tests: the independent test vectors, throwaway homes, and running
// shardgate-cli as a user would.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sg::test {

// Loads ../shared/vectors/<name> (or the in-repo copy); QFAIL-style abort on error.
QJsonObject loadVector(const QString &name);
QString vectorsDir();

QByteArray fromHex(const QString &hex);

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
    QString describe() const; // for failure messages
};

// Path of the built shardgate-cli.
QString cliPath();

// Runs shardgate-cli with args (and optional stdin, extra environment) and waits up to
// timeoutMs. SHARDGATE_HOME is cleared unless env sets it.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {},
                 const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000);

// Writes bytes to dir/relativePath, creating folders.
bool writeFile(const QString &path, const QByteArray &data);

} // namespace sg::test
