// Simulated batches: deterministic for a seed whatever the threads, images that decode and
// carry a readable QR code (KiemPhieu style) or none (word style), and a truth file the tally
// reads as it is.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <set>
#include <sstream>

#include "ballot_fixture.h"
#include "ocr/layout/ballot_layout.h"
#include "ocr/layout/qr_code.h"
#include "reports/readings_jsonl.h"
#include "src/common/sha256.h"
#include "src/simulator/simulate.h"
#include "tally/tally.h"

using namespace kp;
using namespace kp::test;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path run(const Congress& c, const std::string& name, int voters, std::uint64_t seed, bool word, int threads,
             std::optional<int> dpi = std::nullopt, int first = 0) {
    const fs::path out = fs::path(KP_TEST_OUT) / name;
    fs::remove_all(out);
    sim::Options o;
    o.voters = voters;
    o.seed = seed;
    o.wordStyle = word;
    o.outDir = out.string();
    o.threads = threads;
    o.dpi = dpi;
    o.first = first;
    const auto summary = sim::simulate(c, c.elections[0], firstRound(c), o);
    REQUIRE_MESSAGE(summary, summary.error());
    CHECK(summary->ballots == voters);
    return out;
}

std::vector<nlohmann::json> truthOf(const fs::path& dir) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(slurp(dir / "truth.jsonl"));
    for (std::string line; std::getline(in, line);) {
        lines.push_back(nlohmann::json::parse(line));
    }
    return lines;
}

}  // namespace

TEST_CASE("a seed gives the same images and truth whatever the number of threads") {
    const Congress c = ballotCongress(6, 5);
    const fs::path one = run(c, "det-1", 12, 42, false, 1);
    const fs::path two = run(c, "det-2", 12, 42, false, 2);
    CHECK(slurp(one / "truth.jsonl") == slurp(two / "truth.jsonl"));
    for (const auto& line : truthOf(one)) {
        const std::string image = line["image"];
        CHECK(sha256Hex(slurp(one / image)) == sha256Hex(slurp(two / image)));
    }
    const fs::path other = run(c, "det-3", 12, 43, false, 2);
    CHECK(slurp(other / "truth.jsonl") != slurp(one / "truth.jsonl"));
    // A sheet made again on its own (to look into one ballot of a large batch) is the batch's.
    const fs::path alone = run(c, "det-alone", 2, 42, false, 1, std::nullopt, 9);
    const auto lines = truthOf(one), again = truthOf(alone);
    REQUIRE(again.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(again[i] == lines[9 + i]);
        const std::string image = again[i]["image"];
        CHECK(sha256Hex(slurp(alone / image)) == sha256Hex(slurp(one / image)));
    }
}

TEST_CASE("KiemPhieu-style scans decode, at their resolution, with the ballot's QR code readable") {
    const Congress c = ballotCongress(6, 5);
    const auto layout = ballot::layoutBallot(c, c.elections[0], firstRound(c));
    REQUIRE(layout);
    const fs::path dir = run(c, "qr", 16, 7, false, 2);
    std::set<std::string> strokes;
    for (const auto& line : truthOf(dir)) {
        CAPTURE(line.dump());
        const cv::Mat image = cv::imread((dir / line["image"].get<std::string>()).string(), cv::IMREAD_GRAYSCALE);
        REQUIRE_FALSE(image.empty());
        // A5 plus the scanner's 6 mm on each side, within the ±1.5 % scale.
        const double mm = 25.4 / line["scan"]["dpi"].get<int>();
        CHECK(image.cols * mm == doctest::Approx(148 + 12).epsilon(0.02));
        CHECK(image.rows * mm == doctest::Approx(210 + 12).epsilon(0.02));
        const auto codes = ballot::decodeQr(image);
        REQUIRE(codes.size() == 1);
        CHECK(codes.front() == layout->qrPayload(0));
        for (const auto& s : line["strokes"]) {
            strokes.insert(s.get<std::string>());
        }
    }
    CHECK(strokes.size() >= 3);  // strokes vary: straight, slanted, wavy, double, ruler
}

TEST_CASE("word-processor ballots carry no QR code") {
    const Congress c = ballotCongress(8, 6);
    const fs::path dir = run(c, "word", 4, 9, true, 2, 200);
    for (const auto& line : truthOf(dir)) {
        CHECK(line["style"].get<std::string>().starts_with("word-"));
        const cv::Mat image = cv::imread((dir / line["image"].get<std::string>()).string(), cv::IMREAD_GRAYSCALE);
        REQUIRE_FALSE(image.empty());
        CHECK(ballot::decodeQr(image).empty());
    }
}

TEST_CASE("the truth file is a readings file the tally accepts, and agrees with the rules") {
    const Congress c = ballotCongress(6, 5);
    const fs::path dir = run(c, "tally", 30, 5, false, 2, 150);
    const auto readings = parseReadings(slurp(dir / "truth.jsonl"));
    REQUIRE_MESSAGE(readings, readings.error().message());
    CHECK(readings->size() == 30);
    const auto results = tally(c, *readings);
    REQUIRE(results);
    // Ballots the truth calls invalid are counted invalid by the tally, for the same reason.
    Count invalid = 0;
    for (const auto& line : truthOf(dir)) {
        invalid += line["expected"] == "invalid" ? 1 : 0;
    }
    CHECK(results->front().ballots.invalid == invalid);
}

TEST_CASE("dry runs of the re-fed sheet check: voters with one choice, and every sheet scanned again") {
    const Congress c = ballotCongress(6, 5);
    const std::string id = firstRound(c).candidates[2].id.value;
    sim::Options o;
    o.voters = 6;
    o.seed = 3;
    o.threads = 2;
    o.outDir = (fs::path(KP_TEST_OUT) / "same-choice").string();
    o.rescanDir = (fs::path(KP_TEST_OUT) / "same-choice-again").string();
    o.sameChoice = 1;
    o.sameStruck = {id};
    fs::remove_all(o.outDir);
    fs::remove_all(o.rescanDir);
    REQUIRE(sim::simulate(c, c.elections[0], firstRound(c), o));
    for (const auto& line : truthOf(o.outDir)) {
        CHECK(line["struck"] == nlohmann::json::array({id}));
        CHECK(line["case"].is_null());
        // The same paper fed again: another file, the same ballot.
        const std::string stem = fs::path(line["image"].get<std::string>()).stem().string();
        fs::path again = fs::path(o.rescanDir) / (stem + ".jpg");
        if (!fs::exists(again)) {
            again.replace_extension(".png");
        }
        REQUIRE(fs::exists(again));
        CHECK(sha256Hex(slurp(again)) != sha256Hex(slurp(fs::path(o.outDir) / line["image"].get<std::string>())));
        const cv::Mat image = cv::imread(again.string(), cv::IMREAD_GRAYSCALE);
        REQUIRE_FALSE(image.empty());
        CHECK(static_cast<double>(image.cols) / image.rows == doctest::Approx((148.0 + 12) / (210 + 12)).epsilon(0.02));
    }
    // The re-scans leave the batch as it is without them.
    const std::string withRescans = slurp(fs::path(o.outDir) / "truth.jsonl");
    o.rescanDir.clear();
    REQUIRE(sim::simulate(c, c.elections[0], firstRound(c), o));
    CHECK(slurp(fs::path(o.outDir) / "truth.jsonl") == withRescans);
    o.sameStruck = {"nobody"};
    CHECK_FALSE(sim::simulate(c, c.elections[0], firstRound(c), o).has_value());
}
