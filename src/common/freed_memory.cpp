#include "src/common/freed_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kp {

void keepFreedMemory() {
#if defined(__GLIBC__)
    // Both together: setting either turns off glibc's own adjustment of the other (the trim
    // threshold alone left every image to its own mapping, freed at once: slower still).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif  // other C libraries (Windows' heap) keep their own policy: not measured
}

}  // namespace kp
