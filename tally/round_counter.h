#pragma once
// Counts the ballots of one round. Counting is a sum, so counters of separate batches of
// the same round merge into exactly the count of all ballots together, in any order.
#include <cstdint>
#include <deque>
#include <expected>
#include <string>
#include <vector>

#include "input_error.h"
#include "reading.h"
#include "round_result.h"
#include "round_spec.h"
#include "string_index.h"

namespace kp {

class RoundCounter {
public:
    // `spec` must outlive the counter; the counter keeps views into its candidate ids.
    explicit RoundCounter(const RoundSpec& spec);

    // Counts one ballot of this round. Refuses, naming the reading's line: an id that is
    // not on this round's list, an id given twice, marks that do not fit the ballot form,
    // a sheet that was already counted.
    std::expected<void, InputError> add(const Reading& reading);

    // Prepares for about `ballots` more ballots (saves rehashing on large counts).
    void reserve(std::size_t ballots);

    // Adds the ballots of another batch of the same round (same spec object).
    std::expected<void, InputError> merge(const RoundCounter& other);

    const RoundSpec& spec() const { return *m_spec; }
    const BallotTotals& totals() const { return m_totals; }
    // Votes of the candidate at `index` in the round's list.
    Count votes(std::size_t index) const;

private:
    std::expected<void, InputError> addStrike(const Reading& r, const StruckNames& s);
    std::expected<void, InputError> addYesNo(const Reading& r, const YesNoMarks& m);
    std::expected<std::uint32_t, InputError> indexOf(const Reading& r, const CandidateId& id);
    void countInvalid(InvalidReason reason);

    const RoundSpec* m_spec;
    StringIndex m_index;                // candidate id → position in the list
    std::deque<std::string> m_sheetNames;  // owns the sheet numbers; a deque never moves them
    StringIndex m_sheets;               // views into m_sheetNames, in the same order
    BallotTotals m_totals;
    // Strike form: times each name was struck on a valid ballot (votes = valid − struck).
    // Yes/no form: "agree" marks on valid ballots (votes = this).
    std::vector<Count> m_perCandidate;
    // Scratch for one ballot: m_stamp[i] == m_generation when name i was already seen.
    std::vector<std::uint32_t> m_stamp;
    std::uint32_t m_generation = 0;
    std::vector<std::uint32_t> m_scratch;
};

}  // namespace kp
