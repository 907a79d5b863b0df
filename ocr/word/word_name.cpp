#include "ocr/word/word_name.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>

#include "ocr/recognize/robust_line.h"

namespace kp::ocr::word {

namespace {

// How many pixels of `m` are set in `column` (one pixel wide): walked down directly —
// cv::countNonZero on a strided column view cost a few thousand instructions a call, and the
// names' measures make tens of thousands of such calls a ballot.
int setInColumn(const cv::Mat& m, const cv::Rect& column) {
    int set = 0;
    for (int y = column.y; y < column.y + column.height; ++y) {
        set += m.ptr(y)[column.x] != 0;
    }
    return set;
}

// How many pixels are set in both `a` and `b` (of one size): cv::bitwise_and and
// cv::countNonZero in one pass, without the image between them.
int setInBoth(const cv::Mat& a, const cv::Mat& b) {
    int set = 0;
    for (int y = 0; y < a.rows; ++y) {
        const uchar* p = a.ptr(y);
        const uchar* q = b.ptr(y);
        for (int x = 0; x < a.cols; ++x) {
            set += (p[x] != 0) & (q[x] != 0);
        }
    }
    return set;
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

}  // namespace

cv::Point localShift(const cv::Mat& blankInk, const cv::Mat& scanInk, const cv::Rect& box, int range) {
    const cv::Rect page(0, 0, scanInk.cols, scanInk.rows);
    const cv::Mat letters = blankInk(box);
    cv::Point best(0, 0);
    int bestScore = -1;
    for (int r = 0; r <= range; ++r) {  // rings of growing distance: the nearest wins a tie
        for (int dy = -r; dy <= r; ++dy) {
            for (int dx = -r; dx <= r; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != r || !page.contains((box + cv::Point(dx, dy)).tl()) ||
                    !page.contains((box + cv::Point(dx, dy)).br() - cv::Point(1, 1))) {
                    continue;
                }
                if (const int score = setInBoth(letters, scanInk(box + cv::Point(dx, dy))); score > bestScore) {
                    bestScore = score;
                    best = {dx, dy};
                }
            }
        }
    }
    return best;
}

cv::Mat reaching(const cv::Mat& mask, const cv::Rect& zone) {
    if (cv::countNonZero(mask(zone)) == 0) {
        return cv::Mat::zeros(mask.size(), CV_8U);  // nothing in the zone, so nothing reaches it: no labelling
    }
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

bool runsIntoLetters(const cv::Mat& marks, const cv::Mat& letters, const cv::Rect& box, int length) {
    cv::Mat inBox = cv::Mat::zeros(letters.size(), CV_8U);
    letters(box).copyTo(inBox(box));
    cv::dilate(inBox, inBox, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    std::vector<cv::Point> touching;
    cv::findNonZero(inBox & marks, touching);
    if (touching.empty()) {
        return false;  // the usual kept name: nothing to measure (labelling was most of its time)
    }
    cv::Mat labels, stats, centroids;
    cv::connectedComponentsWithStats(marks, labels, stats, centroids, 8, CV_32S);
    return std::ranges::any_of(touching, [&](const cv::Point& q) {
        const int label = labels.at<int>(q);
        return std::max(stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT)) >= length;
    });
}

int hiddenLineColumns(const cv::Mat& faint, const cv::Mat& letters, const cv::Rect& box, int control) {
    int seen = 0;
    const int top = box.y + box.height * 15 / 100, bottom = box.y + box.height * 90 / 100;  // as `through`
    for (int x = box.x; x < box.x + box.width; ++x) {
        if (setInColumn(letters, cv::Rect(x, box.y, 1, box.height)) > 0) {
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

std::pair<int, int> outerWords(std::vector<std::pair<int, int>> gaps, int words, int width) {
    const auto count = static_cast<std::size_t>(std::max(0, words - 1));
    if (count == 0 || gaps.size() < count) {
        return {width - 1, 0};
    }
    std::ranges::stable_sort(gaps, std::ranges::greater{}, [](const auto& g) { return g.second - g.first; });
    gaps.resize(count);
    return {std::ranges::min(gaps).first - 1, std::ranges::max(gaps).second + 1};
}

StrokeTrace traceStroke(const NameCut& cut, const WordSettings& s) {
    // The stroke: a straight line fitted (Huber) through the new ink on the name's line.
    // Following it across the name, a column counts as crossed when new ink lies on the
    // line, as not crossed when the line runs over bare paper there, and not at all where
    // the line runs under a printed letter (hidden is not absent).
    const double mm = s.pxPerMm;
    const cv::Rect& nameBox = cut.box;
    const cv::Mat& nameAdded = cut.added;
    const cv::Mat& namePrinted = cut.printed;
    StrokeTrace t{0, 0, nameBox.width, -1, nameBox.width, -1, {}, false, false, nameBox.width, -1, 0.5, 0, {}, 0};
    auto& [columns, crossed, firstCrossed, lastCrossed, firstVisible, lastVisible, bare, pastStart, pastEnd,
           carriedStart, carriedEnd, centre, offLineMm2, strokeLine, band] = t;
    std::vector<cv::Point> ink;
    cv::findNonZero(nameAdded(nameBox), ink);
    if (ink.size() >= static_cast<std::size_t>(2 * mm)) {  // a couple of millimetres of line to follow
        const cv::Vec4f fit = robustLine(ink);
        const double slope = std::abs(fit[0]) > 1e-6 ? fit[1] / fit[0] : 0;
        const int reach = std::max(2, static_cast<int>(0.6 * mm));  // a pen line's width and wobble
        const int wave = std::max(reach, static_cast<int>(std::lround(s.waveMm * mm)));  // …and a hand's wave
        const auto lineY = [&](double x) {
            return static_cast<double>(fit[3]) + (x - static_cast<double>(fit[2])) * slope;
        };
        centre = lineY(nameBox.width / 2.0) / nameBox.height;
        // Around the name, outside its letters' box, ink more than a hand line's wobble off the
        // band the stroke takes across the letters is another mark (a circle, a tick); a
        // second stroke over the letters is not. The band: nine tenths of the new ink in the
        // box lie within it of the line (a double stroke's two lines, the pen's width).
        std::vector<double> across(ink.size());
        std::ranges::transform(ink, across.begin(), [&](const cv::Point& q) { return std::abs(q.y - lineY(q.x)); });
        const auto ninth = across.begin() + static_cast<std::ptrdiff_t>(across.size() * 9 / 10);
        std::ranges::nth_element(across, ninth);
        std::vector<cv::Point> near;
        cv::findNonZero(cut.addedNear, near);
        const double off = std::max(static_cast<double>(wave), *ninth + wave / 2.0);
        strokeLine = fit;
        band = off;
        offLineMm2 = static_cast<double>(std::ranges::count_if(near,
                                                               [&](const cv::Point& q) {
                                                                   const cv::Point inBox = q - nameBox.tl();
                                                                   return !nameBox.contains(q) &&
                                                                          std::abs(inBox.y - lineY(inBox.x)) > off;
                                                               })) /
                     (mm * mm);
        for (int x = 0; x < nameBox.width; ++x) {
            const int y = static_cast<int>(std::lround(lineY(x)));
            if (y < 0 || y >= nameBox.height) {
                continue;
            }
            // A wave or a double stroke strays from the fitted line by up to `wave`; where
            // much of that window is behind letters, the stroke may be there unseen.
            const cv::Rect window = cv::Rect(nameBox.x + x, nameBox.y + y - wave, 1, 2 * wave + 1) & nameBox;
            const bool onLine = setInColumn(nameAdded, window) > 0;
            const bool hidden = setInColumn(namePrinted, window) * 10 > window.height * 3;
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
                const cv::Rect window = cv::Rect(nameBox.x + x, nameBox.y + y - wave, 1, 2 * wave + 1) &
                                        cv::Rect(0, 0, nameAdded.cols, nameAdded.rows);
                if (window.area() == 0 || setInColumn(nameAdded, window) == 0) {
                    return false;
                }
            }
            return beyond > 0;
        };
        pastStart = seenBeyond(-1, -1);
        pastEnd = seenBeyond(nameBox.width, +1);
        if (lastCrossed >= firstCrossed) {
            cv::Mat letters;
            cv::dilate(cut.blankInk, letters, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
            const StrokeLine line{letters,
                                  cut.ink,
                                  nameBox.tl(),
                                  fit[2],
                                  fit[3],
                                  slope,
                                  reach,
                                  reach + static_cast<int>(std::lround(0.5 * mm)),
                                  std::max(3, static_cast<int>(std::lround(0.35 * mm)))};
            carriedStart = carriedOn(line, firstCrossed - 1, -1, s.struck).value_or(firstCrossed);
            carriedEnd = carriedOn(line, lastCrossed + 1, nameBox.width, s.struck).value_or(lastCrossed);
        }
    }
    return t;
}

void clearStrokeGoingOn(cv::Mat& outside, const cv::Mat& ink, const cv::Vec4f& line, double strokeBand,
                        const cv::Rect& around, double pxPerMm) {
    if (std::abs(line[0]) < 1e-6) {
        return;
    }
    const double band = strokeBand;  // the corridor: the stroke's band either side of its line
    const double slope = line[1] / line[0];
    const double y0 = static_cast<double>(line[3]) - static_cast<double>(line[2]) * slope;
    const double turn = 0.1;  // pixels a column the corridor may bend from the fitted line (a hand's bow, ≈ 6°)
    const int thick = static_cast<int>(std::lround(1.0 * pxPerMm));   // a pen's line is no thicker across
    const int maxGap = static_cast<int>(std::lround(3.0 * pxPerMm));  // letters, a rule, a skip of the pen
    const int lookFor = static_cast<int>(std::lround(25 * pxPerMm));  // an honorific's letters before a name
    const int holds = static_cast<int>(std::lround(3.0 * pxPerMm));  // the line must go on this long in the corridor…
    const double margin = 1.5 * pxPerMm;                             // …with nothing this near beside it
    const double besideMax = 0.25 * pxPerMm * pxPerMm;               // (specks, a tenth of the line's own ink)
    const cv::Rect page(0, 0, ink.cols, ink.rows);
    // The thin ink runs of column x (first and last row) reaching into [lo, hi].
    const auto thinRuns = [&](int x, double lo, double hi) {
        std::vector<std::pair<int, int>> out;
        for (int y = std::max(0, static_cast<int>(std::floor(lo)));
             y <= std::min(ink.rows - 1, static_cast<int>(std::ceil(hi))); ++y) {
            if (!ink.at<uchar>(y, x))
                continue;
            int a = y, b = y;
            while (a > 0 && ink.at<uchar>(a - 1, x)) --a;
            while (b + 1 < ink.rows && ink.at<uchar>(b + 1, x)) ++b;
            if (b - a <= thick)
                out.emplace_back(a, b);
            y = b;
        }
        return out;
    };
    const auto inkIn = [&](int x, double y) {
        const cv::Rect r =
            cv::Rect(x, static_cast<int>(std::floor(y - band)), 1, static_cast<int>(2 * band) + 1) & page;
        return r.area() > 0 && cv::countNonZero(ink(r)) > 0;
    };
    for (const int step : {+1, -1}) {
        // The first column out of the name's zone where the stroke shows as a pen's thin line
        // (past an honorific's letters, it may be a few)…
        int from = step > 0 ? around.br().x : around.x - 1;
        for (int k = 0; k < lookFor && from >= 0 && from < ink.cols; ++k, from += step) {
            if (!thinRuns(from, y0 + slope * from - band, y0 + slope * from + band).empty())
                break;
        }
        // …from where ink must go on in the stroke's corridor (its band either side of its
        // line) for most of 3 mm, and no new ink lie just beside the corridor there: a tick or a
        // cross on the line leaves it, a pen's line going on does not.
        int in = 0, beside = 0, inside = 0;
        for (int k = 0; k < holds; ++k) {
            const int x = from + k * step;
            if (x < 0 || x >= ink.cols)
                continue;
            const double y = y0 + slope * x;
            in += inkIn(x, y) ? 1 : 0;
            const cv::Rect own =
                cv::Rect(x, static_cast<int>(std::floor(y - band)), 1, static_cast<int>(2 * band) + 1) & page;
            inside += own.area() > 0 ? cv::countNonZero(outside(own)) : 0;
            for (const double sign : {-1.0, 1.0}) {
                const double a = y + sign * band, b = a + sign * margin;
                const cv::Rect r = cv::Rect(cv::Point(x, static_cast<int>(std::min(a, b))),
                                            cv::Point(x + 1, static_cast<int>(std::max(a, b)) + 1)) &
                                   page;
                beside += r.area() > 0 ? cv::countNonZero(outside(r)) : 0;
            }
        }
        if (in * 10 < holds * 7 || beside > besideMax) {
            continue;
        }
        // The corridor bends slowly after the pen's thin runs in it (a hand's line bows, a slant
        // drifts over the centimetres of a whole row); across letters and rules it goes straight on.
        double y = y0 + slope * from;
        for (int x = from, gap = 0; x >= 0 && x < ink.cols && gap <= maxGap; x += step) {
            const auto runs = thinRuns(x, y - band, y + band);
            gap = runs.empty() && !inkIn(x, y) ? gap + 1 : 0;
            double sum = 0;
            for (const auto& [a, b] : runs) {
                for (int yy = a; yy <= b; ++yy) outside.at<uchar>(yy, x) = 0;
                sum += (a + b) / 2.0;
            }
            const double next = y + slope * step;
            y = runs.empty() ? next : next + std::clamp(sum / static_cast<double>(runs.size()) - next, -turn, turn);
        }
    }
}

}  // namespace kp::ocr::word
