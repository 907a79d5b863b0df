#include "ballot_replay.h"

#include <algorithm>

#include "src/app/rounds.h"

namespace kp::app {

namespace {

std::string nameOf(const RoundSpec& spec, const CandidateId& id) {
    const auto c = std::ranges::find(spec.candidates, id, &Candidate::id);
    return c == spec.candidates.end() ? id.value : c->name;
}

// Sheet numbers in the order they were counted: numeric when they are numbers ("9" before "10").
bool sheetLess(const Reading& a, const Reading& b) {
    if (a.sheet.size() != b.sheet.size() && std::ranges::all_of(a.sheet + b.sheet, [](char c) { return c >= '0' && c <= '9'; })) {
        return a.sheet.size() < b.sheet.size();
    }
    return a.sheet < b.sheet;
}

}  // namespace

std::expected<BallotReplay, std::string> BallotReplay::of(store::Record& record, const RoundSpec& spec) {
    auto readings = countedReadings(record);
    if (!readings) {
        return std::unexpected(readings.error());
    }
    BallotReplay replay;
    replay.m_spec = std::make_unique<RoundSpec>(spec);
    replay.m_counter = std::make_unique<RoundCounter>(*replay.m_spec);
    std::ranges::copy_if(*readings, std::back_inserter(replay.m_readings),
                         [&](const Reading& r) { return r.election == spec.election && r.round == spec.round; });
    std::ranges::stable_sort(replay.m_readings, sheetLess);
    return replay;
}

BallotReplay::Step BallotReplay::advance() {
    const Reading& r = m_readings[m_next++];
    const BallotTotals before = m_counter->totals();
    Step step;
    step.sheet = r.sheet;
    if (const auto* s = std::get_if<StruckNames>(&r.marks)) {
        for (const CandidateId& id : s->ids) {
            step.struck.push_back(nameOf(*m_spec, id));
        }
    } else if (const auto* m = std::get_if<YesNoMarks>(&r.marks)) {
        for (const auto& [id, mark] : m->marks) {
            step.marks.emplace_back(nameOf(*m_spec, id), mark);
        }
    }
    // The tally accepted these readings already (parseReadings + the results screen), so a
    // refusal here can only be a bug; the ballot is then shown as not counted.
    if (!m_counter->add(r)) {
        step.valid = false;
        return step;
    }
    const BallotTotals& after = m_counter->totals();
    step.valid = after.invalid == before.invalid;
    for (const InvalidReason reason : ALL_INVALID_REASONS) {  // the reason whose count just grew
        if (after.invalidFor(reason) > before.invalidFor(reason)) {
            step.invalidReason = reason;
        }
    }
    return step;
}

}  // namespace kp::app
