#include "src/app/bundle.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "kp_version.h"
#include "src/app/json_fields.h"
#include "src/app/record_count.h"
#include "src/common/durable_file.h"
#include "src/common/keys.h"
#include "src/common/sha256.h"
#include "src/store/consistency.h"
#include "src/store/record.h"

namespace kp::app {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

Json member(const store::MemberRef& m) {
    return Json{{"name", m.name}, {"role", m.role}};
}

// The rows as the bundle's files: one JSON line per row.
std::map<std::string, std::string> rowFiles(const store::RecordRows& rows) {
    std::map<std::string, std::string> files;
    const auto add = [&](const char* file, const Json& line) { files[file] += line.dump() + "\n"; };
    for (const char* f :
         {OPERATORS, OPERATOR_STATUS, BATCHES, SHEETS, READINGS, RULINGS, MANUAL_ENTRIES, WORD_BLANKS, AUDIT_LOG}) {
        files[f];  // every file present, even empty
    }
    files[CONGRESS_FILE] = rows.congress;
    for (const auto& o : rows.operators) {
        add(OPERATORS, {{"operator", o.id}, {"name", o.name}, {"role", o.role}});
    }
    for (const auto& s : rows.operatorStatus) {
        add(OPERATOR_STATUS, {{"operator_status", s.id},
                              {"operator", s.operatorId},
                              {"active", s.active},
                              {"by", s.by},
                              {"changed", s.changed}});
    }
    for (const auto& b : rows.batches) {
        add(BATCHES, {{"batch", b.id},
                      {"election", b.election},
                      {"round", b.round},
                      {"device", b.device},
                      {"dpi", b.dpi},
                      {"started", b.started}});
    }
    for (const auto& s : rows.sheets) {
        Json line{{"sheet", std::to_string(s.id)},
                  {"election", s.election},
                  {"round", s.round},
                  {"batch", s.batch},
                  {"page", s.page},
                  {"side", s.side},
                  {"image", "images/" + s.image},
                  {"sha256", s.sha256},
                  {"refeed_of", s.refeedOf == 0 ? Json() : Json(std::to_string(s.refeedOf))},
                  {"scanned", s.scanned}};
        if (!s.scanNote.empty()) {
            line["scan_note"] = s.scanNote;
        }
        add(SHEETS, line);
    }
    for (const auto& r : rows.readings) {
        // The recogniser's line verbatim: the audit log holds its hash.
        add(READINGS, {{"reading", r.id},
                       {"sheet", std::to_string(r.sheet)},
                       {"status", r.status},
                       {"recognizer", r.recognizer},
                       {"line", r.line}});
    }
    const auto ruling = [&](const store::RulingRow& r, const char* kind) {
        Json line{{kind, r.id}};
        if (std::string(kind) == "ruling") {
            line["reading"] = r.reading;
            line["sheet"] = std::to_string(r.sheet);
        } else {
            line["election"] = r.election;
            line["round"] = r.round;
            if (std::string(kind) == "manual_ruling") {
                line["ballot"] = r.ballot;
            }
        }
        line["decision"] = Json::parse(r.decision);
        line["reason"] = r.reason;
        line["members"] = {member(r.first), member(r.second)};
        line["ruled"] = r.ruled;
        add(RULINGS, line);
    };
    for (const auto& r : rows.sheetRulings) {
        ruling(r, "ruling");
    }
    for (const auto& r : rows.manualRulings) {
        ruling(r, "manual_ruling");
    }
    for (const auto& r : rows.roundRulings) {
        ruling(r, "round_ruling");
    }
    for (const auto& e : rows.manualEntries) {
        add(MANUAL_ENTRIES, {{"manual_entry", e.id},
                             {"election", e.election},
                             {"round", e.round},
                             {"ballot", e.ballot},
                             {"operator", e.by.name},
                             {"role", e.by.role},
                             {"entry", Json::parse(e.entry)},
                             {"entered", e.entered}});
    }
    for (const auto& b : rows.wordBlanks) {
        add(WORD_BLANKS, {{"election", b.election},
                          {"round", b.round},
                          {"image", "images/" + b.image},
                          {"sha256", b.sha256},
                          {"dpi", b.dpi},
                          {"confirmed_by", b.confirmedBy}});
    }
    for (const auto& e : rows.events) {
        add(AUDIT_LOG, {{"seq", e.seq},
                        {"time", e.time},
                        {"actor", e.actor},
                        {"kind", e.kind},
                        {"payload", e.payload},
                        {"prev_hash", e.prevHash},
                        {"hash", e.hash}});
    }
    return files;
}

// Reads a bundle's JSON-lines file, line by line, into rows through `take`, which says what is
// wrong with a line (empty: taken).
class LineReader {
public:
    LineReader(const fs::path& dir, std::vector<std::string>& problems) : m_dir(dir), m_problems(problems) {}

    template <typename Take>
    void read(const char* file, Take&& take) {
        auto text = readBundleFile(m_dir, file);
        if (!text) {
            m_problems.push_back(text.error());
            return;
        }
        std::istringstream in(*text);
        int number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (line.empty()) {
                continue;
            }
            const std::string where = std::string(file) + " line " + std::to_string(number) + ": ";
            const Json j = Json::parse(line, nullptr, false);
            if (!j.is_object()) {
                m_problems.push_back(where + (j.is_discarded() ? "not valid JSON" : "not a JSON object"));
                continue;
            }
            if (const std::string wrong = take(j); !wrong.empty()) {
                m_problems.push_back(where + wrong);
            }
        }
    }

private:
    fs::path m_dir;
    std::vector<std::string>& m_problems;
};

const std::regex IMAGE_NAME("images/([0-9a-f]{64})(\\.[A-Za-z0-9]{1,5})?");

std::string missing(const char* what) {
    return std::string("\"") + what + "\" is missing or of the wrong type";
}

std::optional<std::int64_t> sheetNumber(const Json& j, const char* key) {
    const auto text = textField(j, key);
    if (!text || text->empty() || text->size() > 18 ||
        !std::ranges::all_of(*text, [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    return std::stoll(*text);
}

std::optional<store::MemberRef> memberOf(const Json& j) {
    const auto name = textField(j, "name");
    const auto role = textField(j, "role");
    return name && role ? std::optional(store::MemberRef{*name, *role}) : std::nullopt;
}

// A ruling line of any kind; the decision kept as its canonical text (sorted keys).
std::string takeRuling(const Json& j, store::RecordRows& rows) {
    store::RulingRow r;
    const auto decision = j.find("decision");
    const auto members = j.find("members");
    const auto reason = textField(j, "reason");
    const auto ruled = textField(j, "ruled");
    if (decision == j.end() || !decision->is_object() || !reason || !ruled || members == j.end() ||
        !members->is_array() || members->size() != 2) {
        return "a ruling needs decision, reason, ruled and two members";
    }
    const auto first = memberOf((*members)[0]);
    const auto second = memberOf((*members)[1]);
    if (!first || !second) {
        return "a ruling's members need name and role";
    }
    r.decision = nlohmann::json(*decision).dump();
    r.reason = *reason;
    r.ruled = *ruled;
    r.first = *first;
    r.second = *second;
    if (const auto id = integerField(j, "ruling")) {
        const auto reading = integerField(j, "reading");
        const auto sheet = sheetNumber(j, "sheet");
        if (!reading || !sheet) {
            return missing("reading") + " or \"sheet\"";
        }
        std::tie(r.id, r.reading, r.sheet) = std::tuple(*id, *reading, *sheet);
        rows.sheetRulings.push_back(r);
        return "";
    }
    const auto election = textField(j, "election");
    const auto round = integerField(j, "round");
    if (!election || !round) {
        return missing("election") + " or \"round\"";
    }
    r.election = *election;
    r.round = *round;
    if (const auto id = integerField(j, "manual_ruling")) {
        const auto ballot = textField(j, "ballot");
        if (!ballot) {
            return missing("ballot");
        }
        std::tie(r.id, r.ballot) = std::tuple(*id, *ballot);
        rows.manualRulings.push_back(r);
        return "";
    }
    if (const auto id = integerField(j, "round_ruling")) {
        r.id = *id;
        rows.roundRulings.push_back(r);
        return "";
    }
    return "not a ruling on a sheet, a manual ballot or a round";
}

void readRows(LineReader& lines, store::RecordRows& rows) {
    lines.read(OPERATORS, [&](const Json& j) -> std::string {
        const auto id = integerField(j, "operator");
        const auto name = textField(j, "name");
        const auto role = textField(j, "role");
        if (!id || !name || !role) {
            return missing("operator") + ", \"name\" or \"role\"";
        }
        rows.operators.push_back({*id, *name, *role});
        return "";
    });
    lines.read(OPERATOR_STATUS, [&](const Json& j) -> std::string {
        const auto id = integerField(j, "operator_status");
        const auto op = integerField(j, "operator");
        const auto by = textField(j, "by");
        const auto changed = textField(j, "changed");
        const auto active = j.find("active");
        if (!id || !op || !by || !changed || active == j.end() || !active->is_boolean()) {
            return missing("operator_status") + ", \"operator\", \"active\", \"by\" or \"changed\"";
        }
        rows.operatorStatus.push_back({*id, *op, active->get<bool>(), *by, *changed});
        return "";
    });
    lines.read(BATCHES, [&](const Json& j) -> std::string {
        const auto id = integerField(j, "batch");
        const auto election = textField(j, "election");
        const auto round = integerField(j, "round");
        const auto device = textField(j, "device");
        const auto dpi = integerField(j, "dpi");
        const auto started = textField(j, "started");
        if (!id || !election || !round || !device || !dpi || !started) {
            return "a batch needs batch, election, round, device, dpi and started";
        }
        rows.batches.push_back({*id, *election, *round, *device, *dpi, *started});
        return "";
    });
    lines.read(SHEETS, [&](const Json& j) -> std::string {
        store::SheetRow s;
        const auto id = sheetNumber(j, "sheet");
        const auto batch = integerField(j, "batch");
        const auto page = integerField(j, "page");
        const auto side = textField(j, "side");
        const auto sha = textField(j, "sha256");
        const auto image = textField(j, "image");
        const auto election = textField(j, "election");
        const auto round = integerField(j, "round");
        if (!id || !batch || !page || !side || !sha || !image || !election || !round) {
            return "a sheet needs sheet, batch, page, side, sha256, image, election and round";
        }
        std::smatch m;
        if (!std::regex_match(*image, m, IMAGE_NAME) || m[1] != *sha) {
            return "its image \"" + *image +
                   "\" is not images/<its SHA-256> (a path outside the bundle is never followed)";
        }
        const auto twin = j.find("refeed_of");
        if (twin != j.end() && !twin->is_null() && !sheetNumber(j, "refeed_of")) {
            return "\"refeed_of\" is neither a sheet number nor null";
        }
        s.id = *id;
        s.batch = *batch;
        s.page = *page;
        s.side = *side;
        s.sha256 = *sha;
        s.image = image->substr(7);
        s.refeedOf = sheetNumber(j, "refeed_of").value_or(0);
        s.scanned = textField(j, "scanned").value_or("");
        s.election = *election;
        s.round = *round;
        s.scanNote = textField(j, "scan_note").value_or("");
        rows.sheets.push_back(s);
        return "";
    });
    lines.read(READINGS, [&](const Json& j) -> std::string {
        const auto id = integerField(j, "reading");
        const auto sheet = sheetNumber(j, "sheet");
        const auto status = textField(j, "status");
        const auto recognizer = textField(j, "recognizer");
        const auto line = textField(j, "line");
        if (!id || !sheet || !status || !recognizer || !line) {
            return "a reading needs reading, sheet, status, recognizer and line";
        }
        rows.readings.push_back({*id, *sheet, *status, *line, *recognizer});
        return "";
    });
    lines.read(RULINGS, [&](const Json& j) { return takeRuling(j, rows); });
    lines.read(MANUAL_ENTRIES, [&](const Json& j) -> std::string {
        const auto id = integerField(j, "manual_entry");
        const auto election = textField(j, "election");
        const auto round = integerField(j, "round");
        const auto ballot = textField(j, "ballot");
        const auto op = textField(j, "operator");
        const auto role = textField(j, "role");
        const auto entered = textField(j, "entered");
        const auto entry = j.find("entry");
        if (!id || !election || !round || !ballot || !op || !role || !entered || entry == j.end() ||
            !entry->is_object()) {
            return "a manual entry needs manual_entry, election, round, ballot, operator, role, entry and entered";
        }
        rows.manualEntries.push_back(
            {*id, *election, *round, *ballot, {*op, *role}, nlohmann::json(*entry).dump(), *entered});
        return "";
    });
    lines.read(WORD_BLANKS, [&](const Json& j) -> std::string {
        const auto election = textField(j, "election");
        const auto round = integerField(j, "round");
        const auto image = textField(j, "image");
        const auto sha = textField(j, "sha256");
        const auto dpi = integerField(j, "dpi");
        const auto by = textField(j, "confirmed_by");
        std::smatch m;
        if (!election || !round || !image || !sha || !dpi || !by) {
            return "a word blank needs election, round, image, sha256, dpi and confirmed_by";
        }
        if (!std::regex_match(*image, m, IMAGE_NAME) || m[1] != *sha) {
            return "its image \"" + *image + "\" is not images/<its SHA-256>";
        }
        rows.wordBlanks.push_back(
            {*election, static_cast<int>(*round), *sha, image->substr(7), static_cast<int>(*dpi), *by});
        return "";
    });
    lines.read(AUDIT_LOG, [&](const Json& j) -> std::string {
        const auto seq = integerField(j, "seq");
        const auto time = textField(j, "time");
        const auto actor = textField(j, "actor");
        const auto kind = textField(j, "kind");
        const auto payload = textField(j, "payload");
        const auto prev = textField(j, "prev_hash");
        const auto hash = textField(j, "hash");
        if (!seq || !time || !actor || !kind || !payload || !prev || !hash) {
            return "an event needs seq, time, actor, kind, payload, prev_hash and hash (numbers and texts)";
        }
        rows.events.push_back({*seq, *time, *actor, *kind, *payload, *prev, *hash});
        return "";
    });
}

}  // namespace

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

bool safeBundlePath(const std::string& name) {
    if (name.empty() || name.size() > 200 || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos) {
        return false;
    }
    const fs::path p(name);
    return p.is_relative() && !p.has_root_name() &&
           std::ranges::none_of(p, [](const fs::path& part) { return part == ".." || part == "." || part.empty(); });
}

std::expected<std::string, std::string> readBundleFile(const fs::path& dir, const std::string& name) {
    if (!safeBundlePath(name)) {
        return std::unexpected(name + ": a path outside the bundle; not followed");
    }
    std::error_code ec;
    const fs::path path = dir / name;
    const auto status = fs::symlink_status(path, ec);
    if (!fs::exists(status)) {
        return std::unexpected(name + ": missing");
    }
    if (!fs::is_regular_file(status)) {
        return std::unexpected(name + ": not a regular file (a link, folder or device is never read)");
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    if (!in.good() && !in.eof()) {
        return std::unexpected(name + ": cannot be read");
    }
    return s.str();
}

BundleRows readBundleRows(const fs::path& dir) {
    BundleRows out;
    auto congress = readBundleFile(dir, CONGRESS_FILE);
    if (!congress) {
        out.problems.push_back(congress.error());
    } else {
        out.rows.congress = *congress;
    }
    LineReader lines(dir, out.problems);
    readRows(lines, out.rows);
    // Rows about a sheet carry its batch's election and round in the bundle; the record derives them.
    std::map<std::int64_t, const store::BatchRow*> batches;
    for (const auto& b : out.rows.batches) {
        batches[b.id] = &b;
    }
    for (const store::SheetRow& s : out.rows.sheets) {
        const auto b = batches.find(s.batch);
        if (b != batches.end() && (b->second->election != s.election || b->second->round != s.round)) {
            out.problems.push_back(std::string(SHEETS) + ": sheet " + std::to_string(s.id) +
                                   " names another election or round than its batch");
        }
    }
    return out;
}

std::expected<ExportSummary, std::string> exportBundle(const std::string& dbPath, const std::string& secretKeyHex,
                                                       const std::string& out) {
    std::error_code ec;
    const auto publicKey = publicKeyOf(trimmed(secretKeyHex));
    if (!publicKey) {
        return std::unexpected("the congress key: " + publicKey.error());
    }
    const bool occupied = fs::exists(out, ec) && !fs::is_empty(out, ec);
    auto record = store::Record::open(dbPath, store::Record::Access::ReadOnly);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    auto rows = record->rows();
    if (!rows) {
        return std::unexpected(rows.error().message);
    }
    // Only the congress's own key signs its bundle (the key printed on its minutes).
    if (const std::string registered = store::congressKey(rows->events);
        !registered.empty() && registered != *publicKey) {
        return std::unexpected("this key (public " + *publicKey + ") is not the congress key " + registered +
                               " the record registered and its minutes print; the bundle was not signed");
    }
    // Never sign a record that does not agree with its own audit log.
    if (const auto problems = store::checkConsistency(*rows); !problems.empty()) {
        std::string all;
        for (const std::string& p : problems) {
            all += "\n  - " + p;
        }
        return std::unexpected(dbPath + " does not agree with its audit log; it was not exported:" + all);
    }
    const std::string head = rows->events.empty() ? store::GENESIS_HASH : rows->events.back().hash;
    if (occupied) {
        // The same export run again (after it was interrupted, or twice): the bundle already
        // there is this record as it stands, signed with this key — nothing to do.
        const Json there = Json::parse(readBundleFile(out, MANIFEST).value_or(""), nullptr, false);
        if (there.is_object() && textField(there, "audit_head") == head &&
            trimmed(readBundleFile(out, PUBLIC_KEY).value_or("")) == *publicKey && fs::exists(fs::path(out) / SIGNATURE)) {
            return ExportSummary{rows->sheets.size(), rows->events.size(), *publicKey, true};
        }
        return std::unexpected(out + " is not empty; a bundle is written into a new folder");
    }
    auto count = countRecord(*rows);
    if (!count) {
        return std::unexpected(dbPath + ": " + count.error());
    }
    std::map<std::string, std::string> files = rowFiles(*rows);
    files[RESULT] = resultOf(*count);
    files[PUBLIC_KEY] = *publicKey + "\n";

    // Written whole beside `out`, then renamed into place: an export killed half-way leaves no
    // half bundle, and the same command run again completes.
    const fs::path final(out);
    const fs::path work = final.parent_path() / ("." + final.filename().string() + ".part");
    fs::remove_all(work, ec);
    fs::create_directories(work / "images", ec);
    if (ec) {
        return std::unexpected("cannot create " + work.string() + ": " + ec.message());
    }
    // Which program exported, and which recogniser versions and settings made the readings
    // (each reading carries its own; an auditor sees here which KiemPhieu to verify with).
    Json recognizers = Json::array();
    for (const store::ReadingRow& r : rows->readings) {
        const Json given = Json::parse(r.recognizer, nullptr, false);
        const Json entry{{"version", textField(given, "version").value_or("")},
                         {"settings", textField(given, "settings").value_or("")}};
        if (std::ranges::find(recognizers, entry) == recognizers.end()) {
            recognizers.push_back(entry);
        }
    }
    Json manifest{{"format", BUNDLE_FORMAT},
                  {"program", std::string("KiemPhieu ") + kp::VERSION + " (commit " + kp::GIT_COMMIT + ")"},
                  {"recognizers", recognizers},
                  {"audit_head", head},
                  {"files", Json::object()}};
    for (const auto& [name, content] : files) {
        if (auto w = writeFileDurably((work / name).string(), content); !w) {
            return std::unexpected(w.error());
        }
        manifest["files"][name] = sha256Hex(content);
    }
    std::map<std::string, std::string> images;  // file name → hash (a blank scanned into the count as well: one file)
    for (const store::SheetRow& s : rows->sheets) {
        if (s.image.empty()) {
            return std::unexpected(record->imagesDir() + ": the image of sheet " + std::to_string(s.id) + " (" +
                                   s.sha256 + ") is missing; the record cannot be exported without it");
        }
        images[s.image] = s.sha256;
    }
    for (const store::WordBlank& b : rows->wordBlanks) {
        images[b.image] = b.sha256;
    }
    for (const auto& [image, sha] : images) {
        fs::copy_file(fs::path(record->imagesDir()) / image, work / "images" / image, ec);
        if (ec) {
            return std::unexpected("cannot copy " + image + ": " + ec.message());
        }
        manifest["files"]["images/" + image] = sha;  // images are named by their hash
    }
    const std::string manifestText = manifest.dump(2) + "\n";
    const auto signature = sign(manifestText, trimmed(secretKeyHex));
    if (!signature) {
        return std::unexpected(signature.error());
    }
    for (const auto& [name, content] : {std::pair{MANIFEST, manifestText}, {SIGNATURE, *signature + "\n"}}) {
        if (auto w = writeFileDurably((work / name).string(), content); !w) {
            return std::unexpected(w.error());
        }
    }
    if (fs::exists(final, ec)) {
        fs::remove(final, ec);  // empty, checked above
    }
    fs::rename(work, final, ec);
    if (ec) {
        return std::unexpected("cannot put the bundle in place at " + out + ": " + ec.message());
    }
    return ExportSummary{rows->sheets.size(), rows->events.size(), *publicKey};
}

}  // namespace kp::app
