#pragma once

// Log verification (DESIGN §7 audit): open the latest checkpoint with the log key, read
// every leaf, check each is a canonical receipt whose seq is its index, rebuild the tree
// and compare its root with the checkpoint; compare the roots at the sizes of every
// checkpoint seen before (and check the source's consistency proofs to them). A root that
// differs at a size seen before is equivocation or a rewritten history: the error
// carries both signed checkpoints as evidence.

#include "audit/auditstore.h"
#include "audit/logsource.h"
#include "common/clock.h"
#include "ledger/ledger.h"

#include <functional>

namespace sg::audit {

struct LogVerifyReport
{
    QString origin;
    qint64 size = 0;
    QByteArray root;
    QByteArray checkpointNote;
    int checkpointsCompared = 0; // earlier checkpoints checked against this tree
    qint64 voidLeaves = 0;
};

struct Equivocation
{
    QByteArray earlierNote;
    QByteArray laterNote;
};

struct LogVerifyOptions
{
    // Pinned key ("" = the key recorded in the store for this origin, else trust on
    // first use and record it).
    QString verifierKey;
    AuditStore *store = nullptr; // may be null: nothing remembered
    const Clock *clock = nullptr;
    // Called for every verified receipt in order (bill recomputation, exports).
    std::function<void(const ledger::Receipt &)> visit;
    // Filled when the failure is equivocation.
    Equivocation *evidence = nullptr;
};

Result<LogVerifyReport> verifyLog(LogSource &source, const LogVerifyOptions &options);

// The fast path for a local ledger: leaves rebuilt from the database, hashed and compared
// with the latest checkpoint and every stored checkpoint.
Result<LogVerifyReport> verifyLocalLog(const ledger::Ledger &ledger, const ledger::NoteVerifier &key);

} // namespace sg::audit
