// The tamper table (issue 25): a record of the sample congress with every kind of row — sheets
// read and in review, a ruling, manual double entry with a disagreement ruled on, a round
// ruling, a member taken off the committee, a word blank — exported and verified; then each
// way an insider or an outsider can change it, in the signed bundle (re-signed with the
// congress's own key where that is what the attacker would do) and in the .kpdb with the
// triggers dropped. Every case must give KHÔNG ĐẠT (or a refusal) naming what is wrong; none
// may pass, none may abort or hang.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "scanner-drivers/batch/batch_session.h"
#include "scanner-drivers/folder/folder_backend.h"
#include "src/app/bundle.h"
#include "src/app/readings_import.h"
#include "src/app/recognize_pages.h"
#include "src/app/review_queue.h"
#include "src/app/rounds.h"
#include "src/app/scan_import.h"
#include "src/app/verify_bundle.h"
#include "src/common/keys.h"
#include "src/common/sha256.h"
#include "src/store/committee.h"
#include "src/store/consistency.h"
#include "src/store/record.h"

using namespace kp;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const std::string T = "2026-12-07T09:00:00Z";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) {
        out += "\n  - " + p;
    }
    return out;
}

// The record and its bundle, made once for the whole table, in a folder of this process: ctest
// runs the three test cases as three processes, side by side under -j2.
struct Fixture {
    fs::path dir = fs::path(KP_TEST_OUT) / ("tamper-" + std::to_string(::getpid()));
    fs::path db = dir / "dai-hoi.kpdb";
    fs::path bundle = dir / "bundle";
    KeyPair key = generateKeyPair();

    ~Fixture() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    Fixture() {
        fs::remove_all(dir);
        fs::create_directories(dir / "inbox");
        for (int n = 1; n <= 5; ++n) {
            const std::string name = "ballot-0000" + std::to_string(n) + ".jpg";
            fs::copy_file(fs::path(KP_SOURCE_DIR) / "samples/simulated/kiemphieu" / name, dir / "inbox" / name);
        }
        auto device = scan::FolderBackend().open("folder:" + (dir / "inbox").string());
        REQUIRE(device.has_value());
        auto session = scan::BatchSession::open((dir / "scans").string());
        REQUIRE(session.has_value());
        scan::CancelToken cancel;
        REQUIRE((*session)->run(**device, scan::ScanRequest{}, cancel).pages == 5);

        const std::string congress = slurp(fs::path(KP_SOURCE_DIR) / "samples/co-so/congress.json");
        auto record = store::Record::create(db.string(), congress, "Trần Văn Bình", T);
        REQUIRE_MESSAGE(record.has_value(), (record ? "" : record.error().message));
        REQUIRE(app::importScanFolder(*record, (dir / "scans").string(), "cu", 1, "Trần Văn Bình", T).has_value());
        auto input = app::roundInput(*record, "cu", 1);
        REQUIRE(input.has_value());
        std::vector<scan::PageRef> pages;
        const auto sheets = record->sheets().value();
        for (const store::SheetRow& s : sheets) {
            pages.push_back({(fs::path(record->imagesDir()) / s.image).string(), 0, 0});
        }
        auto lines = app::recognizePages(*input, pages, 2, std::nullopt);
        REQUIRE(lines.has_value());
        std::string readings;
        for (const Json& l : *lines) {
            readings += l.dump() + "\n";
        }
        spit(dir / "readings.jsonl", readings);
        REQUIRE(
            app::importReadingsFile(*record, (dir / "readings.jsonl").string(), false, "Trần Văn Bình", T).has_value());

        store::Committee committee(*record);
        REQUIRE(committee.addOperator("Trần Văn Bình", store::ROLE_CHAIR, "binh-2026", nullptr, T).has_value());
        const auto chair = committee.signIn("Trần Văn Bình", "binh-2026").value();
        for (const auto& [name, role] : {std::pair{"Lê Thị Mai", store::ROLE_MEMBER},
                                         {"Phạm Minh Tuấn", store::ROLE_MEMBER},
                                         {"Đỗ Văn Kỹ", store::ROLE_TECHNICIAN},
                                         {"Hà Văn Cũ", store::ROLE_MEMBER}}) {
            REQUIRE(committee.addOperator(name, role, "pass-2026", &chair, T).has_value());
        }
        const auto mai = committee.signIn("Lê Thị Mai", "pass-2026").value();
        const auto tuan = committee.signIn("Phạm Minh Tuấn", "pass-2026").value();
        const auto ky = committee.signIn("Đỗ Văn Kỹ", "pass-2026").value();
        const auto members = committee.members().value();
        REQUIRE(committee.setActive(members.back().id, false, chair, T).has_value());
        // Sheet 5 (an underline) waits; the committee rules on it.
        auto queue = app::reviewQueue(*record);
        REQUIRE(queue.has_value());
        REQUIRE(queue->size() == 1);
        REQUIRE(app::ruleOn(*record, queue->front(), Json{{"struck", {"cu04"}}}, "gạch chân, không gạch ngang", mai,
                            tuan, T)
                    .has_value());
        // Manual double entry: ballot 1 agrees, ballot 2 differs and is ruled on.
        REQUIRE(committee.enter("cu", 1, "1", R"({"struck":["cu01"]})", mai, T).has_value());
        REQUIRE(committee.enter("cu", 1, "1", R"({"struck":["cu01"]})", ky, T).has_value());
        REQUIRE(committee.enter("cu", 1, "2", R"({"struck":["cu02"]})", mai, T).has_value());
        REQUIRE(committee.enter("cu", 1, "2", R"({"struck":["cu03"]})", ky, T).has_value());
        REQUIRE(committee.ruleManual("cu", 1, "2", R"({"struck":["cu02"]})", "đối chiếu phiếu gốc", chair, mai, T)
                    .has_value());
        REQUIRE(committee.ruleRound("cu", 1, R"({"issued":40})", "đếm lại cuống phiếu", chair, tuan, T).has_value());
        spit(dir / "blank.png", "a blank of the bí thư ballot");
        REQUIRE(record->setWordBlank("bt", 1, (dir / "blank.png").string(), 200, "Trần Văn Bình", T).has_value());
        REQUIRE(store::checkConsistency(record->rows().value()).empty());
        auto exported = app::exportBundle(db.string(), key.secretKeyHex, bundle.string());
        REQUIRE_MESSAGE(exported.has_value(), (exported ? "" : exported.error()));
        head = record->rows().value().events.back().hash;
    }
    std::string head;  // printed on the minutes

    // A fresh copy of the bundle to change.
    fs::path bundleCopy(const std::string& name) const {
        const fs::path copy = dir / ("b-" + name);
        fs::remove_all(copy);
        fs::copy(bundle, copy, fs::copy_options::recursive);
        return copy;
    }
    // A fresh copy of the record (and its images) to change with SQL.
    fs::path recordCopy(const std::string& name) const {
        const fs::path copy = dir / ("r-" + name + ".kpdb");
        fs::remove(copy);
        fs::remove_all(copy.string() + ".images");
        fs::copy_file(db, copy);
        fs::copy(db.string() + ".images", copy.string() + ".images", fs::copy_options::recursive);
        return copy;
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// An insider with the congress's key: after the edit, the manifest says the new hashes (and the
// new audit head) and is signed again.
void resign(const fs::path& b, const std::string& secretKey) {
    Json manifest = Json::parse(slurp(b / app::MANIFEST));
    for (auto& [name, sha] : manifest["files"].items()) {
        if (fs::is_regular_file(fs::symlink_status(b / name))) {
            sha = sha256Hex(slurp(b / name));
        }
    }
    std::string head = store::GENESIS_HASH;
    std::istringstream log(slurp(b / app::AUDIT_LOG));
    for (std::string line; std::getline(log, line);) {
        const Json e = Json::parse(line, nullptr, false);
        if (e.is_object() && e.contains("hash") && e["hash"].is_string()) {
            head = e["hash"];
        }
    }
    manifest["audit_head"] = head;
    const std::string text = manifest.dump(2) + "\n";
    spit(b / app::MANIFEST, text);
    spit(b / app::SIGNATURE, sign(text, secretKey).value() + "\n");
}

// Edits the lines of a bundle file: `edit` gets each line's JSON and returns false to drop it.
void editLines(const fs::path& file, const std::function<bool(Json&)>& edit) {
    std::istringstream in(slurp(file));
    std::string out;
    for (std::string line; std::getline(in, line);) {
        Json j = Json::parse(line);
        if (edit(j)) {
            out += j.dump() + "\n";
        }
    }
    spit(file, out);
}

// The audit log recomputed after its events were changed: a careful forger keeps the chain whole.
void rechain(const fs::path& file) {
    std::string prev = store::GENESIS_HASH;
    std::int64_t seq = 0;
    editLines(file, [&](Json& e) {
        store::Event ev{++seq, e["time"], e["actor"], e["kind"], e["payload"], prev, ""};
        e["seq"] = ev.seq;
        e["prev_hash"] = prev;
        e["hash"] = prev = store::eventHash(ev);
        return true;
    });
}

// Verified as an auditor does, with the key and the audit head printed on the signed minutes.
std::vector<std::string> verify(const fs::path& b) {
    auto report = app::verifyBundle(b.string(), {fixture().key.publicKeyHex, fixture().head}, 2);
    if (!report) {
        return {report.error()};  // a refusal, with its reason
    }
    return report->problems;
}

struct BundleCase {
    const char* name;
    std::function<void(const fs::path& bundle)> tamper;
    const char* expected;  // a regex the report must contain
    bool resign = true;    // the attacker holds the congress key
};

Json firstWith(const fs::path& file, const char* key) {
    std::istringstream in(slurp(file));
    for (std::string line; std::getline(in, line);) {
        const Json j = Json::parse(line);
        if (j.contains(key)) {
            return j;
        }
    }
    return {};
}

}  // namespace

TEST_CASE("tamper: the untouched bundle verifies with the congress key, and the record agrees with its audit log") {
    const auto problems = verify(fixture().bundle);
    CHECK_MESSAGE(problems.empty(), joined(problems));
}

TEST_CASE("tamper: every change to a signed bundle is found and named") {
    const std::string secret = fixture().key.secretKeyHex;
    const auto lines = [](const char* file, std::function<bool(Json&)> edit) {
        return [file, edit](const fs::path& b) { editLines(b / file, edit); };
    };
    const auto firstOnly = [](std::function<void(Json&)> change) {
        return [change, done = false](Json& j) mutable {
            if (!done) {
                change(j);
                done = true;
            }
            return true;
        };
    };
    const auto dropFirst = [] { return [dropped = false](Json&) mutable { return std::exchange(dropped, true); }; };
    std::vector<BundleCase> cases{
        // Rows changed, the manifest re-signed with the congress key: the audit log disagrees.
        {"a sheet removed", lines(app::SHEETS, dropFirst()), "records sheet 1, which the record does not have"},
        {"a sheet's image hash", lines(app::SHEETS, firstOnly([](Json& j) { j["sha256"] = std::string(64, 'a'); })),
         "is not images/<its SHA-256>"},
        {"a sheet marked a re-feed",
         lines(app::SHEETS,
               [](Json& j) {
                   if (j["sheet"] == "3")
                       j["refeed_of"] = "1";
                   return true;
               }),
         "sheet 3: its refeed_of is"},
        {"a sheet's page", lines(app::SHEETS, firstOnly([](Json& j) { j["page"] = 9; })), "sheet 1: its page is 9"},
        {"a sheet's side", lines(app::SHEETS, firstOnly([](Json& j) { j["side"] = "back"; })), "sheet 1: its side is"},
        {"a sheet's batch", lines(app::SHEETS, firstOnly([](Json& j) { j["batch"] = 7; })),
         "sheet 1: its batch 7 is not in the record"},
        {"a sheet added",
         [](const fs::path& b) {
             Json extra = firstWith(b / app::SHEETS, "sheet");
             extra["sheet"] = "6";
             spit(b / app::SHEETS, slurp(b / app::SHEETS) + extra.dump() + "\n");
         },
         "sheet 6 has no sheet_imported event"},
        {"a reading removed", lines(app::READINGS, dropFirst()), "records reading 1, which the record does not have"},
        {"a reading's status", lines(app::READINGS, firstOnly([](Json& j) { j["status"] = "review"; })),
         "reading 1: its status is \"review\""},
        {"a reading's names", lines(app::READINGS, firstOnly([](Json& j) {
                                        Json line = Json::parse(j["line"].get<std::string>());
                                        line["struck"] = Json::array();
                                        j["line"] = line.dump();
                                    })),
         "reading 1: its line_sha256"},
        {"a second reading added",
         [](const fs::path& b) {
             Json extra = firstWith(b / app::READINGS, "reading");
             extra["reading"] = 99;
             spit(b / app::READINGS, slurp(b / app::READINGS) + extra.dump() + "\n");
         },
         "reading 99 has no reading_recorded event"},
        {"a reading moved to another sheet", lines(app::READINGS, firstOnly([](Json& j) { j["sheet"] = "2"; })),
         "reading 1: its sheet is 2"},
        {"a ruling removed", lines(app::RULINGS, [](Json& j) { return !j.contains("ruling"); }),
         "records ruling 1, which the record does not have"},
        {"a ruling's decision",
         lines(app::RULINGS,
               [](Json& j) {
                   if (j.contains("ruling"))
                       j["decision"] = {{"struck", Json::array()}};
                   return true;
               }),
         "ruling 1: its decision is"},
        {"a ruling's reason",
         lines(app::RULINGS,
               [](Json& j) {
                   if (j.contains("ruling"))
                       j["reason"] = "khác";
                   return true;
               }),
         "ruling 1: its reason is"},
        {"a ruling by the technician",
         lines(app::RULINGS,
               [](Json& j) {
                   if (j.contains("ruling"))
                       j["members"][1] = {{"name", "Đỗ Văn Kỹ"}, {"role", "ky_thuat_vien"}};
                   return true;
               }),
         "ruling 1 names Đỗ Văn Kỹ, who is not a member of the committee"},
        {"a ruling added",
         [](const fs::path& b) {
             Json forged = firstWith(b / app::RULINGS, "ruling");
             forged["ruling"] = 2;
             forged["reading"] = 1;
             forged["sheet"] = "1";
             spit(b / app::RULINGS, slurp(b / app::RULINGS) + forged.dump() + "\n");
         },
         "ruling 2 has no ruling event"},
        {"a manual ruling's decision",
         lines(app::RULINGS,
               [](Json& j) {
                   if (j.contains("manual_ruling"))
                       j["decision"] = {{"struck", {"cu03"}}};
                   return true;
               }),
         "manual ruling 1: its decision is"},
        {"the ballots issued, as ruled",
         lines(app::RULINGS,
               [](Json& j) {
                   if (j.contains("round_ruling"))
                       j["decision"] = {{"issued", 400}};
                   return true;
               }),
         "round ruling 1: its decision is"},
        {"a manual entry changed", lines(app::MANUAL_ENTRIES, firstOnly([](Json& j) {
                                             j["entry"] = {{"struck", {"cu05"}}};
                                         })),
         "manual entry 1: its entry is"},
        {"a manual entry removed", lines(app::MANUAL_ENTRIES, dropFirst()),
         "records manual entry 1, which the record does not have"},
        {"a manual entry added",
         [](const fs::path& b) {
             Json extra = firstWith(b / app::MANUAL_ENTRIES, "manual_entry");
             extra["manual_entry"] = 9;
             extra["ballot"] = "9";
             spit(b / app::MANUAL_ENTRIES, slurp(b / app::MANUAL_ENTRIES) + extra.dump() + "\n");
         },
         "manual entry 9 has no manual_entry event"},
        {"a manual entry's operator",
         lines(app::MANUAL_ENTRIES, firstOnly([](Json& j) { j["operator"] = "Phạm Minh Tuấn"; })),
         "manual entry 1: its _actor is"},
        {"a technician made chair",
         lines(app::OPERATORS,
               [](Json& j) {
                   if (j["name"] == "Đỗ Văn Kỹ")
                       j["role"] = "truong_ban";
                   return true;
               }),
         "operator 4: its role is \"truong_ban\""},
        {"an operator removed", lines(app::OPERATORS, [](Json& j) { return j["name"] != "Phạm Minh Tuấn"; }),
         "records operator 3, which the record does not have"},
        {"a member's removal from the committee undone", lines(app::OPERATOR_STATUS, dropFirst()),
         "records operator status 1, which the record does not have"},
        {"a batch's election", lines(app::BATCHES, firstOnly([](Json& j) { j["election"] = "bt"; })),
         "batch 1: its election is \"bt\""},
        {"a word blank's resolution", lines(app::WORD_BLANKS, firstOnly([](Json& j) { j["dpi"] = 300; })),
         "word blank 1 \\(election \"bt\"\\) differs from the audit log"},
        {"the congress: its base",
         [](const fs::path& b) {
             std::string c = slurp(b / app::CONGRESS_FILE);
             c.replace(c.find("\"convened\": 42"), 14, "\"convened\": 24");
             spit(b / app::CONGRESS_FILE, c);
         },
         "congress: its SHA-256 [0-9a-f]+ is not the [0-9a-f]+ the record was created with"},
        {"the congress: its seats",
         [](const fs::path& b) {
             std::string c = slurp(b / app::CONGRESS_FILE);
             const std::size_t digit = c.find("\"seats\": ") + 9;
             c[digit] = c[digit] == '1' ? '2' : '1';
             spit(b / app::CONGRESS_FILE, c);
         },
         "congress: its SHA-256"},
        // The audit log changed.
        {"the last ten events removed",
         [](const fs::path& b) {
             std::vector<std::string> events;
             std::istringstream in(slurp(b / app::AUDIT_LOG));
             for (std::string line; std::getline(in, line);) events.push_back(line);
             events.resize(events.size() - 10);
             std::string out;
             for (const auto& e : events) out += e + "\n";
             spit(b / app::AUDIT_LOG, out);
         },
         "has no [a-z_]+ event in the audit log"},
        {"an event's payload edited and the chain recomputed",
         [](const fs::path& b) {
             editLines(b / app::AUDIT_LOG, [](Json& e) {
                 if (e["kind"] == "ruling") {
                     Json p = Json::parse(e["payload"].get<std::string>());
                     p["decision"] = {{"struck", Json::array()}};
                     e["payload"] = p.dump();
                 }
                 return true;
             });
             rechain(b / app::AUDIT_LOG);
         },
         "ruling 1: its decision is .* but the audit log recorded"},
        {"a ruling rewritten in its row and its event, the chain recomputed",
         [](const fs::path& b) {
             editLines(b / app::RULINGS, [](Json& j) {
                 if (j.contains("ruling"))
                     j["decision"] = {{"struck", Json::array()}};
                 return true;
             });
             editLines(b / app::AUDIT_LOG, [](Json& e) {
                 if (e["kind"] == "ruling") {
                     Json p = Json::parse(e["payload"].get<std::string>());
                     p["decision"] = {{"struck", Json::array()}};
                     e["payload"] = p.dump();
                 }
                 return true;
             });
             rechain(b / app::AUDIT_LOG);
         },
         "is not the head printed on the signed minutes"},
        {"two events swapped",
         [](const fs::path& b) {
             std::vector<std::string> events;
             std::istringstream in(slurp(b / app::AUDIT_LOG));
             for (std::string line; std::getline(in, line);) events.push_back(line);
             std::swap(events[3], events[4]);
             std::string out;
             for (const auto& e : events) out += e + "\n";
             spit(b / app::AUDIT_LOG, out);
         },
         "audit log: event 4 is missing|does not follow the event before it"},
        {"an event inserted",
         [](const fs::path& b) {
             std::string log = slurp(b / app::AUDIT_LOG);
             Json e = Json::parse(log.substr(0, log.find('\n')));
             e["kind"] = "sheet_imported";
             e["payload"] = R"({"sheet":77,"sha256":"x"})";
             spit(b / app::AUDIT_LOG, log + e.dump() + "\n");
             rechain(b / app::AUDIT_LOG);
         },
         "records sheet 77, which the record does not have"},
        {"an event's actor",
         [](const fs::path& b) {
             editLines(b / app::AUDIT_LOG, [](Json& e) {
                 if (e["kind"] == "manual_entry")
                     e["actor"] = "Phạm Minh Tuấn";
                 return true;
             });
         },
         "was changed after it was written"},
        {"the result", [](const fs::path& b) { spit(b / app::RESULT, slurp(b / app::RESULT) + " "); },
         "result.json: differs from the tally"},
        {"an image replaced by another ballot's, rows and hashes made to match",
         [](const fs::path& b) {
             const Json first = firstWith(b / app::SHEETS, "sheet");
             std::string sheets = slurp(b / app::SHEETS);
             std::istringstream in(sheets);
             std::string l1, l2;
             std::getline(in, l1);
             std::getline(in, l2);
             const Json second = Json::parse(l2);
             fs::copy_file(b / second["image"].get<std::string>(), b / first["image"].get<std::string>(),
                           fs::copy_options::overwrite_existing);
         },
         "images/[0-9a-f]+\\.jpg"},
        // Not re-signed: the signature and hashes.
        {"a file edited, not re-signed",
         [](const fs::path& b) { spit(b / app::RULINGS, slurp(b / app::RULINGS) + "\n"); },
         "rulings.jsonl: changed since the bundle was signed", false},
        {"signed with another key", [](const fs::path& b) { resign(b, generateKeyPair().secretKeyHex); },
         "the signature does not match the congress key|not the expected key", false},
        {"a file added after signing", [](const fs::path& b) { spit(b / "notes.txt", "x"); },
         "notes.txt: not in the manifest", false},
        {"an old bundle format",
         [](const fs::path& b) {
             std::string m = slurp(b / app::MANIFEST);
             m.replace(m.find("kiemphieu.bundle/2"), 18, "kiemphieu.bundle/1");
             spit(b / app::MANIFEST, m);
         },
         "is not kiemphieu.bundle/2"},
        // Hostile files: never followed out of the bundle, never an abort or a hang.
        {"a manifest path out of the bundle",
         [](const fs::path& b) {
             Json m = Json::parse(slurp(b / app::MANIFEST));
             m["files"]["../../etc/passwd"] = std::string(64, '0');
             spit(b / app::MANIFEST, m.dump(2));
         },
         "../../etc/passwd: a path outside the bundle; not followed"},
        {"a sheet's image out of the bundle",
         lines(app::SHEETS, firstOnly([](Json& j) { j["image"] = "images/../../../etc/passwd"; })),
         "is not images/<its SHA-256>"},
        {"an image that is a link out of the bundle",
         [](const fs::path& b) {
             const Json first = firstWith(b / app::SHEETS, "sheet");
             fs::remove(b / first["image"].get<std::string>());
             fs::create_symlink("/etc/passwd", b / first["image"].get<std::string>());
         },
         "not a regular file"},
        {"a FIFO in place of a file",
         [](const fs::path& b) {
             fs::remove(b / app::READINGS);
             REQUIRE(::mkfifo((b / app::READINGS).c_str(), 0600) == 0);
         },
         "readings.jsonl: not a regular file", false},
        {"a manifest that is an array", [](const fs::path& b) { spit(b / app::MANIFEST, "[1, 2]"); },
         "manifest.json: not a JSON object", false},
        {"a manifest hash that is a number",
         [](const fs::path& b) {
             Json m = Json::parse(slurp(b / app::MANIFEST));
             m["files"][app::RULINGS] = 5;
             spit(b / app::MANIFEST, m.dump(2));
         },
         "the hash of rulings.jsonl is not a SHA-256", false},
        {"an audit line that is an array",
         [](const fs::path& b) { spit(b / app::AUDIT_LOG, "[1,2]\n" + slurp(b / app::AUDIT_LOG)); },
         "audit-log.jsonl line 1: not a JSON object"},
        {"an event's seq as text", lines(app::AUDIT_LOG, firstOnly([](Json& e) { e["seq"] = "5"; })),
         "audit-log.jsonl line 1: an event needs seq"},
        {"a ruling's reading as text", lines(app::RULINGS, firstOnly([](Json& j) { j["reading"] = "45"; })),
         "rulings.jsonl line 1: "},
        {"a damaged line", [](const fs::path& b) { spit(b / app::SHEETS, "{\"sheet\": \n" + slurp(b / app::SHEETS)); },
         "sheets.jsonl line 1: not valid JSON"},
        // A key said twice: a reader that keeps the last one sees another line than one that keeps
        // the first (each of these verified before the bundle was read strictly).
        {"an audit line with its seq twice",
         [](const fs::path& b) { spit(b / app::AUDIT_LOG, "{\"seq\":1," + slurp(b / app::AUDIT_LOG).substr(1)); },
         "audit-log.jsonl line 1: column [0-9]+: duplicate key \"seq\""},
        {"a ruling with its reason twice",
         [](const fs::path& b) {
             std::string text = slurp(b / app::RULINGS);
             text.replace(text.find("\"reason\":"), 0, "\"reason\":\"ghi sai\",");
             spit(b / app::RULINGS, text);
         },
         "rulings.jsonl line 1: column [0-9]+: duplicate key \"reason\""},
        {"a manifest with its format twice, signed",
         [](const fs::path& b) {
             const std::string text = "{\"format\": \"kiemphieu.bundle/1\"," + slurp(b / app::MANIFEST).substr(1);
             spit(b / app::MANIFEST, text);
             spit(b / app::SIGNATURE, sign(text, fixture().key.secretKeyHex).value() + "\n");
         },
         "manifest.json: line [0-9]+, column [0-9]+: duplicate key \"format\"", false},
    };
    CHECK(cases.size() >= 40);
    for (const BundleCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        const fs::path b = fixture().bundleCopy(std::to_string(&c - cases.data()));
        c.tamper(b);
        if (c.resign) {
            resign(b, secret);
        }
        const auto problems = verify(b);
        CHECK_MESSAGE(!problems.empty(), "passed verification: " << name);
        const std::regex expected(c.expected);
        CHECK_MESSAGE(
            std::ranges::any_of(problems, [&](const std::string& p) { return std::regex_search(p, expected); }),
            name << ": expected /" << std::string(c.expected) << "/ in:" << joined(problems));
    }
}

TEST_CASE("tamper: every change to the record file behind the program's back is refused by export and tally") {
    struct RecordCase {
        const char* name;
        const char* sql;
        const char* expected;
    };
    const std::vector<RecordCase> cases{
        {"the congress's base",
         "UPDATE meta SET value = replace(value, '\"convened\": 42', '\"convened\": 24') WHERE key = 'congress'",
         "congress: its SHA-256"},
        {"a reading deleted", "DELETE FROM readings WHERE id = 2", "records reading 2, which the record does not have"},
        {"a reading's names", "UPDATE readings SET reading = replace(reading, 'struck', 'struck ') WHERE id = 1",
         "reading 1: its line_sha256"},
        {"a reading's status", "UPDATE readings SET status = 'rejected' WHERE id = 1", "reading 1: its status"},
        {"a sheet deleted", "DELETE FROM readings WHERE sheet = 4; DELETE FROM sheets WHERE id = 4",
         "records sheet 4, which the record does not have"},
        {"a sheet's image",
         // the unique index (record version 5) dropped too, as the sqlite3 tool can
         "DROP INDEX sheets_by_image; "
         "UPDATE sheets SET image_sha256 = (SELECT image_sha256 FROM sheets WHERE id = 2) WHERE id = 1",
         "sheet 1: its sha256"},
        {"a sheet made a re-feed", "UPDATE sheets SET refeed_of = 1 WHERE id = 3", "sheet 3: its refeed_of"},
        {"a sheet inserted",
         "DROP INDEX sheets_by_image; INSERT INTO sheets (batch, page, side, image_sha256, scanned) SELECT batch, 9, "
         "side, image_sha256, scanned "
         "FROM sheets WHERE id = 1",
         "sheet 6 has no sheet_imported event"},
        {"a ruling's decision", "UPDATE rulings SET decision = '{\"struck\":[]}'", "ruling 1: its decision"},
        {"a ruling deleted", "DELETE FROM rulings", "records ruling 1, which the record does not have"},
        {"a ruling forged with the technician",
         "INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) VALUES (1, "
         "'{\"struck\":[]}', 'x', 2, 4, 't')",
         "ruling 2 names Đỗ Văn Kỹ, who is not a member of the committee"},
        {"a manual entry changed", "UPDATE manual_entries SET entry = '{\"struck\":[\"cu05\"]}' WHERE id = 1",
         "manual entry 1: its entry"},
        {"a manual entry deleted", "DELETE FROM manual_entries WHERE id = 4", "records manual entry 4"},
        {"a technician made chair", "UPDATE operators SET role = 'truong_ban' WHERE name = 'Đỗ Văn Kỹ'",
         "operator 4: its role"},
        {"the last ten events deleted", "DELETE FROM events WHERE seq > (SELECT max(seq) - 10 FROM events)",
         "has no [a-z_]+ event in the audit log"},
        {"an event's payload", "UPDATE events SET payload = replace(payload, 'cu04', 'cu05') WHERE kind = 'ruling'",
         "was changed after it was written"},
        {"an event deleted in the middle", "DELETE FROM events WHERE seq = 5", "event 5 is missing"},
        {"the ballots issued, as ruled", "UPDATE round_rulings SET decision = '{\"issued\":400}'",
         "round ruling 1: its decision"},
        {"a member's removal undone", "DELETE FROM operator_status", "records operator status 1"},
        {"a batch's election", "UPDATE batches SET election = 'bt'", "batch 1: its election"},
    };
    for (const RecordCase& c : cases) {
        const std::string name = c.name;
        CAPTURE(name);
        const fs::path copy = fixture().recordCopy(std::to_string(&c - cases.data()));
        {
            auto db = store::Database::open(copy.string(), store::Database::Mode::ReadWrite);
            REQUIRE(db.has_value());
            auto triggers = db->prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'");
            std::vector<std::string> names;
            REQUIRE(store::forEachRow(*triggers, [&](const store::Statement& s) {
                        names.push_back(s.text(0));
                    }).has_value());
            for (const std::string& t : names) {
                REQUIRE(db->exec("DROP TRIGGER " + t).has_value());
            }
            const auto changed = db->exec(c.sql);
            REQUIRE_MESSAGE(changed.has_value(), (changed ? "" : changed.error().message));
        }
        auto record = store::Record::open(copy.string(), store::Record::Access::ReadOnly);
        REQUIRE(record.has_value());
        const auto problems = store::checkConsistency(record->rows().value());
        const std::regex expected(c.expected);
        CHECK_MESSAGE(
            std::ranges::any_of(problems, [&](const std::string& p) { return std::regex_search(p, expected); }),
            name << ": expected /" << std::string(c.expected) << "/ in:" << joined(problems));
        const auto exported = app::exportBundle(copy.string(), fixture().key.secretKeyHex, (copy.string() + ".bundle"));
        CHECK_FALSE(exported.has_value());
        CHECK_FALSE(fs::exists(copy.string() + ".bundle"));
    }
}
