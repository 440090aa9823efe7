#pragma once

// Downloads: the queue with per-item progress bars, rate and ETA, pause/resume/cancel,
// retry on errors, per-shard verification from the download's journal and "reveal in
// file manager". The work runs in DownloadManager, off the GUI thread.

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sg::ui {

class AppContext;
class DownloadManager;
class ShardVerificationModel;

// How far the shard view has read a download's journal (the file, by inode, and the
// offset after its last complete line).
struct JournalCursor
{
    quint64 inode = 0;
    qint64 offset = 0;
};

class DownloadsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadsWorkspace(AppContext *context, QWidget *parent = nullptr);
    ~DownloadsWorkspace() override;

    DownloadManager *manager() const { return m_manager; }
    ShardVerificationModel *shardModel() const { return m_shardModel; }
    int selectedId() const;

private:
    void updateButtons();
    void refreshShards();

    AppContext *m_context;
    DownloadManager *m_manager;
    QTableView *m_table;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_reveal;
    QLabel *m_detail;
    QTableView *m_shards;
    ShardVerificationModel *m_shardModel;
    JournalCursor m_journalCursor;
    bool m_shardsReading = false; // a refresh is on a worker thread
    QTimer m_shardTimer;
};

} // namespace sg::ui
