#pragma once
// The recogniser's decision thresholds, versioned. Measurements are scores; these settings
// turn them into decisions, with a band between "certain" and "certain not" that goes to the
// counting committee. The version and a hash of every value are stored with each reading, so
// any later change of a threshold is visible and the reading can be redone.
#include <string>

#include "box_mark.h"
#include "seal.h"

namespace kp::ocr {

struct Settings {
    std::string version = "kp-recognizer/3";
    double pxPerMm =
        8.0;  // canonical resolution the page is aligned to (≈ 203 dpi; 6 px/mm sent twice as many ballots to review)
    double printedTolerance = 0.25;  // mm: the blank's text is widened by this (registration error ≈ 0.03 mm, blur)
    double haloTolerance = 0.6;      // mm: beyond this from printed letters, even faint ink is the voter's
    double strongInk = 0.60;         // ink is darker than this fraction of the paper's brightness
    double faintInk = 0.82;          // any mark at all is darker than this fraction
    double struckCoverage = 0.75;    // share of the bare paper along the name that a stroke crosses
    double endSlack = 0.12;          // a stroke may start or end this fraction of the name inside it
    double noStroke = 0.10;          // below this share of the bare paper crossed, there is no stroke
    double keptCoverage = 0.04;      // …and at most this much faint coverage, and nothing around: no mark
    BoxThresholds box;               // yes/no: a mark, an empty box, an X corrected (box_mark.h)
    double stampMin = 0.015;         // new-ink share of the stamp zone below which the stamp is missing…
    SealSettings seal;               // …unless a round seal is found there (a pale press, a 1-bit scan's remains)
    double markMinArea = 0.70;       // a registration mark found with less of its area is damaged
    double speckMm = 1.2;            // marks outside the list smaller than this (both sides) are dust
    double thinPen = 0.35;           // mm: the thinnest ballpoint line; a name where such a line could cross too
                                     // little bare paper is never taken as kept (BallotTemplate::leastVisible)
    double underlineFoot = 0.1;      // x-heights below the baseline: a line lower than this at the name's middle
                                     // runs along the letters' foot, not through them (an underline)

    // Canonical text of every value, and its SHA-256 (16 hex digits).
    std::string canonical() const;
    std::string hash() const;
};

}  // namespace kp::ocr
