#pragma once
// A Windows device-independent bitmap (what TWAIN's native transfer hands over: a
// BITMAPINFOHEADER, a palette for 1- and 8-bit pixels, rows padded to 4 bytes, bottom-up when
// the height is positive) as the interface's Image. Plain bytes, so it is tested on every
// platform, not only where TWAIN runs.
#include <cstddef>
#include <expected>

#include "scanner-drivers/scanner.h"

namespace kp::scan::twain {

// `dpi` is used when the header gives no resolution.
std::expected<Image, Error> imageFromDib(const void* dib, std::size_t size, int dpi);

}  // namespace kp::scan::twain
