#include "receipttablemodel.h"

#include "common/fileutil.h"
#include "common/money.h"

#include <QPointer>
#include <QtConcurrent>

namespace sg::ui {

bool ReceiptFilter::isEmpty() const
{
    return buyer.isEmpty() && creator.isEmpty() && dataset.isEmpty() && kind.isEmpty() && fromMs == 0
        && toMs == 0;
}

bool ReceiptFilter::matches(const ledger::Receipt &r) const
{
    if (!buyer.isEmpty() && !r.buyer.contains(buyer, Qt::CaseInsensitive))
        return false;
    if (!creator.isEmpty() && !r.creator.contains(creator, Qt::CaseInsensitive))
        return false;
    if (!dataset.isEmpty() && !r.manifest.contains(dataset, Qt::CaseInsensitive))
        return false;
    if (!kind.isEmpty() && r.kind != kind)
        return false;
    if (fromMs > 0 && r.timeMs < fromMs)
        return false;
    if (toMs > 0 && r.timeMs >= toMs)
        return false;
    return true;
}

ReceiptTableModel::ReceiptTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(2);
}

ReceiptTableModel::~ReceiptTableModel()
{
    if (m_scanCancel)
        m_scanCancel->store(true);
    ++m_generation;
    m_pool.waitForDone();
}

void ReceiptTableModel::setSource(std::shared_ptr<ReceiptSource> source)
{
    if (m_scanCancel)
        m_scanCancel->store(true);
    beginResetModel();
    ++m_generation;
    m_source = std::move(source);
    m_pages.clear();
    m_inFlight.clear();
    m_matches.clear();
    m_rows = 0;
    m_filtered = false;
    m_scanning = false;
    endResetModel();
    if (!m_source)
        return;
    if (!m_filter.isEmpty())
        startScan();
    else
        refreshSize();
}

void ReceiptTableModel::refreshSize()
{
    if (!m_source || m_filtered)
        return;
    const quint64 generation = m_generation;
    auto source = m_source;
    QPointer<ReceiptTableModel> self(this);
    (void)QtConcurrent::run(&m_pool, [self, generation, source] {
        const Result<qint64> size = source->size();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, size] {
                if (!self || generation != self->m_generation)
                    return;
                if (!size.ok()) {
                    Q_EMIT self->errorOccurred(size.errorString());
                    return;
                }
                self->setRowCountTo(size.value());
                Q_EMIT self->sizeKnown(size.value());
            },
            Qt::QueuedConnection);
    });
}

void ReceiptTableModel::setRowCountTo(qint64 rows)
{
    rows = qMin<qint64>(rows, std::numeric_limits<int>::max());
    if (rows > m_rows) {
        beginInsertRows({}, int(m_rows), int(rows - 1));
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginResetModel();
        m_rows = rows;
        m_pages.clear();
        endResetModel();
    }
}

void ReceiptTableModel::setFilter(const ReceiptFilter &filter)
{
    m_filter = filter;
    if (m_scanCancel)
        m_scanCancel->store(true);
    beginResetModel();
    ++m_generation;
    m_rows = 0;
    m_matches.clear();
    m_inFlight.clear();
    m_filtered = !filter.isEmpty();
    m_scanning = false;
    endResetModel();
    if (!m_source)
        return;
    if (m_filtered)
        startScan();
    else
        refreshSize();
}

void ReceiptTableModel::startScan()
{
    m_filtered = true;
    m_scanning = true;
    m_scanCancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    auto source = m_source;
    auto cancel = m_scanCancel;
    const ReceiptFilter filter = m_filter;
    QPointer<ReceiptTableModel> self(this);
    (void)QtConcurrent::run(&m_pool, [self, generation, source, cancel, filter] {
        auto post = [self, generation](auto fn) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, fn] {
                    if (self && generation == self->m_generation)
                        fn(self.data());
                },
                Qt::QueuedConnection);
        };
        const Result<qint64> total = source->size();
        if (!total.ok()) {
            const QString message = total.errorString();
            post([message](ReceiptTableModel *m) {
                m->m_scanning = false;
                Q_EMIT m->errorOccurred(message);
            });
            return;
        }
        qint64 scanned = 0, found = 0;
        constexpr qint64 kChunk = 4096;
        while (scanned < total.value() && !cancel->load()) {
            auto chunk = source->receipts(scanned, qMin(kChunk, total.value() - scanned));
            if (!chunk.ok() || chunk->isEmpty()) {
                const QString message = chunk.ok() ? QString() : chunk.errorString();
                post([message](ReceiptTableModel *m) {
                    m->m_scanning = false;
                    if (!message.isEmpty())
                        Q_EMIT m->errorOccurred(message);
                });
                return;
            }
            QList<qint64> matches;
            QList<ledger::Receipt> matched;
            for (const auto &r : chunk.value()) {
                if (filter.matches(r)) {
                    matches.append(r.seq);
                    matched.append(r);
                }
            }
            scanned += chunk->size();
            found += matches.size();
            const qint64 s = scanned, t = total.value(), f = found;
            post([matches, matched, s, t, f](ReceiptTableModel *m) {
                if (!matches.isEmpty()) {
                    // Matched receipts are kept as their own page entries (by row).
                    const int first = int(m->m_matches.size());
                    m->beginInsertRows({}, first, first + int(matches.size()) - 1);
                    m->m_matches.append(matches);
                    m->m_rows = m->m_matches.size();
                    for (int i = 0; i < matched.size(); ++i) {
                        const qint64 row = first + i;
                        Page &page = m->m_pages[row / kPageSize];
                        if (page.receipts.size() < row % kPageSize + 1)
                            page.receipts.resize(row % kPageSize + 1);
                        page.receipts[row % kPageSize] = matched.at(i);
                    }
                    m->endInsertRows();
                }
                Q_EMIT m->scanProgress(s, t, f);
            });
        }
        post([found](ReceiptTableModel *m) {
            m->m_scanning = false;
            Q_EMIT m->scanFinished(found);
        });
    });
}

int ReceiptTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int ReceiptTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ReceiptTableModel::seqAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    return m_filtered ? m_matches.at(row) : row;
}

const ledger::Receipt *ReceiptTableModel::receiptAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end() || it->receipts.size() <= row % kPageSize)
        return nullptr;
    it->lastUse = ++m_useCounter;
    const ledger::Receipt &r = it->receipts.at(row % kPageSize);
    return r.seq < 0 ? nullptr : &r;
}

QVariant ReceiptTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == SeqRole)
        return seqAt(row);
    const ledger::Receipt *r = receiptAt(row);
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        if (!m_filtered)
            requestPage(row / kPageSize);
        if (role == Qt::DisplayRole)
            return index.column() == Seq ? QVariant(seqAt(row)) : QVariant(QStringLiteral("…"));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Seq:
        case Bytes:
        case Charge:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Manifest:
            return r->manifest;
        case Shard:
            return r->shard;
        case Bytes:
            return QStringLiteral("%1 bytes").arg(r->bytes);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    auto shortCid = [](const QString &cid) {
        return cid.size() > 16 ? cid.left(8) + QStringLiteral("…") + cid.right(6) : cid;
    };
    switch (index.column()) {
    case Seq:
        return r->seq;
    case Time:
        return QDateTime::fromMSecsSinceEpoch(r->timeMs, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind:
        return r->kind;
    case Buyer:
        return r->buyer;
    case Creator:
        return r->creator;
    case Manifest:
        return shortCid(r->manifest);
    case Shard:
        return shortCid(r->shard);
    case Bytes:
        return formatBytes(r->bytes);
    case Charge:
        return formatMoney(r->charge);
    default:
        return {};
    }
}

QVariant ReceiptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("Seq");
    case Time:
        return tr("Time (UTC)");
    case Kind:
        return tr("Kind");
    case Buyer:
        return tr("Buyer");
    case Creator:
        return tr("Creator");
    case Manifest:
        return tr("Dataset (manifest)");
    case Shard:
        return tr("Shard");
    case Bytes:
        return tr("Bytes");
    case Charge:
        return tr("Charge");
    default:
        return {};
    }
}

void ReceiptTableModel::fetchRow(int row)
{
    if (row >= 0 && row < m_rows && !receiptAt(row) && !m_filtered)
        requestPage(row / kPageSize);
}

void ReceiptTableModel::requestPage(qint64 page) const
{
    if (!m_source || m_inFlight.contains(page))
        return;
    m_inFlight.insert(page);
    const quint64 generation = m_generation;
    auto source = m_source;
    QPointer<ReceiptTableModel> self(const_cast<ReceiptTableModel *>(this));
    (void)QtConcurrent::run(&m_pool, [self, generation, source, page] {
        const Result<QList<ledger::Receipt>> result = source->receipts(page * kPageSize, kPageSize);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, page, result] {
                if (self)
                    self->pageArrived(generation, page, result);
            },
            Qt::QueuedConnection);
    });
}

void ReceiptTableModel::pageArrived(quint64 generation, qint64 page,
                                    const Result<QList<ledger::Receipt>> &result)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(page);
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.errorString());
        return;
    }
    Page &p = m_pages[page];
    p.receipts = result.value();
    p.lastUse = ++m_useCounter;
    const qint64 first = page * kPageSize;
    const qint64 last = qMin<qint64>(first + p.receipts.size(), m_rows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    Q_EMIT pageLoaded(first);
    prunePages();
}

void ReceiptTableModel::prunePages()
{
    if (m_filtered || m_pages.size() <= kMaxPages)
        return;
    // Drop the least recently used pages; a view asks again if it scrolls back.
    QList<QPair<quint64, qint64>> uses;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        uses.append({ it->lastUse, it.key() });
    std::sort(uses.begin(), uses.end());
    for (int i = 0; i < uses.size() - kMaxPages / 2; ++i)
        m_pages.remove(uses.at(i).second);
}

void ReceiptTableModel::waitForIdle()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace sg::ui
