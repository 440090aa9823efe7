#include "audit/bill.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

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

Result<MarketTotals> readMarketTotals(const QString &path)
{
    static std::atomic<int> counter { 0 };
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("no market database at %1").arg(path), QStringLiteral("notfound"));
    const QString name = QStringLiteral("sg-audit-market-%1").arg(counter.fetch_add(1));
    MarketTotals totals;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT account, SUM(amount) FROM billed GROUP BY account"))) {
                error = q.lastError().text();
            } else {
                while (q.next())
                    totals.buyerCharged.insert(q.value(0).toString(), q.value(1).toLongLong());
                if (!q.exec(QStringLiteral("SELECT creator, SUM(amount) FROM payouts GROUP BY creator")))
                    error = q.lastError().text();
                while (error.isEmpty() && q.next())
                    totals.creatorEarned.insert(q.value(0).toString(), q.value(1).toLongLong());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return fail(QStringLiteral("reading the market totals from %1 failed: %2").arg(path, error),
                    QStringLiteral("io"));
    return totals;
}

} // namespace sg::audit
