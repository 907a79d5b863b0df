#include "ocr/word/word_reader.h"

#include <algorithm>
#include <optional>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <sstream>
#include <tuple>

#include "ocr/recognize/streaks.h"
#include "ocr/word/nearest.h"
#include "src/common/sha256.h"

namespace kp::ocr {

namespace {

cv::Mat toScale(const cv::Mat& gray, double fromDpi, double pxPerMm) {
    cv::Mat out;
    const double f = pxPerMm * 25.4 / fromDpi;
    cv::resize(gray, out, cv::Size(), f, f, f < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

// The paper's brightness: a high percentile of the page (most of a ballot is paper).
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

struct Alignment {
    cv::Mat warp;            // 2×3, blank → scan coordinates at pxPerMm; empty when nothing matched
    double correlation = 0;  // the share of the blank's print found on the aligned scan
};

// Features are found at 4 px/mm: letters are a few pixels thick.
constexpr double FEATURE_PX_PER_MM = 4.0;

struct Features {
    std::vector<cv::KeyPoint> points;
    cv::Mat descriptors;
};

Features featuresOf(const cv::Mat& image, double pxPerMm) {
    const double f = FEATURE_PX_PER_MM / pxPerMm;
    cv::Mat small;
    cv::resize(image, small, cv::Size(), f, f, cv::INTER_AREA);
    Features out;
    cv::ORB::create(4000)->detectAndCompute(small, cv::noArray(), out.points, out.descriptors);
    return out;
}

// ORB features of the printed text matched between blank and scan, a similarity transform
// (turn, scale, shift — any orientation, upside down included) fitted by RANSAC, then refined
// by least squares on the inliers as a full affine map (scanners also shear a little).
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

// The shift (within ±range pixels) of the scan that lays most of its ink on the blank's letters
// in `box`; the smallest such shift on a tie.
cv::Point localShift(const cv::Mat& blankInk, const cv::Mat& scanInk, const cv::Rect& box, int range) {
    const cv::Rect page(0, 0, scanInk.cols, scanInk.rows);
    const cv::Mat letters = blankInk(box);
    cv::Point best(0, 0);
    int bestScore = -1;
    cv::Mat both;
    for (int r = 0; r <= range; ++r) {  // rings of growing distance: the nearest wins a tie
        for (int dy = -r; dy <= r; ++dy) {
            for (int dx = -r; dx <= r; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != r || !page.contains((box + cv::Point(dx, dy)).tl()) ||
                    !page.contains((box + cv::Point(dx, dy)).br() - cv::Point(1, 1))) {
                    continue;
                }
                cv::bitwise_and(letters, scanInk(box + cv::Point(dx, dy)), both);
                if (const int score = cv::countNonZero(both); score > bestScore) {
                    bestScore = score;
                    best = {dx, dy};
                }
            }
        }
    }
    return best;
}

// A found stroke followed on into letters that hide it. The blank's ink widened by printedMm
// (for alignment error and blur) can cover every gap of a dense word ("Dũng"), so a stroke
// ending in it is not seen to reach the name's end. Between the letters themselves (the blank's
// ink widened by one pixel) it can: a column is crossed where the scan has ink on the line there
// that paper bounds above and below before any letter (a letter's blurred edge is dark up to
// the letter; a stroke across a counter is not), and not crossed where that stretch of the line
// is wholly clear of letters and of ink. From `from` towards `to`: the furthest column up to
// which the stroke is seen on at least 3 columns and on at least `share` of those judged. Used
// only to carry on a stroke already found on bare paper, never to find one.
struct StrokeLine {
    const cv::Mat& letters;  // the blank's ink, widened by a pixel
    const cv::Mat& ink;      // the scan's ink
    cv::Point origin;        // of the name's box in both
    double x0, y0, slope;    // the fitted line, in the box's coordinates
    int reach, control;      // the line's half-width; how far from it the ink must end
    int thick;               // a stroke's least width
    int y(int x) const { return static_cast<int>(std::lround(y0 + (x - x0) * slope)); }
};

// Whether the scan's ink at (x, y), followed up and down column x within l.control of the
// line's row `line`, is a piece of a stroke: it ends in paper both ways, or in paper one way
// and a letter the other when it is at least l.thick long (a stroke across a counter touching
// one of its sides; a letter's blurred edge is thinner).
bool strokeAt(const StrokeLine& l, int x, int y, int line) {
    int length = 1, paperEnds = 0;
    for (const int step : {-1, 1}) {
        for (int v = y + step;; v += step) {
            if (std::abs(v - line) > l.control) {
                return false;  // runs on: a letter's stem or a tall mark
            }
            if (l.letters.at<uchar>(v, x)) {
                break;
            }
            if (!l.ink.at<uchar>(v, x)) {
                ++paperEnds;
                break;
            }
            ++length;
        }
    }
    return paperEnds == 2 || (paperEnds == 1 && length >= l.thick);
}

std::optional<int> carriedOn(const StrokeLine& l, int from, int to, double share) {
    int judged = 0, crossed = 0;
    std::optional<int> furthest;
    for (int x = from; x != to; x += from < to ? 1 : -1) {
        const int cx = l.origin.x + x, cy = l.origin.y + l.y(x);
        if (cx < 0 || cx >= l.ink.cols || cy - l.control - 1 < 0 || cy + l.control + 1 >= l.ink.rows) {
            continue;
        }
        bool clear = true, inked = false, dark = false;
        for (int k = -l.reach; k <= l.reach; ++k) {
            if (l.letters.at<uchar>(cy + k, cx)) {
                clear = false;
            } else if (l.ink.at<uchar>(cy + k, cx)) {
                inked = true;
                dark = dark || strokeAt(l, cx, cy + k, cy);
            }
        }
        // Paper at the control distance both ways also bounds the ink (letters may touch it).
        dark = dark || (inked && !l.letters.at<uchar>(cy - l.control, cx) && !l.letters.at<uchar>(cy + l.control, cx) &&
                        !l.ink.at<uchar>(cy - l.control, cx) && !l.ink.at<uchar>(cy + l.control, cx));
        if (!dark && (inked || !clear)) {
            continue;  // cannot tell here
        }
        ++judged;
        if (dark && ++crossed >= 3 && crossed >= share * judged) {
            furthest = x;
        }
    }
    return furthest;
}

// `m` moved by `by`: out(p) = m(p + by), nothing where that falls off the image.
cv::Mat movedBy(const cv::Mat& m, cv::Point by) {
    cv::Mat out = cv::Mat::zeros(m.size(), m.type());
    const cv::Rect image(0, 0, m.cols, m.rows);
    const cv::Rect from = image & (image + by);
    m(from).copyTo(out(from - by));
    return out;
}

// The median of the points' x and of their y; (0, 0) for none.
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

// Whether a piece of `mask` (8-connected) spans at least `size` pixels both across and down.
// Labelled only where the mask has anything (on most ballots a few specks, or nothing).
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

// The pieces of a labelled mask whose label `keep` marks (255), as a mask.
cv::Mat pieces(const cv::Mat& labels, const std::vector<uchar>& keep) {
    cv::Mat out(labels.size(), CV_8U);
    for (int y = 0; y < out.rows; ++y) {
        for (int x = 0; x < out.cols; ++x) {
            out.at<uchar>(y, x) = keep[static_cast<std::size_t>(labels.at<int>(y, x))];
        }
    }
    return out;
}

// Faint lines running across most of the sheet are folds and creases, not a voter's mark (no
// stroke, underline or tick reaches half way across a ballot): taken out of the faint marks,
// they would otherwise count near every name they pass and stand in for a missing stamp. On the
// aligned scan a fold runs along a row or a column of the blank; it is found in `shadows` (the
// paper a little darker than itself, away from the print: a pressed fold is only 6–15 % darker,
// too little to show whole among the faint marks). A faint line through a name's letters is
// still seen there (hiddenLineColumns looks at the scan itself, on a fold against the fold's
// paper: faintOnPageLines).
struct PageLine {
    bool row;      // along a row of the sheet (else a column)
    int from, to;  // the rows (columns) it covers, soft edge included
};

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

// The faint marks on a fold judged against the fold's own paper (the brightest of each row or
// column of it), not the sheet's: the shadow darkens whatever lies on it by the same share, so a
// mark there is one only if it is as much darker than the fold as a faint mark is than paper.
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

// The marks of `mask` that reach into `zone`, whole: a tick beside a name is judged by all of
// its ink, not by the part of it that lies within a fixed distance of the letters (the rest,
// beyond that, too small alone to be writing outside the list).
cv::Mat reaching(const cv::Mat& mask, const cv::Rect& zone) {
    cv::Mat labels;
    const int n = cv::connectedComponents(mask, labels, 8, CV_32S);
    std::vector<uchar> reaches(static_cast<std::size_t>(n), 0);
    for (int y = zone.y; y < zone.y + zone.height; ++y) {
        for (int x = zone.x; x < zone.x + zone.width; ++x) {
            reaches[static_cast<std::size_t>(labels.at<int>(y, x))] = 255;
        }
    }
    reaches[0] = 0;
    return pieces(labels, reaches);
}

// Whether a mark at least `length` long runs into the letters (`letters`, within `box` only,
// widened by a pixel): the rest of a stroke the print hides. A stroke along the foot of a short
// family name ("Lê") lies wholly in the letters' print and halo but for the dash before them.
bool runsIntoLetters(const cv::Mat& marks, const cv::Mat& letters, const cv::Rect& box, int length) {
    cv::Mat inBox = cv::Mat::zeros(letters.size(), CV_8U);
    letters(box).copyTo(inBox(box));
    cv::dilate(inBox, inBox, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat labels, stats, centroids;
    cv::connectedComponentsWithStats(marks, labels, stats, centroids, 8, CV_32S);
    std::vector<cv::Point> touching;
    cv::findNonZero(inBox & marks, touching);
    return std::ranges::any_of(touching, [&](const cv::Point& q) {
        const int label = labels.at<int>(q);
        return std::max(stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT)) >= length;
    });
}

// A light stroke can hide wholly in the letters' halo (the blank's ink widened by printedMm and
// haloMm covers every gap of a name), so "no mark seen" is not yet "no mark". In the gaps between
// words and letters — columns clear of the blank's print (`letters`, widened a little for the
// scan's blur) over the line's whole height — a stroke shows as faint ink at the letters'
// middle heights with paper `control` pixels above and below it (a mark that tall is seen by
// the other rules). The number of such columns in `box`.
int hiddenLineColumns(const cv::Mat& faint, const cv::Mat& letters, const cv::Rect& box, int control) {
    int seen = 0;
    const int top = box.y + box.height * 15 / 100, bottom = box.y + box.height * 90 / 100;  // as `through`
    for (int x = box.x; x < box.x + box.width; ++x) {
        if (cv::countNonZero(letters(cv::Rect(x, box.y, 1, box.height))) > 0) {
            continue;
        }
        for (int y = std::max(top, control); y < std::min(bottom, faint.rows - control); ++y) {
            if (faint.at<uchar>(y, x) && !faint.at<uchar>(y - control, x) && !faint.at<uchar>(y + control, x)) {
                ++seen;
                break;
            }
        }
    }
    return seen;
}

// The rows of a name's x-height band in `letters` (the blank's ink in its box): those at least
// half as dense as the densest row — ascenders, accents and descenders are sparse. The second
// is the baseline.
std::pair<int, int> letterBand(const cv::Mat& letters) {
    cv::Mat rows;
    cv::reduce(letters, rows, 1, cv::REDUCE_SUM, CV_32S);
    double densest = 0;
    cv::minMaxLoc(rows, nullptr, &densest);
    int top = -1, bottom = letters.rows;
    for (int y = 0; y < rows.rows && densest > 0; ++y) {
        if (2 * rows.at<int>(y) >= densest) {
            top = top < 0 ? y : top;
            bottom = y;
        }
    }
    return {std::max(top, 0), bottom};
}

// The gaps between a name's letters (the blank's ink in its box, column by column), the paper
// before and after it aside: first and last column of each, left to right. A column inked over
// nine tenths of the box's height is a table's rule the box reaches, not a letter (none spans
// accent to descender).
std::vector<std::pair<int, int>> columnGaps(const cv::Mat& letters) {
    cv::Mat sums;
    cv::reduce(letters, sums, 0, cv::REDUCE_SUM, CV_32S);
    std::vector<std::pair<int, int>> gaps;
    int lastInked = -1;
    for (int x = 0; x < sums.cols; ++x) {
        const int dark = sums.at<int>(0, x) / 255;
        if (dark > 0 && 10 * dark < 9 * letters.rows) {
            if (lastInked >= 0 && x > lastInked + 1) {
                gaps.emplace_back(lastInked + 1, x - 1);
            }
            lastInked = x;
        }
    }
    return gaps;
}

// Where the first of `words` words ends and the last begins: the words − 1 widest gaps are the
// spaces (the count is the list's, so a narrow table font or loose letters do not matter).
// Names whose spaces cannot be told apart count as one word.
std::pair<int, int> outerWords(std::vector<std::pair<int, int>> gaps, int words, int width) {
    const auto count = static_cast<std::size_t>(std::max(0, words - 1));
    if (count == 0 || gaps.size() < count) {
        return {width - 1, 0};
    }
    std::ranges::stable_sort(gaps, std::ranges::greater{}, [](const auto& g) { return g.second - g.first; });
    gaps.resize(count);
    return {std::ranges::min(gaps).first - 1, std::ranges::max(gaps).second + 1};
}

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

// Where the sheet lies on the aligned scan: a sheet fed askew onto a dark background, or smaller
// than the blank's frame, leaves background inside the frame — dark, and not writing. The
// sheet's outline filled, less a millimetre along it (the edge's blur and shadow). Empty (all of
// the frame) when no background reaches in from the frame's edge band (`edges`); a white-backed
// scan shows none.
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

// Whether a piece larger than `limit` pixels is missing from a corner of the rectangle the sheet
// spans on the scan: never on a white-backed scan (no outline to see) nor on a whole sheet.
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

}  // namespace

std::string WordSettings::hash() const {
    std::ostringstream text;
    text << version << ';' << pxPerMm << ';' << alignMin << ';' << inkShare << ';' << faintShare << ';' << shadowShare << ';' << printedMm << ';'
         << haloMm << ';' << struck << ';' << visibleShare << ';' << endSlack << ';' << nameMatch << ';' << kept << ';' << insideMm2 << ';' << waveMm << ';' << nearMm2 << ';' << gapMm << ';' << hiddenColumns << ';'
         << outsideMm << ';' << stampMin << ';' << beyondMm << ';' << offLineMm2 << ';' << shiftMm << ';' << tornMm2 << ';' << leadShare << ';' << intoLettersMm;
    return sha256Hex(text.str()).substr(0, 16);
}

// What the reader needs of the blank, at pxPerMm: the same for every ballot of a count.
struct WordReader::Blank {
    struct Name {
        CandidateId id;
        cv::Rect box;     // the name's letters
        cv::Rect around;  // …and what is the name's to judge around it (not "outside the list")
        std::vector<std::pair<int, int>> letterGaps;
        int firstWordEnd = 0, lastWordStart = 0;  // outerWords
        int baseline = 0;                         // letterBand's foot, in the box
    };
    double dpi = 0;
    cv::Mat image, ink;         // the blank and its print
    double inkPixels = 1;       // …counted
    cv::Mat printed;            // its print widened by printedMm: alignment error and blur
    cv::Mat printedWide;        // …and by haloMm more: blurred letters' halo
    cv::Mat outsideZone;        // where new ink is writing outside the list
    cv::Mat edges;              // the frame's edge band (margin): shadows, not votes
    cv::Mat stampZoneClear;     // the sheet within its margin, off the print and its halo
    cv::Rect stampZone;         // the header's left half (empty with no names)
    Features features;          // for the alignment
    std::vector<Name> names;    // ballot order
};

WordReader::WordReader(const WordTemplate& t, const WordSettings& s) : m_settings(s) {
    auto b = std::make_shared<Blank>();
    const double mm = s.pxPerMm;
    b->dpi = t.dpi;
    b->image = toScale(t.blank, t.dpi, mm);
    b->ink = inkOf(b->image, s.inkShare);
    b->inkPixels = std::max(1.0, static_cast<double>(cv::countNonZero(b->ink)));
    b->features = featuresOf(b->image, mm);
    const int grow = static_cast<int>(std::lround(s.printedMm * mm));
    cv::dilate(b->ink, b->printed, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * grow + 1, 2 * grow + 1)));
    const int wide = static_cast<int>(std::lround(s.haloMm * mm));
    cv::dilate(b->printed, b->printedWide, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * wide + 1, 2 * wide + 1)));

    const cv::Rect sheet(0, 0, b->image.cols, b->image.rows);
    const int margin = static_cast<int>(6 * mm);  // the paper's edge: shadows, not votes
    cv::Mat edgeless(b->image.size(), CV_8U, cv::Scalar(0));
    edgeless(cv::Rect(margin, margin, sheet.width - 2 * margin, sheet.height - 2 * margin) & sheet).setTo(255);
    b->edges = ~edgeless;
    b->stampZoneClear = ~b->printedWide & edgeless;

    const double scale = mm * 25.4 / t.dpi;
    cv::Mat claimed = cv::Mat::zeros(b->image.size(), CV_8U);
    for (const LearnedName& learned : t.names) {
        Blank::Name name{learned.id, {}, {}, {}, 0, 0, 0};
        name.box = cv::Rect(cv::Point(static_cast<int>(learned.box.x * scale), static_cast<int>(learned.box.y * scale)),
                            cv::Size(static_cast<int>(learned.box.width * scale), static_cast<int>(learned.box.height * scale))) &
                   sheet;
        // Around the name: 2 mm above and below (half the gap to the next row), 4 mm before and
        // after (a stroke's overshoot; a tick or a circle beside the name).
        const int pad = static_cast<int>(2 * mm);
        const cv::Rect& box = name.box;
        name.around = cv::Rect(box.x - 2 * pad, box.y - pad, box.width + 4 * pad, box.height + 2 * pad) & sheet;
        claimed(name.around).setTo(255);
        name.letterGaps = columnGaps(b->ink(box));
        std::tie(name.firstWordEnd, name.lastWordStart) = outerWords(name.letterGaps, learned.words, box.width);
        name.baseline = letterBand(b->ink(box)).second;
        b->names.push_back(std::move(name));
    }
    // New ink away from every name, from just above the list down: a written-in name, a
    // signature. (Above the list the stamp lands in a different place on every ballot; marks
    // there are not looked for yet.)
    b->outsideZone = ~b->printed & ~claimed & edgeless;
    if (!t.names.empty()) {
        const int listTop = static_cast<int>(t.names.front().box.y * scale - 5 * mm);  // the header's foot
        b->outsideZone(cv::Rect(0, 0, sheet.width, std::clamp(listTop, 0, sheet.height))).setTo(0);
        // The stamp: over the organisation's name, at the top left.
        b->stampZone = cv::Rect(margin, margin, sheet.width / 2 - margin, std::clamp(listTop, margin + 1, sheet.height) - margin);
    }
    m_blank = std::move(b);
}

PageReading readWordBallot(const cv::Mat& gray, int dpi, const WordTemplate& t, const WordSettings& s, cv::Mat* aligned) {
    return WordReader(t, s).read(gray, dpi, aligned);
}

PageReading WordReader::read(const cv::Mat& gray, int dpi, cv::Mat* aligned) const {
    const WordSettings& s = m_settings;
    const Blank& b = *m_blank;
    PageReading out;
    out.status = Status::Review;
    const double mm = s.pxPerMm;
    const cv::Mat page = toScale(withoutStreaks(gray), dpi > 0 ? dpi : b.dpi, mm);  // a streak is not writing

    // Aligned in any orientation (the features turn with the page), then judged by how much of
    // the blank's print is found dark on the aligned scan (a correlation alone is high for any
    // two mostly white pages).
    const cv::Mat& blankInk = b.ink;
    cv::Mat warped, scanInk;
    double paper = 255;  // the aligned scan's paper level
    const auto alignedOn = [&](const cv::Mat& scan) {
        Alignment a = align(b.features, scan, mm);
        if (!a.warp.empty()) {
            cv::warpAffine(scan, warped, a.warp, b.image.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
            paper = paperLevel(warped);
            scanInk = darkerThan(warped, s.inkShare * paper);
            cv::Mat wideInk;
            cv::dilate(scanInk, wideInk, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
            a.correlation = cv::countNonZero(blankInk & wideInk) / b.inkPixels;
        }
        return !a.warp.empty() && a.correlation >= s.alignMin;
    };
    // ORB's features do turn with the page, but at 150 dpi an upside-down scan often finds too
    // few matches to align; the page turned back is then tried (and a quarter turn each way).
    bool found = alignedOn(page);
    for (const auto turn : {cv::ROTATE_180, cv::ROTATE_90_CLOCKWISE, cv::ROTATE_90_COUNTERCLOCKWISE}) {
        if (found) {
            break;
        }
        cv::Mat turned;
        cv::rotate(page, turned, turn);
        found = alignedOn(turned);
    }
    if (!found) {
        out.reasons = {"blank_mismatch"};  // not this ballot, or too damaged to align: the committee looks
        return out;
    }
    if (aligned) {
        *aligned = warped;
    }

    // The voter's ink: dark on the scan, not within printedMm of the blank's ink (`printed`).
    // Any mark at all, light pens included, away from the printed letters and their halo
    // (`printedWide`): a name is kept only when there is none of it on or around the name.
    const cv::Mat& printed = b.printed;
    const cv::Mat& printedWide = b.printedWide;
    const cv::Mat scanFaint = darkerThan(warped, s.faintShare * paper);
    cv::Mat markFaint = scanFaint.clone();  // …less the folds
    const std::vector<PageLine> folds = pageLines(darkerThan(warped, s.shadowShare * paper) & ~printedWide, mm);
    dropPageLines(markFaint, folds);
    const cv::Mat lineFaint = faintOnPageLines(warped, scanFaint, folds, s.faintShare);  // for lines hidden in the letters

    bool allDecided = true;
    std::vector<cv::Point> shifts;  // each name's own alignment
    for (const Blank::Name& name : b.names) {
        const cv::Rect& box = name.box;
        const cv::Rect& around = name.around;  // what is there is the name's to judge
        const int pad = static_cast<int>(2 * mm);
        // The name's own alignment: the page's map is a best fit over the whole sheet, and paper
        // that does not lie flat leaves a row off by a few tenths of a millimetre. The shift that
        // lays the scan's letters best on the blank's is taken for this name (its letters are
        // then checked, and its print taken away, where they are).
        const cv::Point shift = localShift(blankInk, scanInk, box, static_cast<int>(std::lround(s.shiftMm * mm)));
        shifts.push_back(shift);
        const cv::Rect sheet(0, 0, scanInk.cols, scanInk.rows);
        const int reachOut = 3 * pad;  // whole marks reaching into `around`
        const cv::Rect region = cv::Rect(box.x - reachOut, box.y - reachOut, box.width + 2 * reachOut, box.height + 2 * reachOut) &
                                sheet & (sheet - shift);
        const cv::Mat nameInk = scanInk(region + shift);
        const cv::Mat nameAdded = nameInk & ~printed(region);
        const cv::Mat nameFaint = markFaint(region + shift) & ~printedWide(region);
        const cv::Mat namePrinted = printed(region);
        const cv::Rect nameBox = box - region.tl();
        const cv::Rect nameAround = (around & region) - region.tl();
        const cv::Mat addedNear = reaching(nameAdded, nameAround), faintNear = reaching(nameFaint, nameAround);
        // The stroke: a straight line fitted (Huber) through the new ink on the name's line.
        // Following it across the name, a column counts as crossed when new ink lies on the
        // line, as not crossed when the line runs over bare paper there, and not at all where
        // the line runs under a printed letter (hidden is not absent).
        std::vector<cv::Point> ink;
        cv::findNonZero(nameAdded(nameBox), ink);
        int columns = 0, crossed = 0, firstCrossed = box.width, lastCrossed = -1;
        int firstVisible = box.width, lastVisible = -1;
        std::vector<int> bare;  // visible columns the stroke does not cross
        bool pastStart = false, pastEnd = false;  // the stroke seen going on beyond the name's ends
        int carriedStart = firstCrossed, carriedEnd = lastCrossed;  // …or between the letters hiding it
        double centre = 0.5;                      // where the line crosses the name's middle: 0 top, 1 foot
        double offLineMm2 = 0;                    // new ink around the name away from the line
        if (ink.size() >= static_cast<std::size_t>(2 * mm)) {  // a couple of millimetres of line to follow
            cv::Vec4f fit;
            cv::fitLine(ink, fit, cv::DIST_HUBER, 0, 0.01, 0.01);
            const double slope = std::abs(fit[0]) > 1e-6 ? fit[1] / fit[0] : 0;
            const int reach = std::max(2, static_cast<int>(0.6 * mm));  // a pen line's width and wobble
            const int wave = std::max(reach, static_cast<int>(std::lround(s.waveMm * mm)));  // …and a hand's wave
            const auto lineY = [&](double x) { return static_cast<double>(fit[3]) + (x - static_cast<double>(fit[2])) * slope; };
            centre = lineY(box.width / 2.0) / box.height;
            // Around the name, outside its letters' box, ink more than a hand line's wobble off the
            // band the stroke takes across the letters is another mark (a circle, a tick); a
            // second stroke over the letters is not. The band: nine tenths of the new ink in the
            // box lie within it of the line (a double stroke's two lines, the pen's width).
            std::vector<double> across(ink.size());
            std::ranges::transform(ink, across.begin(), [&](const cv::Point& q) { return std::abs(q.y - lineY(q.x)); });
            const auto ninth = across.begin() + static_cast<std::ptrdiff_t>(across.size() * 9 / 10);
            std::ranges::nth_element(across, ninth);
            std::vector<cv::Point> near;
            cv::findNonZero(addedNear, near);
            const double off = std::max(static_cast<double>(wave), *ninth + wave / 2.0);
            offLineMm2 = static_cast<double>(std::ranges::count_if(near, [&](const cv::Point& q) {
                             const cv::Point inBox = q - nameBox.tl();
                             return !nameBox.contains(q) && std::abs(inBox.y - lineY(inBox.x)) > off;
                         })) / (mm * mm);
            for (int x = 0; x < box.width; ++x) {
                const int y = static_cast<int>(std::lround(lineY(x)));
                if (y < 0 || y >= box.height) {
                    continue;
                }
                // A wave or a double stroke strays from the fitted line by up to `wave`; where
                // much of that window is behind letters, the stroke may be there unseen.
                const cv::Rect window = cv::Rect(nameBox.x + x, nameBox.y + y - wave, 1, 2 * wave + 1) & nameBox;
                const bool onLine = cv::countNonZero(nameAdded(window)) > 0;
                const bool hidden = cv::countNonZero(namePrinted(window)) * 10 > window.height * 3;
                if (!onLine && hidden) {
                    continue;
                }
                ++columns;
                firstVisible = std::min(firstVisible, x);
                lastVisible = x;
                if (onLine) {
                    ++crossed;
                    firstCrossed = std::min(firstCrossed, x);
                    lastCrossed = x;
                } else {
                    bare.push_back(x);
                }
            }
            // Dense letters can hide the stroke over a whole word at the name's end (or start):
            // then the line must be seen going on, unbroken, for a millimetre beyond the name.
            // Seen there, on the line fitted through the name, it crossed the hidden word too.
            const int beyond = static_cast<int>(std::lround(s.beyondMm * mm));
            const auto seenBeyond = [&](int from, int step) {
                for (int k = 0; k < beyond; ++k) {
                    const int x = from + k * step;
                    const int y = static_cast<int>(std::lround(lineY(x)));
                    const cv::Rect window = cv::Rect(nameBox.x + x, nameBox.y + y - wave, 1, 2 * wave + 1) & cv::Rect(0, 0, nameAdded.cols, nameAdded.rows);
                    if (window.area() == 0 || cv::countNonZero(nameAdded(window)) == 0) {
                        return false;
                    }
                }
                return beyond > 0;
            };
            pastStart = seenBeyond(-1, -1);
            pastEnd = seenBeyond(box.width, +1);
            if (lastCrossed >= firstCrossed) {
                cv::Mat letters;
                cv::dilate(blankInk(region), letters, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
                const StrokeLine line{letters, nameInk, nameBox.tl(), fit[2], fit[3], slope, reach,
                                      reach + static_cast<int>(std::lround(0.5 * mm)), std::max(3, static_cast<int>(std::lround(0.35 * mm)))};
                carriedStart = carriedOn(line, firstCrossed - 1, -1, s.struck).value_or(firstCrossed);
                carriedEnd = carriedOn(line, lastCrossed + 1, box.width, s.struck).value_or(lastCrossed);
            }
        }
        // Enough of the line runs over bare paper to judge it (between letters and words); else
        // the stroke, if any, is hidden behind the print and only the committee can tell.
        const bool judged = columns >= s.visibleShare * box.width;
        // The stroke must run from the name's start to its end (not the family name only): crossed
        // near both ends (seen between the letters of a dense word there, if need be), or crossed
        // up to the last visible column and seen beyond the end.
        // Near means within endSlack of the name's width and inside its first and last words: a
        // stroke over the given names only, past a short family name ("Lê"), is a partial one.
        const cv::Mat nameLetters = blankInk(box);
        const std::vector<std::pair<int, int>>& letterGaps = name.letterGaps;
        const int firstWordEnd = name.firstWordEnd, lastWordStart = name.lastWordStart;
        const bool fromStart = (carriedStart <= s.endSlack * box.width && carriedStart <= firstWordEnd) ||
                               (firstCrossed == firstVisible && pastStart);
        const bool toEnd = (carriedEnd >= (1 - s.endSlack) * box.width && carriedEnd >= lastWordStart) ||
                           (lastCrossed == lastVisible && pastEnd);
        const bool endToEnd = fromStart && toEnd;
        // Across the letters, not along their foot: the line's middle not below the name's
        // baseline (the box takes in descenders, and a table row's underline can lie within it;
        // on 1,000 table ballots 3 of 85 strokes through names lay up to 0.1 x-height below the
        // baseline found — those go to the committee — and the underlines 0.27 x-height and
        // more), and below the box's top 15 % (accents).
        const bool through = centre > 0.15 && centre * box.height <= name.baseline;
        // The name's own letters must be where the blank has them: another list's ballot, or a
        // row that did not align, is the committee's.
        cv::Mat scanLetters;
        cv::dilate(nameInk(nameBox), scanLetters, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
        const double letterMatch = cv::countNonZero(nameLetters & scanLetters) / std::max(1.0, static_cast<double>(cv::countNonZero(nameLetters)));
        if (letterMatch < s.nameMatch) {
            out.uncertain.push_back(name.id);
            allDecided = false;
            if (std::ranges::find(out.reasons, "blank_mismatch") == out.reasons.end()) {
                out.reasons.emplace_back("blank_mismatch");
            }
            out.scores.emplace_back(name.id, 0.0);
            continue;
        }
        // The share of the visible columns crossed, not counting those before the stroke's start
        // in the first letter and after its end in the last.
        const int firstLetterEnd = letterGaps.empty() ? box.width - 1 : letterGaps.front().first - 1;
        const int lastLetterStart = letterGaps.empty() ? 0 : letterGaps.back().second + 1;
        const int leadEnd = std::min(firstLetterEnd, static_cast<int>(s.leadShare * box.width));
        const int tailStart = std::max(lastLetterStart, box.width - 1 - static_cast<int>(s.leadShare * box.width));
        const auto unreached = std::ranges::count_if(bare, [&](int x) {
            return (x < firstCrossed && firstCrossed <= leadEnd) || (x > lastCrossed && lastCrossed >= tailStart);
        });
        const double coverage = judged ? crossed / std::max(1.0, static_cast<double>(columns - unreached)) : 0;
        const double insideMm2 = std::max(cv::countNonZero(nameAdded(nameBox)), cv::countNonZero(nameFaint(nameBox))) / (mm * mm);
        const double nearMm2 = std::max(cv::countNonZero(addedNear), cv::countNonZero(faintNear)) / (mm * mm);
        out.scores.emplace_back(name.id, coverage);
        if (judged && endToEnd && through && coverage >= s.struck) {
            out.struck.push_back(name.id);
            if (offLineMm2 > s.offLineMm2) {  // struck, and something more written around it
                out.uncertain.push_back(name.id);
                allDecided = false;
                if (std::ranges::find(out.reasons, "mark_near_name") == out.reasons.end()) {
                    out.reasons.emplace_back("mark_near_name");
                }
            }
        } else if (judged || coverage > s.kept || insideMm2 > s.insideMm2 || nearMm2 > s.nearMm2) {
            out.uncertain.push_back(name.id);
            allDecided = false;
            const char* reason = coverage >= s.struck && endToEnd && !through           ? "underline"
                                 : coverage > s.kept || insideMm2 > s.insideMm2 ? "partial_strike"
                                                                               : "mark_near_name";
            if (std::ranges::find(out.reasons, reason) == out.reasons.end()) {
                out.reasons.emplace_back(reason);
            }
        } else {
            cv::Mat gaps;
            const int g = static_cast<int>(std::lround(s.gapMm * mm));
            cv::dilate(blankInk(region), gaps, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * g + 1, 2 * g + 1)));
            const int hidden = hiddenLineColumns(lineFaint(region + shift), gaps, nameBox, static_cast<int>(std::lround(1.1 * mm)));
            // Kept only when a stroke could be seen and none is, and no mark beside the name runs
            // on under its letters.
            const int length = static_cast<int>(std::lround(s.intoLettersMm * mm));
            const char* reason = hidden >= s.hiddenColumns ? "faint_stroke"
                                 : runsIntoLetters(addedNear, namePrinted, nameBox, length) ||
                                           runsIntoLetters(faintNear, printedWide(region), nameBox, length)
                                     ? "partial_strike"
                                     : nullptr;
            if (reason) {
                out.uncertain.push_back(name.id);
                allDecided = false;
                if (std::ranges::find(out.reasons, reason) == out.reasons.end()) {
                    out.reasons.emplace_back(reason);
                }
            }
        }
    }
    // The stamp: the committee stamps each ballot by hand over the organisation's name, at the
    // top left, never twice at the same place — so there is new ink there on a stamped ballot
    // even when the blank was stamped too. None: the committee looks (missing_stamp).
    if (!b.stampZone.empty()) {
        const cv::Rect& zone = b.stampZone;
        if (cv::countNonZero(markFaint(zone) & b.stampZoneClear(zone)) < s.stampMin * zone.area()) {
            out.reasons.emplace_back("missing_stamp");
            allDecided = false;
        }
    }
    // A torn corner shows on a dark-backed scan: the paper's outline misses a piece of the
    // rectangle it spans. (On a white-backed scan a tear that takes only blank paper shows
    // nothing; one through the stamp or the print leaves them incomplete.)
    // Looked for at 4 px/mm: a tear is tens of square millimetres, and the sheet's outline at 8
    // px/mm took a sixth of an A4 ballot's time (same decisions on the 645 dark-backed and torn
    // sheets compared; at 2 px/mm the 2 mm slivers along a sheet's edge passed for tears).
    constexpr double coarse = 4.0;
    if (torn(toScale(page, mm * 25.4, coarse), coarse, s.tornMm2 * coarse * coarse)) {
        out.reasons.emplace_back("corner_damaged");
        allDecided = false;
    }
    // New ink outside the list, seen with the scan laid on the blank as the names are (the
    // median of their shifts): the page's fit can be off by a few tenths of a millimetre across
    // the list, enough to leave a list number's strokes outside the blank's print.
    // The scanner's background beside an askew or small sheet is not writing: taken away, when
    // anything is found, before looking again.
    cv::Mat outside = movedBy(scanInk, medianOf(shifts)) & b.outsideZone;
    const double piece = s.outsideMm * mm;
    if (hasPieceSpanning(outside, piece)) {
        if (const cv::Mat sheet = sheetArea(warped, paper, mm, b.edges); !sheet.empty()) {
            outside &= sheet;
        }
        if (hasPieceSpanning(outside, piece)) {
            out.reasons.emplace_back("writing_outside_list");
            allDecided = false;
        }
    }
    if (allDecided && out.reasons.empty()) {
        out.status = Status::Read;
    }
    return out;
}

}  // namespace kp::ocr
