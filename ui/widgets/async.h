#pragma once

// Runs work on the global thread pool and delivers its result on context's thread (the
// GUI thread for widgets). If context is destroyed first, the result is dropped.
// Progress from inside work goes through postTo().

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

namespace sg::ui {

template<typename Work, typename Done> void runAsync(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
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
