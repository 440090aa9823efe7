#include "filelistmodel.h"

#include "common/fileutil.h"

namespace sg::ui {

FileListModel::FileListModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void FileListModel::setFiles(QList<packaging::ScannedFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    m_total = 0;
    for (const auto &f : m_files)
        m_total += f.size;
    endResetModel();
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &f = m_files.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return index.column() == Size ? QStringLiteral("%1 bytes").arg(f.size)
                                      : QString::fromUtf8(f.diskPath);
    if (role == Qt::UserRole)
        return index.column() == Size ? QVariant(f.size) : QVariant(f.path);
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == Path ? QVariant(f.path) : QVariant(formatBytes(f.size));
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Path ? tr("Path") : tr("Size");
}

} // namespace sg::ui
