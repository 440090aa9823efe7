#pragma once

// Datasets an edge lists at GET /v1/datasets (the market's public listing JSON), with a
// text and an allowed-use filter applied locally.

#include "common/money.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace sg::ui {

struct CatalogItem
{
    QString cid;
    QString dataset;
    QString version;
    QString title;
    QString description;
    QString created;
    QString creatorId;
    QString creatorKey;
    QJsonObject license;
    QString licenseHash;
    qint64 shardSize = 0;
    qint64 totalBytes = 0;
    qint64 files = 0;
    qint64 shards = 0;
    QString previous;
    QString publishedAt;

    QString spdx() const { return license.value(QStringLiteral("spdx")).toString(); }
    QStringList uses() const;
    std::optional<Price> pricePerAccess() const;
    std::optional<Price> pricePerGiB() const;
    // What the whole dataset costs once: every shard's first delivery (pricePerAccess)
    // plus pricePerGiB x its size.
    std::optional<Price> fullPrice() const;

    static Result<CatalogItem> fromJson(const QJsonObject &o);
};

class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dataset, Version, Title, Creator, License, Price, Size, ColumnCount };

    explicit CatalogModel(QObject *parent = nullptr);

    // Parses a /v1/datasets body (an array, or {"datasets": [...]}); entries that do not
    // parse are skipped and counted.
    Result<int> loadJson(const QByteArray &body);
    void clear();
    void setFilter(const QString &text, const QString &use);

    const CatalogItem *itemAt(int row) const;
    int rowOf(const QString &cid) const;
    int totalCount() const { return int(m_all.size()); }
    int skipped() const { return m_skipped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<CatalogItem> m_all;
    QList<int> m_visible;
    QString m_text;
    QString m_use;
    int m_skipped = 0;
};

} // namespace sg::ui
