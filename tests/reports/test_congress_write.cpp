// writeCongress: what the congress editor saves reads back as the same congress file.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "reports/congress_json.h"
#include "reports/minutes_info.h"

using namespace kp;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string rewritten(const std::string& text) {
    auto congress = parseCongress(text);
    REQUIRE(congress.has_value());
    auto info = parseMinutesInfo(text);
    REQUIRE(info.has_value());
    return writeCongress(*congress, *info);
}

}  // namespace

TEST_CASE("every sample congress file is written back field for field") {
    for (const char* sample : {"co-so", "tinh"}) {
        CAPTURE(sample);
        const std::string original = slurp(std::string(KP_SAMPLES) + "/" + sample + "/congress.json");
        const std::string written = rewritten(original);
        CHECK(nlohmann::json::parse(written) == nlohmann::json::parse(original));
        CHECK(rewritten(written) == written);  // a fixed point: saving again changes nothing
    }
}

TEST_CASE("rounds, an election's own electorate, alternates, training and a legal basis survive") {
    const std::string text = R"({"format": "kiemphieu.congress/1",
      "congress": {"name": "Đại hội", "organization": "Đảng bộ A", "level": "huyen", "kind": "delegates",
                   "convened": 200, "training": true, "legal_basis": ["Căn cứ Điều lệ Đảng;"],
                   "counting_committee": [{"name": "Lê Văn B", "role": "thanh_vien"}, {"name": "Ngô Thị C", "role": "truong_ban"}]},
      "elections": [
        {"id": "bch", "title": "Bầu BCH", "body": "executive_committee", "seats": 2, "issued": 198, "present": 197,
         "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"}, {"id": "c", "name": "Trương Quốc Sơn"}],
         "rounds": [{"round": 2, "seats": 1, "issued": 190, "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}]}]},
        {"id": "btv", "title": "Bầu BTV", "body": "standing_committee", "seats": 1, "convened": 15,
         "deductions": [{"count": 1, "reason": "ốm"}],
         "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"}]},
        {"id": "db", "title": "Bầu đại biểu", "body": "delegates_official", "seats": 1, "alternates": 1,
         "candidates": [{"id": "a", "name": "Nguyễn Thị Hằng"}, {"id": "b", "name": "Đặng Văn Ưng"}, {"id": "c", "name": "Trương Quốc Sơn"}]}
      ]})";
    CHECK(nlohmann::json::parse(rewritten(text)) == nlohmann::json::parse(text));
}

TEST_CASE("the default legal basis is not written out: the file stays as the user made it") {
    const std::string text = R"({"format": "kiemphieu.congress/1",
      "congress": {"name": "Đại hội", "organization": "Chi bộ A", "level": "co_so", "kind": "members", "convened": 10},
      "elections": [{"id": "bt", "title": "Bầu Bí thư", "body": "secretary", "seats": 1,
                     "candidates": [{"id": "a", "name": "Nguyễn Văn A"}]}]})";
    const std::string written = rewritten(text);
    CHECK(written.find("legal_basis") == std::string::npos);
    CHECK(nlohmann::json::parse(written) == nlohmann::json::parse(text));
}
