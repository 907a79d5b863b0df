#include "scanner-drivers/sane/sane_frame.h"

#include <cstring>

namespace kp::scan {

namespace {

// The 8-bit value of sample `x` of a row in the frame's depth.
std::uint8_t sample(const std::uint8_t* row, int x, int depth) {
    switch (depth) {
        case 1:  // SANE lineart: a set bit is black
            return (row[x / 8] & (0x80 >> (x % 8))) != 0 ? 0 : 255;
        case 16: {  // host byte order
            std::uint16_t v = 0;
            std::memcpy(&v, row + 2 * x, 2);
            return static_cast<std::uint8_t>(v >> 8);
        }
        default:
            return row[x];
    }
}

}  // namespace

void addFrame(const SANE_Parameters& p, int lines, const std::vector<std::uint8_t>& bytes, Image& image) {
    const bool rgb = p.format == SANE_FRAME_RGB;
    const bool singleColour = p.format == SANE_FRAME_RED || p.format == SANE_FRAME_GREEN || p.format == SANE_FRAME_BLUE;
    const int width = p.pixels_per_line;
    if (image.pixels.empty()) {
        image.width = width;
        image.height = lines;
        image.channels = (rgb || singleColour) ? 3 : 1;
        image.pixels.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(lines) *
                                static_cast<std::size_t>(image.channels),
                            255);
    }
    const int rows = std::min(lines, image.height);
    const int cols = std::min(width, image.width);
    const int channel = p.format == SANE_FRAME_GREEN ? 1 : p.format == SANE_FRAME_BLUE ? 2 : 0;
    if (p.depth == 8 && !singleColour) {
        // The common case (8-bit grey or RGB): rows are already our pixels.
        const std::size_t rowBytes = static_cast<std::size_t>(cols) * static_cast<std::size_t>(image.channels);
        for (int y = 0; y < rows; ++y) {
            std::memcpy(image.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width * image.channels),
                        bytes.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(p.bytes_per_line), rowBytes);
        }
        return;
    }
    for (int y = 0; y < rows; ++y) {
        const std::uint8_t* row = bytes.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(p.bytes_per_line);
        std::uint8_t* out = image.pixels.data() +
                            static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width * image.channels);
        for (int x = 0; x < cols; ++x) {
            if (rgb) {
                for (int c = 0; c < 3; ++c) {
                    out[3 * x + c] = sample(row, 3 * x + c, p.depth);
                }
            } else if (singleColour) {
                out[3 * x + channel] = sample(row, x, p.depth);
            } else {
                out[x] = sample(row, x, p.depth);
            }
        }
    }
}

}  // namespace kp::scan
