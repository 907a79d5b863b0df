// The congress file parser: every field typed and checked, errors that name the place.
#include <doctest/doctest.h>

#include <string>

#include "reports/congress_json.h"

using namespace kp;

namespace {

const std::string GOOD = R"({
  "format": "kiemphieu.congress/1",
  "congress": {"name": "Đại hội đại biểu lần thứ XV", "organization": "Đảng bộ tỉnh Thử",
               "level": "tinh", "kind": "delegates", "convened": 350,
               "deductions": [{"count": 2, "reason": "vắng mặt cả đại hội"}]},
  "elections": [
    {"id": "bch", "title": "Bầu Ban Chấp hành", "body": "executive_committee", "seats": 2, "issued": 348,
     "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"},
                    {"id": "c", "name": "Trương Quốc Sơn"}],
     "rounds": [{"round": 2, "seats": 1, "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}]}]},
    {"id": "btv", "title": "Bầu Ban Thường vụ", "body": "standing_committee", "seats": 1,
     "convened": 15, "deductions": [{"count": 1, "reason": "ốm"}],
     "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"}]},
    {"id": "dbct", "title": "Bầu đại biểu", "body": "delegates_official", "seats": 1, "alternates": 1,
     "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"},
                    {"id": "c", "name": "Trương Quốc Sơn"}]}
  ]
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string errorOf(const std::string& text) {
    const auto c = parseCongress(text);
    REQUIRE_FALSE(c);
    return c.error().message();
}

}  // namespace

TEST_CASE("a congress file is read in full") {
    const auto c = parseCongress(GOOD);
    REQUIRE(c);
    CHECK(c->organization == "Đảng bộ tỉnh Thử");
    CHECK(c->level == Level::Tinh);
    CHECK(c->kind == CongressKind::Delegates);
    CHECK(c->electorate.base() == 348);
    REQUIRE(c->elections.size() == 3);
    const Election& bch = c->elections[0];
    CHECK(bch.seats == 2);
    CHECK(bch.issued == 348);
    CHECK(bch.candidates[1].name == "Đặng Văn Ưng");
    REQUIRE(bch.rounds.size() == 1);
    CHECK(bch.rounds[0].seats == 1);
    const Election& btv = c->elections[1];
    REQUIRE(btv.electorate);
    CHECK(btv.electorate->base() == 14);
    CHECK(c->electorateOf(btv).base() == 14);
    CHECK(c->elections[2].alternates == 1);
    CHECK(c->elections[2].body == Body::DelegatesOfficial);
}

TEST_CASE("malformed JSON is refused with line and column") {
    const std::string e = errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": 2,,"));
    CHECK(e.find("congress file: not valid JSON") == 0);
    CHECK(e.find("line 7") != std::string::npos);
}

TEST_CASE("ill-formed UTF-8 is refused") {
    const std::string e = errorOf(replaced(GOOD, "Hằng", "H\xE1\xBA"));
    CHECK(e.find("not valid JSON") != std::string::npos);
    CHECK(e.find("UTF-8") != std::string::npos);
}

TEST_CASE("fields are typed and named by their path") {
    CHECK(errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": \"2\",")) ==
          "congress elections[0].seats: must be a whole number, got string");
    CHECK(errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": 2.5,")) ==
          "congress elections[0].seats: must be a whole number, got 2.5");
    CHECK(errorOf(replaced(GOOD, "\"level\": \"tinh\"", "\"level\": \"xa\"")) ==
          "congress.level: \"xa\" is not one of: co_so, huyen, tinh");
    CHECK(errorOf(replaced(GOOD, "\"body\": \"standing_committee\"", "\"body\": \"bch\""))
              .find("congress elections[1].body") == 0);
    CHECK(errorOf(replaced(GOOD, "\"format\": \"kiemphieu.congress/1\"", "\"format\": \"other/2\"")) ==
          "congress file.format: \"other/2\" is not \"kiemphieu.congress/1\"");
    CHECK(errorOf(replaced(GOOD, "{\"id\": \"b\", \"name\": \"Đặng Văn Ưng\"},\n", "{\"id\": \"b\"},\n")) ==
          "congress elections[0].candidates[1]: missing field \"name\"");
    CHECK(errorOf(replaced(GOOD, "\"convened\": 350", "\"convened\": -3")).find("congress.convened: must be between") ==
          0);
}

TEST_CASE("the congress is checked as a whole") {
    CHECK(errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": 0,")) ==
          "congress elections[0] (\"bch\"): seats must be at least 1, got 0");
    CHECK(errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": 4,")) ==
          "congress elections[0] (\"bch\"): 4 seats but only 3 candidates");
    CHECK(errorOf(replaced(GOOD, "\"count\": 2", "\"count\": 350")).find("threshold base") != std::string::npos);
    CHECK(
        errorOf(replaced(GOOD, "{\"id\": \"b\", \"name\": \"Đặng Văn Ưng\"},\n", "{\"id\": \"a\", \"name\": \"X\"},\n"))
            .find("candidate id \"a\" appears twice") != std::string::npos);
}

TEST_CASE("a repeated key anywhere in the file is refused with its line, column and key, never last-one-wins") {
    // "seats": 2, "seats": 1 would otherwise tally the election with one seat.
    CHECK(errorOf(replaced(GOOD, "\"seats\": 2,", "\"seats\": 2, \"seats\": 1,")) ==
          "congress file: line 7, column 92: duplicate key \"seats\" in elections[0]");
    CHECK(errorOf(replaced(GOOD, "\"convened\": 350,", "\"convened\": 350, \"convened\": 35,")) ==
          "congress file: line 4, column 71: duplicate key \"convened\" in congress");
    CHECK(errorOf(replaced(GOOD, "{\"id\": \"b\", \"name\": \"Đặng Văn Ưng\"},\n",
                           "{\"id\": \"b\", \"name\": \"Đặng Văn Ưng\", \"id\": \"c\"},\n"))
              .find("duplicate key \"id\" in elections[0].candidates[1]") != std::string::npos);
    CHECK(errorOf(replaced(GOOD, "\"format\": \"kiemphieu.congress/1\",",
                           "\"format\": \"x\", \"format\": \"kiemphieu.congress/1\","))
              .find("duplicate key \"format\"") != std::string::npos);
}
