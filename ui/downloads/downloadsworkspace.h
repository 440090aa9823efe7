#pragma once

// Downloads: the queue with per-item progress bars, rate and ETA, pause/resume/cancel,
// retry on errors, per-shard verification from the download's journal and "reveal in
// file manager". The work runs in DownloadManager, off the GUI thread.

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sg::ui {

class AppContext;
class DownloadManager;

class DownloadsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadsWorkspace(AppContext *context, QWidget *parent = nullptr);
    ~DownloadsWorkspace() override;

    DownloadManager *manager() const { return m_manager; }
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
    QTableWidget *m_shards;
    QTimer m_shardTimer;
};

} // namespace sg::ui
