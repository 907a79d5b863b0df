// The record in a PostgreSQL database, shared by the stations of a hall: libpq, one connection
// per Database. The store's SQL is written with `?` parameters (SQLite's); here they become $1,
// $2… Values travel as text (bytes as binary), so an id read back is the same integer on both
// back ends.
#include <libpq-fe.h>

#include <charconv>
#include <optional>

#include "src/store/backend.h"
#include "src/store/schema.h"

namespace kp::store::detail {

namespace {

// `?` outside quotes → `$n`: the statements are the store's own, so a quote is always a literal
// or an identifier, never a comment.
std::string numberedParameters(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    char quote = 0;
    int n = 0;
    for (const char c : sql) {
        if (quote != 0) {
            quote = c == quote ? 0 : quote;  // '' inside a literal closes and reopens: the same
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + std::to_string(++n);
            continue;
        }
        out += c;
    }
    return out;
}

std::string trimmed(const char* text) {
    std::string s = text != nullptr ? text : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

// A failed result as the store's error: a uniqueness refused (23505) or a conflict worth running
// the transaction again (serialisation 40001, deadlock 40P01, a lock not had in time 55P03).
StoreError resultError(const PGresult* result, PGconn* conn, const std::string& where) {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state != nullptr ? state : "";
    StoreError e{1, where + ": " + trimmed(result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn)) +
                        (sqlstate.empty() ? "" : " (SQLSTATE " + sqlstate + ")")};
    e.fault = sqlstate == "23505"                                                 ? DbFault::Unique
              : sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03" ? DbFault::Retry
                                                                                  : DbFault::None;
    return e;
}

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

class PostgresCursor final : public Cursor {
public:
    PostgresCursor(PGconn* conn, std::string sql, const std::string& name)
        : m_conn(conn), m_sql(std::move(sql)), m_name(name) {}

    void bind(int index, std::int64_t value) override { slot(index) = {std::to_string(value), false}; }
    void bind(int index, std::string_view text) override { slot(index) = {std::string(text), false}; }
    void bindBlob(int index, std::string_view bytes) override { slot(index) = {std::string(bytes), true}; }
    void bindNull(int index) override { slot(index).reset(); }

    Result<bool> step() override {
        if (!m_result) {
            std::vector<const char*> values;
            std::vector<int> lengths;
            std::vector<int> formats;
            for (const auto& p : m_params) {
                values.push_back(p ? p->value.c_str() : nullptr);
                lengths.push_back(p ? static_cast<int>(p->value.size()) : 0);
                formats.push_back(p && p->binary ? 1 : 0);
            }
            m_result.reset(PQexecParams(m_conn, m_sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                        lengths.data(), formats.data(), 0));
            const auto status = PQresultStatus(m_result.get());
            if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                StoreError e = resultError(m_result.get(), m_conn, m_name + ": " + m_sql.substr(0, 200));
                m_result.reset();
                return std::unexpected(e);
            }
            m_row = -1;
        }
        ++m_row;
        return m_row < PQntuples(m_result.get());
    }
    void reset() override {
        m_result.reset();
        m_params.clear();
    }
    std::int64_t integer(int column) const override {
        const char* v = value(column);
        std::int64_t out = 0;
        if (v != nullptr) {
            std::from_chars(v, v + std::char_traits<char>::length(v), out);
        }
        return out;
    }
    std::string text(int column) const override {
        const char* v = value(column);
        return v != nullptr ? std::string(v, static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, column)))
                            : std::string();
    }
    std::string blob(int column) const override {
        const char* v = value(column);
        if (v == nullptr) {
            return {};
        }
        std::size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &length);
        std::string out(reinterpret_cast<const char*>(bytes), length);
        PQfreemem(bytes);
        return out;
    }
    bool isNull(int column) const override { return value(column) == nullptr; }

private:
    struct Param {
        std::string value;
        bool binary = false;
    };
    std::optional<Param>& slot(int index) {
        if (static_cast<std::size_t>(index) > m_params.size()) {
            m_params.resize(static_cast<std::size_t>(index));
        }
        return m_params[static_cast<std::size_t>(index - 1)];
    }
    const char* value(int column) const {
        if (!m_result || m_row < 0 || m_row >= PQntuples(m_result.get()) ||
            PQgetisnull(m_result.get(), m_row, column) != 0) {
            return nullptr;
        }
        return PQgetvalue(m_result.get(), m_row, column);
    }

    PGconn* m_conn;
    std::string m_sql;
    const std::string& m_name;  // the connection's, which outlives its statements
    std::vector<std::optional<Param>> m_params;
    ResultPtr m_result{nullptr, &PQclear};
    int m_row = -1;
};

class PostgresConnection final : public Connection {
public:
    PostgresConnection(PGconn* conn, std::string name) : m_conn(conn), m_name(std::move(name)) {}
    ~PostgresConnection() override { PQfinish(m_conn); }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Backend backend() const override { return Backend::PostgreSQL; }
    const std::string& name() const override { return m_name; }

    Result<> exec(std::string_view sql) override {
        ResultPtr result(PQexec(m_conn, std::string(sql).c_str()), &PQclear);
        const auto status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            return std::unexpected(resultError(result.get(), m_conn, m_name));
        }
        return {};
    }

    Result<std::unique_ptr<Cursor>> prepare(std::string_view sql) override {
        return std::make_unique<PostgresCursor>(m_conn, numberedParameters(sql), m_name);
    }

    // Every write of the record appends to the one audit chain: the writers of all stations take
    // the same transaction-scoped lock first, so each reads the head the one before it left (read
    // committed: each statement sees what was committed before it) and the chain stays one line.
    // Released by COMMIT or ROLLBACK, also when a station's connection drops.
    Result<> begin() override {
        return exec("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(" +
                    std::to_string(APPLICATION_ID) + ")");
    }

private:
    PGconn* m_conn;
    std::string m_name;
};

void ignoreNotice(void*, const char*) {
}  // "no transaction in progress" after a failed COMMIT…

}  // namespace

Result<std::unique_ptr<Connection>> openPostgres(const std::string& conninfo, Database::Mode mode) {
    PGconn* conn = PQconnectdb(conninfo.c_str());
    if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
        StoreError e{
            1, "cannot reach the record's server (" + trimmed(conn ? PQerrorMessage(conn) : "out of memory") + ")"};
        PQfinish(conn);
        return std::unexpected(e);
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    const char* host = PQhost(conn);
    std::string name = std::string("postgresql://") + PQuser(conn) + "@" + (host != nullptr ? host : "") + ":" +
                       PQport(conn) + "/" + PQdb(conn);
    auto out = std::make_unique<PostgresConnection>(conn, std::move(name));
    // A writer of another station holds the record for one sheet's transaction: wait for it as
    // SQLite's busy timeout does, then run the transaction again (transaction()).
    std::string setup = "SET client_encoding = 'UTF8'; SET lock_timeout = '5s'; SET client_min_messages = warning";
    if (mode == Database::Mode::ReadOnly) {
        setup += "; SET default_transaction_read_only = on";
    }
    if (auto r = out->exec(setup); !r) {
        return std::unexpected(r.error());
    }
    return out;
}

}  // namespace kp::store::detail
