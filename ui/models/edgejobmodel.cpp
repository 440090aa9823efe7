#include "edgejobmodel.h"

#include "common/fileutil.h"
#include "models/keyedmerge.h"

#include <algorithm>

namespace sg::ui {

namespace {

bool sameJob(const edge::JobInfo &a, const edge::JobInfo &b)
{
    return a.id == b.id && a.buyer == b.buyer && a.manifest == b.manifest && a.dataset == b.dataset
        && a.shards == b.shards && a.ready == b.ready && a.bytes == b.bytes && a.createdMs == b.createdMs
        && a.expiresAtMs == b.expiresAtMs && a.bytesServed == b.bytesServed && a.requests == b.requests
        && a.maxBytes == b.maxBytes && a.maxRequests == b.maxRequests;
}

QString duration(qint64 secs)
{
    if (secs < 60)
        return EdgeJobModel::tr("%1 s").arg(secs);
    if (secs < 3600)
        return EdgeJobModel::tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    return EdgeJobModel::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

} // namespace

EdgeJobModel::EdgeJobModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void EdgeJobModel::setJobs(const QList<edge::JobInfo> &jobs)
{
    QList<edge::JobInfo> sorted = jobs;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    mergeSortedRows(
        m_jobs, sorted, [](const edge::JobInfo &j) { return j.id; }, sameJob,
        [this](int row) { beginRemoveRows({}, row, row); }, [this] { endRemoveRows(); },
        [this](int row) { beginInsertRows({}, row, row); }, [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void EdgeJobModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, Expires), index(int(m_jobs.size()) - 1, Expires));
}

int EdgeJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int EdgeJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EdgeJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const edge::JobInfo &j = m_jobs.at(index.row());
    if (role == IdRole)
        return j.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Ready && index.column() <= Requests
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Dataset)
            return j.manifest;
        if (index.column() == Served && j.maxBytes >= 0)
            return tr("Budget: %1").arg(formatBytes(j.maxBytes));
        if (index.column() == Requests && j.maxRequests >= 0)
            return tr("Budget: %L1 requests").arg(j.maxRequests);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return j.id;
    case Buyer:
        return j.buyer;
    case Dataset:
        return j.dataset.isEmpty() ? j.manifest.left(16) + QStringLiteral("…") : j.dataset;
    case Ready: // a job named only by a token's claim has no pre-authorized batch
        return j.shards > 0 ? tr("%1 / %2").arg(j.ready).arg(j.shards) : QStringLiteral("—");
    case Size:
        return j.shards > 0 ? formatBytes(j.bytes) : QStringLiteral("—");
    case Served:
        return j.maxBytes >= 0 ? tr("%1 of %2").arg(formatBytes(j.bytesServed), formatBytes(j.maxBytes))
                               : formatBytes(j.bytesServed);
    case Requests:
        return j.maxRequests >= 0 ? tr("%L1 of %L2").arg(j.requests).arg(j.maxRequests)
                                  : QString::number(j.requests);
    case Expires:
        if (j.expiresAtMs <= 0)
            return tr("no TTL");
        if (m_nowMs <= 0)
            return QString();
        return j.expiresAtMs <= m_nowMs ? tr("expired")
                                        : tr("in %1").arg(duration((j.expiresAtMs - m_nowMs) / 1000));
    default:
        return {};
    }
}

QVariant EdgeJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Job");
    case Buyer:
        return tr("Buyer");
    case Dataset:
        return tr("Dataset");
    case Ready:
        return tr("Shards ready");
    case Size:
        return tr("Size");
    case Served:
        return tr("Served");
    case Requests:
        return tr("Requests");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace sg::ui
