#include "shardlistmodel.h"

#include "common/fileutil.h"

#include <QHash>
#include <QSet>

namespace sg::ui {

ShardListModel::ShardListModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ShardListModel::setManifest(const packaging::Manifest &manifest)
{
    QList<Row> rows;
    rows.reserve(manifest.shards.size());
    QHash<QString, int> first;
    for (int i = 0; i < manifest.shards.size(); ++i) {
        Row row;
        row.cid = manifest.shards.at(i).cid.toString();
        row.size = manifest.shards.at(i).size;
        auto it = first.constFind(row.cid);
        if (it != first.cend())
            row.duplicateOf = it.value();
        else
            first.insert(row.cid, i);
        rows.append(row);
    }
    for (const auto &file : manifest.files) {
        QSet<int> seen;
        for (const auto &e : file.extents)
            if (e.shard >= 0 && e.shard < rows.size() && !seen.contains(e.shard)) {
                seen.insert(e.shard);
                ++rows[e.shard].files;
            }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ShardListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ShardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole
        && (index.column() == Size || index.column() == Index || index.column() == Files))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Cid)
        return row.cid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Index:
        return index.row();
    case Cid:
        return row.cid;
    case Size:
        return formatBytes(row.size);
    case Files:
        return row.files;
    case Stored:
        return row.duplicateOf < 0 ? tr("stored") : tr("same bytes as shard %1").arg(row.duplicateOf);
    default:
        return {};
    }
}

QVariant ShardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index:
        return tr("#");
    case Cid:
        return tr("CID");
    case Size:
        return tr("Size");
    case Files:
        return tr("Files");
    case Stored:
        return tr("Storage");
    default:
        return {};
    }
}

} // namespace sg::ui
