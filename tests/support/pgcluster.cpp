#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>
#include <cstdlib>
#include <unistd.h>

namespace sg::test {

namespace {

std::atomic<int> g_databaseSeq { 0 };

QString findPsql()
{
    // The server's own client first (same major version), then PATH.
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions)) {
        const QString p = lib.filePath(v + QStringLiteral("/bin/psql"));
        if (QFileInfo(p).isExecutable())
            return p;
    }
    return QStandardPaths::findExecutable(QStringLiteral("psql"));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// url with its database name replaced: scheme://authority/NAME?query.
QString withDatabase(const QString &url, const QString &name)
{
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    if (scheme < 0)
        return {};
    const qsizetype query = url.indexOf(QLatin1Char('?'), scheme + 3);
    const qsizetype end = query < 0 ? url.size() : query;
    qsizetype slash = url.indexOf(QLatin1Char('/'), scheme + 3);
    if (slash < 0 || slash > end)
        slash = end;
    return url.left(slash) + QLatin1Char('/') + name + url.mid(end);
}

} // namespace

bool PgCluster::required()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

PgCluster &PgCluster::instance()
{
    static PgCluster cluster;
    return cluster;
}

PgCluster::PgCluster()
{
#ifdef SG_PGCLUSTER_SCRIPT
    m_script = QStringLiteral(SG_PGCLUSTER_SCRIPT);
#endif
    m_psql = findPsql();
    start();
}

PgCluster::~PgCluster()
{
    if (!m_owned)
        return;
    // Runs during static destruction: plain system(), no Qt event machinery. The watchdog
    // started with the cluster covers a process that never gets here (crash, SIGKILL).
    const QString cmd
        = QStringLiteral("bash %1 stop %2 >/dev/null 2>&1").arg(shellQuote(m_script), shellQuote(m_url));
    [[maybe_unused]] const int rc = std::system(cmd.toLocal8Bit().constData());
}

void PgCluster::start()
{
    if (m_psql.isEmpty()) {
        m_reason
            = QStringLiteral("psql not found (install the 'postgresql' package: packaging/deps/debian.sh)");
        return;
    }
    const QString external = qEnvironmentVariable("SHARDGATE_TEST_PG_URL");
    if (!external.isEmpty()) {
        m_url = external;
        auto probe = psql(m_url, QStringLiteral("SELECT 1"));
        if (!probe || probe->trimmed() != QLatin1String("1")) {
            m_reason = QStringLiteral("$SHARDGATE_TEST_PG_URL (%1) does not answer: %2")
                           .arg(m_url, probe ? *probe : probe.errorString());
            return;
        }
        m_available = true;
        return;
    }
    if (m_script.isEmpty() || !QFileInfo::exists(m_script)) {
        m_reason = QStringLiteral("packaging/tools/pgcluster.sh not found (%1)").arg(m_script);
        return;
    }
    QProcess p;
    p.start(
        QStringLiteral("bash"),
        { m_script, QStringLiteral("start"), QStringLiteral("--owner-pid"), QString::number(::getpid()) });
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished(5000);
        m_reason = QStringLiteral("pgcluster.sh start did not finish within 180 s");
        return;
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0
        || !out.startsWith(QLatin1String("postgresql://"))) {
        m_reason
            = err.isEmpty() ? QStringLiteral("pgcluster.sh start failed (exit %1)").arg(p.exitCode()) : err;
        return;
    }
    m_url = out.section(QLatin1Char('\n'), -1);
    m_owned = true;
    m_available = true;
}

Result<QString> PgCluster::psql(const QString &url, const QString &sql) const
{
    if (m_psql.isEmpty())
        return fail(QStringLiteral("psql not found"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(m_psql,
            { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
              QStringLiteral("-c"), sql });
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return fail(QStringLiteral("psql did not finish within 60 s"));
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(
            QStringLiteral("psql failed: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return out.trimmed();
}

Result<QString> PgCluster::createDatabase(const QString &prefix)
{
    if (!m_available)
        return fail(QStringLiteral("PostgreSQL not available: %1").arg(m_reason));
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,20}$"));
    if (!re.match(prefix).hasMatch())
        return fail(QStringLiteral("database prefix '%1' must be 1-20 of [a-z0-9_]").arg(prefix));
    // Unique across the processes sharing test.sh's cluster: pid and a per-process counter.
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(::getpid()).arg(++g_databaseSeq);
    auto created = psql(m_url, QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created)
        return created.error();
    const QString url = withDatabase(m_url, name);
    if (url.isEmpty())
        return fail(QStringLiteral("cannot make a database URL from %1").arg(m_url));
    return url;
}

} // namespace sg::test
