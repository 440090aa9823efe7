#include "threadpriority.h"

#include <QtGlobal>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sg {

void lowerCurrentThreadPriority(int delta)
{
#ifdef Q_OS_LINUX
    if (delta <= 0)
        return;
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, std::min(19, current + delta));
#else
    Q_UNUSED(delta);
#endif
}

void lowerCurrentThreadPriorityOnce(int delta)
{
    thread_local bool done = false;
    if (done || delta <= 0)
        return;
    done = true;
    lowerCurrentThreadPriority(delta);
}

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace sg
