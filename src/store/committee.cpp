#include "src/store/committee.h"

#include <functional>
#include <nlohmann/json.hpp>

#include "src/common/keys.h"
#include "src/store/audit_log.h"
#include "src/store/counted.h"

namespace kp::store {

namespace {

using Json = nlohmann::ordered_json;

StoreError fail(const std::string& message) { return StoreError{0, message}; }

bool rules(const Member& m) { return m.role == ROLE_CHAIR || m.role == ROLE_MEMBER; }

Json memberJson(const Member& m) { return Json{{"name", m.name}, {"role", m.role}}; }

// The checks every ruling passes before it is written: a valid ballot, a reason, and two
// different committee members who signed in.
std::expected<std::string, StoreError> checkRuling(const std::string& decisionJson, const std::string& reason,
                                                   const Member& first, const Member& second) {
    if (first.id == second.id) {
        return std::unexpected(fail("a ruling needs two different members of the committee; " + first.name +
                                    " cannot confirm their own ruling"));
    }
    for (const Member* m : {&first, &second}) {
        if (!rules(*m)) {
            return std::unexpected(fail(m->name + " is a technician (kỹ thuật viên); rulings are made by the trưởng "
                                                  "ban and thành viên of the counting committee"));
        }
    }
    if (reason.empty()) {
        return std::unexpected(fail("a ruling must say why (the reason is part of the minutes)"));
    }
    auto canonical = canonicalBallot(decisionJson);
    if (!canonical) {
        return std::unexpected(fail("the ruling's ballot: " + canonical.error()));
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

}  // namespace

Result<Member> Committee::addOperator(const std::string& name, const std::string& role, const std::string& password,
                                      const SignedIn* by, const std::string& time) {
    if (role != ROLE_CHAIR && role != ROLE_MEMBER && role != ROLE_TECHNICIAN) {
        return std::unexpected(fail("unknown role \"" + role + "\" (truong_ban, thanh_vien or ky_thuat_vien)"));
    }
    if (name.empty() || password.size() < 6) {
        return std::unexpected(fail(name.empty() ? "an operator needs a name" : "a password needs at least 6 characters"));
    }
    Database& db = m_record.db();
    auto count = db.prepare("SELECT count(*) FROM operators");
    if (!count || !count->step()) {
        return std::unexpected(fail("reading the operators failed"));
    }
    if (count->integer(0) > 0 && (by == nullptr || by->member().role != ROLE_CHAIR)) {
        return std::unexpected(fail("only the trưởng ban, signed in, adds operators to a committee that has some"));
    }
    auto hash = hashPassword(password);
    if (!hash) {
        return std::unexpected(fail("hashing the password: " + hash.error()));
    }
    Member added{0, name, role};
    auto done = transaction(db, [&]() -> Result<> {
        auto insert = db.prepare("INSERT INTO operators (name, role, password_hash) VALUES (?, ?, ?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, name).bind(2, role).bind(3, *hash);
        if (auto r = insert->run(); !r) {
            return std::unexpected(fail(r.error().message.find("UNIQUE") != std::string::npos
                                            ? "an operator named " + name + " already exists"
                                            : r.error().message));
        }
        added.id = db.lastInsertId();
        const std::string actor = by ? by->member().name : name;
        return logEvent(db, time, actor, "operator_added", Json{{"operator", added.id}, {"name", name}, {"role", role}}.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return added;
}

Result<std::vector<Member>> Committee::members() {
    auto stmt = m_record.db().prepare("SELECT id, name, role FROM operators ORDER BY id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Member> out;
    auto done = forEachRow(*stmt, [&](const Statement& s) { out.push_back({s.integer(0), s.text(1), s.text(2)}); });
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
    if (!*row || !checkPassword(password, stmt->text(2))) {
        return std::unexpected(fail("sign-in refused for " + name + ": unknown name or wrong password"));
    }
    return SignedIn(Member{stmt->integer(0), name, stmt->text(1)});
}

Result<std::int64_t> Committee::ruleSheet(std::int64_t sheet, const std::string& decisionJson, const std::string& reason,
                                          const SignedIn& first, const SignedIn& second, const std::string& time) {
    auto decision = checkRuling(decisionJson, reason, first.member(), second.member());
    if (!decision) {
        return std::unexpected(decision.error());
    }
    Database& db = m_record.db();
    auto target = db.prepare(
        "SELECT ifnull(s.refeed_of, 0), (SELECT max(id) FROM readings WHERE sheet = s.id) FROM sheets s WHERE s.id = ?");
    if (!target) {
        return std::unexpected(target.error());
    }
    target->bind(1, sheet);
    auto found = target->step();
    if (!found || !*found) {
        return std::unexpected(fail("there is no sheet " + std::to_string(sheet) + " in the record"));
    }
    if (target->integer(0) != 0) {
        return std::unexpected(fail("sheet " + std::to_string(sheet) + " is a re-fed copy of sheet " +
                                    std::to_string(target->integer(0)) + " and is not counted; rule on that one"));
    }
    if (target->isNull(1)) {
        return std::unexpected(fail("sheet " + std::to_string(sheet) + " has not been read yet; import its reading first"));
    }
    const std::int64_t reading = target->integer(1);
    std::int64_t id = 0;
    auto done = transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) VALUES (?,?,?,?,?,?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, reading).bind(2, *decision).bind(3, reason).bind(4, first.member().id).bind(5, second.member().id).bind(6, time);
        if (auto r = insert->run(); !r) {
            return r;
        }
        id = db.lastInsertId();
        const Json payload{{"ruling", id}, {"sheet", sheet}, {"reading", reading}, {"decision", Json::parse(*decision)},
                           {"reason", reason}, {"members", {memberJson(first.member()), memberJson(second.member())}}};
        return logEvent(db, time, first.member().name + " + " + second.member().name, "ruling", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<std::int64_t> Committee::ruleManual(const std::string& election, int round, const std::string& ballot,
                                           const std::string& decisionJson, const std::string& reason, const SignedIn& first,
                                           const SignedIn& second, const std::string& time) {
    auto decision = checkRuling(decisionJson, reason, first.member(), second.member());
    if (!decision) {
        return std::unexpected(decision.error());
    }
    Database& db = m_record.db();
    auto entered = db.prepare("SELECT count(*) FROM manual_entries WHERE election = ? AND round = ? AND ballot = ?");
    if (!entered) {
        return std::unexpected(entered.error());
    }
    entered->bind(1, election).bind(2, round).bind(3, ballot);
    if (auto row = entered->step(); !row || entered->integer(0) == 0) {
        return std::unexpected(fail("no manual entry of ballot " + ballot + " in election \"" + election + "\" round " +
                                    std::to_string(round)));
    }
    std::int64_t id = 0;
    auto done = transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO manual_rulings (election, round, ballot, decision, reason, first_member, second_member, ruled) "
            "VALUES (?,?,?,?,?,?,?,?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, ballot).bind(4, *decision).bind(5, reason);
        insert->bind(6, first.member().id).bind(7, second.member().id).bind(8, time);
        if (auto r = insert->run(); !r) {
            return r;
        }
        id = db.lastInsertId();
        const Json payload{{"manual_ruling", id}, {"election", election}, {"round", round}, {"ballot", ballot},
                           {"decision", Json::parse(*decision)}, {"reason", reason},
                           {"members", {memberJson(first.member()), memberJson(second.member())}}};
        return logEvent(db, time, first.member().name + " + " + second.member().name, "manual_ruling", payload.dump());
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return id;
}

Result<> Committee::enter(const std::string& election, int round, const std::string& ballot, const std::string& entryJson,
                          const SignedIn& by, const std::string& time) {
    auto entry = canonicalBallot(entryJson);
    if (!entry) {
        return std::unexpected(fail("ballot " + ballot + ": " + entry.error()));
    }
    if (ballot.empty()) {
        return std::unexpected(fail("a manual entry needs the ballot's number"));
    }
    Database& db = m_record.db();
    return transaction(db, [&]() -> Result<> {
        auto insert = db.prepare(
            "INSERT INTO manual_entries (election, round, ballot, operator, entry, entered) VALUES (?,?,?,?,?,?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, election).bind(2, round).bind(3, ballot).bind(4, by.member().id).bind(5, *entry).bind(6, time);
        if (auto r = insert->run(); !r) {
            return std::unexpected(fail(r.error().message.find("UNIQUE") != std::string::npos
                                            ? by.member().name + " already entered ballot " + ballot +
                                                  " (an entry is never changed; a mistake is settled by a ruling)"
                                            : r.error().message));
        }
        const Json payload{{"manual_entry", db.lastInsertId()}, {"election", election}, {"round", round},
                           {"ballot", ballot}, {"entry", Json::parse(*entry)}};
        return logEvent(db, time, by.member().name, "manual_entry", payload.dump());
    });
}

Result<std::string> Committee::rulingsJsonl() {
    // Sheet rulings first, then manual ones, each in the order made; two members by name and role.
    auto sheets = jsonLines(m_record.db(),
                            "SELECT r.id, r.reading, g.sheet, r.decision, r.reason, a.name, a.role, b.name, b.role, r.ruled "
                            "FROM rulings r JOIN readings g ON g.id = r.reading JOIN operators a ON a.id = r.first_member "
                            "JOIN operators b ON b.id = r.second_member ORDER BY r.id",
                            [](const Statement& s) {
                                return Json{{"ruling", s.integer(0)}, {"reading", s.integer(1)},
                                            {"sheet", std::to_string(s.integer(2))}, {"decision", Json::parse(s.text(3))},
                                            {"reason", s.text(4)},
                                            {"members", {memberJson(Member{0, s.text(5), s.text(6)}), memberJson(Member{0, s.text(7), s.text(8)})}},
                                            {"ruled", s.text(9)}};
                            });
    auto manual = jsonLines(m_record.db(),
                            "SELECT r.id, r.election, r.round, r.ballot, r.decision, r.reason, a.name, a.role, b.name, "
                            "b.role, r.ruled FROM manual_rulings r JOIN operators a ON a.id = r.first_member "
                            "JOIN operators b ON b.id = r.second_member ORDER BY r.id",
                            [](const Statement& s) {
                                return Json{{"manual_ruling", s.integer(0)}, {"election", s.text(1)}, {"round", s.integer(2)},
                                            {"ballot", s.text(3)}, {"decision", Json::parse(s.text(4))}, {"reason", s.text(5)},
                                            {"members", {memberJson(Member{0, s.text(6), s.text(7)}), memberJson(Member{0, s.text(8), s.text(9)})}},
                                            {"ruled", s.text(10)}};
                            });
    if (!sheets || !manual) {
        return std::unexpected(!sheets ? sheets.error() : manual.error());
    }
    return *sheets + *manual;
}

Result<std::string> Committee::manualEntriesJsonl() {
    return jsonLines(m_record.db(),
                     "SELECT e.id, e.election, e.round, e.ballot, o.name, o.role, e.entry, e.entered FROM manual_entries e "
                     "JOIN operators o ON o.id = e.operator ORDER BY e.id",
                     [](const Statement& s) {
                         return Json{{"manual_entry", s.integer(0)}, {"election", s.text(1)}, {"round", s.integer(2)},
                                     {"ballot", s.text(3)}, {"operator", s.text(4)}, {"role", s.text(5)},
                                     {"entry", Json::parse(s.text(6))}, {"entered", s.text(7)}};
                     });
}

Result<std::string> Committee::countedJsonl() {
    auto readings = m_record.readingsJsonl();
    auto rulings = rulingsJsonl();
    auto manual = manualEntriesJsonl();
    if (!readings || !rulings || !manual) {
        return std::unexpected(!readings ? readings.error() : !rulings ? rulings.error() : manual.error());
    }
    auto counted = countedReadings(*readings, *rulings, *manual);
    if (!counted) {
        return std::unexpected(fail(counted.error()));
    }
    return *counted;
}

}  // namespace kp::store
