#include "edgeworkspace.h"

#include "common/clock.h"
#include "common/fileutil.h"
#include "common/money.h"
#include "edge/inspect.h"
#include "market/market.h"
#include "models/edgecachemodel.h"
#include "models/edgejobmodel.h"
#include "models/ratelimitmodel.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "shell/theme.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sg::ui {

namespace {
constexpr int kWindow = 60; // seconds shown

void fillTable(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < t->columnCount(); ++c) {
            auto *item = t->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                t->setItem(r, c, item);
            }
            item->setText(rows.at(r).at(c));
        }
}

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget;
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}
} // namespace

EdgeWorkspace::EdgeWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_startStop(new QPushButton), m_listen(new QLineEdit),
      m_state(new QLabel), m_counters(new QLabel),
      m_content(makeTable({ tr("Dataset"), tr("Version"), tr("Shards"), tr("Bytes"), tr("Manifest") },
                          QStringLiteral("edgeContent"))),
      m_revocations(makeTable({ tr("Kind"), tr("Value"), tr("Reason"), tr("When"), tr("By") },
                              QStringLiteral("revocationList"))),
      m_cacheModel(new EdgeCacheModel(this)), m_jobModel(new EdgeJobModel(this)),
      m_limitModel(new RateLimitModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    addPageHeader(
        layout, tr("Edge"),
        tr("The embedded edge serves published shards to token holders and writes a receipt for each "
           "response."));

    auto *row = new QHBoxLayout;
    m_startStop->setObjectName(QStringLiteral("edgeStartStop"));
    m_listen->setObjectName(QStringLiteral("edgeListen"));
    m_listen->setText(SettingsWorkspace::defaultListen());
    m_listen->setToolTip(tr("HOST:PORT; port 0 picks a free port."));
    m_listen->setMaximumWidth(220);
    row->addWidget(new QLabel(tr("Listen:")));
    row->addWidget(m_listen);
    row->addWidget(m_startStop);
    m_state->setObjectName(QStringLiteral("edgeState"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_state, 1);
    layout->addLayout(row);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        auto *edge = m_context->edge();
        if (edge->isRunning())
            edge->stop();
        else if (edge->state() == EmbeddedEdge::State::Stopped)
            edge->start(m_listen->text().trimmed());
    });
    connect(m_context->edge(), &EmbeddedEdge::stateChanged, this, &EdgeWorkspace::updateState);
    connect(m_context->edge(), &EmbeddedEdge::failed, this, [this](const QString &message) {
        setMessage(m_state, tr("Could not start: %1").arg(message), true);
    });

    auto *split = new QSplitter(Qt::Vertical);
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(makeChart(tr("Requests / s"), &m_requests), 0, 0);
    grid->addWidget(makeChart(tr("Bytes served / s"), &m_bytes), 0, 1);
    grid->addWidget(makeChart(tr("Store hit rate %"), &m_hitRate), 1, 0);
    grid->addWidget(makeChart(tr("Receipts / s"), &m_receipts), 1, 1);
    split->addWidget(charts);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("edgeTabs"));
    tabs->addTab(buildCachePage(), tr("Cache"));
    tabs->addTab(buildJobsPage(), tr("Jobs"));
    tabs->addTab(buildLimitsPage(), tr("Rate limits"));
    tabs->addTab(m_revocations, tr("Revocations"));
    tabs->addTab(m_content, tr("Published"));
    auto *countersPage = new QWidget;
    auto *cl = new QVBoxLayout(countersPage);
    m_counters->setObjectName(QStringLiteral("edgeCounters"));
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    cl->addWidget(m_counters);
    cl->addStretch();
    tabs->addTab(countersPage, tr("Counters"));
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &EdgeWorkspace::sample);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshInspection();
    });
    m_timer.start();
    connect(m_context, &AppContext::catalogChanged, this, &EdgeWorkspace::refreshTables);
    connect(m_context, &AppContext::marketReady, this, &EdgeWorkspace::refreshTables);
    if (auto *theme = Theme::instance())
        connect(theme, &Theme::changed, this, [this](bool dark) {
            for (Chart *c : { &m_requests, &m_bytes, &m_hitRate, &m_receipts })
                c->series->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        });
    updateState();
}

QWidget *EdgeWorkspace::makeChart(const QString &title, Chart *chart)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    chart->value = new QLabel;
    chart->value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    head->addWidget(label);
    head->addWidget(chart->value, 1);
    v->addLayout(head);

    auto *c = new QChart;
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    const bool dark = Theme::instance() && Theme::instance()->isDark();
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->series = new QLineSeries;
    c->addSeries(chart->series);
    chart->x = new QValueAxis;
    chart->x->setRange(-kWindow, 0);
    chart->x->setLabelFormat(QStringLiteral("%d s"));
    chart->x->setTickCount(4);
    chart->y = new QValueAxis;
    chart->y->setRange(0, 1);
    chart->y->setLabelFormat(QStringLiteral("%.0f"));
    chart->y->setTickCount(3);
    if (chart == &m_hitRate) {
        chart->y->setRange(0, 100);
        chart->y->setTickCount(3);
    }
    c->addAxis(chart->x, Qt::AlignBottom);
    c->addAxis(chart->y, Qt::AlignLeft);
    chart->series->attachAxis(chart->x);
    chart->series->attachAxis(chart->y);
    auto *view = new QChartView(c);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150);
    v->addWidget(view, 1);
    return box;
}

void EdgeWorkspace::push(Chart &chart, double value, const QString &text)
{
    QList<QPointF> points = chart.series->points();
    for (QPointF &p : points)
        p.setX(p.x() - 1);
    points.append(QPointF(0, value));
    while (!points.isEmpty() && points.first().x() < -kWindow)
        points.removeFirst();
    double max = 1;
    for (const QPointF &p : points)
        max = std::max(max, p.y());
    chart.series->replace(points);
    if (&chart != &m_hitRate) {
        // Whole-number ticks at a round top (1, 2, 5, 10, 20, 50, ...), never "0, 1, 1".
        double top = 1;
        while (top < max * 1.1)
            top *= (QString::number(top, 'g', 15).startsWith(QLatin1Char('2')) ? 2.5 : 2);
        chart.y->setRange(0, top);
        chart.y->setTickCount(top == 1 ? 2 : top == 5 ? 6 : 3);
    }
    chart.value->setText(text);
}

void EdgeWorkspace::sample()
{
    auto metrics = m_context->edge()->isRunning() ? m_context->edge()->metrics() : nullptr;
    if (!metrics) {
        m_last[0] = -1;
        return;
    }
    const qint64 now[5] = { metrics->requests.load(), metrics->bytesServed.load(), metrics->hits.load(),
                            metrics->misses.load(), metrics->receipts.load() };
    if (m_last[0] >= 0) {
        const qint64 req = now[0] - m_last[0], bytes = now[1] - m_last[1], hits = now[2] - m_last[2],
                     misses = now[3] - m_last[3], receipts = now[4] - m_last[4];
        push(m_requests, double(req), tr("%1 req/s").arg(req));
        push(m_bytes, double(bytes), tr("%1/s").arg(formatBytes(bytes)));
        const double rate = hits + misses > 0 ? 100.0 * double(hits) / double(hits + misses) : 0;
        push(m_hitRate, rate, hits + misses > 0 ? tr("%1 %").arg(rate, 0, 'f', 1) : tr("no lookups"));
        push(m_receipts, double(receipts), tr("%1 receipts/s").arg(receipts));
        ++m_samples;
    }
    std::copy(std::begin(now), std::end(now), std::begin(m_last));
    m_counters->setText(
        tr("<table cellspacing=6>"
           "<tr><td>Requests</td><td align=right>%L1</td></tr>"
           "<tr><td>Data requests</td><td align=right>%L2</td></tr>"
           "<tr><td>Bytes served</td><td align=right>%3</td></tr>"
           "<tr><td>Store hits / misses</td><td align=right>%L4 / %L5</td></tr>"
           "<tr><td>Receipts written / failed</td><td align=right>%L6 / %L7</td></tr>"
           "<tr><td>Connections open / total / refused</td><td align=right>%L8 / %L9 / %L10</td></tr>"
           "<tr><td>Transfers aborted by clients</td><td align=right>%L11</td></tr></table>")
            .arg(now[0])
            .arg(metrics->dataRequests.load())
            .arg(formatBytes(now[1]))
            .arg(now[2])
            .arg(now[3])
            .arg(now[4])
            .arg(metrics->receiptFailures.load())
            .arg(metrics->connectionsOpen.load())
            .arg(metrics->connectionsTotal.load())
            .arg(metrics->connectionsRefused.load())
            .arg(metrics->aborted.load()));
}

void EdgeWorkspace::updateState()
{
    auto *edge = m_context->edge();
    switch (edge->state()) {
    case EmbeddedEdge::State::Running:
        m_startStop->setText(tr("Stop"));
        m_startStop->setEnabled(true);
        setMessage(m_state, tr("Running at <a href='%1'>%1</a>").arg(edge->url()), false);
        m_state->setOpenExternalLinks(true);
        break;
    case EmbeddedEdge::State::Stopped:
        m_startStop->setText(tr("Start"));
        m_startStop->setEnabled(true);
        if (edge->lastError().isEmpty())
            setMessage(m_state, tr("Stopped"), false);
        break;
    case EmbeddedEdge::State::Starting:
        m_startStop->setEnabled(false);
        setMessage(m_state, tr("Starting…"), false);
        break;
    case EmbeddedEdge::State::Stopping:
        m_startStop->setEnabled(false);
        setMessage(m_state, tr("Draining connections…"), false);
        break;
    }
    m_listen->setEnabled(edge->state() == EmbeddedEdge::State::Stopped);
    refreshTables();
}

void EdgeWorkspace::refreshTables()
{
    auto market = m_context->market();
    if (!market || m_tablesBusy)
        return;
    m_tablesBusy = true;
    struct Tables
    {
        QList<QStringList> content;
        QList<QStringList> revocations;
        QString error;
    };
    runAsync(
        this,
        [market] {
            Tables t;
            auto list = market->catalog().list();
            if (list.ok())
                for (const auto &e : list.value())
                    t.content.append({ e.dataset, e.version, QString::number(e.shardCount),
                                       formatBytes(e.totalBytes), e.cid });
            else
                t.error = list.errorString();
            auto revs = market->revocations().list();
            if (revs.ok())
                for (const auto &r : revs.value())
                    t.revocations.append({ market::kindName(r.kind), r.value, r.reason, formatUtc(r.time),
                                           r.by.left(24) + QStringLiteral("…") });
            return t;
        },
        [this](const Tables &t) {
            m_tablesBusy = false;
            fillTable(m_content, t.content);
            fillTable(m_revocations, t.revocations);
            m_content->resizeColumnsToContents();
            m_revocations->resizeColumnsToContents();
        });
}

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name)
{
    auto *v = new QTableView;
    v->setObjectName(name);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    return v;
}

} // namespace

QWidget *EdgeWorkspace::buildCachePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(6, 6, 6, 6);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Group by:")));
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("cacheGrouping"));
    m_grouping->addItem(tr("Dataset"));
    m_grouping->addItem(tr("Buyer"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_cacheModel->setGrouping(i == 1 ? EdgeCacheModel::Grouping::Buyer
                                         : EdgeCacheModel::Grouping::Dataset);
        m_cacheView->expandAll();
    });
    row->addWidget(m_grouping);
    auto *evictButton = new QPushButton(tr("Evict selected"));
    evictButton->setObjectName(QStringLiteral("evictShards"));
    evictButton->setToolTip(
        tr("Drops the selected shards (or every shard of a selected group) from the cache with their "
           "entitlements; the home's own blob store keeps its files."));
    connect(evictButton, &QPushButton::clicked, this, [this] {
        QStringList cids;
        for (const QModelIndex &i : m_cacheView->selectionModel()->selectedRows())
            for (const QString &cid : m_cacheModel->cidsAt(i))
                if (!cids.contains(cid))
                    cids << cid;
        evict(cids);
    });
    row->addWidget(evictButton);
    m_cacheStats = new QLabel;
    m_cacheStats->setObjectName(QStringLiteral("cacheStats"));
    m_cacheStats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cacheStats->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_cacheStats, 1);
    v->addLayout(row);
    m_cacheView = new QTreeView;
    m_cacheView->setObjectName(QStringLiteral("cacheTree"));
    m_cacheView->setModel(m_cacheModel);
    m_cacheView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cacheView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cacheView->setAlternatingRowColors(true);
    m_cacheView->setUniformRowHeights(true);
    m_cacheView->setTextElideMode(Qt::ElideMiddle);
    connect(m_cacheModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_cacheView->expandAll(); // new groups open; the user may fold them again
    });
    v->addWidget(m_cacheView, 1);
    m_cacheMessage = new QLabel;
    m_cacheMessage->setObjectName(QStringLiteral("cacheMessage"));
    m_cacheMessage->setWordWrap(true);
    v->addWidget(m_cacheMessage);
    return page;
}

QWidget *EdgeWorkspace::buildJobsPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(6, 6, 6, 6);
    m_jobView = makeView(m_jobModel, QStringLiteral("jobTable"));
    auto *row = new QHBoxLayout;
    auto *end = new QPushButton(tr("End job"));
    end->setObjectName(QStringLiteral("endJob"));
    end->setToolTip(tr("Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it "
                       "pinned leave the cache."));
    connect(end, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_jobView->currentIndex();
        if (i.isValid())
            endJob(m_jobModel->data(m_jobModel->index(i.row(), 0), EdgeJobModel::IdRole).toString());
    });
    row->addWidget(end);
    row->addWidget(
        hintLabel(tr("Jobs are batches pre-authorized with POST /v1/jobs or named by a token's job "
                     "claim; each ends at its TTL.")),
        1);
    v->addLayout(row);
    v->addWidget(m_jobView, 1);
    return page;
}

QWidget *EdgeWorkspace::buildLimitsPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(6, 6, 6, 6);
    v->addWidget(
        hintLabel(tr("Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). "
                     "A request past its bucket is answered 429 with Retry-After.")));
    m_limitView = makeView(m_limitModel, QStringLiteral("rateLimitTable"));
    v->addWidget(m_limitView, 1);
    return page;
}

void EdgeWorkspace::refreshInspection()
{
    auto inspector = m_context->edge()->inspector();
    if (!inspector) {
        m_cacheModel->setEntries({});
        m_jobModel->setJobs({});
        m_limitModel->setLimits({});
        if (m_cacheStats)
            m_cacheStats->setText(tr("The edge is stopped."));
        Q_EMIT inspected(false);
        return;
    }
    if (m_inspecting)
        return;
    m_inspecting = true;
    struct Snapshot
    {
        QList<edge::CacheEntryInfo> entries;
        QList<edge::JobInfo> jobs;
        QList<edge::RateLimitInfo> limits;
        edge::CacheStats stats;
        qint64 nowMs = 0;
    };
    runAsync(
        this,
        [inspector] {
            Snapshot s;
            s.entries = inspector->cacheEntries();
            s.jobs = inspector->jobs();
            s.limits = inspector->rateLimits();
            s.stats = inspector->cacheStats();
            s.nowMs = QDateTime::currentMSecsSinceEpoch();
            return s;
        },
        [this](const Snapshot &s) {
            m_inspecting = false;
            const int rowsBefore
                = m_cacheModel->rowCount() + m_jobModel->rowCount() + m_limitModel->rowCount();
            m_cacheModel->setEntries(s.entries);
            m_jobModel->setJobs(s.jobs);
            m_jobModel->setNow(s.nowMs);
            m_limitModel->setLimits(s.limits);
            // Fit the columns when rows come or go (not every second: the user may resize).
            if (rowsBefore != m_cacheModel->rowCount() + m_jobModel->rowCount() + m_limitModel->rowCount()) {
                for (int c = 0; c < EdgeCacheModel::ColumnCount - 1; ++c)
                    m_cacheView->resizeColumnToContents(c);
                m_jobView->resizeColumnsToContents();
                m_limitView->resizeColumnsToContents();
            }
            qint64 evictions = 0;
            for (auto it = s.stats.evictions.cbegin(); it != s.stats.evictions.cend(); ++it)
                evictions += it.value();
            m_cacheStats->setText(
                tr("%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions")
                    .arg(s.stats.entries)
                    .arg(formatBytes(s.stats.usedBytes), formatBytes(s.stats.capacityBytes))
                    .arg(s.stats.hits)
                    .arg(s.stats.misses)
                    .arg(evictions));
            QStringList causes;
            for (auto it = s.stats.evictions.cbegin(); it != s.stats.evictions.cend(); ++it)
                if (it.value() > 0)
                    causes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            m_cacheStats->setToolTip(causes.join(QLatin1Char('\n')));
            Q_EMIT inspected(true);
        });
}

void EdgeWorkspace::evict(const QStringList &cids)
{
    auto inspector = m_context->edge()->inspector();
    if (!inspector || cids.isEmpty()) {
        const QString message
            = inspector ? tr("Select shards or a group to evict.") : tr("The edge is stopped.");
        setMessage(m_cacheMessage, message, true);
        Q_EMIT evicted(0, message);
        return;
    }
    runAsync(
        this,
        [inspector, cids] {
            int n = 0;
            for (const QString &cid : cids)
                n += inspector->evict(cid) ? 1 : 0;
            return n;
        },
        [this](int n) {
            const QString message = tr("%Ln shard(s) evicted.", nullptr, n);
            setMessage(m_cacheMessage, message, false);
            Q_EMIT evicted(n, message);
            refreshInspection();
        });
}

void EdgeWorkspace::endJob(const QString &id)
{
    auto inspector = m_context->edge()->inspector();
    if (!inspector || id.isEmpty()) {
        Q_EMIT jobEnded(false, id);
        return;
    }
    runAsync(
        this, [inspector, id] { return inspector->endJob(id); },
        [this, id](bool ok) {
            Q_EMIT jobEnded(ok, id);
            refreshInspection();
        });
}

} // namespace sg::ui
