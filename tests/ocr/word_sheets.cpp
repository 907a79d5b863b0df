// The word reader's test fixtures (word_sheets.h).
#include "tests/ocr/word_sheets.h"

#include <doctest/doctest.h>

#include <QImage>
#include <QPainter>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>

#include "reports/render/ballot_painter.h"
#include "reports/render/image_view.h"
#include "src/app/inputs.h"
#include "src/simulator/simulate.h"
#include "tally/round_spec.h"

namespace kp::test {

namespace fs = std::filesystem;

sim::Paper paperOf(const Congress& c, bool table) {
    const auto spec = roundSpec(c, c.elections[0], 1, {});
    REQUIRE(spec.has_value());
    return sim::wordPaper(c, c.elections[0], *spec, table);
}

namespace {

ocr::WordTemplate learnedFrom(const sim::Paper& paper, const Congress& c) {
    const sim::Scan scan{.dpi = 200, .skew = 0.7, .noise = 3, .jpegQuality = 85};
    sim::Rng rng(3);
    const cv::Mat scanned = sim::scannedBlank(paper, scan, rng);
    auto learned = ocr::learnWordTemplate(scanned, 200, c.elections[0].candidates);
    REQUIRE_MESSAGE(learned.has_value(), (learned ? "" : learned.error()));
    return *learned;
}

}  // namespace

ocr::WordTemplate learnedBlank(const Congress& c, bool table) {
    return learnedFrom(paperOf(c, table), c);
}

WordList wordList(Congress c) {
    sim::Paper paper = paperOf(c, false);
    ocr::WordTemplate blank = learnedFrom(paper, c);
    return {std::move(c), std::move(paper), std::move(blank)};
}

Congress chiUy() {
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    return *congress;
}

Congress twentyNames() {
    auto congress = app::loadCongress(SOURCE + "/samples/tinh/congress.json");
    REQUIRE(congress.has_value());
    Election e = congress->elections[0];
    auto& list = e.candidates;
    list.insert(std::ranges::find(list, std::string("Phan Tiến Thịnh"), &Candidate::name), Candidate{CandidateId{"bch19"}, "Lê Văn Tâm"});
    list.push_back(Candidate{CandidateId{"bch20"}, "Võ Thị Xuân"});
    for (std::size_t i = 0; i < list.size(); ++i) {
        list[i].id = CandidateId{(i < 9 ? "bch0" : "bch") + std::to_string(i + 1)};
    }
    e.seats = 17;
    congress->elections = {e};
    return *congress;
}

cv::Mat markedScan(const sim::Paper& paper, const sim::Intent& intent, const sim::Scan& scan, std::uint64_t seed,
                   const std::function<void(QPainter&)>& draw) {
    sim::Rng rng(seed);
    QImage image = paper.render(scan.dpi, false);
    sim::markBallot(image, scan.dpi, paper, intent, rng, QStringLiteral("CHI BỘ KHU PHỐ 3 ★ "));
    if (draw) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        render::scaleToDmm(p, scan.dpi);
        draw(p);
    }
    cv::Mat gray;
    sim::scanSheet(render::matView(image), scan, rng, gray);
    return gray;
}

sim::Intent striking(const sim::Paper& paper, std::size_t index) {
    sim::Intent intent;
    intent.struck.assign(paper.names.size(), false);
    intent.struck[index] = true;
    return intent;
}

std::string reasonsOf(const ocr::PageReading& r) {
    std::string out;
    for (const auto& x : r.reasons) out += x + " ";
    return out;
}

BatchSheet batchSheet(const Congress& congress, int number, std::uint64_t seed, std::optional<int> dpi, std::optional<bool> colour) {
    const fs::path dir = fs::path(KP_TEST_OUT) / ("word-" + std::to_string(seed) + "-" + std::to_string(number));
    fs::remove_all(dir);
    sim::Options o;
    o.voters = 1;
    o.first = number - 1;
    o.seed = seed;
    o.dpi = dpi;
    o.colour = colour;
    o.wordStyle = true;
    o.outDir = dir.string();
    o.threads = 1;
    o.blankPath = (dir.string() + "-blank.png");
    const auto spec = roundSpec(congress, congress.elections[0], 1, {});
    REQUIRE(spec.has_value());
    REQUIRE(sim::simulate(congress, congress.elections[0], *spec, o));
    std::ifstream truthFile(dir / "truth.jsonl");
    BatchSheet sheet{nlohmann::json::parse(truthFile), {}, {}};
    // The simulator scans the blank at 200 dpi whatever the ballots' resolution.
    auto blank = ocr::learnWordTemplate(cv::imread(o.blankPath, cv::IMREAD_GRAYSCALE), 200, congress.elections[0].candidates);
    REQUIRE(blank.has_value());
    sheet.blank = *blank;
    sheet.gray = cv::imread((dir / sheet.truth["image"].get<std::string>()).string(), cv::IMREAD_GRAYSCALE);
    return sheet;
}

void checkReadAsMarked(const BatchSheet& sheet, std::optional<int> stated) {
    REQUIRE_FALSE(sheet.truth["look_twice"].get<bool>());
    const int dpi = stated.value_or(sheet.truth["scan"]["dpi"].get<int>());
    const ocr::PageReading r = ocr::readWordBallot(sheet.gray, dpi, sheet.blank, ocr::WordSettings{});
    CAPTURE(reasonsOf(r));
    CHECK(r.status == ocr::Status::Read);
    std::vector<CandidateId> struck;
    for (const auto& id : sheet.truth["struck"]) {
        struck.push_back(CandidateId{id.get<std::string>()});
    }
    CHECK(r.struck == struck);
}

}  // namespace kp::test
