#include "src/store/sqlite.h"

#include <sqlite3.h>

namespace kp::store {

Result<Database> Database::open(const std::string& path, Mode mode) {
    sqlite3* db = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                      : mode == Mode::Create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                             : SQLITE_OPEN_READWRITE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        StoreError e{rc, path + ": " + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc))};
        sqlite3_close(db);
        return std::unexpected(e);
    }
    Database out(db, path);
    sqlite3_busy_timeout(db, 5000);  // another writer or a checkpoint: wait, do not fail
    if (mode == Mode::ReadOnly) {
        if (auto r = out.exec("PRAGMA query_only = ON"); !r) {
            return std::unexpected(r.error());
        }
        return out;
    }
    // WAL: readers never block the writer; synchronous=FULL: a committed row survives a power cut.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        auto stmt = out.prepare(pragma);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        if (auto stepped = stmt->step(); !stepped) {
            return std::unexpected(stepped.error());
        }
    }
    return out;
}

Result<std::int64_t> Database::integer(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->integer(0) : 0;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() {
    sqlite3_close(m_db);
}

StoreError Database::error(std::string_view what) const {
    return StoreError{sqlite3_extended_errcode(m_db), m_path + ": " + std::string(what) + ": " + sqlite3_errmsg(m_db)};
}

Result<> Database::exec(std::string_view sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        StoreError e{rc, m_path + ": " + (message != nullptr ? message : sqlite3_errstr(rc))};
        sqlite3_free(message);
        return std::unexpected(e);
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        return std::unexpected(error("preparing \"" + std::string(sql.substr(0, 60)) + "\""));
    }
    return Statement(stmt, this);
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return std::unexpected(m_db->error(sqlite3_sql(m_stmt)));
}

Result<> Statement::run() {
    for (;;) {
        auto more = step();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            return {};
        }
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p),
                                      static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                        : std::string();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

}  // namespace kp::store
