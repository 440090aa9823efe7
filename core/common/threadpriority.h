#pragma once

// Background threads that yield to the GUI thread: on Linux each thread has its own nice
// value, and threads it starts afterwards inherit it (Qt's QThread priorities change
// nothing under the default SCHED_OTHER policy).

namespace sg {

// Raises the calling thread's nice value by delta; does nothing elsewhere or for delta <= 0.
void lowerCurrentThreadPriority(int delta);

// The same once per thread, for pool threads that live as long as their pool.
void lowerCurrentThreadPriorityOnce(int delta);

// The calling thread's nice value (0 where there is none to read).
int currentThreadNiceness();

} // namespace sg
