// Reading marked word-processor ballots against a learned blank, on the simulator's scans (its
// truth says what each voter struck and which sheets carry a hard case): a sheet read must be
// read exactly as the voter marked it, a hard case must never be read, and a scan of another
// ballot must not align.
#include <doctest/doctest.h>

#include <QImage>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "ocr/word/word_reader.h"
#include "src/app/inputs.h"
#include "src/simulator/simulate.h"
#include "tally/round_spec.h"

using namespace kp;

namespace {

const std::string SOURCE = KP_SOURCE_DIR;

// The committee's blank: the simulator's word list for the chi ủy, scanned at 200 dpi.
ocr::WordTemplate learnedBlank(const Congress& c) {
    const auto spec = roundSpec(c, c.elections[0], 1, {});
    REQUIRE(spec.has_value());
    const sim::Paper paper = sim::wordPaper(c, c.elections[0], *spec, false);
    sim::Scan scan;
    scan.dpi = 200;
    scan.skew = 0.7;
    scan.noise = 3;
    scan.jpegQuality = 85;
    sim::Rng rng(3);
    const cv::Mat scanned = sim::scannedBlank(paper, scan, rng);
    auto learned = ocr::learnWordTemplate(scanned, 200, c.elections[0].candidates);
    REQUIRE_MESSAGE(learned.has_value(), (learned ? "" : learned.error()));
    return *learned;
}

}  // namespace

TEST_CASE("word reader: the simulated word ballots are read as marked, or sent to the committee") {
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    const ocr::WordTemplate blank = learnedBlank(*congress);
    std::ifstream truthFile(SOURCE + "/samples/simulated/word/truth.jsonl");
    int read = 0;
    for (std::string line; std::getline(truthFile, line);) {
        const auto truth = nlohmann::json::parse(line);
        const cv::Mat gray = cv::imread(SOURCE + "/samples/simulated/word/" + truth["image"].get<std::string>(), cv::IMREAD_GRAYSCALE);
        const ocr::PageReading r = ocr::readWordBallot(gray, truth["scan"]["dpi"].get<int>(), blank, ocr::WordSettings{});
        std::string reasons;
        for (const auto& x : r.reasons) {
            reasons += x + " ";
        }
        INFO(truth["image"].get<std::string>() << ": status " << std::string(ocr::statusCode(r.status)) << ", " << reasons);
        std::string scores;
        for (const auto& [id, v] : r.scores) {
            scores += id.value + "=" + std::to_string(v).substr(0, 4) + " ";
        }
        MESSAGE(truth["image"].get<std::string>() << " " << std::string(ocr::statusCode(r.status)) << " " << reasons << scores
                << " truth " << truth["struck"].dump() << " case " << truth["case"].dump());
        if (r.status == ocr::Status::Read) {
            ++read;
            std::vector<std::string> struck;
            for (const auto& id : r.struck) {
                struck.push_back(id.value);
            }
            std::ranges::sort(struck);
            auto expected = truth["struck"].get<std::vector<std::string>>();
            std::ranges::sort(expected);
            CHECK(struck == expected);                       // never a silent error
            CHECK(truth["case"].is_null());                  // never a hard case read
        }
    }
    MESSAGE(read << " of 8 sheets read, the rest to the committee");
    CHECK(read >= 1);
}

TEST_CASE("word reader: a KiemPhieu ballot is not a word ballot of this list") {
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    const ocr::WordTemplate blank = learnedBlank(*congress);
    const cv::Mat other = cv::imread(SOURCE + "/samples/simulated/kiemphieu/ballot-00001.jpg", cv::IMREAD_GRAYSCALE);
    const ocr::PageReading r = ocr::readWordBallot(other, 150, blank, ocr::WordSettings{});
    CHECK(r.status != ocr::Status::Read);
}
