// The strict JSON parser: every repeated key refused with its line, column, key and path;
// syntax errors and deep nesting refused; everything else read as nlohmann reads it.
#include <doctest/doctest.h>

#include <string>

#include "src/common/strict_json.h"

using kp::JsonError;
using kp::parseStrictJson;

TEST_CASE("strict JSON: a document without repeated keys reads as nlohmann reads it, in the file's order") {
    const std::string text = R"({"b": [1, 2.5, "x", null, true], "a": {"c": {}, "d": []}, "é": "ư"})";
    const auto doc = parseStrictJson(text);
    REQUIRE(doc);
    CHECK(*doc == nlohmann::ordered_json::parse(text));
    CHECK(doc->begin().key() == "b");
    const auto map = kp::parseStrictJsonMap(text);
    REQUIRE(map);
    CHECK(*map == nlohmann::json::parse(text));
}

TEST_CASE("strict JSON: a repeated key is refused with its line, column, key and the path of its object") {
    const std::string congress =
        "{\n  \"elections\": [\n    {\"id\": \"bch\"},\n    {\"id\": \"dv\",\n     \"seats\": 5, "
        "\"seats\": 1}\n  ]\n}\n";
    const auto doc = parseStrictJson(congress);
    REQUIRE_FALSE(doc);
    CHECK(doc.error().kind == JsonError::Kind::DuplicateKey);
    CHECK(doc.error().key == "seats");
    CHECK(doc.error().path == "elections[1]");
    CHECK(doc.error().line == 5);
    CHECK(doc.error().column == 18);
    CHECK(doc.error().message() == "line 5, column 18: duplicate key \"seats\" in elections[1]");
    CHECK_FALSE(kp::parseStrictJsonMap(congress));
}

TEST_CASE("strict JSON: repeated keys are refused at every depth, also when spelt with escapes") {
    const auto marks = parseStrictJson(R"({"marks": {"cu03": "agree", "cu03": "disagree"}})");
    REQUIRE_FALSE(marks);
    CHECK(marks.error().message() == "line 1, column 29: duplicate key \"cu03\" in marks");
    const auto struck = parseStrictJson(R"({"struck": ["cu01"], "image": "a.png", "struck": []})");
    REQUIRE_FALSE(struck);
    CHECK(struck.error().key == "struck");
    CHECK(struck.error().path.empty());
    CHECK(struck.error().column == 40);
    const auto escaped = parseStrictJson(R"({"sheet": "1", "s\u0068eet": "2"})");
    REQUIRE_FALSE(escaped);
    CHECK(escaped.error().key == "sheet");
    CHECK(escaped.error().column == 16);
    // Columns count characters, as an editor shows them, not the bytes of Vietnamese letters.
    const auto vietnamese = parseStrictJson(R"({"tên": "Nguyễn Thị Hằng", "tên": "x"})");
    REQUIRE_FALSE(vietnamese);
    CHECK(vietnamese.error().column == 28);
    CHECK(vietnamese.error().offset == 34);
    const auto quoted = parseStrictJson(R"({"a\"b": 1, "a\"b": 2})");
    REQUIRE_FALSE(quoted);
    CHECK(quoted.error().column == 13);
    // The same key in two different objects, or in objects of one list, is no repetition.
    CHECK(parseStrictJson(R"([{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}])"));
}

TEST_CASE("strict JSON: a repeated key among many keys is still found") {
    std::string text = "{";
    for (int i = 0; i < 1000; ++i) {
        text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    }
    CHECK(parseStrictJson(text + "\"last\": 0}"));
    const auto doc = parseStrictJson(text + "\"k7\": 0}");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().key == "k7");
}

TEST_CASE("strict JSON: syntax errors keep nlohmann's wording and give line and column") {
    const auto bad = parseStrictJson("{\n  \"a\": 1,\n  x\n}");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == JsonError::Kind::Syntax);
    CHECK(bad.error().line == 3);
    CHECK(bad.error().message().starts_with("not valid JSON: parse error at line 3, column 3: syntax error"));
    const auto utf8 = parseStrictJson("{\"a\": \"\xC3\"}");
    REQUIRE_FALSE(utf8);
    CHECK(utf8.error().message().find("UTF-8") != std::string::npos);
    CHECK_FALSE(parseStrictJson(""));
    CHECK_FALSE(parseStrictJson("{} {}"));
    CHECK_FALSE(parseStrictJson("[1,]"));
}

TEST_CASE("strict JSON: nesting deeper than any format needs is refused, not followed into a stack overflow") {
    const std::size_t deep = 100'000;
    const auto doc = parseStrictJson(std::string(deep, '[') + std::string(deep, ']'));
    REQUIRE_FALSE(doc);
    CHECK(doc.error().kind == JsonError::Kind::TooDeep);
    CHECK(doc.error().column == kp::MAX_JSON_DEPTH + 1);
    const std::size_t ok = kp::MAX_JSON_DEPTH;
    CHECK(parseStrictJson(std::string(ok, '[') + std::string(ok, ']')));
}
