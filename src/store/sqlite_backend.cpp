// The record in one SQLite file: RAII connection and statements over SQLite's C API.
#include <sqlite3.h>

#include "src/store/backend.h"

namespace kp::store::detail {

namespace {

StoreError sqliteError(int rc, std::string message) {
    StoreError e{rc, std::move(message)};
    const int primary = rc & 0xff;
    e.fault = primary == SQLITE_BUSY || primary == SQLITE_LOCKED                     ? DbFault::Retry
              : rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY ? DbFault::Unique
                                                                                     : DbFault::None;
    return e;
}

class SqliteCursor final : public Cursor {
public:
    SqliteCursor(sqlite3_stmt* stmt, sqlite3* db, const std::string& name) : m_stmt(stmt), m_db(db), m_name(name) {}
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }
    SqliteCursor(const SqliteCursor&) = delete;
    SqliteCursor& operator=(const SqliteCursor&) = delete;

    void bind(int index, std::int64_t value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, std::string_view text) override {
        sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, std::string_view bytes) override {
        sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }

    Result<bool> step() override {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        return std::unexpected(sqliteError(sqlite3_extended_errcode(m_db),
                                           m_name + ": " + sqlite3_sql(m_stmt) + ": " + sqlite3_errmsg(m_db)));
    }
    void reset() override {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    std::string text(int column) const override {
        const auto* p = sqlite3_column_text(m_stmt, column);
        return p != nullptr ? std::string(reinterpret_cast<const char*>(p),
                                          static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                            : std::string();
    }
    std::string blob(int column) const override {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return p != nullptr ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                            : std::string();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3_stmt* m_stmt;
    sqlite3* m_db;
    const std::string& m_name;  // the connection's, which outlives its statements
};

class SqliteConnection final : public Connection {
public:
    SqliteConnection(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    ~SqliteConnection() override { sqlite3_close(m_db); }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Backend backend() const override { return Backend::SQLite; }
    const std::string& name() const override { return m_path; }

    Result<> exec(std::string_view sql) override {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            StoreError e = sqliteError(sqlite3_extended_errcode(m_db),
                                       m_path + ": " + (message != nullptr ? message : sqlite3_errstr(rc)));
            sqlite3_free(message);
            return std::unexpected(e);
        }
        return {};
    }

    Result<std::unique_ptr<Cursor>> prepare(std::string_view sql) override {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
            return std::unexpected(sqliteError(
                sqlite3_extended_errcode(m_db),
                m_path + ": preparing \"" + std::string(sql.substr(0, 60)) + "\": " + sqlite3_errmsg(m_db)));
        }
        return std::make_unique<SqliteCursor>(stmt, m_db, m_path);
    }

    // IMMEDIATE: the write lock is taken at once, so the head of the audit chain read in the
    // transaction is still the head when the event is appended.
    Result<> begin() override { return exec("BEGIN IMMEDIATE"); }

private:
    sqlite3* m_db;
    std::string m_path;
};

}  // namespace

Result<std::unique_ptr<Connection>> openSqlite(const std::string& path, Database::Mode mode) {
    sqlite3* db = nullptr;
    const int flags = mode == Database::Mode::ReadOnly ? SQLITE_OPEN_READONLY
                      : mode == Database::Mode::Create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                       : SQLITE_OPEN_READWRITE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        StoreError e{rc, path + ": " + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc))};
        sqlite3_close(db);
        return std::unexpected(e);
    }
    auto out = std::make_unique<SqliteConnection>(db, path);
    sqlite3_busy_timeout(db, 5000);  // another writer or a checkpoint: wait, do not fail
    if (mode == Database::Mode::ReadOnly) {
        if (auto r = out->exec("PRAGMA query_only = ON"); !r) {
            return std::unexpected(r.error());
        }
        return out;
    }
    // WAL: readers never block the writer; synchronous=FULL: a committed row survives a power cut.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        auto stmt = out->prepare(pragma);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        if (auto stepped = (*stmt)->step(); !stepped) {
            return std::unexpected(stepped.error());
        }
    }
    return out;
}

}  // namespace kp::store::detail
