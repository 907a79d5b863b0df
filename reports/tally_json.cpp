#include "tally_json.h"

#include <nlohmann/json.hpp>

#include "tally/percent.h"

namespace kp {

namespace {

using Json = nlohmann::ordered_json;  // keeps fields in the documented order

Json ids(const std::vector<CandidateId>& list) {
    Json out = Json::array();
    for (const CandidateId& id : list) {
        out.push_back(id.value);
    }
    return out;
}

Json tie(const std::optional<Tie>& t) {
    if (!t) {
        return nullptr;
    }
    return Json{{"candidates", ids(t->candidates)}, {"seats", t->seats}};
}

Json ballots(const BallotTotals& b) {
    Json reasons = Json::object();
    for (const InvalidReason r : ALL_INVALID_REASONS) {
        reasons[std::string(invalidReasonCode(r))] = b.invalidFor(r);
    }
    return Json{{"collected", b.collected}, {"valid", b.valid}, {"invalid", b.invalid}, {"invalid_by_reason", reasons}};
}

Json candidate(const CandidateResult& c) {
    return Json{{"id", c.id.value},
                {"name", c.name},
                {"votes", c.votes},
                {"percent", formatPercent(c.share)},
                {"percent_valid", c.shareValid ? Json(formatPercent(*c.shareValid)) : Json(nullptr)},
                {"majority", c.majority},
                {"status", candidateStatusCode(c.status)}};
}

Json result(const RoundResult& r) {
    Json candidates = Json::array();
    for (const CandidateResult& c : r.candidates) {
        candidates.push_back(candidate(c));
    }
    return Json{{"election", r.spec.election.value},
                {"round", r.spec.round},
                {"form", r.spec.form() == BallotForm::Strike ? "strike" : "yes_no"},
                {"seats", r.spec.seats},
                {"alternate_seats", r.spec.alternates},
                {"base", r.spec.base},
                {"issued", r.spec.issued ? Json(*r.spec.issued) : Json(nullptr)},
                {"ballots", ballots(r.ballots)},
                {"candidates", std::move(candidates)},
                {"elected", ids(r.elected)},
                {"alternates", ids(r.alternates)},
                {"tie", tie(r.tie)},
                {"unfilled", r.unfilled},
                {"alternate_tie", tie(r.alternateTie)},
                {"alternates_unfilled", r.alternatesUnfilled},
                {"elected_earlier", ids(r.spec.electedEarlier)}};
}

}  // namespace

std::string_view candidateStatusCode(CandidateStatus s) {
    switch (s) {
    case CandidateStatus::Elected: return "elected";
    case CandidateStatus::Alternate: return "alternate";
    case CandidateStatus::Tied: return "tied";
    case CandidateStatus::NotElected: return "not_elected";
    }
    return "not_elected";
}

std::string tallyJson(std::span<const RoundResult> results) {
    Json list = Json::array();
    for (const RoundResult& r : results) {
        list.push_back(result(r));
    }
    // Says once, in the file itself, which percent is the official one.
    const Json doc{{"format", TALLY_FORMAT},
                   {"percent_basis",
                    {{"percent", "votes / base (official: Điều 30, the majority is measured against the base)"},
                     {"percent_valid", "votes / valid ballots (not official; as newspapers often quote it)"}}},
                   {"results", std::move(list)}};
    return doc.dump(2, ' ', false) + "\n";
}

}  // namespace kp
