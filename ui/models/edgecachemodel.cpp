#include "edgecachemodel.h"

#include "common/fileutil.h"

#include <QDateTime>
#include <QFont>
#include <QMap>

namespace sg::ui {

namespace {

bool sameEntry(const edge::CacheEntryInfo &a, const edge::CacheEntryInfo &b)
{
    return a.cid == b.cid && a.manifests == b.manifests && a.datasets == b.datasets && a.buyers == b.buyers
        && a.jobs == b.jobs && a.bytes == b.bytes && a.lastAccessMs == b.lastAccessMs && a.hits == b.hits
        && qFuzzyCompare(a.velocity + 1, b.velocity + 1) && a.origin == b.origin;
}

QString ago(qint64 ms)
{
    if (ms <= 0)
        return EdgeCacheModel::tr("not served yet");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString shortCid(const QString &cid)
{
    return cid.size() > 24 ? cid.left(12) + QStringLiteral("…") + cid.right(8) : cid;
}

} // namespace

EdgeCacheModel::EdgeCacheModel(QObject *parent) : QAbstractItemModel(parent)
{ }

EdgeCacheModel::~EdgeCacheModel() = default;

QString EdgeCacheModel::noneKey()
{
    return tr("(none yet)");
}

void EdgeCacheModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    m_groups = buildGroups(m_entries);
    endResetModel();
}

EdgeCacheModel::Groups EdgeCacheModel::buildGroups(const QList<edge::CacheEntryInfo> &entries)
{
    QMap<QString, QMap<QString, edge::CacheEntryInfo>> byKey; // sorted keys, shards sorted by CID
    for (const edge::CacheEntryInfo &e : entries) {
        QStringList keys = m_grouping == Grouping::Dataset ? e.datasets : e.buyers;
        keys.removeDuplicates();
        keys.removeAll(QString());
        if (keys.isEmpty())
            keys << noneKey();
        for (const QString &k : std::as_const(keys))
            byKey[k].insert(e.cid, e);
    }
    Groups out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        auto g = std::make_unique<Group>();
        g->id = m_nextId++;
        g->key = it.key();
        g->shards = it.value().values();
        out.push_back(std::move(g));
    }
    return out;
}

void EdgeCacheModel::setEntries(const QList<edge::CacheEntryInfo> &entries)
{
    m_entries = entries;
    Groups next = buildGroups(entries);
    // Merge walk over both key-sorted group lists.
    std::size_t i = 0, j = 0;
    while (i < m_groups.size() || j < next.size()) {
        const bool removeCurrent
            = j >= next.size() || (i < m_groups.size() && m_groups[i]->key < next[j]->key);
        const bool insertNext = !removeCurrent && (i >= m_groups.size() || next[j]->key < m_groups[i]->key);
        if (removeCurrent) {
            beginRemoveRows({}, int(i), int(i));
            m_groups.erase(m_groups.begin() + std::ptrdiff_t(i));
            endRemoveRows();
        } else if (insertNext) {
            beginInsertRows({}, int(i), int(i));
            m_groups.insert(m_groups.begin() + std::ptrdiff_t(i), std::move(next[j]));
            endInsertRows();
            ++i;
            ++j;
        } else {
            mergeChildren(int(i), *m_groups[i], next[j]->shards);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            ++i;
            ++j;
        }
    }
}

void EdgeCacheModel::mergeChildren(int groupRow, Group &group, const QList<edge::CacheEntryInfo> &next)
{
    const QModelIndex parentIndex = index(groupRow, 0);
    QList<edge::CacheEntryInfo> &cur = group.shards;
    qsizetype i = 0, j = 0;
    while (i < cur.size() || j < next.size()) {
        const bool removeCurrent = j >= next.size() || (i < cur.size() && cur.at(i).cid < next.at(j).cid);
        const bool insertNext = !removeCurrent && (i >= cur.size() || next.at(j).cid < cur.at(i).cid);
        if (removeCurrent) {
            beginRemoveRows(parentIndex, int(i), int(i));
            cur.removeAt(i);
            endRemoveRows();
        } else if (insertNext) {
            beginInsertRows(parentIndex, int(i), int(i));
            cur.insert(i, next.at(j));
            endInsertRows();
            ++i;
            ++j;
        } else {
            if (!sameEntry(cur.at(i), next.at(j))) {
                cur[i] = next.at(j);
                Q_EMIT dataChanged(index(int(i), 0, parentIndex),
                                   index(int(i), ColumnCount - 1, parentIndex));
            }
            ++i;
            ++j;
        }
    }
}

int EdgeCacheModel::rowOfId(quintptr id) const
{
    for (std::size_t r = 0; r < m_groups.size(); ++r)
        if (m_groups[r]->id == id)
            return int(r);
    return -1;
}

int EdgeCacheModel::groupRow(const QString &key) const
{
    for (std::size_t r = 0; r < m_groups.size(); ++r)
        if (m_groups[r]->key == key)
            return int(r);
    return -1;
}

QStringList EdgeCacheModel::cidsAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (!index.parent().isValid()) {
        QStringList out;
        for (const auto &s : m_groups[std::size_t(index.row())]->shards)
            out << s.cid;
        return out;
    }
    return { data(index, CidRole).toString() };
}

QModelIndex EdgeCacheModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    const Group &g = *m_groups[std::size_t(parent.row())];
    return row < g.shards.size() ? createIndex(row, column, g.id) : QModelIndex();
}

QModelIndex EdgeCacheModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int EdgeCacheModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[std::size_t(parent.row())]->shards.size());
}

int EdgeCacheModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EdgeCacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGroup = index.internalId() == 0;
    if (isGroup) {
        const Group &g = *m_groups[std::size_t(index.row())];
        qint64 bytes = 0, hits = 0, last = 0;
        double velocity = 0;
        QStringList others;
        for (const auto &s : g.shards) {
            bytes += s.bytes;
            hits += s.hits;
            last = qMax(last, s.lastAccessMs);
            velocity += s.velocity;
            for (const QString &o : m_grouping == Grouping::Dataset ? s.buyers : s.datasets)
                if (!others.contains(o))
                    others << o;
        }
        switch (role) {
        case GroupRole:
            return g.key;
        case BytesRole:
            return bytes;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::TextAlignmentRole:
            return index.column() == Name || index.column() == Others
                ? QVariant()
                : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return g.key;
            case Shards:
                return int(g.shards.size());
            case Bytes:
                return formatBytes(bytes);
            case Hits:
                return hits;
            case LastAccess:
                return last > 0 ? ago(last) : QString();
            case Velocity:
                return QString::number(velocity, 'f', 1);
            case Others:
                others.sort();
                return others.join(QStringLiteral(", "));
            default:
                return {};
            }
        default:
            return {};
        }
    }
    const int groupRow = rowOfId(index.internalId());
    if (groupRow < 0)
        return {};
    const Group &g = *m_groups[std::size_t(groupRow)];
    if (index.row() >= g.shards.size())
        return {};
    const edge::CacheEntryInfo &s = g.shards.at(index.row());
    switch (role) {
    case CidRole:
        return s.cid;
    case GroupRole:
        return g.key;
    case BytesRole:
        return s.bytes;
    case Qt::ToolTipRole:
        return index.column() == Name ? s.cid : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Bytes || index.column() == Hits || index.column() == Velocity
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return shortCid(s.cid);
        case Bytes:
            return formatBytes(s.bytes);
        case Hits:
            return s.hits;
        case LastAccess:
            return ago(s.lastAccessMs);
        case Velocity:
            return QString::number(s.velocity, 'f', 1);
        case Others: {
            QStringList others = m_grouping == Grouping::Dataset ? s.buyers : s.datasets;
            others.removeDuplicates();
            return others.join(QStringLiteral(", "));
        }
        case Origin:
            return s.origin == QLatin1String("local")   ? tr("home blob store")
                : s.origin == QLatin1String("folder")   ? tr("origin folder")
                : s.origin == QLatin1String("upstream") ? tr("upstream edge")
                                                        : s.origin;
        case Jobs:
            return s.jobs.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant EdgeCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return m_grouping == Grouping::Dataset ? tr("Dataset / shard") : tr("Buyer / shard");
    case Shards:
        return tr("Shards");
    case Bytes:
        return tr("Size");
    case Hits:
        return tr("Hits");
    case LastAccess:
        return tr("Last access (UTC)");
    case Velocity:
        return tr("Billed / h");
    case Others:
        return m_grouping == Grouping::Dataset ? tr("Buyers") : tr("Datasets");
    case Origin:
        return tr("Stored in");
    case Jobs:
        return tr("Pinned by jobs");
    default:
        return {};
    }
}

} // namespace sg::ui
