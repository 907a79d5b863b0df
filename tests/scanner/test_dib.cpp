// TWAIN's native transfer hands over Windows DIBs; their conversion is plain bytes, tested here.
#include <cstdint>
#include <cstring>
#include <doctest/doctest.h>
#include <vector>

#include "scanner-drivers/twain/dib.h"

using namespace kp::scan;

namespace {

template <typename T>
void put(std::vector<std::uint8_t>& b, std::size_t at, T v) {
    std::memcpy(b.data() + at, &v, sizeof v);
}

// A BITMAPINFOHEADER for width × height (positive: bottom-up) at `bpp`, with room for the
// palette and the padded rows.
std::vector<std::uint8_t> header(std::int32_t width, std::int32_t height, std::uint16_t bpp, std::uint32_t colours) {
    const std::size_t stride = ((static_cast<std::size_t>(width) * bpp + 31) / 32) * 4;
    std::vector<std::uint8_t> b(40 + colours * 4 + stride * static_cast<std::size_t>(std::abs(height)), 0);
    put<std::uint32_t>(b, 0, 40);
    put<std::int32_t>(b, 4, width);
    put<std::int32_t>(b, 8, height);
    put<std::uint16_t>(b, 12, 1);
    put<std::uint16_t>(b, 14, bpp);
    put<std::int32_t>(b, 24, 7874);  // 200 dpi in pixels per metre
    put<std::uint32_t>(b, 32, colours);
    return b;
}

}  // namespace

TEST_CASE("twain: a bottom-up 24-bit DIB becomes top-down RGB at its resolution") {
    auto b = header(2, 2, 24, 0);
    // Row stride 8 bytes; the first row in memory is the bottom row of the picture.
    const std::uint8_t bottom[] = {1, 2, 3, 4, 5, 6};  // blue, green, red
    const std::uint8_t top[] = {7, 8, 9, 10, 11, 12};
    std::memcpy(b.data() + 40, bottom, 6);
    std::memcpy(b.data() + 48, top, 6);
    const auto image = twain::imageFromDib(b.data(), b.size(), 300);
    REQUIRE(image.has_value());
    CHECK(image->channels == 3);
    CHECK(image->dpi == 200);
    CHECK(image->pixels == std::vector<std::uint8_t>{9, 8, 7, 12, 11, 10, 3, 2, 1, 6, 5, 4});
}

TEST_CASE("twain: 1-bit and 8-bit DIBs go through their palettes") {
    SUBCASE("1-bit with a palette whose entry 0 is white (some drivers invert it)") {
        auto b = header(3, -1, 1, 2);  // top-down
        put<std::uint32_t>(b, 40, 0x00ffffff);
        put<std::uint32_t>(b, 44, 0x00000000);
        b[48] = 0b01000000;  // the middle pixel uses entry 1: black
        const auto image = twain::imageFromDib(b.data(), b.size(), 300);
        REQUIRE(image.has_value());
        CHECK(image->channels == 1);
        CHECK(image->pixels == std::vector<std::uint8_t>{255, 0, 255});
    }
    SUBCASE("8-bit grey ramp") {
        auto b = header(2, -1, 8, 256);
        for (std::uint32_t i = 0; i < 256; ++i) {
            put<std::uint32_t>(b, 40 + i * 4, i * 0x010101U);
        }
        b[40 + 1024] = 17;
        b[40 + 1025] = 200;
        const auto image = twain::imageFromDib(b.data(), b.size(), 300);
        REQUIRE(image.has_value());
        CHECK(image->pixels == std::vector<std::uint8_t>{17, 200});
    }
}

TEST_CASE("twain: a truncated or compressed DIB is an error, not a picture") {
    auto b = header(100, 100, 24, 0);
    CHECK_FALSE(twain::imageFromDib(b.data(), b.size() - 1, 200).has_value());
    put<std::uint32_t>(b, 16, 1);  // BI_RLE8
    const auto compressed = twain::imageFromDib(b.data(), b.size(), 200);
    REQUIRE_FALSE(compressed.has_value());
    CHECK(compressed.error().code == ErrorCode::Unsupported);
    CHECK_FALSE(twain::imageFromDib(b.data(), 20, 200).has_value());
}
