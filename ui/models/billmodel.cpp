#include "billmodel.h"

#include "common/money.h"

#include <QColor>
#include <QSet>

namespace sg::ui {

BillModel::BillModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void BillModel::setBill(const audit::Bill &bill, const std::optional<audit::MarketTotals> &market)
{
    // The differing accounts as core/audit judges them; the rows only display that verdict.
    QSet<QString> differing;
    if (market)
        for (const audit::BillMismatch &m : audit::compareBill(bill, *market))
            differing.insert(m.role + QLatin1Char('\n') + m.account);

    QList<Row> rows;
    const auto addRole
        = [&](bool creator, const QMap<QString, qint64> &ours, const QMap<QString, qint64> *theirs) {
              QMap<QString, bool> names; // sorted union
              for (auto it = ours.cbegin(); it != ours.cend(); ++it)
                  names.insert(it.key(), true);
              if (theirs)
                  for (auto it = theirs->cbegin(); it != theirs->cend(); ++it)
                      names.insert(it.key(), true);
              const QString role = creator ? QStringLiteral("creator") : QStringLiteral("buyer");
              for (auto it = names.cbegin(); it != names.cend(); ++it) {
                  Row r;
                  r.creator = creator;
                  r.account = it.key();
                  r.receipts = creator ? -1 : bill.buyerReceipts.value(it.key(), 0);
                  r.fromReceipts = ours.value(it.key(), 0);
                  if (theirs)
                      r.market = theirs->value(it.key(), 0);
                  r.mismatch = differing.contains(role + QLatin1Char('\n') + it.key());
                  rows.append(r);
              }
          };
    addRole(false, bill.buyerCharges, market ? &market->buyerCharged : nullptr);
    addRole(true, bill.creatorPayouts, market ? &market->creatorEarned : nullptr);

    beginResetModel();
    m_rows = std::move(rows);
    m_compared = market.has_value();
    endResetModel();
}

void BillModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_compared = false;
    endResetModel();
}

int BillModel::mismatchCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.mismatch; }));
}

int BillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MismatchRole:
        return row.mismatch;
    case MicrosRole:
        if (index.column() == Recomputed)
            return row.fromReceipts;
        if (index.column() == Market && row.market)
            return *row.market;
        return {};
    case Qt::ForegroundRole:
        if (row.mismatch)
            return QColor(0xe5, 0x48, 0x4d);
        if (index.column() == Status && row.market)
            return QColor(0x2e, 0xa0, 0x43);
        return {};
    case Qt::BackgroundRole:
        // Translucent, so the tint reads on light and dark palettes alike.
        return row.mismatch ? QVariant(QColor(0xe5, 0x48, 0x4d, 40)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Receipts || index.column() == Recomputed || index.column() == Market)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (row.mismatch && row.market)
            return tr("The receipts add up to %1, the market's books say %2 (difference %3).")
                .arg(formatMoney(row.fromReceipts), formatMoney(*row.market),
                     formatMoney(row.fromReceipts - *row.market));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Role:
        return row.creator ? tr("Creator payout") : tr("Buyer charges");
    case Account:
        return row.account;
    case Receipts:
        return row.receipts >= 0 ? QVariant(row.receipts) : QVariant(QStringLiteral("—"));
    case Recomputed:
        return formatMoney(row.fromReceipts);
    case Market:
        return row.market ? formatMoney(*row.market) : QStringLiteral("—");
    case Status:
        if (!row.market)
            return tr("not compared");
        if (row.mismatch)
            return tr("✗ differs by %1").arg(formatMoney(row.fromReceipts - *row.market));
        return tr("✓ matches");
    default:
        return {};
    }
}

QVariant BillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Role:
        return tr("Account type");
    case Account:
        return tr("Account");
    case Receipts:
        return tr("Receipts");
    case Recomputed:
        return tr("From receipts");
    case Market:
        return tr("Market books");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace sg::ui
