#include "catalogmodel.h"

#include "common/fileutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sg::ui {

QStringList CatalogItem::uses() const
{
    QStringList out;
    for (const QJsonValue &v : license.value(QStringLiteral("uses")).toArray())
        out.append(v.toString());
    return out;
}

std::optional<Price> CatalogItem::pricePerAccess() const
{
    auto p
        = Price::fromJson(license.value(QStringLiteral("pricePerAccess")), QStringLiteral("pricePerAccess"));
    return p.ok() ? std::optional<Price>(p.value()) : std::nullopt;
}

std::optional<Price> CatalogItem::pricePerGiB() const
{
    if (!license.contains(QStringLiteral("pricePerGiB")))
        return std::nullopt;
    auto p = Price::fromJson(license.value(QStringLiteral("pricePerGiB")), QStringLiteral("pricePerGiB"));
    return p.ok() ? std::optional<Price>(p.value()) : std::nullopt;
}

std::optional<Price> CatalogItem::fullPrice() const
{
    auto access = pricePerAccess();
    if (!access)
        return std::nullopt;
    Price total { access->micros * shards, access->currency };
    if (auto gib = pricePerGiB()) {
        // micro-units x bytes / 2^30, rounded up like a per-shard charge would be at most.
        const __int128 perGiB = __int128(gib->micros) * totalBytes;
        total.micros += qint64((perGiB + (qint64(1) << 30) - 1) >> 30);
    }
    return total;
}

Result<CatalogItem> CatalogItem::fromJson(const QJsonObject &o)
{
    CatalogItem item;
    item.cid = o.value(QStringLiteral("cid")).toString();
    item.dataset = o.value(QStringLiteral("dataset")).toString();
    item.version = o.value(QStringLiteral("version")).toString();
    if (item.cid.isEmpty() || item.dataset.isEmpty())
        return fail(QStringLiteral("a catalog entry without cid or dataset"));
    item.title = o.value(QStringLiteral("title")).toString();
    item.description = o.value(QStringLiteral("description")).toString();
    item.created = o.value(QStringLiteral("created")).toString();
    const QJsonObject creator = o.value(QStringLiteral("creator")).toObject();
    item.creatorId = creator.value(QStringLiteral("id")).toString();
    item.creatorKey = creator.value(QStringLiteral("pubkey")).toString();
    item.license = o.value(QStringLiteral("license")).toObject();
    item.licenseHash = o.value(QStringLiteral("licenseHash")).toString();
    item.shardSize = o.value(QStringLiteral("shardSize")).toInteger();
    item.totalBytes = o.value(QStringLiteral("totalBytes")).toInteger();
    item.files = o.value(QStringLiteral("files")).toInteger();
    item.shards = o.value(QStringLiteral("shards")).toInteger();
    item.previous = o.value(QStringLiteral("previous")).toString();
    item.publishedAt = o.value(QStringLiteral("publishedAt")).toString();
    return item;
}

CatalogModel::CatalogModel(QObject *parent) : QAbstractTableModel(parent)
{ }

Result<int> CatalogModel::loadJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull())
        return fail(tr("the catalog is not JSON: %1").arg(error.errorString()));
    const QJsonArray array
        = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("datasets")).toArray();
    QList<CatalogItem> items;
    int skipped = 0;
    for (const QJsonValue &v : array) {
        auto item = CatalogItem::fromJson(v.toObject());
        if (item.ok())
            items.append(item.value());
        else
            ++skipped;
    }
    beginResetModel();
    m_all = std::move(items);
    m_skipped = skipped;
    rebuild();
    endResetModel();
    return int(m_all.size());
}

void CatalogModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_visible.clear();
    endResetModel();
}

void CatalogModel::setFilter(const QString &text, const QString &use)
{
    beginResetModel();
    m_text = text.trimmed();
    m_use = use;
    rebuild();
    endResetModel();
}

void CatalogModel::rebuild()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const CatalogItem &it = m_all.at(i);
        if (!m_use.isEmpty() && !it.uses().contains(m_use))
            continue;
        if (!m_text.isEmpty()) {
            const QString hay = QStringList { it.dataset,   it.version, it.title, it.description,
                                              it.creatorId, it.spdx(),  it.cid }
                                    .join(QLatin1Char('\n'));
            if (!hay.contains(m_text, Qt::CaseInsensitive))
                continue;
        }
        m_visible.append(i);
    }
}

const CatalogItem *CatalogModel::itemAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

int CatalogModel::rowOf(const QString &cid) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_all.at(m_visible.at(r)).cid == cid)
            return r;
    return -1;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogItem &it = m_all.at(m_visible.at(index.row()));
    if (role == Qt::UserRole)
        return it.cid;
    if (role == Qt::ToolTipRole) // the title column may be elided: the whole of it, then the CID
        return index.column() == Title && !it.title.isEmpty() ? it.title + QLatin1Char('\n') + it.cid
                                                              : it.cid;
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Price))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Dataset:
        return it.dataset;
    case Version:
        return it.version;
    case Title:
        return it.title;
    case Creator:
        return it.creatorId;
    case License:
        return it.spdx();
    case Price: {
        auto p = it.pricePerAccess();
        return p ? tr("%1 %2 / shard").arg(formatMoney(p->micros), p->currency) : QString();
    }
    case Size:
        return tr("%1 · %2 files").arg(formatBytes(it.totalBytes)).arg(it.files);
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dataset:
        return tr("Dataset");
    case Version:
        return tr("Version");
    case Title:
        return tr("Title");
    case Creator:
        return tr("Creator");
    case License:
        return tr("License");
    case Price:
        return tr("Price");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace sg::ui
