#include "audit/export.h"

#include "common/money.h"

namespace sg::audit {

bool ReceiptFilter::matches(const ledger::Receipt &r) const
{
    if (!buyer.isEmpty() && r.buyer != buyer)
        return false;
    if (!creator.isEmpty() && r.creator != creator)
        return false;
    if (!manifest.isEmpty() && r.manifest != manifest)
        return false;
    if (!kind.isEmpty() && r.kind != kind)
        return false;
    if (fromMs >= 0 && r.timeMs < fromMs)
        return false;
    if (untilMs >= 0 && r.timeMs >= untilMs)
        return false;
    return true;
}

namespace {
QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}
} // namespace

QByteArray csvHeader()
{
    return QByteArrayLiteral(
        "seq,time,kind,buyer,creator,manifest,shard,licenseHash,edge,jti,job,tx,range,bytes,"
        "charge\r\n");
}

QByteArray csvLine(const ledger::Receipt &r)
{
    QByteArray out;
    out += QByteArray::number(r.seq) + ',' + csvField(ledger::formatReceiptTime(r.timeMs)) + ','
        + csvField(r.kind) + ',' + csvField(r.buyer) + ',' + csvField(r.creator) + ',' + csvField(r.manifest)
        + ',' + csvField(r.shard) + ',' + csvField(r.licenseHash) + ',' + csvField(r.edge) + ','
        + csvField(r.jti) + ',' + csvField(r.job) + ',' + csvField(r.tx) + ',' + csvField(r.range) + ','
        + QByteArray::number(r.bytes) + ',' + formatMoney(r.charge).toUtf8() + "\r\n";
    return out;
}

QByteArray jsonLine(const ledger::Receipt &r)
{
    return r.leaf() + '\n';
}

} // namespace sg::audit
