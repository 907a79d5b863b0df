#include "congress_json.h"

#include <array>
#include <utility>

#include "congress_codes.h"
#include "json_input.h"
#include "tally/round_spec.h"

namespace kp {

namespace {

using namespace json_input;

// People and ballots at any congress are far below this; the cap keeps sums of counts
// (base, 2 × votes) far from integer overflow whatever a file says.
constexpr std::int64_t MAX_COUNT = 1'000'000'000;

template <class E, std::size_t N>
E oneOf(const Json& value, const std::array<std::pair<std::string_view, E>, N>& codes, const std::string& where) {
    const std::string code = text(value, where);
    for (const auto& [name, e] : codes) {
        if (name == code) {
            return e;
        }
    }
    std::string allowed;
    for (const auto& [name, e] : codes) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    fail(where, "\"" + code + "\" is not one of: " + allowed);
}

Count count(const Json& value, const std::string& where, std::int64_t min) {
    const std::int64_t n = integer(value, where);
    if (n < min || n > MAX_COUNT) {
        fail(where, "must be between " + std::to_string(min) + " and " + std::to_string(MAX_COUNT) + ", got " +
                        std::to_string(n));
    }
    return n;
}

std::optional<Count> optionalCount(const Json& object, const char* key, const std::string& where, std::int64_t min) {
    const Json* value = optional(object, key, where);
    return value ? std::optional<Count>(count(*value, where + "." + key, min)) : std::nullopt;
}

std::vector<Deduction> deductions(const Json& object, const std::string& where) {
    std::vector<Deduction> out;
    const Json* list = optional(object, "deductions", where);
    if (list == nullptr) {
        return out;
    }
    if (!list->is_array()) {
        fail(where + ".deductions", "must be a list");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string w = where + ".deductions[" + std::to_string(i) + "]";
        const Json& d = (*list)[i];
        out.push_back({count(required(d, "count", w), w + ".count", 0), text(required(d, "reason", w), w + ".reason")});
    }
    return out;
}

std::vector<Candidate> candidates(const Json& object, const std::string& where, bool required_) {
    std::vector<Candidate> out;
    const Json* list = required_ ? &required(object, "candidates", where) : optional(object, "candidates", where);
    if (list == nullptr) {
        return out;
    }
    if (!list->is_array()) {
        fail(where + ".candidates", "must be a list");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string w = where + ".candidates[" + std::to_string(i) + "]";
        const Json& c = (*list)[i];
        out.push_back({CandidateId{text(required(c, "id", w), w + ".id")}, text(required(c, "name", w), w + ".name")});
    }
    return out;
}

std::vector<RoundDefinition> rounds(const Json& object, const std::string& where) {
    std::vector<RoundDefinition> out;
    const Json* list = optional(object, "rounds", where);
    if (list == nullptr) {
        return out;
    }
    if (!list->is_array()) {
        fail(where + ".rounds", "must be a list");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string w = where + ".rounds[" + std::to_string(i) + "]";
        const Json& r = (*list)[i];
        RoundDefinition def;
        def.round = static_cast<int>(count(required(r, "round", w), w + ".round", 2));
        def.seats = optionalCount(r, "seats", w, 1);
        def.candidates = candidates(r, w, false);
        def.issued = optionalCount(r, "issued", w, 0);
        out.push_back(std::move(def));
    }
    return out;
}


Election election(const Json& e, const std::string& where) {
    Election out;
    out.id = ElectionId{text(required(e, "id", where), where + ".id")};
    out.title = text(required(e, "title", where), where + ".title");
    out.body = oneOf(required(e, "body", where), congress_codes::BODIES, where + ".body");
    // seats ≥ 1 and seats ≤ candidates are checked with the whole congress (validateCongress),
    // so that every rule lives in one place; here only the type and the range.
    out.seats = count(required(e, "seats", where), where + ".seats", -MAX_COUNT);
    out.alternates = optionalCount(e, "alternates", where, 0).value_or(0);
    out.issued = optionalCount(e, "issued", where, 0);
    out.candidates = candidates(e, where, true);
    if (const Json* convened = optional(e, "convened", where)) {
        out.electorate = Electorate{count(*convened, where + ".convened", 0), deductions(e, where)};
    } else if (optional(e, "deductions", where) != nullptr) {
        fail(where + ".deductions", "an election's own deductions need its own \"convened\"");
    }
    out.rounds = rounds(e, where);
    return out;
}

Congress congress(const Json& doc) {
    const std::string root = "congress file";
    requireObject(doc, root);
    const std::string format = text(required(doc, "format", root), root + ".format");
    if (format != CONGRESS_FORMAT) {
        fail(root + ".format", "\"" + format + "\" is not \"" + std::string(CONGRESS_FORMAT) + "\"");
    }
    const std::string where = "congress";
    const Json& c = required(doc, "congress", root);
    Congress out;
    out.name = text(required(c, "name", where), where + ".name");
    out.organization = text(required(c, "organization", where), where + ".organization");
    out.level = oneOf(required(c, "level", where), congress_codes::LEVELS, where + ".level");
    out.kind = oneOf(required(c, "kind", where), congress_codes::KINDS, where + ".kind");
    out.electorate = Electorate{count(required(c, "convened", where), where + ".convened", 0), deductions(c, where)};
    if (const Json* training = optional(c, "training", where)) {
        if (!training->is_boolean()) {
            fail(where + ".training", "must be true or false");
        }
        out.training = training->get<bool>();
    }
    const Json& list = required(doc, "elections", root);
    if (!list.is_array()) {
        fail("congress elections", "must be a list");
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        out.elections.push_back(election(list[i], "congress elections[" + std::to_string(i) + "]"));
    }
    return out;
}

// The figures of each vote against each other (election-rules.md §4–5): nobody votes who is
// not in the base, so those present and the ballots issued are at most the base. A file that
// breaks this would print "absent: -2" in the minutes. (More ballots issued than people
// present is only warned about in the editor: the rules do not say it cannot happen.)
std::expected<void, InputError> checkFigures(const Json& doc, const Congress& c) {
    const auto refuse = [](std::size_t i, const Election& e, CongressCheck check, std::string what, Count a, Count b) {
        InputError error{InputErrorCode::BadBase, "congress elections[" + std::to_string(i) + "] (\"" + e.id.value + "\")",
                         std::move(what)};
        error.check = check;
        error.election = static_cast<int>(i);
        error.figures = {a, b};
        return std::unexpected(std::move(error));
    };
    for (std::size_t i = 0; i < c.elections.size(); ++i) {
        const Election& e = c.elections[i];
        const Count base = c.electorateOf(e).base();
        const Json& raw = doc["elections"][i];
        // 0: not known yet (the minutes leave a blank); its type is parseMinutesInfo's to check.
        const Count present = raw.contains("present") && raw["present"].is_number_unsigned() ? raw["present"].get<Count>() : 0;
        if (present > base) {
            return refuse(i, e, CongressCheck::PresentOverBase,
                          std::to_string(present) + " present at the vote but the base is " + std::to_string(base) +
                              " (convened minus deductions)",
                          present, base);
        }
        std::vector<Count> issued;
        if (e.issued) {
            issued.push_back(*e.issued);
        }
        for (const RoundDefinition& r : e.rounds) {
            if (r.issued) {
                issued.push_back(*r.issued);
            }
        }
        for (const Count n : issued) {
            if (n > base) {
                return refuse(i, e, CongressCheck::IssuedOverBase,
                              std::to_string(n) + " ballots issued but the base is " + std::to_string(base), n, base);
            }
        }
    }
    return {};
}

}  // namespace

std::expected<Congress, InputError> parseCongress(std::string_view text) {
    try {
        const Json doc = parse(text, "congress file");
        Congress out = congress(doc);
        if (auto ok = validateCongress(out); !ok) {
            return std::unexpected(ok.error());
        }
        if (auto ok = checkFigures(doc, out); !ok) {
            return std::unexpected(ok.error());
        }
        return out;
    } catch (const JsonInputFailure& f) {
        return std::unexpected(f.error);
    } catch (const nlohmann::json::exception& e) {
        return std::unexpected(InputError{InputErrorCode::Malformed, "congress file", e.what()});
    }
}

}  // namespace kp
