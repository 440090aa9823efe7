#pragma once

// The edge's rate limiters (token buckets per token and per buyer): how many requests each
// may make at once now, its burst and refill rate, and how many requests it let through
// or answered 429. Snapshots from edge::EdgeInspector are merged by (scope, key).

#include "edge/inspect.h"

#include <QAbstractTableModel>
#include <QList>

namespace sg::ui {

class RateLimitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Scope, Key, Buyer, Available, Rate, Allowed, Limited, Last, ColumnCount };

    explicit RateLimitModel(QObject *parent = nullptr);

    void setLimits(const QList<edge::RateLimitInfo> &limits);
    const QList<edge::RateLimitInfo> &limits() const { return m_limits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<edge::RateLimitInfo> m_limits; // sorted by scope, key
};

} // namespace sg::ui
