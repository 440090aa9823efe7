#include "ratelimitmodel.h"

#include "models/keyedmerge.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>

namespace sg::ui {

namespace {

QString keyOf(const edge::RateLimitInfo &l)
{
    return l.scope + QLatin1Char('\n') + l.key;
}

bool sameLimit(const edge::RateLimitInfo &a, const edge::RateLimitInfo &b)
{
    return keyOf(a) == keyOf(b) && a.buyer == b.buyer && qFuzzyCompare(a.tokensLeft + 1, b.tokensLeft + 1)
        && qFuzzyCompare(a.burst + 1, b.burst + 1) && qFuzzyCompare(a.ratePerSec + 1, b.ratePerSec + 1)
        && a.allowed == b.allowed && a.limited == b.limited && a.lastMs == b.lastMs;
}

} // namespace

RateLimitModel::RateLimitModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void RateLimitModel::setLimits(const QList<edge::RateLimitInfo> &limits)
{
    QList<edge::RateLimitInfo> sorted = limits;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return keyOf(a) < keyOf(b); });
    mergeSortedRows(
        m_limits, sorted, keyOf, sameLimit, [this](int row) { beginRemoveRows({}, row, row); },
        [this] { endRemoveRows(); }, [this](int row) { beginInsertRows({}, row, row); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int RateLimitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_limits.size());
}

int RateLimitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateLimitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const edge::RateLimitInfo &l = m_limits.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Limited && l.limited > 0)
        return QColor(0xe5, 0x48, 0x4d);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Available && index.column() <= Limited
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Key)
        return l.key;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Scope:
        return l.scope == QLatin1String("token") ? tr("per token")
            : l.scope == QLatin1String("buyer")  ? tr("per buyer")
                                                 : l.scope;
    case Key:
        return l.key;
    case Buyer:
        return l.buyer;
    case Available:
        return tr("%1 of %2").arg(l.tokensLeft, 0, 'f', 1).arg(l.burst, 0, 'f', 0);
    case Rate:
        return tr("%1 / s").arg(l.ratePerSec, 0, 'g', 3);
    case Allowed:
        return l.allowed;
    case Limited:
        return l.limited;
    case Last:
        return l.lastMs > 0
            ? QDateTime::fromMSecsSinceEpoch(l.lastMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss"))
            : QString();
    default:
        return {};
    }
}

QVariant RateLimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scope:
        return tr("Limit");
    case Key:
        return tr("Token / buyer");
    case Buyer:
        return tr("Buyer");
    case Available:
        return tr("Requests available");
    case Rate:
        return tr("Refill");
    case Allowed:
        return tr("Allowed");
    case Limited:
        return tr("Refused (429)");
    case Last:
        return tr("Last request (UTC)");
    default:
        return {};
    }
}

} // namespace sg::ui
