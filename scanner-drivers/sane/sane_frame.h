#pragma once
// SANE frames to the interface's Image: 1-bit lineart (1 = black), 8- and 16-bit grey,
// interleaved RGB, and the three single-colour frames of three-pass scanners.
#include <cstdint>
#include <sane/sane.h>
#include <vector>

#include "scanner-drivers/scanner.h"

namespace kp::scan {

// Adds one frame's bytes (`lines` rows of p.bytes_per_line; lines is known after reading even
// when p.lines was -1) to `image`. The first frame sets the size.
void addFrame(const SANE_Parameters& p, int lines, const std::vector<std::uint8_t>& bytes, Image& image);

}  // namespace kp::scan
