// The record's operations on both back ends — an SQLite file and a PostgreSQL database on the
// private cluster ctest starts (tests/store/pg_cluster.sh) — the same test for each: making and
// opening a record, batches and sheets with their images, readings, the append-only tables, the
// audit chain under tampering, the uniqueness constraints, two stations writing at once, and the
// same actions giving the same rows and chain head in a file and on a server.
#include <doctest/doctest.h>

#include <unistd.h>
#include <array>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "src/store/consistency.h"
#include "src/store/copy.h"
#include "src/store/schema.h"
#include "tests/store/backends.h"

using namespace kp::store;
using kp::store::test::OnPostgres;
using kp::store::test::OnSqlite;
namespace fs = std::filesystem;

namespace {

const std::string T = "2026-11-21T09:00:00Z";
const std::string CHAIR = "Trần Văn Bình";

std::string congress() {
    std::ifstream in(fs::path(KP_SOURCE_DIR) / "samples/co-so/congress.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

Record made(const std::string& target) {
    auto record = Record::create(target, congress(), CHAIR, T);
    REQUIRE_MESSAGE(record.has_value(), (record ? "" : record.error().message));
    return std::move(*record);
}

NewSheet sheet(std::int64_t page, const std::string& bytes) {
    return {page, "front", kp::sha256Hex(bytes), ".png", bytes, T, "", ""};
}

std::string line(const std::string& struck, const std::string& image = "scan.png") {
    return R"({"election":"cu","round":1,"image":")" + image + R"(","status":"read","struck":[)" + struck + "]}";
}

NewReading reading(const NewSheet& s, const std::string& text) {
    return {s.sha256, text, "cu", 1, "read", R"({"version":"test"})", ""};
}

// A file beside the record or a table in its database that is not KiemPhieu's.
void makeSomethingElse(const std::string& target) {
    if (isServerRecord(target)) {
        REQUIRE(
            Database::open(target, Database::Mode::ReadWrite)->exec("CREATE TABLE minutes (line TEXT)").has_value());
    } else {
        std::ofstream(target) << "biên bản kiểm phiếu, not a database\n";
    }
}

// Everything a count writes, through the store: the committee, a batch with a re-fed sheet,
// readings (one re-read), a ruling on a sheet, triple manual entry with a ruling, a ruling on
// a round, a member taken off, the congress key, a word blank.
void count(Record& record) {
    Committee committee(record);
    REQUIRE(committee.addOperator(CHAIR, ROLE_CHAIR, "binh-2026", nullptr, T).has_value());
    const SignedIn chair = committee.signIn(CHAIR, "binh-2026").value();
    REQUIRE(committee.addOperator("Lê Thị Mai", ROLE_MEMBER, "mai-2026", &chair, T).has_value());
    REQUIRE(committee.addOperator("Đỗ Văn Kỹ", ROLE_TECHNICIAN, "ky-2026", &chair, T).has_value());
    const SignedIn mai = committee.signIn("Lê Thị Mai", "mai-2026").value();
    const SignedIn ky = committee.signIn("Đỗ Văn Kỹ", "ky-2026").value();
    const auto batch = record.batch({"cu", 1, "test:0", 200, T, "inbox"}, "Đỗ Văn Kỹ", T).value();
    std::vector<NewSheet> sheets;
    for (int page = 1; page <= 4; ++page) {
        sheets.push_back(sheet(page, "ảnh trang " + std::to_string(page) + std::string(1, '\0') + "đuôi"));
    }
    sheets[3].refeedOfSha256 = sheets[0].sha256;
    sheets[3].scanNote = R"({"similar":0.98})";
    std::vector<NewReading> readings;
    for (const NewSheet& s : sheets) {
        REQUIRE(record.addSheet(batch, s, "Đỗ Văn Kỹ", T).has_value());
        readings.push_back(reading(s, line(R"("cu0)" + std::to_string(s.page) + R"(")")));
    }
    REQUIRE(record.addReadings(readings, false, "Đỗ Văn Kỹ", T).has_value());
    REQUIRE(record.addReadings({reading(sheets[1], line(R"("cu05")"))}, true, "Đỗ Văn Kỹ", T).has_value());
    REQUIRE(committee.ruleSheet(1, R"({"struck":["cu01","cu03"]})", "nét mờ", chair, mai, T).has_value());
    REQUIRE(committee.ruleSheet(4, R"({"set_aside":"refeed"})", "nạp lại", chair, mai, T).has_value());
    for (const SignedIn* who : {&chair, &mai, &ky}) {
        REQUIRE(committee.enter("cu", 1, "1", who == &ky ? R"({"struck":["cu02"]})" : R"({"struck":[]})", *who, T)
                    .has_value());
    }
    REQUIRE(committee.ruleManual("cu", 1, "1", R"({"struck":[]})", "đối chiếu phiếu gốc", chair, mai, T).has_value());
    REQUIRE(committee.ruleRound("cu", 1, R"({"issued":7})", "đếm lại", chair, mai, T).has_value());
    REQUIRE(committee.setActive(3, false, chair, T).has_value());
    REQUIRE(record.registerKey(std::string(64, 'b'), CHAIR, T).has_value());
    const fs::path blank = fs::path(KP_TEST_OUT) / ("blank-" + std::to_string(::getpid()) + ".png");
    std::ofstream(blank, std::ios::binary) << "mẫu phiếu trắng";
    REQUIRE(record.setWordBlank("cu", 1, blank.string(), 300, CHAIR, T).has_value());
}

// rows() as text, every field: two records equal in this hold the same count.
std::string dump(const RecordRows& r) {
    std::ostringstream out;
    out << r.congress << '\n';
    for (const auto& o : r.operators) out << "operator " << o.id << ' ' << o.name << ' ' << o.role << '\n';
    for (const auto& s : r.operatorStatus)
        out << "status " << s.id << ' ' << s.operatorId << ' ' << s.active << ' ' << s.by << ' ' << s.changed << '\n';
    for (const auto& b : r.batches)
        out << "batch " << b.id << ' ' << b.election << ' ' << b.round << ' ' << b.device << ' ' << b.dpi << ' '
            << b.started << '\n';
    for (const auto& s : r.sheets)
        out << "sheet " << s.id << ' ' << s.batch << ' ' << s.page << ' ' << s.side << ' ' << s.sha256 << ' ' << s.image
            << ' ' << s.refeedOf << ' ' << s.scanned << ' ' << s.election << ' ' << s.round << ' ' << s.scanNote
            << '\n';
    for (const auto& g : r.readings)
        out << "reading " << g.id << ' ' << g.sheet << ' ' << g.status << ' ' << g.line << ' ' << g.recognizer << '\n';
    for (const auto* list : {&r.sheetRulings, &r.manualRulings, &r.roundRulings})
        for (const auto& x : *list)
            out << "ruling " << x.id << ' ' << x.reading << ' ' << x.sheet << ' ' << x.election << ' ' << x.round << ' '
                << x.ballot << ' ' << x.decision << ' ' << x.reason << ' ' << x.first.name << ' ' << x.second.name
                << ' ' << x.ruled << '\n';
    for (const auto& e : r.manualEntries)
        out << "entry " << e.id << ' ' << e.ballot << ' ' << e.by.name << ' ' << e.entry << '\n';
    for (const auto& w : r.wordBlanks)
        out << "blank " << w.election << ' ' << w.sha256 << ' ' << w.image << ' ' << w.dpi << '\n';
    for (const auto& e : r.events)
        out << "event " << e.seq << ' ' << e.kind << ' ' << e.payload << ' ' << e.hash << '\n';
    return out.str();
}

}  // namespace

TEST_CASE_TEMPLATE("store: a record is made once, opens at the current version, and what is not a record is refused", B,
                   OnSqlite, OnPostgres) {
    const std::string target = B::fresh("create");
    {
        Record record = made(target);
        CHECK(record.version() == SCHEMA_VERSION);
        CHECK(schemaVersion(record.db()).value() == SCHEMA_VERSION);
        CHECK(applicationId(record.db()).value() == APPLICATION_ID);
        CHECK(record.congressJson().value() == congress());
    }
    const auto again = Record::create(target, congress(), CHAIR, T);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == StoreErrc::Exists);
    auto reader = Record::open(target, Record::Access::ReadOnly);
    REQUIRE(reader.has_value());
    CHECK(reader->rows().value().events.size() == 1);
    CHECK_FALSE(reader->db()
                    .exec("INSERT INTO operators (name, role, password_hash) VALUES ('A', 'truong_ban', 'x')")
                    .has_value());  // a reader writes nothing
    CHECK(Record::open(target).value().rows().value().operators.empty());

    const auto none = Record::open(B::fresh("create-none"));
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().kind == StoreErrc::NoRecord);
    const std::string other = B::fresh("create-other");
    makeSomethingElse(other);
    const auto refused = Record::open(other);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == StoreErrc::NotARecord);
    CHECK_FALSE(Record::create(other, congress(), CHAIR, T).has_value());  // left as it was
    CHECK_FALSE(Record::open(other).has_value());
}

TEST_CASE_TEMPLATE("store: a batch is stored once, an image is one sheet, kept and read back by its hash", B, OnSqlite,
                   OnPostgres) {
    Record record = made(B::fresh("sheets"));
    const NewBatch b{"cu", 1, "test:0", 200, "2026-11-21T08:00:00Z", "/inbox"};
    const auto batch = record.batch(b, CHAIR, T);
    REQUIRE(batch.has_value());
    CHECK(record.batch(b, CHAIR, T).value() == *batch);
    const NewSheet first = sheet(1, std::string("PNG\0\x01\xff bytes", 13));  // any byte, zero too
    const auto added = record.addSheet(*batch, first, CHAIR, T);
    REQUIRE(added.has_value());
    CHECK_FALSE(added->alreadyInRecord);
    const auto twice = record.addSheet(*batch, first, CHAIR, T);
    CHECK(twice->alreadyInRecord);
    CHECK(twice->sheet == added->sheet);
    NewSheet corrupt = sheet(2, "ảnh 2");
    corrupt.bytes += "x";
    CHECK(record.addSheet(*batch, corrupt, CHAIR, T).error().kind == StoreErrc::BadInput);
    NewSheet refed = sheet(2, "ảnh 2");
    refed.refeedOfSha256 = first.sha256;
    refed.scanNote = R"({"similar":0.97})";
    REQUIRE(record.addSheet(*batch, refed, CHAIR, T).has_value());

    const auto sheets = record.sheets().value();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].image == first.sha256 + ".png");
    CHECK(sheets[1].refeedOf == sheets[0].id);
    CHECK(sheets[1].scanNote == refed.scanNote);
    CHECK(record.image(sheets[0].image).value() == first.bytes);
    CHECK(record.image(sheets[1].image).value() == "ảnh 2");
    CHECK(record.image("0000.png").error().kind == StoreErrc::NotFound);
    CHECK(record.unreadSheets().value().size() == 2);
    const auto rows = record.rows().value();
    CHECK(rows.batches.size() == 1);
    CHECK(rows.events.size() == 4);  // made, the batch, two sheets
    CHECK(checkConsistency(rows).empty());
}

TEST_CASE_TEMPLATE("store: readings are all or none, a repeat is skipped, a different one needs a re-read", B, OnSqlite,
                   OnPostgres) {
    Record record = made(B::fresh("readings"));
    const auto batch = record.batch({"cu", 1, "test:0", 200, T, ""}, CHAIR, T).value();
    const NewSheet one = sheet(1, "một");
    const NewSheet two = sheet(2, "hai");
    REQUIRE(record.addSheet(batch, one, CHAIR, T).has_value());
    REQUIRE(record.addSheet(batch, two, CHAIR, T).has_value());
    const auto first = record.addReadings({reading(one, line(R"("cu01")")), reading(two, line(""))}, false, CHAIR, T);
    REQUIRE(first.has_value());
    CHECK(first->recorded == 2);
    // The same lines again (read from another folder): nothing new.
    const auto repeat = record.addReadings({reading(one, line(R"("cu01")", "elsewhere.png"))}, false, CHAIR, T);
    CHECK(repeat->alreadyRecorded == 1);
    CHECK(repeat->recorded == 0);
    // A different reading is refused without a re-read, and the whole file with it.
    const NewSheet three = sheet(3, "ba");
    REQUIRE(record.addSheet(batch, three, CHAIR, T).has_value());
    const auto refused =
        record.addReadings({reading(three, line("")), reading(one, line(R"("cu02")"))}, false, CHAIR, T);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == StoreErrc::Duplicate);
    CHECK(record.unreadSheets().value().size() == 1);  // sheet 3's reading was not kept either
    const auto reread = record.addReadings({reading(one, line(R"("cu02")"))}, true, CHAIR, T);
    CHECK(reread->superseded == 1);
    NewReading elsewhere = reading(three, line(""));
    elsewhere.election = "bch";
    CHECK(record.addReadings({elsewhere}, false, CHAIR, T).error().kind == StoreErrc::BadInput);
    CHECK(record.addReadings({reading(sheet(9, "chín"), line(""))}, false, CHAIR, T).error().kind ==
          StoreErrc::NotFound);
    const auto rows = record.rows().value();
    CHECK(rows.readings.size() == 3);
    CHECK(checkConsistency(rows).empty());
    CHECK(verifyChain(record.db()).value().ok);
}

TEST_CASE_TEMPLATE(
    "store: every table refuses to change or lose a row, and a uniqueness the store checks is a "
    "constraint too",
    B, OnSqlite, OnPostgres) {
    Record record = made(B::fresh("append-only"));
    count(record);
    Database& db = record.db();
    for (const std::string table : {"meta", "operators", "operator_status", "batches", "sheets", "readings", "rulings",
                                    "manual_entries", "manual_rulings", "round_rulings", "word_blanks", "events"}) {
        const std::string key = table == "events" ? "seq" : table == "meta" ? "key" : "id";
        const auto update = db.exec("UPDATE " + table + " SET " + key + " = " + key);
        REQUIRE_FALSE(update.has_value());
        CHECK_MESSAGE(update.error().message.find(table + " is append-only") != std::string::npos,
                      update.error().message);
        CHECK_FALSE(db.exec("DELETE FROM " + table).has_value());
    }
    // What the store checks before inserting, the schema refuses by itself: a second station
    // that missed the check cannot store a batch, an image, an operator, an entry or a key twice.
    for (const std::string duplicate :
         {"INSERT INTO batches (election, round, device, dpi, started) SELECT election, round, device, dpi, started "
          "FROM batches",
          "INSERT INTO sheets (batch, page, side, image_sha256, scanned) SELECT batch, 99, side, image_sha256, scanned "
          "FROM sheets WHERE id = 1",
          "INSERT INTO operators (name, role, password_hash) VALUES ('Lê Thị Mai', 'thanh_vien', 'x')",
          "INSERT INTO manual_entries (election, round, ballot, operator, entry, entered) SELECT election, round, "
          "ballot, operator, entry, entered FROM manual_entries WHERE id = 1",
          "INSERT INTO events (seq, time, actor, kind, payload, prev_hash, hash) SELECT seq + 100, time, actor, kind, "
          "payload, prev_hash, 'x' FROM events WHERE kind = 'congress_key'",
          "INSERT INTO meta (key, value) VALUES ('congress', '{}')"}) {
        const auto refused = db.exec(duplicate);
        REQUIRE_FALSE(refused.has_value());
        CHECK_MESSAGE(refused.error().fault == DbFault::Unique, refused.error().message);
    }
    CHECK(checkConsistency(record.rows().value()).empty());
}

TEST_CASE_TEMPLATE("store: the audit chain verifies, and an edit, a deletion or a reordering breaks it at that event",
                   B, OnSqlite, OnPostgres) {
    const auto chain = [](const std::string& name) {
        Record record = made(B::fresh(name));
        for (int i = 1; i <= 9; ++i) {
            REQUIRE(
                logEvent(record.db(), T, "Nguyễn Thị Hằng", "sheet_scanned", R"({"sheet":)" + std::to_string(i) + "}")
                    .has_value());
        }
        const auto check = verifyChain(record.db()).value();
        REQUIRE(check.ok);
        REQUIRE(check.events == 10);
        REQUIRE(check.head == headHash(record.db()).value());
        REQUIRE(record.db().exec(B::dropGuards("events")).has_value());  // as a tamperer would
        return record;
    };
    SUBCASE("a changed payload") {
        Record record = chain("chain-edit");
        REQUIRE(record.db().exec(R"(UPDATE events SET payload = '{"sheet":55}' WHERE seq = 5)").has_value());
        CHECK(verifyChain(record.db()).value().problem == "event 5 (sheet_scanned) was changed after it was written");
    }
    SUBCASE("a deleted event") {
        Record record = chain("chain-delete");
        REQUIRE(record.db().exec("DELETE FROM events WHERE seq = 4").has_value());
        CHECK(verifyChain(record.db()).value().problem == "event 4 is missing (the next is 5)");
    }
    SUBCASE("two events swapped") {
        Record record = chain("chain-swap");
        REQUIRE(record.db()
                    .exec("UPDATE events SET seq = -3 WHERE seq = 3; UPDATE events SET seq = 3 WHERE seq = 6; "
                          "UPDATE events SET seq = 6 WHERE seq = -3")
                    .has_value());
        CHECK(verifyChain(record.db()).value().problem.find("event 3 (sheet_scanned)") == 0);
    }
    SUBCASE("the last events removed: the chain holds, the head differs from the one printed") {
        Record record = chain("chain-truncate");
        const std::string printed = headHash(record.db()).value();
        REQUIRE(record.db().exec("DELETE FROM events WHERE seq > 8").has_value());
        const auto check = verifyChain(record.db()).value();
        CHECK(check.ok);
        CHECK(check.head != printed);
    }
    SUBCASE("a reading removed behind the program's back: consistency names it") {
        Record record = made(B::fresh("chain-consistency"));
        count(record);
        REQUIRE(checkConsistency(record.rows().value()).empty());
        REQUIRE(record.db().exec(B::dropGuards("rulings") + B::dropGuards("readings")).has_value());
        REQUIRE(
            record.db().exec("DELETE FROM rulings WHERE reading = 2; DELETE FROM readings WHERE id = 2").has_value());
        const auto problems = checkConsistency(record.rows().value());
        REQUIRE_FALSE(problems.empty());
        CHECK_MESSAGE(problems[0].find("reading 2") != std::string::npos, problems[0]);
    }
}

// Two stations at once: each its own connection and thread, its own batch, and every fourth
// page an image both scan (the same sheets fed at both stations, at the same moment). The writers' lock keeps one
// chain; the image is one sheet whichever station stores it first.
TEST_CASE_TEMPLATE("store: two stations writing at once make one linear chain and never count a sheet twice", B,
                   OnSqlite, OnPostgres) {
    const std::string target = B::fresh("stations");
    made(target);
    constexpr int OWN = 30;
    constexpr int SHARED = 10;
    std::vector<SheetImport> imports[2];
    std::string failure[2];
    const auto station = [&](int n) {
        auto record = Record::open(target);
        if (!record) {
            failure[n] = record.error().message;
            return;
        }
        const std::string name = "station-" + std::to_string(n);
        auto batch = record->batch({"cu", 1, name, 200, T, ""}, name, T);
        for (int i = 0; batch && i < OWN + SHARED; ++i) {
            const std::string bytes = i % 4 == 0 ? "chung " + std::to_string(i / 4) : name + " " + std::to_string(i);
            auto added = record->addSheet(*batch, sheet(i + 1, bytes), name, T);
            if (!added) {
                failure[n] = added.error().message;
                return;
            }
            imports[n].push_back(*added);
        }
        if (!batch) {
            failure[n] = batch.error().message;
        }
    };
    std::thread a(station, 0);
    std::thread b(station, 1);
    a.join();
    b.join();
    CHECK_MESSAGE(failure[0].empty(), failure[0]);
    CHECK_MESSAGE(failure[1].empty(), failure[1]);

    Record record = Record::open(target).value();
    const auto check = verifyChain(record.db()).value();
    CHECK_MESSAGE(check.ok, check.problem);
    const auto rows = record.rows().value();
    CHECK(rows.sheets.size() == 2 * OWN + SHARED);
    CHECK(check.events == 1 + 2 + static_cast<std::int64_t>(rows.sheets.size()));
    std::set<std::string> images;
    for (const SheetRow& s : rows.sheets) {
        CHECK(images.insert(s.sha256).second);
    }
    int stored = 0;
    for (const auto& list : imports) {
        for (const SheetImport& i : list) {
            stored += i.alreadyInRecord ? 0 : 1;
        }
    }
    CHECK(stored == static_cast<int>(rows.sheets.size()));  // each shared image stored by one station only
    CHECK(checkConsistency(rows).empty());
}

// Not a template: one record of each back end, filled by the same actions at the same times.
TEST_CASE("store: the same count gives the same rows and the same chain head in a file and on a server<postgresql>") {
    Record file = made(OnSqlite::fresh("same-count"));
    Record server = made(OnPostgres::fresh("same-count"));
    count(file);
    count(server);
    const auto fileRows = file.rows().value();
    const auto serverRows = server.rows().value();
    CHECK(fileRows.events.size() == 24);
    CHECK(dump(fileRows) == dump(serverRows));
    CHECK(headHash(file.db()).value() == headHash(server.db()).value());
    CHECK(checkConsistency(serverRows).empty());
    for (const SheetRow& s : serverRows.sheets) {
        CHECK(server.image(s.image).value() == file.image(s.image).value());
    }
}

// A record the size of the rehearsal (tests/app/test_congress_rehearsal.cpp: five elections,
// 306 delegates, some rounds on 51) moved from a server to a file and from the file to another
// server: every row, event and image the same, the same chain head; the copy on the server
// goes on counting with the next ids. (Made on the server: 1,020 sheets each fsync'd into a
// file would take most of this test's time.)
TEST_CASE(
    "store: a rehearsal-size record copied to a file and back to a server keeps every row, event and "
    "image<postgresql>") {
    const std::string first = OnPostgres::fresh("copy-source");
    {
        Record record = made(first);
        count(record);  // the committee, rulings of every kind, a key, a blank
        const std::array<std::pair<const char*, int>, 5> elections{
            {{"bch", 306}, {"dbct", 306}, {"dbdk", 306}, {"ubkt", 51}, {"bt", 51}}};
        for (const auto& [election, voters] : elections) {
            const auto batch = record.batch({election, 1, "test:0", 150, election, ""}, "Đỗ Văn Kỹ", T).value();
            std::vector<NewReading> readings;
            for (int v = 1; v <= voters; ++v) {
                const NewSheet s = sheet(v, std::string(election) + " phiếu " + std::to_string(v));
                REQUIRE(record.addSheet(batch, s, "Đỗ Văn Kỹ", T).has_value());
                NewReading r = reading(s, line(R"("x)" + std::to_string(v % 7) + R"(")"));
                r.election = election;
                readings.push_back(r);
            }
            REQUIRE(record.addReadings(readings, false, "Đỗ Văn Kỹ", T).has_value());
        }
    }
    const std::string file = OnSqlite::fresh("copy-file");
    const std::string server = OnPostgres::fresh("copy-server");
    const auto there = copyRecord(first, file);
    REQUIRE_MESSAGE(there.has_value(), (there ? "" : there.error().message));
    const auto again = copyRecord(file, server);
    REQUIRE_MESSAGE(again.has_value(), (again ? "" : again.error().message));
    CHECK(there->events == 24 + 5 + 2 * 1020);  // count(), 5 batches, 1,020 sheets and their readings
    CHECK(there->images == 4 + 1020 + 1);
    CHECK(again->head == there->head);

    Record original = Record::open(first, Record::Access::ReadOnly).value();
    Record returned = Record::open(file, Record::Access::ReadOnly).value();
    Record onServer = Record::open(server).value();
    const RecordRows originalRows = original.rows().value();
    const std::string rows = dump(originalRows);
    CHECK(dump(onServer.rows().value()) == rows);
    CHECK(dump(returned.rows().value()) == rows);
    CHECK(headHash(onServer.db()).value() == there->head);
    CHECK(headHash(returned.db()).value() == there->head);
    for (const SheetRow& s : originalRows.sheets) {
        REQUIRE(returned.image(s.image).value() == original.image(s.image).value());
    }
    // Copies are never made over a record, and the server's copy counts on after the last id.
    CHECK(copyRecord(first, server).error().kind == StoreErrc::Exists);
    CHECK(copyRecord(server, file).error().kind == StoreErrc::Exists);
    const auto batch = onServer.batch({"bch", 2, "test:0", 150, "round 2", ""}, "Đỗ Văn Kỹ", T);
    REQUIRE_MESSAGE(batch.has_value(), (batch ? "" : batch.error().message));
    CHECK(*batch == 7);
    CHECK(verifyChain(onServer.db()).value().ok);
}
