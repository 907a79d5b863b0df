#pragma once
// The counting committee's decision on one ballot in review, as a value: what it rules for
// each name (kept or struck on a strike ballot; the marked box on a yes/no ballot) and its
// verdict (valid, or invalid with the reason). No widgets: the review screen shows and edits
// one, the command line can build one, and the tests check one.
//
// Never a guess: a decision starts with no verdict, and every name the recogniser was not
// sure of (or, without a reading, every name) starts undecided. A decision is complete only
// when the verdict is chosen and — for a valid ballot — every name is decided; only a
// complete decision turns into the JSON a ruling stores (store::Committee::ruleSheet).
// The names the recogniser was sure of may start from its reading, and remember it, so that
// the screen shows the original beside what the committee decided.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tally/reading.h"
#include "tally/round_spec.h"

namespace kp::app {

// A name on a strike ballot.
enum class NameDecision : std::uint8_t { Undecided, Kept, Struck };
enum class Verdict : std::uint8_t { Undecided, Valid, Invalid };

class BallotDecision {
public:
    // Every name undecided, no verdict (a ballot keyed by hand, or one without a reading).
    explicit BallotDecision(const RoundSpec& spec);
    // A ballot the recogniser sent to review (a readings line, docs/formats.md): the names it
    // was sure of start from its reading, those in "uncertain" start undecided; a line that
    // carries neither "struck" nor "marks", or says the ballot was not read (no_ballot_code,
    // unreadable_image), leaves every name undecided. No verdict either way.
    static BallotDecision fromReading(const RoundSpec& spec, const nlohmann::ordered_json& reading);

    BallotForm form() const { return m_form; }
    std::size_t size() const { return m_spec.candidates.size(); }
    const Candidate& candidate(std::size_t i) const { return m_spec.candidates.at(i); }
    Count places() const { return m_spec.places(); }

    // Strike ballots.
    NameDecision name(std::size_t i) const { return m_names.at(i).decided; }
    void setName(std::size_t i, NameDecision d);
    // What the recogniser read for the name with certainty; nullopt when it was not sure (or
    // there is no reading).
    std::optional<NameDecision> readName(std::size_t i) const { return m_names.at(i).read; }

    // Yes/no ballots: nullopt is undecided.
    std::optional<Mark> mark(std::size_t i) const { return m_marks.at(i).decided; }
    void setMark(std::size_t i, std::optional<Mark> m);
    std::optional<Mark> readMark(std::size_t i) const { return m_marks.at(i).read; }

    // Whether the committee's choice for the name differs from a certain reading.
    bool changedFromReading(std::size_t i) const;
    bool decided(std::size_t i) const;
    // The names still undecided, by their place on the list.
    std::vector<std::size_t> undecided() const;

    Verdict verdict() const { return m_verdict; }
    std::optional<InvalidReason> invalidReason() const { return m_reason; }
    void setValid();
    // Only the reasons the committee gives (isFlaggableReason: not issued, written in, an
    // identifying mark); the others follow from the names and are the tally's to decide.
    // Returns false, changing nothing, for any other reason.
    bool setInvalid(InvalidReason reason);
    void clearVerdict();

    // A verdict is chosen and, for a valid ballot, every name is decided.
    bool isComplete() const;
    // What the tally makes of a complete valid ballot by the rules (election-rules.md §3):
    // nullopt when it counts as valid, or overvote / all_struck / no_choice. For an invalid
    // verdict, its reason.
    std::optional<InvalidReason> outcome() const;
    // The names kept / struck (strike form), by their place on the list.
    std::vector<std::size_t> kept() const;
    std::vector<std::size_t> struck() const;

    // The decision as a ruling stores it: {"struck": [ids]}, {"marks": {id: mark}} or
    // {"invalid": reason}. Empty while the decision is not complete.
    std::string json() const;

private:
    struct NameChoice {
        std::optional<NameDecision> read;  // the recogniser's certain reading
        NameDecision decided = NameDecision::Undecided;
    };
    struct MarkChoice {
        std::optional<Mark> read;
        std::optional<Mark> decided;
    };
    RoundSpec m_spec;  // the list, the form and the places; outcome() counts with it
    BallotForm m_form;
    std::vector<NameChoice> m_names;
    std::vector<MarkChoice> m_marks;
    Verdict m_verdict = Verdict::Undecided;
    std::optional<InvalidReason> m_reason;
};

}  // namespace kp::app
