#include "checkpointmodel.h"

#include <QColor>
#include <QDateTime>

namespace sg::ui {

CheckpointModel::CheckpointModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void CheckpointModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CheckpointModel::setCheck(int row, Check signature, Check consistency, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].signature = signature;
    m_rows[row].consistency = consistency;
    m_rows[row].detail = detail;
    Q_EMIT dataChanged(index(row, Signature), index(row, Consistency));
}

int CheckpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckpointModel::checkText(Check check)
{
    switch (check) {
    case Check::Unknown:
        return tr("not checked");
    case Check::Checking:
        return tr("checking…");
    case Check::Ok:
        return tr("✓ verified");
    case Check::Failed:
        return tr("✗ FAILED");
    case Check::NotApplicable:
        return tr("— first");
    }
    return {};
}

QVariant CheckpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole) {
        const Check c = index.column() == Signature ? row.signature
            : index.column() == Consistency         ? row.consistency
                                                    : Check::Unknown;
        if (c == Check::Ok)
            return QColor(0x2e, 0xa0, 0x43);
        if (c == Check::Failed)
            return QColor(0xe5, 0x48, 0x4d);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return index.column() == Root ? QString::fromLatin1(row.checkpoint.checkpoint.rootHash.toHex())
                                      : row.detail;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Size:
        return row.checkpoint.checkpoint.size;
    case Time:
        return row.checkpoint.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(row.checkpoint.timeMs, Qt::UTC)
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                         : QString();
    case Root:
        return QString::fromLatin1(row.checkpoint.checkpoint.rootHash.toHex().left(16)) + QStringLiteral("…");
    case Signature:
        return checkText(row.signature);
    case Consistency:
        return checkText(row.consistency);
    default:
        return {};
    }
}

QVariant CheckpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Size:
        return tr("Tree size");
    case Time:
        return tr("Signed or seen (UTC)");
    case Root:
        return tr("Root hash");
    case Signature:
        return tr("Signature");
    case Consistency:
        return tr("Consistent with previous");
    default:
        return {};
    }
}

} // namespace sg::ui
