// writeCongress: the congress file from the model (the inverse of parseCongress and
// parseMinutesInfo; tests/reports/test_congress_write.cpp reads every sample back).
#include <nlohmann/json.hpp>

#include "congress_codes.h"
#include "congress_json.h"

namespace kp {

namespace {

using Json = nlohmann::ordered_json;  // fields in the order docs/formats.md lists them

Json deductions(const std::vector<Deduction>& list) {
    Json out = Json::array();
    for (const Deduction& d : list) {
        out.push_back({{"count", d.count}, {"reason", d.reason}});
    }
    return out;
}

Json candidates(const std::vector<Candidate>& list) {
    Json out = Json::array();
    for (const Candidate& c : list) {
        out.push_back({{"id", c.id.value}, {"name", c.name}});
    }
    return out;
}

Json election(const Election& e, const MinutesInfo& info) {
    Json out{{"id", e.id.value},
             {"title", e.title},
             {"body", congress_codes::codeOf(e.body, congress_codes::BODIES)},
             {"seats", e.seats}};
    if (e.alternates > 0) {
        out["alternates"] = e.alternates;
    }
    if (e.issued) {
        out["issued"] = *e.issued;
    }
    if (auto p = info.present.find(e.id.value); p != info.present.end()) {
        out["present"] = p->second;
    }
    if (e.electorate) {
        out["convened"] = e.electorate->convened;
        if (!e.electorate->deductions.empty()) {
            out["deductions"] = deductions(e.electorate->deductions);
        }
    }
    out["candidates"] = candidates(e.candidates);
    if (!e.rounds.empty()) {
        Json rounds = Json::array();
        for (const RoundDefinition& r : e.rounds) {
            Json round{{"round", r.round}};
            if (r.seats) {
                round["seats"] = *r.seats;
            }
            if (!r.candidates.empty()) {
                round["candidates"] = candidates(r.candidates);
            }
            if (r.issued) {
                round["issued"] = *r.issued;
            }
            rounds.push_back(std::move(round));
        }
        out["rounds"] = std::move(rounds);
    }
    return out;
}

void putText(Json& object, const char* key, const std::string& value) {
    if (!value.empty()) {
        object[key] = value;
    }
}

}  // namespace

std::string writeCongress(const Congress& congress, const MinutesInfo& info) {
    Json c{{"name", congress.name},
           {"organization", congress.organization},
           {"level", congress_codes::codeOf(congress.level, congress_codes::LEVELS)},
           {"kind", congress_codes::codeOf(congress.kind, congress_codes::KINDS)},
           {"convened", congress.electorate.convened}};
    if (!congress.electorate.deductions.empty()) {
        c["deductions"] = deductions(congress.electorate.deductions);
    }
    putText(c, "superior", info.superior);
    putText(c, "locality", info.locality);
    putText(c, "place", info.place);
    putText(c, "date", info.date);
    if (congress.training || info.training) {
        c["training"] = true;
    }
    if (!info.committee.empty()) {
        Json members = Json::array();
        for (const CommitteeMember& m : info.committee) {
            members.push_back({{"name", m.name}, {"role", m.chair ? "truong_ban" : "thanh_vien"}});
        }
        c["counting_committee"] = std::move(members);
    }
    if (!info.legalBasis.empty() && info.legalBasis != defaultLegalBasis()) {
        c["legal_basis"] = info.legalBasis;
    }
    Json elections = Json::array();
    for (const Election& e : congress.elections) {
        elections.push_back(election(e, info));
    }
    const Json doc{{"format", CONGRESS_FORMAT}, {"congress", std::move(c)}, {"elections", std::move(elections)}};
    return doc.dump(2, ' ', false) + "\n";
}

}  // namespace kp
