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

namespace {

const std::string RECOGNIZED =
    R"({"election": "cu", "round": 1, "sheet": "ballot-00005", "image": "scans/ballot-00005.jpg", "status": "review",)"
    R"( "reasons": ["underline"], "struck": ["cu04"], "uncertain": ["cu01"], "scores": {"cu01": 0.0, "cu04": 0.982},)"
    R"( "recognizer": {"version": "kp-recognizer/2", "settings": "0123456789abcdef", "program": "0.1.0+abc"}})";

std::string recognizerError(const std::string& line) {
    const auto r = parseRecognizerLine(line, 7);
    REQUIRE_FALSE(r);
    return r.error().message();
}

std::string with(std::string line, const std::string& from, const std::string& to) {
    const auto at = line.find(from);
    REQUIRE(at != std::string::npos);
    return line.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a line of the recogniser's output is read with its image, status and recognizer") {
    const auto r = parseRecognizerLine(RECOGNIZED, 7);
    REQUIRE(r);
    CHECK(r->image == "scans/ballot-00005.jpg");
    CHECK(r->status == "review");
    CHECK(r->recognizer == R"({"program":"0.1.0+abc","settings":"0123456789abcdef","version":"kp-recognizer/2"})");
    CHECK(r->reading.sheet == "ballot-00005");
    CHECK(r->reading.line == 7);
    CHECK(std::get<StruckNames>(r->reading.marks).ids == std::vector<CandidateId>{CandidateId{"cu04"}});
    // A page in review or rejected need not say what was read; a ballot that counts must.
    CHECK(parseRecognizerLine(R"({"election": "cu", "sheet": "1", "image": "a.png", "status": "rejected"})", 1));
    CHECK(recognizerError(R"({"election": "cu", "sheet": "1", "image": "a.png", "status": "read"})") ==
          "readings line 7: missing \"struck\" or \"marks\"");
}

TEST_CASE("a recogniser line of the wrong shape is an error naming the line, never an abort") {
    // Each of these aborted `import --readings` with an uncaught JSON type error.
    CHECK(recognizerError("[1,2]") == "readings line 7: must be a JSON object, got array");
    CHECK(recognizerError("\"x\"") == "readings line 7: must be a JSON object, got string");
    CHECK(recognizerError(with(RECOGNIZED, "\"scans/ballot-00005.jpg\"", "5")) ==
          "readings line 7 image: must be a string, got number");
    CHECK(recognizerError(with(RECOGNIZED, "\"image\": \"scans/ballot-00005.jpg\", ", "")) ==
          "readings line 7: missing field \"image\"");
    CHECK(recognizerError(with(RECOGNIZED, "\"status\": \"review\"", "\"status\": 1")) ==
          "readings line 7 status: must be a string, got number");
    CHECK(recognizerError(with(RECOGNIZED, "\"status\": \"review\"", "\"status\": \"done\"")) ==
          "readings line 7: status \"done\" is not one of: read, review, rejected");
    CHECK(recognizerError(with(RECOGNIZED, "\"round\": 1", "\"round\": \"1\"")) ==
          "readings line 7 round: must be a whole number, got string");
    CHECK(recognizerError(with(RECOGNIZED, "[\"underline\"]", "\"underline\"")) ==
          "readings line 7: \"reasons\" must be a list of strings");
    CHECK(recognizerError(with(RECOGNIZED, "[\"cu01\"]", "[1]")) ==
          "readings line 7 uncertain: must be a string, got number");
    CHECK(recognizerError(with(RECOGNIZED, "\"cu04\": 0.982", "\"cu04\": \"high\"")) ==
          "readings line 7 scores: the score of \"cu04\" must be a number");
    CHECK(recognizerError(with(RECOGNIZED, "\"version\": \"kp-recognizer/2\"", "\"version\": 2")) ==
          "readings line 7 recognizer.version: must be a string, got number");
    CHECK(recognizerError(with(RECOGNIZED, "\"recognizer\": {", "\"recognizer\": \"kp\", \"was\": {")) ==
          "readings line 7 recognizer: must be a JSON object, got string");
    CHECK(recognizerError(with(RECOGNIZED, "\"reasons\"", "\"page\": 0, \"reasons\"")) ==
          "readings line 7: page must be 1 or more");
    CHECK(
        recognizerError(with(RECOGNIZED, "\"reasons\"", "\"other_side\": {\"side\": 2, \"sheet\": 1}, \"reasons\"")) ==
        "readings line 7 other_side.sheet: must be a string, got number");
    CHECK(recognizerError(with(RECOGNIZED, "\"reasons\"", "\"status\": \"read\", \"reasons\"")) ==
          "readings line 7: column 112: duplicate key \"status\"");
}

TEST_CASE("a line of manual entries is typed as a readings line, and keeps the operator's order") {
    const auto e = parseEntryLine(R"({"ballot": "7", "marks": {"cu02": "agree", "cu01": "none"}})", 3);
    REQUIRE(e);
    CHECK(e->ballot == "7");
    CHECK(e->entry.dump() == R"({"marks":{"cu02":"agree","cu01":"none"}})");
    const auto error = [](const char* line) {
        const auto r = parseEntryLine(line, 3);
        REQUIRE_FALSE(r);
        return r.error().message();
    };
    // The previous `enter` aborted on the first two (an uncaught JSON type error) and stored the
    // last of two "struck" keys.
    CHECK(error(R"({"ballot": "7", "struck": "cu01"})") ==
          "entries line 3: \"struck\" must be a list of candidate ids");
    CHECK(error(R"({"ballot": "7", "struck": [1]})") == "entries line 3 struck: must be a string, got number");
    CHECK(error(R"({"ballot": "7", "marks": {"cu01": "yes"}})") ==
          "entries line 3: mark \"yes\" for \"cu01\" is not one of: agree, disagree, both, none");
    CHECK(error(R"({"ballot": "7"})") == "entries line 3: missing \"struck\" or \"marks\"");
    CHECK(error(R"({"ballot": 7, "struck": []})") == "entries line 3 ballot: must be a string, got number");
    CHECK(error(R"({"ballot": "7", "struck": [], "struck": ["cu01"]})") ==
          "entries line 3: column 31: duplicate key \"struck\"");
    CHECK(error("[7]") == "entries line 3: must be a JSON object, got array");
}
