#pragma once
// Helpers shared by the parsers of the interchange formats. Inside a parser a problem is
// thrown as JsonInputFailure and turned into an InputError at the parser's public edge, so
// the parsing code reads straight through while callers still get values, not exceptions.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "tally/input_error.h"

namespace kp::json_input {

using Json = nlohmann::json;

struct JsonInputFailure {
    InputError error;
};

[[noreturn]] void fail(std::string where, std::string what, InputErrorCode code = InputErrorCode::Malformed);

// Parses one JSON document strictly (src/common/strict_json.h): syntax errors, ill-formed
// UTF-8 and repeated keys fail with line and column.
Json parse(std::string_view text, const std::string& where);

// Field access that names the path of what is missing or of the wrong type.
const Json& required(const Json& object, const char* key, const std::string& where);
const Json* optional(const Json& object, const char* key, const std::string& where);
void requireObject(const Json& value, const std::string& where);
std::string text(const Json& value, const std::string& where);
std::int64_t integer(const Json& value, const std::string& where);

}  // namespace kp::json_input
