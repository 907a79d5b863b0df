#include "src/store/counted.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

namespace kp::store {

namespace {

using Json = nlohmann::ordered_json;
using Error = std::unexpected<std::string>;

std::expected<std::vector<Json>, std::string> lines(std::string_view text, const std::string& what) {
    std::vector<Json> out;
    std::istringstream in{std::string(text)};
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty()) {
            continue;
        }
        try {
            out.push_back(Json::parse(line));
        } catch (const nlohmann::json::exception&) {
            return Error(what + " line " + std::to_string(number) + ": not valid JSON");
        }
        if (!out.back().is_object()) {
            return Error(what + " line " + std::to_string(number) + ": not a JSON object");
        }
    }
    return out;
}

// Ballot numbers typed by operators ("7", "12") sort as numbers; anything else after them.
bool ballotBefore(const std::string& a, const std::string& b) {
    const auto digits = [](const std::string& s) { return !s.empty() && std::ranges::all_of(s, ::isdigit); };
    return std::make_tuple(!digits(a), digits(a) ? a.size() : 0, a) < std::make_tuple(!digits(b), digits(b) ? b.size() : 0, b);
}

struct ManualBallot {
    std::string election;
    std::int64_t round = 1;
    std::string ballot;
    std::vector<Json> entries;
    Json ruling;  // the latest, or null
};

Json decided(Json line, const Json& ruling) {
    for (const char* key : {"struck", "marks", "invalid", "reasons", "uncertain"}) {
        line.erase(key);
    }
    for (const auto& [key, value] : ruling.at("decision").items()) {
        line[key] = value;
    }
    line["status"] = "read";
    for (const char* key : {"ruling", "manual_ruling"}) {
        if (ruling.contains(key)) {
            line[key] = ruling.at(key);
        }
    }
    return line;
}

}  // namespace

std::expected<std::string, std::string> canonicalBallot(std::string_view text) {
    nlohmann::json in;  // sorted keys: the canonical form orders marks by candidate id
    try {
        in = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        return Error("not valid JSON: " + std::string(text));
    }
    if (!in.is_object()) {
        return Error("a ballot must be a JSON object: " + std::string(text));
    }
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : in.items()) {
        if (key == "struck" && value.is_array() && std::ranges::all_of(value, [](const auto& v) { return v.is_string(); })) {
            auto ids = value.get<std::vector<std::string>>();
            std::ranges::sort(ids);
            out[key] = ids;
        } else if (key == "marks" && value.is_object() && std::ranges::all_of(value, [](const auto& v) {
                       static const std::set<std::string> MARKS{"agree", "disagree", "both", "none"};
                       return v.is_string() && MARKS.contains(v.template get<std::string>());
                   })) {
            out[key] = value;
        } else if (key == "invalid" && value.is_string() && !value.get<std::string>().empty()) {
            out[key] = value;
        } else {
            return Error("\"" + key + "\" is not a ballot field (struck: [ids], marks: {id: agree|disagree|both|none}, "
                                      "invalid: reason): " + std::string(text));
        }
    }
    if (!out.contains("struck") && !out.contains("marks") && !out.contains("invalid")) {
        return Error("a ballot needs struck, marks or invalid: " + std::string(text));
    }
    return out.dump();
}

std::expected<std::string, std::string> countedReadings(std::string_view readingsText, std::string_view rulingsText,
                                                        std::string_view manualText) {
    auto readings = lines(readingsText, "readings");
    auto rulings = lines(rulingsText, "rulings");
    auto manual = lines(manualText, "manual entries");
    if (!readings || !rulings || !manual) {
        return Error(!readings ? readings.error() : !rulings ? rulings.error() : manual.error());
    }
    std::map<std::int64_t, Json> sheetRulings;  // reading number → its latest ruling
    std::map<std::tuple<std::string, std::int64_t, std::string>, ManualBallot> ballots;
    const auto keyOf = [](const Json& j) {
        return std::make_tuple(j.value("election", ""), j.value("round", std::int64_t{1}), j.value("ballot", ""));
    };
    for (const Json& e : *manual) {
        ManualBallot& b = ballots[keyOf(e)];
        std::tie(b.election, b.round, b.ballot) = keyOf(e);
        b.entries.push_back(e);
    }
    for (const Json& r : *rulings) {
        if (!canonicalBallot(r.value("decision", Json()).dump())) {
            return Error("rulings: ruling " + r.value("ruling", Json(r.value("manual_ruling", Json()))).dump() +
                         " has no valid decision");
        }
        if (r.contains("ballot")) {
            ManualBallot& b = ballots[keyOf(r)];
            std::tie(b.election, b.round, b.ballot) = keyOf(r);
            b.ruling = r;  // rulings come in order: a later one replaces an earlier
        } else {
            sheetRulings[r.value("reading", std::int64_t{0})] = r;
        }
    }
    std::string out;
    for (const Json& line : *readings) {
        const auto ruling = sheetRulings.find(line.value("reading", std::int64_t{-1}));
        out += (ruling == sheetRulings.end() ? line : decided(line, ruling->second)).dump() + "\n";
    }
    std::vector<ManualBallot*> ordered;
    for (auto& [key, b] : ballots) {
        ordered.push_back(&b);
    }
    std::ranges::stable_sort(ordered, [](const ManualBallot* a, const ManualBallot* b) {
        return std::tie(a->election, a->round) != std::tie(b->election, b->round)
                   ? std::tie(a->election, a->round) < std::tie(b->election, b->round)
                   : ballotBefore(a->ballot, b->ballot);
    });
    for (const ManualBallot* b : ordered) {
        Json line{{"election", b->election}, {"round", b->round}, {"sheet", "manual-" + b->ballot}};
        std::set<std::string> versions;
        for (const Json& e : b->entries) {
            auto canonical = canonicalBallot(e.value("entry", Json::object()).dump());
            if (!canonical) {
                return Error("manual entry of ballot " + b->ballot + " by " + e.value("operator", "?") + ": " + canonical.error());
            }
            versions.insert(*canonical);
        }
        line["entries"] = b->entries.size();
        if (!b->ruling.is_null()) {
            line = decided(line, b->ruling);
        } else if (versions.size() == 1 && b->entries.size() >= std::size_t{MANUAL_ENTRIES_NEEDED}) {
            const Json agreed = Json::parse(*versions.begin());
            for (const auto& [key, value] : agreed.items()) {
                line[key] = value;
            }
            line["status"] = "read";
        } else {
            line["status"] = "review";
            line["reasons"] = {versions.size() > 1 ? "manual_entries_differ" : "manual_second_entry_missing"};
        }
        out += line.dump() + "\n";
    }
    return out;
}

}  // namespace kp::store
