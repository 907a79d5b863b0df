#include "src/app/bundle.h"

#include <nlohmann/json.hpp>
#include "src/store/audit_log.h"
#include "src/store/record.h"
#include "src/store/committee.h"
#include "src/common/sha256.h"
#include "src/common/keys.h"
#include "src/common/durable_file.h"
#include "src/app/json_lines.h"
#include "kp_version.h"
#include <map>
#include <filesystem>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/tally_json.h"
#include "tally/tally.h"

namespace kp::app {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

std::string bundleResult(const std::string& congressJson, const std::string& readingsJsonl) {
    const auto notTallied = [](const std::string& why) {
        return nlohmann::ordered_json{{"not_tallied", why}}.dump(2) + "\n";
    };
    const auto congress = parseCongress(congressJson);
    if (!congress) {
        return notTallied("congress: " + congress.error().message());
    }
    const auto readings = parseReadings(readingsJsonl);
    if (!readings) {
        return notTallied(readings.error().message());
    }
    const auto results = tally(*congress, *readings, TallyFilter{});
    return results ? tallyJson(*results) : notTallied(results.error().message());
}

std::expected<ExportSummary, std::string> exportBundle(const std::string& dbPath, const std::string& secretKeyHex,
                                                       const std::string& out) {
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
        return std::unexpected(out + " is not empty; a bundle is written into a new folder");
    }
    const auto publicKey = publicKeyOf(trimmed(secretKeyHex));
    if (!publicKey) {
        return std::unexpected("the congress key: " + publicKey.error());
    }
    auto record = store::Record::open(dbPath);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    const auto congress = record->congressJson();
    const auto readings = record->readingsJsonl();
    store::Committee committee(*record);
    const auto rulings = committee.rulingsJsonl();
    const auto manual = committee.manualEntriesJsonl();
    const auto counted = committee.countedJsonl();
    const auto sheets = record->sheets();
    const auto events = store::allEvents(record->db());
    const auto blanks = record->wordBlanks();
    if (!blanks) {
        return std::unexpected(blanks.error().message);
    }
    if (!congress || !readings || !rulings || !manual || !counted || !sheets || !events) {
        const auto& e = !congress ? congress.error()
                        : !readings ? readings.error()
                        : !rulings  ? rulings.error()
                        : !manual   ? manual.error()
                        : !counted  ? counted.error()
                        : !sheets   ? sheets.error()
                                    : events.error();
        return std::unexpected(e.message);
    }
    std::map<std::string, std::string> files;  // bundle path → content
    files["congress.json"] = *congress;
    files["readings.jsonl"] = *readings;  // what the recogniser read, never changed
    files["rulings.jsonl"] = *rulings;
    files["manual-entries.jsonl"] = *manual;
    files["result.json"] = bundleResult(*congress, *counted);
    std::string sheetLines;
    for (const store::SheetRow& s : *sheets) {
        Json line{{"sheet", std::to_string(s.id)}, {"election", s.election}, {"round", s.round}, {"batch", s.batch},
                  {"page", s.page}, {"side", s.side}, {"image", "images/" + s.image}, {"sha256", s.sha256},
                  {"refeed_of", s.refeedOf == 0 ? Json() : Json(std::to_string(s.refeedOf))}};
        sheetLines += line.dump() + "\n";
    }
    files["sheets.jsonl"] = sheetLines;
    // The blanks word-processor ballots were read against: verify learns from the same ones.
    std::string blankLines;
    for (const store::WordBlank& b : *blanks) {
        blankLines += Json{{"election", b.election}, {"round", b.round}, {"image", "images/" + b.image}, {"sha256", b.sha256},
                           {"dpi", b.dpi}, {"confirmed_by", b.confirmedBy}}
                          .dump() +
                      "\n";
    }
    files[WORD_BLANKS] = blankLines;
    std::string log;
    for (const store::Event& e : *events) {
        log += Json{{"seq", e.seq}, {"time", e.time}, {"actor", e.actor}, {"kind", e.kind}, {"payload", e.payload},
                    {"prev_hash", e.prevHash}, {"hash", e.hash}}
                   .dump() +
               "\n";
    }
    files["audit-log.jsonl"] = log;
    files[PUBLIC_KEY] = *publicKey + "\n";

    fs::create_directories(fs::path(out) / "images", ec);
    // Which program exported, and which recogniser versions and settings made the readings
    // (each reading carries its own; an auditor sees here which KiemPhieu to verify with).
    Json recognizers = Json::array();
    for (const Json& line : app::jsonLinesOf(*readings)) {
        const Json r{{"version", line.value("recognizer", Json::object()).value("version", "")},
                     {"settings", line.value("recognizer", Json::object()).value("settings", "")}};
        if (std::ranges::find(recognizers, r) == recognizers.end()) {
            recognizers.push_back(r);
        }
    }
    Json manifest{{"format", BUNDLE_FORMAT},
                  {"program", std::string("KiemPhieu ") + kp::VERSION + " (commit " + kp::GIT_COMMIT + ")"},
                  {"recognizers", recognizers},
                  {"audit_head", events->empty() ? store::GENESIS_HASH : events->back().hash},
                  {"files", Json::object()}};
    for (const auto& [name, content] : files) {
        if (auto w = writeFileDurably((fs::path(out) / name).string(), content); !w) {
            return std::unexpected(w.error());
        }
        manifest["files"][name] = sha256Hex(content);
    }
    std::vector<std::pair<std::string, std::string>> images;  // file name, hash
    for (const store::SheetRow& s : *sheets) {
        images.emplace_back(s.image, s.sha256);
    }
    for (const store::WordBlank& b : *blanks) {
        images.emplace_back(b.image, b.sha256);
    }
    for (const auto& [image, sha] : images) {
        const fs::path target = fs::path(out) / "images" / image;
        if (fs::exists(target, ec)) {
            continue;  // a blank scanned into the count as well: one file
        }
        fs::copy_file(fs::path(record->imagesDir()) / image, target, ec);
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
        if (auto w = writeFileDurably((fs::path(out) / name).string(), content); !w) {
            return std::unexpected(w.error());
        }
    }
    return ExportSummary{sheets->size(), events->size(), *publicKey};
}

}  // namespace kp::app
