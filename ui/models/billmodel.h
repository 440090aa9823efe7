#pragma once

// Bills recomputed from receipts (core/audit/bill.h), one row per account: every buyer's
// charges and every creator's payout as the verified receipts add them up, next to what
// the market's books say when they are known. Rows where the two differ (by
// audit::compareBill) are flagged and drawn in the error colour.

#include "audit/bill.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sg::ui {

class BillModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Role, Account, Receipts, Recomputed, Market, Status, ColumnCount };
    enum DataRole { MismatchRole = Qt::UserRole + 1, MicrosRole };

    struct Row
    {
        bool creator = false; // false: buyer
        QString account;
        qint64 receipts = -1; // buyers only (-1: not counted)
        qint64 fromReceipts = 0; // micro-units
        std::optional<qint64> market; // absent: not compared
        bool mismatch = false;
    };

    explicit BillModel(QObject *parent = nullptr);

    // Buyers then creators, each sorted by account. market absent: nothing to compare with.
    void setBill(const audit::Bill &bill, const std::optional<audit::MarketTotals> &market);
    void clear();
    const QList<Row> &rows() const { return m_rows; }
    int mismatchCount() const;
    bool compared() const { return m_compared; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    bool m_compared = false;
};

} // namespace sg::ui
