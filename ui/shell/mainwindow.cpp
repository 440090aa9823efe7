#include "mainwindow.h"

#include "shell/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sg::ui {

namespace {
QLabel *statusLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_edgeStatus(statusLabel(QStringLiteral("edgeStatus"), this)),
      m_listenUrl(statusLabel(QStringLiteral("listenUrl"), this)),
      m_credits(statusLabel(QStringLiteral("credits"), this)),
      m_logSize(statusLabel(QStringLiteral("logSize"), this))
{
    setWindowTitle(tr("Shardgate"));
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/shardgate.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("workspaceSidebar"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#workspaceSidebar { background: palette(alternate-base);"
                       " border-right: 1px solid palette(mid); padding-top: 8px; }"
                       "QListWidget#workspaceSidebar::item { padding-left: 10px; }"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QString text = tr("<b>Workspaces</b><br>");
        for (int i = 0; i < m_sidebar->count() && i < 9; ++i)
            text += tr("Ctrl+%1 &mdash; %2<br>").arg(i + 1).arg(m_sidebar->item(i)->text());
        text += tr("<br>Ctrl+Q &mdash; quit");
        QMessageBox::information(this, tr("Keyboard shortcuts"), text);
    });
    helpMenu->addAction(tr("&About Shardgate"), this, [this] {
        QMessageBox::about(this, tr("About Shardgate"),
                           tr("<b>Shardgate %1</b><br>A marketplace console for paid training data: "
                              "package, license, sell, serve and audit datasets.")
                               .arg(QApplication::applicationVersion()));
    });

    m_edgeStatus->setToolTip(tr("State of the embedded edge server"));
    m_listenUrl->setToolTip(tr("Where the embedded edge listens"));
    m_credits->setToolTip(tr("Credits of the current buyer account"));
    m_logSize->setToolTip(tr("Receipts in the local log"));
    statusBar()->addPermanentWidget(m_edgeStatus);
    statusBar()->addPermanentWidget(m_listenUrl);
    statusBar()->addPermanentWidget(m_credits);
    statusBar()->addPermanentWidget(m_logSize);
    setEdgeStatus(tr("Edge: stopped"), false);
    setCredits(tr("Credits: —"));
    setLogSize(tr("Log: —"));

    if (auto *theme = Theme::instance())
        connect(theme, &Theme::changed, this, &MainWindow::refreshIcons);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(const QString &name, const QString &iconName, QWidget *page)
{
    page->setObjectName(page->objectName().isEmpty() ? name : page->objectName());
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(Theme::icon(iconName), name, m_sidebar);
    item->setSizeHint(QSize(150, 40));
    m_iconNames.append(iconName);
    const int index = m_sidebar->count() - 1;
    if (index < 9) {
        auto *action = new QAction(name, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { showWorkspace(index); });
        addAction(action);
        m_viewMenu->addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(name, action->shortcut().toString(QKeySequence::NativeText)));
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

int MainWindow::workspaceCount() const
{
    return m_pages->count();
}

int MainWindow::currentWorkspace() const
{
    return m_pages->currentIndex();
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

void MainWindow::setEdgeStatus(const QString &text, bool running)
{
    m_edgeStatus->setText(
        QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
            .arg(running ? QStringLiteral("#2ea043") : QStringLiteral("#8b949e"), text.toHtmlEscaped()));
}

void MainWindow::setListenUrl(const QString &url)
{
    m_listenUrl->setText(url);
    m_listenUrl->setVisible(!url.isEmpty());
}

void MainWindow::setCredits(const QString &text)
{
    m_credits->setText(text);
}

void MainWindow::setLogSize(const QString &text)
{
    m_logSize->setText(text);
}

void MainWindow::refreshIcons()
{
    // Style sheets resolve palette() when applied: apply again for the new palette.
    const QString sheet = m_sidebar->styleSheet();
    m_sidebar->setStyleSheet(QString());
    m_sidebar->setStyleSheet(sheet);
    for (int i = 0; i < m_sidebar->count() && i < m_iconNames.size(); ++i)
        m_sidebar->item(i)->setIcon(Theme::icon(m_iconNames.at(i)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/workspace"), currentWorkspace());
    event->accept();
}

} // namespace sg::ui
