#pragma once

// Builds the whole console on an AppContext: the main window, every workspace in sidebar
// order and the status bar wiring. app/gui/main.cpp and the UI tests share it.

#include <QObject>

#include <memory>

namespace sg::ui {

class AppContext;
class MainWindow;
class SettingsWorkspace;

class Console : public QObject
{
    Q_OBJECT

public:
    explicit Console(AppContext *context, QObject *parent = nullptr);
    ~Console() override;

    MainWindow *window() const { return m_window.get(); }
    AppContext *context() const { return m_context; }
    SettingsWorkspace *settings() const { return m_settings; }

    // Workspace names in sidebar order (also the screenshot names).
    static QStringList workspaceNames();

private:
    AppContext *m_context;
    std::unique_ptr<MainWindow> m_window;
    SettingsWorkspace *m_settings = nullptr;
};

} // namespace sg::ui
