#include "ledgerworkspace.h"

#include "common/fileutil.h"
#include "common/money.h"
#include "ledger/logaudit.h"
#include "ledger/merkle.h"
#include "market/database.h"
#include "models/billmodel.h"
#include "models/checkpointmodel.h"
#include "models/receipttablemodel.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

qint64 parseDay(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return -1;
        dt = QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), Qt::UTC);
    }
    return dt.toMSecsSinceEpoch();
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

LedgerWorkspace::LedgerWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_receipts(new ReceiptTableModel(this)),
      m_checkpoints(new CheckpointModel(this)), m_sourceLabel(new QLabel), m_status(new QLabel),
      m_buyer(new QLineEdit), m_creator(new QLineEdit), m_dataset(new QLineEdit), m_edgeUrl(new QLineEdit),
      m_kind(new QComboBox), m_from(new QLineEdit), m_to(new QLineEdit), m_table(new QTableView),
      m_tabs(new QTabWidget), m_detail(new QTextBrowser), m_checkpointTable(new QTableView),
      m_verify(new QPushButton(tr("Verify whole log"))), m_verifyProgress(new QProgressBar),
      m_verifyResult(new QLabel), m_bills(new BillModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    addPageHeader(layout, tr("Ledger"),
                  tr("Every served byte leaves a receipt in an append-only Merkle log. Check receipts, "
                     "checkpoints and bills here."));

    // Source row
    auto *sourceRow = new QHBoxLayout;
    auto *local = new QPushButton(tr("Local log"));
    local->setObjectName(QStringLiteral("openLocalLog"));
    connect(local, &QPushButton::clicked, this, &LedgerWorkspace::openLocalLog);
    auto *file = new QPushButton(tr("Open receipts file…"));
    file->setObjectName(QStringLiteral("openReceiptsFile"));
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open receipts"), QString(),
                                                          tr("Receipts (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    sourceRow->addWidget(local);
    sourceRow->addWidget(file);
    m_edgeUrl->setObjectName(QStringLiteral("edgeLogUrl"));
    m_edgeUrl->setPlaceholderText(tr("Edge URL, e.g. http://127.0.0.1:8440"));
    m_edgeUrl->setToolTip(tr("Reads any edge's receipt log over HTTP: its key, signed checkpoint, tiles and "
                             "proofs."));
    m_edgeUrl->setClearButtonEnabled(true);
    m_edgeUrl->setMinimumWidth(
        m_edgeUrl->fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:65535")) + 40);
    auto *edgeLog = new QPushButton(tr("Open edge log"));
    edgeLog->setObjectName(QStringLiteral("openEdgeLog"));
    const auto openTyped = [this] {
        if (!m_edgeUrl->text().trimmed().isEmpty())
            openEdgeLog(m_edgeUrl->text());
    };
    connect(edgeLog, &QPushButton::clicked, this, openTyped);
    connect(m_edgeUrl, &QLineEdit::returnPressed, this, openTyped);
    sourceRow->addSpacing(8);
    sourceRow->addWidget(m_edgeUrl);
    sourceRow->addWidget(edgeLog);
    sourceRow->addSpacing(8);
    m_sourceLabel->setObjectName(QStringLiteral("ledgerSource"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long sources (an edge URL with its origin) must not widen the window: the label
    // shrinks and the tooltip has the whole text.
    m_sourceLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    sourceRow->addWidget(m_sourceLabel, 1);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setObjectName(QStringLiteral("exportMenu"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Receipts as CSV…"), this, [this] {
        const QString p
            = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("receipts.csv"));
        if (!p.isEmpty())
            exportReceipts(p, false);
    });
    exportMenu->addAction(tr("Receipts as JSONL…"), this, [this] {
        const QString p
            = QFileDialog::getSaveFileName(this, tr("Export JSONL"), QStringLiteral("receipts.jsonl"));
        if (!p.isEmpty())
            exportReceipts(p, true);
    });
    exportMenu->addAction(tr("Bundles of the selected receipts…"), this, [this] {
        const QString p
            = QFileDialog::getSaveFileName(this, tr("Export bundles"), QStringLiteral("bundles.jsonl"));
        if (!p.isEmpty())
            exportBundles(p);
    });
    exportButton->setMenu(exportMenu);
    sourceRow->addWidget(exportButton);
    layout->addLayout(sourceRow);

    // Filter row
    auto *filterRow = new QHBoxLayout;
    m_buyer->setPlaceholderText(tr("Buyer"));
    m_buyer->setObjectName(QStringLiteral("filterBuyer"));
    m_creator->setPlaceholderText(tr("Creator"));
    m_dataset->setPlaceholderText(tr("Manifest CID"));
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString &k : { ledger::kind::access, ledger::kind::grant, ledger::kind::revocation,
                              ledger::kind::adjust, ledger::kind::voided })
        m_kind->addItem(k, k);
    m_from->setPlaceholderText(tr("From (YYYY-MM-DD)"));
    m_to->setPlaceholderText(tr("To (YYYY-MM-DD)"));
    for (QLineEdit *e : { m_buyer, m_creator, m_dataset, m_from, m_to }) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &LedgerWorkspace::applyFilter);
        filterRow->addWidget(e, e == m_dataset ? 2 : 1);
    }
    filterRow->insertWidget(3, m_kind);
    auto *apply = new QPushButton(tr("Filter"));
    apply->setObjectName(QStringLiteral("applyFilter"));
    connect(apply, &QPushButton::clicked, this, &LedgerWorkspace::applyFilter);
    filterRow->addWidget(apply);
    layout->addLayout(filterRow);

    // Table | detail tabs
    auto *split = new QSplitter(Qt::Horizontal);
    m_table->setObjectName(QStringLiteral("receiptTable"));
    m_table->setModel(m_receipts);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int charW = m_table->fontMetrics().averageCharWidth();
    const int widths[] = { 8, 21, 8, 12, 14, 20, 20, 10, 8 };
    for (int c = 0; c < ReceiptTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * charW + 16);
    split->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showReceipt(current.row()); });
    connect(m_receipts, &ReceiptTableModel::pageLoaded, this, [this] {
        if (m_detailSeq < 0 && m_table->currentIndex().isValid())
            showReceipt(m_table->currentIndex().row());
    });
    connect(m_receipts, &ReceiptTableModel::errorOccurred, this,
            [this](const QString &m) { setStatus(m, true); });
    connect(
        m_receipts, &ReceiptTableModel::scanProgress, this,
        [this](qint64 scanned, qint64 total, qint64 found) {
            setStatus(
                tr("Filtering: %L1 of %L2 receipts scanned, %L3 match").arg(scanned).arg(total).arg(found));
        });
    connect(m_receipts, &ReceiptTableModel::scanFinished, this,
            [this](qint64 found) { setStatus(tr("%L1 receipts match the filter").arg(found)); });
    connect(m_receipts, &ReceiptTableModel::sizeKnown, this, [this](qint64 size) {
        if (m_source)
            m_sourceLabel->setText(
                tr("<b>%1</b> — %L2 receipts").arg(m_source->describe().toHtmlEscaped()).arg(size));
    });

    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_detail->setObjectName(QStringLiteral("receiptDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a receipt to see its fields and check its inclusion proof."));
    m_tabs->addTab(m_detail, tr("Receipt"));

    auto *cpPage = new QWidget;
    auto *cpLayout = new QVBoxLayout(cpPage);
    m_checkpointTable->setObjectName(QStringLiteral("checkpointTable"));
    m_checkpointTable->setModel(m_checkpoints);
    m_checkpointTable->verticalHeader()->hide();
    m_checkpointTable->horizontalHeader()->setStretchLastSection(true);
    m_checkpointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    cpLayout->addWidget(m_checkpointTable);
    auto *reloadCp = new QPushButton(tr("Reload and check"));
    connect(reloadCp, &QPushButton::clicked, this, &LedgerWorkspace::loadCheckpoints);
    cpLayout->addWidget(reloadCp, 0, Qt::AlignLeft);
    m_tabs->addTab(cpPage, tr("Checkpoints"));

    auto *verifyPage = new QWidget;
    auto *vLayout = new QVBoxLayout(verifyPage);
    vLayout->addWidget(
        hintLabel(tr("Reads every receipt, rebuilds the Merkle tree and compares its root with the "
                     "latest signed checkpoint.")));
    m_verify->setObjectName(QStringLiteral("verifyLog"));
    connect(m_verify, &QPushButton::clicked, this, &LedgerWorkspace::verifyWholeLog);
    vLayout->addWidget(m_verify, 0, Qt::AlignLeft);
    m_verifyProgress->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyProgress->setRange(0, 1000);
    m_verifyProgress->setValue(0);
    vLayout->addWidget(m_verifyProgress);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    vLayout->addWidget(m_verifyResult);
    vLayout->addStretch();
    m_tabs->addTab(verifyPage, tr("Verify"));
    m_tabs->addTab(buildBillsPage(), tr("Bills"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The bill and checkpoint tables need the room: give the tabs the larger half while
    // one of them is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, split](int index) {
        const int total = split->width();
        if (m_tabs->widget(index) == m_billTable->parentWidget()
            || m_tabs->widget(index) == m_checkpointTable->parentWidget())
            split->setSizes({ total * 2 / 5, total * 3 / 5 });
        else if (split->sizes().value(1) > total / 2)
            split->setSizes({ total * 3 / 5, total * 2 / 5 });
    });
    layout->addWidget(split, 1);

    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_sourceLabel->setText(tr("No log open."));

    // The embedded edge started or stopped: follow the local log (writable instance while
    // the edge runs, read-only otherwise) if that is what is shown.
    connect(m_context, &AppContext::ledgerChanged, this, [this] {
        if (!m_source || dynamic_cast<LedgerReceiptSource *>(m_source.get()))
            openLocalLog();
    });
    connect(m_context, &AppContext::ledgerCommitted, this, [this] { m_receipts->refreshSize(); });
    // Offer the embedded edge's URL unless the user typed another one.
    connect(m_context->edge(), &EmbeddedEdge::stateChanged, this, [this] {
        const QString url = m_context->edge()->url();
        if (m_edgeUrl->text().isEmpty() || m_edgeUrl->text() == m_shownEdgeUrl)
            m_edgeUrl->setText(url);
        m_shownEdgeUrl = url;
        showBooks();
    });
    showBooks();
}

LedgerWorkspace::~LedgerWorkspace()
{
    if (m_verifyCancel)
        m_verifyCancel->store(true);
}

void LedgerWorkspace::setStatus(const QString &text, bool error)
{
    setMessage(m_status, text, error);
}

void LedgerWorkspace::openLocalLog()
{
    if (auto shared = m_context->ledger()) {
        setSource(std::make_shared<LedgerReceiptSource>(shared, tr("Local log (embedded edge)")));
        return;
    }
    const QString db = m_context->paths().ledgerDb();
    setStatus(tr("Opening %1…").arg(db));
    runAsync(
        this, [db] { return LedgerReceiptSource::openReadOnly(db); },
        [this](const Result<std::shared_ptr<ReceiptSource>> &r) {
            if (!r.ok()) {
                setStatus(r.errorString(), true);
                return;
            }
            setSource(r.value());
        });
}

void LedgerWorkspace::openFile(const QString &path)
{
    setStatus(tr("Reading %1…").arg(path));
    std::optional<ledger::NoteVerifier> verifier;
    if (auto shared = m_context->ledger())
        verifier = shared->verifier();
    runAsync(
        this, [path, verifier] { return FileReceiptSource::open(path, verifier); },
        [this](const Result<std::shared_ptr<ReceiptSource>> &r) {
            if (!r.ok()) {
                setStatus(r.errorString(), true);
                return;
            }
            setSource(r.value());
        });
}

void LedgerWorkspace::setSource(std::shared_ptr<ReceiptSource> source)
{
    m_source = std::move(source);
    m_detailSeq = -1;
    m_detail->clear();
    m_verifyResult->clear();
    m_verifyProgress->setValue(0);
    m_sourceLabel->setText(
        tr("<b>%1</b>").arg(m_source ? m_source->describe().toHtmlEscaped() : tr("No log open.")));
    m_sourceLabel->setToolTip(m_source ? m_source->describe() : QString());
    m_receipts->setSource(m_source);
    m_bills->clear();
    if (m_billResult) {
        m_billResult->clear();
        m_billProgress->setValue(0);
    }
    showBooks();
    setStatus(QString());
    loadCheckpoints();
    if (m_source) {
        auto source = m_source;
        runAsync(
            this, [source] { return source->size(); },
            [this, source](const Result<qint64> &size) {
                if (size.ok() && source == m_source)
                    Q_EMIT sourceOpened(source->describe(), size.value());
            });
    }
}

void LedgerWorkspace::applyFilter()
{
    ReceiptFilter f;
    f.buyer = m_buyer->text().trimmed();
    f.creator = m_creator->text().trimmed();
    f.dataset = m_dataset->text().trimmed();
    f.kind = m_kind->currentData().toString();
    f.fromMs = parseDay(m_from->text(), false);
    f.toMs = parseDay(m_to->text(), true);
    if (f.fromMs < 0 || f.toMs < 0) {
        setStatus(tr("Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ."), true);
        return;
    }
    m_detailSeq = -1;
    m_receipts->setFilter(f);
    if (f.isEmpty())
        setStatus(QString());
}

void LedgerWorkspace::showReceipt(int row)
{
    const ledger::Receipt *r = m_receipts->receiptAt(row);
    if (!r) {
        m_detailSeq = -1;
        m_detail->setHtml(tr("<p>Loading receipt %1…</p>").arg(m_receipts->seqAt(row)));
        m_receipts->fetchRow(row);
        return;
    }
    m_detailSeq = r->seq;
    const ledger::Receipt receipt = *r;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Receipt %1").arg(receipt.seq));
    auto add = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    add(tr("Kind"), receipt.kind);
    add(tr("Time"), ledger::formatReceiptTime(receipt.timeMs));
    add(tr("Buyer"), receipt.buyer);
    add(tr("Creator"), receipt.creator);
    add(tr("Manifest"), receipt.manifest);
    add(tr("Shard"), receipt.shard);
    add(tr("License hash"), receipt.licenseHash);
    add(tr("Range"), receipt.range);
    add(tr("Bytes"), QStringLiteral("%1 (%2)").arg(receipt.bytes).arg(formatBytes(receipt.bytes)));
    add(tr("Charge"), formatMoney(receipt.charge));
    add(tr("Job"), receipt.job);
    add(tr("Token id"), receipt.jti);
    add(tr("Edge key"), receipt.edge);
    if (!receipt.tx.isEmpty())
        add(tr("Transform"), receipt.tx);
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Inclusion proof"));
    m_detail->setHtml(html + tr("<p>Checking…</p>"));

    // Live check: the bundle (proof to the latest checkpoint) verified with the log key.
    auto source = m_source;
    if (!source)
        return;
    const qint64 seq = receipt.seq;
    runAsync(
        this,
        [source, seq]() -> Result<QString> {
            auto bundle = source->bundle(seq);
            if (!bundle.ok())
                return bundle.error();
            auto key = source->verifier();
            if (!key)
                return fail(
                    QStringLiteral("no log key known for this source; open the local log or pin its key"));
            auto verdict = ledger::verifyBundle(bundle.value(), *key);
            if (!verdict.ok())
                return verdict.error();
            return QStringLiteral("included in the tree of %1 entries (root %2…), checkpoint signed by %3; "
                                  "%4 proof hashes")
                .arg(verdict->checkpoint.size)
                .arg(QString::fromLatin1(verdict->checkpoint.rootHash.toHex().left(16)))
                .arg(key->name())
                .arg(bundle->inclusionProof.size());
        },
        [this, html, seq](const Result<QString> &verdict) {
            if (seq != m_detailSeq)
                return;
            if (verdict.ok())
                m_detail->setHtml(html
                                  + QStringLiteral("<p style='color:#2ea043'><b>✓ %1</b></p>")
                                        .arg(verdict.value().toHtmlEscaped()));
            else
                m_detail->setHtml(html
                                  + QStringLiteral("<p style='color:#e5484d'><b>✗ %1</b></p>")
                                        .arg(verdict.errorString().toHtmlEscaped()));
            Q_EMIT receiptChecked(seq, verdict.ok(), verdict.ok() ? verdict.value() : verdict.errorString());
        });
}

void LedgerWorkspace::loadCheckpoints()
{
    m_checkpoints->setRows({});
    auto source = m_source;
    if (!source)
        return;
    using Rows = QList<CheckpointModel::Row>;
    runAsync(
        this,
        [source]() -> Result<Rows> {
            auto list = source->checkpoints();
            if (!list.ok())
                return list.error();
            const auto key = source->verifier();
            Rows rows;
            QByteArray prevRoot;
            qint64 prevSize = 0;
            // Newest first in the table; checks walk oldest to newest.
            for (const auto &cp : list.value()) {
                CheckpointModel::Row row;
                row.checkpoint = cp;
                if (key) {
                    auto opened = ledger::openCheckpoint(cp.note, *key);
                    row.signature = opened.ok() ? CheckpointModel::Check::Ok : CheckpointModel::Check::Failed;
                    if (!opened.ok())
                        row.detail = opened.errorString();
                }
                if (prevSize == 0) {
                    row.consistency = CheckpointModel::Check::NotApplicable;
                } else {
                    auto proof = source->consistencyProof(prevSize, cp.checkpoint.size);
                    Status ok = proof.ok() ? ledger::verifyConsistency(prevSize, cp.checkpoint.size, prevRoot,
                                                                       cp.checkpoint.rootHash, proof.value())
                                           : Status(proof.error());
                    row.consistency = ok.ok() ? CheckpointModel::Check::Ok : CheckpointModel::Check::Failed;
                    if (!ok.ok())
                        row.detail = ok.errorString();
                }
                prevRoot = cp.checkpoint.rootHash;
                prevSize = cp.checkpoint.size;
                rows.prepend(row);
            }
            return rows;
        },
        [this, source](const Result<Rows> &rows) {
            if (source != m_source)
                return;
            if (!rows.ok()) {
                setStatus(rows.errorString(), true);
                return;
            }
            m_checkpoints->setRows(rows.value());
            m_checkpointTable->resizeColumnsToContents();
        });
}

namespace {

// An exported file is no log (no tiles, no consistency proofs): its receipts are checked
// to be canonical, numbered in order, and to hash to the latest checkpoint its bundles
// carry.
Result<QString> verifyFileSource(const ReceiptSource &source, const std::atomic<bool> &cancel,
                                 const std::function<void(int)> &permille)
{
    auto checkpoints = source.checkpoints();
    if (!checkpoints.ok())
        return checkpoints.error();
    if (checkpoints->isEmpty())
        return fail(
            QStringLiteral("the file carries no signed checkpoint (export receipt bundles, or open the "
                           "log itself); nothing to verify against"));
    const ledger::SignedCheckpoint latest = checkpoints->last();
    const auto key = source.verifier();
    if (!key)
        return fail(QStringLiteral("no log key known for this file; open it while the log's edge runs"));
    auto opened = ledger::openCheckpoint(latest.note, *key);
    if (!opened.ok())
        return fail(QStringLiteral("latest checkpoint: %1").arg(opened.errorString()));
    const qint64 size = opened->size;
    ledger::CompactRange range;
    constexpr qint64 kChunk = 8192;
    for (qint64 first = 0; first < size; first += kChunk) {
        if (cancel.load())
            return fail(QStringLiteral("cancelled after %1 of %2 entries").arg(first).arg(size),
                        QStringLiteral("cancelled"));
        auto leaves = source.leaves(first, qMin(kChunk, size - first));
        if (!leaves.ok())
            return leaves.error();
        if (leaves->isEmpty())
            return fail(QStringLiteral("the file ends at %1 entries but its checkpoint claims %2")
                            .arg(first)
                            .arg(size));
        for (const QByteArray &leaf : leaves.value()) {
            auto r = ledger::Receipt::fromLeaf(leaf);
            if (!r.ok())
                return fail(QStringLiteral("entry %1 is not a canonical receipt: %2")
                                .arg(range.size())
                                .arg(r.errorString()));
            if (r->seq != range.size())
                return fail(QStringLiteral("entry %1 carries seq %2").arg(range.size()).arg(r->seq));
            range.appendLeafHash(ledger::leafHash(leaf));
        }
        permille(int(range.size() * 1000 / qMax<qint64>(1, size)));
    }
    if (range.root() != opened->rootHash)
        return fail(QStringLiteral("the receipts do not hash to the signed root of checkpoint %1").arg(size));
    return QStringLiteral("%1 receipts verified: every entry is a canonical receipt with its own sequence "
                          "number, and they hash to the root signed by %2 at size %1.")
        .arg(size)
        .arg(key->name());
}

// Progress from a worker to a bar, at most once per permille.
std::function<void(qint64, qint64)> progressTo(QProgressBar *bar)
{
    QPointer<QProgressBar> guard(bar);
    auto last = std::make_shared<std::atomic<int>>(-1);
    return [guard, last](qint64 done, qint64 total) {
        const int permille = int(done * 1000 / qMax<qint64>(1, total));
        if (last->exchange(permille) == permille)
            return;
        postTo(guard.data(), [guard, permille] {
            if (guard)
                guard->setValue(permille);
        });
    };
}

} // namespace

void LedgerWorkspace::verifyWholeLog()
{
    auto source = m_source;
    if (!source) {
        m_verifyResult->setText(tr("Open a log first."));
        return;
    }
    if (m_verifyCancel) {
        m_verifyCancel->store(true); // the button doubles as Cancel
        return;
    }
    m_verifyCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_verifyCancel;
    m_verify->setText(tr("Cancel verification"));
    m_verifyProgress->setValue(0);
    m_verifyResult->setText(tr("Verifying…"));
    const QString auditDb = m_context->paths().auditDb();
    const auto progress = progressTo(m_verifyProgress);
    struct Verdict
    {
        bool log = false; // verified as a log (core/audit) rather than as a file
        LogAuditOutcome outcome;
        QString fileMessage;
    };
    runAsync(
        this,
        [source, cancel, auditDb, progress]() -> Result<Verdict> {
            LogAuditOptions options;
            options.auditDb = auditDb;
            options.cancel = cancel.get();
            options.progress = progress;
            Verdict v;
            auto audited = runLogAudit(*source, options);
            if (audited.ok()) {
                v.log = true;
                v.outcome = audited.value();
                return v;
            }
            if (audited.errorCode() != QLatin1String("unsupported"))
                return audited.error();
            auto file
                = verifyFileSource(*source, *cancel, [progress](int permille) { progress(permille, 1000); });
            if (!file.ok())
                return file.error();
            v.fileMessage = file.value();
            return v;
        },
        [this](const Result<Verdict> &r) {
            m_verifyCancel.reset();
            m_verify->setText(tr("Verify whole log"));
            QString message;
            if (r.ok()) {
                m_verifyProgress->setValue(1000);
                if (r->log) {
                    const audit::LogVerifyReport &rep = r->outcome.report;
                    message
                        = tr("%L1 receipts of %2 verified: every entry is a canonical receipt with its own "
                             "sequence number, they hash to the signed root of the latest checkpoint, and "
                             "the log is consistent with %Ln checkpoint(s) this home saw before.",
                             nullptr, rep.checkpointsCompared)
                              .arg(rep.size)
                              .arg(rep.origin);
                    if (rep.voidLeaves > 0)
                        message += QLatin1Char(' ')
                            + tr("%L1 entries are void (sequence numbers reserved before a crash).")
                                  .arg(rep.voidLeaves);
                } else {
                    message = r->fileMessage;
                }
            } else if (r.errorCode() == QLatin1String("cancelled")) {
                message = tr("Verification cancelled.");
            } else {
                message = r.errorString();
            }
            setMessage(m_verifyResult, r.ok() ? tr("✓ %1").arg(message) : tr("✗ %1").arg(message), !r.ok());
            Q_EMIT verificationFinished(r.ok(), message);
            if (r.ok() && r->log)
                loadCheckpoints(); // the auditor store remembers this checkpoint now
        });
}

QString LedgerWorkspace::marketBooks() const
{
    if (!m_marketBooksChoice.isEmpty())
        return m_marketBooksChoice;
    // The home's own market keeps the books of the local log and of the embedded edge.
    const bool local = dynamic_cast<LedgerReceiptSource *>(m_source.get()) != nullptr;
    const auto *edge = dynamic_cast<EdgeReceiptSource *>(m_source.get());
    const QString embedded = m_context->edge()->url();
    const bool embeddedEdge
        = edge && !embedded.isEmpty() && edge->url() == QUrl(embedded).adjusted(QUrl::StripTrailingSlash);
    if ((local || embeddedEdge) && QFileInfo::exists(m_context->paths().marketDb()))
        return m_context->paths().marketDb();
    return QString();
}

void LedgerWorkspace::setMarketBooks(const QString &path)
{
    m_marketBooksChoice = path;
    showBooks();
}

void LedgerWorkspace::askPostgresBooks()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("marketBooksUrlDialog"));
    dialog.setWindowTitle(tr("Market books on PostgreSQL"));
    dialog.setLabelText(tr("URL of the shared market store (the edges' --db), read only:"));
    dialog.setInputMode(QInputDialog::TextInput);
    const bool current = market::Database::isPostgresUrl(m_marketBooksChoice);
    dialog.setTextValue(current ? m_marketBooksChoice : QString());
    if (auto *edit = dialog.findChild<QLineEdit *>()) {
        edit->setPlaceholderText(QStringLiteral("postgresql://USER@/DBNAME?host=/run/postgresql"));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = dialog.textValue().trimmed();
    // The same check as --db (it names what is wrong, a missing postgresql:// included).
    if (auto parsed = market::Database::parsePostgresUrl(url); !parsed) {
        setMessage(m_billResult, parsed.errorString(), true);
        return;
    }
    setMessage(m_billResult, QString(), false);
    setMarketBooks(url);
}

void LedgerWorkspace::showBooks()
{
    if (!m_billBooks)
        return;
    const QString books = marketBooks();
    // A store URL is shown (and kept in the tooltip) without its password.
    const QString shown = market::Database::isPostgresUrl(books) ? QUrl(books).toString(QUrl::RemovePassword)
                                                                 : QDir::toNativeSeparators(books);
    m_billBooks->setText(books.isEmpty()
                             ? tr("Market books: none for this log (choose a market database to compare)")
                             : tr("Market books: %1").arg(shown));
    m_billBooks->setToolTip(shown);
}

void LedgerWorkspace::recomputeBills()
{
    auto source = m_source;
    if (!source) {
        setMessage(m_billResult, tr("Open a log first."), true);
        return;
    }
    if (m_billCancel) {
        m_billCancel->store(true);
        return;
    }
    m_billCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_billCancel;
    m_billButton->setText(tr("Cancel"));
    m_billProgress->setValue(0);
    setMessage(m_billResult, tr("Verifying the log and adding up its receipts…"), false);
    showBooks();
    LogAuditOptions options;
    options.auditDb = m_context->paths().auditDb();
    options.recomputeBill = true;
    options.marketDb = marketBooks();
    options.progress = progressTo(m_billProgress);
    runAsync(
        this,
        [source, cancel, options]() mutable {
            options.cancel = cancel.get();
            return runLogAudit(*source, options);
        },
        [this, source](const Result<LogAuditOutcome> &r) {
            m_billCancel.reset();
            m_billButton->setText(tr("Recompute bills"));
            if (!r.ok()) {
                const QString message = r.errorCode() == QLatin1String("cancelled")
                    ? tr("Bill recomputation cancelled.")
                    : r.errorCode() == QLatin1String("unsupported")
                    ? tr("Bills are recomputed from a whole log; an exported file may hold only some "
                         "receipts. "
                         "Open the local log or an edge's log.")
                    : tr("No bill can be trusted: %1").arg(r.errorString());
                m_bills->clear();
                setMessage(m_billResult, message, true);
                Q_EMIT billsRecomputed(false, 0, message);
                return;
            }
            if (source != m_source)
                return;
            m_billProgress->setValue(1000);
            m_bills->setBill(*r->bill, r->market);
            m_billTable->resizeColumnsToContents();
            const int mismatches = m_bills->mismatchCount();
            const audit::Bill &bill = *r->bill;
            QString message
                = tr("%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln "
                     "buyer(s).",
                     nullptr, int(bill.buyerCharges.size()))
                      .arg(r->report.size)
                      .arg(formatMoney(bill.total));
            if (!r->market)
                message += QLatin1Char(' ') + tr("Not compared with any market's books.");
            else if (mismatches == 0)
                message += QLatin1Char(' ') + tr("Every account matches the market's books.");
            else
                message += QLatin1Char(' ')
                    + tr("%Ln account(s) differ from the market's books. Charges made after the latest "
                         "checkpoint count once the next checkpoint covers them: recompute in a moment to "
                         "rule that out.",
                         nullptr, mismatches);
            setMessage(m_billResult, message, mismatches > 0);
            Q_EMIT billsRecomputed(true, mismatches, message);
        });
}

QWidget *LedgerWorkspace::buildBillsPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        hintLabel(tr("Verifies the log, then adds up every buyer's charges and every creator's payouts "
                     "from the receipts alone and compares them with the market's books.")));
    auto *row = new QHBoxLayout;
    m_billButton = new QPushButton(tr("Recompute bills"));
    m_billButton->setObjectName(QStringLiteral("recomputeBills"));
    connect(m_billButton, &QPushButton::clicked, this, &LedgerWorkspace::recomputeBills);
    row->addWidget(m_billButton);
    // The books to compare with: this home's market (default), another SQLite file, or a
    // shared PostgreSQL store (what `audit --books` takes).
    auto *choose = new QPushButton(tr("Market books"));
    choose->setObjectName(QStringLiteral("chooseMarketBooks"));
    auto *booksMenu = new QMenu(choose);
    booksMenu->setObjectName(QStringLiteral("marketBooksMenu"));
    QAction *fromFile = booksMenu->addAction(tr("SQLite file…"));
    fromFile->setObjectName(QStringLiteral("marketBooksFile"));
    connect(fromFile, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Market database"), m_context->home(),
                                           tr("SQLite databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            setMarketBooks(path);
    });
    QAction *fromPostgres = booksMenu->addAction(tr("PostgreSQL store…"));
    fromPostgres->setObjectName(QStringLiteral("marketBooksPostgres"));
    connect(fromPostgres, &QAction::triggered, this, &LedgerWorkspace::askPostgresBooks);
    QAction *fromHome = booksMenu->addAction(tr("This home's market"));
    fromHome->setObjectName(QStringLiteral("marketBooksHome"));
    connect(fromHome, &QAction::triggered, this, [this] { setMarketBooks(QString()); });
    choose->setMenu(booksMenu);
    row->addWidget(choose);
    row->addStretch();
    v->addLayout(row);
    m_billBooks = new QLabel;
    m_billBooks->setObjectName(QStringLiteral("billBooks"));
    m_billBooks->setWordWrap(true);
    m_billBooks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_billBooks);
    m_billProgress = new QProgressBar;
    m_billProgress->setObjectName(QStringLiteral("billProgress"));
    m_billProgress->setRange(0, 1000);
    m_billProgress->setValue(0);
    v->addWidget(m_billProgress);
    m_billTable = new QTableView;
    m_billTable->setObjectName(QStringLiteral("billTable"));
    m_billTable->setModel(m_bills);
    m_billTable->verticalHeader()->hide();
    m_billTable->horizontalHeader()->setStretchLastSection(true);
    m_billTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_billTable->setAlternatingRowColors(true);
    m_billTable->setWordWrap(false);
    m_billTable->verticalHeader()->setDefaultSectionSize(m_billTable->fontMetrics().height() + 8);
    v->addWidget(m_billTable, 1);
    m_billResult = new QLabel;
    m_billResult->setObjectName(QStringLiteral("billResult"));
    m_billResult->setWordWrap(true);
    m_billResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_billResult);
    return page;
}

void LedgerWorkspace::openEdgeLog(const QString &url)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    setStatus(tr("Reading the log of %1…").arg(parsed.toString()));
    const QString auditDb = m_context->paths().auditDb();
    if (!m_context->paths().ensure()) {
        setStatus(tr("Cannot create the data folder %1.").arg(m_context->home()), true);
        return;
    }
    runAsync(
        this, [parsed, auditDb] { return EdgeReceiptSource::open(parsed, auditDb); },
        [this](const Result<std::shared_ptr<ReceiptSource>> &r) {
            if (!r.ok()) {
                setStatus(tr("Cannot open that edge's log: %1").arg(r.errorString()), true);
                return;
            }
            setSource(r.value());
        });
}

void LedgerWorkspace::exportReceipts(const QString &path, bool jsonl)
{
    auto source = m_source;
    if (!source)
        return;
    const ReceiptFilter filter = m_receipts->filter();
    setStatus(tr("Exporting to %1…").arg(path));
    runAsync(
        this,
        [source, filter, path, jsonl]() -> Result<qint64> {
            auto size = source->size();
            if (!size.ok())
                return size.error();
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
            if (!jsonl)
                out.write("seq,time,kind,buyer,creator,manifest,shard,licenseHash,range,bytes,charge,job,jti,"
                          "edge,tx\n");
            qint64 written = 0;
            for (qint64 first = 0; first < size.value(); first += 4096) {
                auto chunk = source->receipts(first, 4096);
                if (!chunk.ok())
                    return chunk.error();
                for (const auto &r : chunk.value()) {
                    if (!filter.matches(r))
                        continue;
                    if (jsonl) {
                        out.write(r.leaf());
                        out.write("\n");
                    } else {
                        const QStringList fields = { QString::number(r.seq),
                                                     ledger::formatReceiptTime(r.timeMs),
                                                     r.kind,
                                                     r.buyer,
                                                     r.creator,
                                                     r.manifest,
                                                     r.shard,
                                                     r.licenseHash,
                                                     r.range,
                                                     QString::number(r.bytes),
                                                     formatMoney(r.charge),
                                                     r.job,
                                                     r.jti,
                                                     r.edge,
                                                     r.tx };
                        QStringList quoted;
                        for (const QString &f : fields)
                            quoted.append(csvField(f));
                        out.write(quoted.join(QLatin1Char(',')).toUtf8() + '\n');
                    }
                    ++written;
                }
            }
            if (!out.flush())
                return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
            return written;
        },
        [this, path](const Result<qint64> &r) {
            const QString message
                = r.ok() ? tr("%L1 receipts written to %2").arg(r.value()).arg(path) : r.errorString();
            setStatus(message, !r.ok());
            Q_EMIT exportFinished(r.ok(), message);
        });
}

void LedgerWorkspace::exportBundles(const QString &path)
{
    auto source = m_source;
    if (!source)
        return;
    QList<qint64> seqs;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        seqs.append(m_receipts->seqAt(i.row()));
    if (seqs.isEmpty()) {
        setStatus(tr("Select the receipts to export as bundles first."), true);
        return;
    }
    std::sort(seqs.begin(), seqs.end());
    runAsync(
        this,
        [source, seqs, path]() -> Result<qint64> {
            QByteArray out;
            for (qint64 seq : seqs) {
                auto b = source->bundle(seq);
                if (!b.ok())
                    return fail(QStringLiteral("receipt %1: %2").arg(seq).arg(b.errorString()));
                out += QJsonDocument(b->toJson()).toJson(QJsonDocument::Compact) + '\n';
            }
            SG_TRY(writeFileAtomic(path, out));
            return qint64(seqs.size());
        },
        [this, path](const Result<qint64> &r) {
            const QString message
                = r.ok() ? tr("%L1 receipt bundles written to %2").arg(r.value()).arg(path) : r.errorString();
            setStatus(message, !r.ok());
            Q_EMIT exportFinished(r.ok(), message);
        });
}

} // namespace sg::ui
