#include "src/app/bundle.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

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

}  // namespace

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
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
            trimmed(readBundleFile(out, PUBLIC_KEY).value_or("")) == *publicKey &&
            fs::exists(fs::path(out) / SIGNATURE)) {
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
        // Through the record's image store: files beside a .kpdb, or rows of a server record.
        auto bytes = record->image(image);
        if (!bytes) {
            return std::unexpected("cannot copy " + image + ": " + bytes.error().message);
        }
        if (auto w = writeFileDurably((work / "images" / image).string(), *bytes); !w) {
            return std::unexpected("cannot copy " + image + ": " + w.error());
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
