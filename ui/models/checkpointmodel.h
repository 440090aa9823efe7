#pragma once

// Checkpoint history of a log: size, time, root hash and whether each checkpoint's
// signature and its consistency with the one before were verified.

#include "ledger/note.h"

#include <QAbstractTableModel>
#include <QList>

namespace sg::ui {

class CheckpointModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Size, Time, Root, Signature, Consistency, ColumnCount };
    enum class Check { Unknown, Checking, Ok, Failed, NotApplicable };

    struct Row
    {
        ledger::SignedCheckpoint checkpoint;
        Check signature = Check::Unknown;
        Check consistency = Check::Unknown;
        QString detail; // why a check failed
    };

    explicit CheckpointModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    void setCheck(int row, Check signature, Check consistency, const QString &detail);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString checkText(Check check);

private:
    QList<Row> m_rows;
};

} // namespace sg::ui
