#include "async.h"

#include <QGlobalStatic>

namespace sg::ui {

namespace {
struct WorkerPool : QThreadPool
{
    WorkerPool()
    {
        setObjectName(QStringLiteral("sg-ui-workers"));
        setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
    }
};
Q_GLOBAL_STATIC(WorkerPool, g_workers)
} // namespace

QThreadPool *workerPool()
{
    return g_workers();
}

} // namespace sg::ui
