#pragma once

// The auditor's own memory (<home>/audit.sqlite): every checkpoint it has verified, per
// log origin, and the log key it first saw for that origin. A later checkpoint must be
// consistent with all of them; the key must not change silently.

#include "common/result.h"
#include "ledger/note.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sg::audit {

struct SeenCheckpoint
{
    ledger::Checkpoint checkpoint;
    QByteArray note;
    qint64 seenAtMs = 0;
    QString source;
};

class AuditStore
{
public:
    ~AuditStore();
    static Result<std::unique_ptr<AuditStore>> open(const QString &path);

    // The verifier key recorded for origin ("" when none yet).
    Result<QString> knownKey(const QString &origin);
    Status rememberKey(const QString &origin, const QString &vkey);
    Result<QList<SeenCheckpoint>> checkpoints(const QString &origin);
    Status remember(const SeenCheckpoint &checkpoint);

private:
    AuditStore() = default;
    QSqlDatabase m_db;
};

} // namespace sg::audit
