// The committee in the record: operators and sign-in, rulings by two members, manual double
// and triple entry with reconciliation, and a record written by the first released schema
// (tests/store/fixtures/record-v1.kpdb) opened and brought up to date.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "src/store/counted.h"
#include "src/store/schema.h"

using namespace kp::store;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const std::string T = "2026-11-21T09:00:00Z";

// A copy of the version-1 record (4 scanned sheets of election "cu", each read): made by the
// program of schema version 1 (record_e2e at commit f5684de), never edited since.
Record fixtureCopy(const std::string& fixture, const std::string& name) {
    const fs::path dir = fs::path(KP_TEST_OUT) / "committee";
    fs::create_directories(dir);
    const fs::path file = dir / (name + ".kpdb");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(file.string() + suffix);
    }
    fs::remove_all(file.string() + ".images");
    fs::copy_file(fs::path(KP_FIXTURES) / fixture, file);
    auto record = Record::open(file.string());
    REQUIRE_MESSAGE(record.has_value(), (record ? "" : record.error().message));
    return std::move(*record);
}

Record v1Copy(const std::string& name) {
    return fixtureCopy("record-v1.kpdb", name);
}

std::vector<Json> jsonLines(const std::string& text) {
    std::vector<Json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(Json::parse(line));
    }
    return out;
}

struct Hall {
    Record record;
    Committee committee{record};
    Hall(const std::string& name) : record(v1Copy(name)) {
        REQUIRE(committee.addOperator("Trần Văn Bình", ROLE_CHAIR, "binh-2026", nullptr, T).has_value());
        auto chair = committee.signIn("Trần Văn Bình", "binh-2026");
        REQUIRE(chair.has_value());
        REQUIRE(committee.addOperator("Lê Thị Mai", ROLE_MEMBER, "mai-2026", &*chair, T).has_value());
        REQUIRE(committee.addOperator("Phạm Minh Tuấn", ROLE_MEMBER, "tuan-2026", &*chair, T).has_value());
        REQUIRE(committee.addOperator("Đỗ Văn Kỹ", ROLE_TECHNICIAN, "ky-2026", &*chair, T).has_value());
    }
    SignedIn as(const std::string& name, const std::string& password) {
        auto s = committee.signIn(name, password);
        REQUIRE_MESSAGE(s.has_value(), (s ? "" : s.error().message));
        return *s;
    }
    SignedIn chair() { return as("Trần Văn Bình", "binh-2026"); }
    SignedIn mai() { return as("Lê Thị Mai", "mai-2026"); }
    SignedIn tuan() { return as("Phạm Minh Tuấn", "tuan-2026"); }
    SignedIn technician() { return as("Đỗ Văn Kỹ", "ky-2026"); }
    Json counted(const std::string& sheet) {
        auto text = committee.countedJsonl();
        REQUIRE_MESSAGE(text.has_value(), (text ? "" : text.error().message));
        for (const Json& line : jsonLines(*text)) {
            if (line["sheet"] == sheet) {
                return line;
            }
        }
        FAIL("no counted line for sheet " << sheet);
        return {};
    }
};

}  // namespace

TEST_CASE("store: a version-1 record opens at the current version with its sheets, readings and audit chain intact") {
    Record record = v1Copy("migrated");
    CHECK(schemaVersion(record.db()).value() == SCHEMA_VERSION);
    CHECK(SCHEMA_VERSION == 4);
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

TEST_CASE("store: operators sign in with their password, only the chair adds operators once there are some") {
    Hall hall("operators");
    CHECK_FALSE(hall.committee.signIn("Lê Thị Mai", "wrong-password").has_value());
    CHECK_FALSE(hall.committee.signIn("Nobody", "mai-2026").has_value());
    const auto refused = hall.committee.signIn("Lê Thị Mai", "wrong-password");
    CHECK(refused.error().message == "sign-in refused for Lê Thị Mai: unknown name or wrong password");
    const SignedIn mai = hall.mai();
    CHECK(mai.member().role == ROLE_MEMBER);
    auto byMember = hall.committee.addOperator("Someone", ROLE_MEMBER, "pass-2026", &mai, T);
    REQUIRE_FALSE(byMember.has_value());
    CHECK(byMember.error().message.find("only the trưởng ban") != std::string::npos);
    CHECK_FALSE(hall.committee.addOperator("Someone", ROLE_MEMBER, "pass-2026", nullptr, T).has_value());
    const SignedIn chair = hall.chair();
    CHECK(hall.committee.addOperator("Lê Thị Mai", ROLE_MEMBER, "pass-2026", &chair, T)
              .error()
              .message.find("already exists") != std::string::npos);
    CHECK_FALSE(hall.committee.addOperator("X", "observer", "pass-2026", &chair, T).has_value());
    // The hash is Argon2id, never the password.
    auto stmt = hall.record.db().prepare("SELECT password_hash FROM operators WHERE name = 'Lê Thị Mai'");
    REQUIRE(stmt->step().value());
    CHECK(stmt->text(0).starts_with("$argon2id$"));
    CHECK(stmt->text(0).find("mai-2026") == std::string::npos);
}

TEST_CASE("store: a ruling needs two different signed-in members, neither a technician, and a reason") {
    Hall hall("rulings");
    const std::string decision = R"({"struck": ["cu06", "cu04", "cu01"]})";
    const SignedIn mai = hall.mai();
    CHECK(hall.committee.ruleSheet(1, decision, "nét gạch mờ ở tên thứ nhất", mai, mai, T)
              .error()
              .message.find("two different members") != std::string::npos);
    CHECK(
        hall.committee.ruleSheet(1, decision, "lý do", mai, hall.technician(), T).error().message.find("technician") !=
        std::string::npos);
    CHECK(hall.committee.ruleSheet(1, decision, "", mai, hall.tuan(), T).error().message.find("must say why") !=
          std::string::npos);
    CHECK(hall.committee.ruleSheet(1, R"({"kept": ["cu01"]})", "lý do", mai, hall.tuan(), T)
              .error()
              .message.find("\"kept\" is not a ballot field") != std::string::npos);
    CHECK(hall.committee.ruleSheet(99, decision, "lý do", mai, hall.tuan(), T).error().message.find("no sheet 99") !=
          std::string::npos);

    const auto before = hall.counted("1");
    CHECK(before["struck"] == Json::array({"cu04", "cu06"}));
    auto ruling = hall.committee.ruleSheet(1, decision, "nét gạch mờ ở tên thứ nhất", mai, hall.tuan(), T);
    REQUIRE_MESSAGE(ruling.has_value(), (ruling ? "" : ruling.error().message));
    const auto after = hall.counted("1");
    CHECK(after["struck"] == Json::array({"cu01", "cu04", "cu06"}));
    CHECK(after["status"] == "read");
    CHECK(after["ruling"] == *ruling);
    // The original reading is untouched: the bundle's readings.jsonl still says what was read.
    CHECK(Json::parse(hall.record.rows().value().readings[0].line)["struck"] == Json::array({"cu04", "cu06"}));
    const auto rulings = jsonLines(hall.committee.rulingsJsonl().value());
    REQUIRE(rulings.size() == 1);
    CHECK(rulings[0]["members"][0]["name"] == "Lê Thị Mai");
    CHECK(rulings[0]["members"][1]["name"] == "Phạm Minh Tuấn");
    CHECK(rulings[0]["reason"] == "nét gạch mờ ở tên thứ nhất");
    // Both members are in the audit log, and a ruling cannot be edited afterwards.
    const auto events = allEvents(hall.record.db()).value();
    CHECK(events.back().kind == "ruling");
    CHECK(events.back().actor == "Lê Thị Mai + Phạm Minh Tuấn");
    CHECK_FALSE(hall.record.db().exec("UPDATE rulings SET decision = '{}'").has_value());
    CHECK(verifyChain(hall.record.db()).value().ok);
}

TEST_CASE("store: double entry counts a ballot when both entries agree and sends a disagreement to the committee") {
    Hall hall("manual");
    const SignedIn mai = hall.mai();
    const SignedIn ky = hall.technician();
    REQUIRE(hall.committee.enter("cu", 1, "1", R"({"struck": ["cu02", "cu01"]})", mai, T).has_value());
    CHECK(hall.counted("manual-1")["reasons"] == Json::array({"manual_second_entry_missing"}));
    REQUIRE(hall.committee.enter("cu", 1, "1", R"({"struck": ["cu01", "cu02"]})", ky, T).has_value());
    const Json agreed = hall.counted("manual-1");
    CHECK(agreed["status"] == "read");
    CHECK(agreed["struck"] == Json::array({"cu01", "cu02"}));
    CHECK(agreed["entries"] == 2);
    // An operator enters a ballot once; a mistake is for the committee.
    CHECK(hall.committee.enter("cu", 1, "1", R"({"struck": []})", mai, T).error().message.find("already entered") !=
          std::string::npos);

    REQUIRE(hall.committee.enter("cu", 1, "2", R"({"struck": ["cu03"]})", mai, T).has_value());
    REQUIRE(hall.committee.enter("cu", 1, "2", R"({"struck": ["cu05"]})", ky, T).has_value());
    CHECK(hall.counted("manual-2")["status"] == "review");
    CHECK(hall.counted("manual-2")["reasons"] == Json::array({"manual_entries_differ"}));
    // A third entry that agrees with one of them does not settle it by majority: the committee rules.
    REQUIRE(hall.committee.enter("cu", 1, "2", R"({"struck": ["cu03"]})", hall.tuan(), T).has_value());
    CHECK(hall.counted("manual-2")["status"] == "review");
    auto ruling =
        hall.committee.ruleManual("cu", 1, "2", R"({"struck": ["cu03"]})", "đối chiếu phiếu gốc", hall.chair(), mai, T);
    REQUIRE_MESSAGE(ruling.has_value(), (ruling ? "" : ruling.error().message));
    CHECK(hall.counted("manual-2")["struck"] == Json::array({"cu03"}));
    CHECK(hall.counted("manual-2")["status"] == "read");
    CHECK(hall.committee.ruleManual("cu", 1, "7", R"({"struck": []})", "lý do", hall.chair(), mai, T)
              .error()
              .message.find("no manual entry of ballot 7") != std::string::npos);
    // Triple entry that agrees everywhere counts without a ruling.
    for (const SignedIn& who : {mai, ky, hall.tuan()}) {
        REQUIRE(hall.committee.enter("cu", 1, "10", R"({"struck": [], "invalid": "write_in"})", who, T).has_value());
    }
    CHECK(hall.counted("manual-10")["status"] == "read");
    CHECK(hall.counted("manual-10")["invalid"] == "write_in");
    CHECK_FALSE(hall.record.db().exec("DELETE FROM manual_entries WHERE ballot = '2'").has_value());
    CHECK_FALSE(hall.record.db().exec("UPDATE manual_rulings SET reason = ''").has_value());
    // Ballots in number order, after the scanned sheets.
    const auto lines = jsonLines(hall.committee.countedJsonl().value());
    REQUIRE(lines.size() == 7);
    CHECK(lines[4]["sheet"] == "manual-1");
    CHECK(lines[5]["sheet"] == "manual-2");
    CHECK(lines[6]["sheet"] == "manual-10");
    CHECK(verifyChain(hall.record.db()).value().ok);
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
