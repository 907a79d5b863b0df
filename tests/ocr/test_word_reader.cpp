// Reading marked word-processor ballots against a learned blank, on the simulator's scans (its
// truth says what each voter struck and which sheets carry a hard case): a sheet read must be
// read exactly as the voter marked it, a hard case must never be read, and a scan of another
// ballot must not align.
#include <doctest/doctest.h>

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "ocr/word/word_reader.h"
#include "reports/render/ballot_painter.h"
#include "reports/render/image_view.h"
#include "src/simulator/marking.h"
#include "src/simulator/scanner_model.h"
#include "src/app/inputs.h"
#include "src/simulator/simulate.h"
#include "tally/round_spec.h"

using namespace kp;

namespace {

const std::string SOURCE = KP_SOURCE_DIR;

sim::Paper paperOf(const Congress& c, bool table) {
    const auto spec = roundSpec(c, c.elections[0], 1, {});
    REQUIRE(spec.has_value());
    return sim::wordPaper(c, c.elections[0], *spec, table);
}

// The committee's blank: the simulator's word list (or table) for the chi ủy, scanned at 200 dpi.
ocr::WordTemplate learnedBlank(const Congress& c, bool table = false) {
    const sim::Paper paper = paperOf(c, table);
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

// The blank marked as `intent` says (and with `draw`, in 0.1 mm, if given), then scanned.
cv::Mat markedScan(const sim::Paper& paper, const sim::Intent& intent, const sim::Scan& scan, std::uint64_t seed,
                   const std::function<void(QPainter&)>& draw = {}) {
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

std::string reasonsOf(const ocr::PageReading& r) {
    std::string out;
    for (const auto& x : r.reasons) out += x + " ";
    return out;
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
            CHECK_FALSE(truth["look_twice"].get<bool>());    // never a hard case read
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

TEST_CASE("word reader: each hard case reaches the committee, on a typed list and in a table") {
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    using sim::HardCase;
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(*congress, table);
        const ocr::WordTemplate blank = learnedBlank(*congress, table);
        for (const HardCase h : {HardCase::FamilyNameOnly, HardCase::Underline, HardCase::Circle, HardCase::Tick,
                                 HardCase::CrossBeside, HardCase::WriteIn, HardCase::Signature, HardCase::MissingStamp,
                                 HardCase::TornCorner}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                sim::Intent intent;
                intent.struck.assign(paper.names.size(), false);
                intent.struck[2] = true;
                intent.hard = h;
                // Seed 2 circles the struck name itself: struck, and more written around it.
                intent.target = h == HardCase::Circle && seed == 2 ? 2 : 4;
                sim::Scan scan;
                scan.dpi = 200;
                scan.skew = seed == 1 ? 1.2 : -2.0;
                scan.noise = 2;
                scan.blur = 0.5;
                scan.jpegQuality = 0;
                // A corner torn off blank paper shows only against a dark scanner background.
                scan.tornCorner = h == HardCase::TornCorner;
                scan.darkBackground = h == HardCase::TornCorner;
                const ocr::PageReading r = ocr::readWordBallot(markedScan(paper, intent, scan, seed), scan.dpi, blank, ocr::WordSettings{});
                const std::string reasons = reasonsOf(r);
                CAPTURE(table);
                CAPTURE(sim::hardCaseCode(h));
                CAPTURE(seed);
                CAPTURE(reasons);
                CHECK(r.status != ocr::Status::Read);
            }
        }
    }
}

namespace {

// Where the last word of a name starts on the blank, in 0.1 mm: after the last run of paper
// across its ink wider than any gap between letters (a word space), in the rendered blank.
double lastWordStart(const sim::Paper& paper, const sim::PaperName& name, int dpi) {
    const QImage blank = paper.render(dpi, false).convertToFormat(QImage::Format_Grayscale8);
    const double px = dpi / 254.0;  // pixels per 0.1 mm
    const int space = static_cast<int>(7 * px);  // 0.7 mm
    int start = static_cast<int>(name.ink.left() * px), gap = 0;
    for (int x = start; x <= static_cast<int>(name.ink.right() * px); ++x) {
        bool ink = false;
        for (int y = static_cast<int>(name.ink.top() * px); y <= static_cast<int>(name.ink.bottom() * px) && !ink; ++y) {
            ink = blank.constScanLine(y)[x] < 128;
        }
        if (ink && gap >= space) {
            start = x;
        }
        gap = ink ? 0 : gap + 1;
    }
    return start / px;
}

}  // namespace

TEST_CASE("word reader: a stroke into a dense last word is followed between its letters; one that stops before it is not") {
    // "Trần Khải Dũng": the blank's letters, widened for alignment error and blur, can cover every
    // gap of "Dũng" (here widened 0.45 mm, as a bolder blank scan does), so that a stroke ending
    // in it is not seen to reach the name's end. Between the letters themselves it is.
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    const sim::Paper paper = paperOf(*congress, false);
    const ocr::WordTemplate blank = learnedBlank(*congress);
    const sim::PaperName& name = paper.names[1];
    REQUIRE(congress->elections[0].candidates[1].name == "Trần Khải Dũng");
    const double lastWord = lastWordStart(paper, name, 200);
    REQUIRE(lastWord > name.ink.left() + 0.5 * name.ink.width());
    constexpr int DPI = 150;
    // A struck-through name marked on a 150-dpi scan: the line from 1.2 mm before the name to
    // `end` (0.1 mm), `height` of the letters' height off their middle.
    const auto marked = [&](double end, double height, std::uint64_t seed) {
        sim::Intent intent;
        intent.struck.assign(paper.names.size(), false);
        sim::Scan scan;
        scan.dpi = DPI;
        scan.skew = seed % 2 ? 0.6 : -0.6;
        scan.noise = 2;
        scan.blur = 0.8;
        scan.jpegQuality = seed % 2 ? 80 : 0;
        return markedScan(paper, intent, scan, seed, [&](QPainter& p) {
            p.setPen(QPen(QColor(25, 25, 35, 240), 5, Qt::SolidLine, Qt::RoundCap));
            const double y = name.ink.center().y() + height * name.ink.height();
            p.drawLine(QPointF(name.ink.left() - 12, y), QPointF(end, y + 2));
        });
    };
    ocr::WordSettings bold;
    bold.printedMm = 0.45;
    const CandidateId khaiDung{"cu02"};
    SUBCASE("into the last letter, a little above or below the middle: read as struck, or the committee's") {
        // Whether the line passes enough gaps of "Dũng" to be seen there depends on its height
        // and the scan; without following it between the letters none of these is read.
        int read = 0;
        for (const double height : {-0.12, 0.12}) {
            for (std::uint64_t seed = 1; seed <= 2; ++seed) {
                const ocr::PageReading r = ocr::readWordBallot(marked(name.ink.right() - 0.04 * name.ink.width(), height, seed), DPI, blank, bold);
                CAPTURE(height);
                CAPTURE(seed);
                if (r.status == ocr::Status::Read) {
                    ++read;
                    CHECK(r.struck == std::vector<CandidateId>{khaiDung});
                } else {
                    CHECK(r.reasons == std::vector<std::string>{"partial_strike"});
                }
            }
        }
        CHECK(read >= 2);
    }
    SUBCASE("stopping before the last word, or on its first stem: never read, never struck") {
        for (const double end : {lastWord - 8, lastWord + 4}) {
            for (const double height : {-0.12, 0.0, 0.12}) {
                for (const ocr::WordSettings& settings : {ocr::WordSettings{}, bold}) {
                    const ocr::PageReading r = ocr::readWordBallot(marked(end, height, 1), DPI, blank, settings);
                    CAPTURE(end - lastWord);
                    CAPTURE(height);
                    CAPTURE(settings.printedMm);
                    CHECK(r.status != ocr::Status::Read);
                    CHECK(std::ranges::find(r.struck, khaiDung) == r.struck.end());
                }
            }
        }
    }
}

TEST_CASE("word reader: a scanner streak down the sheet is not writing outside the list") {
    auto congress = app::loadCongress(SOURCE + "/samples/co-so/congress.json");
    REQUIRE(congress.has_value());
    for (const bool table : {false, true}) {
        const sim::Paper paper = paperOf(*congress, table);
        const ocr::WordTemplate blank = learnedBlank(*congress, table);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            sim::Intent intent;
            intent.struck.assign(paper.names.size(), false);
            intent.struck[2] = true;
            sim::Scan scan;
            scan.dpi = seed == 3 ? 300 : 200;
            scan.skew = seed == 1 ? 0.8 : -1.5;
            scan.noise = 2;
            scan.streak = true;
            const ocr::PageReading r = ocr::readWordBallot(markedScan(paper, intent, scan, seed), scan.dpi, blank, ocr::WordSettings{});
            const std::string reasons = reasonsOf(r);
            CAPTURE(table);
            CAPTURE(seed);
            CAPTURE(reasons);
            CHECK(std::ranges::find(r.reasons, "writing_outside_list") == r.reasons.end());
            if (r.status == ocr::Status::Read) {
                CHECK(r.struck == std::vector<CandidateId>{CandidateId{"cu03"}});
            }
        }
    }
}
