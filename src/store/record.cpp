#include "src/store/record.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "scanner-drivers/batch/scan_log.h"
#include "src/common/durable_file.h"
#include "src/common/sha256.h"
#include "src/store/audit_log.h"
#include "src/store/schema.h"

namespace kp::store {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

StoreError fail(const std::string& message) { return StoreError{0, message}; }

std::expected<std::string, StoreError> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::unexpected(fail("cannot read " + path.string()));
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace

Result<Record> Record::create(const std::string& path, std::string_view congressJson, const std::string& actor,
                              const std::string& time) {
    std::error_code ec;
    if (fs::exists(path, ec)) {
        return std::unexpected(fail(path + " already exists; a record is never overwritten"));
    }
    auto db = Database::open(path);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto m = migrate(*db); !m) {
        return std::unexpected(m.error());
    }
    const std::string congressSha = sha256Hex(congressJson);
    auto made = transaction(*db, [&]() -> Result<> {
        auto insert = db->prepare("INSERT INTO meta (key, value) VALUES ('congress', ?), ('congress_sha256', ?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, congressJson).bind(2, congressSha);
        if (auto r = insert->run(); !r) {
            return r;
        }
        return logEvent(*db, time, actor, "record_created", Json{{"congress_sha256", congressSha}}.dump());
    });
    if (!made) {
        return std::unexpected(made.error());
    }
    fs::create_directories(path + ".images", ec);
    return Record(std::move(*db));
}

Result<Record> Record::open(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        return std::unexpected(fail("no congress record at " + path));
    }
    auto db = Database::open(path);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto m = migrate(*db); !m) {
        return std::unexpected(m.error());
    }
    return Record(std::move(*db));
}

Result<std::string> Record::congressJson() {
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = 'congress'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::unexpected(fail(m_db.path() + ": the record has no congress"));
    }
    return stmt->text(0);
}

Result<std::int64_t> Record::sheetByImage(const std::string& sha) {
    auto stmt = m_db.prepare("SELECT id FROM sheets WHERE image_sha256 = ? ORDER BY id LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, sha);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->integer(0) : 0;
}

Result<ImportSummary> Record::importScans(const std::string& scanDir, const std::string& election, int round,
                                          const std::string& actor, const std::string& time) {
    auto log = scan::readScanLog((fs::path(scanDir) / "scan-log.jsonl").string());
    if (!log) {
        return std::unexpected(fail(log.error()));
    }
    ImportSummary summary;
    std::map<std::string, std::int64_t> sheetOfFile;  // the scan folder's file → the record's sheet
    std::int64_t batch = 0;
    Json batchEvent;
    auto imported = transaction(m_db, [&]() -> Result<> {
        for (const auto& e : log->events) {
            if (e["event"] == "batch") {
                batch = 0;  // made when its first new page comes
                batchEvent = e;
                continue;
            }
            if (e["event"] != "page") {
                continue;
            }
            const std::string file = e.value("file", "");
            const std::string sha = e.value("sha256", "");
            auto bytes = readAll(fs::path(scanDir) / file);
            if (!bytes) {
                return std::unexpected(bytes.error());
            }
            if (sha256Hex(*bytes) != sha) {
                return std::unexpected(fail(scanDir + "/" + file + ": the image differs from the one scanned (SHA-256 "
                                                                    "mismatch with scan-log.jsonl); nothing was imported"));
            }
            auto existing = sheetByImage(sha);
            if (!existing) {
                return std::unexpected(existing.error());
            }
            if (*existing != 0) {
                ++summary.alreadyInRecord;
                sheetOfFile[file] = *existing;
                continue;
            }
            const fs::path stored = fs::path(imagesDir()) / (sha + fs::path(file).extension().string());
            std::error_code ec;
            if (!fs::exists(stored, ec)) {
                if (auto w = writeFileDurably(stored.string(), *bytes); !w) {
                    return std::unexpected(fail(w.error()));
                }
            }
            if (batch == 0) {
                auto insert = m_db.prepare("INSERT INTO batches (election, round, device, dpi, started) VALUES (?,?,?,?,?)");
                if (!insert) {
                    return std::unexpected(insert.error());
                }
                insert->bind(1, election).bind(2, round).bind(3, batchEvent.value("device", "")).bind(4, batchEvent.value("dpi", 0));
                insert->bind(5, batchEvent.value("time", time));
                if (auto r = insert->run(); !r) {
                    return r;
                }
                batch = m_db.lastInsertId();
                if (auto r = logEvent(m_db, time, actor, "batch_imported", Json{{"batch", batch}, {"election", election}, {"round", round}, {"folder", scanDir}}.dump());
                    !r) {
                    return r;
                }
            }
            const std::string refeedOf = e.value("refeed_of", "");
            auto insert = m_db.prepare(
                "INSERT INTO sheets (batch, page, side, image_sha256, refeed_of, scanned) VALUES (?,?,?,?,?,?)");
            if (!insert) {
                return std::unexpected(insert.error());
            }
            insert->bind(1, batch).bind(2, e.value("page", 0)).bind(3, e.value("side", "front")).bind(4, sha);
            if (refeedOf.empty() || !sheetOfFile.contains(refeedOf)) {
                insert->bindNull(5);
            } else {
                insert->bind(5, sheetOfFile[refeedOf]);
            }
            insert->bind(6, e.value("time", time));
            if (auto r = insert->run(); !r) {
                return r;
            }
            const std::int64_t sheet = m_db.lastInsertId();
            sheetOfFile[file] = sheet;
            refeedOf.empty() ? ++summary.sheets : ++summary.refeeds;
            if (auto r = logEvent(m_db, time, actor, "sheet_imported", Json{{"sheet", sheet}, {"sha256", sha}, {"refeed_of", refeedOf.empty() ? Json() : Json(sheetOfFile[refeedOf])}}.dump());
                !r) {
                return r;
            }
        }
        return {};
    });
    if (!imported) {
        return std::unexpected(imported.error());
    }
    return summary;
}

Result<int> Record::importReadings(const std::string& readingsPath, const std::string& actor, const std::string& time) {
    auto text = readAll(readingsPath);
    if (!text) {
        return std::unexpected(text.error());
    }
    int count = 0;
    auto imported = transaction(m_db, [&]() -> Result<> {
        std::istringstream lines(*text);
        std::string line;
        for (int number = 1; std::getline(lines, line); ++number) {
            if (line.empty()) {
                continue;
            }
            const std::string where = readingsPath + " line " + std::to_string(number) + ": ";
            Json reading;
            try {
                reading = Json::parse(line);
            } catch (const nlohmann::json::exception& e) {
                return std::unexpected(fail(where + "not valid JSON (" + e.what() + ")"));
            }
            const std::string image = reading.value("image", "");
            auto bytes = readAll(image);
            if (!bytes) {
                return std::unexpected(fail(where + bytes.error().message));
            }
            const std::string sha = sha256Hex(*bytes);
            auto sheet = sheetByImage(sha);
            if (!sheet) {
                return std::unexpected(sheet.error());
            }
            if (*sheet == 0) {
                return std::unexpected(fail(where + "the image " + image + " is not in the record (import its scans first)"));
            }
            auto insert = m_db.prepare("INSERT INTO readings (sheet, status, reading, recognizer) VALUES (?,?,?,?)");
            if (!insert) {
                return std::unexpected(insert.error());
            }
            insert->bind(1, *sheet).bind(2, reading.value("status", "read")).bind(3, line).bind(4, reading["recognizer"].dump());
            if (auto r = insert->run(); !r) {
                return std::unexpected(fail(where + r.error().message));
            }
            if (auto r = logEvent(m_db, time, actor, "reading_recorded", Json{{"reading", m_db.lastInsertId()}, {"sheet", *sheet}, {"status", reading.value("status", "read")}}.dump());
                !r) {
                return r;
            }
            ++count;
        }
        return {};
    });
    if (!imported) {
        return std::unexpected(imported.error());
    }
    return count;
}

Result<std::string> Record::readingsJsonl() {
    // The latest reading of every sheet that counts (refeeds are the committee's to restore).
    auto stmt = m_db.prepare(
        "SELECT s.id, r.reading, r.id FROM sheets s JOIN readings r ON r.id = "
        "(SELECT max(id) FROM readings WHERE sheet = s.id) WHERE s.refeed_of IS NULL ORDER BY s.id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::string out;
    auto done = forEachRow(*stmt, [&](const Statement& s) {
        Json line = Json::parse(s.text(1));
        line["sheet"] = std::to_string(s.integer(0));
        line["reading"] = s.integer(2);  // what a ruling refers to
        out += line.dump() + "\n";
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Result<std::vector<SheetRow>> Record::sheets() {
    std::map<std::string, std::string> files;  // sha256 → its file name among the images
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(imagesDir(), ec)) {
        files[entry.path().stem().string()] = entry.path().filename().string();
    }
    auto stmt = m_db.prepare(
        "SELECT s.id, s.batch, s.page, s.side, s.image_sha256, ifnull(s.refeed_of, 0), b.election, b.round "
        "FROM sheets s JOIN batches b ON b.id = s.batch ORDER BY s.id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<SheetRow> out;
    std::string missing;
    auto done = forEachRow(*stmt, [&](const Statement& s) {
        SheetRow r{s.integer(0), s.integer(1), s.integer(2), s.text(3), s.text(4), {}, s.integer(5), s.text(6), s.integer(7)};
        if (!files.contains(r.sha256) && missing.empty()) {
            missing = imagesDir() + ": the image of sheet " + std::to_string(r.id) + " (" + r.sha256 + ") is missing";
        }
        r.image = files[r.sha256];
        out.push_back(std::move(r));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (!missing.empty()) {
        return std::unexpected(fail(missing));
    }
    return out;
}

Result<WordBlank> Record::setWordBlank(const std::string& election, int round, const std::string& scanPath, int dpi,
                                       const std::string& actor, const std::string& time) {
    auto bytes = readAll(scanPath);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    WordBlank blank{election, round, sha256Hex(*bytes), "", dpi, actor};
    blank.image = blank.sha256 + fs::path(scanPath).extension().string();
    const fs::path stored = fs::path(imagesDir()) / blank.image;
    std::error_code ec;
    fs::create_directories(imagesDir(), ec);
    if (!fs::exists(stored, ec)) {
        if (auto w = writeFileDurably(stored.string(), *bytes); !w) {
            return std::unexpected(fail(w.error()));
        }
    }
    auto done = transaction(m_db, [&]() -> Result<> {
        auto insert = m_db.prepare(
            "INSERT INTO word_blanks (election, round, image_sha256, image, dpi, confirmed_by, confirmed) VALUES (?,?,?,?,?,?,?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, blank.sha256).bind(4, blank.image).bind(5, dpi);
        insert->bind(6, actor).bind(7, time);
        if (auto r = insert->run(); !r) {
            return r;
        }
        return logEvent(m_db, time, actor, "word_blank_confirmed",
                        Json{{"election", election}, {"round", round}, {"sha256", blank.sha256}, {"dpi", dpi}}.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return blank;
}

Result<std::vector<WordBlank>> Record::wordBlanks() {
    auto stmt = m_db.prepare(
        "SELECT election, round, image_sha256, image, dpi, confirmed_by FROM word_blanks w WHERE id = "
        "(SELECT max(id) FROM word_blanks x WHERE x.election = w.election AND x.round = w.round) ORDER BY election, round");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<WordBlank> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return out;
        }
        out.push_back({stmt->text(0), static_cast<int>(stmt->integer(1)), stmt->text(2), stmt->text(3),
                       static_cast<int>(stmt->integer(4)), stmt->text(5)});
    }
}

}  // namespace kp::store
