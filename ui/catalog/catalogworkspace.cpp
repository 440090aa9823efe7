#include "catalogworkspace.h"

#include "common/clock.h"
#include "common/fileutil.h"
#include "common/logging.h"
#include "common/money.h"
#include "download/edgeapi.h"
#include "license/license.h"
#include "market/market.h"
#include "models/catalogmodel.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "widgets/async.h"
#include "widgets/uiutil.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString useInWords(const QString &use)
{
    if (use == QLatin1String("train"))
        return CatalogWorkspace::tr("train models on it");
    if (use == QLatin1String("finetune"))
        return CatalogWorkspace::tr("fine-tune models on it");
    if (use == QLatin1String("evaluate"))
        return CatalogWorkspace::tr("evaluate models with it");
    if (use == QLatin1String("transform"))
        return CatalogWorkspace::tr("transform it (derived data)");
    if (use == QLatin1String("redistribute"))
        return CatalogWorkspace::tr("redistribute it");
    if (use == QLatin1String("commercial"))
        return CatalogWorkspace::tr("use it commercially");
    return use;
}

} // namespace

CatalogWorkspace::CatalogWorkspace(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CatalogModel(this)), m_edgeChoice(new QComboBox),
      m_url(new QLineEdit), m_search(new QLineEdit), m_use(new QComboBox), m_table(new QTableView),
      m_details(new QTextBrowser), m_buyer(new QLabel), m_apiKey(new QLineEdit),
      m_tokenButton(new QPushButton(tr("Get token"))), m_downloadButton(new QPushButton(tr("Download…"))),
      m_buyButton(new QPushButton(tr("Buy credits…"))), m_curlView(new QPlainTextEdit),
      m_copyCurl(new QPushButton(tr("Copy curl command"))), m_status(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    addPageHeader(layout, tr("Catalog"),
                  tr("Browse the datasets an edge offers, read their terms, and buy access."));

    auto *edgeRow = new QHBoxLayout;
    m_edgeChoice->setObjectName(QStringLiteral("edgeChoice"));
    m_edgeChoice->addItem(tr("Embedded edge"), QStringLiteral("embedded"));
    m_edgeChoice->addItem(tr("Edge at URL"), QStringLiteral("url"));
    m_url->setObjectName(QStringLiteral("edgeUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8440"));
    m_url->setText(QSettings().value(QStringLiteral("catalog/edgeUrl")).toString());
    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("refreshCatalog"));
    edgeRow->addWidget(new QLabel(tr("Source:")));
    edgeRow->addWidget(m_edgeChoice);
    edgeRow->addWidget(m_url, 1);
    edgeRow->addWidget(refresh);
    layout->addLayout(edgeRow);
    connect(m_edgeChoice, &QComboBox::currentIndexChanged, this, [this] {
        updateEdgeChoice();
        reload();
    });
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        QSettings().setValue(QStringLiteral("catalog/edgeUrl"), m_url->text().trimmed());
        m_edgeChoice->setCurrentIndex(1);
        reload();
    });
    connect(refresh, &QPushButton::clicked, this, &CatalogWorkspace::reload);

    auto *filterRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search name, title, creator, license…"));
    m_search->setClearButtonEnabled(true);
    m_use->addItem(tr("Any use"), QString());
    for (license::Use u : license::allUses())
        m_use->addItem(tr("Allows %1").arg(license::useName(u)), license::useName(u));
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_use);
    layout->addLayout(filterRow);
    auto applyFilter = [this] { m_model->setFilter(m_search->text(), m_use->currentData().toString()); };
    connect(m_search, &QLineEdit::textChanged, this, applyFilter);
    connect(m_use, &QComboBox::currentIndexChanged, this, applyFilter);

    auto *split = new QSplitter(Qt::Horizontal);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The title takes what room is left (elided, whole in its tooltip); the other columns
    // are as wide as the rows on screen need, so Size and Price are never cut off.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogModel::Title, QHeaderView::Stretch);
    split->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogWorkspace::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        showDetails();
    });

    auto *side = new QWidget;
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(8, 0, 0, 0);
    m_details->setObjectName(QStringLiteral("datasetDetails"));
    m_details->setPlaceholderText(tr("Select a dataset."));
    sl->addWidget(m_details, 3);
    auto *buy = new QGroupBox(tr("Access"));
    auto *bf = new QFormLayout(buy);
    m_buyer->setObjectName(QStringLiteral("buyerLabel"));
    bf->addRow(tr("Buyer:"), m_buyer);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Buyer API key (sgk_…)"));
    bf->addRow(tr("API key:"), m_apiKey);
    auto *buttons = new QHBoxLayout;
    m_buyButton->setObjectName(QStringLiteral("buyCredits"));
    m_tokenButton->setObjectName(QStringLiteral("getToken"));
    m_downloadButton->setObjectName(QStringLiteral("startDownload"));
    buttons->addWidget(m_buyButton);
    buttons->addWidget(m_tokenButton);
    buttons->addWidget(m_downloadButton);
    bf->addRow(buttons);
    m_curlView->setObjectName(QStringLiteral("curlCommand"));
    m_curlView->setReadOnly(true);
    m_curlView->setPlaceholderText(tr("Get a token to see a ready curl command for a pipeline."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_curlView->setFont(mono);
    m_curlView->setFixedHeight(m_curlView->fontMetrics().height() * 5 + 12);
    bf->addRow(m_curlView);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setEnabled(false);
    bf->addRow(m_copyCurl);
    sl->addWidget(buy);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_tokenButton, &QPushButton::clicked, this, &CatalogWorkspace::getToken);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_curl);
        setStatus(tr("curl command copied. It resumes with -C - if interrupted; the token expires at the "
                     "time shown."));
    });
    connect(m_buyButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString amount = QInputDialog::getText(
            this, tr("Buy credits"), tr("Amount to add to %1's account:").arg(m_context->buyer()),
            QLineEdit::Normal, QStringLiteral("10.00"), &ok);
        if (ok)
            buyCredits(amount);
    });
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        const CatalogItem *item = current();
        if (!item)
            return;
        const QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download into"), base);
        if (!dir.isEmpty())
            download(QDir(dir).filePath(item->dataset + QLatin1Char('-') + item->version));
    });

    auto showBuyer = [this] {
        m_buyer->setText(m_context->buyer().isEmpty() ? tr("none (type an API key)") : m_context->buyer());
        if (!m_context->buyerApiKey().isEmpty())
            m_apiKey->setText(m_context->buyerApiKey());
        m_buyButton->setEnabled(!m_context->buyer().isEmpty());
    };
    connect(m_context, &AppContext::buyerChanged, this, showBuyer);
    showBuyer();
    connect(m_context, &AppContext::catalogChanged, this, &CatalogWorkspace::reload);
    connect(m_context->edge(), &EmbeddedEdge::started, this, [this] {
        m_edgeChoice->setCurrentIndex(0);
        updateEdgeChoice();
        reload();
    });
    updateEdgeChoice();
}

void CatalogWorkspace::updateEdgeChoice()
{
    const bool embedded = m_edgeChoice->currentData().toString() == QLatin1String("embedded");
    m_url->setReadOnly(embedded);
    if (embedded)
        m_url->setText(m_context->edge()->url());
}

QString CatalogWorkspace::edgeUrl() const
{
    if (m_edgeChoice->currentData().toString() == QLatin1String("embedded"))
        return m_context->edge()->url();
    return m_url->text().trimmed();
}

QString CatalogWorkspace::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void CatalogWorkspace::setStatus(const QString &text, bool error)
{
    setMessage(m_status, text, error);
}

const CatalogItem *CatalogWorkspace::current() const
{
    return m_model->itemAt(m_table->currentIndex().row());
}

void CatalogWorkspace::reload()
{
    const QString url = edgeUrl();
    if (url.isEmpty()) {
        m_model->clear();
        setStatus(m_edgeChoice->currentIndex() == 0
                      ? tr("The embedded edge is not running; start it in Edge, or "
                           "choose an edge URL.")
                      : tr("Type an edge URL."));
        return;
    }
    const QUrl qurl(url);
    if (!qurl.isValid() || qurl.scheme().isEmpty()) {
        setStatus(tr("Not a URL: %1").arg(url), true);
        return;
    }
    if (!m_api || m_api->edge() != qurl) {
        delete m_api;
        m_api = new download::EdgeApi(qurl, this);
        m_api->setTimeoutMs(10000);
    }
    setStatus(tr("Loading the catalog from %1…").arg(url));
    m_api->get(QStringLiteral("/v1/datasets"), [this, url](const download::ApiReply &reply) {
        // The selection as it is now, not when the request left: the user (or another
        // reload) may have picked a dataset meanwhile, and the reload must not undo that.
        const QString selected = current() ? current()->cid : QString();
        if (reply.status != 200) {
            m_model->clear();
            setStatus(tr("Cannot read the catalog of %1: %2").arg(url, reply.describe()), true);
            return;
        }
        auto n = m_model->loadJson(reply.body);
        if (!n.ok()) {
            setStatus(n.errorString(), true);
            return;
        }
        if (!selected.isEmpty())
            select(selected);
        setStatus(
            tr("%Ln dataset(s) at %1", nullptr, n.value()).arg(url)
            + (m_model->skipped() ? tr(" (%1 entries not understood)").arg(m_model->skipped()) : QString()));
        Q_EMIT catalogLoaded(n.value());
    });
}

void CatalogWorkspace::select(const QString &cid)
{
    const int row = m_model->rowOf(cid);
    if (row >= 0)
        m_table->selectRow(row);
}

void CatalogWorkspace::showDetails()
{
    const CatalogItem *item = current();
    m_tokenButton->setEnabled(item != nullptr);
    m_downloadButton->setEnabled(item != nullptr);
    if (!item) {
        m_details->clear();
        return;
    }
    QString html
        = QStringLiteral("<h2>%1 <small>%2</small></h2>")
              .arg(item->title.isEmpty() ? item->dataset.toHtmlEscaped() : item->title.toHtmlEscaped(),
                   item->version.toHtmlEscaped());
    if (!item->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(item->description.toHtmlEscaped());
    html += tr("<p><b>%1</b> files, %2 in %3 shards of up to %4 · by <b>%5</b></p>")
                .arg(item->files)
                .arg(formatBytes(item->totalBytes))
                .arg(item->shards)
                .arg(formatBytes(item->shardSize))
                .arg(item->creatorId.toHtmlEscaped());

    html += tr("<h3>License in plain words</h3>");
    auto lic = license::License::fromJson(item->license);
    if (lic.ok()) {
        html += QStringLiteral("<p><b>%1</b>%2</p>")
                    .arg(lic->spdx.toHtmlEscaped(),
                         lic->title.isEmpty() ? QString()
                                              : QStringLiteral(" — ") + lic->title.toHtmlEscaped());
        QStringList may, mayNot;
        for (license::Use u : license::allUses())
            (lic->allows(u) ? may : mayNot).append(useInWords(license::useName(u)));
        html += QStringLiteral("<ul>");
        html += may.isEmpty() ? tr("<li>You may <b>not</b> use it for anything yet.</li>")
                              : tr("<li>You <b>may</b> %1.</li>").arg(may.join(QStringLiteral(", ")));
        if (!mayNot.isEmpty())
            html += tr("<li>You may <b>not</b> %1.</li>").arg(mayNot.join(QStringLiteral(", ")));
        if (!lic->attribution.isEmpty())
            html += tr("<li>Credit the creator as: <i>%1</i></li>").arg(lic->attribution.toHtmlEscaped());
        if (lic->validUntil)
            html += tr("<li>Access ends on %1.</li>").arg(formatUtc(*lic->validUntil));
        html += lic->revocable.value_or(true) ? tr("<li>The creator may revoke this license.</li>")
                                              : tr("<li>The creator cannot revoke this license.</li>");
        html += QStringLiteral("</ul>");
    } else {
        html += tr("<p>The license could not be read: %1</p>").arg(lic.errorString().toHtmlEscaped());
    }

    html += tr("<h3>Price</h3>");
    if (auto access = item->pricePerAccess()) {
        html += tr("<p>%1 %2 for the first delivery of each shard")
                    .arg(formatMoney(access->micros), access->currency);
        if (auto gib = item->pricePerGiB())
            html += tr(", plus %1 %2 per GiB").arg(formatMoney(gib->micros), gib->currency);
        html += QStringLiteral(".</p>");
        if (auto total = item->fullPrice())
            html += tr("<p>The whole dataset: <b>%1 %2</b> (%3 shards). Resumed or repeated ranges of a "
                       "shard in "
                       "the same job are not charged again.</p>")
                        .arg(formatMoney(total->micros), total->currency)
                        .arg(item->shards);
    }
    html += tr("<p style='color:gray'>Manifest <tt>%1</tt><br>License hash <tt>%2</tt></p>")
                .arg(item->cid.toHtmlEscaped(), item->licenseHash.toHtmlEscaped());
    m_details->setHtml(html);
}

void CatalogWorkspace::getToken()
{
    const CatalogItem *item = current();
    if (!item || !m_api)
        return;
    const QByteArray apiKey = m_apiKey->text().trimmed().toUtf8();
    if (apiKey.isEmpty()) {
        setStatus(tr("Type the buyer's API key first."), true);
        return;
    }
    const QString cid = item->cid;
    QStringList paths;
    setStatus(tr("Asking %1 for a token…").arg(edgeUrl()));
    m_tokenButton->setEnabled(false);
    const QString url = edgeUrl();
    m_api->postJson(
        QStringLiteral("/v1/tokens"), QJsonObject { { QStringLiteral("manifest"), cid } }, apiKey,
        [this, cid, url](const download::ApiReply &reply) {
            m_tokenButton->setEnabled(true);
            if (reply.status != 200 && reply.status != 201) {
                setStatus(tr("No token: %1").arg(reply.describe()), true);
                return;
            }
            auto grant = download::EdgeApi::parseTokenReply(reply.body);
            if (!grant.ok()) {
                setStatus(grant.errorString(), true);
                return;
            }
            m_token = QString::fromLatin1(grant->token);
            // One resumable curl per file, straight from /v1/files (assembled from shards).
            const CatalogItem *item = current();
            QStringList lines;
            lines << QStringLiteral("# %1@%2 — token valid until %3")
                         .arg(item ? item->dataset : cid, item ? item->version : QString(),
                              formatUtc(grant->expiresAtMs / 1000));
            lines << QStringLiteral("TOKEN=%1").arg(shellQuote(m_token));
            lines << QStringLiteral("curl -fsS -C - -H \"Authorization: Bearer $TOKEN\" -o manifest.json %1")
                         .arg(shellQuote(url + QStringLiteral("/v1/manifests/") + cid));
            m_curl = lines.join(QLatin1Char('\n'));
            m_curlView->setPlainText(m_curl);
            m_copyCurl->setEnabled(true);
            setStatus(tr("Token issued (expires %1). Fetch files with "
                         "curl -C - -H \"Authorization: Bearer $TOKEN\" %2/v1/files/%3/<path>.")
                          .arg(formatUtc(grant->expiresAtMs / 1000), url, cid));
            // Add one line per file once the manifest tells us the paths.
            m_api->get(QStringLiteral("/v1/manifests/") + cid, [this, cid, url](const download::ApiReply &r) {
                if (r.status != 200) {
                    qCWarning(lcUi).noquote()
                        << "no per-file curl lines: the manifest request answered" << r.describe();
                    return;
                }
                const QJsonArray files
                    = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("files")).toArray();
                QStringList lines = m_curl.split(QLatin1Char('\n'));
                for (const QJsonValue &f : files) {
                    const QString path = f.toObject().value(QStringLiteral("path")).toString();
                    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
                    lines << QStringLiteral(
                                 "curl -fsS -C - --create-dirs -H \"Authorization: Bearer $TOKEN\" -o %1 %2")
                                 .arg(shellQuote(path),
                                      shellQuote(url + QStringLiteral("/v1/files/") + cid + QLatin1Char('/')
                                                 + encoded));
                }
                m_curl = lines.join(QLatin1Char('\n'));
                m_curlView->setPlainText(m_curl);
            });
            Q_EMIT tokenIssued(m_token);
        });
}

void CatalogWorkspace::buyCredits(const QString &amount)
{
    auto market = m_context->market();
    const QString buyer = m_context->buyer();
    auto micros = parseMoney(amount.trimmed());
    if (!micros.ok() || micros.value() <= 0) {
        setStatus(tr("Amount: %1").arg(micros.ok() ? tr("must be more than zero") : micros.errorString()),
                  true);
        Q_EMIT creditsBought(false, m_status->text());
        return;
    }
    if (!market || buyer.isEmpty()) {
        setStatus(tr("Credits are bought in this home's market; no buyer account is selected."), true);
        Q_EMIT creditsBought(false, m_status->text());
        return;
    }
    const qint64 add = micros.value();
    runAsync(
        this,
        [market, buyer, add] { return market->accounts().topUp(buyer, add, QStringLiteral("console")); },
        [this, buyer](const Result<market::Account> &r) {
            if (!r.ok()) {
                setStatus(tr("Credits not added: %1").arg(r.errorString()), true);
                Q_EMIT creditsBought(false, r.errorString());
                return;
            }
            const QString message
                = tr("%1 now has %2 %3 available.").arg(buyer, formatMoney(r->available()), r->currency);
            setStatus(message);
            m_context->notifyCreditsChanged();
            Q_EMIT creditsBought(true, message);
        });
}

void CatalogWorkspace::download(const QString &outDir)
{
    const CatalogItem *item = current();
    if (!item)
        return;
    Q_EMIT downloadRequested(edgeUrl(), item->cid, outDir);
    setStatus(tr("%1@%2 queued in Downloads → %3").arg(item->dataset, item->version, outDir));
}

} // namespace sg::ui
