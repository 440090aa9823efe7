#pragma once

// Where an auditor reads a receipt log from: the local home's ledger.sqlite, or an edge
// over HTTP (DESIGN §6 routes, shapes in docs/formats.md). Leaves come from C2SP
// tlog-tiles entry bundles, so any tlog-tiles server can be audited the same way.

#include "common/result.h"
#include "ledger/ledger.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace sg::audit {

class LogSource
{
public:
    virtual ~LogSource() = default;
    virtual QString describe() const = 0; // "local ledger /path" / "edge http://..."
    virtual Result<QString> verifierKey() = 0;
    virtual Result<QByteArray> checkpointNote() = 0; // the latest signed checkpoint
    // Leaf bytes [first, first + count) of the tree of treeSize leaves.
    virtual Result<QList<QByteArray>> leaves(qint64 first, qint64 count, qint64 treeSize) = 0;
    virtual Result<QList<QByteArray>> consistencyProof(qint64 oldSize, qint64 newSize) = 0;
    virtual Result<ledger::ReceiptBundle> bundle(qint64 seq) = 0;
    virtual Result<QJsonObject> inclusionProof(qint64 index, qint64 treeSize) = 0;
};

// Reads <home>/ledger.sqlite read-only (works while an edge is writing it), or with dbUrl
// (postgresql://..., the CLI's --db / $SHARDGATE_DB) the shared log in that database.
Result<std::unique_ptr<LogSource>> openLocalLog(const QString &home, const QString &dbUrl = {});
// Wraps an open ledger (not owned).
std::unique_ptr<LogSource> wrapLedger(const ledger::Ledger &ledger);
// An edge's /v1/log/ routes (base URL like http://127.0.0.1:8440). Blocking calls with a
// timeout; for CLI and audit use, not for an event-loop thread.
std::unique_ptr<LogSource> openEdgeLog(const QUrl &edge, int timeoutMs = 30000);

} // namespace sg::audit
