#include "src/app/verify_bundle.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "ocr/word/word_template.h"
#include "reports/readings_jsonl.h"
#include "src/app/bundle.h"
#include "src/app/join_sides.h"
#include "src/app/json_fields.h"
#include "src/app/recognize_pages.h"
#include "src/app/record_count.h"
#include "src/app/word_blank.h"
#include "src/common/keys.h"
#include "src/common/sha256.h"
#include "src/store/consistency.h"

namespace kp::app {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// What a reading says about the ballot, for comparing a recorded reading with a recomputed one.
std::string gist(const Json& r) {
    std::string out = r.value("status", "?");
    for (const char* key : {"struck", "marks", "reasons"}) {
        if (const auto it = r.find(key); it != r.end()) {
            out += std::string(" ") + key + " " + it->dump();
        }
    }
    return out;
}

const std::regex HEX64("[0-9a-f]{64}");

// Every file the manifest lists has its hash; nothing else is in the bundle.
void checkFiles(const fs::path& dir, const Json& files, std::vector<std::string>& problems) {
    std::set<std::string> listed;
    for (const auto& [name, sha] : files.items()) {
        listed.insert(name);
        if (!sha.is_string() || !std::regex_match(sha.get<std::string>(), HEX64)) {
            problems.push_back(std::string(MANIFEST) + ": the hash of " + name + " is not a SHA-256");
            continue;
        }
        const auto content = readBundleFile(dir, name);
        if (!content) {
            problems.push_back(content.error());
        } else if (sha256Hex(*content) != sha.get<std::string>()) {
            problems.push_back(name + ": changed since the bundle was signed (SHA-256 " + sha256Hex(*content) +
                               ", signed " + sha.get<std::string>() + ")");
        }
    }
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = fs::relative(it->path(), dir, ec).generic_string();
        if (!it->is_directory() && name != MANIFEST && name != SIGNATURE && name != PUBLIC_KEY &&
            !listed.contains(name)) {
            problems.push_back(name + ": not in the manifest (added after signing)");
        }
    }
}

// The images the rows name are the ones the manifest signed, by their hash.
void checkImages(const store::RecordRows& rows, const Json& files, std::vector<std::string>& problems) {
    const auto signedAs = [&](const std::string& image) {
        const auto it = files.find("images/" + image);
        return it != files.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const store::SheetRow& s : rows.sheets) {
        if (signedAs(s.image) != s.sha256) {
            problems.push_back("sheet " + std::to_string(s.id) + ": its image images/" + s.image +
                               " is not in the signed manifest with its hash");
        }
    }
    for (const store::WordBlank& b : rows.wordBlanks) {
        if (signedAs(b.image) != b.sha256) {
            problems.push_back("the blank of election \"" + b.election + "\": images/" + b.image +
                               " is not in the signed manifest with its hash");
        }
    }
}

// The counted readings of one election's rounds before `round` (which decide its list).
std::vector<Reading> earlierReadings(const RecordCount& count, const std::string& election, int round) {
    std::string lines;
    for (const store::BallotOutcome& o : count.outcomes) {
        if (o.election == election && o.round < round) {
            lines += o.line + "\n";
        }
    }
    auto readings = parseReadings(lines);
    return readings ? std::move(*readings) : std::vector<Reading>{};
}

// Re-reads every sheet's image with this program's recogniser and compares it with the sheet's
// latest recorded reading.
void checkReadings(const fs::path& dir, const store::RecordRows& rows, const RecordCount& count, int threads,
                   std::vector<std::string>& problems) {
    std::map<std::int64_t, const store::ReadingRow*> latest;
    for (const store::ReadingRow& r : rows.readings) {
        if (latest[r.sheet] == nullptr || r.id > latest[r.sheet]->id) {
            latest[r.sheet] = &r;
        }
    }
    std::map<std::pair<std::string, int>, std::vector<const store::SheetRow*>> byRound;
    for (const store::SheetRow& s : rows.sheets) {
        std::error_code ec;
        if (!fs::is_regular_file(fs::symlink_status(dir / "images" / s.image, ec))) {
            continue;  // named by checkFiles; a link is never followed out of the bundle
        }
        if (latest.contains(s.id)) {
            byRound[{s.election, static_cast<int>(s.round)}].push_back(&s);
        }
    }
    std::map<std::pair<std::string, int>, const store::WordBlank*> blanks;  // the latest confirmation applies
    for (const store::WordBlank& b : rows.wordBlanks) {
        blanks[{b.election, b.round}] = &b;
    }
    for (const auto& [key, sheets] : byRound) {
        const std::string round = "election \"" + key.first + "\" round " + std::to_string(key.second);
        const auto election = std::ranges::find(count.congress.elections, ElectionId{key.first}, &Election::id);
        if (election == count.congress.elections.end()) {
            problems.push_back(round + ": not in the congress");
            continue;
        }
        auto spec = roundOf(count.congress, key.first, key.second, earlierReadings(count, key.first, key.second));
        if (!spec) {
            problems.push_back(round + " cannot be re-read: " + spec.error());
            continue;
        }
        const RoundInput input{count.congress, static_cast<std::size_t>(election - count.congress.elections.begin()),
                               *spec};
        std::vector<scan::PageRef> pages;
        FedPage fed;  // the faces of one sheet are joined as when it was counted
        for (const store::SheetRow* s : sheets) {
            const bool back = s->side == "back";
            const int batch = static_cast<int>(s->batch), page = static_cast<int>(s->page);
            fed = {batch, page, back, leafAfter(fed, batch, page, back)};
            pages.push_back({(dir / "images" / s->image).string(), 0, fed.leaf});
        }
        std::optional<ocr::WordTemplate> word;
        if (const auto b = blanks.find(key); b != blanks.end()) {
            auto learned = learnBlank((dir / "images" / b->second->image).string(), b->second->dpi, input);
            if (!learned) {
                problems.push_back("the blank of " + round + ": " + learned.error());
                continue;
            }
            word = std::move(*learned);
        }
        const auto recomputed =
            recognizePages(input, pages, threads, std::nullopt, {}, nullptr, word ? &*word : nullptr);
        if (!recomputed) {
            problems.push_back("re-reading " + round + ": " + recomputed.error());
            continue;
        }
        for (std::size_t i = 0; i < sheets.size(); ++i) {
            const Json was = Json::parse(latest[sheets[i]->id]->line, nullptr, false);
            const Json& now = (*recomputed)[i];
            const std::string where = "sheet " + std::to_string(sheets[i]->id) + " (images/" + sheets[i]->image + ")";
            const Json wasRecognizer = was.is_object() ? was.value("recognizer", Json::object()) : Json::object();
            const std::string wasSettings = textField(wasRecognizer, "settings").value_or("");
            const std::string nowSettings = textField(now.value("recognizer", Json::object()), "settings").value_or("");
            if (!was.is_object()) {
                problems.push_back(where + ": its recorded reading is not a JSON object");
            } else if (wasSettings != nowSettings) {
                problems.push_back(where + ": read with recogniser settings " + wasSettings + ", this program has " +
                                   nowSettings + ": verify with that version");
            } else if (gist(was) != gist(now)) {
                problems.push_back(where + ": recorded " + gist(was) + "; recomputed " + gist(now));
            }
        }
    }
}

}  // namespace

std::expected<VerifyReport, std::string> verifyBundle(const std::string& dirText, const PrintedOnMinutes& minutes,
                                                      int threads) {
    const fs::path dir(dirText);
    const auto manifestText = readBundleFile(dir, MANIFEST);
    const auto signature = readBundleFile(dir, SIGNATURE);
    const auto publicKey = readBundleFile(dir, PUBLIC_KEY);
    if (!manifestText || !signature || !publicKey) {
        return std::unexpected(dirText +
                               " is not an audit bundle (manifest.json, manifest.sig or congress.pub missing "
                               "or not a regular file)");
    }
    VerifyReport report;
    std::vector<std::string>& problems = report.problems;
    report.publicKey = trimmed(*publicKey);
    if (!verifySignature(*manifestText, trimmed(*signature), report.publicKey)) {
        problems.push_back("manifest.json: the signature does not match the congress key (edited after signing)");
    }
    if (const auto& key = minutes.publicKey) {
        if (trimmed(*key) == report.publicKey) {
            report.signerConfirmed = true;
        } else {
            problems.push_back("congress.pub: signed with " + report.publicKey + ", not the expected key " + *key);
        }
    }
    const Json manifest = Json::parse(*manifestText, nullptr, false);
    if (!manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_object()) {
        problems.push_back("manifest.json: not a JSON object with \"files\"");
        return report;
    }
    if (textField(manifest, "format") != BUNDLE_FORMAT) {
        problems.push_back("manifest.json: format " + manifest.value("format", Json()).dump() + " is not " +
                           BUNDLE_FORMAT + ": verify it with the KiemPhieu named in its \"program\"");
        return report;
    }
    checkFiles(dir, manifest["files"], problems);
    BundleRows read = readBundleRows(dir);
    problems.insert(problems.end(), read.problems.begin(), read.problems.end());
    const store::RecordRows& rows = read.rows;
    report.sheets = rows.sheets.size();
    report.events = rows.events.size();
    const std::string head = rows.events.empty() ? store::GENESIS_HASH : rows.events.back().hash;
    report.auditHead = head;
    if (textField(manifest, "audit_head") != head) {
        problems.push_back("audit log: its head " + head + " is not the signed head " +
                           textField(manifest, "audit_head").value_or("(none)") +
                           " (events removed or added at its end)");
    }
    if (const auto& printed = minutes.auditHead) {
        if (trimmed(*printed) == head) {
            report.headConfirmed = true;
        } else {
            problems.push_back("audit log: its head " + head + " is not the head printed on the signed minutes " +
                               *printed + " (the history was written again after the minutes were signed)");
        }
    }
    const std::vector<std::string> consistency = store::checkConsistency(rows);
    problems.insert(problems.end(), consistency.begin(), consistency.end());
    checkImages(rows, manifest["files"], problems);
    auto count = countRecord(rows);
    if (!count) {
        problems.push_back("counting the rows: " + count.error());
        return report;
    }
    if (readBundleFile(dir, RESULT).value_or("") != resultOf(*count)) {
        problems.push_back(
            "result.json: differs from the tally of the readings with the committee's rulings and manual "
            "entries");
    }
    checkReadings(dir, rows, *count, threads, problems);
    return report;
}

}  // namespace kp::app
