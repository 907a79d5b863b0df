#include "scanner-drivers/twain/dib.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace kp::scan::twain {

namespace {

// BITMAPINFOHEADER field offsets (little-endian, as Windows writes them).
template <typename T>
T field(const std::uint8_t* p, std::size_t offset) {
    T v{};
    std::memcpy(&v, p + offset, sizeof v);
    return v;
}

}  // namespace

std::expected<Image, Error> imageFromDib(const void* dib, std::size_t size, int dpi) {
    const auto* p = static_cast<const std::uint8_t*>(dib);
    if (size < 40 || field<std::uint32_t>(p, 0) < 40) {
        return std::unexpected(Error{ErrorCode::IoError, "the scanner sent a page without a bitmap header"});
    }
    const std::uint32_t headerSize = field<std::uint32_t>(p, 0);
    const std::int32_t width = field<std::int32_t>(p, 4);
    const std::int32_t rawHeight = field<std::int32_t>(p, 8);
    const std::uint16_t bpp = field<std::uint16_t>(p, 14);
    const std::uint32_t compression = field<std::uint32_t>(p, 16);
    const std::int32_t pelsPerMeter = field<std::int32_t>(p, 24);
    std::uint32_t colours = field<std::uint32_t>(p, 32);
    if (width <= 0 || rawHeight == 0 || compression != 0 || (bpp != 1 && bpp != 8 && bpp != 24 && bpp != 32)) {
        return std::unexpected(Error{ErrorCode::Unsupported, "unsupported bitmap: " + std::to_string(bpp) +
                                                                 " bits, compression " + std::to_string(compression)});
    }
    if (bpp <= 8 && colours == 0) {
        colours = 1U << bpp;
    }
    const bool bottomUp = rawHeight > 0;
    const int height = std::abs(rawHeight);
    const std::size_t stride = ((static_cast<std::size_t>(width) * bpp + 31) / 32) * 4;
    const std::size_t bitsAt = headerSize + (bpp <= 8 ? colours * 4 : 0);
    if (bitsAt + stride * static_cast<std::size_t>(height) > size) {
        return std::unexpected(Error{ErrorCode::IoError, "the scanner sent a truncated bitmap"});
    }
    // The palette (blue, green, red, reserved); grey when every entry has r = g = b.
    std::vector<std::uint8_t> palette(static_cast<std::size_t>(bpp <= 8 ? colours : 0) * 3);
    bool grey = true;
    for (std::uint32_t i = 0; i < (bpp <= 8 ? colours : 0U); ++i) {
        const std::uint8_t* q = p + headerSize + i * 4;
        palette[i * 3] = q[2];
        palette[i * 3 + 1] = q[1];
        palette[i * 3 + 2] = q[0];
        grey = grey && q[0] == q[1] && q[1] == q[2];
    }
    Image image;
    image.width = width;
    image.height = height;
    image.channels = (bpp <= 8 && grey) ? 1 : 3;
    image.dpi = pelsPerMeter > 0 ? static_cast<int>(std::lround(pelsPerMeter * 0.0254)) : dpi;
    image.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) *
                        static_cast<std::size_t>(image.channels));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = p + bitsAt + stride * static_cast<std::size_t>(bottomUp ? height - 1 - y : y);
        std::uint8_t* out = image.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width * image.channels);
        for (int x = 0; x < width; ++x) {
            const auto ux = static_cast<std::size_t>(x);
            if (bpp <= 8) {
                const std::size_t index = bpp == 8 ? row[ux] : ((row[ux / 8] >> (7 - ux % 8)) & 1U);
                const std::size_t at = std::min<std::size_t>(index, colours - 1) * 3;
                if (image.channels == 1) {
                    out[ux] = palette[at];
                } else {
                    std::memcpy(out + ux * 3, &palette[at], 3);
                }
            } else {
                const std::uint8_t* px = row + ux * (bpp / 8);
                out[ux * 3] = px[2];
                out[ux * 3 + 1] = px[1];
                out[ux * 3 + 2] = px[0];
            }
        }
    }
    return image;
}

}  // namespace kp::scan::twain
