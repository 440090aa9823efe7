#include "edgeworkspace.h"

#include "common/clock.h"
#include "common/fileutil.h"
#include "common/money.h"
#include "market/market.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "shell/theme.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QChart>
#include <QChartView>
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
#include <QTableWidget>
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
                              QStringLiteral("revocationList")))
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
    tabs->addTab(m_content, tr("Served content"));
    tabs->addTab(m_revocations, tr("Revocations"));
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
    chart.y->setRange(0, max * 1.15);
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
        m_hitRate.y->setRange(0, 100);
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

} // namespace sg::ui
