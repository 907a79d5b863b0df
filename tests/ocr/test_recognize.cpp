// The recogniser on scans made by the simulator's parts (paper, pen, scanner model): a clean
// ballot reads the same under every distortion allowed, each hard case reaches review, wrong
// and blank pages are rejected, and across simulated batches no read page differs from the
// truth (a silent error), while every page a careful counter would look at twice goes to review.
#include <doctest/doctest.h>

#include <QImage>
#include <QPainter>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>

#include "ballot_fixture.h"
#include "ocr/recognize/recognize.h"
#include "reports/render/ballot_document.h"
#include "reports/render/ballot_painter.h"
#include "reports/render/image_view.h"
#include "reports/render/recognition_template.h"
#include "src/simulator/marking.h"
#include "src/simulator/paper.h"
#include "src/simulator/scanner_model.h"
#include "src/simulator/simulate.h"

using namespace kp;
using namespace kp::test;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    Congress congress;
    RoundSpec round;
    ballot::BallotLayout layout;
    std::vector<ocr::BallotTemplate> templates;
    sim::Paper paper;
    ocr::Settings settings;

    Fixture(int listed, Count seats) : congress(ballotCongress(listed, seats)), round(firstRound(congress)) {
        layout = *ballot::layoutBallot(congress, congress.elections[0], round);
        templates = render::makeTemplates(layout, settings);
        paper = *sim::kiemphieuPaper(congress, congress.elections[0], round);
    }

    // The ballot marked as `intent` says and scanned with `scan`, as 8-bit grey.
    cv::Mat scanned(const sim::Intent& intent, const sim::Scan& scan, std::uint64_t seed = 1) const {
        sim::Rng rng(seed);
        QImage image = paper.render(scan.dpi, scan.colour);
        sim::markBallot(image, scan.dpi, paper, intent, rng, QStringLiteral("ĐẢNG BỘ TỈNH THỬ NGHIỆM ★ "));
        cv::Mat out;
        sim::scanSheet(render::matView(image), scan, rng, out);
        if (out.channels() == 3) {
            cv::cvtColor(out, out, cv::COLOR_BGR2GRAY);
        }
        return out;
    }

    ocr::PageReading read(const cv::Mat& gray) const { return ocr::recognizePage(gray, templates, settings); }

    sim::Intent strikes(std::initializer_list<std::size_t> struck) const {
        sim::Intent intent;
        intent.struck.assign(round.candidates.size(), false);
        for (const std::size_t i : struck) {
            intent.struck[i] = true;
        }
        return intent;
    }

    std::vector<CandidateId> ids(const sim::Intent& intent) const {
        std::vector<CandidateId> out;
        for (std::size_t i = 0; i < intent.struck.size(); ++i) {
            if (intent.struck[i])
                out.push_back(round.candidates[i].id);
        }
        return out;
    }
};

sim::Scan plainScan(int dpi) {
    sim::Scan s;
    s.dpi = dpi;
    s.noise = 2;
    s.blur = 0.5;
    s.jpegQuality = 0;
    return s;
}

std::string reasons(const ocr::PageReading& r) {
    std::string out(ocr::statusCode(r.status));
    for (const std::string& s : r.reasons) out += " " + s;
    return out;
}

}  // namespace

TEST_CASE("a clean ballot reads the same under every distortion allowed") {
    const Fixture f(8, 6);
    const sim::Intent intent = f.strikes({1, 4});
    std::vector<std::pair<std::string, sim::Scan>> scans;
    for (const int dpi : {150, 200, 300, 600}) {
        scans.emplace_back("dpi " + std::to_string(dpi), plainScan(dpi));
    }
    for (const double skew : {-3.0, -1.5, 1.5, 3.0}) {
        sim::Scan s = plainScan(200);
        s.skew = skew;
        s.shiftX = skew;
        s.shiftY = -skew;
        s.scale = 1 + skew / 200;
        scans.emplace_back("skew " + std::to_string(skew), s);
    }
    sim::Scan upside = plainScan(200);
    upside.upsideDown = true;
    scans.emplace_back("upside down", upside);
    sim::Scan dark = plainScan(200);
    dark.darkBackground = true;
    scans.emplace_back("dark background", dark);
    sim::Scan jpeg = plainScan(150);
    jpeg.jpegQuality = 60;
    jpeg.blur = 1.0;
    jpeg.noise = 6;
    scans.emplace_back("jpeg 60, blur, noise", jpeg);
    sim::Scan colour = plainScan(200);
    colour.colour = true;
    scans.emplace_back("colour", colour);
    sim::Scan streak = plainScan(200);
    streak.streak = true;
    scans.emplace_back("streak", streak);
    for (const auto& [name, scan] : scans) {
        CAPTURE(name);
        cv::Mat image = f.scanned(intent, scan);
        if (scan.jpegQuality > 0) {
            std::vector<uchar> bytes;
            cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, scan.jpegQuality});
            image = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
        }
        const ocr::PageReading r = f.read(image);
        CAPTURE(reasons(r));
        CHECK(r.status == ocr::Status::Read);
        CHECK(r.struck == f.ids(intent));
    }
    for (const auto rotation : {cv::ROTATE_90_CLOCKWISE, cv::ROTATE_90_COUNTERCLOCKWISE}) {
        cv::Mat turned;
        cv::rotate(f.scanned(intent, plainScan(200)), turned, rotation);
        const ocr::PageReading r = f.read(turned);
        CAPTURE(reasons(r));
        CHECK(r.status == ocr::Status::Read);
        CHECK(r.struck == f.ids(intent));
    }
}

TEST_CASE("each hard case reaches the committee") {
    const Fixture f(8, 6);
    using sim::HardCase;
    for (const HardCase h :
         {HardCase::FamilyNameOnly, HardCase::Underline, HardCase::Circle, HardCase::Tick, HardCase::CrossBeside,
          HardCase::WriteIn, HardCase::Signature, HardCase::MissingStamp, HardCase::TornCorner}) {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            sim::Intent intent = f.strikes({2});
            intent.hard = h;
            intent.target = h == HardCase::FamilyNameOnly ? 5 : 0;
            sim::Scan scan = plainScan(200);
            scan.tornCorner = h == HardCase::TornCorner;
            scan.darkBackground = seed == 2;
            const ocr::PageReading r = f.read(f.scanned(intent, scan, seed));
            CAPTURE(sim::hardCaseCode(h));
            CAPTURE(seed);
            CAPTURE(reasons(r));
            CHECK(r.status != ocr::Status::Read);
        }
    }
}

namespace {

// A yes/no ballot of 3 whose second person's box was taken back as `how` says, read.
std::vector<ocr::PageReading> correctedBoxes(sim::Correction how) {
    const Fixture f(3, 3);
    std::vector<ocr::PageReading> out;
    for (std::uint64_t seed = 1; seed <= 2; ++seed) {
        sim::Intent intent;
        intent.marks.assign(f.round.candidates.size(), Mark::Agree);
        intent.hard = sim::HardCase::BoxCorrected;
        intent.target = 1;
        intent.correction = how;
        intent.correctedAgree = seed == 2;  // the X taken back in "Đồng ý", the voter's X in the other box
        intent.marks[1] = seed == 2 ? Mark::Disagree : Mark::Agree;
        out.push_back(f.read(f.scanned(intent, plainScan(200), seed)));
    }
    return out;
}

}  // namespace

TEST_CASE("a yes/no box taken back (scribbled, crossed out, filled in) reaches the committee") {
    using sim::Correction;
    for (const Correction how :
         {Correction::Scribbled, Correction::CrossedOut, Correction::Filled, Correction::BothOneScribbled}) {
        for (const ocr::PageReading& r : correctedBoxes(how)) {
            CAPTURE(sim::correctionCode(how));
            CAPTURE(reasons(r));
            CHECK(r.status != ocr::Status::Read);
            CHECK(std::ranges::find(r.reasons, std::string("box_corrected")) != r.reasons.end());
        }
    }
}

// Not met yet (docs/recognition-variations.md): an X written over with a loop or a tick is read
// as the X. Marked should_fail so that the day it reaches the committee this test says so.
TEST_CASE("an X written over with a loop or a tick reaches the committee" * doctest::should_fail()) {
    for (const ocr::PageReading& r : correctedBoxes(sim::Correction::Overwritten)) {
        CAPTURE(reasons(r));
        CHECK(r.status != ocr::Status::Read);
    }
}

TEST_CASE("in the tightest rows the layout prints, strikes read and an underline reaches the committee") {
    // 56 names: two columns of 28 on an A4 side, 7.1 mm rows, 12.4 pt names (ocr/layout).
    const Fixture f(56, 47);
    REQUIRE(f.layout.sides.size() == 1);
    REQUIRE(f.layout.pitch < 75);
    // Ordinary ballots, an office scanner's JPEG among them: read, and never read wrong.
    const sim::Intent struck = f.strikes({0, 3, 9, 11, 17, 27, 30, 41, 48, 55});
    int read = 0;
    sim::Scan office = plainScan(150);  // an office scanner's everyday JPEG
    office.jpegQuality = 75;
    office.blur = 0.8;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const ocr::PageReading clean = f.read(f.scanned(struck, seed % 2 ? plainScan(200) : office, seed));
        CAPTURE(seed);
        CAPTURE(reasons(clean));
        CHECK((clean.status != ocr::Status::Read || clean.struck == f.ids(struck)));  // never a wrong read
        read += clean.status == ocr::Status::Read ? 1 : 0;
    }
    CHECK(read >= 7);
    // The simulator's underline keeps inside the row: in rows this tight it runs through the
    // descenders, inside the name's ink box.
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        sim::Intent intent = f.strikes({3});
        intent.hard = sim::HardCase::Underline;
        intent.target = static_cast<std::size_t>(10 + seed * 7);
        const ocr::PageReading r = f.read(f.scanned(intent, plainScan(200), seed));
        CAPTURE(seed);
        CAPTURE(reasons(r));
        CHECK(r.status == ocr::Status::Review);
        CHECK(std::ranges::find(r.uncertain, f.round.candidates[intent.target].id) != r.uncertain.end());
    }
}

TEST_CASE("a letter's bar lying on a stroke's line hides the stroke there: it does not count against it") {
    Fixture f(8, 6);
    // A bar printed along the middle of the third name's first half (as an "e"'s or a "t"'s
    // crossbar lies on a stroke through the letters), on the blank and on the paper alike.
    const cv::Rect2d ink = f.templates[0].nameInk[2];
    const double y = ink.y + ink.height / 2;
    const QLineF bar(ink.x, y, ink.x + ink.width / 2, y);
    const double px = f.settings.pxPerMm / 10;
    cv::line(f.templates[0].blank, cv::Point(static_cast<int>(bar.x1() * px), static_cast<int>(y * px)),
             cv::Point(static_cast<int>(bar.x2() * px), static_cast<int>(y * px)), cv::Scalar(0), 2);
    ocr::prepare(f.templates[0], f.settings);
    const int dpi = 200;
    QImage page = f.paper.render(dpi, false);
    {
        QPainter p(&page);
        render::scaleToDmm(p, dpi);
        p.setPen(QPen(Qt::black, 3));
        p.drawLine(bar);
    }
    sim::Rng rng(3);
    sim::markBallot(page, dpi, f.paper, f.strikes({}), rng, QStringLiteral("ĐẢNG BỘ TỈNH THỬ NGHIỆM ★ "));
    {  // the voter's ruler-straight stroke right along the bar, from before the name to after it
        QPainter p(&page);
        render::scaleToDmm(p, dpi);
        p.setPen(QPen(QColor(25, 45, 160), 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(ink.x - 15, y), QPointF(ink.br().x + 20, y));
    }
    cv::Mat scan;
    sim::scanSheet(render::matView(page), plainScan(dpi), rng, scan);
    const ocr::PageReading r = f.read(scan);
    CAPTURE(reasons(r));
    CHECK(r.status == ocr::Status::Read);
    CHECK(r.struck == std::vector<CandidateId>{f.round.candidates[2].id});
}

TEST_CASE("a name whose letters would hide a stroke is never taken as kept for want of one") {
    Fixture f(8, 6);
    // Print the first name's band as if its letters stood a pen's width apart, so that no
    // straight stroke through it would cross 3 mm of bare paper.
    ocr::BallotTemplate& t = f.templates[0];
    const double px = f.settings.pxPerMm / 10;
    const cv::Rect2d& ink = t.nameInk[0];
    for (double x = ink.x; x < ink.br().x; x += 4) {
        const cv::Point top(static_cast<int>(x * px), static_cast<int>(ink.y * px));
        cv::line(t.blank, top, top + cv::Point(0, static_cast<int>(ink.height * px)), cv::Scalar(0), 2);
    }
    ocr::prepare(t, f.settings);
    CHECK(t.leastVisible[0] < 24);
    CHECK(t.leastVisible[1] >= 24);
    const sim::Intent intent = f.strikes({2});
    const ocr::PageReading r = f.read(f.scanned(intent, plainScan(200)));
    CAPTURE(reasons(r));
    CHECK(r.status == ocr::Status::Review);
    CHECK(r.uncertain == std::vector<CandidateId>{f.round.candidates[0].id});
    CHECK(r.reasons == std::vector<std::string>{"name_hidden"});
    CHECK(r.struck == f.ids(intent));
}

TEST_CASE("pages of another count are rejected — a page without a readable code goes to the committee") {
    const Fixture f(8, 6);
    const cv::Mat blank(2100, 1500, CV_8UC1, cv::Scalar(250));
    CHECK(f.read(blank).reasons == std::vector<std::string>{"blank_page"});
    Congress other = f.congress;
    other.elections[0].id = ElectionId{"khac"};
    const auto otherLayout = *ballot::layoutBallot(other, other.elections[0], f.round);
    const QImage page = render::ballotImage(otherLayout, 0, 200);
    const cv::Mat gray = render::matView(page);
    CHECK(f.read(gray).reasons == std::vector<std::string>{"wrong_election"});
    Congress renamed = f.congress;
    renamed.elections[0].candidates[0].name = "Nguyễn Văn Khác";
    const auto renamedLayout = *ballot::layoutBallot(renamed, renamed.elections[0], firstRound(renamed));
    const QImage renamedPage = render::ballotImage(renamedLayout, 0, 200);
    const cv::Mat renamedGray = render::matView(renamedPage);
    CHECK(f.read(renamedGray).reasons == std::vector<std::string>{"layout_mismatch"});
    sim::Paper word = sim::wordPaper(f.congress, f.congress.elections[0], f.round, false);
    const QImage wordPage = word.render(200, false);
    const cv::Mat wordGray = render::matView(wordPage);
    const ocr::PageReading noCode = f.read(wordGray);
    CHECK(noCode.status == ocr::Status::Review);  // might be a ballot with a damaged code: never dropped
    CHECK(noCode.reasons == std::vector<std::string>{"no_ballot_code"});
}

TEST_CASE("a blank, unstamped ballot is no vote for anyone: it goes to review for the missing stamp") {
    const Fixture f(8, 6);
    const QImage page = render::ballotImage(f.layout, 0, 200);
    const cv::Mat gray = render::matView(page);
    const ocr::PageReading r = f.read(gray);
    CHECK(r.status == ocr::Status::Review);
    CHECK(r.reasons == std::vector<std::string>{"missing_stamp"});
    CHECK(r.struck.empty());
    CHECK(r.uncertain.empty());
}

TEST_CASE("simulated batches: no silent error, every hard case to review") {
    for (const auto& [listed, seats, seed] : {std::tuple{6, 5, 101}, std::tuple{18, 15, 102}, std::tuple{3, 3, 103}}) {
        const Congress c = ballotCongress(listed, seats);
        const fs::path dir = fs::path(KP_TEST_OUT) / ("batch-" + std::to_string(listed));
        fs::remove_all(dir);
        sim::Options o;
        o.voters = 40;
        o.seed = static_cast<std::uint64_t>(seed);
        o.outDir = dir.string();
        o.threads = 2;
        REQUIRE(sim::simulate(c, c.elections[0], firstRound(c), o));
        const ocr::Settings settings;
        const auto layout = *ballot::layoutBallot(c, c.elections[0], firstRound(c));
        const auto templates = render::makeTemplates(layout, settings);
        std::ifstream truth(dir / "truth.jsonl");
        int read = 0;
        for (std::string line; std::getline(truth, line);) {
            const auto t = nlohmann::json::parse(line);
            const cv::Mat gray = cv::imread((dir / t["image"].get<std::string>()).string(), cv::IMREAD_GRAYSCALE);
            const ocr::PageReading r = ocr::recognizePage(gray, templates, settings);
            CAPTURE(line);
            CAPTURE(reasons(r));
            if (t["look_twice"].get<bool>()) {
                CHECK(r.status != ocr::Status::Read);
            }
            if (r.status != ocr::Status::Read) {
                continue;
            }
            ++read;
            if (t.contains("struck")) {
                std::vector<CandidateId> expected;
                for (const auto& id : t["struck"]) expected.push_back(CandidateId{id.get<std::string>()});
                CHECK(r.struck == expected);
            } else {
                for (const auto& [id, mark] : r.marks) {
                    CHECK(t["marks"][id.value].get<std::string>() == markCode(mark));
                }
            }
        }
        MESSAGE(listed << " names: " << read << " of 40 read");
    }
}

TEST_CASE("the bundled sample scans read as their truth says, and their hard cases go to review") {
    const std::string dir = std::string(KP_SOURCE_DIR) + "/samples/simulated/kiemphieu/";
    std::ifstream congressFile(std::string(KP_SOURCE_DIR) + "/samples/co-so/congress.json");
    std::stringstream text;
    text << congressFile.rdbuf();
    const auto congress = nlohmann::json::parse(text.str());
    // The sample congress's chi ủy election, rebuilt from its file.
    Congress c = ballotCongress(1, 1);
    c.name = congress["congress"]["name"];
    c.organization = congress["congress"]["organization"];
    c.elections[0].id = ElectionId{"cu"};
    c.elections[0].title = congress["elections"][0]["title"];
    c.elections[0].seats = congress["elections"][0]["seats"];
    c.elections[0].candidates.clear();
    for (const auto& k : congress["elections"][0]["candidates"]) {
        c.elections[0].candidates.push_back({CandidateId{k["id"].get<std::string>()}, k["name"].get<std::string>()});
    }
    const ocr::Settings settings;
    const auto layout = ballot::layoutBallot(c, c.elections[0], firstRound(c));
    REQUIRE(layout);
    const auto templates = render::makeTemplates(*layout, settings);
    std::ifstream truth(dir + "truth.jsonl");
    int pages = 0;
    for (std::string line; std::getline(truth, line); ++pages) {
        const auto t = nlohmann::json::parse(line);
        const ocr::PageReading r = ocr::recognizePage(
            cv::imread(dir + t["image"].get<std::string>(), cv::IMREAD_GRAYSCALE), templates, settings);
        CAPTURE(line);
        CAPTURE(reasons(r));
        if (t["look_twice"].get<bool>()) {
            CHECK(r.status == ocr::Status::Review);
        } else {
            CHECK(r.status == ocr::Status::Read);
            std::vector<CandidateId> expected;
            for (const auto& id : t["struck"]) expected.push_back(CandidateId{id.get<std::string>()});
            CHECK(r.struck == expected);
        }
    }
    CHECK(pages == 8);
}
