#include "downloadsworkspace.h"

#include "common/fileutil.h"
#include "downloads/downloadmanager.h"
#include "shell/appcontext.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

// Draws the Progress column as a progress bar with the byte counts on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != DownloadQueueModel::Progress) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(DownloadQueueModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }
};

struct ShardState
{
    QStringList cids;
    QSet<int> verified;
};

} // namespace

DownloadsWorkspace::DownloadsWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_manager(new DownloadManager(context, this)),
      m_table(new QTableView), m_pause(new QPushButton(tr("Pause"))), m_resume(new QPushButton(tr("Resume"))),
      m_cancel(new QPushButton(tr("Remove"))), m_reveal(new QPushButton(tr("Show in file manager"))),
      m_detail(new QLabel), m_shards(new QTableWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    addPageHeader(layout, tr("Downloads"),
                  tr("Every shard is checked against its CID before it is written; an interrupted download "
                     "resumes from its journal, even after a restart."));

    auto *buttons = new QHBoxLayout;
    m_pause->setObjectName(QStringLiteral("pauseDownload"));
    m_resume->setObjectName(QStringLiteral("resumeDownload"));
    m_cancel->setObjectName(QStringLiteral("removeDownload"));
    m_reveal->setObjectName(QStringLiteral("revealDownload"));
    for (auto *b : { m_pause, m_resume, m_cancel, m_reveal })
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical);
    m_table->setObjectName(QStringLiteral("downloadTable"));
    m_table->setModel(m_manager->model());
    m_table->setItemDelegate(new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(DownloadQueueModel::Progress, QHeaderView::Stretch);
    m_table->setColumnWidth(DownloadQueueModel::Dataset, 220);
    m_table->setColumnWidth(DownloadQueueModel::Rate, 100);
    m_table->setColumnWidth(DownloadQueueModel::Eta, 90);
    m_table->setColumnWidth(DownloadQueueModel::Shards, 130);
    m_table->setColumnWidth(DownloadQueueModel::State, 110);
    split->addWidget(m_table);

    auto *detailPage = new QWidget;
    auto *dl = new QVBoxLayout(detailPage);
    dl->setContentsMargins(0, 6, 0, 0);
    m_detail->setObjectName(QStringLiteral("downloadDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_detail);
    m_shards->setObjectName(QStringLiteral("shardVerification"));
    m_shards->setColumnCount(3);
    m_shards->setHorizontalHeaderLabels({ tr("#"), tr("Shard CID"), tr("Verification") });
    m_shards->verticalHeader()->hide();
    m_shards->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_shards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shards->verticalHeader()->setDefaultSectionSize(m_shards->fontMetrics().height() + 6);
    dl->addWidget(m_shards, 1);
    split->addWidget(detailPage);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_pause, &QPushButton::clicked, this, [this] { m_manager->pause(selectedId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_manager->resume(selectedId()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_manager->cancel(selectedId()); });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (const auto *it = m_manager->model()->item(selectedId()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(it->outDir));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        refreshShards();
    });
    connect(m_manager->model(), &QAbstractItemModel::dataChanged, this, &DownloadsWorkspace::updateButtons);
    connect(m_manager->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { m_table->selectRow(first); });
    m_shardTimer.setInterval(1000);
    connect(&m_shardTimer, &QTimer::timeout, this, &DownloadsWorkspace::refreshShards);
    m_shardTimer.start();
    updateButtons();
    m_manager->restore();
}

DownloadsWorkspace::~DownloadsWorkspace() = default;

int DownloadsWorkspace::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DownloadQueueModel::IdRole).toInt() : 0;
}

void DownloadsWorkspace::updateButtons()
{
    const DownloadItem *it = m_manager->model()->item(selectedId());
    using S = DownloadItem::State;
    m_pause->setEnabled(it && it->state == S::Running);
    m_resume->setEnabled(it && (it->state == S::Paused || it->state == S::Failed || it->state == S::Queued));
    m_resume->setText(it && it->state == S::Failed ? tr("Retry") : tr("Resume"));
    m_cancel->setEnabled(it != nullptr);
    m_reveal->setEnabled(it != nullptr);
    if (!it) {
        m_detail->setText(tr("No download selected. Start one from the Catalog."));
        return;
    }
    m_detail->setText(
        tr("<b>%1</b> → %2<br>%3")
            .arg(
                (it->dataset.isEmpty() ? it->manifest : it->dataset).toHtmlEscaped(),
                QDir::toNativeSeparators(it->outDir).toHtmlEscaped(),
                it->state == S::Failed
                    ? QStringLiteral("<span style='color:#e5484d'>%1</span>").arg(it->message.toHtmlEscaped())
                    : it->message.toHtmlEscaped()));
}

void DownloadsWorkspace::refreshShards()
{
    const DownloadItem *it = m_manager->model()->item(selectedId());
    if (!it || !isVisible()) {
        if (!it)
            m_shards->setRowCount(0);
        return;
    }
    // The signed manifest and the journal in <out>/.shardgate/ say which shards exist
    // and which are verified and durably written.
    const QString state = it->outDir + QStringLiteral("/.shardgate");
    const int id = it->id;
    runAsync(
        this,
        [state] {
            ShardState s;
            auto manifest = readFile(state + QStringLiteral("/manifest.json"));
            if (manifest.ok())
                for (const QJsonValue &v : QJsonDocument::fromJson(manifest.value())
                                               .object()
                                               .value(QStringLiteral("shards"))
                                               .toArray())
                    s.cids.append(v.toObject().value(QStringLiteral("cid")).toString());
            auto journal = readFile(state + QStringLiteral("/journal"));
            if (journal.ok())
                for (const QByteArray &line : journal->split('\n'))
                    if (line.startsWith("shard "))
                        s.verified.insert(line.split(' ').value(1).toInt());
            return s;
        },
        [this, id](const ShardState &s) {
            if (id != selectedId())
                return;
            m_shards->setRowCount(int(s.cids.size()));
            const bool dark = palette().color(QPalette::Base).lightness() < 128;
            for (int i = 0; i < s.cids.size(); ++i) {
                auto set = [this, i](int col, const QString &text) {
                    auto *item = m_shards->item(i, col);
                    if (!item) {
                        item = new QTableWidgetItem;
                        m_shards->setItem(i, col, item);
                    }
                    item->setText(text);
                    return item;
                };
                set(0, QString::number(i));
                set(1, s.cids.at(i));
                const bool ok = s.verified.contains(i);
                auto *v = set(2, ok ? tr("✓ CID verified, written") : tr("pending"));
                v->setForeground(ok ? QColor(dark ? 0x56d364 : 0x1a7f37)
                                    : palette().color(QPalette::PlaceholderText));
            }
        });
}

} // namespace sg::ui
