#pragma once
// The word reader's work on a page as a whole (word_reader.h): its scale and paper level, its
// alignment onto the blank, the sheet's outline against a dark scanner background, folds,
// pieces of ink. Internal to ocr/word; Qt-free.
#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>
#include <vector>

namespace kp::ocr::word {

// `gray`, at `fromPxPerMm`, brought to `pxPerMm` (the reader measures at 8 px/mm, finds features
// at 4 and 2) quickly: reduced by the nearest whole factor (cv::resize's fast path: area
// resizing by any other factor took 14 ms of an A4 page at 200 dpi, 0.2 ms by two), then
// resized by what is left (a third either way at most: 200 dpi to 4 px/mm is halved, then
// enlarged by 1.6 %; 600 dpi to 8 px/mm divided by three, then enlarged as much). Below a
// factor of 1.5 it is one resize: by area down, linear up.
cv::Mat shrunk(const cv::Mat& gray, double fromPxPerMm, double pxPerMm);

// shrunk's first step: the whole factor (at least 1), and `gray` reduced by it.
int wholeFactor(double fromPxPerMm, double pxPerMm);
cv::Mat reducedBy(const cv::Mat& gray, int whole);

// The paper's brightness: a high percentile of the page (most of a ballot is paper), counted on
// every `rowStep`-th row.
double paperLevel(const cv::Mat& gray, int rowStep = 1);

// A whole page's paper level is counted on every fourth row: a million pixels of an A4 page at
// 8 px/mm give the percentile as well as four million (counting all of them was a twentieth of
// a typed ballot's reading).
constexpr int PAGE_ROW_STEP = 4;

// 255 where `gray` is darker than `level`.
cv::Mat darkerThan(const cv::Mat& gray, double level);

// 255 where `gray` is darker than `share` of its paper's brightness.
cv::Mat inkOf(const cv::Mat& gray, double share);

// Features for the fine fit are found at 4 px/mm: letters are a few pixels thick.
constexpr double FEATURE_PX_PER_MM = 4.0;

struct Features {
    std::vector<cv::KeyPoint> points;
    cv::Mat descriptors;
};

// Which ORB features: how many, and over how many pyramid levels (1.2 apart).
struct Orb {
    int features;
    int levels;
};

// The ORB features of `small`, an image at FEATURE_PX_PER_MM (COARSE_PX_PER_MM for COARSE).
Features featuresOf(const cv::Mat& small, Orb orb);

// ORB features of the printed text matched between blank and scan (`small`, the scan at the
// features' scale), a similarity transform (turn, scale, shift — any orientation, upside down
// included) fitted by RANSAC, then refined by least squares on the inliers as a full affine map
// (scanners also shear a little). The map takes the blank's pixels at `blankPxPerMm` to the
// scan's at `scanPxPerMm` (2×3, CV_32F; empty when nothing matched).
cv::Mat align(const Features& blank, const cv::Mat& small, Orb orb, double blankPxPerMm, double scanPxPerMm);

// Where a scan lies on the blank is found in two steps. A rough fit, with few features at 2 px/mm
// over eight pyramid levels, finds the scan's scale (its true resolution, whatever its file
// states: the simulator's files and many scanners' state none) and its turn. The scan brought to
// 4 px/mm by it, a fine fit with features of one level: a feature found on a coarse level is
// placed a few tenths of a millimetre off, and eight levels took them into the fit (the blank's
// print found on the aligned scan: 94.5 % one level, 91.9 % eight, on 80 A4 sheets at their true
// resolution). A fine fit more than ROUGH_MM from the rough one is none. ANY_SCALE, a single fit
// over eight levels (kp-word-reader/9's), is the last resort for a page the two steps miss.
// The rough fit is tried first at the stated (or the blank's) resolution alone, with features
// of one level (COARSE_NEAR: a third of eight levels' time): a count's blank and ballots are
// scanned alike, so it nearly always holds; one that finds no scale within NEAR_SCALE of the
// stated one is none, and the eight levels are tried.
constexpr double COARSE_PX_PER_MM = 2.0;
constexpr Orb COARSE{500, 8};
constexpr Orb COARSE_NEAR{500, 1};
constexpr double NEAR_SCALE = 1.25;
constexpr Orb ANY_SCALE{4000, 8};
constexpr double ROUGH_MM = 10.0;

// The blank's features for each fit.
struct BlankFeatures {
    Features coarse, coarseNear, fine, anyScale;
    int fineCount = 0;  // features of one level (WordSettings::alignFeatures)
};
BlankFeatures blankFeatures(const cv::Mat& blank, double pxPerMm, int fineCount);

// A scan laid on the blank: `warp` takes the blank's pixels (at pxPerMm) to `source`'s, the scan
// itself or, when much finer than pxPerMm, the scan brought to it (a warp samples, it does not
// average); `small` is the scan at FEATURE_PX_PER_MM.
struct Placement {
    cv::Mat warp, source, small;
    cv::Mat toSmall;  // the blank's pixels to `small`'s (2 × 3, CV_32F)
    int turn = -1;  // no warp: the rough fit found the scan turned by this cv::RotateFlags, to undo
};

// The two-step fit of `scan` (its file stating `statedPxPerMm`) onto the blank, or with
// `anyScale` the last resort's; an empty warp when it finds none. A scan the rough fit finds
// turned by a quarter or a half is not fitted finely as it lies (one-level features matched
// upside down put every such A4 page 190 mm off, after a long RANSAC): `turn` says how to turn
// it back before trying again.
Placement place(const BlankFeatures& blank, cv::Size blankSize, const cv::Mat& scan, double statedPxPerMm, double pxPerMm,
                bool anyScale);

// `m` moved by `by`, kept where `zone` is set: out(p) = m(p + by) & zone(p), nothing where p + by
// falls off the image.
cv::Mat movedInto(const cv::Mat& m, cv::Point by, const cv::Mat& zone);

// How many of `print`'s pixels have a dark pixel of `ink` on them or next to them (left, right,
// above, below: what cv::dilate with a 3 × 3 ellipse reaches) — the print found on a scan.
int printFound(const cv::Mat& print, const cv::Mat& ink);

// The median of the points' x and of their y; (0, 0) for none.
cv::Point medianOf(std::vector<cv::Point> points);

// Whether a piece of `mask` (8-connected) spans at least `size` pixels both across and down.
// Labelled only where the mask has anything (on most ballots a few specks, or nothing).
bool hasPieceSpanning(const cv::Mat& mask, double size);

// Faint lines running across most of the sheet are folds and creases, not a voter's mark (no
// stroke, underline or tick reaches half way across a ballot): taken out of the faint marks,
// they would otherwise count near every name they pass and stand in for a missing stamp. On the
// aligned scan a fold runs along a row or a column of the blank; it is found in `shadows` (the
// paper a little darker than itself, away from the print: a pressed fold is only 6–15 % darker,
// too little to show whole among the faint marks). A faint line through a name's letters is
// still seen there (hiddenLineColumns looks at the scan itself, on a fold against the fold's
// paper: faintMarks' `onLines`).
struct PageLine {
    bool row;      // along a row of the sheet (else a column)
    int from, to;  // the rows (columns) it covers, soft edge included
};

// The folds in `shadows`: rows (columns) dark along more than half the sheet, with 0.5 mm of
// soft edge.
std::vector<PageLine> pageLines(const cv::Mat& shadows, double pxPerMm);

// The faint marks on the sheet (darker than `share` of the `paper` level), twice: `marks` with
// the folds' rows and columns cleared, and `onLines` with the marks on a fold judged against the
// fold's own paper (the brightest of each row or column of it), not the sheet's — the shadow
// darkens whatever lies on it by the same share, so a mark there is one only if it is as much
// darker than the fold as a faint mark is than paper. One image (shared) when there is no fold.
// Only on the sheet (`sheet`, sheetArea's; empty: everywhere).
struct FaintMarks {
    cv::Mat marks, onLines;
};
FaintMarks faintMarks(const cv::Mat& gray, double paper, const std::vector<PageLine>& lines, double share,
                      const cv::Mat& sheet = {});

// The sheet on a scan (`small`, at `pxPerMm`), found once a ballot: its paper (brighter than
// half the paper's level; a scanner streak or a pen line crossing the sheet's edge bridged: they
// neither tear it nor move its edge) and the outline of the largest piece of it (none on an
// image with no paper). A sheet fed askew onto a dark scanner background, or smaller than the
// blank's frame, leaves background on the aligned scan — dark, and neither writing, a mark nor a
// fold.
struct Sheet {
    cv::Size size;
    cv::Mat paper;
    std::vector<cv::Point> outline;
};
Sheet sheetOn(const cv::Mat& small, double pxPerMm);

// Where the sheet lies on the aligned scan (`size`; `toSmall` takes its pixels to the sheet's
// image): its outline filled, less a millimetre (at `pxPerMm`) along it — the edge's blur and
// shadow. Empty (all of it) when the paper fills the scan: a white-backed scan shows no outline.
cv::Mat sheetArea(const Sheet& sheet, const cv::Mat& toSmall, cv::Size size, double pxPerMm);

// Whether a piece larger than `limit` pixels is missing from a corner of the rectangle the sheet
// spans on the scan: never on a white-backed scan (no outline to see) nor on a whole sheet.
bool torn(const Sheet& sheet, double pxPerMm, double limit);

}  // namespace kp::ocr::word
