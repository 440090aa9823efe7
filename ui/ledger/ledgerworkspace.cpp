#include "ledgerworkspace.h"

#include "common/fileutil.h"
#include "common/money.h"
#include "ledger/merkle.h"
#include "models/checkpointmodel.h"
#include "models/receipttablemodel.h"
#include "shell/appcontext.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
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
      m_buyer(new QLineEdit), m_creator(new QLineEdit), m_dataset(new QLineEdit), m_kind(new QComboBox),
      m_from(new QLineEdit), m_to(new QLineEdit), m_table(new QTableView), m_tabs(new QTabWidget),
      m_detail(new QTextBrowser), m_checkpointTable(new QTableView),
      m_verify(new QPushButton(tr("Verify whole log"))), m_verifyProgress(new QProgressBar),
      m_verifyResult(new QLabel)
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
    m_sourceLabel->setObjectName(QStringLiteral("ledgerSource"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
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
    m_receipts->setSource(m_source);
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
    QPointer<QProgressBar> bar(m_verifyProgress);
    runAsync(
        this,
        [source, cancel, bar]() -> Result<QString> {
            auto checkpoints = source->checkpoints();
            if (!checkpoints.ok())
                return checkpoints.error();
            if (checkpoints->isEmpty())
                return fail(
                    QStringLiteral("the log has no signed checkpoint yet; nothing to verify against"));
            const ledger::SignedCheckpoint latest = checkpoints->last();
            const auto key = source->verifier();
            if (!key)
                return fail(QStringLiteral("no log key known for this source"));
            auto opened = ledger::openCheckpoint(latest.note, *key);
            if (!opened.ok())
                return fail(QStringLiteral("latest checkpoint: %1").arg(opened.errorString()));
            const qint64 size = opened->size;
            ledger::CompactRange range;
            constexpr qint64 kChunk = 8192;
            int lastPermille = -1;
            for (qint64 first = 0; first < size; first += kChunk) {
                if (cancel->load())
                    return fail(QStringLiteral("cancelled after %1 of %2 entries").arg(first).arg(size));
                auto leaves = source->leaves(first, qMin(kChunk, size - first));
                if (!leaves.ok())
                    return leaves.error();
                if (leaves->isEmpty())
                    return fail(QStringLiteral("the log ends at %1 entries but its checkpoint claims %2")
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
                const int permille = int(range.size() * 1000 / qMax<qint64>(1, size));
                if (permille != lastPermille) {
                    lastPermille = permille;
                    postTo(bar.data(), [bar, permille] { bar->setValue(permille); });
                }
            }
            if (range.root() != opened->rootHash)
                return fail(
                    QStringLiteral("the receipts do not hash to the signed root of checkpoint %1").arg(size));
            return QStringLiteral(
                       "%1 receipts verified: every leaf is a canonical receipt with its own sequence "
                       "number, and they hash to the root signed by %2 at size %1.")
                .arg(size)
                .arg(key->name());
        },
        [this](const Result<QString> &r) {
            m_verifyCancel.reset();
            m_verify->setText(tr("Verify whole log"));
            if (r.ok())
                m_verifyProgress->setValue(1000);
            setMessage(m_verifyResult, r.ok() ? tr("✓ %1").arg(r.value()) : tr("✗ %1").arg(r.errorString()),
                       !r.ok());
            Q_EMIT verificationFinished(r.ok(), r.ok() ? r.value() : r.errorString());
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
