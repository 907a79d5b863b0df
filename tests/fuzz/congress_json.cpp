// The congress file on any text: parseCongress and parseMinutesInfo never crash or throw; a
// congress they accept is written back by writeCongress (the desktop editor's save) into a file
// that reads back as the same congress, byte for byte when written again.
#include "reports/congress_json.h"
#include "fuzz.h"

using kp::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kp::fuzz::textOf(data, size);
    const auto congress = kp::parseCongress(text);
    const auto info = kp::parseMinutesInfo(text);
    if (!congress || !info) {
        require(congress || !congress.error().message().empty(), "a refusal says why");
        return 0;
    }
    const std::string written = kp::writeCongress(*congress, *info);
    const auto again = kp::parseCongress(written);
    const auto againInfo = kp::parseMinutesInfo(written);
    require(again && againInfo, "what the editor writes reads back");
    require(kp::writeCongress(*again, *againInfo) == written, "and reads back as the same congress");
    return 0;
}
