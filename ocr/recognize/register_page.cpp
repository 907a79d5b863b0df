#include "register_page.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/recognize/affine_fit.h"

namespace kp::ocr {

namespace {

cv::Point2d apply(const cv::Matx33d& h, cv::Point2d p) {
    const cv::Vec3d v = h * cv::Vec3d(p.x, p.y, 1.0);
    return {v[0] / v[2], v[1] / v[2]};
}

cv::Point2d centre(const ballot::Rect& r) {
    return {r.x + r.w / 2.0, r.y + r.h / 2.0};
}

struct FoundMark {
    cv::Point2d centre;
    double areaRatio = 0;  // found area / expected area
};

// The solid square nearest in area to `expectedArea` in a window around `predicted`.
std::optional<FoundMark> findMark(const cv::Mat& gray, cv::Point2d predicted, double sidePx, double expectedArea) {
    const double half = sidePx / 2 + sidePx * 3;  // room for the first estimate's error (≈ 12 mm)
    const cv::Rect window =
        cv::Rect(cv::Point(static_cast<int>(predicted.x - half), static_cast<int>(predicted.y - half)),
                 cv::Size(static_cast<int>(2 * half), static_cast<int>(2 * half))) &
        cv::Rect(0, 0, gray.cols, gray.rows);
    if (window.area() < 16) {
        return std::nullopt;
    }
    cv::Mat binary, opened;
    cv::threshold(gray(window), binary, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // A seal pressed over the corner (or a stroke, a fold's shadow) touching the mark would join
    // it into one larger piece: an opening by a square a third of the mark's side takes away
    // lines thinner than that — a seal's ring and letters are under a millimetre — and leaves the
    // solid square. Its size and centre are then measured on the threshold itself, within the
    // opening's reach of the square (the opening shaves the corners of a square scanned askew:
    // its centre moved by a tenth of a pixel).
    const int open = std::max(3, static_cast<int>(sidePx / 3)) | 1;  // odd: centred
    const cv::Mat square = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(open, open));
    cv::morphologyEx(binary, opened, cv::MORPH_OPEN, square);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(opened, labels, stats, centroids, 8, CV_32S);
    std::optional<FoundMark> best;
    double bestScore = 1e9;
    for (int i = 1; i < n; ++i) {
        const double w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (w < 0.5 * sidePx || h < 0.5 * sidePx || w > 1.6 * sidePx || h > 1.6 * sidePx) {
            continue;
        }
        const cv::Rect reach =
            cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT) - open, stats.at<int>(i, cv::CC_STAT_TOP) - open,
                     static_cast<int>(w) + 2 * open, static_cast<int>(h) + 2 * open) &
            cv::Rect(0, 0, binary.cols, binary.rows);
        cv::Mat piece;
        cv::dilate(labels(reach) == i, piece, square);
        piece &= binary(reach);
        const cv::Moments mo = cv::moments(piece, true);
        const double area = mo.m00, ratio = area / expectedArea;
        if (ratio < 0.5 || ratio > 1.6 || area < 0.6 * w * h) {
            continue;  // not a solid square of about the right size
        }
        const cv::Point2d c(window.x + reach.x + mo.m10 / area, window.y + reach.y + mo.m01 / area);
        const double score = std::abs(std::log(ratio)) + cv::norm(c - predicted) / sidePx;
        if (score < bestScore) {
            bestScore = score;
            best = FoundMark{c, ratio};
        }
    }
    return best;
}

// Where in a corner region a QR code most likely is, and how likely (0 when nothing is): zbar
// binarises all of the image it is given, so a crop around the code decodes several times
// faster than the corner. A code is a square, half dark, changing between dark and light at
// nearly every module; text is sparser and paper or a dark background do not change at all.
// Looked at in half-resolution pixels: a window a quarter of the region across (inside the
// code on A4 and A5 alike) at the busiest place, grown while the strip beside it is as busy,
// then widened by a quarter for the quiet zone.
struct LikelyCode {
    cv::Rect crop;  // in the region's pixels
    double score = 0;
};

LikelyCode likelyCode(const cv::Mat& region) {
    cv::Mat half, dark;
    cv::resize(region, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    if (half.rows < 8 || half.cols < 8) {
        return {};
    }
    cv::threshold(half, dark, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat changes(half.size(), CV_8U, cv::Scalar(0));  // to the right and below: 0, 1 or 2
    for (int y = 0; y + 1 < half.rows; ++y) {
        const uchar* row = dark.ptr<uchar>(y);
        const uchar* below = dark.ptr<uchar>(y + 1);
        uchar* out = changes.ptr<uchar>(y);
        for (int x = 0; x + 1 < half.cols; ++x) {
            out[x] = static_cast<uchar>((row[x] ^ row[x + 1]) + (row[x] ^ below[x]));
        }
    }
    cv::Mat changeSums, darkSums;
    cv::integral(changes, changeSums, CV_32S);
    cv::integral(dark, darkSums, CV_32S);
    const cv::Rect all(0, 0, half.cols, half.rows);
    const auto busy = [&](cv::Rect r) {
        r &= all;
        if (r.area() == 0) {
            return 0.0;
        }
        const auto sum = [&](const cv::Mat& sums) {
            return sums.at<int>(r.y, r.x) + sums.at<int>(r.br().y, r.br().x) - sums.at<int>(r.y, r.br().x) -
                   sums.at<int>(r.br().y, r.x);
        };
        const double area = r.area(), darkShare = sum(darkSums) / area;
        return sum(changeSums) / area * std::min(darkShare, 1 - darkShare);
    };
    const int w = std::max(4, std::min(half.cols, half.rows) / 4), stride = std::max(1, w / 4);
    LikelyCode found;
    cv::Rect box;
    for (int y = 0; y + w <= half.rows; y += stride) {
        for (int x = 0; x + w <= half.cols; x += stride) {
            if (const double b = busy({x, y, w, w}); b > found.score) {
                found.score = b;
                box = {x, y, w, w};
            }
        }
    }
    if (found.score == 0) {
        return {};
    }
    const int step = std::max(1, w / 8);
    for (bool grown = true; grown && (box & all) != all;) {
        grown = false;
        for (const cv::Rect more :
             {cv::Rect(box.x - step, box.y, step, box.height), cv::Rect(box.br().x, box.y, step, box.height),
              cv::Rect(box.x, box.y - step, box.width, step), cv::Rect(box.x, box.br().y, box.width, step)}) {
            if ((more & all).area() > 0 && busy(more) > 0.5 * found.score) {
                box |= more;
                grown = true;
            }
        }
    }
    const int pad = std::max(box.width, box.height) / 4 + 2;
    found.crop = cv::Rect(2 * (box.x - pad), 2 * (box.y - pad), 2 * (box.width + 2 * pad), 2 * (box.height + 2 * pad)) &
                 cv::Rect(0, 0, region.cols, region.rows);
    return found;
}

}  // namespace

std::optional<std::pair<ballot::QrSymbol, ballot::QrContent>> findBallotCode(const cv::Mat& gray) {
    const auto first = [](const std::vector<ballot::QrSymbol>& symbols,
                          cv::Point2f offset) -> std::optional<std::pair<ballot::QrSymbol, ballot::QrContent>> {
        for (ballot::QrSymbol s : symbols) {
            if (auto content = ballot::parseQrPayload(s.text); content && s.corners.size() == 4) {
                for (cv::Point2f& p : s.corners) {
                    p += offset;
                }
                return std::pair{std::move(s), std::move(*content)};
            }
        }
        return std::nullopt;
    };
    // The code sits 14–34 mm from a corner of the ballot (bottom right as printed), which is
    // within the last 30 % of the width and 22 % of the height on A4 and A5 alike: look at the
    // four corners in the order sheets are most often fed, portrait first.
    const bool portrait = gray.rows >= gray.cols;
    const int w = (portrait ? gray.cols : gray.rows) * 3 / 10, h = (portrait ? gray.rows : gray.cols) * 22 / 100;
    const cv::Size upright(w, h), turned(h, w);
    const cv::Rect regions[]{
        {cv::Point(gray.cols - w, gray.rows - h), upright},  // as printed
        {cv::Point(0, 0), upright},                          // upside down
        {cv::Point(0, gray.rows - w), turned},               // turned a quarter clockwise
        {cv::Point(gray.cols - h, 0), turned},               // a quarter anticlockwise
    };
    const auto inPage = [&](const cv::Rect& r) { return r & cv::Rect(0, 0, gray.cols, gray.rows); };
    const auto at = [](const cv::Rect& r) { return cv::Point2f(static_cast<float>(r.x), static_cast<float>(r.y)); };
    // The crop around the likeliest code of the four corners first (usually the only search),
    // then a glance at each whole corner (a page fed upside down should not pay for the thorough
    // search of the corner where the code is not), then the thorough search of each.
    LikelyCode likeliest;
    cv::Rect likeliestRegion;
    for (const cv::Rect& region : regions) {
        if (const cv::Rect roi = inPage(region); roi.area() > 0) {
            if (const LikelyCode c = likelyCode(gray(roi)); c.score > likeliest.score) {
                likeliest = c;
                likeliestRegion = roi;
            }
        }
    }
    if (likeliest.crop.area() > 0) {
        const cv::Rect crop = likeliest.crop + likeliestRegion.tl();
        if (auto found = first(ballot::findQr(gray(crop)), at(crop))) {
            return found;
        }
    }
    for (const auto look : {&ballot::glanceQr, &ballot::searchQr}) {
        for (const cv::Rect& region : regions) {
            if (const cv::Rect roi = inPage(region); roi.area() > 0) {
                if (auto found = first(look(gray(roi)), at(roi))) {
                    return found;
                }
            }
        }
    }
    return first(ballot::findQr(gray), cv::Point2f(0, 0));
}

Registration registerPage(const cv::Mat& gray, const ballot::Side& side, const ballot::QrSymbol& code,
                          double markMinArea) {
    const ballot::Rect& q = side.qr;
    // zbar's corner order: top-left, bottom-left, bottom-right, top-right of the code as printed.
    std::vector<cv::Point2f> layoutPts{{static_cast<float>(q.x), static_cast<float>(q.y)},
                                       {static_cast<float>(q.x), static_cast<float>(q.bottom())},
                                       {static_cast<float>(q.right()), static_cast<float>(q.bottom())},
                                       {static_cast<float>(q.right()), static_cast<float>(q.y)}};
    std::vector<cv::Point2f> imagePts = code.corners;
    // A similarity (turn, scale, shift) from the code's corners: a perspective fitted to a
    // 20 mm square would amplify a corner's error across the page.
    const cv::Mat similarity = cv::estimateAffinePartial2D(layoutPts, imagePts);
    cv::Matx33d first = similarity.empty() ? cv::getPerspectiveTransform(layoutPts, imagePts) : cv::Matx33d::eye();
    for (int i = 0; i < 2 && !similarity.empty(); ++i) {
        for (int j = 0; j < 3; ++j) {
            first(i, j) = similarity.at<double>(i, j);
        }
    }
    // Pixels per 0.1 mm, from the code's size on the scan.
    const double scale = cv::norm(imagePts[3] - imagePts[0]) / q.w;

    Registration r;
    std::vector<cv::Point2f> markLayout, markImage;
    for (const ballot::Rect& m : side.marks) {
        const double sidePx = m.w * scale;
        const auto found = findMark(gray, apply(first, centre(m)), sidePx, sidePx * sidePx);
        if (!found) {
            r.markDamaged = true;
            continue;
        }
        r.markDamaged = r.markDamaged || found->areaRatio < markMinArea;
        ++r.marksFound;
        markLayout.emplace_back(centre(m));
        markImage.emplace_back(found->centre);
    }
    // Scanners shift, turn, scale and shear a sheet, but do not tilt it out of its plane: an
    // affine map, fitted by least squares, places the page (and warps twice as fast as a
    // perspective one). The marks' centres are exact to a fraction of a pixel; the code's
    // corners, as zbar reports them, are not: they join the fit only when marks are missing.
    if (r.marksFound < 3) {
        markLayout.insert(markLayout.end(), layoutPts.begin(), layoutPts.end());
        markImage.insert(markImage.end(), imagePts.begin(), imagePts.end());
    }
    r.layoutToImage = leastSquaresAffine(markLayout, markImage).value_or(first);
    for (std::size_t i = 0; i < std::min<std::size_t>(markLayout.size(), static_cast<std::size_t>(r.marksFound)); ++i) {
        const double errPx = cv::norm(apply(r.layoutToImage, markLayout[i]) - cv::Point2d(markImage[i]));
        r.residualMm = std::max(r.residualMm, errPx / scale / 10.0);
    }
    return r;
}

}  // namespace kp::ocr
