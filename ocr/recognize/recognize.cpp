#include "recognize.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "measure_page.h"
#include "register_page.h"
#include "streaks.h"

namespace kp::ocr {

void PageReading::addReason(const std::string& reason) {
    if (std::ranges::find(reasons, reason) == reasons.end()) {
        reasons.push_back(reason);
    }
}

namespace {

// Rejected: nothing on the page is a ballot of this count.
PageReading rejected(const std::string& reason) {
    PageReading r;
    r.status = Status::Rejected;
    r.reasons.push_back(reason);
    return r;
}

PageReading withoutCode(const cv::Mat& gray) {
    // A blank page (the back of a sheet) has almost no dark pixels: rejected. A page with
    // print but no readable code may be a ballot whose code is damaged or smudged: losing it
    // would lose votes, so the committee looks at it.
    cv::Mat dark;
    cv::threshold(gray, dark, 128, 255, cv::THRESH_BINARY_INV);
    const double share = cv::countNonZero(dark) / static_cast<double>(gray.total());
    if (share < 0.002) {
        return rejected("blank_page");
    }
    PageReading r;
    r.status = Status::Review;
    r.reasons.push_back("no_ballot_code");
    return r;
}

void decideStrike(PageReading& r, const BallotTemplate& t, const PageMeasure& m, const Settings& s) {
    const ballot::Side& side = t.layoutSide();
    for (std::size_t i = 0; i < side.rows.size(); ++i) {
        const NameMeasure& n = m.names[i];
        const CandidateId& id = t.layout.candidates[side.rows[i].candidate].id;
        r.scores.emplace_back(id, n.strong);
        const bool wholeLength = n.startAt <= s.endSlack && n.endAt >= 1 - s.endSlack;
        const cv::Rect band = textBand(t.nameInk[i], s.pxPerMm, t.blank);
        // Across the letters, not along their foot: below the band's top and, at the name's
        // middle, above the letters' foot (in tight rows an underline runs through the
        // descenders, inside the band).
        const cv::Rect2d& body = t.nameBody[i];
        const double foot = ((body.br().y + s.underlineFoot * body.height) * s.pxPerMm / 10 - band.y) / band.height;
        const bool through = n.centre > 0.15 && n.centre < std::min(0.9, foot);
        const bool clean = n.nearInk < 0.5 && n.sideInk < 0.5;  // mm²: nothing else near the name
        // Seeing no stroke is evidence only where a stroke would show: on letters packed too
        // tight for the blank's mask to leave bare paper along the name, it proves nothing.
        const bool seeable = t.leastVisible[i] >= strokeEvidence(s.pxPerMm, band.width);
        if (n.strong >= s.struckCoverage && wholeLength && through) {
            r.struck.push_back(id);
            if (n.nearInk >= 2.0) {  // struck, and something more written around it
                r.uncertain.push_back(id);
                r.addReason("mark_near_name");
            }
        } else if (n.strong < s.noStroke && n.faint <= s.keptCoverage && clean && seeable) {
            // kept: no stroke, and no evidence of any other mark
        } else {
            r.uncertain.push_back(id);
            if (n.lineThrough && n.strong < s.keptCoverage) {
                r.addReason("fold_through_name");
            } else if (n.strong >= 0.1 && !wholeLength) {
                r.addReason("partial_strike");
            } else if (n.strong >= 0.1 && !through) {
                r.addReason("underline");
            } else if (n.nearInk >= 0.5) {
                r.addReason("mark_near_name");
            } else if (n.sideInk >= 0.5) {
                r.addReason("mark_beside_name");
            } else if (!seeable && n.strong < s.noStroke && n.faint <= s.keptCoverage) {
                r.addReason("name_hidden");
            } else {
                r.addReason("faint_stroke");
            }
        }
    }
}

void decideYesNo(PageReading& r, const BallotTemplate& t, const PageMeasure& m, const Settings& s) {
    const ballot::Side& side = t.layoutSide();
    for (std::size_t i = 0; i < side.rows.size(); ++i) {
        const auto& [agree, disagree] = m.boxes[i];
        const CandidateId& id = t.layout.candidates[side.rows[i].candidate].id;
        r.scores.emplace_back(id, agree.strong);
        const BoxState a = boxState(agree, s.box), d = boxState(disagree, s.box);
        const auto is = [&](BoxState state) { return a == state || d == state; };
        if (is(BoxState::Corrected) || is(BoxState::Unclear) || m.names[i].nearInk >= 0.5) {
            r.uncertain.push_back(id);
            r.addReason(is(BoxState::Corrected) ? "box_corrected"
                        : is(BoxState::Unclear) ? "box_mark_unclear"
                                                : "mark_near_name");
            continue;
        }
        const bool yes = a == BoxState::Cross, no = d == BoxState::Cross;
        r.marks.emplace_back(id, yes && no ? Mark::Both : yes ? Mark::Agree : no ? Mark::Disagree : Mark::None);
    }
}

}  // namespace

std::string_view statusCode(Status s) {
    switch (s) {
        case Status::Read: return "read";
        case Status::Review: return "review";
        case Status::Rejected: return "rejected";
    }
    return "rejected";
}

PageReading recognizePage(const cv::Mat& scan, const std::vector<BallotTemplate>& sides, const Settings& settings,
                          cv::Mat* canonical) {
    const cv::Mat gray = withoutStreaks(scan);
    if (sides.empty()) {
        return rejected("no_template");
    }
    const ballot::BallotLayout& l = sides.front().layout;
    const auto code = findBallotCode(gray);
    if (!code) {
        return withoutCode(gray);
    }
    const ballot::QrContent& q = code->second;
    if (q.congressTag != l.congressTag)
        return rejected("wrong_congress");
    if (q.election != l.election.value)
        return rejected("wrong_election");
    if (q.round != l.round)
        return rejected("wrong_round");
    if (q.layoutHash != l.layoutHash || q.sides != static_cast<int>(l.sides.size()) ||
        q.side >= static_cast<int>(sides.size())) {
        return rejected("layout_mismatch");  // the list or its print differs from the congress file
    }
    const BallotTemplate& t = sides[static_cast<std::size_t>(q.side)];
    PageReading r;
    r.side = q.side;
    r.sides = q.sides;
    if (q.sides > 1) {
        // A side is not a whole ballot: the app joins the faces of one sheet (src/app/join_sides.h).
        r.addReason("multi_side_ballot");
    }
    const Registration reg = registerPage(gray, t.layoutSide(), code->first, settings.markMinArea);
    if (reg.marksFound < 3 || reg.markDamaged || reg.residualMm > 1.0) {
        r.addReason("corner_damaged");  // a torn or folded corner, or a page that does not lie flat
    }
    const PageMeasure m = measurePage(gray, reg, t, settings, canonical);
    if (l.form == BallotForm::Strike) {
        decideStrike(r, t, m, settings);
    } else {
        decideYesNo(r, t, m, settings);
    }
    if (q.side == 0 && m.stampInk < settings.stampMin && !m.seal.found) {
        r.addReason("missing_stamp");
    }
    if (m.outsideMarks > 0) {
        r.addReason("writing_outside_list");
    }
    r.status = r.reasons.empty() && r.uncertain.empty() ? Status::Read : Status::Review;
    return r;
}

}  // namespace kp::ocr
