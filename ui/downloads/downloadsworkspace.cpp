#include "downloadsworkspace.h"

#include "common/fileutil.h"
#include "downloads/downloadmanager.h"
#include "models/shardverificationmodel.h"
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
#include <QUrl>
#include <QVBoxLayout>

#include <sys/stat.h>

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

// What a refresh read from <out>/.shardgate/: the shard CIDs (first read of a download
// only), and the shard records the journal gained since the last read.
struct ShardUpdate
{
    bool haveCids = false;
    QStringList cids;
    bool restarted = false; // the journal was rewritten: read from its start
    QList<int> verified;
    JournalCursor cursor;
};

ShardUpdate readShardState(const QString &state, bool withCids, JournalCursor from)
{
    ShardUpdate u;
    if (withCids) {
        auto manifest = readFile(state + QStringLiteral("/manifest.json"));
        u.haveCids = manifest.ok();
        if (manifest.ok())
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(manifest.value()).object().value(QStringLiteral("shards")).toArray())
                u.cids.append(v.toObject().value(QStringLiteral("cid")).toString());
    }
    const QString path = state + QStringLiteral("/journal");
    QFile journal(path);
    struct stat st;
    if (!journal.open(QIODevice::ReadOnly) || ::fstat(journal.handle(), &st) != 0) {
        u.cursor = from;
        return u;
    }
    // A journal rewritten (a new file) or cut shorter than what was read is read anew.
    u.cursor.inode = quint64(st.st_ino);
    qint64 start = from.offset;
    if (u.cursor.inode != from.inode || journal.size() < start) {
        u.restarted = from.offset > 0;
        start = 0;
    }
    journal.seek(start);
    const QByteArray tail = journal.readAll();
    const qsizetype complete = tail.lastIndexOf('\n') + 1; // a line still being written waits
    for (const QByteArray &line : tail.first(complete).split('\n'))
        if (line.startsWith("shard "))
            u.verified.append(line.split(' ').value(1).toInt());
    u.cursor.offset = start + complete;
    return u;
}

} // namespace

DownloadsWorkspace::DownloadsWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_manager(new DownloadManager(context, this)),
      m_table(new QTableView), m_pause(new QPushButton(tr("Pause"))), m_resume(new QPushButton(tr("Resume"))),
      m_cancel(new QPushButton(tr("Remove"))), m_reveal(new QPushButton(tr("Show in file manager"))),
      m_detail(new QLabel), m_shards(new QTableView), m_shardModel(new ShardVerificationModel(this))
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
    m_shards->setModel(m_shardModel);
    m_shards->verticalHeader()->hide();
    // Widths from the rows on screen, not all of them (a dataset can have 100,000s).
    m_shards->horizontalHeader()->setResizeContentsPrecision(0);
    m_shards->horizontalHeader()->setSectionResizeMode(ShardVerificationModel::Index,
                                                       QHeaderView::ResizeToContents);
    m_shards->horizontalHeader()->setSectionResizeMode(ShardVerificationModel::Cid, QHeaderView::Stretch);
    m_shards->horizontalHeader()->setSectionResizeMode(ShardVerificationModel::State,
                                                       QHeaderView::ResizeToContents);
    m_shards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shards->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
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
    if (!it) {
        if (m_shardModel->downloadId() != 0)
            m_shardModel->clear();
        return;
    }
    if (!isVisible() || m_shardsReading)
        return;
    // The signed manifest and the journal in <out>/.shardgate/ say which shards exist
    // and which are verified and durably written; the journal is read on from where the
    // last refresh stopped.
    const QString state = it->outDir + QStringLiteral("/.shardgate");
    const int id = it->id;
    const bool fresh = m_shardModel->downloadId() != id;
    const JournalCursor from = fresh ? JournalCursor() : m_journalCursor;
    m_shardsReading = true;
    runAsync(
        this, [state, fresh, from] { return readShardState(state, fresh, from); },
        [this, id, fresh](const ShardUpdate &u) {
            m_shardsReading = false;
            if (id != selectedId())
                return;
            if (fresh) {
                if (!u.haveCids)
                    return; // no manifest yet: the next refresh reads from the start
                m_shardModel->setShards(id, u.cids);
            } else if (m_shardModel->downloadId() != id) {
                return;
            }
            if (u.restarted)
                m_shardModel->resetVerified();
            m_shardModel->markVerified(u.verified);
            m_journalCursor = u.cursor;
        });
}

} // namespace sg::ui
