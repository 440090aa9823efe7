#pragma once

// Receipts with fixed, varied content for the ledger tests: receipt i repeats buyers,
// creators, manifests and shards (so strings are shared) and differs in range, bytes,
// jti and job.

#include "ledger/receipt.h"

namespace sg::test {

inline ledger::Receipt makeReceipt(int i)
{
    ledger::Receipt r;
    r.timeMs = 1767225600000 + i;
    r.edge = QStringLiteral("edge-a");
    r.buyer = QStringLiteral("buyer-%1").arg(i % 7);
    r.creator = QStringLiteral("creator-%1").arg(i % 3);
    r.manifest = QStringLiteral("bafkreimanifest%1").arg(i % 5);
    r.shard = QStringLiteral("bafkreishard%1").arg(i % 11);
    r.licenseHash = QStringLiteral("bafkreilicense");
    r.range = QStringLiteral("0-%1").arg(i);
    r.bytes = i + 1;
    r.jti = QStringLiteral("jti-%1").arg(i / 4);
    r.job = QStringLiteral("job-%1").arg(i / 10);
    r.charge = (i % 4 == 0) ? 10000 : 0;
    r.kind = ledger::kind::access;
    return r;
}

} // namespace sg::test
