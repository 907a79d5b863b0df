#pragma once
// What each back end of the record implements (database.h is the one face the store uses).
// Internal to src/store.
#include <memory>

#include "src/store/database.h"

namespace kp::store::detail {

class Cursor {
public:
    virtual ~Cursor() = default;
    virtual void bind(int index, std::int64_t value) = 0;
    virtual void bind(int index, std::string_view text) = 0;
    virtual void bindBlob(int index, std::string_view bytes) = 0;
    virtual void bindNull(int index) = 0;
    virtual Result<bool> step() = 0;
    virtual void reset() = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual std::string blob(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

class Connection {
public:
    virtual ~Connection() = default;
    virtual Backend backend() const = 0;
    virtual const std::string& name() const = 0;
    virtual Result<> exec(std::string_view sql) = 0;
    virtual Result<std::unique_ptr<Cursor>> prepare(std::string_view sql) = 0;
    virtual Result<> begin() = 0;
};

Result<std::unique_ptr<Connection>> openSqlite(const std::string& path, Database::Mode mode);
Result<std::unique_ptr<Connection>> openPostgres(const std::string& conninfo, Database::Mode mode);

}  // namespace kp::store::detail
