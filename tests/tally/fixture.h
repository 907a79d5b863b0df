#pragma once
// Small builders so that each rule's test reads like its worked example.
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

#include "tally/percent.h"
#include "tally/tally.h"

namespace kp::test {

// Candidates c1..cn named "Ứng viên i".
inline std::vector<Candidate> candidates(int n) {
    std::vector<Candidate> out;
    for (int i = 1; i <= n; ++i) {
        out.push_back({CandidateId{"c" + std::to_string(i)}, "Ứng viên " + std::to_string(i)});
    }
    return out;
}

inline Election election(std::string id, Count seats, int listed, Count alternates = 0) {
    Election e;
    e.id = ElectionId{std::move(id)};
    e.title = "Bầu " + e.id.value;
    e.body = Body::ExecutiveCommittee;
    e.seats = seats;
    e.alternates = alternates;
    e.candidates = candidates(listed);
    return e;
}

inline Congress congress(Count convened, std::vector<Election> elections, std::vector<Deduction> deductions = {}) {
    Congress c;
    c.name = "Đại hội thử";
    c.organization = "Đảng bộ thử";
    c.electorate = Electorate{convened, std::move(deductions)};
    c.elections = std::move(elections);
    return c;
}

inline std::vector<CandidateId> ids(std::initializer_list<const char*> list) {
    std::vector<CandidateId> out;
    for (const char* s : list) {
        out.push_back(CandidateId{s});
    }
    return out;
}

inline Reading strike(const std::string& sheet, std::vector<CandidateId> struck, std::string election = "bch",
                      int round = 1) {
    Reading r;
    r.election = ElectionId{std::move(election)};
    r.round = round;
    r.sheet = sheet;
    r.marks = StruckNames{std::move(struck)};
    return r;
}

inline Reading yesNo(const std::string& sheet, std::vector<std::pair<CandidateId, Mark>> marks,
                     std::string election = "bch") {
    Reading r;
    r.election = ElectionId{std::move(election)};
    r.sheet = sheet;
    r.marks = YesNoMarks{std::move(marks)};
    return r;
}

// `count` ballots, sheets numbered from `first`, each striking exactly `struck`.
inline void addStrikes(std::vector<Reading>& out, int count, const std::vector<CandidateId>& struck, int& sheet,
                       const std::string& election = "bch", int round = 1) {
    for (int i = 0; i < count; ++i) {
        out.push_back(strike("s" + std::to_string(sheet++), struck, election, round));
    }
}

inline const CandidateResult& candidate(const RoundResult& r, const std::string& id) {
    for (const CandidateResult& c : r.candidates) {
        if (c.id.value == id) {
            return c;
        }
    }
    throw std::runtime_error("no candidate " + id);
}

inline RoundResult only(const std::expected<std::vector<RoundResult>, InputError>& results) {
    if (!results) {
        throw std::runtime_error(results.error().message());
    }
    if (results->size() != 1) {
        throw std::runtime_error("expected one result, got " + std::to_string(results->size()));
    }
    return results->front();
}

}  // namespace kp::test

namespace kp::test {

// `valid` ballots of a strike election with exactly `votes[i]` votes for candidate c(i+1).
// Strikes are dealt in columns: candidate i is struck on valid − votes[i] consecutive
// positions of a sequence read one ballot per column, so no ballot strikes a name twice
// (each block is at most `valid` long) and every ballot strikes ⌊S/valid⌋ or ⌈S/valid⌉
// names. The caller picks numbers for which that keeps the ballots within the seats.
inline std::vector<Reading> ballotsWithVotes(const std::vector<int>& votes, int valid, const std::string& election = "bch",
                                             const std::string& sheetPrefix = "v") {
    std::vector<CandidateId> sequence;
    for (std::size_t i = 0; i < votes.size(); ++i) {
        for (int k = 0; k < valid - votes[i]; ++k) {
            sequence.push_back(CandidateId{"c" + std::to_string(i + 1)});
        }
    }
    std::vector<Reading> out;
    for (int b = 0; b < valid; ++b) {
        std::vector<CandidateId> struck;
        for (std::size_t p = static_cast<std::size_t>(b); p < sequence.size(); p += static_cast<std::size_t>(valid)) {
            struck.push_back(sequence[p]);
        }
        out.push_back(strike(sheetPrefix + std::to_string(b + 1), std::move(struck), election));
    }
    return out;
}

}  // namespace kp::test
