#include "measure_page.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <ranges>

#include "ocr/recognize/robust_line.h"
#include "ocr/recognize/seal.h"

namespace kp::ocr {

namespace {

struct Canvas {
    cv::Mat strong, faint;      // new ink: dark on the scan, not printed on the blank
    std::vector<bool> lineRow;  // rows crossed by a page-wide line
    std::vector<bool> lineCol;
    double px;  // canonical pixels per 0.1 mm
};

cv::Rect toPx(const Canvas& c, double x, double y, double w, double h, const cv::Mat& bounds) {
    const cv::Rect r(static_cast<int>(x * c.px), static_cast<int>(y * c.px), std::max(1, static_cast<int>(w * c.px)),
                     std::max(1, static_cast<int>(h * c.px)));
    return r & cv::Rect(0, 0, bounds.cols, bounds.rows);
}

// The paper's brightness: the 80th percentile of a sparse sample of the page (most of a ballot
// is paper), read from the scan where the canonical grid falls, white off the scan.
double paperLevel(const cv::Mat& gray, const cv::Matx33d& toImage, cv::Size page) {
    constexpr int STEP = 7;
    std::array<int, 256> histogram{};
    int samples = 0;
    // The map is affine: step along each row instead of mapping every point.
    const double dxx = toImage(0, 0) * STEP, dxy = toImage(1, 0) * STEP;
    for (int y = 0; y < page.height; y += STEP) {
        double sx = toImage(0, 1) * y + toImage(0, 2) + 0.5, sy = toImage(1, 1) * y + toImage(1, 2) + 0.5;
        for (int x = 0; x < page.width; x += STEP, sx += dxx, sy += dxy) {
            const bool on = sx >= 0 && sy >= 0 && sx < gray.cols && sy < gray.rows;
            ++histogram[on ? gray.at<uchar>(static_cast<int>(sy), static_cast<int>(sx)) : 255];
            ++samples;
        }
    }
    int level = 0;
    for (int darker = 0; level < 255 && (darker += histogram[static_cast<std::size_t>(level)]) <= samples * 8 / 10;) {
        ++level;
    }
    return std::max<double>(level, 60.0);
}

// The scan warped onto the canonical page's pixels in `part` (into a part-sized image).
void warpPart(const cv::Mat& gray, const cv::Matx33d& toImage, cv::Mat into, const cv::Rect& part) {
    if (part.area() == 0) {
        return;
    }
    const cv::Matx33d toPart(1, 0, part.x, 0, 1, part.y, 0, 0, 1);  // the part's own origin
    const cv::Matx33d m = toImage * toPart;
    cv::warpAffine(gray, into, cv::Mat(m).rowRange(0, 2), into.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_CONSTANT, 255);
}

// Zeroes `m` outside `keep`, where the caller writes every pixel itself: clearing a whole page
// of ink twice a ballot costs a millisecond.
void zeroOutside(cv::Mat& m, const cv::Rect& keep) {
    if (keep.area() == 0) {
        m.setTo(0);
        return;
    }
    m.rowRange(0, keep.y).setTo(0);
    m.rowRange(keep.br().y, m.rows).setTo(0);
    m(cv::Rect(0, keep.y, keep.x, keep.height)).setTo(0);
    m(cv::Rect(keep.br().x, keep.y, m.cols - keep.br().x, keep.height)).setTo(0);
}

// The whole page in blocks of COARSE pixels, each as dark as its darkest pixel (a thin faint
// line still darkens its blocks): the scan's blocks, then warped onto the coarse page.
cv::Mat coarsePage(const cv::Mat& gray, const cv::Matx33d& toImage, cv::Size size) {
    // Pairs of pixels averaged first, as the full-resolution page's interpolation does: the
    // darkest of sixteen raw pixels is too often paper noise.
    cv::Mat half, darkest, blocks, out;
    cv::resize(gray, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    cv::erode(half, darkest, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(COARSE / 2, COARSE / 2)));
    cv::resize(darkest, blocks, cv::Size(), 2.0 / COARSE, 2.0 / COARSE, cv::INTER_NEAREST);
    const cv::Matx33d toBlocks = cv::Matx33d(1.0 / COARSE, 0, 0, 0, 1.0 / COARSE, 0, 0, 0, 1) * toImage *
                                 cv::Matx33d(COARSE, 0, 0, 0, COARSE, 0, 0, 0, 1);
    cv::warpAffine(blocks, out, cv::Mat(toBlocks).rowRange(0, 2), size, cv::INTER_NEAREST | cv::WARP_INVERSE_MAP,
                   cv::BORDER_CONSTANT, 255);
    return out;
}

// Rows (or columns) where new ink runs across more than half the page: folds and scanner
// streaks, never a voter's stroke, which stays within a column of names.
// `faint` is the coarse page; the answer is per pixel of the full one.
std::vector<bool> pageWideLines(const cv::Mat& faint, bool rows) {
    // Two blocks together: on a turned scan a straight line steps between neighbouring rows of
    // blocks, half its length in each.
    cv::Mat pairs, sums;
    cv::dilate(faint, pairs, cv::getStructuringElement(cv::MORPH_RECT, rows ? cv::Size(1, 2) : cv::Size(2, 1)));
    cv::reduce(pairs, sums, rows ? 1 : 0, cv::REDUCE_SUM, CV_32S);
    const int length = rows ? faint.cols : faint.rows;
    const int count = rows ? faint.rows : faint.cols;
    std::vector<bool> out(static_cast<std::size_t>(count * COARSE));
    for (int i = 0; i < count; ++i) {
        if (sums.at<int>(i) / 255 > length / 2) {
            // and the blocks either side: a line crossing the page at a slant, or between two
            // rows of blocks, darkens its neighbours along part of its length
            const int from = std::max(0, i - 1) * COARSE, to = std::min(count, i + 2) * COARSE;
            std::fill(out.begin() + from, out.begin() + to, true);
        }
    }
    return out;
}

// The voter's stroke through a name, if there is one. New ink in the text band is fitted with a
// straight line (robustly: a wavy or double stroke still has one); the line is then followed
// across the name. Where it passes behind printed letters (taken away with the blank) nothing
// can be seen either way, so coverage counts only the columns where the line crosses bare
// paper: the share of those where the voter's ink lies on the line.
struct Stroke {
    double coverage = 0;  // of the visible columns
    double startAt = 1, endAt = 0, centre = 0.5;
};

Stroke strokeThrough(const Canvas& c, const cv::Mat& ink, const cv::Mat& lighter, const cv::Mat& printed,
                     const cv::Rect& band, double pxPerMm) {
    Stroke st;
    std::vector<cv::Point2f> points;
    for (int y = band.y; y < band.br().y; ++y) {
        const uchar* row = ink.ptr<uchar>(y);
        for (int x = band.x; x < band.br().x; ++x) {
            if (row[x] && !c.lineCol[static_cast<std::size_t>(x)]) {
                points.emplace_back(static_cast<float>(x), static_cast<float>(y));
            }
        }
    }
    if (points.size() < static_cast<std::size_t>(pxPerMm)) {  // less than a millimetre of ink
        return st;
    }
    // A few hundred points place a line across a name as well as thousands (a stroke is a
    // millimetre thick): every k-th, in scan order, keeps the robust fit cheap.
    if (const std::size_t k = points.size() / 400 + 1; k > 1) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < points.size(); i += k) {
            points[kept++] = points[i];
        }
        points.resize(kept);
    }
    const cv::Vec4f line = robustLine(points);
    if (std::abs(line[0]) < 0.9) {  // steeper than ~25°: not a stroke along the name
        return st;
    }
    const auto yAt = [&](int x) { return line[3] + (static_cast<float>(x) - line[2]) * line[1] / line[0]; };
    const int tolerance = static_cast<int>(1.6 * pxPerMm);  // a wave (≤ 0.9 mm), a double stroke, the pen's width
    // Per column of the name: is the voter's ink within the tolerance of the line? Where it is
    // not, the column counts against the stroke only if that stretch is bare paper: a wave
    // dipping into a letter is hidden there, and hidden is not absent.
    std::vector<bool> onBarePaper;
    for (int x = band.x; x < band.br().x; ++x) {
        const int yc = static_cast<int>(std::lround(yAt(x)));
        const int top = std::max(0, yc - tolerance), bottom = std::min(ink.rows - 1, yc + tolerance);
        if (top > bottom) {
            continue;  // the line leaves the page
        }
        // Once the line is found in dark ink, the same stroke may go on lighter (blur, JPEG, a
        // lighter hand): faint ink on the line counts too, except on fold lines.
        bool onLine = false;
        int bare = 0;
        for (int y = top; y <= bottom; ++y) {
            onLine = onLine || ink.at<uchar>(y, x) != 0 ||
                     (lighter.at<uchar>(y, x) != 0 && !c.lineRow[static_cast<std::size_t>(y)]);
            bare += printed.at<uchar>(y, x) == 0 ? 1 : 0;
        }
        // …and only if the line itself crosses paper there: a letter's bar lying right on it
        // hides the stroke however bare the stretch around it is.
        bool lineBare = true;
        for (int y = std::max(top, yc - 1); y <= std::min(bottom, yc + 1); ++y) {
            lineBare = lineBare && printed.at<uchar>(y, x) == 0;
        }
        if (onLine || (bare * 10 >= (bottom - top + 1) * 7 && lineBare)) {
            onBarePaper.push_back(onLine);
        }
    }
    const auto visible = static_cast<double>(onBarePaper.size());
    // Too little bare paper on the line to judge (a stroke hidden in the letters): no evidence.
    if (visible < strokeEvidence(pxPerMm, band.width)) {
        return st;
    }
    const auto first = std::ranges::find(onBarePaper, true);
    const auto last = std::ranges::find(onBarePaper | std::views::reverse, true);
    st.coverage = static_cast<double>(std::ranges::count(onBarePaper, true)) / visible;
    // Where the stroke starts and ends, in shares of the bare paper along the name: a stroke
    // that misses the first or last letters leaves bare paper uncrossed there.
    st.startAt = static_cast<double>(first - onBarePaper.begin()) / visible;
    st.endAt = 1.0 - static_cast<double>(last - std::ranges::rbegin(onBarePaper)) / visible;
    st.centre = (yAt(band.x + band.width / 2) - static_cast<float>(band.y)) / static_cast<float>(band.height);
    return st;
}

// Any new ink at all across the name: the share of its columns with some in the text band.
double anyInk(const Canvas& c, const cv::Mat& ink, const cv::Rect& band) {
    std::vector<uchar> hit(static_cast<std::size_t>(band.width), 0);
    for (int y = band.y; y < band.br().y; ++y) {
        if (c.lineRow[static_cast<std::size_t>(y)]) {
            continue;
        }
        const uchar* row = ink.ptr<uchar>(y) + band.x;
        for (int x = 0; x < band.width; ++x) {
            hit[static_cast<std::size_t>(x)] |= row[x];
        }
    }
    int count = 0;
    for (int x = 0; x < band.width; ++x) {
        count += hit[static_cast<std::size_t>(x)] && !c.lineCol[static_cast<std::size_t>(band.x + x)] ? 1 : 0;
    }
    return band.width > 0 ? static_cast<double>(count) / band.width : 0;
}

double inkArea(const cv::Mat& ink, const cv::Rect& r, double pxPerMm) {
    return r.area() > 0 ? cv::countNonZero(ink(r)) / (pxPerMm * pxPerMm) : 0.0;
}

}  // namespace

PageMeasure measurePage(const cv::Mat& gray, const Registration& reg, const BallotTemplate& t, const Settings& s,
                        cv::Mat* canonicalOut) {
    const ballot::BallotLayout& l = t.layout;
    const ballot::Side& side = t.layoutSide();
    Canvas c;
    c.px = s.pxPerMm / 10.0;
    // Canonical pixel → 0.1 mm → scan pixel.
    const cv::Matx33d toImage = reg.layoutToImage * cv::Matx33d(1 / c.px, 0, 0, 0, 1 / c.px, 0, 0, 0, 1);
    const cv::Rect page(0, 0, t.blank.cols, t.blank.rows);
    const auto px = [&](double x, double y, double w, double h) { return toPx(c, x, y, w, h, t.blank); };
    PageMeasure m;
    m.paper = paperLevel(gray, toImage, t.blank.size());
    // Full resolution where names, boxes and the stamp are; the rest of the page in blocks.
    // (Warping the whole A4 page took half of a ballot's time.)
    // The names' rows, with room for strokes that overshoot (the layout's list area runs on to
    // the foot of the page: room for the committee's notes, looked at in blocks).
    cv::Rect list;
    for (const ballot::Row& row : side.rows) {
        list |= px(row.band.x - 40, row.band.y - 10, row.band.w + 80, row.band.h + 20);
    }
    list &= page;
    const cv::Rect stamp = side.index == 0 ? px(0, 0, l.width / 2 + 150, 480) : cv::Rect();
    thread_local cv::Mat canon;  // reused: a fresh 4 MB page each ballot costs page faults
    canon.create(t.blank.size(), CV_8U);
    warpPart(gray, toImage, canon(canonicalOut ? page : list), canonicalOut ? page : list);
    // Strong ink matters only where names and boxes are: threshold the list area alone.
    thread_local cv::Mat strong, faint;  // reused, as the page
    strong.create(canon.size(), CV_8U);
    zeroOutside(strong, list);
    c.strong = strong;
    cv::Mat strongList = c.strong(list);
    cv::threshold(canon(list), strongList, s.strongInk * m.paper, 255, cv::THRESH_BINARY_INV);
    strongList.setTo(0, t.printed(list));
    faint.create(canon.size(), CV_8U);
    zeroOutside(faint, list);
    c.faint = faint;
    cv::Mat faintList = c.faint(list);
    cv::threshold(canon(list), faintList, s.faintInk * m.paper, 255, cv::THRESH_BINARY_INV);
    faintList.setTo(0, t.printedWide(list));
    cv::Mat coarse;
    cv::threshold(coarsePage(gray, toImage, coarseSize(t.blank)), coarse, s.faintInk * m.paper, 255,
                  cv::THRESH_BINARY_INV);
    coarse.setTo(0, t.printedWideCoarse);
    c.lineRow = pageWideLines(coarse, true);
    c.lineCol = pageWideLines(coarse, false);
    c.lineRow.resize(static_cast<std::size_t>(canon.rows), false);
    c.lineCol.resize(static_cast<std::size_t>(canon.cols), false);
    const double mm = 10;  // 0.1 mm units

    // Names: the text band is the ink box with 0.4 mm of room; overshoot may run 2.5 mm before
    // and 3.5 mm after the name; the rest of the row is "near".
    std::vector<cv::Rect> claimed;  // where new ink is accounted for (rows, stamp, furniture)
    for (std::size_t i = 0; i < side.rows.size(); ++i) {
        const ballot::Row& row = side.rows[i];
        const cv::Rect2d& ink = t.nameInk[i];
        const cv::Rect rowPx = toPx(c, row.band.x - 20, row.band.y, row.band.w + 20, row.band.h, canon);
        claimed.push_back(rowPx);
        if (l.form == BallotForm::YesNo) {
            const auto box = [&](const ballot::Rect& b) {
                const cv::Rect inside = toPx(c, b.x + 8, b.y + 8, b.w - 16, b.h - 16, canon);
                return measureBox(c.strong(inside), c.faint(inside), s.pxPerMm);
            };
            m.boxes.emplace_back(box(row.agree), box(row.disagree));
            NameMeasure nm;  // yes/no: anything written on the name itself or beside the boxes
            nm.nearInk = inkArea(c.faint, toPx(c, row.band.x, row.band.y, row.agree.x - row.band.x, row.band.h, canon),
                                 s.pxPerMm);
            m.names.push_back(nm);
            continue;
        }
        NameMeasure nm;
        const cv::Rect band = textBand(ink, s.pxPerMm, canon);
        const Stroke stroke = strokeThrough(c, c.strong, c.faint, t.printed, band, s.pxPerMm);
        nm.strong = stroke.coverage;
        nm.startAt = stroke.startAt;
        nm.endAt = stroke.endAt;
        nm.centre = stroke.centre;
        nm.faint = anyInk(c, c.faint, band);
        for (int y = band.y; y < band.y + band.height; ++y) {
            nm.lineThrough = nm.lineThrough || c.lineRow[static_cast<std::size_t>(y)];
        }
        const cv::Rect line = toPx(c, ink.x - 2.5 * mm, ink.y - 4, ink.width + 6 * mm, ink.height + 8, canon);
        const cv::Rect above(rowPx.x, rowPx.y, rowPx.width, std::max(0, line.y - rowPx.y));
        const cv::Rect below(rowPx.x, line.br().y, rowPx.width, std::max(0, rowPx.br().y - line.br().y));
        nm.nearInk = inkArea(c.faint, above & rowPx, s.pxPerMm) + inkArea(c.faint, below & rowPx, s.pxPerMm);
        const cv::Rect left(rowPx.x, line.y, std::max(0, line.x - rowPx.x), line.height);
        const cv::Rect right(line.br().x, line.y, std::max(0, rowPx.br().x - line.br().x), line.height);
        nm.sideInk = inkArea(c.faint, left & rowPx, s.pxPerMm) + inkArea(c.faint, right & rowPx, s.pxPerMm);
        m.names.push_back(nm);
    }
    if (l.form == BallotForm::YesNo && !side.rows.empty()) {
        const ballot::Rect& h = side.tableHeader;
        claimed.push_back(toPx(c, side.columns.front().x, h.y, l.width, h.h, canon));
    }

    // The stamp's place: over the organisation's name, top left of the front side.
    // Every pixel of it: measured at every other one, a thin line (a fold, a shadow) on a sampled
    // row counts twice, and a sheet without a stamp came within 2× of the threshold.
    if (side.index == 0) {
        thread_local cv::Mat zone;
        zone.create(stamp.size(), CV_8U);
        warpPart(gray, toImage, zone, stamp);
        // A round seal, however pale or broken by a 1-bit scan: judged off the print (a ring laid
        // through the header's lines of text finds ink along them).
        m.seal = findSeal(zone, s.pxPerMm, m.paper, s.seal, ~t.printedWide(stamp));
        cv::threshold(zone, zone, s.faintInk * m.paper, 255, cv::THRESH_BINARY_INV);
        zone.setTo(0, t.printedWide(stamp));
        m.stampInk = cv::countNonZero(zone) / static_cast<double>(stamp.area());
        claimed.push_back(stamp);
    }
    // Printed furniture and the page's edge (shadows, tears show there but are judged by the marks).
    for (const ballot::Rect& mark : side.marks) {
        claimed.push_back(toPx(c, mark.x - 30, mark.y - 30, mark.w + 60, mark.h + 60, canon));
    }
    claimed.push_back(toPx(c, side.qr.x - 30, side.qr.y - 30, side.qr.w + 60, side.qr.h + 60, canon));
    // Pieces of ink elsewhere are looked for on the coarse page (a piece keeps its size; specks
    // under 1.2 mm are ignored anyway): sixteen times less to go through.
    constexpr int Q = COARSE;
    const auto clear = [&](const cv::Rect& r) {
        coarse(cv::Rect(r.x / Q, r.y / Q, (r.width + Q - 1) / Q + 1, (r.height + Q - 1) / Q + 1) &
               cv::Rect(0, 0, coarse.cols, coarse.rows))
            .setTo(0);
    };
    std::ranges::for_each(claimed, clear);
    const int border = static_cast<int>(3 * s.pxPerMm);  // the page's edge: shadows, and tears judged by the marks
    clear(cv::Rect(0, 0, canon.cols, border));
    clear(cv::Rect(0, canon.rows - border, canon.cols, border));
    clear(cv::Rect(0, 0, border, canon.rows));
    clear(cv::Rect(canon.cols - border, 0, border, canon.rows));
    for (int y = 0; y < canon.rows; ++y) {
        if (c.lineRow[static_cast<std::size_t>(y)])
            clear(cv::Rect(0, y, canon.cols, 1));
    }
    for (int x = 0; x < canon.cols; ++x) {
        if (c.lineCol[static_cast<std::size_t>(x)])
            clear(cv::Rect(x, 0, 1, canon.rows));
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(coarse, labels, stats, centroids, 8, CV_32S);
    const double speck = s.speckMm * s.pxPerMm / Q;
    for (int i = 1; i < n; ++i) {
        if (stats.at<int>(i, cv::CC_STAT_WIDTH) >= speck || stats.at<int>(i, cv::CC_STAT_HEIGHT) >= speck) {
            ++m.outsideMarks;
        }
    }
    if (canonicalOut) {
        *canonicalOut = canon.clone();
    }
    return m;
}

}  // namespace kp::ocr
