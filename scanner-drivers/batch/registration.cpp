#include "scanner-drivers/batch/registration.h"

#include <cmath>
#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

namespace kp::scan {

namespace {

constexpr double COARSE = 1.0 / 4;  // of the thumbnail: 2 mm a pixel (at 4 mm ECC strays on a plain page)
constexpr double LEVEL1 = 1.0 / 2;  // 1 mm a pixel
constexpr int TILE1 = 8;            // half a tile: 16 mm at 1 mm a pixel
constexpr int SEARCH1 = 3;          // ± 3 mm around where the coarse map puts it
constexpr int TILE05 = 8;           // 8 mm at 0.5 mm a pixel
constexpr int SEARCH05 = 2;         // ± 1 mm
constexpr int GRID_X = 5;           // tiles: the most textured one in each cell of a 5 × 7 grid
constexpr int GRID_Y = 7;
constexpr int MIN_TILES = 6;

// Pixel-centre maps (OpenCV's resize keeps pixel centres: x' = (x + 0.5)·s − 0.5).
cv::Matx33d scaling(double sx, double sy) {
    return {sx, 0, 0.5 * sx - 0.5, 0, sy, 0.5 * sy - 0.5, 0, 0, 1};
}
cv::Matx33d turning(cv::Size size) {
    return {-1, 0, size.width - 1.0, 0, -1, size.height - 1.0, 0, 0, 1};
}

cv::Matx33d lifted(const cv::Mat& affine) {
    cv::Mat m;
    affine.convertTo(m, CV_64F);
    return {m.at<double>(0, 0),
            m.at<double>(0, 1),
            m.at<double>(0, 2),
            m.at<double>(1, 0),
            m.at<double>(1, 1),
            m.at<double>(1, 2),
            0,
            0,
            1};
}

cv::Matx23d affineOf(const cv::Matx33d& m) {
    return {m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2)};
}

std::vector<cv::Point> texturedTiles(const cv::Mat& image, int half, int margin) {
    std::vector<cv::Point> tiles;
    const int width = image.cols - 2 * margin;
    const int height = image.rows - 2 * margin;
    for (int j = 0; j < GRID_Y; ++j) {
        for (int i = 0; i < GRID_X; ++i) {
            const int x0 = margin + width * i / GRID_X;
            const int x1 = margin + width * (i + 1) / GRID_X;
            const int y0 = margin + height * j / GRID_Y;
            const int y1 = margin + height * (j + 1) / GRID_Y;
            double best = 25;  // grey levels of spread: plain paper has too little to match on
            std::optional<cv::Point> chosen;
            for (int y = y0 + half; y + half <= y1; y += half) {
                for (int x = x0 + half; x + half <= x1; x += half) {
                    cv::Scalar mean;
                    cv::Scalar spread;
                    cv::meanStdDev(image(cv::Rect(x - half, y - half, 2 * half, 2 * half)), mean, spread);
                    if (spread[0] > best) {
                        best = spread[0];
                        chosen = cv::Point(x, y);
                    }
                }
            }
            if (chosen) {
                tiles.push_back(*chosen);
            }
        }
    }
    return tiles;
}

double subPixel(float before, float at, float after) {
    const float curvature = before - 2 * at + after;
    return curvature < 0 ? 0.5 * static_cast<double>(before - after) / curvature : 0.0;
}

}  // namespace

std::optional<cv::Matx33d> tileFit(const cv::Mat& fixed, const cv::Mat& moving, const std::vector<cv::Point>& tiles,
                                   int half, int search) {
    std::vector<cv::Point2f> from;
    std::vector<cv::Point2f> to;
    const cv::Rect bounds(0, 0, moving.cols, moving.rows);
    cv::Mat score;
    for (const cv::Point& c : tiles) {
        const cv::Rect tile(c.x - half, c.y - half, 2 * half, 2 * half);
        const cv::Rect window(tile.x - search, tile.y - search, tile.width + 2 * search, tile.height + 2 * search);
        if ((window & bounds) != window || (tile & cv::Rect(0, 0, fixed.cols, fixed.rows)) != tile) {
            continue;
        }
        cv::matchTemplate(moving(window), fixed(tile), score, cv::TM_CCOEFF_NORMED);
        double best = 0;
        cv::Point at;
        cv::minMaxLoc(score, nullptr, &best, nullptr, &at);
        if (best < 0.5 || at.x == 0 || at.y == 0 || at.x == score.cols - 1 || at.y == score.rows - 1) {
            continue;  // no clear match, or at the search's edge: not where the page is
        }
        const double dx =
            subPixel(score.at<float>(at.y, at.x - 1), score.at<float>(at.y, at.x), score.at<float>(at.y, at.x + 1));
        const double dy =
            subPixel(score.at<float>(at.y - 1, at.x), score.at<float>(at.y, at.x), score.at<float>(at.y + 1, at.x));
        from.emplace_back(static_cast<float>(c.x), static_cast<float>(c.y));
        to.emplace_back(static_cast<float>(c.x + at.x - search + dx), static_cast<float>(c.y + at.y - search + dy));
    }
    if (from.size() < MIN_TILES) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> inliers;
    const cv::Mat fit = cv::estimateAffine2D(from, to, inliers, cv::RANSAC, 0.5);
    if (fit.empty() || cv::countNonZero(inliers) < MIN_TILES) {
        return std::nullopt;
    }
    return lifted(fit);
}

Layout layoutOf(const SheetImage& page) {
    Layout layout;
    layout.thumb = page.thumb;
    cv::resize(page.thumb, layout.coarse, cv::Size(), COARSE, COARSE, cv::INTER_AREA);
    cv::resize(page.thumb, layout.level1, cv::Size(), LEVEL1, LEVEL1, cv::INTER_AREA);
    layout.tiles1 = texturedTiles(layout.level1, TILE1, SEARCH1 + 1);
    layout.tiles05 = texturedTiles(layout.thumb, TILE05, SEARCH05 + 1);
    layout.glance = page.glance;
    return layout;
}

std::optional<cv::Matx33d> placeOn(const Layout& layout, const SheetImage& page, bool turned) {
    if (page.empty() || layout.thumb.empty()) {
        return std::nullopt;
    }
    cv::Mat source;  // not sharing the page's pixels: rotate() would turn them in place
    if (turned) {
        cv::rotate(page.thumb, source, cv::ROTATE_180);
    } else {
        source = page.thumb;
    }
    // The same scan window at another resolution: the page's size onto the layout's. A page of
    // another shape is another kind of sheet.
    const double sx = static_cast<double>(source.cols) / layout.thumb.cols;
    const double sy = static_cast<double>(source.rows) / layout.thumb.rows;
    if (std::abs(sx / sy - 1) > 0.05 || sx < 0.4 || sx > 2.5) {
        return std::nullopt;
    }
    cv::Mat sized;
    cv::resize(source, sized, layout.thumb.size(), 0, 0, cv::INTER_AREA);
    // Rotation and shift at 2 mm a pixel.
    cv::Mat coarse;
    cv::resize(sized, coarse, cv::Size(), COARSE, COARSE, cv::INTER_AREA);
    cv::Mat euclidean = cv::Mat::eye(2, 3, CV_32F);
    try {
        const double correlation = cv::findTransformECC(
            layout.coarse, coarse, euclidean, cv::MOTION_EUCLIDEAN,
            cv::TermCriteria(cv::TermCriteria::COUNT + cv::TermCriteria::EPS, 20, 1e-3), cv::noArray(), 3);
        if (correlation < 0.2) {
            return std::nullopt;
        }
    } catch (const cv::Exception&) {
        return std::nullopt;  // too plain to align: not this layout
    }
    cv::Matx33d map = scaling(1 / COARSE, 1 / COARSE) * lifted(euclidean) * scaling(COARSE, COARSE);
    // Then affine, from the tiles: at 1 mm a pixel, then at 0.5 mm.
    for (const double level : {LEVEL1, 1.0}) {
        const bool first = level == LEVEL1;
        const cv::Matx33d toLevel = scaling(level, level);
        const cv::Matx33d fromLevel = scaling(1 / level, 1 / level);
        cv::Mat image = sized;
        if (first) {
            cv::resize(sized, image, cv::Size(), level, level, cv::INTER_AREA);
        }
        const cv::Matx33d atLevel = toLevel * map * fromLevel;
        const cv::Mat& fixed = first ? layout.level1 : layout.thumb;
        cv::Mat moved;
        cv::warpAffine(image, moved, affineOf(atLevel), fixed.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                       cv::BORDER_REPLICATE);
        const auto fit = tileFit(fixed, moved, first ? layout.tiles1 : layout.tiles05, first ? TILE1 : TILE05,
                                 first ? SEARCH1 : SEARCH05);
        if (!fit) {
            return std::nullopt;
        }
        map = fromLevel * atLevel * *fit * toLevel;
    }
    // A sheet is not stretched or sheared by more than a scanner does.
    if (std::abs(map(0, 0) - 1) > 0.05 || std::abs(map(1, 1) - 1) > 0.05 || std::abs(map(0, 1)) > 0.12 ||
        std::abs(map(1, 0)) > 0.12) {
        return std::nullopt;
    }
    map = scaling(sx, sy) * map;
    if (turned) {
        map = turning(page.thumb.size()) * map;
    }
    return map;
}

cv::Mat onLayout(const Layout& layout, const cv::Matx33d& placement, const cv::Mat& image, double imageMm,
                 double outMm) {
    const double toImage = THUMB_MM / imageMm;
    const double toOut = THUMB_MM / outMm;
    const cv::Matx33d map = scaling(toImage, toImage) * placement * scaling(1 / toOut, 1 / toOut);
    const cv::Size size(static_cast<int>(std::lround(layout.thumb.cols * toOut)),
                        static_cast<int>(std::lround(layout.thumb.rows * toOut)));
    cv::Mat out;
    cv::warpAffine(image, out, affineOf(map), size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    return out;
}

}  // namespace kp::scan
