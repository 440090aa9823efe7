#pragma once

// The edge's active jobs (pre-authorized batches): buyer, dataset, how much of the batch
// is stored on the edge, what was served under it and when it expires. Snapshots from
// edge::EdgeInspector are merged by job id (rows inserted, removed or changed in place).

#include "edge/inspect.h"

#include <QAbstractTableModel>
#include <QList>

namespace sg::ui {

class EdgeJobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Buyer, Dataset, Ready, Size, Served, Requests, Expires, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1 };

    explicit EdgeJobModel(QObject *parent = nullptr);

    void setJobs(const QList<edge::JobInfo> &jobs);
    const QList<edge::JobInfo> &jobs() const { return m_jobs; }
    // "Expires in" is relative to this time (the refresh sets it).
    void setNow(qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<edge::JobInfo> m_jobs; // sorted by id
    qint64 m_nowMs = 0;
};

} // namespace sg::ui
