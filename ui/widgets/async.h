#pragma once

// Runs work on the console's worker pool and delivers its result on context's thread (the
// GUI thread for widgets). If context is destroyed first, the result is dropped.
// Progress from inside work goes through postTo().
//
// Not the global pool: the embedded edge runs its API and market work there (as many
// threads as cores), and console work that waits on that same edge over HTTP (an edge's
// log, tokens) or holds a thread for long (packing) must never starve it.
//
// The pool's threads, and the threads their work starts (pack's hashing threads), run at
// kWorkerNiceness: with every core busy hashing, the GUI thread still gets a CPU at once
// (tests/ui/tst_guistall measures it).

#include "common/threadpriority.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

namespace sg::ui {

// How much nicer than the GUI thread the console's background threads run (Linux).
constexpr int kWorkerNiceness = 5;

// The console's own worker threads (at least 4, whatever the core count).
QThreadPool *workerPool();

// Starts work on workerPool(), on a thread lowered to kWorkerNiceness.
template<typename Work> auto startOnWorkers(Work work)
{
    return QtConcurrent::run(workerPool(), [work = std::move(work)]() mutable {
        lowerCurrentThreadPriorityOnce(kWorkerNiceness);
        return work();
    });
}

template<typename Work, typename Done> void runAsync(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(startOnWorkers(std::move(work)));
}

// Calls fn on context's thread later (from any thread); dropped if context is gone.
template<typename Fn> void postTo(QObject *context, Fn fn)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, fn] {
            if (guard)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace sg::ui
