#include "scanner-drivers/folder/page_limits.h"

#include <leptonica/allheaders.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>

namespace kp::scan {

namespace {

constexpr double MM_PER_INCH = 25.4;
constexpr double POINTS_PER_INCH = 72.0;

std::string mm(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

}  // namespace

std::string pixelSizeProblem(long long width, long long height) {
    const long long shortSide = std::min(width, height);
    const long long longSide = std::max(width, height);
    if (shortSide < 1) {
        return "the image has no pixels (" + std::to_string(width) + " × " + std::to_string(height) + ")";
    }
    if (shortSide <= MAX_PAGE_SHORT_PX && longSide <= MAX_PAGE_LONG_PX) {
        return {};
    }
    return "the image is " + std::to_string(width) + " × " + std::to_string(height) +
           " pixels; a ballot scan is at most " + std::to_string(MAX_PAGE_SHORT_PX) + " × " +
           std::to_string(MAX_PAGE_LONG_PX) + " (A4 + 10 % at " + std::to_string(MAX_SCAN_DPI) + " dpi)";
}

std::string pointSizeProblem(double width, double height) {
    const double shortMm = std::min(width, height) * MM_PER_INCH / POINTS_PER_INCH;
    const double longMm = std::max(width, height) * MM_PER_INCH / POINTS_PER_INCH;
    if (!std::isfinite(shortMm) || !std::isfinite(longMm) || shortMm <= 0) {
        return "the page has no size";
    }
    if (shortMm <= MAX_PAGE_SHORT_MM && longMm <= MAX_PAGE_LONG_MM) {
        return {};
    }
    return "the page is " + mm(width * MM_PER_INCH / POINTS_PER_INCH) + " × " +
           mm(height * MM_PER_INCH / POINTS_PER_INCH) + " mm; a ballot is at most " + mm(MAX_PAGE_SHORT_MM) + " × " +
           mm(MAX_PAGE_LONG_MM) + " mm (A4 + 10 %)";
}

std::expected<PixelSize, std::string> imageHeaderSize(const std::string& path, int page) {
    // The reason comes back to the caller as a value naming the file; Leptonica's own lines on
    // stderr would only repeat it, for every damaged scan.
    static std::once_flag quiet;
    std::call_once(quiet, [] { setMsgSeverity(L_SEVERITY_NONE); });
    const std::string notAnImage = "not a PNG, JPEG, TIFF, BMP or PNM image (damaged, or another kind of file)";
    l_int32 format = IFF_UNKNOWN;
    if (findFileFormat(path.c_str(), &format) != 0) {  // an empty or short file, or an unknown format
        return std::unexpected(notAnImage);
    }
    l_int32 w = 0;
    l_int32 h = 0;
    l_int32 ok = 1;
    if (L_FORMAT_IS_TIFF(format)) {
        ok = readHeaderTiff(path.c_str(), page, &w, &h, nullptr, nullptr, nullptr, nullptr, nullptr);
    } else if (format == IFF_PNG || format == IFF_JFIF_JPEG || format == IFF_BMP || format == IFF_PNM) {
        ok = pixReadHeader(path.c_str(), nullptr, &w, &h, nullptr, nullptr, nullptr);
    } else {
        return std::unexpected(notAnImage);
    }
    if (ok != 0) {
        return std::unexpected(std::string("the image's header cannot be read (damaged or not an image)"));
    }
    return PixelSize{w, h};
}

}  // namespace kp::scan
