#include "bundle.h"

#include <nlohmann/json.hpp>

#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/tally_json.h"
#include "tally/tally.h"

namespace kp::cli {

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

}  // namespace kp::cli
