#pragma once

// The console's main window: a sidebar of workspaces, a stack of pages and a status bar
// (edge status, listening URL, credits, log size). Workspaces register themselves with
// addWorkspace() and get Ctrl+1..9; the window owns no business logic.

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;

namespace sg::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // iconName names :/icons/<iconName>.svg (tinted for the palette).
    void addWorkspace(const QString &name, const QString &iconName, QWidget *page);
    int workspaceCount() const;
    int currentWorkspace() const;
    void showWorkspace(int index);
    QWidget *workspace(const QString &name) const;

    void setEdgeStatus(const QString &text, bool running);
    void setListenUrl(const QString &url);
    void setCredits(const QString &text);
    void setLogSize(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshIcons();

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_edgeStatus;
    QLabel *m_listenUrl;
    QLabel *m_credits;
    QLabel *m_logSize;
    QStringList m_iconNames;
    QMenu *m_viewMenu = nullptr;
};

} // namespace sg::ui
