// The word reader on ballots as offices type them (issue 27, docs/recognition-variations.md):
// words around the name on the line, the committee's blank stamped as the user guide asks, and
// yes/no boxes taken back. Each case failed on the reader before kp-word-reader/12.
#include <doctest/doctest.h>

#include <algorithm>
#include <opencv2/imgcodecs.hpp>

#include "src/simulator/simulate.h"
#include "src/simulator/variation.h"
#include "tally/round_spec.h"
#include "tests/ocr/word_sheets.h"

using namespace kp;
using namespace kp::test;

namespace {

const QString STAMP = QStringLiteral("CHI BỘ KHU PHỐ 3 ★ ");

sim::Paper designedPaper(const Congress& c, std::size_t election, bool table, const sim::WordDesign& design) {
    const auto spec = roundSpec(c, c.elections[election], 1, {});
    REQUIRE(spec.has_value());
    return sim::wordPaper(c, c.elections[election], *spec, table, &design);
}

// The committee's blank, stamped, scanned at 200 dpi and learned; written under KP_TEST_OUT too
// (with `name`), so that another build's `recognize --blank` can be tried on it.
ocr::WordTemplate stampedBlank(const sim::Paper& paper, const Election& e, const std::string& name) {
    const sim::Scan scan{.dpi = 200, .skew = 0.5, .noise = 3, .jpegQuality = 85};
    sim::Rng rng(5);
    const cv::Mat scanned = sim::scannedBlank(paper, scan, rng, STAMP);
    cv::imwrite(std::string(KP_TEST_OUT) + "/" + name + "-blank.png", scanned);
    auto learned = ocr::learnWordTemplate(scanned, 200, e.candidates, paper.form);
    REQUIRE_MESSAGE(learned.has_value(), (learned ? "" : learned.error()));
    return *learned;
}

}  // namespace

TEST_CASE(
    "word reader: 'Đồng chí' before the names and a post after them, the blank stamped: a stroke through the "
    "name alone is a strike, the ballot's own stamp its stamp") {
    const Congress c = chiUy();
    sim::WordDesign design;
    design.honorific = QStringLiteral("Đồng chí");
    design.post = true;
    const sim::Paper paper = designedPaper(c, 0, false, design);
    const ocr::WordTemplate blank = stampedBlank(paper, c.elections[0], "honorific-post");
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const sim::Scan scan{.dpi = 200, .skew = seed == 2 ? -1.0 : 0.8, .blur = 0.5, .noise = 2, .jpegQuality = 85};
        const cv::Mat gray = markedScan(paper, striking(paper, seed), scan, seed);
        cv::imwrite(std::string(KP_TEST_OUT) + "/honorific-post-" + std::to_string(seed) + ".png", gray);
        const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
        CAPTURE(seed);
        CAPTURE(reasonsOf(r));
        REQUIRE(r.status == ocr::Status::Read);
        CHECK(r.struck == std::vector<CandidateId>{c.elections[0].candidates[seed].id});
    }
}

TEST_CASE("word reader: a typed yes/no box taken back reaches the committee") {
    const Congress c = chiUy();
    const auto yesno = std::ranges::find_if(
        c.elections, [](const Election& e) { return static_cast<Count>(e.candidates.size()) <= e.seats; });
    REQUIRE(yesno != c.elections.end());
    const std::size_t election = static_cast<std::size_t>(yesno - c.elections.begin());
    const sim::Paper paper = designedPaper(c, election, true, sim::WordDesign{});
    const ocr::WordTemplate blank = stampedBlank(paper, *yesno, "yesno");
    using sim::Correction;
    for (const Correction how : {Correction::Scribbled, Correction::CrossedOut, Correction::Filled,
                                 Correction::Overwritten, Correction::BothOneScribbled}) {
        sim::Intent intent;
        intent.marks.assign(paper.names.size(), Mark::Agree);
        intent.hard = sim::HardCase::BoxCorrected;
        intent.target = 0;
        intent.correction = how;
        const sim::Scan scan{.dpi = 200, .skew = 0.6, .blur = 0.5, .noise = 2, .jpegQuality = 85};
        const cv::Mat gray = markedScan(paper, intent, scan, 7);
        cv::imwrite(std::string(KP_TEST_OUT) + "/yesno-" + std::string(sim::correctionCode(how)) + ".png", gray);
        const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
        CAPTURE(sim::correctionCode(how));
        CAPTURE(reasonsOf(r));
        CHECK(r.status != ocr::Status::Read);
        CHECK(std::ranges::find(r.reasons, std::string("box_corrected")) != r.reasons.end());
    }
    // The same ballot, its X's left alone, is read: the blank's stamp and table are no reason.
    sim::Intent plain;
    plain.marks.assign(paper.names.size(), Mark::Agree);
    const sim::Scan scan{.dpi = 200, .skew = 0.6, .blur = 0.5, .noise = 2, .jpegQuality = 85};
    const cv::Mat gray = markedScan(paper, plain, scan, 7);
    cv::imwrite(std::string(KP_TEST_OUT) + "/yesno-plain.png", gray);
    const ocr::PageReading r = ocr::readWordBallot(gray, scan.dpi, blank, ocr::WordSettings{});
    CAPTURE(reasonsOf(r));
    CHECK(r.status == ocr::Status::Read);
}
