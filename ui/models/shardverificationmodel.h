#pragma once

// A download's shards and which of them its journal records as verified and written
// (Downloads > shard verification). Rows are the manifest's shards; a view asks only for
// the rows it shows, and a journal update repaints only the rows whose state changed, so a
// dataset of a few hundred thousand shards costs the GUI thread no more than a small one.

#include <QAbstractTableModel>
#include <QBitArray>
#include <QStringList>

namespace sg::ui {

class ShardVerificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Index, Cid, State, ColumnCount };

    explicit ShardVerificationModel(QObject *parent = nullptr);

    // The download shown (its id) and its shard CIDs in manifest order; all pending.
    void setShards(int downloadId, const QStringList &cids);
    void clear();
    int downloadId() const { return m_downloadId; }
    // Marks these shards verified (indexes outside the rows are ignored).
    void markVerified(const QList<int> &shards);
    // Every shard pending again (the journal was rewritten; it is read anew).
    void resetVerified();
    int verifiedCount() const { return m_verifiedCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_downloadId = 0;
    QStringList m_cids;
    QBitArray m_verified;
    int m_verifiedCount = 0;
};

} // namespace sg::ui
