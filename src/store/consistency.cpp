#include "src/store/consistency.h"

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "src/common/sha256.h"

namespace kp::store {

namespace {

using Json = nlohmann::json;  // compared as values: key order does not matter

// What an event of one kind says about its row, by the row's number.
struct Logged {
    std::map<std::int64_t, Json> byId;
    std::vector<Json> inOrder;  // kinds whose events carry no row number (word blanks)
};

class Checker {
public:
    void problem(std::string p) {
        if (m_problems.size() < LIMIT) {
            m_problems.push_back(std::move(p));
        } else if (m_problems.size() == LIMIT) {
            m_problems.push_back("… and more");
        }
    }
    std::vector<std::string> take() { return std::move(m_problems); }

    // Events of the record by kind; the key names the row number in the payload.
    void index(const std::vector<Event>& events) {
        static const std::map<std::string, std::string> KEY{
            {"operator_added", "operator"},   {"operator_status", "operator_status"},
            {"batch_imported", "batch"},      {"sheet_imported", "sheet"},
            {"reading_recorded", "reading"},  {"ruling", "ruling"},
            {"manual_entry", "manual_entry"}, {"manual_ruling", "manual_ruling"},
            {"round_ruling", "round_ruling"}, {"word_blank_confirmed", ""},
            {"record_created", ""},           {"congress_key", ""}};
        for (const Event& e : events) {
            const std::string where = "audit log event " + std::to_string(e.seq) + " (" + e.kind + ")";
            const auto key = KEY.find(e.kind);
            if (key == KEY.end()) {
                problem(where + ": not a kind of event this program writes");
                continue;
            }
            Json payload = Json::parse(e.payload, nullptr, false);
            if (!payload.is_object()) {
                problem(where + ": its payload is not a JSON object");
                continue;
            }
            payload["_actor"] = e.actor;
            payload["_seq"] = e.seq;
            Logged& logged = m_logged[e.kind];
            if (key->second.empty()) {
                logged.inOrder.push_back(std::move(payload));
                continue;
            }
            const auto id = payload.find(key->second);
            if (id == payload.end() || !id->is_number_integer()) {
                problem(where + ": names no " + key->second + " number");
            } else if (!logged.byId.emplace(id->get<std::int64_t>(), std::move(payload)).second) {
                problem(where + ": a second event for " + key->second + " " + std::to_string(id->get<std::int64_t>()));
            }
        }
    }

    // The row `id` of a table against its event: `fields` are the payload's values the row must
    // have (a field the event lacks — written by an older version — is not compared).
    void expect(const std::string& kind, const std::string& row, std::int64_t id, const Json& fields) {
        const auto e = m_logged[kind].byId.find(id);
        if (e == m_logged[kind].byId.end()) {
            problem(row + " has no " + kind + " event in the audit log (added behind the program's back)");
            return;
        }
        for (const auto& [name, value] : fields.items()) {
            if (const auto said = e->second.find(name); said != e->second.end() && *said != value) {
                problem(row + ": its " + name + " is " + value.dump() + " but the audit log recorded " + said->dump() +
                        " (changed behind the program's back)");
            }
        }
        m_matched[kind].insert(id);
    }

    // Events whose row is gone.
    void orphans(const std::string& kind, const std::string& what) {
        for (const auto& [id, payload] : m_logged[kind].byId) {
            if (!m_matched[kind].contains(id)) {
                problem("audit log event " + std::to_string(payload.value("_seq", 0)) + " records " + what + " " +
                        std::to_string(id) + ", which the record does not have (removed behind the program's back)");
            }
        }
    }

    Logged& logged(const std::string& kind) { return m_logged[kind]; }

private:
    static constexpr std::size_t LIMIT = 50;
    std::map<std::string, Logged> m_logged;
    std::map<std::string, std::set<std::int64_t>> m_matched;
    std::vector<std::string> m_problems;
};

Json members(const RulingRow& r) {
    return Json::array(
        {{{"name", r.first.name}, {"role", r.first.role}}, {{"name", r.second.name}, {"role", r.second.role}}});
}

Json parsedOr(const std::string& text) {
    Json j = Json::parse(text, nullptr, false);
    return j.is_discarded() ? Json(text) : j;
}

void checkCreation(Checker& c, const RecordRows& rows) {
    const std::vector<Json>& created = c.logged("record_created").inOrder;
    if (rows.events.empty() || rows.events.front().kind != "record_created" || created.size() != 1) {
        c.problem("audit log: it does not begin with the record's creation, once");
        return;
    }
    const std::string logged = created.front().value("congress_sha256", "");
    if (logged != sha256Hex(rows.congress)) {
        c.problem("congress: its SHA-256 " + sha256Hex(rows.congress) + " is not the " + logged +
                  " the record was created with (the congress was changed behind the program's back)");
    }
}

// A ruling is made by two different members of the committee (trưởng ban or thành viên), as
// the record's operators say they are.
void checkMembers(Checker& c, const RecordRows& rows, const RulingRow& r, const std::string& name) {
    if (r.first.name == r.second.name) {
        c.problem(name + " is not made by two different members");
    }
    for (const MemberRef& m : {r.first, r.second}) {
        const auto op = std::ranges::find(rows.operators, m.name, &OperatorRow::name);
        if (op == rows.operators.end() || op->role != m.role || (m.role != "truong_ban" && m.role != "thanh_vien")) {
            c.problem(name + " names " + m.name + ", who is not a member of the committee");
        }
    }
}

void checkRows(Checker& c, const RecordRows& rows) {
    std::set<std::int64_t> batchIds, sheetIds, readingIds;
    for (const OperatorRow& o : rows.operators) {
        c.expect("operator_added", "operator " + std::to_string(o.id), o.id, {{"name", o.name}, {"role", o.role}});
    }
    for (const OperatorStatusRow& s : rows.operatorStatus) {
        c.expect("operator_status", "operator status " + std::to_string(s.id), s.id,
                 {{"operator", s.operatorId}, {"active", s.active}, {"_actor", s.by}});
    }
    for (const BatchRow& b : rows.batches) {
        batchIds.insert(b.id);
        c.expect("batch_imported", "batch " + std::to_string(b.id), b.id,
                 {{"election", b.election},
                  {"round", b.round},
                  {"device", b.device},
                  {"dpi", b.dpi},
                  {"started", b.started}});
    }
    for (const SheetRow& s : rows.sheets) {
        const std::string name = "sheet " + std::to_string(s.id);
        if (!batchIds.contains(s.batch)) {
            c.problem(name + ": its batch " + std::to_string(s.batch) + " is not in the record");
        }
        if (s.refeedOf != 0 && !sheetIds.contains(s.refeedOf)) {
            c.problem(name + ": resembles sheet " + std::to_string(s.refeedOf) +
                      ", which is not before it in the record");
        }
        sheetIds.insert(s.id);
        c.expect("sheet_imported", name, s.id,
                 {{"sha256", s.sha256},
                  {"batch", s.batch},
                  {"page", s.page},
                  {"side", s.side},
                  {"refeed_of", s.refeedOf == 0 ? Json() : Json(s.refeedOf)}});
    }
    for (const ReadingRow& r : rows.readings) {
        const std::string name = "reading " + std::to_string(r.id);
        if (!sheetIds.contains(r.sheet)) {
            c.problem(name + ": its sheet " + std::to_string(r.sheet) + " is not in the record");
        }
        readingIds.insert(r.id);
        c.expect("reading_recorded", name, r.id,
                 {{"sheet", r.sheet}, {"status", r.status}, {"line_sha256", sha256Hex(r.line)}});
    }
    for (const RulingRow& r : rows.sheetRulings) {
        const std::string name = "ruling " + std::to_string(r.id);
        if (!readingIds.contains(r.reading)) {
            c.problem(name + ": its reading " + std::to_string(r.reading) + " is not in the record");
        }
        checkMembers(c, rows, r, name);
        c.expect("ruling", name, r.id,
                 {{"reading", r.reading},
                  {"sheet", r.sheet},
                  {"decision", parsedOr(r.decision)},
                  {"reason", r.reason},
                  {"members", members(r)}});
    }
    for (const ManualEntryRow& e : rows.manualEntries) {
        c.expect("manual_entry", "manual entry " + std::to_string(e.id), e.id,
                 {{"election", e.election},
                  {"round", e.round},
                  {"ballot", e.ballot},
                  {"entry", parsedOr(e.entry)},
                  {"_actor", e.by.name}});
    }
    for (const RulingRow& r : rows.manualRulings) {
        checkMembers(c, rows, r, "manual ruling " + std::to_string(r.id));
        c.expect("manual_ruling", "manual ruling " + std::to_string(r.id), r.id,
                 {{"election", r.election},
                  {"round", r.round},
                  {"ballot", r.ballot},
                  {"decision", parsedOr(r.decision)},
                  {"reason", r.reason},
                  {"members", members(r)}});
    }
    for (const RulingRow& r : rows.roundRulings) {
        checkMembers(c, rows, r, "round ruling " + std::to_string(r.id));
        c.expect("round_ruling", "round ruling " + std::to_string(r.id), r.id,
                 {{"election", r.election},
                  {"round", r.round},
                  {"decision", parsedOr(r.decision)},
                  {"reason", r.reason},
                  {"members", members(r)}});
    }
    for (const auto& [kind, what] :
         std::initializer_list<std::pair<const char*, const char*>>{{"operator_added", "operator"},
                                                                    {"operator_status", "operator status"},
                                                                    {"batch_imported", "batch"},
                                                                    {"sheet_imported", "sheet"},
                                                                    {"reading_recorded", "reading"},
                                                                    {"ruling", "ruling"},
                                                                    {"manual_entry", "manual entry"},
                                                                    {"manual_ruling", "manual ruling"},
                                                                    {"round_ruling", "round ruling"}}) {
        c.orphans(kind, what);
    }
    // Word blanks carry no number in their events: the n-th event is the n-th row.
    const std::vector<Json>& blanks = c.logged("word_blank_confirmed").inOrder;
    if (blanks.size() != rows.wordBlanks.size()) {
        c.problem("word blanks: the record has " + std::to_string(rows.wordBlanks.size()) +
                  ", the audit log confirmed " + std::to_string(blanks.size()));
    }
    for (std::size_t i = 0; i < std::min(blanks.size(), rows.wordBlanks.size()); ++i) {
        const WordBlank& b = rows.wordBlanks[i];
        const Json& e = blanks[i];
        if (e.value("election", "") != b.election || e.value("round", 0) != b.round ||
            e.value("sha256", "") != b.sha256 || e.value("dpi", 0) != b.dpi || e.value("_actor", "") != b.confirmedBy) {
            c.problem("word blank " + std::to_string(i + 1) + " (election \"" + b.election +
                      "\") differs from the audit log's record of it");
        }
    }
}

}  // namespace

std::vector<std::string> checkConsistency(const RecordRows& rows) {
    Checker c;
    const ChainCheck chain = verifyEvents(rows.events);
    if (!chain.ok) {
        c.problem("audit log: " + chain.problem);
    }
    c.index(rows.events);
    checkCreation(c, rows);
    checkRows(c, rows);
    return c.take();
}

}  // namespace kp::store
