// Records written by earlier schemas (tests/store/fixtures/record-v*.kpdb) opened and brought
// up to date, and the counted state of a sheet ruled on and read again.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "src/store/counted.h"
#include "src/store/schema.h"
#include "tests/store/backends.h"

using namespace kp::store;
using namespace kp::store::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const std::string T = "2026-11-21T09:00:00Z";

// A copy of the version-1 record (4 scanned sheets of election "cu", each read): made by the
// program of schema version 1 (record_e2e at commit f5684de), never edited since.
Record v1Copy(const std::string& name) {
    return fixtureCopy("record-v1.kpdb", name);
}

}  // namespace

TEST_CASE("store: a version-1 record opens at the current version with its sheets, readings and audit chain intact") {
    Record record = v1Copy("migrated");
    CHECK(schemaVersion(record.db()).value() == SCHEMA_VERSION);
    CHECK(SCHEMA_VERSION == 5);
    const auto rows = record.rows().value();
    REQUIRE(rows.readings.size() == 4);
    CHECK(Json::parse(rows.readings[0].line)["struck"] == Json::array({"cu04", "cu06"}));
    CHECK(verifyChain(record.db()).value().ok);
    // The new tables work in the migrated file.
    Committee committee(record);
    CHECK(committee.addOperator("Trần Văn Bình", ROLE_CHAIR, "binh-2026", nullptr, T).has_value());
    CHECK(committee.manualEntriesJsonl().value().empty());
}

// A copy of a version-2 record (5 scanned sheets, a ruling, 4 manual entries and a manual
// ruling): made by the program of schema version 2 (committee_e2e built from commit aa2c861), never edited since.
TEST_CASE(
    "store: a version-2 record opens at the current version with its rulings and manual entries, and keeps word "
    "blanks") {
    Record record = fixtureCopy("record-v2.kpdb", "migrated-v2");
    CHECK(schemaVersion(record.db()).value() == SCHEMA_VERSION);
    CHECK(verifyChain(record.db()).value().ok);
    Committee committee(record);
    CHECK(jsonLines(committee.rulingsJsonl().value()).size() == 2);  // one on a reading, one on a manual ballot
    CHECK(jsonLines(committee.manualEntriesJsonl().value()).size() == 4);
    CHECK(record.wordBlanks().value().empty());

    // A blank is kept by its hash; the latest confirmation of a round is the one that applies.
    const fs::path scan = fs::path(KP_TEST_OUT) / "committee" / "blank.png";
    for (const std::string content : {"first blank", "second blank"}) {
        std::ofstream(scan, std::ios::binary) << content;
        REQUIRE(record.setWordBlank("cu", 1, scan.string(), 300, "Trần Văn Bình", T).has_value());
    }
    REQUIRE(record.setWordBlank("bt", 1, scan.string(), 200, "Trần Văn Bình", T).has_value());
    const auto blanks = record.wordBlanks().value();
    REQUIRE(blanks.size() == 2);
    CHECK(blanks[0].election == "bt");
    CHECK(blanks[1].election == "cu");
    CHECK(blanks[1].dpi == 300);
    CHECK(blanks[1].sha256 == kp::sha256Hex("second blank"));
    CHECK(blanks[1].image == blanks[1].sha256 + ".png");
    std::ifstream kept(fs::path(record.imagesDir()) / blanks[1].image, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(kept), {}) == "second blank");
    CHECK_FALSE(record.db().exec("DELETE FROM word_blanks").has_value());  // append-only
    CHECK(verifyChain(record.db()).value().ok);
}

// A copy of a version-4 record (5 scanned sheets, a ruling, 3 operators, 4 manual entries and a
// manual ruling): made by the program of schema version 4 (committee_e2e built from commit
// 6c67199), never edited since. Version 5 makes the uniqueness the store checked into constraints.
TEST_CASE(
    "store: a version-4 record opens at the current version with its rows and chain, and its uniqueness is now "
    "a constraint") {
    Record record = fixtureCopy("record-v4.kpdb", "migrated-v4");
    CHECK(schemaVersion(record.db()).value() == SCHEMA_VERSION);
    CHECK(verifyChain(record.db()).value().ok);
    const auto rows = record.rows().value();
    CHECK(rows.sheets.size() == 5);
    CHECK(rows.manualEntries.size() == 4);
    CHECK(rows.sheetRulings.size() == 1);
    CHECK(rows.events.size() == 21);
    // What one writer used to check before inserting, the file now refuses by itself.
    const auto batch = record.db().exec(
        "INSERT INTO batches (election, round, device, dpi, started) SELECT election, round, device, dpi, started "
        "FROM batches WHERE id = 1");
    REQUIRE_FALSE(batch.has_value());
    CHECK(batch.error().fault == DbFault::Unique);
    const auto sheet = record.db().exec(
        "INSERT INTO sheets (batch, page, side, image_sha256, scanned) SELECT batch, 99, side, image_sha256, scanned "
        "FROM sheets WHERE id = 1");
    REQUIRE_FALSE(sheet.has_value());
    CHECK(sheet.error().fault == DbFault::Unique);
}

TEST_CASE("store: a ruling on an earlier reading no longer applies once the sheet is read again") {
    RecordRows rows;
    rows.sheets = {SheetRow{1, 1, 1, "front", "a", {}, 0, T, "cu", 1, ""},
                   SheetRow{2, 1, 2, "front", "b", {}, 0, T, "cu", 1, ""}};
    rows.readings = {ReadingRow{1, 1, "review", R"({"election":"cu","status":"review","struck":["cu01"]})", "{}"},
                     ReadingRow{2, 2, "read", R"({"election":"cu","status":"read","struck":["cu05"]})", "{}"},
                     ReadingRow{3, 2, "read", R"({"election":"cu","status":"read","struck":["cu02"]})", "{}"}};
    RulingRow first;
    first.id = 1;
    first.reading = 1;
    first.decision = R"({"struck":["cu03"]})";
    RulingRow earlier = first;  // on sheet 2's first reading, which sheet 2's second replaced
    earlier.id = 2;
    earlier.reading = 2;
    earlier.decision = R"({"struck":["cu04"]})";
    rows.sheetRulings = {first, earlier};
    const auto counted = countBallots(rows).value();
    REQUIRE(counted.size() == 2);
    CHECK(Json::parse(counted[0].line)["struck"] == Json::array({"cu03"}));
    CHECK(counted[0].state == BallotState::Counted);
    CHECK(counted[0].ruling == 1);
    CHECK(Json::parse(counted[1].line)["struck"] == Json::array({"cu02"}));
    CHECK(counted[1].ruling == 0);
    CHECK_FALSE(Json::parse(counted[1].line).contains("ruling"));
    rows.readings[0].line = "{not json";
    CHECK(countBallots(rows).error() == "reading 1 of sheet 1 is not a JSON object");
    CHECK(canonicalBallot(R"({"marks": {"b": "agree", "a": "none"}})").value() ==
          R"({"marks":{"a":"none","b":"agree"}})");
    CHECK_FALSE(canonicalBallot(R"({"marks": {"a": "yes"}})").has_value());
    CHECK_FALSE(canonicalBallot(R"({})").has_value());
}
