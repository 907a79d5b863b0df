#include "round_counter.h"

#include <cassert>

namespace kp {

namespace {

std::unexpected<InputError> fail(const Reading& r, InputErrorCode code, std::string what) {
    std::string where = r.line > 0 ? "readings line " + std::to_string(r.line) : "sheet \"" + r.sheet + "\"";
    return std::unexpected(InputError{code, std::move(where), std::move(what)});
}

}  // namespace

RoundCounter::RoundCounter(const RoundSpec& spec)
    : m_spec(&spec), m_index(spec.candidates.size()), m_perCandidate(spec.candidates.size(), 0),
      m_stamp(spec.candidates.size(), 0) {
    for (std::size_t i = 0; i < spec.candidates.size(); ++i) {
        m_index.insert(spec.candidates[i].id.value);  // position i: ids are unique (validateCongress)
    }
}

void RoundCounter::reserve(std::size_t ballots) { m_sheets.reserve(m_sheets.size() + ballots); }

Count RoundCounter::votes(std::size_t index) const {
    return m_spec->form() == BallotForm::Strike ? m_totals.valid - m_perCandidate[index] : m_perCandidate[index];
}

std::expected<std::uint32_t, InputError> RoundCounter::indexOf(const Reading& r, const CandidateId& id) {
    const auto index = m_index.find(id.value);
    if (!index) {
        return fail(r, InputErrorCode::UnknownCandidate,
                    "candidate id \"" + id.value + "\" is not on the list of election \"" + m_spec->election.value +
                        "\" round " + std::to_string(m_spec->round));
    }
    // A fresh generation per ballot marks every name unseen without clearing the array.
    if (m_stamp[*index] == m_generation) {
        return fail(r, InputErrorCode::DuplicateCandidate, "candidate id \"" + id.value + "\" is given twice");
    }
    m_stamp[*index] = m_generation;
    return *index;
}

void RoundCounter::countInvalid(InvalidReason reason) {
    ++m_totals.invalid;
    ++m_totals.invalidByReason[static_cast<std::size_t>(reason)];
}

std::expected<void, InputError> RoundCounter::add(const Reading& r) {
    assert(r.election == m_spec->election && r.round == m_spec->round);
    const StringIndex::Probe sheet = m_sheets.probe(r.sheet);
    if (sheet.position) {
        return fail(r, InputErrorCode::DuplicateSheet,
                    "sheet \"" + r.sheet + "\" of election \"" + m_spec->election.value + "\" round " +
                        std::to_string(m_spec->round) + " is already counted");
    }
    if (++m_generation == 0) {  // wrapped: old stamps could collide with the new generation
        std::ranges::fill(m_stamp, 0U);
        m_generation = 1;
    }
    std::expected<void, InputError> ok;
    if (const auto* s = std::get_if<StruckNames>(&r.marks)) {
        ok = addStrike(r, *s);
    } else if (const auto* m = std::get_if<YesNoMarks>(&r.marks)) {
        ok = addYesNo(r, *m);
    } else if (r.invalid) {
        ++m_totals.collected;
        countInvalid(*r.invalid);
    } else {
        ok = fail(r, InputErrorCode::Malformed, "a ballot without marks must carry an \"invalid\" reason");
    }
    if (ok) {  // a refused reading leaves no trace in the count
        m_sheets.insertAt(sheet, m_sheetNames.emplace_back(r.sheet));
    }
    return ok;
}

std::expected<void, InputError> RoundCounter::addStrike(const Reading& r, const StruckNames& s) {
    if (m_spec->form() != BallotForm::Strike) {
        return fail(r, InputErrorCode::WrongBallotForm,
                    "struck names on a yes/no ballot (the list of election \"" + m_spec->election.value +
                        "\" equals its seats); give \"marks\"");
    }
    m_scratch.clear();
    for (const CandidateId& id : s.ids) {
        auto index = indexOf(r, id);
        if (!index) {
            return std::unexpected(index.error());
        }
        m_scratch.push_back(*index);
    }
    ++m_totals.collected;
    const auto kept = static_cast<Count>(m_spec->candidates.size() - m_scratch.size());
    if (r.invalid) {
        countInvalid(*r.invalid);
    } else if (kept == 0) {
        countInvalid(InvalidReason::AllStruck);
    } else if (kept > m_spec->places()) {
        countInvalid(InvalidReason::Overvote);
    } else {
        ++m_totals.valid;
        for (const std::uint32_t i : m_scratch) {
            ++m_perCandidate[i];
        }
    }
    return {};
}

std::expected<void, InputError> RoundCounter::addYesNo(const Reading& r, const YesNoMarks& m) {
    if (m_spec->form() != BallotForm::YesNo) {
        return fail(r, InputErrorCode::WrongBallotForm,
                    "yes/no marks on a strike ballot (the list of election \"" + m_spec->election.value +
                        "\" is longer than its seats); give \"struck\"");
    }
    m_scratch.clear();
    bool decided = false;
    for (const auto& [id, mark] : m.marks) {
        auto index = indexOf(r, id);
        if (!index) {
            return std::unexpected(index.error());
        }
        decided = decided || mark == Mark::Agree || mark == Mark::Disagree;
        if (mark == Mark::Agree) {
            m_scratch.push_back(*index);
        }
    }
    ++m_totals.collected;
    if (r.invalid) {
        countInvalid(*r.invalid);
    } else if (!decided) {
        countInvalid(InvalidReason::NoChoice);
    } else {
        // Điều 30: a person with both or no box marked simply gets no vote; the ballot stays valid.
        ++m_totals.valid;
        for (const std::uint32_t i : m_scratch) {
            ++m_perCandidate[i];
        }
    }
    return {};
}

std::expected<void, InputError> RoundCounter::merge(const RoundCounter& other) {
    assert(other.m_spec == m_spec);
    for (const std::string& sheet : other.m_sheetNames) {
        if (m_sheets.contains(sheet)) {
            return std::unexpected(InputError{InputErrorCode::DuplicateSheet, "sheet \"" + sheet + "\"",
                                              "counted in two batches of election \"" + m_spec->election.value +
                                                  "\" round " + std::to_string(m_spec->round)});
        }
    }
    for (const std::string& sheet : other.m_sheetNames) {
        m_sheets.insert(m_sheetNames.emplace_back(sheet));
    }
    m_totals.collected += other.m_totals.collected;
    m_totals.valid += other.m_totals.valid;
    m_totals.invalid += other.m_totals.invalid;
    for (std::size_t i = 0; i < m_totals.invalidByReason.size(); ++i) {
        m_totals.invalidByReason[i] += other.m_totals.invalidByReason[i];
    }
    for (std::size_t i = 0; i < m_perCandidate.size(); ++i) {
        m_perCandidate[i] += other.m_perCandidate[i];
    }
    return {};
}

}  // namespace kp
