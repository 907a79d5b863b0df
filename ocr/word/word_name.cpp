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
    StrokeTrace t{0, 0, nameBox.width, -1, nameBox.width, -1, {}, false, false, nameBox.width, -1, 0.5, 0};
    auto& [columns, crossed, firstCrossed, lastCrossed, firstVisible, lastVisible, bare, pastStart, pastEnd, carriedStart,
           carriedEnd, centre, offLineMm2] = t;
    std::vector<cv::Point> ink;
    cv::findNonZero(nameAdded(nameBox), ink);
    if (ink.size() >= static_cast<std::size_t>(2 * mm)) {  // a couple of millimetres of line to follow
        const cv::Vec4f fit = robustLine(ink);
        const double slope = std::abs(fit[0]) > 1e-6 ? fit[1] / fit[0] : 0;
        const int reach = std::max(2, static_cast<int>(0.6 * mm));  // a pen line's width and wobble
        const int wave = std::max(reach, static_cast<int>(std::lround(s.waveMm * mm)));  // …and a hand's wave
        const auto lineY = [&](double x) { return static_cast<double>(fit[3]) + (x - static_cast<double>(fit[2])) * slope; };
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
        offLineMm2 = static_cast<double>(std::ranges::count_if(near, [&](const cv::Point& q) {
                         const cv::Point inBox = q - nameBox.tl();
                         return !nameBox.contains(q) && std::abs(inBox.y - lineY(inBox.x)) > off;
                     })) / (mm * mm);
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
                const cv::Rect window = cv::Rect(nameBox.x + x, nameBox.y + y - wave, 1, 2 * wave + 1) & cv::Rect(0, 0, nameAdded.cols, nameAdded.rows);
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
            const StrokeLine line{letters, cut.ink, nameBox.tl(), fit[2], fit[3], slope, reach,
                                  reach + static_cast<int>(std::lround(0.5 * mm)), std::max(3, static_cast<int>(std::lround(0.35 * mm)))};
            carriedStart = carriedOn(line, firstCrossed - 1, -1, s.struck).value_or(firstCrossed);
            carriedEnd = carriedOn(line, lastCrossed + 1, nameBox.width, s.struck).value_or(lastCrossed);
        }
    }
    return t;
}

}  // namespace kp::ocr::word
