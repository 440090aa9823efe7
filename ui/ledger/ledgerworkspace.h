#pragma once

// Ledger (auditors): open the local receipt log, an exported receipts file or an edge's
// log; browse receipts in a lazy table with filters; check a receipt's inclusion proof
// live; see the checkpoint history with consistency status; verify the whole log; export
// CSV, JSONL and receipt bundles. Every read runs on a worker thread.

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

public Q_SLOTS:
    void openLocalLog();
    void openFile(const QString &path);
    void setSource(std::shared_ptr<ReceiptSource> source);
    void verifyWholeLog();
    void applyFilter();
    void exportReceipts(const QString &path, bool jsonl);
    void exportBundles(const QString &path);

Q_SIGNALS:
    void sourceOpened(const QString &description, qint64 size);
    void verificationFinished(bool ok, const QString &message);
    void receiptChecked(qint64 seq, bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);

private:
    void showReceipt(int row);
    void loadCheckpoints();
    void setStatus(const QString &text, bool error = false);

    AppContext *m_context;
    std::shared_ptr<ReceiptSource> m_source;
    ReceiptTableModel *m_receipts;
    CheckpointModel *m_checkpoints;
    QLabel *m_sourceLabel;
    QLabel *m_status;
    QLineEdit *m_buyer;
    QLineEdit *m_creator;
    QLineEdit *m_dataset;
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
    qint64 m_detailSeq = -1;
};

} // namespace sg::ui
