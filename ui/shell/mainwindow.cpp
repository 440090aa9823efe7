#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sg::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_edgeStatus(new QLabel(tr("Edge: stopped"), this))
{
    setWindowTitle(tr("Shardgate"));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("workspaceSidebar"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->addPermanentWidget(m_edgeStatus);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(const QString &name, const QIcon &icon, QWidget *page)
{
    page->setObjectName(page->objectName().isEmpty() ? name : page->objectName());
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, name, m_sidebar);
    item->setSizeHint(QSize(160, 40));
    const int index = m_sidebar->count() - 1;
    if (index < 9) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { showWorkspace(index); });
        addAction(action);
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

int MainWindow::workspaceCount() const
{
    return m_pages->count();
}

void MainWindow::showWorkspace(int index)
{
    m_sidebar->setCurrentRow(index);
}

QWidget *MainWindow::workspace(const QString &name) const
{
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->text() == name)
            return m_pages->widget(i);
    return nullptr;
}

void MainWindow::setEdgeStatus(const QString &text)
{
    m_edgeStatus->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace sg::ui
