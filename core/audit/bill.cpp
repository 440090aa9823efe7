#include "audit/bill.h"

#include "market/database.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sg::audit {

void Bill::add(const ledger::Receipt &r)
{
    ++receipts;
    if (!r.buyer.isEmpty()) {
        buyerCharges[r.buyer] += r.charge;
        buyerReceipts[r.buyer] += 1;
    }
    if (!r.creator.isEmpty())
        creatorPayouts[r.creator] += r.charge;
    total += r.charge;
}

QList<BillMismatch> compareBill(const Bill &bill, const MarketTotals &market)
{
    QList<BillMismatch> out;
    const auto compare
        = [&](const QString &role, const QMap<QString, qint64> &ours, const QMap<QString, qint64> &theirs) {
              QSet<QString> names;
              for (auto it = ours.cbegin(); it != ours.cend(); ++it)
                  names.insert(it.key());
              for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
                  names.insert(it.key());
              QStringList sorted(names.cbegin(), names.cend());
              sorted.sort();
              for (const QString &name : std::as_const(sorted)) {
                  const qint64 a = ours.value(name, 0);
                  const qint64 b = theirs.value(name, 0);
                  if (a != b)
                      out.append(BillMismatch { role, name, a, b });
              }
          };
    compare(QStringLiteral("buyer"), bill.buyerCharges, market.buyerCharged);
    compare(QStringLiteral("creator"), bill.creatorPayouts, market.creatorEarned);
    return out;
}

Result<MarketTotals> readMarketTotals(const QString &pathOrUrl)
{
    // Read-only through the market's own store code, so a SQLite file and a shared
    // PostgreSQL market (schema "market") are read alike and nothing is migrated or written.
    const bool url = market::Database::isPostgresUrl(pathOrUrl);
    if (!url && !QFileInfo::exists(pathOrUrl))
        return fail(QStringLiteral("no market database at %1").arg(pathOrUrl), QStringLiteral("notfound"));
    market::DbOptions options;
    (url ? options.url : options.sqlitePath) = pathOrUrl;
    options.readOnly = true;
    auto db = market::Database::open(options);
    if (!db)
        return fail(QStringLiteral("cannot open the market's books: %1").arg(db.errorString()),
                    db.errorCode());
    auto conn = (*db)->connection();
    if (!conn)
        return conn.error();
    MarketTotals totals;
    QSqlQuery q(*conn);
    if (!q.exec(QStringLiteral("SELECT account, SUM(amount) FROM billed GROUP BY account")))
        return fail(QStringLiteral("reading the market totals from %1 failed: %2")
                        .arg((*db)->describe(), q.lastError().text()),
                    QStringLiteral("io"));
    while (q.next())
        totals.buyerCharged.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(QStringLiteral("SELECT creator, SUM(amount) FROM payouts GROUP BY creator")))
        return fail(QStringLiteral("reading the market totals from %1 failed: %2")
                        .arg((*db)->describe(), q.lastError().text()),
                    QStringLiteral("io"));
    while (q.next())
        totals.creatorEarned.insert(q.value(0).toString(), q.value(1).toLongLong());
    return totals;
}

} // namespace sg::audit
