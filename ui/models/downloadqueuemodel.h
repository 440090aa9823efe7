#pragma once

// The download queue: one row per dataset download with its state, progress, rate, ETA
// and verified shards. Rows are plain data; DownloadManager drives them.

#include <QAbstractTableModel>
#include <QList>

namespace sg::ui {

struct DownloadItem
{
    enum class State { Queued, Running, Paused, Done, Failed };
    int id = 0;
    QString edgeUrl;
    QString manifest; // CID
    QString outDir;
    QString dataset; // name@version once known
    State state = State::Queued;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int shardsDone = 0;
    int shardsTotal = 0;
    double rate = 0; // bytes/s
    qint64 etaSecs = -1;
    QString message; // last note or the error
};

class DownloadQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dataset, Progress, Rate, Eta, Shards, State, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, StateRole, IdRole };

    explicit DownloadQueueModel(QObject *parent = nullptr);

    int add(DownloadItem item); // returns the row
    void update(const DownloadItem &item); // by id
    void remove(int id);
    const DownloadItem *item(int id) const;
    const DownloadItem *itemAtRow(int row) const;
    int rowOf(int id) const;
    const QList<DownloadItem> &items() const { return m_items; }

    static QString stateText(DownloadItem::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DownloadItem> m_items;
};

} // namespace sg::ui
