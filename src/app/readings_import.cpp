#include "src/app/readings_import.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "src/app/inputs.h"
#include "src/common/sha256.h"
#include "src/common/strict_json.h"

namespace kp::app {

using Json = nlohmann::ordered_json;

namespace {

// The candidate ids a reading line names: struck, marked or doubtful.
std::expected<std::vector<std::string>, std::string> idsOf(const Json& line) {
    std::vector<std::string> ids;
    for (const char* key : {"struck", "uncertain"}) {
        if (const auto it = line.find(key); it != line.end()) {
            if (!it->is_array() || !std::ranges::all_of(*it, [](const Json& v) { return v.is_string(); })) {
                return std::unexpected(std::string("\"") + key + "\" is not a list of candidate ids");
            }
            for (const Json& id : *it) {
                ids.push_back(id.get<std::string>());
            }
        }
    }
    if (const auto it = line.find("marks"); it != line.end()) {
        if (!it->is_object()) {
            return std::unexpected("\"marks\" is not an object of candidate ids");
        }
        for (const auto& [id, mark] : it->items()) {
            ids.push_back(id);
        }
    }
    return ids;
}

// An error of parseRecognizerLine without its "readings line N" (the caller names the file).
std::string withoutLineName(const InputError& error, int number) {
    const std::string message = error.message();
    const std::string name = "readings line " + std::to_string(number);
    if (!message.starts_with(name)) {
        return message;
    }
    const std::string rest = message.substr(name.size());
    return rest.starts_with(": ") ? rest.substr(2) : rest.starts_with(" ") ? rest.substr(1) : rest;
}

}  // namespace

std::expected<void, std::string> checkCandidateIds(const Congress& congress, const std::string& election,
                                                   const std::vector<std::string>& ids) {
    const auto e = std::ranges::find(congress.elections, ElectionId{election}, &Election::id);
    if (e == congress.elections.end()) {
        return std::unexpected("the congress has no election \"" + election + "\"");
    }
    const auto onList = [](const std::vector<Candidate>& list, const std::string& id) {
        return std::ranges::find(list, CandidateId{id}, &Candidate::id) != list.end();
    };
    for (const std::string& id : ids) {
        if (!onList(e->candidates, id) &&
            std::ranges::none_of(e->rounds, [&](const RoundDefinition& r) { return onList(r.candidates, id); })) {
            return std::unexpected("\"" + id + "\" is not a candidate of election \"" + election + "\"");
        }
    }
    return {};
}

std::expected<store::ReadingsSummary, std::string> importReadingsFile(store::Record& record, const std::string& path,
                                                                      bool reread, const std::string& actor,
                                                                      const std::string& time) {
    auto text = readFile(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    auto congressText = record.congressJson();
    if (!congressText) {
        return std::unexpected(congressText.error().message);
    }
    auto congress = parseCongress(*congressText);
    if (!congress) {
        return std::unexpected("the record's congress: " + congress.error().message());
    }
    std::vector<store::NewReading> readings;
    std::istringstream lines(*text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        const std::string where = path + " line " + std::to_string(number) + ": ";
        // Every field typed and no key repeated (reports/readings_jsonl.h), before anything is stored.
        const auto checked = parseRecognizerLine(line, static_cast<std::size_t>(number));
        if (!checked) {
            return std::unexpected(where + withoutLineName(checked.error(), number));
        }
        const Json reading = *parseStrictJson(line);  // as written, for the recognizer's text
        const std::string& image = checked->image;
        const std::string& election = checked->reading.election.value;
        const auto ids = idsOf(reading);
        if (!ids) {
            return std::unexpected(where + ids.error());
        }
        if (auto known = checkCandidateIds(*congress, election, *ids); !known) {
            return std::unexpected(where + known.error());
        }
        auto bytes = readFile(image);
        if (!bytes) {
            return std::unexpected(where + bytes.error());
        }
        readings.push_back({sha256Hex(*bytes), line, election, checked->reading.round, checked->status,
                            reading.value("recognizer", Json()).dump(), path + " line " + std::to_string(number)});
    }
    auto recorded = record.addReadings(readings, reread, actor, time);
    if (!recorded) {
        return std::unexpected(recorded.error().message);
    }
    return *recorded;
}

}  // namespace kp::app
