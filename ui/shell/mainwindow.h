#pragma once

// The console's main window: a sidebar of workspaces, a stack of pages and a status bar.
// Workspaces register themselves with addWorkspace(); the window owns no business logic.

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace sg::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addWorkspace(const QString &name, const QIcon &icon, QWidget *page);
    int workspaceCount() const;
    void showWorkspace(int index);
    QWidget *workspace(const QString &name) const;

    void setEdgeStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_edgeStatus;
};

} // namespace sg::ui
