#pragma once

// Edge (operators): start and stop the embedded edge, its listen address, live charts
// of requests/s, bytes/s, hit rate and receipts/s sampled from the edge's metrics, what
// its store serves (datasets, shards, bytes), the cache contents by dataset or buyer with
// evict buttons, the active jobs (end one), the rate limiters and the revocation list.
// The cache views poll the edge's inspector on a worker once a second while shown.

#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QComboBox;
class QTableView;
class QTreeView;
class QChartView;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace sg::ui {

class AppContext;
class EdgeCacheModel;
class EdgeJobModel;
class RateLimitModel;

class EdgeWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit EdgeWorkspace(AppContext *context, QWidget *parent = nullptr);

    // Takes one metrics sample now (the timer does it every second).
    void sample();
    int sampleCount() const { return m_samples; }

    EdgeCacheModel *cacheModel() const { return m_cacheModel; }
    EdgeJobModel *jobModel() const { return m_jobModel; }
    RateLimitModel *rateLimitModel() const { return m_limitModel; }

public Q_SLOTS:
    void refreshTables();
    // Snapshots the cache, jobs and rate limiters on a worker; inspected() follows.
    void refreshInspection();
    // Drops shards from the cache (and their entitlements); evicted() follows.
    void evict(const QStringList &cids);
    // Ends a job as DELETE /v1/jobs/{id} would; jobEnded() follows.
    void endJob(const QString &id);

Q_SIGNALS:
    void inspected(bool available);
    void evicted(int count, const QString &message);
    void jobEnded(bool ok, const QString &id);

private:
    struct Chart
    {
        QLineSeries *series = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QLabel *value = nullptr;
    };
    QWidget *makeChart(const QString &title, Chart *chart);
    void push(Chart &chart, double value, const QString &text);
    void updateState();

    AppContext *m_context;
    QPushButton *m_startStop;
    QLineEdit *m_listen;
    QLabel *m_state;
    QLabel *m_counters;
    Chart m_requests, m_bytes, m_hitRate, m_receipts;
    QTableWidget *m_content;
    QTableWidget *m_revocations;
    EdgeCacheModel *m_cacheModel;
    EdgeJobModel *m_jobModel;
    RateLimitModel *m_limitModel;
    QTreeView *m_cacheView = nullptr;
    QTableView *m_jobView = nullptr;
    QTableView *m_limitView = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_cacheStats = nullptr;
    QLabel *m_cacheMessage = nullptr;
    bool m_inspecting = false;
    QWidget *buildCachePage();
    QWidget *buildJobsPage();
    QWidget *buildLimitsPage();
    QTimer m_timer;
    int m_samples = 0;
    qint64 m_last[5] = { -1, 0, 0, 0, 0 }; // requests, bytes, hits, misses, receipts
    bool m_tablesBusy = false;
};

} // namespace sg::ui
