// doctest main for the tests that drive libsane. SANE's sanei_thread stops a back end's reader
// thread with *asynchronous* pthread cancellation; a thread killed inside malloc or setlocale
// leaves that libc lock taken, and the process then hangs in its exit handlers (seen in CI:
// libp11-kit's destructor waiting in freelocale). The results are final when doctest returns:
// flush and leave without running the exit handlers.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    _exit(result);
}
