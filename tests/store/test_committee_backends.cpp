// The committee in the record, on both back ends (an SQLite file, a PostgreSQL database):
// operators and sign-in, rulings by two members, manual double and triple entry with
// reconciliation. Each hall holds the version-1 fixture's sheets and readings, made again
// through the store.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "tests/store/backends.h"

using namespace kp::store;
using namespace kp::store::test;
using Json = nlohmann::json;

namespace {

const std::string T = "2026-11-21T09:00:00Z";

// The version-1 record's congress, batch, 4 sheets and their readings made again through the
// store on back end B (the images are new bytes: the fixture keeps none): sheets 1–4 of
// election "cu", each read.
template <typename B>
Record v1Again(const std::string& name) {
    const RecordRows v1 = fixtureCopy("record-v1.kpdb", name + "-v1-" + B::NAME).rows().value();
    auto record = Record::create(B::fresh(name), v1.congress, "Trần Văn Bình", T);
    REQUIRE_MESSAGE(record.has_value(), (record ? "" : record.error().message));
    const BatchRow& b = v1.batches.at(0);
    const auto batch =
        record->batch({b.election, static_cast<int>(b.round), b.device, static_cast<int>(b.dpi), b.started, "inbox"},
                      "Trần Văn Bình", T);
    REQUIRE(batch.has_value());
    std::vector<NewReading> readings;
    for (const SheetRow& s : v1.sheets) {
        NewSheet sheet{s.page, s.side, "", ".jpg", "sheet " + std::to_string(s.id), s.scanned, "", ""};
        sheet.sha256 = kp::sha256Hex(sheet.bytes);
        const auto added = record->addSheet(*batch, sheet, "Trần Văn Bình", T);
        REQUIRE(added.has_value());
        REQUIRE(added->sheet == s.id);
        const ReadingRow& r = v1.readings.at(static_cast<std::size_t>(s.id - 1));
        readings.push_back({sheet.sha256, r.line, s.election, static_cast<int>(s.round), r.status, r.recognizer, ""});
    }
    const auto read = record->addReadings(readings, false, "Trần Văn Bình", T);
    REQUIRE_MESSAGE(read.has_value(), (read ? "" : read.error().message));
    REQUIRE(read->recorded == 4);
    return std::move(*record);
}

template <typename B>
struct Hall {
    Record record;
    Committee committee{record};
    Hall(const std::string& name) : record(v1Again<B>(name)) {
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

TEST_CASE_TEMPLATE("store: operators sign in with their password, only the chair adds operators once there are some", B,
                   OnSqlite, OnPostgres) {
    Hall<B> hall("operators");
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

TEST_CASE_TEMPLATE("store: a ruling needs two different signed-in members, neither a technician, and a reason", B,
                   OnSqlite, OnPostgres) {
    Hall<B> hall("rulings");
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

TEST_CASE_TEMPLATE(
    "store: double entry counts a ballot when both entries agree and sends a disagreement to the committee", B,
    OnSqlite, OnPostgres) {
    Hall<B> hall("manual");
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
