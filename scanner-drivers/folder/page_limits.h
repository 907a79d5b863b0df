#pragma once
// How large a page of an image file may be. A ballot is at most A4 (210 × 297 mm) and no
// scanner setting for ballots goes beyond 600 dpi; 10 % more on each side leaves room for a
// scanner that scans beyond the sheet. Anything larger is refused from the file's header,
// before a pixel is decoded: a 222-byte PDF with a 5-metre page took 485 s and 14 GB to
// render, a 20,000² PNG 54 s and 2 GB.
#include <expected>
#include <string>

namespace kp::scan {

inline constexpr double MAX_PAGE_SHORT_MM = 231.0;  // A4's 210 mm + 10 %
inline constexpr double MAX_PAGE_LONG_MM = 326.7;   // A4's 297 mm + 10 %
inline constexpr int MAX_SCAN_DPI = 600;
inline constexpr int MAX_PAGE_SHORT_PX = 5457;  // 231 mm at 600 dpi
inline constexpr int MAX_PAGE_LONG_PX = 7717;   // 326.7 mm at 600 dpi

struct PixelSize {
    int width = 0;
    int height = 0;
};

// Empty when an image of this many pixels may be decoded, else why not (either orientation).
std::string pixelSizeProblem(long long width, long long height);
// Empty when a PDF page of this many points (1/72 inch) may be rendered, else why not.
std::string pointSizeProblem(double width, double height);

// The size of page `page` (0-based) of a PNG, JPEG, TIFF, BMP or PNM file, read from its
// header without decoding it. Any other content is refused whatever the file's name says
// (OpenCV picks its decoder by content, and these are the formats scanners write).
std::expected<PixelSize, std::string> imageHeaderSize(const std::string& path, int page);

}  // namespace kp::scan
