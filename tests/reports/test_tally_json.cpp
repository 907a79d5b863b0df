// The canonical result: field names and order, values as strings where the format says so.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/tally_json.h"
#include "tally/tally.h"

using namespace kp;

namespace {

const char* CONGRESS = R"({"format": "kiemphieu.congress/1",
  "congress": {"name": "Đại hội", "organization": "Chi bộ", "level": "co_so", "kind": "members", "convened": 10},
  "elections": [{"id": "bch", "title": "Bầu chi ủy", "body": "executive_committee", "seats": 2,
                 "candidates": [{"id": "a", "name": "Lê Văn An"}, {"id": "b", "name": "Bùi Thị Bình"},
                                {"id": "c", "name": "Võ Minh Châu"}]}]})";

std::string tallied(const std::string& readings) {
    const auto congress = parseCongress(CONGRESS);
    REQUIRE(congress);
    const auto rs = parseReadings(readings);
    REQUIRE(rs);
    const auto results = tally(*congress, *rs);
    REQUIRE(results);
    return tallyJson(*results);
}

}  // namespace

TEST_CASE("the tally JSON carries every documented field, in order") {
    // a: 8 votes, b: 8, c: 4 on 10 ballots keeping two names; plus nothing else.
    std::string readings;
    for (int i = 0; i < 10; ++i) {
        const char* struck = i < 6 ? "c" : i < 8 ? "b" : "a";
        readings += "{\"election\": \"bch\", \"sheet\": \"" + std::to_string(i) + "\", \"struck\": [\"" + struck +
                    "\"]}\n";
    }
    const std::string text = tallied(readings);
    const auto doc = nlohmann::ordered_json::parse(text);
    CHECK(doc["format"] == "kiemphieu.tally/1");
    const auto& r = doc["results"][0];
    std::vector<std::string> keys;
    for (const auto& [k, v] : r.items()) {
        keys.push_back(k);
    }
    CHECK(keys == std::vector<std::string>{"election", "round", "form", "seats", "alternate_seats", "base", "issued",
                                           "ballots", "candidates", "elected", "alternates", "tie", "unfilled",
                                           "alternate_tie", "alternates_unfilled", "elected_earlier"});
    CHECK(r["ballots"]["collected"] == 10);
    CHECK(r["ballots"]["invalid_by_reason"].size() == 6);
    CHECK(r["ballots"]["invalid_by_reason"]["overvote"] == 0);
    CHECK(r["candidates"][0]["name"] == "Lê Văn An");
    CHECK(r["candidates"][0]["votes"] == 8);
    CHECK(r["candidates"][0]["percent"] == "80,00");
    CHECK(r["candidates"][2]["percent_valid"] == "40,00");
    CHECK(r["candidates"][2]["status"] == "not_elected");
    CHECK(r["elected"] == nlohmann::ordered_json::array({"a", "b"}));
    CHECK(r["tie"].is_null());
    CHECK(r["issued"].is_null());
    CHECK(text.back() == '\n');
    CHECK(text.find("Lê Văn An") != std::string::npos);  // UTF-8 as is, not \u escapes
    CHECK(tallied(readings) == text);                     // byte-identical
}

TEST_CASE("no valid ballot: percent_valid is null, the official percent is still given") {
    const auto r = nlohmann::json::parse(tallied(""))["results"][0];
    CHECK(r["candidates"][0]["percent"] == "0,00");
    CHECK(r["candidates"][0]["percent_valid"].is_null());
    CHECK(r["unfilled"] == 2);
}
