#include "readings_jsonl.h"

#include <algorithm>

#include "json_input.h"
#include "readings_line.h"

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

// Returns false for a page the recogniser rejected (not a ballot of this count).
bool readLine(const Json& line, const std::string& where, std::size_t number, Reading& out) {
    requireObject(line, where);
    if (const Json* status = optional(line, "status", where)) {
        const std::string s = text(*status, where + " status");
        if (s == "rejected" || s == "set_aside") {
            return false;  // not a ballot of this count (the committee set it aside)
        }
        if (s == "review") {
            fail(where, "the ballot is waiting for the counting committee's review; record its ruling first");
        }
        if (s == "unread") {
            fail(where, "the sheet was scanned but has not been read yet; read it first (resume the count)");
        }
        if (s != "read") {
            fail(where, "status \"" + s + "\" is not one of: read, review, rejected, set_aside, unread");
        }
    }
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
    } else if (!out.invalid) {
        fail(where, "missing \"struck\" or \"marks\"");
    }
    return true;
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

}  // namespace kp
