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

// True when the suite runs in CI ($CI set and not "false"/"0"): a test tool that
// test.sh installs (nginx, curl, wget, openssl, PostgreSQL) must then be present.
bool inCi();

} // namespace sg::test

// Skips the current test function when a tool it needs is missing on a developer's
// machine, but fails it in CI, where packaging/deps/debian.sh has installed every tool
// and a skip would hide a broken set-up.
#define SG_SKIP_OR_FAIL_WITHOUT(message)                                                                     \
    do {                                                                                                     \
        if (::sg::test::inCi())                                                                              \
            QFAIL(qPrintable(QStringLiteral("CI: ") + QStringLiteral(message)));                             \
        else                                                                                                 \
            QSKIP(message);                                                                                  \
    } while (false)
