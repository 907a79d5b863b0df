#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "args.h"
#include "src/app/bundle.h"
#include "exit_codes.h"
#include "export_command.h"
#include "inputs.h"
#include "src/app/join_sides.h"
#include "src/app/recognize_pages.h"
#include "src/app/word_blank.h"
#include "reports/congress_json.h"
#include "src/common/keys.h"
#include "src/common/sha256.h"
#include "src/store/audit_log.h"
#include "src/store/committee.h"
#include "src/store/counted.h"

namespace kp::cli {

using app::bundleResult;
using app::MANIFEST;
using app::PUBLIC_KEY;
using app::SIGNATURE;
using app::trimmed;

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

std::optional<std::string> slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}


// What a reading says about the ballot, for comparing a recorded reading with a recomputed one.
std::string gist(const Json& r) {
    std::string out = r.value("status", "?");
    for (const char* key : {"struck", "marks", "reasons"}) {
        if (r.contains(key)) {
            out += std::string(" ") + key + " " + r[key].dump();
        }
    }
    return out;
}

class Checker {
public:
    explicit Checker(fs::path dir) : m_dir(std::move(dir)) {}
    void problem(const std::string& p) { m_problems.push_back(p); }
    // The JSON lines of a bundle file; a damaged line is a problem, named, and left out.
    std::vector<Json> jsonLines(const std::string& name) {
        std::vector<Json> out;
        std::istringstream in(slurp(m_dir / name).value_or(""));
        int number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (line.empty()) {
                continue;
            }
            try {
                out.push_back(Json::parse(line));
            } catch (const nlohmann::json::exception&) {
                problem(name + " line " + std::to_string(number) + ": not valid JSON");
            }
        }
        return out;
    }
    const std::vector<std::string>& problems() const { return m_problems; }
    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
    std::vector<std::string> m_problems;
};

void checkFiles(Checker& c, const Json& manifest) {
    std::set<std::string> listed;
    for (const auto& [name, sha] : manifest["files"].items()) {
        listed.insert(name);
        const auto content = slurp(c.dir() / name);
        if (!content) {
            c.problem(name + ": missing");
        } else if (sha256Hex(*content) != sha.get<std::string>()) {
            c.problem(name + ": changed since the bundle was signed (SHA-256 " + sha256Hex(*content) + ", signed " +
                      sha.get<std::string>() + ")");
        }
    }
    for (const auto& entry : fs::recursive_directory_iterator(c.dir())) {
        const std::string name = fs::relative(entry.path(), c.dir()).generic_string();
        if (entry.is_regular_file() && name != MANIFEST && name != SIGNATURE && !listed.contains(name)) {
            c.problem(name + ": not in the manifest (added after signing)");
        }
    }
}

void checkAuditLog(Checker& c, const Json& manifest) {
    std::vector<store::Event> events;
    for (const Json& e : c.jsonLines("audit-log.jsonl")) {
        events.push_back({e.value("seq", std::int64_t{0}), e.value("time", ""), e.value("actor", ""), e.value("kind", ""),
                          e.value("payload", ""), e.value("prev_hash", ""), e.value("hash", "")});
    }
    const store::ChainCheck chain = store::verifyEvents(events);
    if (!chain.ok) {
        c.problem("audit log: " + chain.problem);
    } else if (chain.head != manifest.value("audit_head", "")) {
        c.problem("audit log: its head " + chain.head + " is not the signed head " + manifest.value("audit_head", ""));
    }
}

// Re-reads every counted sheet's image with this program's recogniser and compares.
void checkReadings(Checker& c, const std::string& congressText, int threads) {
    const auto congress = parseCongress(congressText);
    if (!congress) {
        c.problem("congress.json: " + congress.error().message());
        return;
    }
    std::map<std::string, Json> sheets;
    for (Json& s : c.jsonLines("sheets.jsonl")) {
        sheets[s.value("sheet", "")] = s;
    }
    std::map<std::pair<std::string, int>, Json> blanks;  // the rounds printed in a word processor
    if (fs::exists(c.dir() / app::WORD_BLANKS)) {
        for (Json& b : c.jsonLines(app::WORD_BLANKS)) {
            blanks[{b.value("election", ""), b.value("round", 1)}] = b;
        }
    }
    std::map<std::pair<std::string, int>, std::vector<Json>> byRound;
    for (Json& r : c.jsonLines("readings.jsonl")) {
        byRound[{r.value("election", ""), r.value("round", 1)}].push_back(r);
    }
    for (const auto& [key, recorded] : byRound) {
        const auto election = std::ranges::find(congress->elections, ElectionId{key.first}, &Election::id);
        auto spec = loadRound(*congress, key.first, key.second, (c.dir() / "readings.jsonl").string());
        if (election == congress->elections.end() || !spec) {
            c.problem("readings of election \"" + key.first + "\" round " + std::to_string(key.second) + ": " +
                      (spec ? "not in the congress" : spec.error()));
            continue;
        }
        const RoundInput input{*congress, static_cast<std::size_t>(election - congress->elections.begin()), *spec};
        std::vector<scan::PageRef> pages;
        app::FedPage fed;  // the faces of one sheet are joined as when it was counted
        for (const Json& r : recorded) {
            const Json& sheet = sheets[r.value("sheet", "")];
            const int batch = sheet.value("batch", 0), page = sheet.value("page", 0);
            const bool back = sheet.value("side", "") == "back";
            fed = {batch, page, back, app::leafAfter(fed, batch, page, back)};
            pages.push_back({(c.dir() / sheet.value("image", "?")).string(), 0, fed.leaf});
        }
        std::optional<ocr::WordTemplate> word;
        if (const auto b = blanks.find(key); b != blanks.end()) {
            auto learned = app::learnBlank((c.dir() / b->second.value("image", "?")).string(), b->second.value("dpi", 0), input);
            if (!learned) {
                c.problem("the blank of election \"" + key.first + "\": " + learned.error());
                continue;
            }
            word = std::move(*learned);
        }
        const auto recomputed = app::recognizePages(input, pages, threads, std::nullopt, {}, nullptr, word ? &*word : nullptr);
        if (!recomputed) {
            c.problem("re-reading election \"" + key.first + "\": " + recomputed.error());
            continue;
        }
        for (std::size_t i = 0; i < recorded.size(); ++i) {
            const Json& was = recorded[i];
            const Json& now = (*recomputed)[i];
            const std::string where = "sheet " + was.value("sheet", "?") + " (" + pages[i].path + ")";
            if (was.contains("recognizer") && was["recognizer"].value("settings", "") != now["recognizer"].value("settings", "")) {
                c.problem(where + ": read with recogniser settings " + was["recognizer"].value("settings", "") +
                          ", this program has " + now["recognizer"].value("settings", "") + ": verify with that version");
            } else if (gist(was) != gist(now)) {
                c.problem(where + ": recorded " + gist(was) + "; recomputed " + gist(now));
            }
        }
    }
}

// Every ruling was made by two different members of the committee (trưởng ban or thành viên)
// and is in the audit log as made: the store refuses anything else, so a ruling that fails
// here was put into the record behind the program's back.
void checkRulings(Checker& c) {
    std::map<std::string, Json> logged;  // "ruling 3" / "manual_ruling 1" → the event's payload
    for (const Json& e : c.jsonLines("audit-log.jsonl")) {
        const std::string kind = e.value("kind", "");
        if (kind == "ruling" || kind == "manual_ruling") {
            const Json payload = Json::parse(e.value("payload", "{}"), nullptr, false);
            if (payload.is_object()) {
                logged[kind + " " + payload.value(kind, Json()).dump()] = payload;
            }
        }
    }
    for (const Json& r : c.jsonLines("rulings.jsonl")) {
        const std::string kind = r.contains("ruling") ? "ruling" : "manual_ruling";
        const std::string which = kind + " " + r.value(kind, Json()).dump();
        const Json members = r.value("members", Json::array());
        if (members.size() != 2 || members[0].value("name", "") == members[1].value("name", "")) {
            c.problem("rulings.jsonl: " + which + " is not made by two different members");
        }
        for (const Json& m : members) {
            if (m.value("role", "") != store::ROLE_CHAIR && m.value("role", "") != store::ROLE_MEMBER) {
                c.problem("rulings.jsonl: " + which + " names " + m.value("name", "?") + ", who is not a member of the committee");
            }
        }
        const auto event = logged.find(which);
        if (event == logged.end()) {
            c.problem("rulings.jsonl: " + which + " is not in the audit log");
        } else if (event->second.value("decision", Json()) != r.value("decision", Json()) ||
                   event->second.value("members", Json()) != members || event->second.value("reason", "") != r.value("reason", "")) {
            c.problem("rulings.jsonl: " + which + " differs from the audit log's record of it");
        }
    }
}

}  // namespace

int runVerify(const std::vector<std::string>& argv) {
    auto args = Args::parse(argv, ArgSpec{{"--key", "--threads"}, {}});
    if (!args) {
        return usageError("verify: " + args.error());
    }
    if (args->positional().size() != 1) {
        return usageError("usage: kiemphieu-cli verify BUNDLE-DIR [--key PUBLIC-KEY] [--threads N]");
    }
    int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (const auto t = args->value("--threads")) {
        const auto n = positiveNumber("--threads", *t);
        if (!n) {
            return usageError("verify: " + n.error());
        }
        threads = *n;
    }
    Checker c(args->positional().front());
    const auto manifestText = slurp(c.dir() / MANIFEST);
    const auto signature = slurp(c.dir() / SIGNATURE);
    const auto publicKey = slurp(c.dir() / PUBLIC_KEY);
    if (!manifestText || !signature || !publicKey) {
        return inputError("verify: " + c.dir().string() + " is not an audit bundle (manifest.json, manifest.sig or "
                                                          "congress.pub missing)");
    }
    if (!verifySignature(*manifestText, trimmed(*signature), trimmed(*publicKey))) {
        c.problem("manifest.json: the signature does not match the congress key (edited after signing)");
    }
    if (const auto expected = args->value("--key"); expected && *expected != trimmed(*publicKey)) {
        c.problem("congress.pub: signed with " + trimmed(*publicKey) + ", not the expected key " + *expected);
    }
    Json manifest;
    try {
        manifest = Json::parse(*manifestText);
    } catch (const nlohmann::json::exception& e) {
        return inputError("verify: manifest.json: not valid JSON (" + std::string(e.what()) + ")");
    }
    checkFiles(c, manifest);
    checkAuditLog(c, manifest);
    const std::string congressText = slurp(c.dir() / "congress.json").value_or("");
    checkRulings(c);
    const auto counted = store::countedReadings(slurp(c.dir() / "readings.jsonl").value_or(""),
                                                slurp(c.dir() / "rulings.jsonl").value_or(""),
                                                slurp(c.dir() / "manual-entries.jsonl").value_or(""));
    if (!counted) {
        c.problem(counted.error());
    } else if (bundleResult(congressText, *counted) != slurp(c.dir() / "result.json").value_or("")) {
        c.problem("result.json: differs from the tally of readings.jsonl with the committee's rulings and manual entries");
    }
    try {
        checkReadings(c, congressText, threads);
    } catch (const nlohmann::json::exception& e) {
        c.problem("a readings or sheets line is not valid JSON: " + std::string(e.what()));
    }
    if (c.problems().empty()) {
        std::cout << "KIỂM TRA: ĐẠT / VERIFIED: signature, every file, the audit chain, the committee's rulings, every "
                     "reading re-read and the tally re-computed agree.\nkey: "
                  << trimmed(*publicKey) << (args->value("--key") ? "" : " (compare with the key on the signed minutes)")
                  << "\n";
        return EXIT_OK;
    }
    std::cout << "KIỂM TRA: KHÔNG ĐẠT / FAILED: " << c.problems().size() << " problem(s)\n";
    for (const std::string& p : c.problems()) {
        std::cout << "  - " << p << "\n";
    }
    return EXIT_BAD_INPUT;
}

}  // namespace kp::cli
