#pragma once

// What the edge holds, as a tree grouped by dataset or by buyer: each group shows its
// shard count, bytes and hits, and under it the shards (CID, size, hits, last access,
// billed-access velocity, origin, the jobs pinning it). A shard served under two datasets
// or to two buyers appears under each. Snapshots from edge::EdgeInspector are merged in
// place (rows inserted, removed or changed, never a reset), so a periodic refresh keeps
// the view's selection, expansion and scroll position.

#include "edge/inspect.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace sg::ui {

class EdgeCacheModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping { Dataset, Buyer };
    enum Column { Name, Shards, Bytes, Hits, LastAccess, Velocity, Others, Origin, Jobs, ColumnCount };
    enum DataRole { CidRole = Qt::UserRole + 1, GroupRole, BytesRole };

    explicit EdgeCacheModel(QObject *parent = nullptr);
    ~EdgeCacheModel() override;

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Merges a snapshot of the cache into the tree.
    void setEntries(const QList<edge::CacheEntryInfo> &entries);
    const QList<edge::CacheEntryInfo> &entries() const { return m_entries; }

    // The shard CIDs an index stands for: one for a shard row, every shard of a group.
    QStringList cidsAt(const QModelIndex &index) const;
    // The top-level row of a group key (dataset name or buyer), -1 when absent.
    int groupRow(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shown for shards no buyer holds yet (prefetched) or served under no known dataset.
    static QString noneKey();

private:
    struct Group
    {
        quintptr id = 0; // stable: child indexes carry it as their internal id
        QString key;
        QList<edge::CacheEntryInfo> shards; // sorted by CID
    };
    using Groups = std::vector<std::unique_ptr<Group>>;
    Groups buildGroups(const QList<edge::CacheEntryInfo> &entries);
    void mergeChildren(int groupRow, Group &group, const QList<edge::CacheEntryInfo> &next);
    int rowOfId(quintptr id) const;

    Grouping m_grouping = Grouping::Dataset;
    QList<edge::CacheEntryInfo> m_entries;
    Groups m_groups; // sorted by key
    quintptr m_nextId = 1;
};

} // namespace sg::ui
