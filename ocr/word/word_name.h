#pragma once
// The word reader's evidence about one name (word_reader.h): the name's own shift, the stroke
// traced across it, the marks around it, where its words and its letters' foot are. Internal
// to ocr/word; Qt-free.
#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>
#include <utility>
#include <vector>

#include "ocr/word/word_reader.h"

namespace kp::ocr::word {

// The shift (within ±range pixels) of the scan that lays most of its ink on the blank's letters
// in `box`; the smallest such shift on a tie.
cv::Point localShift(const cv::Mat& blankInk, const cv::Mat& scanInk, const cv::Rect& box, int range);

// The marks of `mask` that reach into `zone`, whole: a tick beside a name is judged by all of
// its ink, not by the part of it that lies within a fixed distance of the letters (the rest,
// beyond that, too small alone to be writing outside the list).
cv::Mat reaching(const cv::Mat& mask, const cv::Rect& zone);

// Whether a mark at least `length` long runs into the letters (`letters`, within `box` only,
// widened by a pixel): the rest of a stroke the print hides. A stroke along the foot of a short
// family name ("Lê") lies wholly in the letters' print and halo but for the dash before them.
bool runsIntoLetters(const cv::Mat& marks, const cv::Mat& letters, const cv::Rect& box, int length);

// A light stroke can hide wholly in the letters' halo (the blank's ink widened by printedMm and
// haloMm covers every gap of a name), so "no mark seen" is not yet "no mark". In the gaps between
// words and letters — columns clear of the blank's print (`letters`, widened a little for the
// scan's blur) over the line's whole height — a stroke shows as faint ink at the letters'
// middle heights with paper `control` pixels above and below it (a mark that tall is seen by
// the other rules). The number of such columns in `box`.
int hiddenLineColumns(const cv::Mat& faint, const cv::Mat& letters, const cv::Rect& box, int control);

// The rows of a name's x-height band in `letters` (the blank's ink in its box): those at least
// half as dense as the densest row — ascenders, accents and descenders are sparse. The second
// is the baseline.
std::pair<int, int> letterBand(const cv::Mat& letters);

// The gaps between a name's letters (the blank's ink in its box, column by column), the paper
// before and after it aside: first and last column of each, left to right. A column inked over
// nine tenths of the box's height is a table's rule the box reaches, not a letter (none spans
// accent to descender).
std::vector<std::pair<int, int>> columnGaps(const cv::Mat& letters);

// Where the first of `words` words ends and the last begins: the words − 1 widest gaps are the
// spaces (the count is the list's, so a narrow table font or loose letters do not matter).
// Names whose spaces cannot be told apart count as one word.
std::pair<int, int> outerWords(std::vector<std::pair<int, int>> gaps, int words, int width);

// A name's part of the page (its `region`, the scan's side moved by the name's own shift).
struct NameCut {
    const cv::Mat& added;      // the voter's ink: the scan's ink away from the blank's print
    const cv::Mat& ink;        // the scan's ink
    const cv::Mat& printed;    // the blank's print, widened by printedMm
    const cv::Mat& addedNear;  // the voter's marks reaching into the zone around the name
    cv::Mat blankInk;          // the blank's print itself
    cv::Rect box;              // the name's letters
};

// What the voter's ink on a name's line says: the stroke fitted through it and followed across
// the name, beyond its ends and between its letters. Columns are the name box's.
struct StrokeTrace {
    int columns, crossed;           // visible columns, and those the stroke crosses
    int firstCrossed, lastCrossed;  // (box width, −1: none)
    int firstVisible, lastVisible;
    std::vector<int> bare;         // visible columns the stroke does not cross
    bool pastStart, pastEnd;       // the stroke seen going on beyond the name's ends
    int carriedStart, carriedEnd;  // …or between the letters hiding it
    double centre;                 // where the line crosses the name's middle: 0 top, 1 foot
    double offLineMm2;             // new ink around the name away from the line
    cv::Vec4f line;                // the fitted line (fitLine's form, the box's pixels); zero: none
    double band;                   // pixels either side of it the stroke's ink takes (offLineMm2's)
};

StrokeTrace traceStroke(const NameCut& cut, const WordSettings& s);

// A stroke through a struck name goes on where a voter drew it: from the list number, through an
// honorific or a table row's other cells, past the page's margin. That line is followed out of
// the name's zone `around` (from each pen line of it within `band` of the fitted `line`, page
// pixels), column by column in the scan's ink (`ink`: across printed words its run is too thick
// to tell and is stepped over), and cleared from `outside` (new ink beyond every name's zone):
// the stroke, not writing outside the list. Only the pen's own line is cleared — a tick or a
// word written on it keeps the rest of its ink.
void clearStrokeGoingOn(cv::Mat& outside, const cv::Mat& ink, const cv::Vec4f& line, double band,
                        const cv::Rect& around, double pxPerMm);

}  // namespace kp::ocr::word
