#include "readings_jsonl.h"

#include <algorithm>

#include "json_input.h"
#include "readings_line.h"
#include "src/common/strict_json.h"

namespace kp {

namespace {

using namespace json_input;

std::string sheetOf(const Json& line, const std::string& where) {
    const Json& sheet = required(line, "sheet", where);
    if (sheet.is_number_unsigned()) {  // sheet numbers written as numbers are accepted as their decimal text
        return std::to_string(sheet.get<std::uint64_t>());
    }
    std::string s = text(sheet, where + " sheet");
    if (s.empty()) {
        fail(where, "sheet must not be empty");
    }
    return s;
}

StruckNames struckOf(const Json& list, const std::string& where) {
    if (!list.is_array()) {
        fail(where, "\"struck\" must be a list of candidate ids");
    }
    StruckNames out;
    out.ids.reserve(list.size());
    for (const Json& id : list) {
        out.ids.push_back(CandidateId{text(id, where + " struck")});
    }
    return out;
}

YesNoMarks marksOf(const Json& object, const std::string& where) {
    if (!object.is_object()) {
        fail(where, "\"marks\" must be an object {candidate id: mark}");
    }
    YesNoMarks out;
    for (const auto& [id, value] : object.items()) {
        const std::string code = text(value, where + " marks");
        const auto mark = markFromCode(code);
        if (!mark) {
            fail(where, "mark \"" + code + "\" for \"" + id + "\" is not one of: agree, disagree, both, none");
        }
        out.marks.emplace_back(CandidateId{id}, *mark);
    }
    return out;
}

std::optional<InvalidReason> invalidOf(const Json& line, const std::string& where) {
    const Json* value = optional(line, "invalid", where);
    if (value == nullptr) {
        return std::nullopt;
    }
    const std::string code = text(*value, where + " invalid");
    const auto reason = invalidReasonFromCode(code);
    if (!reason || !isFlaggableReason(*reason)) {
        fail(where, "\"invalid\": \"" + code +
                        "\" is not one of: not_issued, write_in, identifying_mark (the tally itself decides "
                        "overvote, all_struck and no_choice)");
    }
    return reason;
}

// The line's status, "read" when absent; fails on any status not `allowed`.
std::string statusOf(const Json& line, const std::string& where, std::initializer_list<std::string_view> allowed) {
    const Json* status = optional(line, "status", where);
    std::string s = status == nullptr ? "read" : text(*status, where + " status");
    if (std::ranges::find(allowed, s) == allowed.end()) {
        std::string list;
        for (const std::string_view a : allowed) {
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        fail(where, "status \"" + s + "\" is not one of: " + list);
    }
    return s;
}

void readMarks(const Json& line, const std::string& where, bool marksRequired, Reading& out);

// The ballot fields of a line, whatever its status; marks (or an invalid reason) are required
// only of a ballot that counts.
void readBallot(const Json& line, const std::string& where, std::size_t number, bool marksRequired, Reading& out) {
    out.line = number;
    out.election = ElectionId{text(required(line, "election", where), where + " election")};
    if (const Json* round = optional(line, "round", where)) {
        const std::int64_t r = integer(*round, where + " round");
        if (r < 1 || r > 1000) {
            fail(where, "round must be between 1 and 1000", InputErrorCode::BadRound);
        }
        out.round = static_cast<int>(r);
    }
    out.sheet = sheetOf(line, where);
    readMarks(line, where, marksRequired, out);
}

// What a ballot holds: struck names or yes/no marks, and an invalid reason; one of them is
// required when `marksRequired`.
void readMarks(const Json& line, const std::string& where, bool marksRequired, Reading& out) {
    out.invalid = invalidOf(line, where);
    const Json* struck = optional(line, "struck", where);
    const Json* marks = optional(line, "marks", where);
    if (struck != nullptr && marks != nullptr) {
        fail(where, "a ballot has either \"struck\" (strike ballot) or \"marks\" (yes/no ballot), not both");
    }
    if (struck != nullptr) {
        out.marks = struckOf(*struck, where);
    } else if (marks != nullptr) {
        out.marks = marksOf(*marks, where);
    } else if (!out.invalid && marksRequired) {
        fail(where, "missing \"struck\" or \"marks\"");
    }
}

// Returns false for a page the recogniser rejected (not a ballot of this count).
bool readLine(const Json& line, const std::string& where, std::size_t number, Reading& out) {
    requireObject(line, where);
    // A record's readings add set_aside and unread to what the recogniser writes.
    const std::string status = statusOf(line, where, {"read", "review", "rejected", "set_aside", "unread"});
    if (status == "rejected" || status == "set_aside") {
        return false;  // not a ballot of this count (the committee set it aside)
    }
    if (status == "review") {
        fail(where, "the ballot is waiting for the counting committee's review; record its ruling first");
    }
    if (status == "unread") {
        fail(where, "the sheet was scanned but has not been read yet; read it first (resume the count)");
    }
    readBallot(line, where, number, true, out);
    return true;
}

// An optional field that must be a list of strings (reasons, uncertain).
void stringList(const Json& line, const char* key, const std::string& where) {
    if (const Json* list = optional(line, key, where)) {
        if (!list->is_array()) {
            fail(where, std::string("\"") + key + "\" must be a list of strings");
        }
        for (const Json& item : *list) {
            text(item, where + " " + key);
        }
    }
}

// The other face of a two-sided ballot (other_side, counted_with): {side, sheet, image, sha256}.
void faceOf(const Json& line, const char* key, const std::string& where) {
    if (const Json* face = optional(line, key, where)) {
        const std::string w = where + " " + key;
        requireObject(*face, w);
        integer(required(*face, "side", w), w + ".side");
        for (const char* field : {"sheet", "image", "sha256"}) {
            text(required(*face, field, w), w + "." + field);
        }
    }
}

RecognizerLine recognizerLine(const Json& line, const std::string& where, std::size_t number) {
    requireObject(line, where);
    RecognizerLine out;
    out.status = statusOf(line, where, {"read", "review", "rejected"});
    out.image = text(required(line, "image", where), where + " image");
    if (out.image.empty()) {
        fail(where, "image must not be empty");
    }
    readBallot(line, where, number, out.status == "read", out.reading);
    stringList(line, "reasons", where);
    stringList(line, "uncertain", where);
    if (const Json* scores = optional(line, "scores", where)) {
        requireObject(*scores, where + " scores");
        for (const auto& [id, score] : scores->items()) {
            if (!score.is_number()) {
                fail(where + " scores", "the score of \"" + id + "\" must be a number");
            }
        }
    }
    if (const Json* recognizer = optional(line, "recognizer", where)) {
        requireObject(*recognizer, where + " recognizer");
        for (const char* field : {"version", "settings", "program"}) {
            if (const Json* value = optional(*recognizer, field, where + " recognizer")) {
                text(*value, where + " recognizer." + field);
            }
        }
        out.recognizer = recognizer->dump();
    }
    if (const Json* page = optional(line, "page", where); page != nullptr && integer(*page, where + " page") < 1) {
        fail(where, "page must be 1 or more");
    }
    if (const Json* error = optional(line, "error", where)) {
        text(*error, where + " error");
    }
    faceOf(line, "other_side", where);
    faceOf(line, "counted_with", where);
    return out;
}

}  // namespace

namespace readings_line {

std::expected<std::optional<Reading>, InputError> readFull(std::string_view line, std::size_t number) {
    const std::string where = "readings line " + std::to_string(number);
    try {
        Reading reading;
        if (!readLine(parse(line, where), where, number, reading)) {
            return std::nullopt;
        }
        return reading;
    } catch (const JsonInputFailure& f) {
        return std::unexpected(f.error);
    } catch (const nlohmann::json::exception& e) {
        return std::unexpected(InputError{InputErrorCode::Malformed, where, e.what()});
    }
}

}  // namespace readings_line

std::expected<std::vector<Reading>, InputError> parseReadings(std::string_view text) {
    std::vector<Reading> out;
    out.reserve(static_cast<std::size_t>(std::ranges::count(text, '\n')) + 1);
    std::size_t number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        Reading reading;
        switch (readings_line::readFast(line, number, reading)) {
            case readings_line::Outcome::Reading: out.push_back(std::move(reading)); continue;
            case readings_line::Outcome::NotABallot: continue;
            case readings_line::Outcome::Unsure: break;
        }
        auto full = readings_line::readFull(line, number);
        if (!full) {
            return std::unexpected(full.error());
        }
        if (*full) {
            out.push_back(std::move(**full));
        }
    }
    return out;
}

std::expected<RecognizerLine, InputError> parseRecognizerLine(std::string_view line, std::size_t number) {
    const std::string where = "readings line " + std::to_string(number);
    try {
        return recognizerLine(parse(line, where), where, number);
    } catch (const JsonInputFailure& f) {
        return std::unexpected(f.error);
    } catch (const nlohmann::json::exception& e) {  // a bug of this file: still a message, not an abort
        return std::unexpected(InputError{InputErrorCode::Malformed, where, e.what()});
    }
}

std::expected<EntryLine, InputError> parseEntryLine(std::string_view line, std::size_t number) {
    const std::string where = "entries line " + std::to_string(number);
    try {
        const Json entry = parse(line, where);
        requireObject(entry, where);
        EntryLine out;
        out.ballot = text(required(entry, "ballot", where), where + " ballot");
        if (out.ballot.empty()) {
            fail(where, "ballot must not be empty");
        }
        Reading marks;
        readMarks(entry, where, true, marks);
        // The entry as the operator wrote it (its order kept: two entries are compared as text).
        out.entry = *parseStrictJson(line);
        out.entry.erase("ballot");
        return out;
    } catch (const JsonInputFailure& f) {
        return std::unexpected(f.error);
    } catch (const nlohmann::json::exception& e) {  // a bug of this file: still a message, not an abort
        return std::unexpected(InputError{InputErrorCode::Malformed, where, e.what()});
    }
}

}  // namespace kp
