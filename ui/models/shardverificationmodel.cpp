#include "shardverificationmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace sg::ui {

// The strings are the Downloads workspace's (their translations live under its context;
// lupdate needs each literal in the translate() call).

ShardVerificationModel::ShardVerificationModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ShardVerificationModel::setShards(int downloadId, const QStringList &cids)
{
    beginResetModel();
    m_downloadId = downloadId;
    m_cids = cids;
    m_verified = QBitArray(int(cids.size()));
    m_verifiedCount = 0;
    endResetModel();
}

void ShardVerificationModel::clear()
{
    setShards(0, {});
}

void ShardVerificationModel::markVerified(const QList<int> &shards)
{
    int first = -1;
    int last = -1;
    for (int s : shards) {
        if (s < 0 || s >= m_verified.size() || m_verified.testBit(s))
            continue;
        m_verified.setBit(s);
        ++m_verifiedCount;
        first = first < 0 ? s : qMin(first, s);
        last = qMax(last, s);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, State), index(last, State));
}

void ShardVerificationModel::resetVerified()
{
    if (m_verifiedCount == 0)
        return;
    m_verified.fill(false);
    m_verifiedCount = 0;
    Q_EMIT dataChanged(index(0, State), index(int(m_cids.size()) - 1, State));
}

int ShardVerificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cids.size());
}

int ShardVerificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShardVerificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool ok = m_verified.testBit(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Index:
            return index.row();
        case Cid:
            return m_cids.at(index.row());
        case State:
            return ok ? QCoreApplication::translate("sg::ui::DownloadsWorkspace", "✓ CID verified, written")
                      : QCoreApplication::translate("sg::ui::DownloadsWorkspace", "pending");
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Cid ? QVariant(m_cids.at(index.row())) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Index ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole: {
        if (index.column() != State)
            return {};
        const QPalette palette = QGuiApplication::palette();
        if (!ok)
            return palette.color(QPalette::PlaceholderText);
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        return QColor(dark ? 0x56d364 : 0x1a7f37);
    }
    default:
        return {};
    }
}

QVariant ShardVerificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index:
        return QCoreApplication::translate("sg::ui::DownloadsWorkspace", "#");
    case Cid:
        return QCoreApplication::translate("sg::ui::DownloadsWorkspace", "Shard CID");
    case State:
        return QCoreApplication::translate("sg::ui::DownloadsWorkspace", "Verification");
    }
    return {};
}

} // namespace sg::ui
