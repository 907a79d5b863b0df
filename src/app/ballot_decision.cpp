#include "src/app/ballot_decision.h"

#include <algorithm>
#include <cassert>

#include "tally/round_counter.h"

namespace kp::app {

namespace {

using Json = nlohmann::ordered_json;

bool listed(const Json& ids, const std::string& id) {
    return ids.is_array() && std::ranges::find(ids, Json(id)) != ids.end();
}

}  // namespace

BallotDecision::BallotDecision(const RoundSpec& spec)
    : m_spec(spec), m_form(spec.form()), m_names(spec.candidates.size()), m_marks(spec.candidates.size()) {
}

BallotDecision BallotDecision::fromReading(const RoundSpec& spec, const Json& reading) {
    BallotDecision d(spec);
    // A page whose ballot the recogniser never found (no code, an image it could not read) has
    // "struck": [] / "marks": {} all the same: nothing on it was read.
    const Json reasons = reading.value("reasons", Json::array());
    if (listed(reasons, "no_ballot_code") || listed(reasons, "unreadable_image")) {
        return d;
    }
    const Json uncertain = reading.value("uncertain", Json::array());
    if (d.m_form == BallotForm::Strike && reading.contains("struck")) {
        const Json& struck = reading["struck"];
        for (std::size_t i = 0; i < d.size(); ++i) {
            const std::string& id = spec.candidates[i].id.value;
            if (!listed(uncertain, id)) {
                d.m_names[i].read = listed(struck, id) ? NameDecision::Struck : NameDecision::Kept;
                d.m_names[i].decided = *d.m_names[i].read;
            }
        }
    } else if (d.m_form == BallotForm::YesNo && reading.contains("marks")) {
        const Json marks = reading["marks"].is_object() ? reading["marks"] : Json::object();
        for (std::size_t i = 0; i < d.size(); ++i) {
            const std::string& id = spec.candidates[i].id.value;
            if (!listed(uncertain, id)) {
                // A person without an entry has no mark (docs/formats.md §Readings).
                const auto mark = marks.contains(id) && marks[id].is_string()
                                      ? markFromCode(marks[id].get<std::string>())
                                      : std::optional<Mark>(Mark::None);
                d.m_marks[i].read = mark;
                d.m_marks[i].decided = mark;
            }
        }
    }
    return d;
}

void BallotDecision::setName(std::size_t i, NameDecision d) {
    m_names.at(i).decided = d;
}

void BallotDecision::setMark(std::size_t i, std::optional<Mark> m) {
    m_marks.at(i).decided = m;
}

bool BallotDecision::changedFromReading(std::size_t i) const {
    if (m_form == BallotForm::Strike) {
        return m_names.at(i).read && *m_names.at(i).read != m_names.at(i).decided;
    }
    return m_marks.at(i).read && m_marks.at(i).read != m_marks.at(i).decided;
}

bool BallotDecision::decided(std::size_t i) const {
    return m_form == BallotForm::Strike ? m_names.at(i).decided != NameDecision::Undecided
                                        : m_marks.at(i).decided.has_value();
}

std::vector<std::size_t> BallotDecision::undecided() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < size(); ++i) {
        if (!decided(i)) {
            out.push_back(i);
        }
    }
    return out;
}

void BallotDecision::setValid() {
    m_verdict = Verdict::Valid;
    m_reason.reset();
}

bool BallotDecision::setInvalid(InvalidReason reason) {
    if (!isFlaggableReason(reason)) {
        return false;
    }
    m_verdict = Verdict::Invalid;
    m_reason = reason;
    return true;
}

void BallotDecision::clearVerdict() {
    m_verdict = Verdict::Undecided;
    m_reason.reset();
}

bool BallotDecision::isComplete() const {
    return m_verdict == Verdict::Invalid || (m_verdict == Verdict::Valid && undecided().empty());
}

std::vector<std::size_t> BallotDecision::kept() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_form == BallotForm::Strike && m_names[i].decided == NameDecision::Kept) {
            out.push_back(i);
        }
    }
    return out;
}

std::vector<std::size_t> BallotDecision::struck() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_form == BallotForm::Strike && m_names[i].decided == NameDecision::Struck) {
            out.push_back(i);
        }
    }
    return out;
}

std::optional<InvalidReason> BallotDecision::outcome() const {
    if (m_verdict == Verdict::Invalid) {
        return m_reason;
    }
    // The tally's own counter decides (overvote, all struck, no choice): one rule, one place.
    Reading reading;
    reading.election = m_spec.election;
    reading.round = m_spec.round;
    reading.sheet = "review";
    if (m_form == BallotForm::Strike) {
        StruckNames s;
        for (const std::size_t i : struck()) {
            s.ids.push_back(m_spec.candidates[i].id);
        }
        reading.marks = std::move(s);
    } else {
        YesNoMarks m;
        for (std::size_t i = 0; i < size(); ++i) {
            m.marks.emplace_back(m_spec.candidates[i].id, m_marks[i].decided.value_or(Mark::None));
        }
        reading.marks = std::move(m);
    }
    RoundCounter counter(m_spec);
    [[maybe_unused]] const auto added = counter.add(reading);
    assert(added);  // the ids are the list's own, each once, in the list's form
    if (counter.totals().valid == 1) {
        return std::nullopt;
    }
    for (const InvalidReason r : ALL_INVALID_REASONS) {
        if (counter.totals().invalidFor(r) > 0) {
            return r;
        }
    }
    return std::nullopt;
}

std::string BallotDecision::json() const {
    if (!isComplete()) {
        return {};
    }
    Json out = Json::object();
    if (m_verdict == Verdict::Invalid) {
        out["invalid"] = std::string(invalidReasonCode(*m_reason));
    } else if (m_form == BallotForm::Strike) {
        out["struck"] = Json::array();
        for (const std::size_t i : struck()) {
            out["struck"].push_back(m_spec.candidates[i].id.value);
        }
    } else {
        out["marks"] = Json::object();
        for (std::size_t i = 0; i < size(); ++i) {
            out["marks"][m_spec.candidates[i].id.value] = std::string(markCode(*m_marks[i].decided));
        }
    }
    return out.dump();
}

}  // namespace kp::app
