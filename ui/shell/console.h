#pragma once

// Builds the whole console on an AppContext: the main window, every workspace in sidebar
// order and the status bar wiring. app/gui/main.cpp and the UI tests share it.

#include <QObject>
#include <QTimer>

#include <memory>

namespace sg::ui {

class AppContext;
class MainWindow;
class PublishWorkspace;
class CatalogWorkspace;
class DownloadsWorkspace;
class EdgeWorkspace;
class LedgerWorkspace;
class SettingsWorkspace;

class Console : public QObject
{
    Q_OBJECT

public:
    explicit Console(AppContext *context, QObject *parent = nullptr);
    ~Console() override;

    MainWindow *window() const { return m_window.get(); }
    AppContext *context() const { return m_context; }
    PublishWorkspace *publish() const { return m_publish; }
    CatalogWorkspace *catalog() const { return m_catalog; }
    DownloadsWorkspace *downloads() const { return m_downloads; }
    EdgeWorkspace *edge() const { return m_edge; }
    LedgerWorkspace *ledger() const { return m_ledger; }
    SettingsWorkspace *settings() const { return m_settings; }

    // Workspace ids in sidebar order (also the screenshot names).
    static QStringList workspaceIds();

public Q_SLOTS:
    // Reads credits and log size on a worker and shows them in the status bar.
    void refreshStatus();

private:
    void showEdgeState();

    AppContext *m_context;
    std::unique_ptr<MainWindow> m_window;
    PublishWorkspace *m_publish = nullptr;
    CatalogWorkspace *m_catalog = nullptr;
    DownloadsWorkspace *m_downloads = nullptr;
    EdgeWorkspace *m_edge = nullptr;
    LedgerWorkspace *m_ledger = nullptr;
    SettingsWorkspace *m_settings = nullptr;
    QTimer m_statusTimer;
    bool m_statusBusy = false;
    bool m_publishShown = false;
};

} // namespace sg::ui
