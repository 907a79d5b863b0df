#include "src/app/reconciliation.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>

#include "reports/congress_json.h"
#include "src/store/counted.h"

namespace kp::app {

std::int64_t RoundReconciliation::setAsideTotal() const {
    return std::accumulate(setAside.begin(), setAside.end(), std::int64_t{0},
                           [](std::int64_t sum, const auto& reason) { return sum + reason.second; });
}

std::vector<Gap> RoundReconciliation::gaps() const {
    std::vector<Gap> out;
    if (waiting > 0) {
        out.push_back(Gap::Waiting);
    }
    if (unread > 0) {
        out.push_back(Gap::Unread);
    }
    if (issued() && collected() > *issued()) {
        out.push_back(Gap::MoreThanIssued);
    }
    return out;
}

std::expected<std::vector<RoundReconciliation>, std::string> reconcile(const store::RecordRows& rows) {
    const auto congress = parseCongress(rows.congress);
    if (!congress) {
        return std::unexpected("the congress: " + congress.error().message());
    }
    auto outcomes = store::countBallots(rows);
    if (!outcomes) {
        return std::unexpected(outcomes.error());
    }
    std::vector<RoundReconciliation> out;
    const auto roundOf = [&](const std::string& election, std::int64_t round) -> RoundReconciliation& {
        const auto at = std::ranges::find_if(
            out, [&](const RoundReconciliation& r) { return r.election == election && r.round == round; });
        if (at != out.end()) {
            return *at;
        }
        RoundReconciliation& r = out.emplace_back();
        r.election = election;
        r.round = static_cast<int>(round);
        return r;
    };
    for (const Election& e : congress->elections) {
        roundOf(e.id.value, 1).issuedByCongress = e.issued;
        for (const RoundDefinition& r : e.rounds) {
            roundOf(e.id.value, r.round).issuedByCongress = r.issued;
        }
    }
    for (const store::RulingRow& r : rows.roundRulings) {  // in order: the latest applies
        const auto decision = nlohmann::json::parse(r.decision, nullptr, false);
        if (decision.is_object() && decision.contains("issued") && decision["issued"].is_number_integer()) {
            roundOf(r.election, r.round).issuedByCommittee = decision["issued"].get<std::int64_t>();
        }
    }
    for (const store::BallotOutcome& o : *outcomes) {
        RoundReconciliation& r = roundOf(o.election, o.round);
        const bool manual = o.sheet.starts_with("manual-");
        if (!manual && o.state != store::BallotState::LaterFace) {
            ++r.sheets;
        }
        switch (o.state) {
            case store::BallotState::Unread: ++r.unread; break;
            case store::BallotState::Waiting: ++r.waiting; break;
            case store::BallotState::Counted: ++(manual ? r.manual : r.counted); break;
            case store::BallotState::SetAside:
                ++r.setAside[nlohmann::json::parse(o.line, nullptr, false).value("set_aside", "")];
                break;
            case store::BallotState::LaterFace: break;
        }
    }
    // The congress's order of elections, then rounds.
    std::ranges::stable_sort(out, [&](const RoundReconciliation& a, const RoundReconciliation& b) {
        const auto place = [&](const std::string& id) {
            return std::ranges::find(congress->elections, ElectionId{id}, &Election::id) - congress->elections.begin();
        };
        return std::pair{place(a.election), a.round} < std::pair{place(b.election), b.round};
    });
    return out;
}

}  // namespace kp::app
