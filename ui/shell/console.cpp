#include "console.h"

#include "catalog/catalogworkspace.h"
#include "common/money.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsworkspace.h"
#include "edge/edgeworkspace.h"
#include "ledger/ledger.h"
#include "ledger/ledgerworkspace.h"
#include "market/market.h"
#include "publish/publishworkspace.h"
#include "settings/settingsworkspace.h"
#include "shell/appcontext.h"
#include "shell/embeddededge.h"
#include "shell/mainwindow.h"
#include "widgets/async.h"

#include <QStatusBar>

namespace sg::ui {

Console::Console(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_window(std::make_unique<MainWindow>())
{
    m_publish = new PublishWorkspace(context);
    m_window->addWorkspace(tr("Publish"), QStringLiteral("publish"), m_publish);
    m_catalog = new CatalogWorkspace(context);
    m_window->addWorkspace(tr("Catalog"), QStringLiteral("catalog"), m_catalog);
    m_downloads = new DownloadsWorkspace(context);
    m_window->addWorkspace(tr("Downloads"), QStringLiteral("downloads"), m_downloads);
    m_edge = new EdgeWorkspace(context);
    m_window->addWorkspace(tr("Edge"), QStringLiteral("edge"), m_edge);
    m_ledger = new LedgerWorkspace(context);
    m_window->addWorkspace(tr("Ledger"), QStringLiteral("ledger"), m_ledger);
    m_settings = new SettingsWorkspace(context);
    m_window->addWorkspace(tr("Settings"), QStringLiteral("settings"), m_settings);

    auto *edge = context->edge();
    connect(edge, &EmbeddedEdge::stateChanged, this, &Console::showEdgeState);
    connect(edge, &EmbeddedEdge::failed, this, [this](const QString &message) {
        m_window->setEdgeStatus(tr("Edge: failed"), false);
        m_window->setListenUrl(QString());
        m_window->statusBar()->showMessage(tr("Edge failed: %1").arg(message));
    });
    connect(context, &AppContext::creditsChanged, this, &Console::refreshStatus);
    connect(context, &AppContext::ledgerCommitted, this,
            [this](qint64 size) { m_window->setLogSize(tr("Log: %L1 receipts").arg(size)); });
    connect(context, &AppContext::ledgerChanged, this, &Console::refreshStatus);
    m_statusTimer.setInterval(5000);
    connect(&m_statusTimer, &QTimer::timeout, this, &Console::refreshStatus);
    m_statusTimer.start();
    connect(m_catalog, &CatalogWorkspace::downloadRequested, this,
            [this](const QString &edgeUrl, const QString &cid, const QString &outDir) {
                m_downloads->manager()->enqueue(edgeUrl, cid, outDir, m_catalog->apiKey());
                m_window->showWorkspace(2);
            });
    // The demo: show its dataset in Publish and open the local log in Ledger.
    connect(context->edge(), &EmbeddedEdge::started, this, [this] {
        if (!m_context->demoManifestCid().isEmpty() && !m_publishShown) {
            m_publishShown = true;
            m_publish->showManifest(m_context->home() + QStringLiteral("/demo/manifest.json"),
                                    m_context->home() + QStringLiteral("/demo/data"));
        }
    });
    showEdgeState();
}

Console::~Console() = default;

QStringList Console::workspaceIds()
{
    return { QStringLiteral("publish"), QStringLiteral("catalog"), QStringLiteral("downloads"),
             QStringLiteral("edge"),    QStringLiteral("ledger"),  QStringLiteral("settings") };
}

void Console::showEdgeState()
{
    auto *edge = m_context->edge();
    switch (edge->state()) {
    case EmbeddedEdge::State::Stopped:
        m_window->setEdgeStatus(tr("Edge: stopped"), false);
        m_window->setListenUrl(QString());
        break;
    case EmbeddedEdge::State::Starting:
        m_window->setEdgeStatus(tr("Edge: starting…"), false);
        break;
    case EmbeddedEdge::State::Running:
        m_window->setEdgeStatus(tr("Edge: running"), true);
        m_window->setListenUrl(edge->url());
        break;
    case EmbeddedEdge::State::Stopping:
        m_window->setEdgeStatus(tr("Edge: stopping…"), false);
        break;
    }
}

void Console::refreshStatus()
{
    if (m_statusBusy)
        return;
    auto market = m_context->market();
    auto ledger = m_context->ledger();
    const QString buyer = m_context->buyer();
    m_statusBusy = true;
    struct Status
    {
        QString credits;
        qint64 logSize = -1;
    };
    runAsync(
        this,
        [market, ledger, buyer] {
            Status s;
            if (market && !buyer.isEmpty()) {
                auto account = market->accounts().get(buyer);
                if (account.ok())
                    s.credits
                        = QStringLiteral("%1 %2").arg(formatMoney(account->available()), account->currency);
            }
            if (ledger)
                s.logSize = ledger->size();
            return s;
        },
        [this, buyer](const Status &s) {
            m_statusBusy = false;
            m_window->setCredits(s.credits.isEmpty() ? tr("Credits: —")
                                                     : tr("%1: %2").arg(buyer.toHtmlEscaped(), s.credits));
            if (s.logSize >= 0)
                m_window->setLogSize(tr("Log: %L1 receipts").arg(s.logSize));
            else if (!m_context->edge()->isRunning())
                m_window->setLogSize(tr("Log: —"));
        });
}

} // namespace sg::ui
