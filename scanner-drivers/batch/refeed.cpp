#include "scanner-drivers/batch/refeed.h"

#include <cmath>
#include <cstdio>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

namespace kp::scan {

namespace {

constexpr double NOT_ALIKE = 1e9;

std::vector<float> normalisedCells(const cv::Mat& thumb, int size) {
    cv::Mat cells;
    cv::resize(thumb, cells, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    cells.convertTo(cells, CV_32F);
    cv::Scalar mean;
    cv::Scalar stddev;
    cv::meanStdDev(cells, mean, stddev);
    cells = (cells - mean[0]) / std::max(stddev[0], 1.0);
    return std::vector<float>(cells.begin<float>(), cells.end<float>());
}

double meanAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size() || a.empty()) {
        return 1e9;
    }
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sum += std::abs(a[i] - b[i]);
    }
    return sum / static_cast<double>(a.size());
}

// Where one page has ink the other has not. The signed difference is smoothed over about a
// millimetre: a print edge that moved by a fraction of a pixel gives a darker and a lighter
// fringe side by side, which cancel; a stroke, a word or a stamp on one page only adds ink,
// which does not.
cv::Mat addedInk(const cv::Mat& a, const cv::Mat& b, const RefeedSettings& s) {
    cv::Mat d;
    cv::subtract(a, b, d, cv::noArray(), CV_16S);
    const double sigma = 1.0 / s.thumbMmPerPixel;
    cv::GaussianBlur(d, d, cv::Size(0, 0), sigma);
    cv::Mat magnitude = cv::abs(d);
    cv::Mat mask;
    magnitude.convertTo(mask, CV_8U);
    return mask > s.inkDiff;
}

// Aligns `moving` onto `fixed` (rotation + shift, ECC at half resolution on blurred copies)
// and returns the area of the largest region that still differs, in mm² (infinite when the
// pages cannot be aligned).
constexpr std::array<double, 3> PYRAMID{0.125, 0.25, 0.5};

std::array<cv::Mat, 3> pyramidOf(const cv::Mat& thumb) {
    std::array<cv::Mat, 3> levels;
    for (std::size_t i = 0; i < PYRAMID.size(); ++i) {
        cv::resize(thumb, levels[i], cv::Size(), PYRAMID[i], PYRAMID[i], cv::INTER_AREA);
    }
    return levels;
}

double largestDifferenceMm2(const cv::Mat& fixed, const std::array<cv::Mat, 3>& fixedLevels, const cv::Mat& moving,
                            const std::array<cv::Mat, 3>& movingLevels, const RefeedSettings& s, cv::Mat* debug) {
    if (std::abs(fixed.cols - moving.cols) > fixed.cols / 20 || std::abs(fixed.rows - moving.rows) > fixed.rows / 20) {
        return NOT_ALIKE;  // different paper sizes or scan areas
    }
    // Coarse to fine (4, 2, 1 mm per pixel): a re-fed sheet can lie 5 mm and 3° away, too far
    // for one ECC run at the finest level to find.
    cv::Mat warp = cv::Mat::eye(2, 3, CV_32F);
    for (std::size_t level = 0; level < PYRAMID.size(); ++level) {
        cv::Mat tried = warp.clone();
        try {
            cv::findTransformECC(fixedLevels[level], movingLevels[level], tried, cv::MOTION_EUCLIDEAN,
                                 cv::TermCriteria(cv::TermCriteria::COUNT + cv::TermCriteria::EPS, 30, 1e-4), cv::noArray(), 3);
            warp = tried;
        } catch (const cv::Exception&) {
            // A sparse page (a word processor's ballot) can be too plain at 4 mm per pixel;
            // go on from the last good estimate. Only the finest level must converge.
            if (level + 1 == PYRAMID.size()) {
                return NOT_ALIKE;
            }
        }
        warp.at<float>(0, 2) *= 2;  // the shift, at the next level's resolution
        warp.at<float>(1, 2) *= 2;
    }
    cv::Mat aligned;
    cv::warpAffine(moving, aligned, warp, fixed.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    // Paper edges move with the sheet; a 5 % margin is outside any ballot's printed area.
    const cv::Rect inner(fixed.cols * 5 / 100, fixed.rows * 5 / 100, fixed.cols * 90 / 100, fixed.rows * 90 / 100);
    const cv::Mat differs = addedInk(fixed(inner), aligned(inner), s);
    if (debug != nullptr) {
        cv::Mat row;
        cv::hconcat(std::vector<cv::Mat>{fixed(inner), aligned(inner), differs}, row);
        *debug = row;
    }
    // The largest connected difference: scanner noise and JPEG leave specks, a stroke or a
    // stamp on one page only leaves a long line or a ring.
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int n = cv::connectedComponentsWithStats(differs, labels, stats, centroids, 8, CV_32S);
    // A region reaching the margin may be the paper's edge moving against the scanner's
    // background: of those, only what lies 5 mm or more inside counts (a stamp near the edge).
    const int band = static_cast<int>(std::lround(5.0 / s.thumbMmPerPixel));
    const cv::Rect core(band, band, std::max(0, differs.cols - 2 * band), std::max(0, differs.rows - 2 * band));
    std::vector<int> coreArea(static_cast<std::size_t>(n), 0);
    const cv::Mat coreLabels = labels(core);
    for (int y = 0; y < coreLabels.rows; ++y) {
        const int* row = coreLabels.ptr<int>(y);
        for (int x = 0; x < coreLabels.cols; ++x) {
            ++coreArea[static_cast<std::size_t>(row[x])];
        }
    }
    // Added ink is the sum of the regions bigger than a speck: a stamp placed 2 mm apart
    // differs in many small arcs, none large on its own.
    const int speck = static_cast<int>(std::lround(s.speckMm2 / (s.thumbMmPerPixel * s.thumbMmPerPixel)));
    int largest = 0;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int y = stats.at<int>(i, cv::CC_STAT_TOP);
        const bool atEdge = x == 0 || y == 0 || x + stats.at<int>(i, cv::CC_STAT_WIDTH) == differs.cols ||
                            y + stats.at<int>(i, cv::CC_STAT_HEIGHT) == differs.rows;
        const int area = atEdge ? coreArea[static_cast<std::size_t>(i)] : stats.at<int>(i, cv::CC_STAT_AREA);
        if (area > speck) {
            largest += area;
        }
    }
    return largest * s.thumbMmPerPixel * s.thumbMmPerPixel;
}

}  // namespace

Fingerprint fingerprint(const cv::Mat& gray, int dpi, const RefeedSettings& s) {
    Fingerprint fp;
    fp.dpi = dpi;
    if (gray.empty() || dpi <= 0) {
        return fp;
    }
    const double scale = s.thumbMmPerPixel <= 0 ? 1.0 : (dpi / 25.4) * s.thumbMmPerPixel;
    cv::resize(gray, fp.thumb, cv::Size(std::max(8, static_cast<int>(gray.cols / scale)), std::max(8, static_cast<int>(gray.rows / scale))),
               0, 0, cv::INTER_AREA);
    fp.coarse = normalisedCells(fp.thumb, s.coarseSize);
    cv::rotate(fp.thumb, fp.thumbTurned, cv::ROTATE_180);
    fp.coarseFlipped = normalisedCells(fp.thumbTurned, s.coarseSize);
    fp.pyramid = pyramidOf(fp.thumb);
    fp.pyramidTurned = pyramidOf(fp.thumbTurned);
    return fp;
}

bool looksAlike(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& s) {
    return meanAbsDiff(a.coarse, b.coarse) <= s.coarseMaxDiff || meanAbsDiff(a.coarse, b.coarseFlipped) <= s.coarseMaxDiff;
}

double largestDifference(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& s, cv::Mat* debug) {
    if (a.thumb.empty() || b.thumb.empty()) {
        return NOT_ALIKE;
    }
    double best = NOT_ALIKE;
    if (meanAbsDiff(a.coarse, b.coarse) <= s.coarseMaxDiff) {
        best = largestDifferenceMm2(a.thumb, a.pyramid, b.thumb, b.pyramid, s, debug);
    }
    if (meanAbsDiff(a.coarse, b.coarseFlipped) <= s.coarseMaxDiff) {
        cv::Mat turnedDebug;
        const double d = largestDifferenceMm2(a.thumb, a.pyramid, b.thumbTurned, b.pyramidTurned, s,
                                              debug != nullptr ? &turnedDebug : nullptr);
        if (d < best && debug != nullptr) {
            *debug = turnedDebug;
        }
        best = std::min(best, d);
    }
    return best;
}

bool sameSheet(const Fingerprint& a, const Fingerprint& b, const RefeedSettings& s) {
    return largestDifference(a, b, s) <= s.sameMaxAreaMm2;
}

std::string coarseText(const std::vector<float>& coarse) {
    // Two hex digits a cell: the normalised value clamped to ±4 in 1/32 steps.
    std::string out;
    char buf[3];
    for (float v : coarse) {
        const int q = std::clamp(static_cast<int>(std::lround(v * 32.0f)) + 128, 0, 255);
        std::snprintf(buf, sizeof buf, "%02x", q);
        out += buf;
    }
    return out;
}

std::vector<float> parseCoarse(const std::string& text) {
    std::vector<float> out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
        out.push_back(static_cast<float>(std::stoi(text.substr(i, 2), nullptr, 16) - 128) / 32.0f);
    }
    return out;
}

}  // namespace kp::scan
