#include "src/store/image_store.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/common/durable_file.h"

namespace kp::store {

namespace fs = std::filesystem;

namespace {

StoreError notFound(const std::string& where, const std::string& file) {
    return storeError(StoreErrc::NotFound, where + ": no image " + file, {file});
}

class FolderImages final : public ImageStore {
public:
    explicit FolderImages(std::string dir) : m_dir(std::move(dir)) {}

    Result<> put(const std::string& file, std::string_view bytes) override {
        const fs::path stored = fs::path(m_dir) / file;
        std::error_code ec;
        if (fs::exists(stored, ec)) {
            return {};  // named by its hash: the same bytes
        }
        fs::create_directories(m_dir, ec);
        if (auto w = writeFileDurably(stored.string(), bytes); !w) {
            return std::unexpected(StoreError{0, w.error()});
        }
        return {};
    }

    Result<std::string> get(const std::string& file) override {
        std::ifstream in(fs::path(m_dir) / file, std::ios::binary);
        if (!in) {
            return std::unexpected(notFound(m_dir, file));
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }

    Result<std::map<std::string, std::string>> files() override {
        std::map<std::string, std::string> out;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(m_dir, ec)) {
            out[entry.path().stem().string()] = entry.path().filename().string();
        }
        return out;
    }

private:
    std::string m_dir;
};

class TableImages final : public ImageStore {
public:
    explicit TableImages(Database& db) : m_db(db) {}

    Result<> put(const std::string& file, std::string_view bytes) override {
        // Two stations storing the same image at once: the first row stays, the second is a no-op.
        auto insert = m_db.prepare("INSERT INTO images (sha256, file, bytes) VALUES (?,?,?) ON CONFLICT DO NOTHING");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, fs::path(file).stem().string()).bind(2, file).bindBlob(3, bytes);
        return insert->run();
    }

    Result<std::string> get(const std::string& file) override {
        auto select = m_db.prepare("SELECT bytes FROM images WHERE file = ?");
        if (!select) {
            return std::unexpected(select.error());
        }
        select->bind(1, file);
        auto row = select->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return std::unexpected(notFound(m_db.path(), file));
        }
        return select->blob(0);
    }

    Result<std::map<std::string, std::string>> files() override {
        auto select = m_db.prepare("SELECT sha256, file FROM images");
        if (!select) {
            return std::unexpected(select.error());
        }
        std::map<std::string, std::string> out;
        auto done = forEachRow(*select, [&](const Statement& s) { out[s.text(0)] = s.text(1); });
        if (!done) {
            return std::unexpected(done.error());
        }
        return out;
    }

private:
    Database& m_db;
};

}  // namespace

std::unique_ptr<ImageStore> folderImages(std::string dir) {
    return std::make_unique<FolderImages>(std::move(dir));
}

std::unique_ptr<ImageStore> tableImages(Database& db) {
    return std::make_unique<TableImages>(db);
}

}  // namespace kp::store
