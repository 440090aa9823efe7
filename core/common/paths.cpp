#include "paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace sg {

QString Paths::resolveHome(const QString &explicitHome)
{
    if (!explicitHome.isEmpty())
        return QDir(explicitHome).absolutePath();
    const QString env = qEnvironmentVariable("SHARDGATE_HOME");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/shardgate");
}

bool Paths::ensure(QString *error) const
{
    for (const QString &dir : { m_home, blobs(), keys(), manifests() }) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("cannot create folder %1").arg(dir);
            return false;
        }
    }
    QFile::setPermissions(keys(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

} // namespace sg
