#pragma once

// Receipt exports: CSV (RFC 4180, header row, money as decimal units) and JSON Lines (one
// receipt per line, exactly its leaf bytes), with filters.

#include "ledger/receipt.h"

#include <QByteArray>
#include <QString>

namespace sg::audit {

struct ReceiptFilter
{
    QString buyer;
    QString creator;
    QString manifest; // dataset = manifest CID
    qint64 fromMs = -1; // inclusive, -1 = open
    qint64 untilMs = -1; // exclusive, -1 = open
    QString kind;

    bool matches(const ledger::Receipt &receipt) const;
};

enum class ExportFormat { Csv, JsonLines };

QByteArray csvHeader();
QByteArray csvLine(const ledger::Receipt &receipt);
QByteArray jsonLine(const ledger::Receipt &receipt);

} // namespace sg::audit
