#pragma once
// One connection to a congress record, whichever back end holds it: an SQLite file (one station,
// nothing to set up) or a PostgreSQL database (several stations sharing one count). Prepared
// statements, errors as values (architecture principle 7: the back end's errors are caught at the
// module edge and converted). The SQL the store writes is the common subset of both dialects with
// `?` parameters; what differs (parameter markers, the schema, write transactions) is translated
// by the back end (sqlite_backend.cpp, postgres_backend.cpp). Nothing outside src/store sees
// either library.
// Not thread-safe: one connection per thread.
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kp::store {

// What went wrong, as a code the screens translate (architecture §9) with its parameters; the
// message is the same in English for the command line and the logs.
enum class StoreErrc {
    Other,          // the database itself failed (the back end's code in `code`)
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

// How a statement failed, as far as the store acts on it: a uniqueness constraint refused the
// row (another station stored it first), or the transaction may simply be run again (a writer
// held the record too long, PostgreSQL found a serialisation conflict).
enum class DbFault { None, Unique, Retry };

struct StoreError {
    StoreError(int c = 0, std::string m = {}, StoreErrc k = StoreErrc::Other, std::vector<std::string> a = {})
        : code(c), message(std::move(m)), kind(k), args(std::move(a)) {}
    int code = 0;         // the back end's failure: SQLite's result code, 1 from PostgreSQL (its SQLSTATE is in
                          // the message); 0 for the store's own checks
    std::string message;  // what failed, where (the file or the database, the statement), in English
    StoreErrc kind = StoreErrc::Other;
    std::vector<std::string> args;  // the parameters of `kind`, for the screens' own words
    DbFault fault = DbFault::None;
};

inline StoreError storeError(StoreErrc kind, std::string message, std::vector<std::string> args = {}) {
    return StoreError{0, std::move(message), kind, std::move(args)};
}

template <typename T = void>
using Result = std::expected<T, StoreError>;

enum class Backend { SQLite, PostgreSQL };

// True when `target` names a PostgreSQL database (`postgresql://…`, `postgres://…`, or libpq's
// `host=… dbname=…` form), false for a file path (a .kpdb).
bool isServerRecord(const std::string& target);

namespace detail {
class Connection;
class Cursor;
}  // namespace detail

class Statement;

class Database {
public:
    // ReadWrite: an existing record, writable (SQLite: WAL journaling, foreign keys on, a busy
    // timeout). Create: the same, made if missing (SQLite only: a server database is made by its
    // administrator). ReadOnly: the record as it is — nothing written (SQLite: its journal mode
    // untouched; PostgreSQL: read-only transactions).
    enum class Mode { ReadWrite, Create, ReadOnly };
    // `target`: a file path, or a PostgreSQL connection string (isServerRecord).
    static Result<Database> open(const std::string& target, Mode mode = Mode::Create);
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Backend backend() const;
    Result<> exec(std::string_view sql);  // statements without results or parameters
    Result<Statement> prepare(std::string_view sql);
    // The file, or the server's database (user, host, name — never a password): for messages.
    const std::string& path() const;
    // One integer, e.g. count(*); the error names the statement.
    Result<std::int64_t> integer(std::string_view sql);
    // Starts a write transaction; writers of the record are serialised (SQLite: BEGIN IMMEDIATE;
    // PostgreSQL: a transaction-scoped advisory lock), so the audit chain stays one line.
    Result<> begin();

private:
    explicit Database(std::unique_ptr<detail::Connection> c);
    std::unique_ptr<detail::Connection> m_conn;
};

class Statement {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::string_view bytes);  // bytes, any of them zero
    Statement& bindNull(int index);
    // One step: true while a row is available, false when done.
    Result<bool> step();
    Result<> run();  // steps to the end of a statement without rows
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    explicit Statement(std::unique_ptr<detail::Cursor> c);
    std::unique_ptr<detail::Cursor> m_cursor;
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

// Runs an `INSERT … RETURNING id` and gives the new row's id (both back ends have RETURNING).
Result<std::int64_t> insertReturningId(Statement& insert);

// Runs `body` in one write transaction (Database::begin … COMMIT); rolls back when it fails. A
// transaction that failed only because another writer was in the way is run again, a few times:
// `body` must set its outputs afresh each time it runs.
template <typename F>
Result<> transaction(Database& db, F&& body) {
    constexpr int ATTEMPTS = 5;
    for (int attempt = 1;; ++attempt) {
        Result<> result = db.begin();
        if (result) {
            result = body();
            if (result) {
                result = db.exec("COMMIT");
            }
        }
        if (result) {
            return {};
        }
        (void)db.exec("ROLLBACK");
        if (result.error().fault != DbFault::Retry || attempt == ATTEMPTS) {
            return result;
        }
    }
}

}  // namespace kp::store
