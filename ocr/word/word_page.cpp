#include "ocr/word/word_page.h"

#include <algorithm>
#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/word/nearest.h"

namespace kp::ocr::word {

namespace {

// The sheet on a scan: its paper (brighter than half the paper's level; a scanner streak or a
// pen line crossing the sheet's edge bridged: they neither tear it nor move its edge) and the
// outline of the largest piece of it (none on an image with no paper).
struct Sheet {
    cv::Mat paper;
    std::vector<cv::Point> outline;
};

Sheet sheetOn(const cv::Mat& gray, double paper, double pxPerMm) {
    Sheet out;
    out.paper = gray > 0.5 * paper;
    const int bridge = static_cast<int>(2 * pxPerMm);
    cv::morphologyEx(out.paper, out.paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(bridge, bridge)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(out.paper, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    if (const auto largest = std::ranges::max_element(contours, {}, [](const auto& c) { return cv::contourArea(c); });
        largest != contours.end()) {
        out.outline = std::move(*largest);
    }
    return out;
}

}  // namespace

cv::Mat toScale(const cv::Mat& gray, double fromDpi, double pxPerMm) {
    cv::Mat out;
    const double f = pxPerMm * 25.4 / fromDpi;
    cv::resize(gray, out, cv::Size(), f, f, f < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

double paperLevel(const cv::Mat& gray) {
    cv::Mat hist;
    const int channels[] = {0};
    const int size[] = {256};
    const float range[] = {0, 256};
    const float* ranges[] = {range};
    cv::calcHist(&gray, 1, channels, cv::Mat(), hist, 1, size, ranges);
    const double total = static_cast<double>(gray.total());
    double seen = 0;
    for (int v = 255; v >= 0; --v) {
        seen += hist.at<float>(v);
        if (seen >= 0.3 * total) {  // the brightest 30 %: paper even on a dense list
            return v;
        }
    }
    return 255;
}

cv::Mat darkerThan(const cv::Mat& gray, double level) {
    cv::Mat ink;
    cv::threshold(gray, ink, level, 255, cv::THRESH_BINARY_INV);
    return ink;
}

cv::Mat inkOf(const cv::Mat& gray, double share) {
    return darkerThan(gray, share * paperLevel(gray));
}

Features featuresOf(const cv::Mat& image, double pxPerMm) {
    const double f = FEATURE_PX_PER_MM / pxPerMm;
    cv::Mat small;
    cv::resize(image, small, cv::Size(), f, f, cv::INTER_AREA);
    Features out;
    cv::ORB::create(4000)->detectAndCompute(small, cv::noArray(), out.points, out.descriptors);
    return out;
}

Alignment align(const Features& blank, const cv::Mat& scan, double pxPerMm) {
    const Features page = featuresOf(scan, pxPerMm);
    if (blank.descriptors.empty() || page.descriptors.empty()) {
        return {};
    }
    const std::vector<std::vector<cv::DMatch>> knn = nearestTwo(blank.descriptors, page.descriptors);
    std::vector<cv::Point2f> from, to;
    for (const auto& m : knn) {
        if (m.size() == 2 && m[0].distance < 0.8f * m[1].distance) {
            from.push_back(blank.points[static_cast<std::size_t>(m[0].queryIdx)].pt);
            to.push_back(page.points[static_cast<std::size_t>(m[0].trainIdx)].pt);
        }
    }
    if (from.size() < 12) {
        return {};
    }
    std::vector<unsigned char> inliers;
    cv::Mat warp = cv::estimateAffinePartial2D(from, to, inliers, cv::RANSAC, 3.0, 4000, 0.995);
    if (warp.empty()) {
        return {};
    }
    std::vector<cv::Point2f> inFrom, inTo;
    for (std::size_t i = 0; i < inliers.size(); ++i) {
        if (inliers[i]) {
            inFrom.push_back(from[i]);
            inTo.push_back(to[i]);
        }
    }
    if (inFrom.size() >= 12) {
        if (cv::Mat refined = cv::estimateAffine2D(inFrom, inTo, cv::noArray(), cv::LMEDS); !refined.empty()) {
            warp = refined;
        }
    }
    const double f = FEATURE_PX_PER_MM / pxPerMm;
    warp.convertTo(warp, CV_32F);
    warp.at<float>(0, 2) /= static_cast<float>(f);
    warp.at<float>(1, 2) /= static_cast<float>(f);
    return {warp, static_cast<double>(inFrom.size())};
}

cv::Mat movedBy(const cv::Mat& m, cv::Point by) {
    cv::Mat out = cv::Mat::zeros(m.size(), m.type());
    const cv::Rect image(0, 0, m.cols, m.rows);
    const cv::Rect from = image & (image + by);
    m(from).copyTo(out(from - by));
    return out;
}

cv::Point medianOf(std::vector<cv::Point> points) {
    if (points.empty()) {
        return {};
    }
    const auto middle = points.begin() + static_cast<std::ptrdiff_t>(points.size() / 2);
    std::ranges::nth_element(points, middle, {}, &cv::Point::x);
    const int x = middle->x;
    std::ranges::nth_element(points, middle, {}, &cv::Point::y);
    return {x, middle->y};
}

bool hasPieceSpanning(const cv::Mat& mask, double size) {
    const cv::Rect inked = cv::boundingRect(mask);
    if (inked.width < size || inked.height < size) {
        return false;
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask(inked), labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i) {
        if (stats.at<int>(i, cv::CC_STAT_WIDTH) >= size && stats.at<int>(i, cv::CC_STAT_HEIGHT) >= size) {
            return true;
        }
    }
    return false;
}

std::vector<PageLine> pageLines(const cv::Mat& shadows, double pxPerMm) {
    std::vector<PageLine> lines;
    const int pad = std::max(1, static_cast<int>(std::lround(0.5 * pxPerMm)));  // a fold's soft edge, a slight slant
    for (const bool rows : {true, false}) {
        cv::Mat near, sums;
        cv::dilate(shadows, near, cv::getStructuringElement(cv::MORPH_RECT, rows ? cv::Size(1, 2 * pad + 1) : cv::Size(2 * pad + 1, 1)));
        cv::reduce(near, sums, rows ? 1 : 0, cv::REDUCE_SUM, CV_32S);
        const int length = rows ? shadows.cols : shadows.rows, count = rows ? shadows.rows : shadows.cols;
        for (int i = 0; i < count; ++i) {
            if (sums.at<int>(i) / 255 > length / 2) {
                lines.push_back({rows, std::max(0, i - pad), std::min(count, i + pad + 1)});
            }
        }
    }
    return lines;
}

void dropPageLines(cv::Mat& faint, const std::vector<PageLine>& lines) {
    for (const PageLine& line : lines) {
        (line.row ? faint.rowRange(line.from, line.to) : faint.colRange(line.from, line.to)).setTo(0);
    }
}

cv::Mat faintOnPageLines(const cv::Mat& gray, const cv::Mat& faint, const std::vector<PageLine>& lines, double share) {
    cv::Mat out = faint.clone();
    for (const PageLine& line : lines) {
        for (int i = line.from; i < line.to; ++i) {
            const cv::Mat paper = line.row ? gray.row(i) : gray.col(i).clone();
            cv::Mat target = line.row ? out.row(i) : out.col(i);
            cv::bitwise_and(target, paper < share * paperLevel(paper), target);
        }
    }
    return out;
}

cv::Mat sheetArea(const cv::Mat& warped, double paper, double pxPerMm, const cv::Mat& edges) {
    if (cv::countNonZero((warped <= 0.5 * paper) & edges) == 0) {
        return {};
    }
    const Sheet sheet = sheetOn(warped, paper, pxPerMm);
    cv::Mat area = cv::Mat::zeros(warped.size(), CV_8U);
    if (!sheet.outline.empty()) {
        cv::fillPoly(area, std::vector<std::vector<cv::Point>>{sheet.outline}, cv::Scalar(255));
        const int edge = 2 * static_cast<int>(std::lround(pxPerMm)) + 1;
        cv::erode(area, area, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(edge, edge)));
    }
    return area;
}

bool torn(const cv::Mat& scan, double pxPerMm, double limit) {
    const Sheet sheet = sheetOn(scan, paperLevel(scan), pxPerMm);
    if (sheet.outline.empty()) {
        return false;
    }
    const cv::Mat& paper = sheet.paper;
    const int bridge = static_cast<int>(2 * pxPerMm);
    cv::Point2f corners[4];
    cv::minAreaRect(sheet.outline).points(corners);
    std::vector<cv::Point> outline(std::begin(corners), std::end(corners));
    cv::Mat missing = cv::Mat::zeros(scan.size(), CV_8U);
    cv::fillConvexPoly(missing, outline, cv::Scalar(255));
    missing &= ~paper;
    if (cv::countNonZero(missing) <= limit) {
        return false;  // the usual sheet: what follows only takes away
    }
    // Slivers along the edges (their blur; a sheet running off the scan's window turns the fitted
    // rectangle a little) are thinner than two millimetres; a tear is a triangle.
    cv::morphologyEx(missing, missing, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(bridge, bridge)));
    const int reach = static_cast<int>(30 * pxPerMm);
    return std::ranges::any_of(corners, [&](const cv::Point2f& c) {
        const cv::Rect zone = cv::Rect(cv::Point(static_cast<int>(c.x) - reach, static_cast<int>(c.y) - reach),
                                       cv::Size(2 * reach, 2 * reach)) & cv::Rect(0, 0, scan.cols, scan.rows);
        return cv::countNonZero(missing(zone)) > limit;
    });
}

}  // namespace kp::ocr::word
