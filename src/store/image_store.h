#pragma once
// Where a record keeps its scanned images, named by SHA-256 and extension (`<sha256>.png`):
// beside an SQLite record, the folder FILE.images/ (as since version 1); in a PostgreSQL record,
// the table `images` — every station reads every image from the server. Internal to src/store:
// the app asks the Record (Record::image).
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "src/store/database.h"

namespace kp::store {

class ImageStore {
public:
    virtual ~ImageStore() = default;
    // Keeps `bytes` as `file` (its hash and extension); an image already kept is left as it is.
    virtual Result<> put(const std::string& file, std::string_view bytes) = 0;
    // The bytes of `file`, or NotFound.
    virtual Result<std::string> get(const std::string& file) = 0;
    // Every image kept: SHA-256 → its file name.
    virtual Result<std::map<std::string, std::string>> files() = 0;
};

// The folder beside a record file.
std::unique_ptr<ImageStore> folderImages(std::string dir);
// The `images` table of the record's database (`db` outlives the store).
std::unique_ptr<ImageStore> tableImages(Database& db);

}  // namespace kp::store
