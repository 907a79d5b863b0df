// The readings parser: one ballot a line; errors name the line.
#include <doctest/doctest.h>

#include <string>

#include "reports/readings_jsonl.h"

using namespace kp;

namespace {

std::string errorOf(const std::string& text) {
    const auto r = parseReadings(text);
    REQUIRE_FALSE(r);
    return r.error().message();
}

}  // namespace

TEST_CASE("strike and yes/no readings, blank lines and extra fields") {
    const std::string text =
        "{\"election\": \"bch\", \"round\": 1, \"sheet\": \"001\", \"struck\": [\"a\", \"b\"]}\n"
        "\n"
        "{\"election\": \"bt\", \"sheet\": 7, \"marks\": {\"a\": \"agree\", \"b\": \"both\"}, \"image\": \"x.png\"}\r\n"
        "{\"election\": \"bch\", \"round\": 2, \"sheet\": \"002\", \"invalid\": \"write_in\"}\n"
        "{\"election\": \"bch\", \"sheet\": \"003\", \"status\": \"rejected\", \"reasons\": [\"not_a_ballot\"]}\n"
        "{\"election\": \"bch\", \"sheet\": \"004\", \"status\": \"read\", \"struck\": []}";
    const auto r = parseReadings(text);
    REQUIRE(r);
    REQUIRE(r->size() == 4);  // the rejected page is not a ballot
    CHECK((*r)[0].line == 1);
    CHECK((*r)[0].round == 1);
    CHECK(std::get<StruckNames>((*r)[0].marks).ids.size() == 2);
    CHECK((*r)[1].line == 3);
    CHECK((*r)[1].sheet == "7");
    CHECK((*r)[1].round == 1);
    const auto& marks = std::get<YesNoMarks>((*r)[1].marks).marks;
    REQUIRE(marks.size() == 2);
    CHECK(marks[1].second == Mark::Both);
    CHECK((*r)[2].round == 2);
    CHECK((*r)[2].invalid == InvalidReason::WriteIn);
    CHECK(std::holds_alternative<NoMarks>((*r)[2].marks));
    CHECK((*r)[3].line == 6);
    CHECK(std::get<StruckNames>((*r)[3].marks).ids.empty());
}

TEST_CASE("errors name the line") {
    CHECK(errorOf(
              "{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": []}\n{\"election\": \"bch\", \"sheet\": \"2\"}") ==
          "readings line 2: missing \"struck\" or \"marks\"");
    CHECK(errorOf("\n\n{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [1]}") ==
          "readings line 3 struck: must be a string, got number");
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [], \"marks\": {}}").find("not both") !=
          std::string::npos);
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [], \"invalid\": \"overvote\"}")
              .find("the tally itself decides") != std::string::npos);
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"marks\": {\"a\": \"yes\"}}") ==
          "readings line 1: mark \"yes\" for \"a\" is not one of: agree, disagree, both, none");
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"round\": 0, \"struck\": []}") ==
          "readings line 1: round must be between 1 and 1000");
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"status\": \"review\", \"struck\": []}")
              .find("waiting for the counting committee") != std::string::npos);
    CHECK(errorOf("[1, 2]") == "readings line 1: must be a JSON object, got array");
}

TEST_CASE("malformed JSON and wrong UTF-8 name the line") {
    const std::string bad =
        errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": []}\n{\"election\": \"bch\",");
    CHECK(bad.find("readings line 2: not valid JSON") == 0);
    const std::string utf = errorOf("{\"election\": \"bch\", \"sheet\": \"\xC3\x28\", \"struck\": []}");
    CHECK(utf.find("readings line 1: not valid JSON") == 0);
    CHECK(utf.find("UTF-8") != std::string::npos);
}

TEST_CASE("a repeated key in a line is refused with the line, column and key, never last-one-wins") {
    // Each of these would otherwise change a vote: the last "cu03" or the empty "struck" wins.
    CHECK(
        errorOf("{\"election\": \"bt\", \"sheet\": \"1\", \"struck\": []}\n"
                "{\"election\": \"bt\", \"sheet\": \"2\", \"marks\": {\"cu03\": \"agree\", \"cu03\": \"disagree\"}}") ==
        "readings line 2: column 61: duplicate key \"cu03\" in marks");
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [\"a\"], \"struck\": []}") ==
          "readings line 1: column 52: duplicate key \"struck\"");
    // Fields the tally ignores may not repeat either: the file would mean two things.
    CHECK(
        errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [], \"image\": \"a.png\", \"image\": \"b.png\"}")
            .find("duplicate key \"image\"") != std::string::npos);
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"struck\": [], \"scores\": {\"a\": 0.1, \"a\": 0.9}}")
              .find("duplicate key \"a\" in scores") != std::string::npos);
    CHECK(errorOf("{\"election\": \"bch\", \"sheet\": \"1\", \"sheet\": \"2\", \"struck\": []}")
              .find("duplicate key \"sheet\"") != std::string::npos);
}
