#include "src/store/database.h"

#include <libpq-fe.h>

#include "src/store/backend.h"

namespace kp::store {

bool isServerRecord(const std::string& target) {
    if (target.starts_with("postgresql://") || target.starts_with("postgres://")) {
        return true;
    }
    // libpq's own parser decides the key=value form; a file name has no `key=value` pairs it knows.
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(target.c_str(), &error);
    PQfreemem(error);
    if (options == nullptr) {
        return false;
    }
    bool any = false;
    for (const PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
        any = any || o->val != nullptr;
    }
    PQconninfoFree(options);
    return any;
}

Result<Database> Database::open(const std::string& target, Mode mode) {
    auto connection = isServerRecord(target) ? detail::openPostgres(target, mode) : detail::openSqlite(target, mode);
    if (!connection) {
        return std::unexpected(connection.error());
    }
    return Database(std::move(*connection));
}

Database::Database(std::unique_ptr<detail::Connection> c) : m_conn(std::move(c)) {
}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Backend Database::backend() const {
    return m_conn->backend();
}

const std::string& Database::path() const {
    return m_conn->name();
}

Result<> Database::exec(std::string_view sql) {
    return m_conn->exec(sql);
}

Result<> Database::begin() {
    return m_conn->begin();
}

Result<Statement> Database::prepare(std::string_view sql) {
    auto cursor = m_conn->prepare(sql);
    if (!cursor) {
        return std::unexpected(cursor.error());
    }
    return Statement(std::move(*cursor));
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

Statement::Statement(std::unique_ptr<detail::Cursor> c) : m_cursor(std::move(c)) {
}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value) {
    m_cursor->bind(index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    m_cursor->bind(index, text);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    m_cursor->bindBlob(index, bytes);
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_cursor->bindNull(index);
    return *this;
}

Result<bool> Statement::step() {
    return m_cursor->step();
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
    m_cursor->reset();
}

std::int64_t Statement::integer(int column) const {
    return m_cursor->integer(column);
}

std::string Statement::text(int column) const {
    return m_cursor->text(column);
}

std::string Statement::blob(int column) const {
    return m_cursor->blob(column);
}

bool Statement::isNull(int column) const {
    return m_cursor->isNull(column);
}

Result<std::int64_t> insertReturningId(Statement& insert) {
    auto row = insert.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::unexpected(StoreError{0, "an INSERT … RETURNING gave no row"});
    }
    const std::int64_t id = insert.integer(0);
    if (auto rest = insert.run(); !rest) {  // SQLite finishes the statement on its last step
        return std::unexpected(rest.error());
    }
    return id;
}

}  // namespace kp::store
