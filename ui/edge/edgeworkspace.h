#pragma once

// Edge (operators): start and stop the embedded edge, its listen address, live charts
// of requests/s, bytes/s, hit rate and receipts/s sampled from the edge's metrics, what
// its store serves (datasets, shards, bytes) and the revocation list.

#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace sg::ui {

class AppContext;

class EdgeWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit EdgeWorkspace(AppContext *context, QWidget *parent = nullptr);

    // Takes one metrics sample now (the timer does it every second).
    void sample();
    int sampleCount() const { return m_samples; }

public Q_SLOTS:
    void refreshTables();

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
    QTimer m_timer;
    int m_samples = 0;
    qint64 m_last[5] = { -1, 0, 0, 0, 0 }; // requests, bytes, hits, misses, receipts
    bool m_tablesBusy = false;
};

} // namespace sg::ui
