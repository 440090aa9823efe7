#include "publishworkspace.h"

#include "common/fileutil.h"
#include "common/money.h"
#include "download/edgeapi.h"
#include "license/license.h"
#include "license/spdx.h"
#include "market/market.h"
#include "models/filelistmodel.h"
#include "models/shardlistmodel.h"
#include "packaging/blobstore.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace sg::ui {

using market::RevocationKind;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QString useLabel(license::Use use)
{
    switch (use) {
    case license::Use::Train:
        return PublishWorkspace::tr("Train models");
    case license::Use::Finetune:
        return PublishWorkspace::tr("Fine-tune");
    case license::Use::Evaluate:
        return PublishWorkspace::tr("Evaluate");
    case license::Use::Transform:
        return PublishWorkspace::tr("Transform");
    case license::Use::Redistribute:
        return PublishWorkspace::tr("Redistribute");
    case license::Use::Commercial:
        return PublishWorkspace::tr("Commercial use");
    }
    return {};
}

} // namespace

PublishWorkspace::PublishWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_files(new FileListModel(this)),
      m_shards(new ShardListModel(this)), m_folderEdit(new QLineEdit), m_folderSummary(new QLabel),
      m_dataset(new QLineEdit), m_version(new QLineEdit), m_title(new QLineEdit),
      m_description(new QPlainTextEdit), m_shardSize(new QComboBox), m_spdx(new QComboBox),
      m_priceAccess(new QLineEdit), m_currency(new QComboBox), m_priceGiB(new QLineEdit),
      m_attribution(new QLineEdit), m_hasValidity(new QCheckBox(tr("Valid until"))),
      m_validUntil(new QDateTimeEdit), m_revocable(new QCheckBox(tr("I may revoke this license later"))),
      m_passphrase(new QLineEdit), m_packButton(new QPushButton(tr("Pack"))),
      m_cancelButton(new QPushButton(tr("Cancel"))), m_publishButton(new QPushButton(tr("Publish"))),
      m_progress(new QProgressBar), m_status(new QLabel), m_tabs(new QTabWidget),
      m_manifestSummary(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    addPageHeader(layout, tr("Publish"),
                  tr("Package a folder into content-addressed shards, sign it with your creator key, set the "
                     "license and price, and publish it in the catalog."));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildForm());

    m_fileTable = makeTable(m_files, QStringLiteral("fileTable"));
    m_fileTable->horizontalHeader()->setSectionResizeMode(FileListModel::Path, QHeaderView::Stretch);
    m_fileTable->horizontalHeader()->setSectionResizeMode(FileListModel::Size, QHeaderView::ResizeToContents);
    m_tabs->setObjectName(QStringLiteral("publishTabs"));
    m_tabs->addTab(m_fileTable, tr("Files"));

    auto *manifestPage = new QWidget;
    auto *ml = new QVBoxLayout(manifestPage);
    m_manifestSummary->setObjectName(QStringLiteral("manifestSummary"));
    m_manifestSummary->setWordWrap(true);
    m_manifestSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_manifestSummary->setText(tr("Pack the folder to see its manifest."));
    ml->addWidget(m_manifestSummary);
    m_shardTable = makeTable(m_shards, QStringLiteral("shardTable"));
    m_shardTable->horizontalHeader()->setSectionResizeMode(ShardListModel::Cid, QHeaderView::Stretch);
    for (int c : { int(ShardListModel::Index), int(ShardListModel::Size), int(ShardListModel::Files),
                   int(ShardListModel::Stored) })
        m_shardTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    ml->addWidget(m_shardTable, 1);
    auto *revokeRow = new QHBoxLayout;
    auto *revokeLicense = new QPushButton(tr("Revoke this license…"));
    revokeLicense->setObjectName(QStringLiteral("revokeLicense"));
    auto *revokeBuyer = new QPushButton(tr("Revoke a buyer…"));
    revokeBuyer->setObjectName(QStringLiteral("revokeBuyer"));
    revokeRow->addWidget(revokeLicense);
    revokeRow->addWidget(revokeBuyer);
    revokeRow->addStretch();
    ml->addLayout(revokeRow);
    connect(revokeLicense, &QPushButton::clicked, this, [this] {
        if (!m_manifest)
            return;
        bool ok = false;
        const QString reason
            = QInputDialog::getText(this, tr("Revoke license"),
                                    tr("Revoke the license of %1@%2 for every buyer. Reason:")
                                        .arg(m_manifest->dataset, m_manifest->version),
                                    QLineEdit::Normal, tr("terms withdrawn"), &ok);
        if (ok)
            revoke(QStringLiteral("license"), m_manifest->licenseHash().toString(), reason);
    });
    connect(revokeBuyer, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString buyer = QInputDialog::getText(this, tr("Revoke buyer"), tr("Buyer id to cut off:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok && !buyer.trimmed().isEmpty())
            revoke(QStringLiteral("buyer"), buyer.trimmed(), tr("revoked by the operator"));
    });
    m_tabs->addTab(manifestPage, tr("Manifest"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 440, 600 });
    layout->addWidget(split, 1);

    auto *actions = new QHBoxLayout;
    m_packButton->setObjectName(QStringLiteral("packButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPackButton"));
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_progress->setObjectName(QStringLiteral("packProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_cancelButton->setEnabled(false);
    m_publishButton->setEnabled(false);
    m_packButton->setDefault(true);
    connect(m_packButton, &QPushButton::clicked, this, &PublishWorkspace::pack);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishWorkspace::cancelPack);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishWorkspace::publish);
    actions->addWidget(m_packButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_publishButton);
    layout->addLayout(actions);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

PublishWorkspace::~PublishWorkspace()
{
    if (m_cancel)
        m_cancel->store(true);
}

QWidget *PublishWorkspace::buildForm()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(400);
    auto *page = new QWidget;
    scroll->setWidget(page);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 8, 0);

    auto *source = new QGroupBox(tr("Dataset"));
    auto *sf = new QFormLayout(source);
    auto *folderRow = new QHBoxLayout;
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setPlaceholderText(tr("Folder to package"));
    connect(m_folderEdit, &QLineEdit::returnPressed, this,
            [this] { setFolder(m_folderEdit->text().trimmed()); });
    auto *choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to package"), m_folder);
        if (!dir.isEmpty())
            setFolder(dir);
    });
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(choose);
    sf->addRow(tr("Folder:"), folderRow);
    m_folderSummary->setObjectName(QStringLiteral("folderSummary"));
    m_folderSummary->setForegroundRole(QPalette::PlaceholderText);
    sf->addRow(QString(), m_folderSummary);
    m_dataset->setObjectName(QStringLiteral("datasetName"));
    m_dataset->setPlaceholderText(tr("e.g. street-voices"));
    sf->addRow(tr("Name:"), m_dataset);
    m_version->setObjectName(QStringLiteral("datasetVersion"));
    m_version->setText(QDate::currentDate().toString(Qt::ISODate));
    sf->addRow(tr("Version:"), m_version);
    m_title->setPlaceholderText(tr("Optional"));
    sf->addRow(tr("Title:"), m_title);
    m_description->setPlaceholderText(tr("Optional: what is in it, how it was collected"));
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    sf->addRow(tr("Description:"), m_description);
    m_shardSize->setObjectName(QStringLiteral("shardSize"));
    for (int mib : { 1, 2, 4, 8, 16 })
        m_shardSize->addItem(tr("%1 MiB").arg(mib), qint64(mib) << 20);
    m_shardSize->setCurrentIndex(2);
    m_shardSize->setToolTip(tr("Bigger shards mean fewer requests; smaller ones resume and dedupe finer."));
    sf->addRow(tr("Shard size:"), m_shardSize);
    v->addWidget(source);

    auto *lic = new QGroupBox(tr("License"));
    auto *lf = new QFormLayout(lic);
    m_spdx->setObjectName(QStringLiteral("spdxPicker"));
    m_spdx->setEditable(true);
    m_spdx->addItems(license::knownSpdxIds());
    m_spdx->setCurrentText(QStringLiteral("CC-BY-4.0"));
    m_spdx->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_spdx->completer()->setFilterMode(Qt::MatchContains);
    m_spdx->setInsertPolicy(QComboBox::NoInsert);
    m_spdx->setToolTip(tr("An SPDX license id, or LicenseRef-<name> for terms of your own."));
    lf->addRow(tr("SPDX id:"), m_spdx);
    auto *usesBox = new QWidget;
    auto *ug = new QGridLayout(usesBox);
    ug->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (license::Use use : license::allUses()) {
        auto *cb = new QCheckBox(useLabel(use));
        cb->setObjectName(QStringLiteral("use_") + license::useName(use));
        cb->setProperty("use", license::useName(use));
        cb->setChecked(use == license::Use::Train || use == license::Use::Evaluate
                       || use == license::Use::Finetune);
        m_uses.append(cb);
        ug->addWidget(cb, i / 2, i % 2);
        ++i;
    }
    lf->addRow(tr("Allowed uses:"), usesBox);
    auto *priceRow = new QHBoxLayout;
    m_priceAccess->setObjectName(QStringLiteral("pricePerAccess"));
    m_priceAccess->setText(QStringLiteral("0.01"));
    m_priceAccess->setToolTip(tr("Charged for the first delivery of each shard to a buyer's job."));
    m_currency->addItems(
        { QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY") });
    priceRow->addWidget(m_priceAccess, 1);
    priceRow->addWidget(m_currency);
    lf->addRow(tr("Price per access:"), priceRow);
    m_priceGiB->setObjectName(QStringLiteral("pricePerGiB"));
    m_priceGiB->setPlaceholderText(tr("Optional, same currency"));
    lf->addRow(tr("Price per GiB:"), m_priceGiB);
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_attribution->setPlaceholderText(tr("Optional: how buyers must credit you"));
    lf->addRow(tr("Attribution:"), m_attribution);
    auto *validRow = new QHBoxLayout;
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_validUntil->setTimeSpec(Qt::UTC);
    m_validUntil->setDateTime(QDateTime::currentDateTimeUtc().addYears(1));
    m_validUntil->setEnabled(false);
    connect(m_hasValidity, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    validRow->addWidget(m_hasValidity);
    validRow->addWidget(m_validUntil, 1);
    lf->addRow(tr("Validity:"), validRow);
    m_revocable->setChecked(true);
    lf->addRow(QString(), m_revocable);
    v->addWidget(lic);

    auto *key = new QGroupBox(tr("Signing"));
    auto *kf = new QFormLayout(key);
    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Only if the creator key has one"));
    kf->addRow(tr("Key passphrase:"), m_passphrase);
    v->addWidget(key);
    v->addStretch();
    return scroll;
}

void PublishWorkspace::setStatus(const QString &text, bool error)
{
    setMessage(m_status, text, error);
}

void PublishWorkspace::setFolder(const QString &folder)
{
    m_folder = QDir(folder).absolutePath();
    m_folderEdit->setText(QDir::toNativeSeparators(m_folder));
    if (m_dataset->text().isEmpty()) {
        QString name = QFileInfo(m_folder).fileName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        m_dataset->setText(name);
    }
    m_folderSummary->setText(tr("Scanning…"));
    m_pack.reset();
    m_shards->clear();
    m_publishButton->setEnabled(false);
    const QString dir = m_folder;
    runAsync(
        this, [dir] { return packaging::scanFolder(dir); },
        [this, dir](const Result<QList<packaging::ScannedFile>> &r) {
            if (dir != m_folder)
                return;
            if (!r.ok()) {
                m_files->setFiles({});
                m_folderSummary->setText(QString());
                setStatus(r.errorString(), true);
                return;
            }
            m_files->setFiles(r.value());
            m_tabs->setCurrentIndex(0);
            m_folderSummary->setText(
                tr("%Ln file(s), %1", nullptr, int(r->size())).arg(formatBytes(m_files->totalBytes())));
            setStatus(QString());
            Q_EMIT folderScanned(int(r->size()), m_files->totalBytes());
        });
}

Result<license::License> PublishWorkspace::licenseFromForm() const
{
    license::License l;
    const QString dataset = m_dataset->text().trimmed();
    const QString version = m_version->text().trimmed();
    l.id = (dataset.isEmpty() ? QStringLiteral("license") : dataset) + QLatin1Char('-') + version;
    l.id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._:-]")), QStringLiteral("-"));
    l.spdx = m_spdx->currentText().trimmed();
    SG_TRY(license::validateSpdxId(l.spdx));
    for (QCheckBox *cb : m_uses)
        if (cb->isChecked())
            if (auto use = license::parseUse(cb->property("use").toString()))
                l.uses.append(*use);
    auto access = parseMoney(m_priceAccess->text().trimmed());
    if (!access.ok())
        return fail(tr("Price per access: %1").arg(access.errorString()));
    l.pricePerAccess = Price { access.value(), m_currency->currentText() };
    if (!m_priceGiB->text().trimmed().isEmpty()) {
        auto gib = parseMoney(m_priceGiB->text().trimmed());
        if (!gib.ok())
            return fail(tr("Price per GiB: %1").arg(gib.errorString()));
        l.pricePerGiB = Price { gib.value(), m_currency->currentText() };
    }
    l.attribution = m_attribution->text().trimmed();
    l.title = m_title->text().trimmed();
    if (m_hasValidity->isChecked())
        l.validUntil = m_validUntil->dateTime().toSecsSinceEpoch();
    l.revocable = m_revocable->isChecked();
    // Round-trip through the strict parser so the form can never produce a license the
    // rest of the system rejects.
    return license::License::fromJson(l.toJson());
}

void PublishWorkspace::pack()
{
    if (m_cancel)
        return;
    if (m_folder.isEmpty() || m_files->files().isEmpty()) {
        setStatus(tr("Choose a folder with at least one file first."), true);
        return;
    }
    auto lic = licenseFromForm();
    if (!lic.ok()) {
        setStatus(tr("License: %1").arg(lic.errorString()), true);
        return;
    }
    packaging::PackOptions options;
    options.dataset = m_dataset->text().trimmed();
    options.version = m_version->text().trimmed();
    options.title = m_title->text().trimmed();
    options.description = m_description->toPlainText().trimmed();
    options.license = lic->toJson();
    options.shardSize = m_shardSize->currentData().toLongLong();
    if (auto s = packaging::Manifest::validateDataset(options.dataset); !s.ok()) {
        setStatus(tr("Name: %1").arg(s.errorString()), true);
        return;
    }
    if (auto s = packaging::Manifest::validateVersion(options.version); !s.ok()) {
        setStatus(tr("Version: %1").arg(s.errorString()), true);
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    options.cancel = m_cancel.get();
    m_packButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_publishButton->setEnabled(false);
    m_progress->setValue(0);
    m_pack.reset();
    m_shards->clear();
    setStatus(tr("Packing %1…").arg(options.dataset));

    QPointer<PublishWorkspace> self(this);
    options.progress = [self](qint64 done, qint64 total) {
        postTo(self.data(), [self, done, total] {
            if (!self)
                return;
            self->m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            Q_EMIT self->packProgress(done, total);
        });
    };
    const QString folder = m_folder;
    const QString keyPath = m_context->paths().keys() + QStringLiteral("/creator.pem");
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    const QString blobs = m_context->paths().blobs();
    const QString manifests = m_context->paths().manifests();
    auto cancel = m_cancel; // keeps the flag alive while the worker runs
    runAsync(
        this,
        [folder, keyPath, passphrase, blobs, manifests, options, cancel]() -> Result<packaging::PackResult> {
            auto key = crypto::Ed25519PrivateKey::loadFile(keyPath, passphrase);
            if (!key.ok())
                return fail(QStringLiteral("creator key %1: %2").arg(keyPath, key.errorString()));
            packaging::BlobStore store(blobs);
            auto result = packaging::packFolder(folder, store, key.value(), options);
            if (!result.ok())
                return result.error();
            QDir().mkpath(manifests);
            SG_TRY(writeFileAtomic(manifests + QLatin1Char('/') + result->manifestCid.toString()
                                       + QStringLiteral(".json"),
                                   result->manifestBytes));
            return result;
        },
        [this](const Result<packaging::PackResult> &r) {
            const bool cancelled = m_cancel && m_cancel->load();
            m_cancel.reset();
            m_packButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            if (!r.ok()) {
                m_progress->setValue(0);
                const QString message
                    = cancelled ? tr("Packing cancelled; nothing was published.") : r.errorString();
                setStatus(message, !cancelled);
                Q_EMIT packFinished(false, message);
                return;
            }
            m_progress->setValue(1000);
            m_pack = r.value();
            showPack();
            m_publishButton->setEnabled(true);
            const QString message = tr("Packed and signed: manifest %1").arg(m_pack->manifestCid.toString());
            setStatus(message);
            Q_EMIT packFinished(true, message);
        });
}

void PublishWorkspace::cancelPack()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PublishWorkspace::showPack()
{
    if (!m_pack)
        return;
    const auto &p = *m_pack;
    m_manifest = p.manifest;
    m_shards->setManifest(p.manifest);
    const qint64 saved = p.duplicateBytes + p.reusedBytes;
    m_manifestSummary->setText(
        tr("<b>%1@%2</b><br>Manifest CID: <tt>%3</tt><br>%4 files, %5 in %6 shards (%7 unique)<br>"
           "Written: %8 &nbsp; Already stored: %9 &nbsp; Duplicates inside: %10<br>"
           "<b>Dedup savings: %11</b> (%12%) &nbsp; License: %13")
            .arg(p.manifest.dataset.toHtmlEscaped(), p.manifest.version.toHtmlEscaped(),
                 p.manifestCid.toString())
            .arg(p.fileCount)
            .arg(formatBytes(p.totalBytes))
            .arg(p.shardCount)
            .arg(p.uniqueShardCount)
            .arg(formatBytes(p.writtenBytes), formatBytes(p.reusedBytes), formatBytes(p.duplicateBytes),
                 formatBytes(saved))
            .arg(p.totalBytes > 0 ? QString::number(100.0 * double(saved) / double(p.totalBytes), 'f', 1)
                                  : QStringLiteral("0"))
            .arg([&] {
                auto l = license::License::fromJson(p.manifest.license);
                return l.ok() ? l->describe().toHtmlEscaped() : QString();
            }()));
    m_tabs->setCurrentIndex(1);
}

void PublishWorkspace::publish()
{
    if (!m_pack)
        return;
    auto market = m_context->market();
    if (!market) {
        setStatus(tr("The market store is not open: %1").arg(m_context->marketError()), true);
        return;
    }
    const QByteArray bytes = m_pack->manifestBytes;
    const QString cid = m_pack->manifestCid.toString();
    m_publishButton->setEnabled(false);
    runAsync(
        this, [market, bytes] { return market->catalog().publish(bytes); },
        [this, cid](const Result<market::DatasetEntry> &r) {
            if (!r.ok()) {
                m_publishButton->setEnabled(true);
                setStatus(tr("Not published: %1").arg(r.errorString()), true);
                Q_EMIT published(false, cid, r.errorString());
                return;
            }
            const QString message = tr("Published %1@%2 (%3). Buyers can find it in the catalog now.")
                                        .arg(r->dataset, r->version, r->cid);
            setStatus(message);
            m_context->notifyCatalogChanged();
            Q_EMIT published(true, r->cid, message);
        });
}

void PublishWorkspace::showManifest(const QString &manifestPath, const QString &folder)
{
    if (!folder.isEmpty())
        setFolder(folder);
    runAsync(
        this, [manifestPath] { return packaging::Manifest::loadFile(manifestPath); },
        [this, manifestPath](const Result<packaging::Manifest> &m) {
            if (!m.ok()) {
                setStatus(m.errorString(), true);
                return;
            }
            m_manifest = m.value();
            m_shards->setManifest(m.value());
            QSet<QString> unique;
            qint64 uniqueBytes = 0;
            for (const auto &s : m->shards)
                if (!unique.contains(s.cid.toString())) {
                    unique.insert(s.cid.toString());
                    uniqueBytes += s.size;
                }
            auto lic = license::License::fromJson(m->license);
            m_manifestSummary->setText(
                tr("<b>%1@%2</b> (published)<br>Manifest CID: <tt>%3</tt><br>%4 files, %5 in %6 shards (%7 "
                   "unique, "
                   "%8 stored)<br>License: %9")
                    .arg(m->dataset.toHtmlEscaped(), m->version.toHtmlEscaped(), m->cid().toString())
                    .arg(m->files.size())
                    .arg(formatBytes(m->totalBytes))
                    .arg(m->shards.size())
                    .arg(unique.size())
                    .arg(formatBytes(uniqueBytes))
                    .arg(lic.ok() ? lic->describe().toHtmlEscaped() : QString()));
            m_dataset->setText(m->dataset);
            m_tabs->setCurrentIndex(1);
        });
}

void PublishWorkspace::revoke(const QString &kindName, const QString &value, const QString &reason)
{
    auto market = m_context->market();
    auto kind = market::parseKind(kindName);
    if (!market || !kind) {
        setStatus(tr("The market store is not open."), true);
        return;
    }
    const QString keyPath = m_context->paths().keys() + QStringLiteral("/creator.pem");
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    const QString edgeUrl = m_context->edge()->url();
    const RevocationKind k = *kind;
    runAsync(
        this,
        [market, k, value, reason, keyPath, passphrase]() -> Result<market::Revocation> {
            Result<crypto::Ed25519PrivateKey> key = k == RevocationKind::Buyer || k == RevocationKind::Jti
                ? market->operatorKey(true)
                : crypto::Ed25519PrivateKey::loadFile(keyPath, passphrase);
            if (!key.ok())
                return fail(QStringLiteral("signing key: %1").arg(key.errorString()));
            return market::Revocation::create(k, value, reason, Clock::system()->nowSecs(), key.value());
        },
        [this, market, edgeUrl](const Result<market::Revocation> &r) {
            if (!r.ok()) {
                setStatus(r.errorString(), true);
                Q_EMIT revoked(false, r.errorString());
                return;
            }
            const market::Revocation rev = r.value();
            const QString what = tr("%1 %2").arg(market::kindName(rev.kind), rev.value);
            if (!edgeUrl.isEmpty()) {
                // The running edge applies it on the next request and logs it.
                auto *api = new download::EdgeApi(QUrl(edgeUrl), this);
                api->postJson(QStringLiteral("/v1/revocations"), rev.toJson(), QByteArray(),
                              [this, api, what](const download::ApiReply &reply) {
                                  api->deleteLater();
                                  const bool ok = reply.status >= 200 && reply.status < 300;
                                  const QString message = ok
                                      ? tr("Revoked %1 at the edge.").arg(what)
                                      : tr("Revocation refused: %1").arg(reply.describe());
                                  setStatus(message, !ok);
                                  m_context->notifyCatalogChanged();
                                  Q_EMIT revoked(ok, message);
                              });
                return;
            }
            runAsync(
                this, [market, rev] { return market->revocations().add(rev); },
                [this, what](const Result<market::AddResult> &added) {
                    const QString message = added.ok() ? tr("Revoked %1.").arg(what) : added.errorString();
                    setStatus(message, !added.ok());
                    m_context->notifyCatalogChanged();
                    Q_EMIT revoked(added.ok(), message);
                });
        });
}

} // namespace sg::ui
