#pragma once

// What every workspace shares: the home folder and the services opened on it (the market
// store, the embedded edge and its receipt log, the buyer the console acts for).
// Workspaces call core services through it and listen to its signals; it holds no
// widgets. Stores are opened on worker threads.

#include "common/paths.h"
#include "common/result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sg::ledger {
class Ledger;
}
namespace sg::market {
class Market;
}

namespace sg::ui {

class EmbeddedEdge;

class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(const QString &home, QObject *parent = nullptr);
    ~AppContext() override;

    const QString &home() const { return m_home; }
    const Paths &paths() const { return m_paths; }

    // Opens the market store on a worker; marketReady() or marketFailed() follows.
    void openMarket();
    std::shared_ptr<market::Market> market() const { return m_market; }
    QString marketError() const { return m_marketError; }

    EmbeddedEdge *edge() const { return m_edge; }
    // The edge URL the console talks to: the embedded edge's while it runs, else the
    // last URL typed in the Catalog.
    QString edgeUrl() const;

    // The buyer account the Catalog and Downloads act for (the demo buyer after a demo
    // setup).
    QString buyer() const { return m_buyer; }
    QString buyerApiKey() const { return m_apiKey; }
    void setBuyer(const QString &buyer, const QString &apiKey);
    // Reads <home>/demo/buyer.key when the demo was prepared in this home.
    bool loadDemoBuyer();

    // The manifest the demo published (empty when none).
    QString demoManifestCid() const { return m_demoManifest; }
    void setDemoManifestCid(const QString &cid) { m_demoManifest = cid; }

    // The writable receipt log of the running embedded edge (null while it is stopped).
    std::shared_ptr<ledger::Ledger> ledger() const;

    void notifyCatalogChanged() { Q_EMIT catalogChanged(); }
    void notifyCreditsChanged() { Q_EMIT creditsChanged(); }

Q_SIGNALS:
    void marketReady();
    void marketFailed(const QString &message);
    void buyerChanged();
    void ledgerChanged();
    // Something published, revoked or bought: catalog views reload.
    void catalogChanged();
    void creditsChanged();
    // The embedded edge's log grew (throttled to twice a second).
    void ledgerCommitted(qint64 size);

private:
    QString m_home;
    Paths m_paths;
    QString m_buyer;
    QString m_apiKey;
    QString m_demoManifest;
    std::shared_ptr<market::Market> m_market;
    QString m_marketError;
    EmbeddedEdge *m_edge;
    qint64 m_logSize = -1;
    bool m_logSizePending = false;
};

} // namespace sg::ui
