// parseStrictJson on any text: never crashes; accepts only what nlohmann accepts, as the same
// document; refuses a repeated key only in text nlohmann reads; what it accepts dumps and
// reads back the same; an error's position lies in the text.
#include <nlohmann/json.hpp>

#include "fuzz.h"
#include "src/common/strict_json.h"

using kp::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kp::fuzz::textOf(data, size);
    const auto doc = kp::parseStrictJson(text);
    if (doc) {
        const auto plain = nlohmann::ordered_json::parse(text, nullptr, false);
        require(!plain.is_discarded() && plain == *doc, "a strict document is the document nlohmann reads");
        const auto again = kp::parseStrictJson(doc->dump());
        require(again && *again == *doc, "a strict document dumps and reads back the same");
        return 0;
    }
    const kp::JsonError& e = doc.error();
    require(e.offset <= size && e.line >= 1 && e.column >= 1, "an error's position lies in the text");
    require(!e.message().empty(), "an error says what is wrong");
    if (e.kind == kp::JsonError::Kind::DuplicateKey) {
        require(!e.key.empty() || text.find("\"\"") != std::string_view::npos, "a repeated key is named");
    }
    return 0;
}
