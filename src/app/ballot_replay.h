#pragma once
// The count replayed ballot by ballot for the hall's observers: a round's counted ballots in
// sheet order, each added to the tally's own RoundCounter, so the running votes after the
// last ballot are exactly the round's result (no second counting rule to drift apart).
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "src/store/record.h"
#include "tally/round_counter.h"

namespace kp::app {

class BallotReplay {
public:
    // The counted ballots of `spec`'s election and round in the record. Errors in words (a
    // ballot still waiting for the committee, a damaged record).
    static std::expected<BallotReplay, std::string> of(store::Record& record, const RoundSpec& spec);

    struct Step {
        std::string sheet;
        std::vector<std::string> struck;  // names struck (strike form)
        std::vector<std::pair<std::string, Mark>> marks;  // name, mark (yes/no form)
        bool valid = true;
        std::optional<InvalidReason> invalidReason;  // when invalid
    };

    std::size_t size() const { return m_readings.size(); }
    std::size_t counted() const { return m_next; }
    bool done() const { return m_next == m_readings.size(); }
    // Counts the next ballot and says what was on it. Call only while !done().
    Step advance();
    const RoundSpec& spec() const { return *m_spec; }
    const RoundCounter& counter() const { return *m_counter; }

private:
    std::unique_ptr<RoundSpec> m_spec;  // the counter keeps a pointer: it must not move
    std::unique_ptr<RoundCounter> m_counter;
    std::vector<Reading> m_readings;
    std::size_t m_next = 0;
};

}  // namespace kp::app
