#include "src/app/readings_import.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/congress_json.h"
#include "src/app/inputs.h"
#include "src/app/json_fields.h"
#include "src/common/sha256.h"

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
        const Json reading = Json::parse(line, nullptr, false);
        if (reading.is_discarded()) {
            return std::unexpected(where + "not valid JSON");
        }
        if (!reading.is_object()) {
            return std::unexpected(where + "not a JSON object (one reading a line)");
        }
        const auto image = textField(reading, "image");
        const auto election = textField(reading, "election");
        const auto status = textField(reading, "status").value_or("read");
        if (!image || !election) {
            return std::unexpected(where + "needs \"image\" (the scanned file) and \"election\", as text");
        }
        if (status != "read" && status != "review" && status != "rejected") {
            return std::unexpected(where + "status \"" + status + "\" is not one of: read, review, rejected");
        }
        if (reading.contains("round") && !integerField(reading, "round")) {
            return std::unexpected(where + "\"round\" is not a number");
        }
        const auto ids = idsOf(reading);
        if (!ids) {
            return std::unexpected(where + ids.error());
        }
        if (auto known = checkCandidateIds(*congress, *election, *ids); !known) {
            return std::unexpected(where + known.error());
        }
        auto bytes = readFile(*image);
        if (!bytes) {
            return std::unexpected(where + bytes.error());
        }
        readings.push_back({sha256Hex(*bytes), line, *election,
                            static_cast<int>(integerField(reading, "round").value_or(1)), status,
                            reading.value("recognizer", Json()).dump(), path + " line " + std::to_string(number)});
    }
    auto recorded = record.addReadings(readings, reread, actor, time);
    if (!recorded) {
        return std::unexpected(recorded.error().message);
    }
    return *recorded;
}

}  // namespace kp::app
