// The congress record: a real SQLite file per test, schema versions, append-only tables and the
// audit chain under tampering.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "src/store/audit_log.h"
#include "src/store/database.h"
#include "src/store/schema.h"

using namespace kp::store;
namespace fs = std::filesystem;

namespace {

fs::path freshFile(const std::string& name) {
    const fs::path dir = fs::path(KP_TEST_OUT) / "records";
    fs::create_directories(dir);
    const fs::path file = dir / (name + ".kpdb");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(file.string() + suffix);
    }
    return file;
}

Database openRecord(const fs::path& file) {
    auto db = Database::open(file.string());
    REQUIRE_MESSAGE(db.has_value(), (db ? "" : db.error().message));
    auto migrated = migrate(*db);
    REQUIRE_MESSAGE(migrated.has_value(), (migrated ? "" : migrated.error().message));
    return std::move(*db);
}

std::string one(Database& db, const std::string& sql) {
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.has_value());
    REQUIRE(stmt->step().value());
    return stmt->text(0);
}

Database recordWithEvents(const std::string& name, int count) {
    Database db = openRecord(freshFile(name));
    for (int i = 1; i <= count; ++i) {
        const std::string payload = R"({"sheet":)" + std::to_string(i) + "}";
        REQUIRE(appendEvent(db, "2026-11-21T08:00:0" + std::to_string(i % 10) + "Z", "Nguyễn Thị Hằng", "sheet_scanned",
                            payload)
                    .has_value());
    }
    return db;
}

// What someone editing the file with the sqlite3 tool can do: drop the guards, then change rows.
void tamper(Database& db, const std::string& sql) {
    REQUIRE(db.exec("DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;").has_value());
    REQUIRE(db.exec(sql).has_value());
}

}  // namespace

TEST_CASE("store: a new record is at the current schema version, in WAL mode, with foreign keys on") {
    Database db = openRecord(freshFile("new"));
    CHECK(schemaVersion(db).value() == SCHEMA_VERSION);
    CHECK(one(db, "PRAGMA journal_mode") == "wal");
    CHECK(one(db, "PRAGMA foreign_keys") == "1");
    // Opening it again changes nothing.
    Database again = openRecord(db.path());
    CHECK(schemaVersion(again).value() == SCHEMA_VERSION);
}

TEST_CASE("store: a record from a newer KiemPhieu is refused and left as it was") {
    const fs::path file = freshFile("newer");
    {
        Database db = openRecord(file);
        REQUIRE(db.exec("PRAGMA user_version = 99").has_value());
    }
    auto db = Database::open(file.string());
    REQUIRE(db.has_value());
    const auto migrated = migrate(*db);
    REQUIRE_FALSE(migrated.has_value());
    CHECK(migrated.error().message.find("made by a newer KiemPhieu (record version 99") != std::string::npos);
    CHECK(schemaVersion(*db).value() == 99);
}

TEST_CASE("store: a file that is not a congress record is refused, naming it") {
    const fs::path file = freshFile("not-a-record");
    std::ofstream(file) << "biên bản kiểm phiếu, not a database\n";
    auto db = Database::open(file.string());
    const bool refused = !db.has_value() || !migrate(*db).has_value();
    CHECK(refused);
    const std::string message = !db ? db.error().message : migrate(*db).error().message;
    CHECK(message.find("not-a-record.kpdb") != std::string::npos);
}

TEST_CASE("store: append-only tables refuse to change or lose a row") {
    Database db = recordWithEvents("append-only", 2);
    const auto update = db.exec("UPDATE events SET payload = '{}' WHERE seq = 1");
    REQUIRE_FALSE(update.has_value());
    CHECK(update.error().message.find("events is append-only") != std::string::npos);
    CHECK_FALSE(db.exec("DELETE FROM events WHERE seq = 2").has_value());
    REQUIRE(db.exec("INSERT INTO operators (name, role, password_hash) VALUES ('A', 'truong_ban', 'x'), "
                    "('B', 'thanh_vien', 'y')")
                .has_value());
    CHECK_FALSE(db.exec("UPDATE operators SET role = 'truong_ban' WHERE name = 'B'").has_value());
    CHECK_FALSE(db.exec("INSERT INTO operators (name, role, password_hash) VALUES ('C', 'admin', 'z')").has_value());
}

TEST_CASE("store: a ruling needs two different committee members and an existing reading") {
    Database db = openRecord(freshFile("ruling"));
    REQUIRE(db.exec("INSERT INTO operators (name, role, password_hash) VALUES ('A', 'truong_ban', 'x'), "
                    "('B', 'thanh_vien', 'y');"
                    "INSERT INTO batches (election, round, device, dpi, started) VALUES ('bch', 1, 'test:0', 200, 't');"
                    "INSERT INTO sheets (batch, page, side, image_sha256, scanned) VALUES (1, 1, 'front', '" +
                    std::string(64, 'a') +
                    "', 't');"
                    "INSERT INTO readings (sheet, status, reading, recognizer) VALUES (1, 'review', '{}', 'v1');")
                .has_value());
    CHECK_FALSE(db.exec("INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) "
                        "VALUES (1, 'struck', 'gạch cả tên', 1, 1, 't')")
                    .has_value());
    CHECK_FALSE(db.exec("INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) "
                        "VALUES (7, 'struck', 'gạch cả tên', 1, 2, 't')")
                    .has_value());
    CHECK(db.exec("INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) "
                  "VALUES (1, 'struck', 'gạch cả tên', 1, 2, 't')")
              .has_value());
}

TEST_CASE("store: the audit chain verifies, and any edit, deletion or reordering breaks it at that event") {
    {
        Database db = recordWithEvents("chain-ok", 10);
        const auto check = verifyChain(db);
        REQUIRE(check.has_value());
        CHECK(check->ok);
        CHECK(check->events == 10);
        CHECK(check->head == headHash(db).value());
        CHECK(check->head != GENESIS_HASH);
    }
    SUBCASE("a changed payload") {
        Database db = recordWithEvents("chain-edit", 10);
        tamper(db, R"(UPDATE events SET payload = '{"sheet":55}' WHERE seq = 5)");
        const auto check = verifyChain(db).value();
        CHECK_FALSE(check.ok);
        CHECK(check.problem == "event 5 (sheet_scanned) was changed after it was written");
    }
    SUBCASE("a changed payload with its hash recomputed") {
        Database db = recordWithEvents("chain-rehash", 10);
        Event e{5,
                "2026-11-21T08:00:05Z",
                "Nguyễn Thị Hằng",
                "sheet_scanned",
                R"({"sheet":55})",
                one(db, "SELECT prev_hash FROM events WHERE seq = 5"),
                {}};
        tamper(db, "UPDATE events SET payload = '" + e.payload + "', hash = '" + eventHash(e) + "' WHERE seq = 5");
        const auto check = verifyChain(db).value();
        CHECK_FALSE(check.ok);
        CHECK(check.problem.find("event 6 (sheet_scanned) does not follow") == 0);
    }
    SUBCASE("a deleted event") {
        Database db = recordWithEvents("chain-delete", 10);
        tamper(db, "DELETE FROM events WHERE seq = 4");
        const auto check = verifyChain(db).value();
        CHECK_FALSE(check.ok);
        CHECK(check.problem == "event 4 is missing (the next is 5)");
    }
    SUBCASE("two events swapped") {
        Database db = recordWithEvents("chain-swap", 10);
        tamper(db,
               "UPDATE events SET seq = -3 WHERE seq = 3; UPDATE events SET seq = 3 WHERE seq = 6; "
               "UPDATE events SET seq = 6 WHERE seq = -3");
        const auto check = verifyChain(db).value();
        CHECK_FALSE(check.ok);
        CHECK(check.problem.find("event 3 (sheet_scanned)") == 0);
    }
    SUBCASE("the last events removed: the chain holds, but the head differs from the one printed") {
        Database db = recordWithEvents("chain-truncate", 10);
        const std::string printed = headHash(db).value();
        tamper(db, "DELETE FROM events WHERE seq > 8");
        const auto check = verifyChain(db).value();
        CHECK(check.ok);
        CHECK(check.head != printed);
    }
}
