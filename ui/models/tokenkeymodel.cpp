#include "tokenkeymodel.h"

#include "common/clock.h"

#include <QColor>
#include <QFont>

namespace sg::ui {

TokenKeyModel::TokenKeyModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void TokenKeyModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString TokenKeyModel::activeKid() const
{
    for (const Row &r : m_rows)
        if (r.status == KeyStatus::Active)
            return r.kid;
    return QString();
}

int TokenKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenKeyModel::statusText(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return tr("Active: signs new tokens");
    case KeyStatus::Verifying:
        return tr("Retired: verifies its tokens until they expire");
    case KeyStatus::Retired:
        return tr("Retired: no longer trusted");
    }
    return {};
}

QVariant TokenKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KidRole:
        return row.kid;
    case ActiveRole:
        return row.status == KeyStatus::Active;
    case Qt::FontRole:
        if (row.status == KeyStatus::Active) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && row.status == KeyStatus::Active)
            return QColor(0x2e, 0xa0, 0x43);
        return {};
    case Qt::ToolTipRole:
        return index.column() == PublicKey ? row.publicKey : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Status:
        return statusText(row.status);
    case Kid:
        return row.kid;
    case Created:
        return row.createdSecs > 0 ? formatUtc(row.createdSecs) : QString();
    case PublicKey:
        return row.publicKey;
    default:
        return {};
    }
}

QVariant TokenKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Kid:
        return tr("Key id (kid)");
    case Created:
        return tr("Created (UTC)");
    case PublicKey:
        return tr("Public key");
    default:
        return {};
    }
}

} // namespace sg::ui
