#pragma once
// Measuring a registered page: the scan is aligned to the layout at the canonical resolution,
// the blank's printed ink is taken away, and what is left — the voter's ink — is measured per
// name, per box, in the stamp's place and outside the list. Scores only; settings decide.
#include <vector>

#include <opencv2/core/mat.hpp>

#include "ballot_template.h"
#include "box_mark.h"
#include "register_page.h"
#include "seal.h"
#include "settings.h"

namespace kp::ocr {

struct NameMeasure {
    double strong = 0;         // share of the bare paper along the name that a dark stroke crosses
    double faint = 0;          // share of the name's columns with any new ink at all
    double startAt = 1;        // where the stroke starts, as a share of the bare paper along the name
    double endAt = 0;          // where it ends
    double centre = 0.5;       // the crossing's height in the text band: 0 top, 1 bottom
    double nearInk = 0;        // mm² of new ink in the row above and below the text band
    double sideInk = 0;        // mm² of new ink on the name's line beyond a stroke's overshoot
    bool lineThrough = false;  // a page-wide line (fold, streak) crosses the text band
};

struct PageMeasure {
    std::vector<NameMeasure> names;                        // strike form, per row of the side
    std::vector<std::pair<BoxMeasure, BoxMeasure>> boxes;  // yes/no form: agree, disagree
    double stampInk = 0;                                   // share of the stamp's zone with new ink (front side)
    Seal seal;                                             // a round seal found there
    int outsideMarks = 0;                                  // pieces of new ink outside list, stamp, code and marks
    double paper = 0;                                      // the paper's grey level
};

// `canonical` receives the aligned page (for --debug).
PageMeasure measurePage(const cv::Mat& gray, const Registration& reg, const BallotTemplate& t, const Settings& s,
                        cv::Mat* canonical = nullptr);

}  // namespace kp::ocr
