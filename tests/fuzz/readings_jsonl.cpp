// Readings on any text: parseReadings and parseRecognizerLine never crash or throw; on every
// line the fast path never accepts what the full parser reads differently or refuses; whatever
// parses is tallied against the co-so sample congress without a crash.
#include <fstream>
#include <sstream>

#include "fuzz.h"
#include "reports/congress_json.h"
#include "reports/readings_jsonl.h"
#include "reports/readings_line.h"
#include "tally/tally.h"
#include "tests/reports/same_reading.h"

using kp::fuzz::require;

namespace {

const kp::Congress& sampleCongress() {
    static const kp::Congress congress = [] {
        std::ifstream in(KP_SOURCE_DIR "/samples/co-so/congress.json");
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = kp::parseCongress(text.str());
        require(parsed.has_value(), "the co-so sample congress reads");
        return *parsed;
    }();
    return congress;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kp::fuzz::textOf(data, size);
    std::size_t number = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        kp::Reading fast;
        const auto outcome = kp::readings_line::readFast(line, number, fast);
        if (outcome != kp::readings_line::Outcome::Unsure) {
            const auto full = kp::readings_line::readFull(line, number);
            require(full.has_value(), "the fast path accepts only lines the full parser accepts");
            require((outcome == kp::readings_line::Outcome::NotABallot) == !full->has_value(),
                    "both paths agree on what is not a ballot");
            require(!full->has_value() || kp::test::sameReading(fast, **full), "both paths read the same ballot");
        }
        (void)kp::parseRecognizerLine(line, number);
    }
    const auto readings = kp::parseReadings(text);
    if (readings) {
        (void)kp::tally(sampleCongress(), *readings);
    }
    return 0;
}
