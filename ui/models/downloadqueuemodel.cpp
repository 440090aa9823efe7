#include "downloadqueuemodel.h"

#include "common/fileutil.h"

#include <QColor>

namespace sg::ui {

DownloadQueueModel::DownloadQueueModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int DownloadQueueModel::add(DownloadItem item)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(std::move(item));
    endInsertRows();
    return row;
}

void DownloadQueueModel::update(const DownloadItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DownloadQueueModel::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

const DownloadItem *DownloadQueueModel::item(int id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items.at(row);
}

const DownloadItem *DownloadQueueModel::itemAtRow(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int DownloadQueueModel::rowOf(int id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

QString DownloadQueueModel::stateText(DownloadItem::State state)
{
    switch (state) {
    case DownloadItem::State::Queued:
        return tr("Queued");
    case DownloadItem::State::Running:
        return tr("Downloading");
    case DownloadItem::State::Paused:
        return tr("Paused");
    case DownloadItem::State::Done:
        return tr("Verified ✓");
    case DownloadItem::State::Failed:
        return tr("Failed");
    }
    return {};
}

int DownloadQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DownloadQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadItem &it = m_items.at(index.row());
    const int permille = it.bytesTotal > 0 ? int(it.bytesDone * 1000 / it.bytesTotal) : 0;
    switch (role) {
    case ProgressRole:
        return permille;
    case StateRole:
        return int(it.state);
    case IdRole:
        return it.id;
    case Qt::ToolTipRole:
        return it.message.isEmpty() ? it.outDir : it.message;
    case Qt::ForegroundRole:
        if (index.column() == State && it.state == DownloadItem::State::Failed)
            return QColor(0xe5, 0x48, 0x4d);
        if (index.column() == State && it.state == DownloadItem::State::Done)
            return QColor(0x2e, 0xa0, 0x43);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Dataset:
        return it.dataset.isEmpty() ? it.manifest.left(16) + QStringLiteral("…") : it.dataset;
    case Progress:
        return it.bytesTotal > 0
            ? QStringLiteral("%1 / %2").arg(formatBytes(it.bytesDone), formatBytes(it.bytesTotal))
            : QString();
    case Rate:
        return it.state == DownloadItem::State::Running && it.rate > 0
            ? QStringLiteral("%1/s").arg(formatBytes(qint64(it.rate)))
            : QString();
    case Eta:
        if (it.state != DownloadItem::State::Running || it.etaSecs < 0)
            return QString();
        return it.etaSecs >= 3600
            ? QStringLiteral("%1 h %2 min").arg(it.etaSecs / 3600).arg(it.etaSecs % 3600 / 60)
            : it.etaSecs >= 60 ? QStringLiteral("%1 min %2 s").arg(it.etaSecs / 60).arg(it.etaSecs % 60)
                               : QStringLiteral("%1 s").arg(it.etaSecs);
    case Shards:
        return it.shardsTotal > 0 ? tr("%1 / %2 verified").arg(it.shardsDone).arg(it.shardsTotal) : QString();
    case State:
        return stateText(it.state);
    default:
        return {};
    }
}

QVariant DownloadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dataset:
        return tr("Dataset");
    case Progress:
        return tr("Progress");
    case Rate:
        return tr("Rate");
    case Eta:
        return tr("ETA");
    case Shards:
        return tr("Shards");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace sg::ui
