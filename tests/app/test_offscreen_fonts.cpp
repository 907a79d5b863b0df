// A command that checks several election rounds (verify, a station counting elections one
// after another) makes a fresh offscreen application for each: the ballot's template must be
// drawn in the bundled fonts every time, or every ballot of the later rounds is misread.
#include <doctest/doctest.h>

#include <opencv2/core.hpp>

#include "ballot_fixture.h"
#include "ocr/layout/ballot_layout.h"
#include "reports/render/recognition_template.h"
#include "src/app/offscreen.h"

using namespace kp;

namespace {

cv::Mat blankSide(const ballot::BallotLayout& layout) {
    const app::OffscreenGui gui;  // made and dropped, as recognizePages does for each round
    return render::makeTemplates(layout, ocr::Settings{}).front().blank.clone();
}

}  // namespace

TEST_CASE("a ballot's template is the same in a second offscreen application as in the first") {
    const Congress congress = test::ballotCongress(8, 6);
    const auto layout = ballot::layoutBallot(congress, congress.elections[0], test::firstRound(congress));
    REQUIRE(layout);
    const cv::Mat first = blankSide(*layout);
    const cv::Mat second = blankSide(*layout);
    REQUIRE(first.size() == second.size());
    CHECK(cv::countNonZero(first != second) == 0);
}
