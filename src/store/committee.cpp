#include "src/store/committee.h"

#include <functional>
#include <nlohmann/json.hpp>

#include "src/common/keys.h"
#include "src/store/audit_log.h"
#include "src/store/counted.h"

namespace kp::store {

namespace {

using Json = nlohmann::ordered_json;

StoreError fail(const std::string& message) {
    return StoreError{0, message};
}

bool rules(const Member& m) {
    return m.role == ROLE_CHAIR || m.role == ROLE_MEMBER;
}

Json memberJson(const std::string& name, const std::string& role) {
    return Json{{"name", name}, {"role", role}};
}
Json memberJson(const Member& m) {
    return memberJson(m.name, m.role);
}
Json memberJson(const MemberRef& m) {
    return memberJson(m.name, m.role);
}

// Every ruling is made by two different committee members who signed in, and says why.
Result<> checkRulers(const std::string& reason, const Member& first, const Member& second) {
    if (first.id == second.id) {
        return std::unexpected(storeError(
            StoreErrc::SameMember,
            "a ruling needs two different members of the committee; " + first.name + " cannot confirm their own ruling",
            {first.name}));
    }
    for (const Member* m : {&first, &second}) {
        if (!rules(*m)) {
            return std::unexpected(storeError(StoreErrc::Technician,
                                              m->name + " is a technician (kỹ thuật viên); rulings are made by the "
                                                        "trưởng ban and thành viên of the counting committee",
                                              {m->name}));
        }
    }
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return std::unexpected(
            storeError(StoreErrc::NoReason, "a ruling must say why (the reason is part of the minutes)"));
    }
    return {};
}

// The checks a ruling on a ballot passes before it is written: checkRulers and a valid decision.
std::expected<std::string, StoreError> checkRuling(const std::string& decisionJson, const std::string& reason,
                                                   const Member& first, const Member& second, bool allowSetAside) {
    if (auto rulers = checkRulers(reason, first, second); !rulers) {
        return std::unexpected(rulers.error());
    }
    auto canonical = canonicalBallot(decisionJson, allowSetAside);
    if (!canonical) {
        return std::unexpected(
            storeError(StoreErrc::BadDecision, "the ruling's ballot: " + canonical.error(), {canonical.error()}));
    }
    return *canonical;
}

Result<std::string> jsonLines(Database& db, const std::string& sql, const std::function<Json(const Statement&)>& line) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::string out;
    auto done = forEachRow(*stmt, [&](const Statement& s) { out += line(s).dump() + "\n"; });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Json rulingJson(const RulingRow& r, const char* kind) {
    Json j{{kind, r.id}};
    if (std::string(kind) == "ruling") {
        j["reading"] = r.reading;
        j["sheet"] = std::to_string(r.sheet);
    } else {
        j["election"] = r.election;
        j["round"] = r.round;
        if (std::string(kind) == "manual_ruling") {
            j["ballot"] = r.ballot;
        }
    }
    j["decision"] = Json::parse(r.decision);
    j["reason"] = r.reason;
    j["members"] = {memberJson(r.first), memberJson(r.second)};
    j["ruled"] = r.ruled;
    return j;
}

}  // namespace

Result<Member> Committee::addOperator(const std::string& name, const std::string& role, const std::string& password,
                                      const SignedIn* by, const std::string& time) {
    if (role != ROLE_CHAIR && role != ROLE_MEMBER && role != ROLE_TECHNICIAN) {
        return std::unexpected(storeError(
            StoreErrc::BadInput, "unknown role \"" + role + "\" (truong_ban, thanh_vien or ky_thuat_vien)", {role}));
    }
    if (name.find_first_not_of(" \t") == std::string::npos || password.size() < 6) {
        return std::unexpected(storeError(
            StoreErrc::BadInput, name.empty() ? "an operator needs a name" : "a password needs at least 6 characters"));
    }
    auto hash = hashPassword(password);
    if (!hash) {
        return std::unexpected(fail("hashing the password: " + hash.error()));
    }
    Database& db = m_record.db();
    Member added{0, name, role};
    auto done = transaction(db, [&]() -> Result<> {
        // Counted inside the transaction: two stations adding "the first" member at once see each
        // other, and only one of them is the chair.
        auto count = db.integer("SELECT count(*) FROM operators");
        if (!count) {
            return std::unexpected(count.error());
        }
        if (*count == 0 && role != ROLE_CHAIR) {
            return std::unexpected(storeError(StoreErrc::FirstNotChair,
                                              "the first member of the committee is its trưởng ban (truong_ban): only "
                                              "the chair adds the others"));
        }
        if (*count > 0 && (by == nullptr || by->member().role != ROLE_CHAIR)) {
            return std::unexpected(storeError(
                StoreErrc::NotChair, "only the trưởng ban, signed in, adds operators to a committee that has some"));
        }
        auto insert = db.prepare("INSERT INTO operators (name, role, password_hash) VALUES (?, ?, ?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, name).bind(2, role).bind(3, *hash);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            if (inserted.error().fault == DbFault::Unique) {
                return std::unexpected(
                    storeError(StoreErrc::Duplicate, "an operator named " + name + " already exists", {name}));
            }
            return std::unexpected(inserted.error());
        }
        added.id = *inserted;
        const std::string actor = by ? by->member().name : name;
        return logEvent(db, time, actor, "operator_added",
                        Json{{"operator", added.id}, {"name", name}, {"role", role}}.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return added;
}

Result<> Committee::setActive(std::int64_t memberId, bool active, const SignedIn& chair, const std::string& time) {
    if (chair.member().role != ROLE_CHAIR) {
        return std::unexpected(
            storeError(StoreErrc::NotChair, "only the trưởng ban, signed in, changes the committee"));
    }
    if (chair.member().id == memberId) {
        return std::unexpected(
            storeError(StoreErrc::BadInput, "the trưởng ban cannot take themselves off the committee"));
    }
    auto all = members();
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto m = std::ranges::find(*all, memberId, &Member::id);
    if (m == all->end()) {
        return std::unexpected(
            storeError(StoreErrc::NotFound, "no member " + std::to_string(memberId), {std::to_string(memberId)}));
    }
    if (m->active == active) {
        return {};
    }
    Database& db = m_record.db();
    return transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO operator_status (operator, active, changed_by, changed) VALUES (?,?,?,?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, memberId).bind(2, active ? 1 : 0).bind(3, chair.member().id).bind(4, time);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        return logEvent(
            db, time, chair.member().name, "operator_status",
            Json{{"operator_status", *inserted}, {"operator", memberId}, {"name", m->name}, {"active", active}}.dump());
    });
}

Result<std::vector<Member>> Committee::members() {
    const bool v4 = m_record.version() >= 4;
    auto stmt = m_record.db().prepare(
        v4 ? "SELECT o.id, o.name, o.role, coalesce((SELECT active FROM operator_status s WHERE s.operator = o.id "
             "ORDER BY s.id DESC LIMIT 1), 1) FROM operators o ORDER BY o.id"
           : "SELECT id, name, role, 1 FROM operators ORDER BY id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Member> out;
    auto done = forEachRow(*stmt, [&](const Statement& s) {
        out.push_back({s.integer(0), s.text(1), s.text(2), s.integer(3) != 0});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

Result<SignedIn> Committee::signIn(const std::string& name, const std::string& password) {
    auto stmt = m_record.db().prepare("SELECT id, role, password_hash FROM operators WHERE name = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    const auto refused = [&] {
        return storeError(StoreErrc::SignInRefused, "sign-in refused for " + name + ": unknown name or wrong password",
                          {name});
    };
    if (!*row || !checkPassword(password, stmt->text(2))) {
        return std::unexpected(refused());
    }
    Member m{stmt->integer(0), name, stmt->text(1)};
    auto all = members();
    if (!all) {
        return std::unexpected(all.error());
    }
    if (const auto it = std::ranges::find(*all, m.id, &Member::id); it == all->end() || !it->active) {
        return std::unexpected(refused());
    }
    return SignedIn(m);
}

Result<std::int64_t> Committee::ruleSheet(std::int64_t sheet, const std::string& decisionJson,
                                          const std::string& reason, const SignedIn& first, const SignedIn& second,
                                          const std::string& time) {
    auto decision = checkRuling(decisionJson, reason, first.member(), second.member(), true);
    if (!decision) {
        return std::unexpected(decision.error());
    }
    Database& db = m_record.db();
    std::int64_t id = 0;
    auto done = transaction(db, [&]() -> Result<> {
        // Looked up inside the transaction: the reading ruled on is the sheet's latest, even with
        // another station reading it at the same moment.
        auto target =
            db.prepare("SELECT (SELECT max(id) FROM readings WHERE sheet = s.id) FROM sheets s WHERE s.id = ?");
        if (!target) {
            return std::unexpected(target.error());
        }
        target->bind(1, sheet);
        auto found = target->step();
        if (!found) {
            return std::unexpected(found.error());
        }
        const std::string name = "sheet " + std::to_string(sheet);
        if (!*found) {
            return std::unexpected(storeError(StoreErrc::NotFound, "there is no " + name + " in the record", {name}));
        }
        if (target->isNull(0)) {
            return std::unexpected(
                storeError(StoreErrc::NotFound, name + " has not been read yet; read it first", {name}));
        }
        const std::int64_t reading = target->integer(0);
        auto insert = db.prepare(
            "INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) VALUES (?,?,?,?,?,?) "
            "RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, reading)
            .bind(2, *decision)
            .bind(3, reason)
            .bind(4, first.member().id)
            .bind(5, second.member().id)
            .bind(6, time);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        const Json payload{
            {"ruling", id},       {"sheet", sheet},
            {"reading", reading}, {"decision", Json::parse(*decision)},
            {"reason", reason},   {"members", {memberJson(first.member()), memberJson(second.member())}}};
        return logEvent(db, time, first.member().name + " + " + second.member().name, "ruling", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<std::int64_t> Committee::ruleManual(const std::string& election, int round, const std::string& ballot,
                                           const std::string& decisionJson, const std::string& reason,
                                           const SignedIn& first, const SignedIn& second, const std::string& time) {
    auto decision = checkRuling(decisionJson, reason, first.member(), second.member(), false);
    if (!decision) {
        return std::unexpected(decision.error());
    }
    Database& db = m_record.db();
    std::int64_t id = 0;
    auto done = transaction(db, [&]() -> Result<> {
        auto entered =
            db.prepare("SELECT count(*) FROM manual_entries WHERE election = ? AND round = ? AND ballot = ?");
        if (!entered) {
            return std::unexpected(entered.error());
        }
        entered->bind(1, election).bind(2, round).bind(3, ballot);
        if (auto row = entered->step(); !row || entered->integer(0) == 0) {
            const std::string what =
                "ballot " + ballot + " in election \"" + election + "\" round " + std::to_string(round);
            return std::unexpected(storeError(StoreErrc::NotFound, "no manual entry of " + what, {what}));
        }
        auto insert = db.prepare(
            "INSERT INTO manual_rulings (election, round, ballot, decision, reason, first_member, second_member, "
            "ruled) "
            "VALUES (?,?,?,?,?,?,?,?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, ballot).bind(4, *decision).bind(5, reason);
        insert->bind(6, first.member().id).bind(7, second.member().id).bind(8, time);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        const Json payload{{"manual_ruling", id},
                           {"election", election},
                           {"round", round},
                           {"ballot", ballot},
                           {"decision", Json::parse(*decision)},
                           {"reason", reason},
                           {"members", {memberJson(first.member()), memberJson(second.member())}}};
        return logEvent(db, time, first.member().name + " + " + second.member().name, "manual_ruling", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<std::int64_t> Committee::ruleRound(const std::string& election, int round, const std::string& decisionJson,
                                          const std::string& reason, const SignedIn& first, const SignedIn& second,
                                          const std::string& time) {
    const Json decision = Json::parse(decisionJson, nullptr, false);
    if (!decision.is_object() || decision.size() != 1 || !decision.contains("issued") ||
        !decision["issued"].is_number_integer() || decision["issued"].get<std::int64_t>() < 0) {
        return std::unexpected(
            storeError(StoreErrc::BadDecision,
                       "a ruling on a round is {\"issued\": N}, the ballots issued as recounted: " + decisionJson,
                       {decisionJson}));
    }
    if (auto checked = checkRulers(reason, first.member(), second.member()); !checked) {
        return std::unexpected(checked.error());
    }
    Database& db = m_record.db();
    std::int64_t id = 0;
    auto done = transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO round_rulings (election, round, decision, reason, first_member, second_member, ruled) "
            "VALUES (?,?,?,?,?,?,?) RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, decision.dump()).bind(4, reason);
        insert->bind(5, first.member().id).bind(6, second.member().id).bind(7, time);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        const Json payload{
            {"round_ruling", id}, {"election", election},
            {"round", round},     {"decision", decision},
            {"reason", reason},   {"members", {memberJson(first.member()), memberJson(second.member())}}};
        return logEvent(db, time, first.member().name + " + " + second.member().name, "round_ruling", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<> Committee::enter(const std::string& election, int round, const std::string& ballot,
                          const std::string& entryJson, const SignedIn& by, const std::string& time) {
    auto entry = canonicalBallot(entryJson);
    if (!entry) {
        return std::unexpected(
            storeError(StoreErrc::BadDecision, "ballot " + ballot + ": " + entry.error(), {entry.error()}));
    }
    if (ballot.empty()) {
        return std::unexpected(storeError(StoreErrc::BadInput, "a manual entry needs the ballot's number"));
    }
    Database& db = m_record.db();
    return transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO manual_entries (election, round, ballot, operator, entry, entered) VALUES (?,?,?,?,?,?) "
            "RETURNING id");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, ballot).bind(4, by.member().id).bind(5, *entry).bind(6, time);
        auto inserted = insertReturningId(*insert);
        if (!inserted) {
            if (inserted.error().fault == DbFault::Unique) {
                return std::unexpected(storeError(StoreErrc::Duplicate,
                                                  by.member().name + " already entered ballot " + ballot +
                                                      " (an entry is never changed; a mistake is settled by a ruling)",
                                                  {by.member().name, ballot}));
            }
            return std::unexpected(inserted.error());
        }
        const Json payload{{"manual_entry", *inserted},
                           {"election", election},
                           {"round", round},
                           {"ballot", ballot},
                           {"entry", Json::parse(*entry)}};
        return logEvent(db, time, by.member().name, "manual_entry", payload.dump());
    });
}

Result<std::string> Committee::rulingsJsonl() {
    auto rows = m_record.rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    std::string out;
    for (const RulingRow& r : rows->sheetRulings) {
        out += rulingJson(r, "ruling").dump() + "\n";
    }
    for (const RulingRow& r : rows->manualRulings) {
        out += rulingJson(r, "manual_ruling").dump() + "\n";
    }
    return out;
}

Result<std::string> Committee::manualEntriesJsonl() {
    return jsonLines(
        m_record.db(),
        "SELECT e.id, e.election, e.round, e.ballot, o.name, o.role, e.entry, e.entered FROM manual_entries e "
        "JOIN operators o ON o.id = e.operator ORDER BY e.id",
        [](const Statement& s) {
            return Json{{"manual_entry", s.integer(0)},    {"election", s.text(1)},
                        {"round", s.integer(2)},           {"ballot", s.text(3)},
                        {"operator", s.text(4)},           {"role", s.text(5)},
                        {"entry", Json::parse(s.text(6))}, {"entered", s.text(7)}};
        });
}

Result<std::string> Committee::countedJsonl() {
    auto rows = m_record.rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    auto counted = countBallots(*rows);
    if (!counted) {
        return std::unexpected(storeError(StoreErrc::Inconsistent, counted.error(), {counted.error()}));
    }
    return countedLines(*counted);
}

}  // namespace kp::store
