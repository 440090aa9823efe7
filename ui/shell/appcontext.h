#pragma once

// What every workspace shares: the home folder and the services opened on it (the embedded
// edge, the buyer the console acts for). Workspaces call core services through it and
// listen to its signals; it holds no widgets.

#include "common/paths.h"
#include "common/result.h"

#include <QObject>
#include <QString>

namespace sg::ui {

class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(const QString &home, QObject *parent = nullptr);
    ~AppContext() override;

    const QString &home() const { return m_home; }
    const Paths &paths() const { return m_paths; }

    // The buyer account the Catalog and Downloads act for (the demo buyer after a demo
    // setup; remembered in the settings of this home).
    QString buyer() const { return m_buyer; }
    QString buyerApiKey() const { return m_apiKey; }
    void setBuyer(const QString &buyer, const QString &apiKey);
    // Reads <home>/demo/buyer.key when the demo was prepared in this home.
    bool loadDemoBuyer();

    // The manifest the demo published (empty when none).
    QString demoManifestCid() const { return m_demoManifest; }
    void setDemoManifestCid(const QString &cid) { m_demoManifest = cid; }

Q_SIGNALS:
    void buyerChanged();
    // Something published, revoked or bought: catalog views reload.
    void catalogChanged();

private:
    QString m_home;
    Paths m_paths;
    QString m_buyer;
    QString m_apiKey;
    QString m_demoManifest;
};

} // namespace sg::ui
