#pragma once
// The two back ends of the record, for tests that run on both (TEST_CASE_TEMPLATE over
// OnSqlite, OnPostgres): a fresh record target of each, and the little that differs for a test
// (how a tamperer drops a table's guards); and a copy of a record file among the fixtures. The PostgreSQL cluster is
// the private one ctest starts for the run (tests/store/pg_cluster.sh): its folder is in the file KP_PG_CLUSTER names.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "src/store/database.h"
#include "src/store/record.h"

namespace kp::store::test {

namespace fs = std::filesystem;

struct OnSqlite {
    static constexpr const char* NAME = "sqlite";
    // A path for a new record file, nothing left of an earlier run.
    static std::string fresh(const std::string& name) {
        const fs::path dir = fs::path(KP_TEST_OUT) / "records-sqlite";
        fs::create_directories(dir);
        const fs::path file = dir / (name + ".kpdb");
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(file.string() + suffix);
        }
        fs::remove_all(file.string() + ".images");
        return file.string();
    }
    // What someone editing the file with the sqlite3 tool does before changing rows.
    static std::string dropGuards(const std::string& table) {
        return "DROP TRIGGER IF EXISTS " + table + "_no_update; DROP TRIGGER IF EXISTS " + table + "_no_delete;";
    }
};

struct OnPostgres {
    static constexpr const char* NAME = "postgresql";
    // The private cluster's socket folder (pg_cluster.sh start wrote it); a missing cluster fails
    // the test, never skips it.
    static std::string clusterDir() {
        const char* state = std::getenv("KP_PG_CLUSTER");
        REQUIRE_MESSAGE(state != nullptr,
                        "KP_PG_CLUSTER is not set: run the PostgreSQL tests through ctest, which "
                        "starts a private cluster (tests/store/pg_cluster.sh)");
        std::ifstream in(state);
        std::string dir;
        std::getline(in, dir);
        REQUIRE_MESSAGE(!dir.empty(), "no private PostgreSQL cluster: " << state << " is missing or empty");
        return dir;
    }
    static std::string conninfo(const std::string& database) {
        return "host=" + clusterDir() + " user=kiemphieu dbname=" + database;
    }
    // A new, empty database on the cluster, named after the test.
    static std::string fresh(const std::string& name) {
        std::string database = "kp_";
        for (const char c : name) {
            database += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
        }
        auto admin = Database::open(conninfo("postgres"), Database::Mode::ReadWrite);
        REQUIRE_MESSAGE(admin.has_value(), (admin ? "" : admin.error().message));
        for (const std::string& sql :
             {"DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "CREATE DATABASE " + database}) {
            auto done = admin->exec(sql);
            REQUIRE_MESSAGE(done.has_value(), (done ? "" : done.error().message));
        }
        return conninfo(database);
    }
    static std::string dropGuards(const std::string& table) {
        return "ALTER TABLE " + table + " DISABLE TRIGGER USER;";
    }
};

// A writable copy of tests/store/fixtures/FIXTURE (a record made by an earlier program), opened
// and so brought to the current version.
inline Record fixtureCopy(const std::string& fixture, const std::string& name) {
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

inline std::vector<nlohmann::json> jsonLines(const std::string& text) {
    std::vector<nlohmann::json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(nlohmann::json::parse(line));
    }
    return out;
}

}  // namespace kp::store::test

TYPE_TO_STRING_AS("sqlite", kp::store::test::OnSqlite);
TYPE_TO_STRING_AS("postgresql", kp::store::test::OnPostgres);
