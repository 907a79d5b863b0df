#include "src/store/copy.h"

#include <array>
#include <optional>
#include <vector>

#include "src/store/audit_log.h"
#include "src/store/image_store.h"
#include "src/store/new_record.h"
#include "src/store/postgres_schema.h"
#include "src/store/record.h"
#include "src/store/schema.h"

namespace kp::store {

namespace {

struct Table {
    const char* name;
    const char* columns;  // the first is the key rows are ordered by
};

// Every table of a version-5 record but the version's own, parents before children. A new
// schema version adds its columns here (tests/store: the copy is compared row for row).
constexpr std::array<Table, 12> TABLES{{
    {"meta", "key, value"},
    {"operators", "id, name, role, password_hash"},
    {"operator_status", "id, operator, active, changed_by, changed"},
    {"batches", "id, election, round, device, dpi, started"},
    {"sheets", "id, batch, page, side, image_sha256, refeed_of, scanned, scan_note"},
    {"readings", "id, sheet, status, reading, recognizer"},
    {"rulings", "id, reading, decision, reason, first_member, second_member, ruled"},
    {"manual_entries", "id, election, round, ballot, operator, entry, entered"},
    {"manual_rulings", "id, election, round, ballot, decision, reason, first_member, second_member, ruled"},
    {"round_rulings", "id, election, round, decision, reason, first_member, second_member, ruled"},
    {"word_blanks", "id, election, round, image_sha256, image, dpi, confirmed_by, confirmed"},
    {"events", "seq, time, actor, kind, payload, prev_hash, hash"},
}};

using Row = std::vector<std::optional<std::string>>;

int columnCount(const Table& t) {
    int n = 1;
    for (const char* c = t.columns; *c != '\0'; ++c) {
        n += *c == ',' ? 1 : 0;
    }
    return n;
}

// Every row as text (an integer as its digits: both back ends give and take them so), in key order.
Result<std::vector<Row>> readTable(Database& db, const Table& t) {
    const std::string key(t.columns, std::string_view(t.columns).find(','));
    auto select = db.prepare(std::string("SELECT ") + t.columns + " FROM " + t.name + " ORDER BY " + key);
    if (!select) {
        return std::unexpected(select.error());
    }
    const int n = columnCount(t);
    std::vector<Row> rows;
    auto done = forEachRow(*select, [&](const Statement& s) {
        Row row;
        for (int c = 0; c < n; ++c) {
            row.push_back(s.isNull(c) ? std::nullopt : std::optional(s.text(c)));
        }
        rows.push_back(std::move(row));
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return rows;
}

Result<> writeTable(Database& db, const Table& t, const std::vector<Row>& rows) {
    std::string marks = "?";
    for (int c = 1; c < columnCount(t); ++c) {
        marks += ",?";
    }
    auto insert = db.prepare(std::string("INSERT INTO ") + t.name + " (" + t.columns + ") VALUES (" + marks + ")");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    for (const Row& row : rows) {
        insert->reset();
        for (std::size_t c = 0; c < row.size(); ++c) {
            const int index = static_cast<int>(c) + 1;
            row[c] ? insert->bind(index, *row[c]) : insert->bindNull(index);
        }
        if (auto r = insert->run(); !r) {
            return r;
        }
    }
    return {};
}

StoreError copyError(const std::string& message) {
    return storeError(StoreErrc::Inconsistent, message, {message});
}

}  // namespace

Result<CopySummary> copyRecord(const std::string& from, const std::string& to) {
    auto source = Record::open(from, Record::Access::ReadOnly);
    if (!source) {
        return std::unexpected(source.error());
    }
    if (source->version() != SCHEMA_VERSION) {
        return std::unexpected(storeError(StoreErrc::OlderRecord,
                                          from + " is record version " + std::to_string(source->version()) +
                                              ": open it once with this KiemPhieu to upgrade it, then copy it",
                                          {from, std::to_string(source->version())}));
    }
    auto chain = verifyChain(source->db());
    if (!chain) {
        return std::unexpected(chain.error());
    }
    if (!chain->ok) {
        return std::unexpected(copyError(from + ": its audit chain is broken (" + chain->problem + "); not copied"));
    }
    auto rows = source->rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    CopySummary summary;
    summary.head = chain->head;
    auto made = makeRecord(to, [&](Database& db, ImageStore& images) -> Result<> {
        summary.rows = 0;
        for (const Table& t : TABLES) {
            auto read = readTable(source->db(), t);
            if (!read) {
                return std::unexpected(read.error());
            }
            if (auto written = writeTable(db, t, *read); !written) {
                return written;
            }
            // Read back through the new record before it is kept: the same rows, byte for byte.
            auto back = readTable(db, t);
            if (!back) {
                return std::unexpected(back.error());
            }
            if (*back != *read) {
                return std::unexpected(copyError(to + ": the table " + t.name + " reads back differently"));
            }
            (std::string_view(t.name) == "events" ? summary.events : summary.rows) +=
                static_cast<std::int64_t>(read->size());
        }
        std::vector<std::string> files;
        for (const SheetRow& s : rows->sheets) {
            if (s.image.empty()) {
                return std::unexpected(copyError(from + ": the image of sheet " + std::to_string(s.id) + " (" +
                                                 s.sha256 + ") is missing; not copied"));
            }
            files.push_back(s.image);
        }
        for (const WordBlank& b : rows->wordBlanks) {
            files.push_back(b.image);
        }
        summary.images = 0;
        for (const std::string& file : files) {
            auto bytes = source->image(file);
            if (!bytes) {
                return std::unexpected(bytes.error());
            }
            if (auto put = images.put(file, *bytes); !put) {
                return put;
            }
            ++summary.images;
        }
        if (db.backend() == Backend::PostgreSQL) {
            if (auto ids = postgresContinueIds(db); !ids) {
                return ids;
            }
        }
        auto copied = verifyChain(db);
        if (!copied) {
            return std::unexpected(copied.error());
        }
        if (!copied->ok || copied->head != summary.head) {
            return std::unexpected(copyError(to + ": the copied chain does not verify to " + summary.head));
        }
        return {};
    });
    if (!made) {
        return std::unexpected(made.error());
    }
    return summary;
}

}  // namespace kp::store
