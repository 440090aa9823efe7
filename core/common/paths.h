#pragma once

// Where a Shardgate home keeps its things. A home is one folder: blobs, databases, keys.
// Resolution: explicit --home, else $SHARDGATE_HOME, else the platform app data folder.

#include <QString>

namespace sg {

class Paths
{
public:
    // Resolves the home folder (not created).
    static QString resolveHome(const QString &explicitHome = {});

    explicit Paths(QString home) : m_home(std::move(home)) { }

    const QString &home() const { return m_home; }
    QString blobs() const { return m_home + QStringLiteral("/blobs"); }
    QString keys() const { return m_home + QStringLiteral("/keys"); }
    QString manifests() const { return m_home + QStringLiteral("/manifests"); }
    QString marketDb() const { return m_home + QStringLiteral("/market.sqlite"); }
    QString ledgerDb() const { return m_home + QStringLiteral("/ledger.sqlite"); }
    QString auditDb() const { return m_home + QStringLiteral("/audit.sqlite"); }
    QString downloadsDb() const { return m_home + QStringLiteral("/downloads.sqlite"); }
    QString configFile() const { return m_home + QStringLiteral("/shardgate.conf"); }

    // Creates the home and its sub-folders (0700 for keys).
    bool ensure(QString *error = nullptr) const;

private:
    QString m_home;
};

} // namespace sg
