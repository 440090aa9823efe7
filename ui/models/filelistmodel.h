#pragma once

// The files of a folder as the scanner sees them (manifest path, size), for the Publish
// workspace before packing.

#include "packaging/scanner.h"

#include <QAbstractTableModel>

namespace sg::ui {

class FileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Path, Size, ColumnCount };

    explicit FileListModel(QObject *parent = nullptr);

    void setFiles(QList<packaging::ScannedFile> files);
    const QList<packaging::ScannedFile> &files() const { return m_files; }
    qint64 totalBytes() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<packaging::ScannedFile> m_files;
    qint64 m_total = 0;
};

} // namespace sg::ui
