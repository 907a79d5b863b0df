#include "committee_command.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "src/app/json_lines.h"
#include <sstream>

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "password_input.h"
#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "src/common/utc_time.h"
#include "src/store/committee.h"
#include "src/store/counted.h"

namespace kp::cli {

namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// The ballot options shared by rule and enter: --struck a,b (or "" for none), --marks
// id=agree|disagree|both|none,..., --invalid REASON.
std::expected<Json, std::string> ballotFromArgs(const Args& args) {
    Json ballot = Json::object();
    if (const auto struck = args.value("--struck")) {
        ballot["struck"] = commaList(*struck);
    }
    if (const auto marks = args.value("--marks")) {
        ballot["marks"] = Json::object();
        for (const std::string& item : commaList(*marks)) {
            const auto eq = item.find('=');
            if (eq == std::string::npos) {
                return std::unexpected("--marks: \"" + item + "\" is not ID=agree|disagree|both|none");
            }
            ballot["marks"][item.substr(0, eq)] = item.substr(eq + 1);
        }
    }
    if (const auto invalid = args.value("--invalid")) {
        ballot["invalid"] = *invalid;
    }
    if (ballot.empty()) {
        return std::unexpected("say what the ballot holds: --struck IDS, --marks ID=MARK,... or --invalid REASON");
    }
    return ballot;
}

// Candidate ids must be on the election's list (the tally checks the rest when it counts).
std::expected<void, std::string> checkIds(store::Record& record, const std::string& election, const Json& ballot) {
    const auto text = record.congressJson();
    if (!text) {
        return std::unexpected(text.error().message);
    }
    const auto congress = parseCongress(*text);
    if (!congress) {
        return std::unexpected("the record's congress: " + congress.error().message());
    }
    const auto e = std::ranges::find(congress->elections, ElectionId{election}, &Election::id);
    if (e == congress->elections.end()) {
        return std::unexpected("the congress has no election \"" + election + "\"");
    }
    const auto known = [&](const std::string& id) {
        const auto onList = [&](const std::vector<Candidate>& list) {
            return std::ranges::find(list, CandidateId{id}, &Candidate::id) != list.end();
        };
        return onList(e->candidates) || std::ranges::any_of(e->rounds, [&](const auto& r) { return onList(r.candidates); });
    };
    std::vector<std::string> ids = ballot.value("struck", std::vector<std::string>{});
    if (const auto marks = ballot.find("marks"); marks != ballot.end()) {
        for (const auto& [id, mark] : marks->items()) {
            ids.push_back(id);
        }
    }
    for (const std::string& id : ids) {
        if (!known(id)) {
            return std::unexpected("\"" + id + "\" is not a candidate of election \"" + election + "\"");
        }
    }
    return {};
}

std::expected<store::Record, int> openRecord(const Args& args, const char* usage) {
    const auto db = args.value("--db");
    if (!db) {
        return std::unexpected(usageError(usage));
    }
    auto record = store::Record::open(*db);
    if (!record) {
        return std::unexpected(inputError(record.error().message));
    }
    return std::move(*record);
}

std::expected<store::SignedIn, int> signIn(store::Committee& committee, const std::string& name) {
    const auto password = readPassword(name);
    if (!password) {
        return std::unexpected(inputError("no password given for " + name + " (one line on standard input)"));
    }
    auto member = committee.signIn(name, *password);
    if (!member) {
        return std::unexpected(inputError(member.error().message));
    }
    return *member;
}

std::expected<int, int> roundOf(const Args& args, const std::string& command) {
    const auto r = args.value("--round");
    if (!r) {
        return 1;
    }
    const auto n = positiveNumber("--round", *r);
    if (!n) {
        return std::unexpected(usageError(command + ": " + n.error()));
    }
    return *n;
}

}  // namespace

int runOperator(const std::vector<std::string>& argv) {
    const char* usage = "usage: kiemphieu-cli operator --db FILE --add NAME --role truong_ban|thanh_vien|ky_thuat_vien "
                        "[--by CHAIR]   (passwords on standard input: the new operator's, then the chair's)";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--add", "--role", "--by"}, {}});
    if (!args || !args->value("--add") || !args->value("--role")) {
        return usageError(args ? usage : "operator: " + args.error());
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    store::Committee committee(*record);
    const std::string name = *args->value("--add");
    const auto password = readPassword(name);
    if (!password) {
        return inputError("operator: no password given for " + name);
    }
    std::optional<store::SignedIn> by;
    if (const auto chair = args->value("--by")) {
        auto signedIn = signIn(committee, *chair);
        if (!signedIn) {
            return signedIn.error();
        }
        by = *signedIn;
    }
    auto added = committee.addOperator(name, *args->value("--role"), *password, by ? &*by : nullptr, utcNow());
    if (!added) {
        return inputError("operator: " + added.error().message);
    }
    std::cout << "operator " << added->id << ": " << added->name << " (" << added->role << ")\n";
    return EXIT_OK;
}

int runRule(const std::vector<std::string>& argv) {
    const char* usage =
        "usage: kiemphieu-cli rule --db FILE (--sheet N | --election ID [--round N] --ballot B) "
        "(--struck IDS | --marks ID=MARK,... | --invalid REASON) --reason TEXT --members FIRST,SECOND   "
        "(the two members' passwords on standard input, one line each)";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--sheet", "--election", "--round", "--ballot", "--struck", "--marks",
                                           "--invalid", "--reason", "--members"},
                                          {}});
    if (!args) {
        return usageError("rule: " + args.error());
    }
    const auto members = commaList(args->value("--members").value_or(""));
    const bool onSheet = args->value("--sheet").has_value();
    const bool onManual = args->value("--ballot").has_value() && args->value("--election").has_value();
    if (members.size() != 2 || !args->value("--reason") || onSheet == onManual) {
        return usageError(usage);
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    auto ballot = ballotFromArgs(*args);
    if (!ballot) {
        return usageError("rule: " + ballot.error());
    }
    store::Committee committee(*record);
    auto first = signIn(committee, members[0]);
    if (!first) {
        return first.error();
    }
    auto second = signIn(committee, members[1]);
    if (!second) {
        return second.error();
    }
    const std::string reason = *args->value("--reason");
    store::Result<std::int64_t> ruling = std::unexpected(store::StoreError{});
    if (onSheet) {
        const auto sheet = positiveNumber("--sheet", *args->value("--sheet"));
        if (!sheet) {
            return usageError("rule: " + sheet.error());
        }
        std::string election;
        for (const Json& j : app::jsonLinesOf(record->readingsJsonl().value_or(""))) {
            if (j.value("sheet", "") == std::to_string(*sheet)) {
                election = j.value("election", "");
            }
        }
        if (auto ids = checkIds(*record, election, *ballot); !election.empty() && !ids) {
            return inputError("rule: " + ids.error());
        }
        ruling = committee.ruleSheet(*sheet, ballot->dump(), reason, *first, *second, utcNow());
    } else {
        const auto round = roundOf(*args, "rule");
        if (!round) {
            return round.error();
        }
        if (auto ids = checkIds(*record, *args->value("--election"), *ballot); !ids) {
            return inputError("rule: " + ids.error());
        }
        ruling = committee.ruleManual(*args->value("--election"), *round, *args->value("--ballot"), ballot->dump(), reason,
                                      *first, *second, utcNow());
    }
    if (!ruling) {
        return inputError("rule: " + ruling.error().message);
    }
    std::cout << "ruling " << *ruling << " recorded by " << members[0] << " and " << members[1] << "\n";
    return EXIT_OK;
}

int runEnter(const std::vector<std::string>& argv) {
    const char* usage =
        "usage: kiemphieu-cli enter --db FILE --operator NAME --election ID [--round N] "
        "(--ballot B (--struck IDS | --marks ID=MARK,... | --invalid REASON) | --entries FILE.jsonl)   "
        "(the operator's password on standard input)";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--operator", "--election", "--round", "--ballot", "--struck", "--marks",
                                           "--invalid", "--entries"},
                                          {}});
    if (!args) {
        return usageError("enter: " + args.error());
    }
    if (!args->value("--operator") || !args->value("--election") ||
        args->value("--ballot").has_value() == args->value("--entries").has_value()) {
        return usageError(usage);
    }
    const auto round = roundOf(*args, "enter");
    if (!round) {
        return round.error();
    }
    // The entries: one from the options, or one per line of the file ({"ballot": "7", "struck": [...]}).
    std::vector<std::pair<std::string, Json>> entries;
    if (const auto ballotNumber = args->value("--ballot")) {
        auto ballot = ballotFromArgs(*args);
        if (!ballot) {
            return usageError("enter: " + ballot.error());
        }
        entries.emplace_back(*ballotNumber, *ballot);
    } else {
        auto text = readFile(*args->value("--entries"));
        if (!text) {
            return inputError("enter: " + text.error());
        }
        std::istringstream in(*text);
        int number = 0;
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (line.empty()) {
                continue;
            }
            auto entry = parseEntryLine(line, static_cast<std::size_t>(number));
            if (!entry) {
                return inputError("enter: " + *args->value("--entries") + ": " + entry.error().message());
            }
            entries.emplace_back(entry->ballot, std::move(entry->entry));
        }
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    store::Committee committee(*record);
    auto by = signIn(committee, *args->value("--operator"));
    if (!by) {
        return by.error();
    }
    for (const auto& [ballotNumber, ballot] : entries) {
        if (auto ids = checkIds(*record, *args->value("--election"), ballot); !ids) {
            return inputError("enter: ballot " + ballotNumber + ": " + ids.error());
        }
        if (auto r = committee.enter(*args->value("--election"), *round, ballotNumber, ballot.dump(), *by, utcNow()); !r) {
            return inputError("enter: " + r.error().message);
        }
    }
    std::cout << "entered: " << entries.size() << " ballot(s) by " << *args->value("--operator") << "\n";
    return EXIT_OK;
}

int runReview(const std::vector<std::string>& argv) {
    const char* usage = "usage: kiemphieu-cli review --db FILE";
    auto args = Args::parse(argv, ArgSpec{{"--db"}, {}});
    if (!args) {
        return usageError("review: " + args.error());
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    store::Committee committee(*record);
    const auto counted = committee.countedJsonl();
    const auto entries = committee.manualEntriesJsonl();
    if (!counted || !entries) {
        return inputError("review: " + (!counted ? counted.error() : entries.error()).message);
    }
    const std::vector<Json> manual = app::jsonLinesOf(*entries);
    int waiting = 0;
    for (const Json& j : app::jsonLinesOf(*counted)) {
        if (j.value("status", "") != "review") {
            continue;
        }
        ++waiting;
        const std::string sheet = j.value("sheet", "");
        std::cout << j.value("election", "") << " round " << j.value("round", 1) << " · "
                  << (sheet.starts_with("manual-") ? "ballot " + sheet.substr(7) + " (manual)" : "sheet " + sheet) << " · "
                  << j.value("reasons", Json::array()).dump() << "\n";
        if (!sheet.starts_with("manual-")) {
            Json read = Json::object();
            for (const char* key : {"struck", "marks"}) {
                if (j.contains(key)) {
                    read[key] = j.at(key);
                }
            }
            std::cout << "    read: " << read.dump()
                      << "  uncertain: " << j.value("uncertain", Json::array()).dump() << "  image: " << j.value("image", "")
                      << "\n";
        }
        for (const Json& e : manual) {
            if (sheet == "manual-" + e.value("ballot", "") && e.value("election", "") == j.value("election", "") &&
                e.value("round", 1) == j.value("round", 1)) {
                std::cout << "    " << e.value("operator", "") << ": " << e["entry"].dump() << "\n";
            }
        }
    }
    std::cout << "waiting for the committee: " << waiting << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
