#include "src/store/new_record.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "src/store/postgres_schema.h"
#include "src/store/schema.h"

namespace kp::store {

namespace fs = std::filesystem;

namespace {

StoreError exists(const std::string& path) {
    return storeError(StoreErrc::Exists, path + " already exists; a record is never overwritten", {path});
}

// A database made empty by the hall's administrator (installer/): the schema and `fill` in one
// transaction, so a station killed on the way leaves it empty.
Result<> makeOnServer(const std::string& target, const std::function<Result<>(Database&, ImageStore&)>& fill) {
    auto db = Database::open(target, Database::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    return transaction(*db, [&]() -> Result<> {
        auto tables = postgresTableCount(*db);
        if (!tables) {
            return std::unexpected(tables.error());
        }
        if (*tables != 0) {
            auto version = postgresSchemaVersion(*db);
            return std::unexpected(
                version && *version > 0
                    ? storeError(StoreErrc::Exists,
                                 db->path() + " already holds a record; a record is never overwritten", {db->path()})
                    : storeError(StoreErrc::NotARecord,
                                 db->path() + " is not empty and not a KiemPhieu record; nothing was changed",
                                 {db->path()}));
        }
        if (auto schema = createPostgresSchema(*db); !schema) {
            return schema;
        }
        auto images = tableImages(*db);
        return fill(*db, *images);
    });
}

}  // namespace

Result<> makeRecord(const std::string& path, const std::function<Result<>(Database&, ImageStore&)>& fill) {
    if (isServerRecord(path)) {
        return makeOnServer(path, fill);
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) {
        return std::unexpected(exists(path));
    }
    const fs::path target(path);
    const std::string temp =
        (target.parent_path() / ("." + target.filename().string() + ".creating-" + std::to_string(::getpid())))
            .string();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(temp + suffix, ec);
    }
    fs::create_directories(path + ".images", ec);
    if (ec) {
        return std::unexpected(StoreError{0, "cannot create " + path + ".images: " + ec.message()});
    }
    {
        auto db = Database::open(temp, Database::Mode::Create);
        if (!db) {
            return std::unexpected(db.error());
        }
        if (auto m = migrate(*db); !m) {
            return std::unexpected(m.error());
        }
        auto images = folderImages(path + ".images");
        auto made = transaction(*db, [&]() -> Result<> { return fill(*db, *images); });
        if (!made) {
            return std::unexpected(made.error());
        }
    }  // closed: its journal is folded into the file
    if (::link(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        fs::remove(temp, ec);
        return std::unexpected(error == EEXIST ? exists(path)
                                               : StoreError{0, "cannot create " + path + ": " + std::strerror(error)});
    }
    fs::remove(temp, ec);
    return {};
}

}  // namespace kp::store
