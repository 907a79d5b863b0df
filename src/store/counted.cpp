#include "src/store/counted.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace kp::store {

namespace {

using Json = nlohmann::ordered_json;
using Error = std::unexpected<std::string>;

// Ballot numbers typed by operators ("7", "12") sort as numbers; anything else after them.
bool ballotBefore(const std::string& a, const std::string& b) {
    const auto digits = [](const std::string& s) {
        return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
    };
    return std::make_tuple(!digits(a), digits(a) ? a.size() : 0, a) <
           std::make_tuple(!digits(b), digits(b) ? b.size() : 0, b);
}

std::vector<std::string> reasonsOf(const Json& line) {
    std::vector<std::string> out;
    if (const auto r = line.find("reasons"); r != line.end() && r->is_array()) {
        for (const Json& reason : *r) {
            if (reason.is_string()) {
                out.push_back(reason.get<std::string>());
            }
        }
    }
    return out;
}

// The line of a ballot the committee decided: its decision in place of what was read.
void applyDecision(Json& line, const Json& decision, BallotOutcome& out) {
    for (const char* key : {"struck", "marks", "invalid", "reasons", "uncertain"}) {
        line.erase(key);
    }
    if (decision.contains("set_aside")) {
        line["status"] = "set_aside";
        line["set_aside"] = decision.at("set_aside");
        out.state = BallotState::SetAside;
    } else {
        for (const auto& [key, value] : decision.items()) {
            line[key] = value;
        }
        line["status"] = "read";
        out.state = BallotState::Counted;
    }
    out.reasons.clear();
}

struct ManualBallot {
    std::string election;
    std::int64_t round = 1;
    std::string ballot;
    std::vector<const ManualEntryRow*> entries;
    const RulingRow* ruling = nullptr;  // the latest
};

std::expected<void, std::string> countManual(const RecordRows& rows, std::vector<BallotOutcome>& out) {
    std::map<std::tuple<std::string, std::int64_t, std::string>, ManualBallot> ballots;
    for (const ManualEntryRow& e : rows.manualEntries) {
        ManualBallot& b = ballots[{e.election, e.round, e.ballot}];
        std::tie(b.election, b.round, b.ballot) = std::tie(e.election, e.round, e.ballot);
        b.entries.push_back(&e);
    }
    for (const RulingRow& r : rows.manualRulings) {
        const auto b = ballots.find({r.election, r.round, r.ballot});
        if (b == ballots.end()) {
            return Error("manual ruling " + std::to_string(r.id) + " is on ballot " + r.ballot + " of election \"" +
                         r.election + "\" round " + std::to_string(r.round) + ", which nobody entered");
        }
        b->second.ruling = &r;  // rulings come in order: a later one replaces an earlier
    }
    std::vector<const ManualBallot*> ordered;
    for (const auto& [key, b] : ballots) {
        ordered.push_back(&b);
    }
    std::ranges::stable_sort(ordered, [](const ManualBallot* a, const ManualBallot* b) {
        return std::tie(a->election, a->round) != std::tie(b->election, b->round)
                   ? std::tie(a->election, a->round) < std::tie(b->election, b->round)
                   : ballotBefore(a->ballot, b->ballot);
    });
    for (const ManualBallot* b : ordered) {
        BallotOutcome o;
        o.sheet = "manual-" + b->ballot;
        o.election = b->election;
        o.round = b->round;
        Json line{{"election", b->election}, {"round", b->round}, {"sheet", o.sheet}};
        std::set<std::string> versions;
        for (const ManualEntryRow* e : b->entries) {
            auto canonical = canonicalBallot(e->entry);
            if (!canonical) {
                return Error("manual entry " + std::to_string(e->id) + " of ballot " + b->ballot + " by " + e->by.name +
                             ": " + canonical.error());
            }
            versions.insert(*canonical);
        }
        line["entries"] = b->entries.size();
        if (b->ruling != nullptr) {
            auto decision = canonicalBallot(b->ruling->decision);
            if (!decision) {
                return Error("manual ruling " + std::to_string(b->ruling->id) + ": " + decision.error());
            }
            line["manual_ruling"] = b->ruling->id;
            o.ruling = b->ruling->id;
            applyDecision(line, Json::parse(*decision), o);
        } else if (versions.size() == 1 && b->entries.size() >= std::size_t{MANUAL_ENTRIES_NEEDED}) {
            const Json agreed = Json::parse(*versions.begin());
            for (const auto& [key, value] : agreed.items()) {
                line[key] = value;
            }
            line["status"] = "read";
            o.state = BallotState::Counted;
        } else {
            o.state = BallotState::Waiting;
            o.reasons = {versions.size() > 1 ? "manual_entries_differ" : "manual_second_entry_missing"};
            line["status"] = "review";
            line["reasons"] = o.reasons;
        }
        o.line = line.dump();
        out.push_back(std::move(o));
    }
    return {};
}

}  // namespace

std::string_view ballotStateCode(BallotState s) {
    switch (s) {
        case BallotState::Unread: return "unread";
        case BallotState::Waiting: return "waiting";
        case BallotState::Counted: return "counted";
        case BallotState::SetAside: return "set_aside";
        case BallotState::LaterFace: return "later_face";
    }
    return "unread";
}

std::expected<std::string, std::string> canonicalBallot(std::string_view text, bool allowSetAside) {
    nlohmann::json in;  // sorted keys: the canonical form orders marks by candidate id
    try {
        in = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        return Error("not valid JSON: " + std::string(text));
    }
    if (!in.is_object()) {
        return Error("a ballot must be a JSON object: " + std::string(text));
    }
    static const std::set<std::string> MARKS{"agree", "disagree", "both", "none"};
    static const std::set<std::string> ASIDE{SET_ASIDE_NOT_A_BALLOT, SET_ASIDE_REFEED, SET_ASIDE_OTHER_ROUND};
    if (allowSetAside && in.contains("set_aside")) {
        if (in.size() != 1 || !in["set_aside"].is_string() || !ASIDE.contains(in["set_aside"].get<std::string>())) {
            return Error(
                "a sheet is set aside as {\"set_aside\": \"not_a_ballot\" | \"refeed\" | \"other_round\"} and "
                "nothing else: " +
                std::string(text));
        }
        return in.dump();
    }
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : in.items()) {
        if (key == "struck" && value.is_array() &&
            std::ranges::all_of(value, [](const auto& v) { return v.is_string(); })) {
            auto ids = value.get<std::vector<std::string>>();
            std::ranges::sort(ids);
            if (std::ranges::adjacent_find(ids) != ids.end()) {
                return Error("a name is struck twice: " + std::string(text));
            }
            out[key] = ids;
        } else if (key == "marks" && value.is_object() && std::ranges::all_of(value, [](const auto& v) {
                       return v.is_string() && MARKS.contains(v.template get<std::string>());
                   })) {
            out[key] = value;
        } else if (key == "invalid" && value.is_string() && !value.get<std::string>().empty()) {
            out[key] = value;
        } else {
            return Error("\"" + key +
                         "\" is not a ballot field (struck: [ids], marks: {id: agree|disagree|both|none}, "
                         "invalid: reason): " +
                         std::string(text));
        }
    }
    if (!out.contains("struck") && !out.contains("marks") && !out.contains("invalid")) {
        return Error("a ballot needs struck, marks or invalid: " + std::string(text));
    }
    if (out.contains("struck") && out.contains("marks")) {
        return Error("a ballot has struck names or marks, not both: " + std::string(text));
    }
    return out.dump();
}

std::expected<std::vector<BallotOutcome>, std::string> countBallots(const RecordRows& rows) {
    std::map<std::int64_t, const ReadingRow*> latest;  // sheet → its latest reading
    std::map<std::int64_t, const ReadingRow*> readingById;
    for (const ReadingRow& r : rows.readings) {
        readingById[r.id] = &r;
        const ReadingRow*& l = latest[r.sheet];
        if (l == nullptr || r.id > l->id) {
            l = &r;
        }
    }
    std::map<std::int64_t, const RulingRow*> rulingOn;  // reading → its latest ruling
    for (const RulingRow& r : rows.sheetRulings) {
        if (!readingById.contains(r.reading)) {
            return Error("ruling " + std::to_string(r.id) + " is on reading " + std::to_string(r.reading) +
                         ", which the record does not have");
        }
        const RulingRow*& l = rulingOn[r.reading];
        if (l == nullptr || r.id > l->id) {
            l = &r;
        }
    }
    std::vector<BallotOutcome> out;
    out.reserve(rows.sheets.size() + rows.manualEntries.size() / MANUAL_ENTRIES_NEEDED);
    for (const SheetRow& s : rows.sheets) {
        BallotOutcome o;
        o.sheet = std::to_string(s.id);
        o.election = s.election;
        o.round = s.round;
        o.twin = s.refeedOf;
        const auto l = latest.find(s.id);
        if (l == latest.end()) {
            o.state = BallotState::Unread;
            o.line =
                Json{{"election", s.election}, {"round", s.round}, {"sheet", o.sheet}, {"status", "unread"}}.dump();
            out.push_back(std::move(o));
            continue;
        }
        const ReadingRow& reading = *l->second;
        Json line = Json::parse(reading.line, nullptr, false);
        if (!line.is_object()) {
            return Error("reading " + std::to_string(reading.id) + " of sheet " + o.sheet + " is not a JSON object");
        }
        line["sheet"] = o.sheet;
        line["reading"] = reading.id;
        o.reading = reading.id;
        o.reasons = reasonsOf(line);
        const std::string status = line.value("status", "read");
        if (status == "rejected" && std::ranges::find(o.reasons, "later_side") != o.reasons.end()) {
            o.state = BallotState::LaterFace;
        } else if (status == "read" && s.refeedOf == 0) {
            o.state = BallotState::Counted;
        } else {
            // The committee looks: uncertain, not a ballot of this round, or maybe the same paper again.
            o.state = BallotState::Waiting;
            if (s.refeedOf != 0) {
                o.reasons.insert(o.reasons.begin(), "possible_refeed");
                line["twin"] = std::to_string(s.refeedOf);
            }
            line["status"] = "review";
            line["reasons"] = o.reasons;
            if (status == "rejected") {
                line["recognized"] = status;
            }
        }
        if (const auto r = rulingOn.find(reading.id); r != rulingOn.end() && o.state != BallotState::LaterFace) {
            auto decision = canonicalBallot(r->second->decision, true);
            if (!decision) {
                return Error("ruling " + std::to_string(r->second->id) + ": " + decision.error());
            }
            line["ruling"] = r->second->id;
            line["recognized"] = status;
            o.ruling = r->second->id;
            applyDecision(line, Json::parse(*decision), o);
        }
        o.line = line.dump();
        out.push_back(std::move(o));
    }
    if (auto manual = countManual(rows, out); !manual) {
        return Error(manual.error());
    }
    return out;
}

std::string countedLines(const std::vector<BallotOutcome>& outcomes) {
    std::string out;
    for (const BallotOutcome& o : outcomes) {
        out += o.line + "\n";
    }
    return out;
}

}  // namespace kp::store
