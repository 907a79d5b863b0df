#pragma once
// Work that must not slow the screen: lowers the calling thread's scheduling priority (Linux
// nice 10; threads it starts inherit it). On a two-core office PC the recogniser keeps both
// cores busy, and the GUI thread, left at normal priority, is always scheduled first — the
// event loop then never waits behind a page being read (tests/gui: responsiveness).
#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace kp::app {

inline void lowerThreadPriority() {
#if defined(__linux__)
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

}  // namespace kp::app
