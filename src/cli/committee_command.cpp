#include "committee_command.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include <sstream>
#include "src/app/json_lines.h"
#include "src/app/readings_import.h"
#include "src/app/review_queue.h"

#include "args.h"
#include "exit_codes.h"
#include "inputs.h"
#include "password_input.h"
#include "reports/congress_json.h"
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
    if (const auto aside = args.value("--set-aside")) {
        if (!ballot.empty()) {
            return std::unexpected("a sheet set aside holds no ballot: --set-aside alone");
        }
        ballot["set_aside"] = *aside;
    }
    if (ballot.empty()) {
        return std::unexpected(
            "say what the ballot holds: --struck IDS, --marks ID=MARK,... or --invalid REASON "
            "(or --set-aside not_a_ballot|refeed|other_round)");
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
    std::vector<std::string> ids;
    if (const auto struck = ballot.find("struck"); struck != ballot.end()) {
        ids = struck->get<std::vector<std::string>>();
    }
    if (const auto marks = ballot.find("marks"); marks != ballot.end()) {
        for (const auto& [id, mark] : marks->items()) {
            ids.push_back(id);
        }
    }
    return app::checkCandidateIds(*congress, election, ids);
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
    const char* usage =
        "usage: kiemphieu-cli operator --db FILE (--add NAME --role truong_ban|thanh_vien|ky_thuat_vien | "
        "--deactivate NAME | --reactivate NAME) [--by CHAIR]   (passwords on standard input: the new operator's, "
        "then the chair's; the first operator of a record is its trưởng ban and needs no chair)";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--add", "--role", "--by", "--deactivate", "--reactivate"}, {}});
    if (!args) {
        return usageError("operator: " + args.error());
    }
    const int actions =
        (args->value("--add") ? 1 : 0) + (args->value("--deactivate") ? 1 : 0) + (args->value("--reactivate") ? 1 : 0);
    if (actions != 1 || (args->value("--add").has_value() != args->value("--role").has_value())) {
        return usageError(usage);
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    store::Committee committee(*record);
    if (const auto target = args->value("--deactivate") ? args->value("--deactivate") : args->value("--reactivate")) {
        if (!args->value("--by")) {
            return usageError("operator: the trưởng ban changes the committee: --by CHAIR");
        }
        auto chair = signIn(committee, *args->value("--by"));
        if (!chair) {
            return chair.error();
        }
        const auto all = committee.members();
        if (!all) {
            return inputError("operator: " + all.error().message);
        }
        const auto m = std::ranges::find(*all, *target, &store::Member::name);
        if (m == all->end()) {
            return inputError("operator: no member named " + *target);
        }
        const bool active = args->value("--reactivate").has_value();
        if (auto done = committee.setActive(m->id, active, *chair, utcNow()); !done) {
            return inputError("operator: " + done.error().message);
        }
        std::cout << "operator " << m->id << ": " << m->name
                  << (active ? " is on the committee again\n" : " taken off the committee\n");
        return EXIT_OK;
    }
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
        "(--struck IDS | --marks ID=MARK,... | --invalid REASON | --set-aside not_a_ballot|refeed|other_round) "
        "--reason TEXT --members FIRST,SECOND\n"
        "       kiemphieu-cli rule --db FILE --election ID [--round N] --issued N --reason TEXT --members FIRST,SECOND "
        "  "
        "(the ballots issued for a round, recounted by the committee)\n"
        "       (the two members' passwords on standard input, one line each)";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--sheet", "--election", "--round", "--ballot", "--struck",
                                           "--marks", "--invalid", "--set-aside", "--issued", "--reason", "--members"},
                                          {}});
    if (!args) {
        return usageError("rule: " + args.error());
    }
    const auto members = commaList(args->value("--members").value_or(""));
    const bool onSheet = args->value("--sheet").has_value();
    const bool onManual = args->value("--ballot").has_value() && args->value("--election").has_value();
    const bool onRound = args->value("--issued").has_value() && args->value("--election").has_value() && !onManual;
    if (members.size() != 2 || !args->value("--reason") ||
        (onSheet ? 1 : 0) + (onManual ? 1 : 0) + (onRound ? 1 : 0) != 1) {
        return usageError(usage);
    }
    auto record = openRecord(*args, usage);
    if (!record) {
        return record.error();
    }
    Json decision;
    if (onRound) {
        const auto issued = positiveNumber("--issued", *args->value("--issued"));
        if (!issued) {
            return usageError("rule: " + issued.error());
        }
        decision = Json{{"issued", *issued}};
    } else {
        auto ballot = ballotFromArgs(*args);
        if (!ballot) {
            return usageError("rule: " + ballot.error());
        }
        decision = *ballot;
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
    const auto round = roundOf(*args, "rule");
    if (!round) {
        return round.error();
    }
    store::Result<std::int64_t> ruling = std::unexpected(store::StoreError{});
    if (onRound) {
        ruling =
            committee.ruleRound(*args->value("--election"), *round, decision.dump(), reason, *first, *second, utcNow());
    } else {
        const auto queue = app::reviewQueue(*record);
        if (!queue) {
            return inputError("rule: " + queue.error());
        }
        const std::string wanted = onSheet ? *args->value("--sheet") : "manual-" + *args->value("--ballot");
        const auto item = std::ranges::find_if(*queue, [&](const app::ReviewItem& i) {
            return i.sheet == wanted && (onSheet || (i.election == *args->value("--election") && i.round == *round));
        });
        if (item == queue->end()) {
            return inputError("rule: " + (onSheet ? "sheet " + wanted : "ballot " + *args->value("--ballot")) +
                              " is not waiting for the committee (see: kiemphieu-cli review --db FILE)");
        }
        ruling = app::ruleOn(*record, *item, decision, reason, *first, *second, utcNow());
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
    auto args = Args::parse(argv, ArgSpec{{"--db", "--operator", "--election", "--round", "--ballot", "--struck",
                                           "--marks", "--invalid", "--entries"},
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
            Json j = Json::parse(line, nullptr, false);
            if (!j.is_object() || !j.contains("ballot") || !j["ballot"].is_string()) {
                return inputError("enter: " + *args->value("--entries") + " line " + std::to_string(number) +
                                  ": not a JSON object with \"ballot\": \"NUMBER\"");
            }
            const std::string written = j["ballot"];
            j.erase("ballot");
            entries.emplace_back(written, j);
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
        if (auto r = committee.enter(*args->value("--election"), *round, ballotNumber, ballot.dump(), *by, utcNow());
            !r) {
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
    const auto db = args->value("--db");
    if (!db) {
        return usageError(usage);
    }
    auto record = store::Record::open(*db, store::Record::Access::ReadOnly);
    if (!record) {
        return inputError("review: " + record.error().message);
    }
    const auto queue = app::reviewQueue(*record);
    if (!queue) {
        return inputError("review: " + queue.error());
    }
    for (const app::ReviewItem& item : *queue) {
        std::cout << item.election << " round " << item.round << " · "
                  << (item.manual() ? "ballot " + item.ballot() + " (manual)" : "sheet " + item.sheet) << " · "
                  << Json(item.reasons).dump() << "\n";
        if (!item.manual()) {
            Json read = Json::object();
            for (const char* key : {"struck", "marks"}) {
                if (item.reading.contains(key)) {
                    read[key] = item.reading.at(key);
                }
            }
            std::cout << "    read: " << read.dump()
                      << "  uncertain: " << item.reading.value("uncertain", Json::array()).dump()
                      << "  image: " << item.image << "\n";
            if (item.twin != 0) {
                std::cout << "    looks like sheet " << item.twin << " fed again (" << item.twinImage
                          << "): the same paper → --set-aside refeed; another voter's ballot → rule on what it holds\n";
            }
        }
        for (const app::ManualEntryView& e : item.entries) {
            std::cout << "    " << e.operatorName << ": " << e.entry.dump() << "\n";
        }
    }
    std::cout << "waiting for the committee: " << queue->size() << "\n";
    if (const auto unread = record->unreadSheets(); !unread) {
        return inputError("review: " + unread.error().message);
    } else if (!unread->empty()) {
        std::cout << "not read yet: " << unread->size() << " sheet(s) (first: sheet " << unread->front().id
                  << ") — read them before the result\n";
    }
    return EXIT_OK;
}

}  // namespace kp::cli
