#pragma once

// The shards of a manifest: index, CID, size, how many files take bytes from it and
// whether the same bytes appear as another shard of the dataset (stored once).

#include "packaging/manifest.h"

#include <QAbstractTableModel>

namespace sg::ui {

class ShardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Index, Cid, Size, Files, Stored, ColumnCount };

    explicit ShardListModel(QObject *parent = nullptr);

    void setManifest(const packaging::Manifest &manifest);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString cid;
        qint64 size = 0;
        int files = 0;
        int duplicateOf = -1; // first shard with the same CID
    };
    QList<Row> m_rows;
};

} // namespace sg::ui
