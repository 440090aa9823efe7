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

    // Creates the home and its sub-folders (0700 for keys). The first time in a process
    // that a home is opened this way (serve, pack, the console's market) it also removes
    // stale blob temp files (removeStaleBlobTemps).
    bool ensure(QString *error = nullptr) const;

    // Removes blobs/<xx>/.tmp-* files (BlobStore's names while a blob is being written)
    // last modified more than maxAgeSecs ago: left behind by a process killed mid-write.
    // Younger ones are kept, since another process may still be writing them. Logs and
    // returns how many were removed.
    int removeStaleBlobTemps(qint64 maxAgeSecs = kStaleBlobTempSecs) const;
    static constexpr qint64 kStaleBlobTempSecs = 3600;

private:
    QString m_home;
};

} // namespace sg
