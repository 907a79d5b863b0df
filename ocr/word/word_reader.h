#pragma once
// Reading a marked word-processor ballot against its learned blank (word_template.h): the scan
// is aligned onto the blank (ORB features of the print, any orientation; the page turned when
// they do not match), the ink the blank does not have is the voter's, and each name is decided
// from how much of its letters a stroke crosses. Conservative by design: a name is struck only
// when a stroke crosses nearly all of it, kept only when no ink at all is on or around it and
// no faint line shows in the gaps between its letters; everything else, a page that does not
// align, writing outside the list, goes to the committee with its reason. Qt-free.
#include <memory>
#include <opencv2/core/mat.hpp>
#include <tuple>
#include <vector>

#include "ocr/recognize/box_mark.h"
#include "ocr/recognize/recognize.h"
#include "ocr/recognize/seal.h"
#include "ocr/word/word_template.h"

namespace kp::ocr {

struct WordSettings {
    std::string version = "kp-word-reader/12";
    double pxPerMm = 8.0;        // both images are brought to this resolution
    int alignFeatures = 1000;    // ORB features of blank and scan for the fine fit, one level (no pyramid: finer fits);
                                 // the page that does not align so is tried again at any scale (word_page.h)
    double alignMin = 0.6;       // share of the blank's letters found dark on the aligned scan: less, not this ballot
    double nameMatch = 0.85;     // …and of each name's own letters: less, that name is the committee's
    double inkShare = 0.60;      // darker than this share of the paper's brightness is ink
    double faintShare = 0.85;    // darker than this is any mark at all (light pens, pencil)
    double shadowShare = 0.95;   // darker than this along half a row or column of the sheet: a fold
    double printedMm = 0.35;     // the blank's ink widened by this: alignment error and blur
    double shiftMm = 0.4;        // each name's row realigned within this of the page's fit
    double haloMm = 0.9;         // …and by this for faint marks: blurred letters' halo is not a mark
    double struck = 0.85;        // share of the visible columns along the name a stroke must cross…
    double waveMm = 1.2;         // (the voter's ink this near the fitted line is on it: a wave, a double stroke)
    double visibleShare = 0.08;  // …with at least this share of the name's width visible (not behind letters),
    double endSlack = 0.2;       // crossed from within this share of the name's start to within it of its end
                                 // and inside its first and last words,
    double leadShare = 0.1;  // (a stroke begun or ended inside the first or last letter, within this share, is whole)
    double beyondMm = 1.0;   // …or, where letters hide it there, seen this far beyond the name, unbroken
    double kept = 0.02;      // at most this share crossed,
    double insideMm2 = 0.2;  // at most this much new or faint ink on the name's line,
    double nearMm2 = 1.0;    // and at most this much around it,
    double gapMm = 0.3;      // and in the gaps between its letters (their print widened by this)
    int hiddenColumns = 4;   // fewer than this many columns with a faint line across: kept,
    double intoLettersMm = 1.0;  // …and no mark this long beside it running on under its letters
    double offLineMm2 = 2.0;     // a struck name with more than this new ink around it, off the stroke: the committee's
    double outsideMm = 1.5;      // new ink pieces this big (both sides) outside the list: writing
    double stampMin = 0.015;     // share of the header's left half with new ink below which the stamp is missing…
    SealSettings seal;           // …unless the ballot's own pixels there hold a round seal (ocr/recognize/seal.h)
    SealSettings blankSeal{.support = 0.75, .visible = 0.75};  // the blank's own seal: wholly in view, unbroken
    double tornMm2 = 40;      // more than this missing from a corner of the sheet on a dark-backed scan: torn
    BoxThresholds box;        // yes/no: a mark, an empty box, an X corrected (ocr/recognize/box_mark.h)
    double boxInsetMm = 1.0;  // a box's inside: its cell less this (the rule, its halo, alignment)

    std::string hash() const;  // 16 hex digits of the settings' canonical text
};

// Reads marked ballots against one blank. What depends on the blank alone — the blank at the
// reader's resolution, its print widened for alignment error and blur, its features, each
// name's box, words and baseline — is worked out once, here, for every ballot of the count.
// `read` is const and may be called from several threads at once.
class WordReader {
public:
    explicit WordReader(const WordTemplate& blank, const WordSettings& settings = {});
    // `dpi`: the scan's resolution (0: as the blank's). `aligned`, when given, receives the scan
    // aligned onto the blank (for --debug).
    PageReading read(const cv::Mat& gray, int dpi, cv::Mat* aligned = nullptr) const;
    const WordSettings& settings() const { return m_settings; }

private:
    struct Blank;
    struct Aligned;
    // One name judged on the aligned scan: its decision, score and reasons added to `out`; the
    // name's own shift (its row laid best on the blank's letters) returned.
    // A struck name's stroke, in page pixels, is added to `struck` (the name, its line and band).
    cv::Point readName(const Aligned& page, std::size_t index, PageReading& out,
                       std::vector<std::tuple<std::size_t, cv::Vec4f, double>>& struck) const;
    // The same for a yes/no ballot's row: the name's two boxes.
    cv::Point readBoxes(const Aligned& page, std::size_t index, PageReading& out) const;
    WordSettings m_settings;
    std::shared_ptr<const Blank> m_blank;
};

// One ballot: WordReader(blank, settings).read(gray, dpi, aligned).
PageReading readWordBallot(const cv::Mat& gray, int dpi, const WordTemplate& blank, const WordSettings& settings,
                           cv::Mat* aligned = nullptr);

}  // namespace kp::ocr
