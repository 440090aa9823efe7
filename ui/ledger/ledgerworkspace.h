#pragma once

// Ledger (auditors): open the local receipt log, an exported receipts file or any edge's
// log URL; browse receipts in a lazy table with filters; check a receipt's inclusion proof
// live; see the checkpoint history with consistency status; verify the whole log (with
// this home's auditor memory); recompute every account's bill from the receipts and
// compare it with the market's books; export CSV, JSONL and receipt bundles. Every read
// runs on a worker thread.

#include "models/receiptsource.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace sg::ui {

class AppContext;
class BillModel;
class CheckpointModel;
class ReceiptTableModel;

class LedgerWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerWorkspace(AppContext *context, QWidget *parent = nullptr);
    ~LedgerWorkspace() override;

    ReceiptTableModel *receiptModel() const { return m_receipts; }
    CheckpointModel *checkpointModel() const { return m_checkpoints; }
    BillModel *billModel() const { return m_bills; }
    std::shared_ptr<ReceiptSource> source() const { return m_source; }
    // The market database the bill is compared with for the open source ("" = none).
    QString marketBooks() const;

public Q_SLOTS:
    void openLocalLog();
    void openFile(const QString &path);
    // Any edge's log over HTTP (key, checkpoint, tiles, proofs).
    void openEdgeLog(const QString &url);
    void setSource(std::shared_ptr<ReceiptSource> source);
    void verifyWholeLog();
    // Verifies the log and adds up every buyer's charges and creator's payouts from its
    // receipts, compared with marketBooks(); the button doubles as Cancel.
    void recomputeBills();
    // Compare bills with this market database: a SQLite file or a postgresql:// URL of a
    // shared store (empty: the default for the source).
    void setMarketBooks(const QString &path);
    // Asks for the URL of a shared PostgreSQL market store to compare bills with.
    void askPostgresBooks();
    void applyFilter();
    void exportReceipts(const QString &path, bool jsonl);
    void exportBundles(const QString &path);

Q_SIGNALS:
    void sourceOpened(const QString &description, qint64 size);
    void verificationFinished(bool ok, const QString &message);
    void receiptChecked(qint64 seq, bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);
    void billsRecomputed(bool ok, int mismatches, const QString &message);

private:
    void showReceipt(int row);
    void loadCheckpoints();
    void setStatus(const QString &text, bool error = false);
    void showBooks();
    QWidget *buildBillsPage();

    AppContext *m_context;
    std::shared_ptr<ReceiptSource> m_source;
    ReceiptTableModel *m_receipts;
    CheckpointModel *m_checkpoints;
    QLabel *m_sourceLabel;
    QLabel *m_status;
    QLineEdit *m_buyer;
    QLineEdit *m_creator;
    QLineEdit *m_dataset;
    QLineEdit *m_edgeUrl;
    QComboBox *m_kind;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTextBrowser *m_detail;
    QTableView *m_checkpointTable;
    QPushButton *m_verify;
    QProgressBar *m_verifyProgress;
    QLabel *m_verifyResult;
    std::shared_ptr<std::atomic<bool>> m_verifyCancel;
    BillModel *m_bills;
    QTableView *m_billTable = nullptr;
    QPushButton *m_billButton = nullptr;
    QProgressBar *m_billProgress = nullptr;
    QLabel *m_billResult = nullptr;
    QLabel *m_billBooks = nullptr;
    QString m_marketBooksChoice; // chosen by the user; empty = default for the source
    std::shared_ptr<std::atomic<bool>> m_billCancel;
    QString m_shownEdgeUrl; // the embedded edge's URL last put in m_edgeUrl
    qint64 m_detailSeq = -1;
};

} // namespace sg::ui
