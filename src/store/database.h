#pragma once
// A thin RAII layer over SQLite's C API: one connection, prepared statements, errors as values
// (architecture principle 7: SQLite errors are caught at the module edge and converted).
// Not thread-safe: one connection per thread (one writer, readers on their own).
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kp::store {

// What went wrong, as a code the screens translate (architecture §9) with its parameters; the
// message is the same in English for the command line and the logs.
enum class StoreErrc {
    Other,          // the database itself failed (SQLite's code in `code`)
    NoRecord,       // args: path — no file there
    NotARecord,     // args: path — a file that is not a KiemPhieu record (left as it was)
    NewerRecord,    // args: path, its version — made by a newer KiemPhieu
    OlderRecord,    // args: path, its version — opened read-only, needs opening once to be upgraded
    Exists,         // args: path — a record is never overwritten
    SignInRefused,  // args: name
    NotChair,       // only the signed-in chair adds or deactivates members
    FirstNotChair,  // the first operator of a record is the trưởng ban
    Inactive,       // args: name — taken off the committee
    SameMember,     // args: name — a ruling needs two different members
    Technician,     // args: name — technicians do not rule
    NoReason,       // a ruling must say why
    BadDecision,    // args: detail
    BadInput,       // args: detail — a readings line, an entry…
    Duplicate,      // args: detail — already recorded (an operator, an entry, a reading)
    NotFound,       // args: what — a sheet, ballot or round the record does not have
    Inconsistent,   // args: detail — the record does not agree with its audit log
};

struct StoreError {
    StoreError(int c = 0, std::string m = {}, StoreErrc k = StoreErrc::Other, std::vector<std::string> a = {})
        : code(c), message(std::move(m)), kind(k), args(std::move(a)) {}
    int code = 0;         // SQLite's result code, or 0 for the store's own checks
    std::string message;  // what failed, where (the file, the statement), in English
    StoreErrc kind = StoreErrc::Other;
    std::vector<std::string> args;  // the parameters of `kind`, for the screens' own words
};

inline StoreError storeError(StoreErrc kind, std::string message, std::vector<std::string> args = {}) {
    return StoreError{0, std::move(message), kind, std::move(args)};
}

template <typename T = void>
using Result = std::expected<T, StoreError>;

class Statement;

class Database {
public:
    // ReadWrite: an existing file, WAL journaling, foreign keys on, a busy timeout. Create: the
    // same, made if missing. ReadOnly: the file as it is — nothing written, its journal mode
    // untouched (a command that only reads never changes a file).
    enum class Mode { ReadWrite, Create, ReadOnly };
    static Result<Database> open(const std::string& path, Mode mode = Mode::Create);
    Database(Database&& other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path)) { other.m_db = nullptr; }
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Result<> exec(std::string_view sql);  // statements without results
    Result<Statement> prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    const std::string& path() const { return m_path; }
    // One integer, e.g. a PRAGMA or count(*); the error names the statement.
    Result<std::int64_t> integer(std::string_view sql);
    StoreError error(std::string_view what) const;  // the connection's last error

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db) { other.m_stmt = nullptr; }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindNull(int index);
    // One step: true while a row is available, false when done.
    Result<bool> step();
    Result<> run();  // steps to the end of a statement without rows
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, const Database* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    const Database* m_db = nullptr;
};

// Calls `row(statement)` for every row; stops at the first error.
template <typename F>
Result<> forEachRow(Statement& statement, F&& row) {
    for (;;) {
        auto more = statement.step();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            return {};
        }
        row(statement);
    }
}

// Runs `body` in one transaction (BEGIN IMMEDIATE … COMMIT); rolls back when it fails.
template <typename F>
Result<> transaction(Database& db, F&& body) {
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun) {
        return begun;
    }
    Result<> result = body();
    if (!result) {
        (void)db.exec("ROLLBACK");
        return result;
    }
    if (auto committed = db.exec("COMMIT"); !committed) {
        (void)db.exec("ROLLBACK");
        return committed;
    }
    return {};
}

}  // namespace kp::store
