#include "src/store/record.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "src/common/sha256.h"
#include "src/store/audit_log.h"
#include "src/store/image_store.h"
#include "src/store/new_record.h"
#include "src/store/postgres_schema.h"
#include "src/store/schema.h"

namespace kp::store {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

StoreError fail(const std::string& message) {
    return StoreError{0, message};
}

std::expected<std::string, StoreError> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::unexpected(fail("cannot read " + path.string()));
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// The schema version of a KiemPhieu record, or why `db` is not one. Reads only.
Result<int> recordVersion(Database& db) {
    const std::string path = db.path();
    const auto notARecord = [&] {
        return storeError(StoreErrc::NotARecord, path + " is not a KiemPhieu congress record; nothing was changed",
                          {path});
    };
    auto application = applicationId(db);
    auto version = schemaVersion(db);
    if (!application || !version) {
        return std::unexpected(notARecord());  // not an SQLite file at all
    }
    if (db.backend() == Backend::PostgreSQL && *version == 0) {
        auto tables = postgresTableCount(db);
        if (!tables) {
            return std::unexpected(tables.error());
        }
        return std::unexpected(*tables == 0 ? storeError(StoreErrc::NoRecord, "no congress record in " + path, {path})
                                            : notARecord());
    }
    if (*version > SCHEMA_VERSION) {
        return std::unexpected(storeError(StoreErrc::NewerRecord,
                                          path + ": made by a newer KiemPhieu (record version " +
                                              std::to_string(*version) + ", this program knows up to " +
                                              std::to_string(SCHEMA_VERSION) + "); nothing was changed",
                                          {path, std::to_string(*version)}));
    }
    if (*application == APPLICATION_ID && *version >= 4) {
        return static_cast<int>(*version);
    }
    // Versions 1–3 did not set the application id: a record has their tables and its congress.
    if (*application != 0 || *version < 1) {
        return std::unexpected(notARecord());
    }
    auto congress = db.integer("SELECT count(*) FROM meta WHERE key = 'congress'");
    if (!congress || *congress != 1) {
        return std::unexpected(notARecord());
    }
    return static_cast<int>(*version);
}

MemberRef memberAt(const Statement& s, int column) {
    return {s.text(column), s.text(column + 1)};
}

template <typename Row, typename F>
Result<std::vector<Row>> selectRows(Database& db, std::string_view sql, F&& make) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Row> out;
    auto done = forEachRow(*stmt, [&](const Statement& s) { out.push_back(make(s)); });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

// The recogniser's line without where its image lay when it was read: two readings of a sheet
// say the same when this is equal.
std::string readingGist(const std::string& line) {
    Json j = Json::parse(line, nullptr, false);
    if (!j.is_object()) {
        return line;
    }
    j.erase("image");
    return j.dump();
}

}  // namespace

namespace {

// The meta rows and the first event of a new record, in the caller's transaction.
Result<> writeCongress(Database& db, std::string_view congressJson, const std::string& actor, const std::string& time) {
    const std::string congressSha = sha256Hex(congressJson);
    auto insert = db.prepare("INSERT INTO meta (key, value) VALUES ('congress', ?), ('congress_sha256', ?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, congressJson).bind(2, congressSha);
    if (auto r = insert->run(); !r) {
        return r;
    }
    return logEvent(db, time, actor, "record_created", Json{{"congress_sha256", congressSha}}.dump());
}

}  // namespace

Result<Record> Record::create(const std::string& path, std::string_view congressJson, const std::string& actor,
                              const std::string& time) {
    auto made =
        makeRecord(path, [&](Database& db, ImageStore&) { return writeCongress(db, congressJson, actor, time); });
    if (!made) {
        return std::unexpected(made.error());
    }
    return open(path);
}

Result<Record> Record::open(const std::string& path, Access access) {
    const bool server = isServerRecord(path);
    std::error_code ec;
    const auto status = server ? fs::file_status(fs::file_type::regular) : fs::status(path, ec);
    if (!fs::exists(status)) {
        return std::unexpected(storeError(StoreErrc::NoRecord, "no congress record at " + path, {path}));
    }
    if (!fs::is_regular_file(status)) {
        return std::unexpected(storeError(StoreErrc::NotARecord,
                                          path + " is not a KiemPhieu congress record; nothing was changed", {path}));
    }
    int version = 0;
    {
        // Looked at read-only first: nothing is written to a file that is not a record.
        auto look = Database::open(path, Database::Mode::ReadOnly);
        if (!look && server) {
            return std::unexpected(look.error());  // the server, not the record: its own words
        }
        if (!look) {
            return std::unexpected(storeError(
                StoreErrc::NotARecord, path + " is not a KiemPhieu congress record; nothing was changed", {path}));
        }
        auto v = recordVersion(*look);
        if (!v) {
            return std::unexpected(v.error());
        }
        version = *v;
        if (access == Access::ReadOnly) {
            return Record(std::move(*look), true, version);
        }
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto m = migrate(*db); !m) {
        return std::unexpected(m.error());
    }
    return Record(std::move(*db), false, SCHEMA_VERSION);
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

Result<RecordRows> Record::rows() {
    RecordRows out;
    auto congress = congressJson();
    if (!congress) {
        return std::unexpected(congress.error());
    }
    out.congress = *congress;
    const bool v4 = m_version >= 4;
    auto operators =
        selectRows<OperatorRow>(m_db, "SELECT id, name, role FROM operators ORDER BY id", [](const Statement& s) {
            return OperatorRow{s.integer(0), s.text(1), s.text(2)};
        });
    auto status =
        v4 ? selectRows<OperatorStatusRow>(
                 m_db,
                 "SELECT s.id, s.operator, s.active, o.name, s.changed FROM operator_status s "
                 "JOIN operators o ON o.id = s.changed_by ORDER BY s.id",
                 [](const Statement& s) {
                     return OperatorStatusRow{s.integer(0), s.integer(1), s.integer(2) != 0, s.text(3), s.text(4)};
                 })
           : Result<std::vector<OperatorStatusRow>>{};
    auto batches = selectRows<BatchRow>(
        m_db, "SELECT id, election, round, device, coalesce(dpi, 0), started FROM batches ORDER BY id",
        [](const Statement& s) {
            return BatchRow{s.integer(0), s.text(1), s.integer(2), s.text(3), s.integer(4), s.text(5)};
        });
    auto sheets = this->sheets();
    auto readings = selectRows<ReadingRow>(
        m_db, "SELECT id, sheet, status, reading, recognizer FROM readings ORDER BY id", [](const Statement& s) {
            return ReadingRow{s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4)};
        });
    auto rulings = selectRows<RulingRow>(
        m_db,
        "SELECT r.id, r.reading, g.sheet, r.decision, r.reason, a.name, a.role, b.name, b.role, r.ruled FROM rulings r "
        "JOIN readings g ON g.id = r.reading JOIN operators a ON a.id = r.first_member "
        "JOIN operators b ON b.id = r.second_member ORDER BY r.id",
        [](const Statement& s) {
            RulingRow r;
            r.id = s.integer(0);
            r.reading = s.integer(1);
            r.sheet = s.integer(2);
            std::tie(r.decision, r.reason) = std::tuple(s.text(3), s.text(4));
            r.first = memberAt(s, 5);
            r.second = memberAt(s, 7);
            r.ruled = s.text(9);
            return r;
        });
    const auto electionRuling = [](const Statement& s) {
        RulingRow r;
        r.id = s.integer(0);
        r.election = s.text(1);
        r.round = s.integer(2);
        r.ballot = s.text(3);
        std::tie(r.decision, r.reason) = std::tuple(s.text(4), s.text(5));
        r.first = memberAt(s, 6);
        r.second = memberAt(s, 8);
        r.ruled = s.text(10);
        return r;
    };
    auto manualRulings = selectRows<RulingRow>(
        m_db,
        "SELECT r.id, r.election, r.round, r.ballot, r.decision, r.reason, a.name, a.role, b.name, b.role, r.ruled "
        "FROM manual_rulings r JOIN operators a ON a.id = r.first_member JOIN operators b ON b.id = r.second_member "
        "ORDER BY r.id",
        electionRuling);
    auto roundRulings = v4 ? selectRows<RulingRow>(
                                 m_db,
                                 "SELECT r.id, r.election, r.round, '', r.decision, r.reason, a.name, a.role, b.name, "
                                 "b.role, r.ruled FROM round_rulings r JOIN operators a ON a.id = r.first_member "
                                 "JOIN operators b ON b.id = r.second_member ORDER BY r.id",
                                 electionRuling)
                           : Result<std::vector<RulingRow>>{};
    auto entries = selectRows<ManualEntryRow>(
        m_db,
        "SELECT e.id, e.election, e.round, e.ballot, o.name, o.role, e.entry, e.entered FROM manual_entries e "
        "JOIN operators o ON o.id = e.operator ORDER BY e.id",
        [](const Statement& s) {
            return ManualEntryRow{s.integer(0),   s.text(1), s.integer(2), s.text(3),
                                  memberAt(s, 4), s.text(6), s.text(7)};
        });
    auto blanks =
        m_version >= 3
            ? selectRows<WordBlank>(m_db,
                                    "SELECT election, round, image_sha256, image, dpi, confirmed_by FROM word_blanks "
                                    "ORDER BY id",
                                    [](const Statement& s) {
                                        return WordBlank{s.text(0), static_cast<int>(s.integer(1)), s.text(2),
                                                         s.text(3), static_cast<int>(s.integer(4)), s.text(5)};
                                    })
            : Result<std::vector<WordBlank>>{};
    auto events = allEvents(m_db);
    for (const StoreError* e : {operators ? nullptr : &operators.error(), status ? nullptr : &status.error(),
                                batches ? nullptr : &batches.error(), sheets ? nullptr : &sheets.error(),
                                readings ? nullptr : &readings.error(), rulings ? nullptr : &rulings.error(),
                                manualRulings ? nullptr : &manualRulings.error(),
                                roundRulings ? nullptr : &roundRulings.error(), entries ? nullptr : &entries.error(),
                                blanks ? nullptr : &blanks.error(), events ? nullptr : &events.error()}) {
        if (e != nullptr) {
            return std::unexpected(*e);
        }
    }
    out.operators = std::move(*operators);
    out.operatorStatus = std::move(*status);
    out.batches = std::move(*batches);
    out.sheets = std::move(*sheets);
    out.readings = std::move(*readings);
    out.sheetRulings = std::move(*rulings);
    out.manualRulings = std::move(*manualRulings);
    out.roundRulings = std::move(*roundRulings);
    out.manualEntries = std::move(*entries);
    out.wordBlanks = std::move(*blanks);
    out.events = std::move(*events);
    return out;
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

std::unique_ptr<ImageStore> Record::images() {
    return m_db.backend() == Backend::PostgreSQL ? tableImages(m_db) : folderImages(imagesDir());
}

std::string Record::imagesDir() const {
    return m_db.backend() == Backend::PostgreSQL ? std::string() : m_db.path() + ".images";
}

Result<std::string> Record::image(const std::string& file) {
    return images()->get(file);
}

Result<> Record::storeImage(const std::string& file, std::string_view bytes) {
    return images()->put(file, bytes);
}

std::string congressKey(const std::vector<Event>& events) {
    for (const Event& e : events) {
        if (e.kind == "congress_key") {
            const Json payload = Json::parse(e.payload, nullptr, false);
            if (payload.is_object() && payload.contains("public_key") && payload["public_key"].is_string()) {
                return payload["public_key"];
            }
        }
    }
    return {};
}

Result<> Record::registerKey(const std::string& publicKeyHex, const std::string& actor, const std::string& time) {
    return transaction(m_db, [&]() -> Result<> {
        auto events = allEvents(m_db);
        if (!events) {
            return std::unexpected(events.error());
        }
        const std::string registered = congressKey(*events);
        if (registered == publicKeyHex) {
            return {};
        }
        if (!registered.empty()) {
            return std::unexpected(storeError(StoreErrc::Duplicate,
                                              m_db.path() + " already has its congress key " + registered +
                                                  " (printed on the minutes); a congress has one key",
                                              {registered}));
        }
        return logEvent(m_db, time, actor, "congress_key", Json{{"public_key", publicKeyHex}}.dump());
    });
}

Result<std::int64_t> Record::batch(const NewBatch& b, const std::string& actor, const std::string& time) {
    std::int64_t id = 0;
    auto done = transaction(m_db, [&]() -> Result<> {
        auto found =
            m_db.prepare("SELECT id FROM batches WHERE election = ? AND round = ? AND device = ? AND started = ?");
        if (!found) {
            return std::unexpected(found.error());
        }
        found->bind(1, b.election).bind(2, b.round).bind(3, b.device).bind(4, b.started);
        auto row = found->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            id = found->integer(0);
            return {};
        }
        auto insert =
            m_db.prepare("INSERT INTO batches (election, round, device, dpi, started) VALUES (?,?,?,?,?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, b.election).bind(2, b.round).bind(3, b.device).bind(4, b.dpi).bind(5, b.started);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        return logEvent(m_db, time, actor, "batch_imported",
                        Json{{"batch", id},
                             {"election", b.election},
                             {"round", b.round},
                             {"device", b.device},
                             {"dpi", b.dpi},
                             {"started", b.started},
                             {"folder", b.folder}}
                            .dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<SheetImport> Record::addSheet(std::int64_t batch, const NewSheet& s, const std::string& actor,
                                     const std::string& time) {
    if (sha256Hex(s.bytes) != s.sha256) {
        return std::unexpected(
            storeError(StoreErrc::BadInput,
                       "page " + std::to_string(s.page) + ": the image differs from the one scanned (SHA-256)",
                       {"page " + std::to_string(s.page)}));
    }
    const std::string file = s.sha256 + s.extension;
    if (auto stored = storeImage(file, s.bytes); !stored) {
        return std::unexpected(stored.error());
    }
    SheetImport out;
    auto done = transaction(m_db, [&]() -> Result<> {
        auto existing = sheetByImage(s.sha256);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (*existing != 0) {
            out = {*existing, true};
            return {};
        }
        std::int64_t twin = 0;
        if (!s.refeedOfSha256.empty()) {
            auto t = sheetByImage(s.refeedOfSha256);
            if (!t) {
                return std::unexpected(t.error());
            }
            twin = *t;
        }
        auto insert = m_db.prepare(
            "INSERT INTO sheets (batch, page, side, image_sha256, refeed_of, scanned, scan_note) "
            "VALUES (?,?,?,?,?,?,?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, batch).bind(2, s.page).bind(3, s.side).bind(4, s.sha256);
        twin != 0 ? insert->bind(5, twin) : insert->bindNull(5);
        insert->bind(6, s.scanned.empty() ? time : s.scanned);
        s.scanNote.empty() ? insert->bindNull(7) : insert->bind(7, s.scanNote);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        out = {*inserted, false};
        Json payload{{"sheet", out.sheet}, {"batch", batch},     {"page", s.page},
                     {"side", s.side},     {"sha256", s.sha256}, {"refeed_of", twin == 0 ? Json() : Json(twin)}};
        if (!s.scanNote.empty()) {
            payload["scan_note"] = s.scanNote;
        }
        return logEvent(m_db, time, actor, "sheet_imported", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Result<ReadingsSummary> Record::addReadings(const std::vector<NewReading>& readings, bool reread,
                                            const std::string& actor, const std::string& time) {
    ReadingsSummary summary;
    auto done = transaction(m_db, [&]() -> Result<> {
        summary = {};  // counted afresh if another station's writer made it run again
        for (std::size_t i = 0; i < readings.size(); ++i) {
            const NewReading& r = readings[i];
            const std::string where = (r.where.empty() ? "reading " + std::to_string(i + 1) : r.where) + ": ";
            auto sheet = m_db.prepare(
                "SELECT s.id, b.election, b.round, (SELECT max(id) FROM readings WHERE sheet = s.id), "
                "(SELECT reading FROM readings WHERE id = (SELECT max(id) FROM readings WHERE sheet = s.id)) "
                "FROM sheets s JOIN batches b ON b.id = s.batch WHERE s.image_sha256 = ? ORDER BY s.id LIMIT 1");
            if (!sheet) {
                return std::unexpected(sheet.error());
            }
            sheet->bind(1, r.sha256);
            auto found = sheet->step();
            if (!found) {
                return std::unexpected(found.error());
            }
            if (!*found) {
                return std::unexpected(storeError(StoreErrc::NotFound,
                                                  where + "its image is not in the record (import its scans first)",
                                                  {r.sha256}));
            }
            const std::int64_t id = sheet->integer(0);
            const std::string sheetName = "sheet " + std::to_string(id);
            if (sheet->text(1) != r.election || sheet->integer(2) != r.round) {
                return std::unexpected(storeError(StoreErrc::BadInput,
                                                  where + "read as election \"" + r.election + "\" round " +
                                                      std::to_string(r.round) + ", but " + sheetName +
                                                      " was scanned for election \"" + sheet->text(1) + "\" round " +
                                                      std::to_string(sheet->integer(2)),
                                                  {sheetName}));
            }
            std::int64_t supersedes = 0;
            if (!sheet->isNull(3)) {
                if (readingGist(sheet->text(4)) == readingGist(r.line)) {
                    ++summary.alreadyRecorded;
                    continue;
                }
                if (!reread) {
                    return std::unexpected(storeError(
                        StoreErrc::Duplicate,
                        where + sheetName + " already has a reading (" + std::to_string(sheet->integer(3)) +
                            ") that says otherwise; reading it again replaces it and any ruling on it no longer "
                            "applies: ask for that explicitly (import --reread)",
                        {sheetName}));
                }
                supersedes = sheet->integer(3);
            }
            auto insert =
                m_db.prepare("INSERT INTO readings (sheet, status, reading, recognizer) VALUES (?,?,?,?) RETURNING id");
            if (!insert) {
                return std::unexpected(insert.error());
            }
            insert->bind(1, id).bind(2, r.status).bind(3, r.line).bind(4, r.recognizer);
            auto reading = insertReturningId(*insert);
            if (!reading) {
                StoreError e = reading.error();
                e.message = where + e.message;
                return std::unexpected(e);
            }
            Json payload{
                {"reading", *reading}, {"sheet", id}, {"status", r.status}, {"line_sha256", sha256Hex(r.line)}};
            if (supersedes != 0) {
                payload["supersedes"] = supersedes;
                ++summary.superseded;
            }
            if (auto logged = logEvent(m_db, time, actor, "reading_recorded", payload.dump()); !logged) {
                return logged;
            }
            ++summary.recorded;
        }
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return summary;
}

Result<std::vector<SheetRow>> Record::sheets() {
    const std::string note = m_version >= 4 ? "coalesce(s.scan_note, '')" : "''";
    auto out = selectRows<SheetRow>(
        m_db,
        "SELECT s.id, s.batch, s.page, s.side, s.image_sha256, coalesce(s.refeed_of, 0), s.scanned, "
        "b.election, b.round, " +
            note + " FROM sheets s JOIN batches b ON b.id = s.batch ORDER BY s.id",
        [](const Statement& s) {
            return SheetRow{s.integer(0), s.integer(1), s.integer(2), s.text(3),    s.text(4), {},
                            s.integer(5), s.text(6),    s.text(7),    s.integer(8), s.text(9)};
        });
    if (!out) {
        return out;
    }
    auto files = images()->files();  // sha256 → its file name among the images
    if (!files) {
        return std::unexpected(files.error());
    }
    for (SheetRow& r : *out) {
        const auto file = files->find(r.sha256);
        r.image = file == files->end() ? std::string() : file->second;  // missing: export and the screens say so
    }
    return out;
}

Result<std::vector<SheetRow>> Record::unreadSheets() {
    auto all = sheets();
    if (!all) {
        return all;
    }
    auto read = selectRows<std::int64_t>(m_db, "SELECT DISTINCT sheet FROM readings ORDER BY sheet",
                                         [](const Statement& s) { return s.integer(0); });
    if (!read) {
        return std::unexpected(read.error());
    }
    std::erase_if(*all, [&](const SheetRow& s) { return std::ranges::binary_search(*read, s.id); });
    return all;
}

Result<WordBlank> Record::setWordBlank(const std::string& election, int round, const std::string& scanPath, int dpi,
                                       const std::string& actor, const std::string& time) {
    auto bytes = readAll(scanPath);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    WordBlank blank{election, round, sha256Hex(*bytes), "", dpi, actor};
    blank.image = blank.sha256 + fs::path(scanPath).extension().string();
    if (auto stored = storeImage(blank.image, *bytes); !stored) {
        return std::unexpected(stored.error());
    }
    auto done = transaction(m_db, [&]() -> Result<> {
        auto insert = m_db.prepare(
            "INSERT INTO word_blanks (election, round, image_sha256, image, dpi, confirmed_by, confirmed) VALUES "
            "(?,?,?,?,?,?,?)");
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
    if (m_version < 3) {
        return std::vector<WordBlank>{};
    }
    return selectRows<WordBlank>(
        m_db,
        "SELECT election, round, image_sha256, image, dpi, confirmed_by FROM word_blanks w WHERE id = "
        "(SELECT max(id) FROM word_blanks x WHERE x.election = w.election AND x.round = w.round) ORDER BY election, "
        "round",
        [](const Statement& s) {
            return WordBlank{s.text(0), static_cast<int>(s.integer(1)), s.text(2),
                             s.text(3), static_cast<int>(s.integer(4)), s.text(5)};
        });
}

}  // namespace kp::store
