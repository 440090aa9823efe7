#pragma once

// The receipts of a log as a table, lazily: rowCount is the log size at once, rows are
// read in pages of 256 on a worker thread when a view first asks for them, and only a
// bounded number of pages is kept. A 1,000,000-receipt log shows its first rows as soon
// as one page is read. A filter scans the log on a worker and the table grows with the
// matching rows as they are found.

#include "ledger/receipt.h"
#include "models/receiptsource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace sg::ui {

struct ReceiptFilter
{
    QString buyer; // substring, case-insensitive
    QString creator;
    QString dataset; // manifest CID substring
    QString kind; // exact, empty = any
    qint64 fromMs = 0; // inclusive, 0 = open
    qint64 toMs = 0; // exclusive, 0 = open

    bool isEmpty() const;
    bool matches(const ledger::Receipt &r) const;
};

class ReceiptTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Kind, Buyer, Creator, Manifest, Shard, Bytes, Charge, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, LoadedRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 512;

    explicit ReceiptTableModel(QObject *parent = nullptr);
    ~ReceiptTableModel() override;

    // Shows source (size read on a worker); null clears.
    void setSource(std::shared_ptr<ReceiptSource> source);
    std::shared_ptr<ReceiptSource> source() const { return m_source; }
    // Re-reads the size (a live log grew); keeps loaded pages.
    void refreshSize();
    void setFilter(const ReceiptFilter &filter);
    const ReceiptFilter &filter() const { return m_filter; }
    bool isScanning() const { return m_scanning; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sequence number shown in row (-1 when out of range).
    qint64 seqAt(int row) const;
    // The receipt of row if its page is loaded.
    const ledger::Receipt *receiptAt(int row) const;
    // Asks for row's page to be read (pageLoaded follows) unless it is loaded.
    void fetchRow(int row);
    // Blocks the calling thread until every requested page has arrived (tests).
    void waitForIdle();

Q_SIGNALS:
    void sizeKnown(qint64 size);
    void pageLoaded(qint64 firstSeq);
    void scanProgress(qint64 scanned, qint64 total, qint64 matches);
    void scanFinished(qint64 matches);
    void errorOccurred(const QString &message);

private:
    struct Page
    {
        QList<ledger::Receipt> receipts;
        quint64 lastUse = 0;
    };
    void requestPage(qint64 page) const;
    void pageArrived(quint64 generation, qint64 page, const Result<QList<ledger::Receipt>> &result);
    void startScan();
    void setRowCountTo(qint64 rows);
    void prunePages();

    std::shared_ptr<ReceiptSource> m_source;
    ReceiptFilter m_filter;
    quint64 m_generation = 0;
    qint64 m_rows = 0; // rows shown (= log size, or matches so far)
    QList<qint64> m_matches; // filtered: row -> seq
    bool m_filtered = false;
    bool m_scanning = false;
    std::shared_ptr<std::atomic<bool>> m_scanCancel;
    mutable QHash<qint64, Page> m_pages;
    mutable QSet<qint64> m_inFlight;
    mutable quint64 m_useCounter = 0;
    mutable QThreadPool m_pool;
};

} // namespace sg::ui
