#include "ocr/word/word_page.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/recognize/affine_fit.h"
#include "ocr/word/nearest.h"

namespace kp::ocr::word {

namespace {

// Pieces are looked for on the mask pooled in blocks of POOL × POOL first (hasPieceSpanning).
constexpr int POOL = 4;

// 255 in each block of `mask` (the last ones partial) where any of its pixels is set.
cv::Mat orPooled(const cv::Mat& mask) {
    static_assert(POOL == sizeof(std::uint32_t));  // a block's row read as one word
    cv::Mat out = cv::Mat::zeros((mask.rows + POOL - 1) / POOL, (mask.cols + POOL - 1) / POOL, CV_8U);
    const int whole = mask.cols / POOL;
    for (int y = 0; y < mask.rows; ++y) {
        const uchar* from = mask.ptr(y);
        uchar* to = out.ptr(y / POOL);
        for (int c = 0; c < whole; ++c) {
            std::uint32_t word = 0;
            std::memcpy(&word, from + c * POOL, sizeof word);
            to[c] |= word ? 255 : 0;
        }
        for (int x = whole * POOL; x < mask.cols; ++x) {
            to[whole] |= from[x] ? 255 : 0;
        }
    }
    return out;
}

// cv::resize(gray, out, {}, 1/k, 1/k, INTER_AREA) for a whole k from 3 to 16, the same pixels:
// a block's sum times 1/k² (in float), rounded to even; the blocks the image's right or bottom
// edge cuts, their own average. OpenCV adds each block up pixel by pixel (1.6 ms for an A4 page
// by four, against 0.2 ms by two: that one it vectorises); here k rows are added first.
cv::Mat areaReduced(const cv::Mat& gray, int k) {
    CV_Assert(k >= 3 && k <= 16);  // k rows of 255 fit 16 bits
    cv::Mat out(cvRound(gray.rows * (1.0 / k)), cvRound(gray.cols * (1.0 / k)), CV_8U);
    const float scale = 1.f / static_cast<float>(k * k);
    std::vector<std::uint16_t> sums(static_cast<std::size_t>(gray.cols));
    for (int y = 0; y < out.rows; ++y) {
        uchar* to = out.ptr(y);
        const int rows = std::min(k, gray.rows - y * k);
        std::ranges::fill(sums, 0);
        for (int j = 0; j < rows; ++j) {
            const uchar* from = gray.ptr(y * k + j);
            for (std::size_t x = 0; x < sums.size(); ++x) {
                sums[x] = static_cast<std::uint16_t>(sums[x] + from[x]);
            }
        }
        const auto blockSum = [&](int x, int width) {
            int sum = 0;
            for (int i = 0; i < width; ++i) {
                sum += sums[static_cast<std::size_t>(x * k + i)];
            }
            return sum;
        };
        int x = 0;
        for (; rows == k && x < gray.cols / k; ++x) {
            to[x] = cv::saturate_cast<uchar>(static_cast<float>(blockSum(x, k)) * scale);
        }
        for (; x < out.cols; ++x) {
            const int width = std::min(k, gray.cols - x * k);
            to[x] = rows > 0 && width > 0 ? cv::saturate_cast<uchar>(static_cast<float>(blockSum(x, width)) / static_cast<float>(rows * width)) : 0;
        }
    }
    return out;
}

}  // namespace

int wholeFactor(double fromPxPerMm, double pxPerMm) {
    return std::max(1, static_cast<int>(std::lround(fromPxPerMm / pxPerMm)));
}

cv::Mat reducedBy(const cv::Mat& gray, int whole) {
    if (whole == 2 || whole > 16) {
        cv::Mat reduced;
        cv::resize(gray, reduced, cv::Size(), 1.0 / whole, 1.0 / whole, cv::INTER_AREA);
        return reduced;
    }
    return whole > 2 ? areaReduced(gray, whole) : gray;
}

cv::Mat shrunk(const cv::Mat& gray, double fromPxPerMm, double pxPerMm) {
    const int whole = wholeFactor(fromPxPerMm, pxPerMm);
    const cv::Mat reduced = reducedBy(gray, whole);
    const double rest = pxPerMm * whole / fromPxPerMm;
    if (std::abs(rest - 1) < 1e-9) {
        return reduced;
    }
    cv::Mat out;
    cv::resize(reduced, out, cv::Size(), rest, rest, rest < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

double paperLevel(const cv::Mat& gray, int rowStep) {
    CV_Assert(gray.type() == CV_8U);
    // Counted in four tables by turns (a table alone stalls on every run of equal pixels, which
    // is most of a page of paper); cv::calcHist took 5 % of a typed ballot's reading.
    std::array<std::array<std::uint32_t, 256>, 4> counts{};
    std::size_t total = 0;
    for (int y = 0; y < gray.rows; y += rowStep) {
        const uchar* row = gray.ptr(y);
        total += static_cast<std::size_t>(gray.cols);
        int x = 0;
        for (; x + 4 <= gray.cols; x += 4) {
            ++counts[0][row[x]];
            ++counts[1][row[x + 1]];
            ++counts[2][row[x + 2]];
            ++counts[3][row[x + 3]];
        }
        for (; x < gray.cols; ++x) {
            ++counts[0][row[x]];
        }
    }
    double seen = 0;
    for (int v = 255; v >= 0; --v) {
        const auto i = static_cast<std::size_t>(v);
        seen += counts[0][i] + counts[1][i] + counts[2][i] + counts[3][i];
        if (seen >= 0.3 * static_cast<double>(total)) {  // the brightest 30 %: paper even on a dense list
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

Features featuresOf(const cv::Mat& small, Orb orb) {
    Features out;
    cv::ORB::create(orb.features, 1.2f, orb.levels)->detectAndCompute(small, cv::noArray(), out.points, out.descriptors);
    return out;
}

namespace {

// Least squares over the matches RANSAC kept, then again over those the map lays within
// REFIT_PX of their feature, twice. (cv::estimateAffine2D's LMEDS, used before, fits from
// random triples: on one sheet of 200 it put the page's print a pixel off over half its
// letters.)
constexpr double REFIT_PX = 1.5;
std::optional<cv::Matx33d> refined(std::vector<cv::Point2f> from, std::vector<cv::Point2f> to) {
    std::optional<cv::Matx33d> map = leastSquaresAffine(from, to);
    for (int pass = 0; pass < 2 && map; ++pass) {
        const cv::Matx33d m = *map;
        std::vector<cv::Point2f> keptFrom, keptTo;
        for (std::size_t i = 0; i < from.size(); ++i) {
            const cv::Point2f& p = from[i];
            const double dx = m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2) - to[i].x;
            const double dy = m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2) - to[i].y;
            if (dx * dx + dy * dy <= REFIT_PX * REFIT_PX) {
                keptFrom.push_back(p);
                keptTo.push_back(to[i]);
            }
        }
        if (keptFrom.size() < 12) {
            break;
        }
        from = std::move(keptFrom);
        to = std::move(keptTo);
        map = leastSquaresAffine(from, to);
    }
    return map;
}

}  // namespace

cv::Mat align(const Features& blank, const cv::Mat& small, Orb orb, double blankPxPerMm, double scanPxPerMm) {
    const Features page = featuresOf(small, orb);
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
        if (const auto map = refined(std::move(inFrom), std::move(inTo))) {
            warp = cv::Mat(*map).rowRange(0, 2).clone();
        }
    }
    // Fitted between the features' scale on both sides: the blank's pixels are brought to it
    // (× FEATURE / blank), the map's result to the scan's (× scan / FEATURE).
    warp.convertTo(warp, CV_32F);
    warp.colRange(0, 2) *= scanPxPerMm / blankPxPerMm;
    warp.col(2) *= scanPxPerMm / FEATURE_PX_PER_MM;
    return warp;
}

BlankFeatures blankFeatures(const cv::Mat& blank, double pxPerMm, int fineCount) {
    const cv::Mat small = shrunk(blank, pxPerMm, FEATURE_PX_PER_MM), coarse = shrunk(blank, pxPerMm, COARSE_PX_PER_MM);
    return {featuresOf(coarse, COARSE), featuresOf(coarse, COARSE_NEAR), featuresOf(small, {fineCount, 1}),
            featuresOf(small, ANY_SCALE), fineCount};
}

namespace {

// How far apart two maps of the blank (`size`) put its corners, in the scan's pixels.
double apart(const cv::Mat& a, const cv::Mat& b, cv::Size size) {
    double most = 0;
    for (const cv::Point2d p : {cv::Point2d(0, 0), cv::Point2d(size.width, 0), cv::Point2d(0, size.height), cv::Point2d(size.width, size.height)}) {
        const cv::Matx23d d = cv::Matx23d(a) - cv::Matx23d(b);
        most = std::max(most, std::hypot(d(0, 0) * p.x + d(0, 1) * p.y + d(0, 2), d(1, 0) * p.x + d(1, 1) * p.y + d(1, 2)));
    }
    return most;
}

// A map to an image's pixels made one to the image resized by `f` (shrunk's):
// cv::resize keeps pixel centres (both of shrunk's steps), x' = f (x + ½) − ½.
cv::Mat resized(const cv::Mat& map, double f) {
    cv::Mat out = map * f;
    out.col(2) += static_cast<float>(0.5 * f - 0.5);
    return out;
}

}  // namespace

Placement place(const BlankFeatures& blank, cv::Size blankSize, const cv::Mat& scan, double statedPxPerMm, double pxPerMm,
                bool anyScale) {
    Placement out;
    double scanPxPerMm = statedPxPerMm;
    // The scan's largest step down, its whole-factor reduction towards the features' scale, is
    // made once: the rough fit's image is made from it, and the fine fit's too when the rough
    // fit finds the scan's resolution near the stated one (the same pixels as from the scan;
    // the rough fit's image from the scan itself was a second pass over the whole page).
    const int whole = wholeFactor(statedPxPerMm, FEATURE_PX_PER_MM);
    const cv::Mat reduced = reducedBy(scan, whole);
    const auto featureImage = [&](double fromPxPerMm, double toPxPerMm) {
        return wholeFactor(fromPxPerMm, FEATURE_PX_PER_MM) == whole ? shrunk(reduced, fromPxPerMm / whole, toPxPerMm)
                                                                    : shrunk(scan, fromPxPerMm, toPxPerMm);
    };
    if (anyScale) {
        out.small = featureImage(statedPxPerMm, FEATURE_PX_PER_MM);
        out.warp = align(blank.anyScale, out.small, ANY_SCALE, pxPerMm, statedPxPerMm);
    } else {
        const cv::Mat coarse = featureImage(statedPxPerMm, COARSE_PX_PER_MM);
        for (const bool near : {true, false}) {
            const cv::Mat rough = align(near ? blank.coarseNear : blank.coarse, coarse, near ? COARSE_NEAR : COARSE, pxPerMm, statedPxPerMm);
            if (rough.empty()) {
                continue;
            }
            const double found = std::sqrt(std::abs(cv::determinant(rough.colRange(0, 2)))) * pxPerMm;  // the scan's pixels a blank's millimetre spans
            if (near && (found > NEAR_SCALE * statedPxPerMm || found * NEAR_SCALE < statedPxPerMm)) {
                continue;  // not at the stated resolution: a fit of one level there is none
            }
            // The map's turn, in quarters (y runs down: a quarter clockwise is +90°).
            const double quarters = std::atan2(rough.at<float>(1, 0), rough.at<float>(0, 0)) / (CV_PI / 2);
            if (const long q = std::lround(quarters); q != 0) {
                out.turn = q == 1 ? cv::ROTATE_90_COUNTERCLOCKWISE : q == -1 ? cv::ROTATE_90_CLOCKWISE : cv::ROTATE_180;
                return out;
            }
            scanPxPerMm = found;
            out.small = featureImage(scanPxPerMm, FEATURE_PX_PER_MM);
            out.warp = align(blank.fine, out.small, {blank.fineCount, 1}, pxPerMm, scanPxPerMm);
            if (!out.warp.empty() && apart(out.warp, rough, blankSize) <= ROUGH_MM * scanPxPerMm) {
                break;
            }
            out.warp = cv::Mat();
        }
    }
    if (out.warp.empty()) {
        return {};
    }
    out.source = scan;
    out.toSmall = resized(out.warp, FEATURE_PX_PER_MM / scanPxPerMm);
    if (scanPxPerMm > 1.25 * pxPerMm) {
        out.source = shrunk(scan, scanPxPerMm, pxPerMm);
        out.warp = resized(out.warp, pxPerMm / scanPxPerMm);
    }
    return out;
}

cv::Mat movedInto(const cv::Mat& m, cv::Point by, const cv::Mat& zone) {
    cv::Mat out = cv::Mat::zeros(m.size(), m.type());
    const cv::Rect image(0, 0, m.cols, m.rows);
    const cv::Rect from = image & (image + by);
    cv::bitwise_and(m(from), zone(from - by), out(from - by));
    return out;
}

int printFound(const cv::Mat& print, const cv::Mat& ink) {
    CV_Assert(print.size() == ink.size() && print.type() == CV_8U && ink.type() == CV_8U);
    int found = 0;
    const int last = ink.cols - 1;
    for (int y = 0; y < ink.rows; ++y) {
        const uchar* p = print.ptr(y);
        const uchar* here = ink.ptr(y);
        const uchar* up = y > 0 ? ink.ptr(y - 1) : here;  // off the image: nothing more
        const uchar* down = y + 1 < ink.rows ? ink.ptr(y + 1) : here;
        const auto at = [&](int x, int left, int right) { return (p[x] != 0) & ((here[left] | here[x] | here[right] | up[x] | down[x]) != 0); };
        found += at(0, 0, std::min(1, last));
        for (int x = 1; x < last; ++x) {  // the edges apart: vectorised
            found += (p[x] != 0) & ((here[x - 1] | here[x] | here[x + 1] | up[x] | down[x]) != 0);
        }
        found += last > 0 ? at(last, last - 1, last) : 0;
    }
    return found;
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
    // Looked for first on the mask pooled POOL × POOL (a block inked where any of its pixels is):
    // each piece lies within one piece of the pooled mask (pooling joins pieces, never parts
    // them), and one spanning n pixels spans at least (n − 1) / POOL + 1 blocks. Only the pooled
    // pieces that large are labelled again at full size, within their blocks (labelling the
    // whole page was 6 % of a typed ballot's reading).
    const int span = static_cast<int>(std::ceil(size));
    const cv::Mat pooled = orPooled(mask(inked));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(pooled, labels, stats, centroids, 8);
    for (int i = 1; i < n; ++i) {
        const cv::Rect blocks(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), stats.at<int>(i, cv::CC_STAT_WIDTH),
                              stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (std::min(blocks.width, blocks.height) < (span - 1) / POOL + 1) {
            continue;
        }
        const cv::Rect area = (cv::Rect(blocks.x * POOL, blocks.y * POOL, blocks.width * POOL, blocks.height * POOL) + inked.tl()) & inked;
        cv::Mat fine, fineStats, fineCentroids;
        const int m = cv::connectedComponentsWithStats(mask(area), fine, fineStats, fineCentroids, 8);
        for (int j = 1; j < m; ++j) {
            if (fineStats.at<int>(j, cv::CC_STAT_WIDTH) >= size && fineStats.at<int>(j, cv::CC_STAT_HEIGHT) >= size) {
                return true;
            }
        }
    }
    return false;
}

namespace {

// For each row (column) i of [a, b) of `m`: the pixels along it with a dark one within `pad`
// rows (columns) across — the count a dilation across and a sum would give, for these only.
std::vector<int> darkWithin(const cv::Mat& m, bool rows, int a, int b, int pad) {
    std::vector<int> out;
    if (rows) {
        std::vector<uchar> any(static_cast<std::size_t>(m.cols));
        for (int i = a; i < b; ++i) {
            std::ranges::fill(any, 0);
            for (int j = std::max(0, i - pad); j < std::min(m.rows, i + pad + 1); ++j) {
                const uchar* row = m.ptr(j);
                for (std::size_t x = 0; x < any.size(); ++x) {
                    any[x] |= row[x];
                }
            }
            out.push_back(static_cast<int>(any.size() - static_cast<std::size_t>(std::ranges::count(any, 0))));
        }
        return out;
    }
    // Columns: along each row, a running count of the dark pixels in the window.
    out.assign(static_cast<std::size_t>(b - a), 0);
    const int lo = std::max(0, a - pad), hi = std::min(m.cols, b + pad);
    for (int y = 0; y < m.rows; ++y) {
        const uchar* row = m.ptr(y);
        int inWindow = 0;
        for (int x = lo; x < std::min(hi, a + pad); ++x) {
            inWindow += row[x] != 0;
        }
        for (int i = a; i < b; ++i) {
            if (i + pad < hi) {
                inWindow += row[i + pad] != 0;
            }
            if (i - pad - 1 >= lo) {
                inWindow -= row[i - pad - 1] != 0;
            }
            out[static_cast<std::size_t>(i - a)] += inWindow > 0;
        }
    }
    return out;
}

// The dark pixels of each row, then of each column, of a mask (cv::reduce summing 8-bit rows
// into 32-bit numbers took a fortieth of a typed ballot's reading, for the two).
std::array<std::vector<int>, 2> darkCounts(const cv::Mat& mask) {
    CV_Assert(mask.type() == CV_8U && mask.rows < 65536);
    std::vector<int> rows(static_cast<std::size_t>(mask.rows));
    std::vector<std::uint16_t> columns(static_cast<std::size_t>(mask.cols));
    for (int y = 0; y < mask.rows; ++y) {
        const uchar* row = mask.ptr(y);
        rows[static_cast<std::size_t>(y)] = cv::countNonZero(mask.row(y));
        for (std::size_t x = 0; x < columns.size(); ++x) {
            columns[x] = static_cast<std::uint16_t>(columns[x] + (row[x] != 0));
        }
    }
    return {std::move(rows), std::vector<int>(columns.begin(), columns.end())};
}

}  // namespace

std::vector<PageLine> pageLines(const cv::Mat& shadows, double pxPerMm) {
    std::vector<PageLine> lines;
    const int pad = std::max(1, static_cast<int>(std::lround(0.5 * pxPerMm)));  // a fold's soft edge, a slight slant
    const std::array<std::vector<int>, 2> counts = darkCounts(shadows);
    for (const bool rows : {true, false}) {
        const int length = rows ? shadows.cols : shadows.rows, count = rows ? shadows.rows : shadows.cols;
        // A row with its neighbours within `pad` can be dark along half the sheet only if they
        // hold that many dark pixels together: on most sheets none does, on a dark-backed one
        // only those along its edge (the whole page dilated each way was a twentieth of a typed
        // ballot's reading, then a tenth of it once the rest was faster).
        const std::vector<int>& dark = counts[rows ? 0 : 1];
        const auto darkNear = [&](int i) {
            long near = 0;
            for (int j = std::max(0, i - pad); j < std::min(count, i + pad + 1); ++j) {
                near += dark[static_cast<std::size_t>(j)];
            }
            return near;
        };
        for (int a = 0; a < count;) {
            if (darkNear(a) <= length / 2) {
                ++a;
                continue;
            }
            int b = a + 1;  // a run of such rows, measured together
            while (b < count && darkNear(b) > length / 2) {
                ++b;
            }
            const std::vector<int> across = darkWithin(shadows, rows, a, b, pad);
            for (int i = a; i < b; ++i) {
                if (across[static_cast<std::size_t>(i - a)] > length / 2) {
                    lines.push_back({rows, std::max(0, i - pad), std::min(count, i + pad + 1)});
                }
            }
            a = b;
        }
    }
    return lines;
}

FaintMarks faintMarks(const cv::Mat& gray, double paper, const std::vector<PageLine>& lines, double share,
                      const cv::Mat& sheet) {
    cv::Mat faint = darkerThan(gray, share * paper);
    if (!sheet.empty()) {
        faint &= sheet;
    }
    if (lines.empty()) {
        return {faint, faint};  // the usual sheet: one image serves both
    }
    // The rows and columns the lines cover, each once (neighbouring lines overlap by most of
    // their width: a dark-backed sheet's edge is a hundred of them).
    std::vector<bool> rowCovered(static_cast<std::size_t>(gray.rows)), columnCovered(static_cast<std::size_t>(gray.cols));
    for (const PageLine& line : lines) {
        std::fill(line.row ? rowCovered.begin() + line.from : columnCovered.begin() + line.from,
                  line.row ? rowCovered.begin() + line.to : columnCovered.begin() + line.to, true);
    }
    FaintMarks out{faint.clone(), faint};
    for (int y = 0; y < gray.rows; ++y) {
        if (rowCovered[static_cast<std::size_t>(y)]) {
            out.marks.row(y).setTo(0);
            const cv::Mat onLine = gray.row(y);
            cv::Mat target = out.onLines.row(y);
            cv::bitwise_and(target, onLine < share * paperLevel(onLine), target);
        }
    }
    // Columns through each row in turn (a column is a strided view: cleared and compared one
    // by one, they took longer than the rest of the page's marks together).
    std::vector<int> columns;
    std::vector<double> columnLevel;
    for (int x = 0; x < gray.cols; ++x) {
        if (columnCovered[static_cast<std::size_t>(x)]) {
            columns.push_back(x);
            columnLevel.push_back(share * paperLevel(gray.col(x).clone()));
        }
    }
    for (int y = 0; y < gray.rows && !columns.empty(); ++y) {
        const uchar* scan = gray.ptr(y);
        uchar* marks = out.marks.ptr(y);
        uchar* onLines = out.onLines.ptr(y);
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto x = static_cast<std::size_t>(columns[k]);
            marks[x] = 0;
            onLines[x] = scan[x] < columnLevel[k] ? onLines[x] : 0;
        }
    }
    return out;
}

Sheet sheetOn(const cv::Mat& small, double pxPerMm) {
    Sheet out;
    out.size = small.size();
    out.paper = small > 0.5 * paperLevel(small, PAGE_ROW_STEP);
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

cv::Mat sheetArea(const Sheet& sheet, const cv::Mat& toSmall, cv::Size size, double pxPerMm) {
    cv::Mat area = cv::Mat::zeros(size, CV_8U);
    if (sheet.outline.empty()) {
        return area;  // no paper at all
    }
    if (cv::contourArea(sheet.outline) >= (sheet.size.width - 1.0) * (sheet.size.height - 1.0)) {
        return {};  // the paper fills the scan: no outline to see
    }
    cv::Mat fromSmall;
    cv::invertAffineTransform(toSmall, fromSmall);
    std::vector<cv::Point2f> corners(sheet.outline.begin(), sheet.outline.end());
    cv::transform(corners, corners, fromSmall);
    std::vector<cv::Point> outline;
    for (const cv::Point2f& c : corners) {
        outline.emplace_back(static_cast<int>(std::lround(c.x)), static_cast<int>(std::lround(c.y)));
    }
    cv::fillPoly(area, std::vector<std::vector<cv::Point>>{outline}, cv::Scalar(255));
    const int edge = 2 * static_cast<int>(std::lround(pxPerMm)) + 1;
    cv::erode(area, area, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(edge, edge)));
    return area;
}

bool torn(const Sheet& sheet, double pxPerMm, double limit) {
    if (sheet.outline.empty()) {
        return false;
    }
    const cv::Mat& paper = sheet.paper;
    const int bridge = static_cast<int>(2 * pxPerMm);
    cv::Point2f corners[4];
    cv::minAreaRect(sheet.outline).points(corners);
    std::vector<cv::Point> outline(std::begin(corners), std::end(corners));
    cv::Mat missing = cv::Mat::zeros(sheet.size, CV_8U);
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
                                       cv::Size(2 * reach, 2 * reach)) & cv::Rect(cv::Point(), sheet.size);
        return cv::countNonZero(missing(zone)) > limit;
    });
}

}  // namespace kp::ocr::word
