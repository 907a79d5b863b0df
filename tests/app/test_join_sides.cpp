// A ballot whose list runs on to the back of its sheet: the two faces of one sheet, scanned
// duplex, are read as one ballot and counted once; faces the scanner does not pair are never
// joined (the first side waits for the committee, the later side never counts alone).
#include <doctest/doctest.h>

#include <filesystem>
#include <opencv2/imgcodecs.hpp>

#include "ballot_faces.h"
#include "ballot_fixture.h"
#include "reports/readings_jsonl.h"
#include "src/app/join_sides.h"
#include "src/app/recognize_pages.h"
#include "src/simulator/paper.h"
#include "tally/tally.h"

using namespace kp;
using namespace kp::test;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// 80 names for 70 seats: the front holds 56 (two columns of 28), the back the rest.
struct TwoSides {
    Congress congress = ballotCongress(80, 70);
    app::RoundInput input{congress, 0, firstRound(congress)};
    std::vector<sim::Paper> sides = *sim::kiemphieuSides(congress, congress.elections[0], input.spec);
    fs::path dir = fs::path(KP_TEST_OUT) / "join_sides";

    TwoSides() { fs::create_directories(dir); }

    // Side `side` with the names at these list positions struck (and the family name only of
    // `partial`), scanned and written as `name`.png.
    scan::PageRef face(const std::string& name, std::size_t side, const std::vector<std::size_t>& struck,
                       std::optional<std::size_t> partial = {}) const {
        const fs::path path = dir / (name + ".png");
        REQUIRE(
            cv::imwrite(path.string(), markedFace(sides, side, struck, 11 + side, partial, side == 0 ? 0.8 : -1.2)));
        return {path.string(), 0, 0};
    }

    std::vector<Json> read(std::vector<scan::PageRef> pages, std::initializer_list<int> leaves) const {
        std::size_t i = 0;
        for (const int leaf : leaves) {
            pages.at(i++).leaf = leaf;
        }
        auto lines = app::recognizePages(input, pages, 2, std::nullopt);
        REQUIRE(lines);
        return *lines;
    }
};

std::vector<std::string> texts(const Json& array) {
    std::vector<std::string> out;
    for (const auto& v : array) out.push_back(v.get<std::string>());
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("the two faces of a duplex-scanned sheet are one ballot, counted once") {
    const TwoSides t;
    REQUIRE(t.sides.size() == 2);
    REQUIRE(t.sides[0].names.size() == 56);
    // 10 of 80 struck, 6 on the front and 4 on the back: the 70 kept fill the 70 seats.
    const scan::PageRef front = t.face("front", 0, {3, 10, 11, 12, 13, 50});
    const scan::PageRef back = t.face("back", 1, {56, 57, 58, 79});
    const Strings frontStruck{"c4", "c11", "c12", "c13", "c14", "c51"};

    SUBCASE("front then back, and the back first (a sheet fed upside down)") {
        for (const bool flipped : {false, true}) {
            CAPTURE(flipped);
            const auto lines = flipped ? t.read({back, front}, {1, 1}) : t.read({front, back}, {1, 1});
            const Json& first = lines[flipped ? 1 : 0];
            const Json& later = lines[flipped ? 0 : 1];
            CHECK(first["status"] == "read");
            CHECK(texts(first["reasons"]).empty());
            Strings all = frontStruck;
            all.insert(all.end(), {"c57", "c58", "c59", "c80"});
            CHECK(texts(first["struck"]) == all);
            CHECK(first["scores"].size() == 80);
            CHECK(first["other_side"]["sheet"] == "back");
            CHECK(first["other_side"]["side"] == 2);
            CHECK(first["other_side"]["sha256"].get<std::string>().size() == 64);
            CHECK(later["status"] == "rejected");
            CHECK(texts(later["reasons"]) == Strings{"later_side"});
            CHECK(later["counted_with"]["sheet"] == "front");
            CHECK_FALSE(later.contains("struck"));

            // One valid ballot keeping 70 names (the front alone would keep 74: an overvote).
            std::string text;
            for (const Json& l : lines) text += l.dump() + "\n";
            const auto readings = parseReadings(text);
            REQUIRE(readings);
            CHECK(readings->size() == 1);
            const auto result = tally(t.congress, *readings);
            REQUIRE(result);
            const RoundResult& r = result->front();
            CHECK(r.ballots.collected == 1);
            CHECK(r.ballots.valid == 1);
            CHECK(r.candidates[3].votes == 0);
            CHECK(r.candidates[4].votes == 1);
            CHECK(r.candidates[56].votes == 0);
            CHECK(r.candidates[60].votes == 1);
            CHECK(r.candidates[79].votes == 0);
        }
    }

    SUBCASE("faces the scanner does not pair are not joined") {
        for (const auto& leaves : {std::vector<int>{0, 0}, std::vector<int>{1, 2}}) {
            const auto lines = t.read({front, back}, {leaves[0], leaves[1]});
            CHECK(lines[0]["status"] == "review");
            CHECK(texts(lines[0]["reasons"]) == Strings{"multi_side_ballot"});
            CHECK(texts(lines[0]["struck"]) == frontStruck);  // the committee's starting point
            CHECK_FALSE(lines[0].contains("other_side"));
            CHECK(lines[1]["status"] == "rejected");
            CHECK(texts(lines[1]["reasons"]) == Strings{"later_side"});
            CHECK_FALSE(lines[1].contains("counted_with"));
        }
        // Two fronts the log calls one sheet (it cannot be: not joined).
        const scan::PageRef other = t.face("front-2", 0, {7});
        const auto lines = t.read({front, other}, {1, 1});
        CHECK(lines[0]["status"] == "review");
        CHECK(lines[1]["status"] == "review");
        CHECK(texts(lines[1]["struck"]) == Strings{"c8"});
    }

    SUBCASE("what the back needs the committee for sends the whole ballot to it") {
        const scan::PageRef partial = t.face("back-partial", 1, {56}, 66);
        const auto lines = t.read({front, partial}, {1, 1});
        CHECK(lines[0]["status"] == "review");
        CHECK(texts(lines[0]["reasons"]) == Strings{"partial_strike"});
        CHECK(texts(lines[0]["uncertain"]) == Strings{"c67"});
        Strings struck = frontStruck;
        struck.push_back("c57");
        CHECK(texts(lines[0]["struck"]) == struck);
        CHECK(lines[1]["status"] == "rejected");
    }
}

TEST_CASE("a back page shares the leaf of the front fed just before it in its batch") {
    const auto leavesOf = [](const std::vector<std::tuple<int, int, bool, bool>>& fed) {
        app::Leaves leaves;
        std::vector<int> out;
        for (const auto& [batch, page, back, refeed] : fed) {
            out.push_back(leaves.next(batch, page, back, refeed));
        }
        return out;
    };
    // batch 1: front, back, front, back; batch 2: back (its front was in no batch), front, front.
    CHECK(leavesOf({{1, 1, false, false},
                    {1, 2, true, false},
                    {1, 3, false, false},
                    {1, 4, true, false},
                    {2, 1, true, false},
                    {2, 2, false, false},
                    {2, 3, false, false}}) == std::vector<int>{1, 1, 2, 2, 3, 4, 5});
    // A page suspected of being a re-feed is never joined; a back after it is not the back of the
    // front before it; and the leaves after it never repeat one already given (the desktop count
    // once numbered them from 1 again, and a later front could be joined with an earlier back).
    CHECK(leavesOf({{1, 1, false, false},
                    {1, 2, true, false},
                    {1, 3, false, false},
                    {1, 4, true, true},
                    {1, 5, true, false},
                    {1, 6, false, false},
                    {1, 7, true, false}}) == std::vector<int>{1, 1, 2, 0, 3, 4, 4});
}
