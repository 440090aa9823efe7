#pragma once

// Bills recomputed from receipts alone: what each buyer was charged and what each
// creator earned (the sum of the charges on receipts naming them; DESIGN §7 bills the
// first delivery of a shard under a job, so the receipts already carry each charge once).
// Compared with what the market says it debited and credited.

#include "common/result.h"
#include "ledger/receipt.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sg::audit {

struct Bill
{
    QMap<QString, qint64> buyerCharges; // micro-units
    QMap<QString, qint64> creatorPayouts;
    QMap<QString, qint64> buyerReceipts; // count of receipts per buyer
    qint64 receipts = 0;
    qint64 total = 0;

    void add(const ledger::Receipt &receipt);
};

// What the market recorded (core/market): totals per buyer account and per creator.
struct MarketTotals
{
    QMap<QString, qint64> buyerCharged;
    QMap<QString, qint64> creatorEarned;
};

struct BillMismatch
{
    QString role; // "buyer" or "creator"
    QString account;
    qint64 fromReceipts = 0;
    qint64 market = 0;
};

// Every account present on either side whose totals differ.
QList<BillMismatch> compareBill(const Bill &bill, const MarketTotals &market);

// Reads the totals from a market's books (core/market: the billed and payouts tables),
// read-only: a market.sqlite file or a postgresql:// URL of a shared market. Code
// "notfound" when the file does not exist.
Result<MarketTotals> readMarketTotals(const QString &marketDbPathOrUrl);

} // namespace sg::audit
