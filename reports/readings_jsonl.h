#pragma once
// Readings, JSON Lines: one physical ballot a line (docs/formats.md).
#include <cstddef>
#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tally/input_error.h"
#include "tally/reading.h"

namespace kp {

// Parses every line; blank lines are skipped, line numbers count them. Fields other than
// the reading's own (image, scores, ...) are ignored. A line with "status": "rejected" or
// "set_aside" is not a ballot of any round and is skipped; "review" and "unread" are refused,
// because a ballot still waiting for the committee, or a sheet not read yet, must not be left
// out of a result.
std::expected<std::vector<Reading>, InputError> parseReadings(std::string_view text);

// One line of `recognize`'s output (docs/formats.md §Readings from the recogniser), checked
// before `import --readings` stores it: a JSON object without repeated keys; the readings
// fields above typed as there, for every status (marks, or an invalid reason, required only
// when the status is "read"); `image` a non-empty string; and every field the program later
// reads typed too: reasons and uncertain (lists of strings), scores (numbers), recognizer
// (an object whose version, settings, program are strings), page (≥ 1), error (a string),
// other_side and counted_with ({side, sheet, image, sha256}). Other fields are allowed.
// Errors are "readings line N: what" (InputError, where = "readings line N"); never throws.
struct RecognizerLine {
    std::string image;                // the page's file, as the line names it
    std::string status;               // "read", "review" or "rejected" ("read" when absent)
    std::string recognizer = "null";  // the recognizer object as compact JSON (keys sorted)
    Reading reading;                  // the ballot as read: election, round, sheet, marks, invalid
};
std::expected<RecognizerLine, InputError> parseRecognizerLine(std::string_view line, std::size_t number);

// One line of `enter --entries FILE.jsonl`: {"ballot": "7", "struck": [...]} (or "marks", and
// or "invalid", typed as in a readings line), without repeated keys. Errors are "entries line
// N: what"; never throws.
struct EntryLine {
    std::string ballot;            // the number written on the paper
    nlohmann::ordered_json entry;  // the line without "ballot", in the operator's order
};
std::expected<EntryLine, InputError> parseEntryLine(std::string_view line, std::size_t number);

}  // namespace kp
