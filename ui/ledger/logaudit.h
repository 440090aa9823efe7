#pragma once

// The Ledger workspace's "verify whole log" and "recompute bills" run core/audit's log
// verification (the client behind `shardgate-cli log verify` and `audit bill`) over the
// open source, with this home's auditor memory (audit.sqlite: the log key first seen and
// every checkpoint verified before), a progress callback and a cancel flag. Blocking:
// call it on a worker thread.

#include "audit/bill.h"
#include "audit/logverify.h"
#include "models/receiptsource.h"

#include <atomic>
#include <functional>
#include <optional>

namespace sg::ui {

struct LogAuditOptions
{
    QString auditDb; // <home>/audit.sqlite; empty = remember nothing
    bool recomputeBill = false;
    QString marketDb; // the market's books to compare the bill with; empty = do not compare
    const std::atomic<bool> *cancel = nullptr;
    // (leaves read, tree size), from the worker thread.
    std::function<void(qint64, qint64)> progress;
};

struct LogAuditOutcome
{
    audit::LogVerifyReport report;
    std::optional<audit::Bill> bill;
    std::optional<audit::MarketTotals> market; // when marketDb was given and read
};

// Error code "cancelled" when the flag stopped it, "unsupported" when the source is no
// log (an exported file).
Result<LogAuditOutcome> runLogAudit(const ReceiptSource &source, const LogAuditOptions &options);

} // namespace sg::ui
