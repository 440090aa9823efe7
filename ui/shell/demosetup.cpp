#include "demosetup.h"

#include "widgets/async.h"

#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

namespace sg::ui {

DemoSetup::DemoSetup(QString home, demo::DemoWorkspaceOptions options, QObject *parent)
    : QObject(parent), m_home(std::move(home)), m_options(std::move(options)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_result = m_watcher.result();
        if (m_dialog) {
            m_dialog->reset();
            m_dialog->deleteLater();
            m_dialog = nullptr;
        }
        Q_EMIT finished(m_result.ok());
    });
}

DemoSetup::~DemoSetup()
{
    cancel();
    m_watcher.waitForFinished();
}

void DemoSetup::start(QWidget *dialogParent, bool showDialog)
{
    if (showDialog) {
        m_dialog
            = new QProgressDialog(tr("Preparing the demo workspace…"), tr("Cancel"), 0, 100, dialogParent);
        m_dialog->setWindowTitle(tr("Shardgate demo"));
        m_dialog->setObjectName(QStringLiteral("demoProgress"));
        m_dialog->setMinimumWidth(420);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setValue(0);
        connect(m_dialog, &QProgressDialog::canceled, this, &DemoSetup::cancel);
        connect(this, &DemoSetup::progress, m_dialog, [this](const QString &step, int percent) {
            if (!m_dialog)
                return;
            m_dialog->setLabelText(step);
            m_dialog->setValue(qBound(0, percent, 99));
        });
        m_dialog->show();
    }
    QPointer<DemoSetup> self(this);
    auto cancelFlag = m_cancel;
    const QString home = m_home;
    const demo::DemoWorkspaceOptions options = m_options;
    m_watcher.setFuture(startOnWorkers([self, cancelFlag, home, options]() -> Result<demo::DemoWorkspace> {
        auto report = [self](const QString &step, int percent) {
            // Queued to the GUI thread: the worker never touches widgets.
            QMetaObject::invokeMethod(
                self.data(),
                [self, step, percent] {
                    if (self)
                        Q_EMIT self->progress(step, percent);
                },
                Qt::QueuedConnection);
        };
#ifdef SG_HAVE_DEMO_WORKSPACE
        return demo::prepareDemoWorkspace(home, options, report, cancelFlag.get());
#else
        Q_UNUSED(report);
        return fail(
            QStringLiteral("this build has no demo workspace (core/demo/demoworkspace.cpp is missing)"));
#endif
    }));
}

void DemoSetup::cancel()
{
    m_cancel->store(true);
}

bool DemoSetup::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace sg::ui
