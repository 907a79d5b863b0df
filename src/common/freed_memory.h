#pragma once
// Reading a ballot makes and frees a dozen page-sized images (4 MB each for an A4 page at
// 8 px/mm). glibc's malloc gives memory that large back to the kernel when it is freed — by
// munmap, or by trimming the heap's top once 128 KB or more lie free there — and the next
// ballot's images then fault page by page on first touch, which took up to a tenth of a
// dark-backed ballot's reading. The programs that read ballots call this once, at start (it
// does nothing with another C library than glibc).
namespace kp {

// Keeps freed memory for reuse: blocks of up to 32 MB come from the heap, not from their own
// mappings, and up to 256 MB free at the heap's top stay with the process.
void keepFreedMemory();

}  // namespace kp
