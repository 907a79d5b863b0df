#pragma once
// The word reader's work on a page as a whole (word_reader.h): its scale and paper level, its
// alignment onto the blank, the sheet's outline against a dark scanner background, folds,
// pieces of ink. Internal to ocr/word; Qt-free.
#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>
#include <vector>

namespace kp::ocr::word {

// `gray`, scanned at `fromDpi`, brought to `pxPerMm` (the reader measures at 8 px/mm).
cv::Mat toScale(const cv::Mat& gray, double fromDpi, double pxPerMm);

// The paper's brightness: a high percentile of the page (most of a ballot is paper).
double paperLevel(const cv::Mat& gray);

// 255 where `gray` is darker than `level`.
cv::Mat darkerThan(const cv::Mat& gray, double level);

// 255 where `gray` is darker than `share` of its paper's brightness.
cv::Mat inkOf(const cv::Mat& gray, double share);

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

// The ORB features (4,000) of `image`, given at `pxPerMm`, found at FEATURE_PX_PER_MM.
Features featuresOf(const cv::Mat& image, double pxPerMm);

// ORB features of the printed text matched between blank and scan, a similarity transform
// (turn, scale, shift — any orientation, upside down included) fitted by RANSAC, then refined
// by least squares on the inliers as a full affine map (scanners also shear a little).
Alignment align(const Features& blank, const cv::Mat& scan, double pxPerMm);

// `m` moved by `by`: out(p) = m(p + by), nothing where that falls off the image.
cv::Mat movedBy(const cv::Mat& m, cv::Point by);

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
struct FaintMarks {
    cv::Mat marks, onLines;
};
FaintMarks faintMarks(const cv::Mat& gray, double paper, const std::vector<PageLine>& lines, double share);

// Where the sheet lies on the aligned scan: a sheet fed askew onto a dark background, or smaller
// than the blank's frame, leaves background inside the frame — dark, and not writing. The
// sheet's outline filled, less a millimetre along it (the edge's blur and shadow). Empty (all of
// the frame) when no background reaches in from the frame's edge band (`edges`); a white-backed
// scan shows none.
cv::Mat sheetArea(const cv::Mat& warped, double paper, double pxPerMm, const cv::Mat& edges);

// Whether a piece larger than `limit` pixels is missing from a corner of the rectangle the sheet
// spans on the scan: never on a white-backed scan (no outline to see) nor on a whole sheet.
bool torn(const cv::Mat& scan, double pxPerMm, double limit);

}  // namespace kp::ocr::word
