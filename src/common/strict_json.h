#pragma once
// The one JSON parser for every file KiemPhieu reads (congress, readings, scan log, bundle,
// blanks, command-line inputs). Plain nlohmann::json::parse keeps the last of a repeated key,
// so `"seats": 5, "seats": 1` or a second `"struck": []` would silently change a count; this
// parser refuses any repeated key in any object, and nesting deeper than any format needs
// (deep nesting makes nlohmann's recursive copy, compare and dump overflow the stack).
//
// Contract: parseStrictJson(text) returns the document, or a JsonError naming where the text
// went wrong (byte offset; line and column, both 1-based, the column in characters) and what: a
// syntax error (nlohmann's message, which also covers ill-formed UTF-8), a duplicate key (the
// key and the path of its object), or too deep a nesting. It never throws on any input and
// keeps no state: safe from any thread. Objects keep the file's order (ordered_json);
// parseStrictJsonMap gives the std::map-backed nlohmann::json for code that wants sorted keys.
#include <cstddef>
#include <expected>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kp {

struct JsonError {
    enum class Kind { Syntax, DuplicateKey, TooDeep };
    Kind kind = Kind::Syntax;
    std::size_t offset = 0;  // bytes before the place the problem was found
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in UTF-8 characters as an editor counts them
    std::string key;         // DuplicateKey: the repeated key
    std::string path;        // DuplicateKey: the object holding it ("elections[0]", "" for the top level)
    std::string what;        // one line, English, without the position

    // "line 3, column 14: duplicate key "seats" in elections[0]"; a syntax error keeps
    // nlohmann's own wording: "not valid JSON: parse error at line 1, column 5: syntax error ...".
    std::string message() const;
    // The same for a one-line document (a line of JSON Lines, already named by its line):
    // "column 14: duplicate key "seats"".
    std::string messageInLine() const;
};

// Containers nested deeper than this are refused; every format is less than 6 deep.
inline constexpr std::size_t MAX_JSON_DEPTH = 64;

std::expected<nlohmann::ordered_json, JsonError> parseStrictJson(std::string_view text);
std::expected<nlohmann::json, JsonError> parseStrictJsonMap(std::string_view text);

}  // namespace kp
