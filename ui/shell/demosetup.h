#pragma once

// Prepares the demo workspace (core/demo/demoworkspace.h) on a worker thread and shows
// its progress in a dialog with a Cancel button. The GUI thread only receives signals.

#include "common/result.h"
#include "demo/demoworkspace.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace sg::ui {

class DemoSetup : public QObject
{
    Q_OBJECT

public:
    DemoSetup(QString home, demo::DemoWorkspaceOptions options, QObject *parent = nullptr);
    ~DemoSetup() override;

    // Starts the work; shows a progress dialog over parent when showDialog.
    void start(QWidget *dialogParent, bool showDialog = true);
    void cancel();
    bool isRunning() const;
    const Result<demo::DemoWorkspace> &result() const { return m_result; }

Q_SIGNALS:
    void progress(const QString &step, int percent);
    void finished(bool ok);

private:
    QString m_home;
    demo::DemoWorkspaceOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<demo::DemoWorkspace>> m_watcher;
    QProgressDialog *m_dialog = nullptr;
    Result<demo::DemoWorkspace> m_result = fail(QStringLiteral("not run"));
};

} // namespace sg::ui
