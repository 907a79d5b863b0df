#pragma once
// What the counting committee does in the record: its members sign in, rule on ballots in
// review (two members for every ruling), and enter ballots by hand where there is no scanner
// (each ballot entered independently by two or three operators, then reconciled).
//
// Nothing here changes a row: a ruling is a new row referring to the reading it overrides;
// a manual entry is never corrected, a disagreement is ruled on. Every action is an audit
// event in the same transaction.
#include <cstdint>
#include <string>
#include <vector>

#include "src/store/record.h"

namespace kp::store {

// Roles of the Ban kiểm phiếu: trưởng ban, thành viên; the technician (kỹ thuật viên) runs the
// scanners and may enter ballots, but does not rule.
inline constexpr const char* ROLE_CHAIR = "truong_ban";
inline constexpr const char* ROLE_MEMBER = "thanh_vien";
inline constexpr const char* ROLE_TECHNICIAN = "ky_thuat_vien";

struct Member {
    std::int64_t id = 0;
    std::string name;
    std::string role;
    bool active = true;  // false: taken off the committee by the chair (signs in no more)
};

// A member whose password has been checked: the only way to act in their name.
class SignedIn {
public:
    const Member& member() const { return m_member; }

private:
    friend class Committee;
    explicit SignedIn(Member m) : m_member(std::move(m)) {}
    Member m_member;
};

class Committee {
public:
    explicit Committee(Record& record) : m_record(record) {}

    // The first operator of a record is its trưởng ban, added by the record's creator (no one
    // could confirm anything else: a committee without a chair can never grow or rule); every
    // later one only by a signed-in trưởng ban. The password is kept as an Argon2id hash.
    Result<Member> addOperator(const std::string& name, const std::string& role, const std::string& password,
                               const SignedIn* by, const std::string& time);
    // Takes a member off the committee (active = false) or puts them back: only the signed-in
    // chair, never themselves; an audit event. A member taken off signs in no more; what they
    // did stays in the record.
    Result<> setActive(std::int64_t memberId, bool active, const SignedIn& chair, const std::string& time);
    // The operators in the order they were added, each with whether they are active.
    Result<std::vector<Member>> members();
    // Refuses an unknown name, a wrong password and a member taken off the committee with the
    // same words (no hint to a guesser).
    Result<SignedIn> signIn(const std::string& name, const std::string& password);

    // A ruling on a scanned sheet's latest reading. decisionJson: the ballot as the committee
    // reads it, {"struck": [...]} or {"marks": {...}}, optionally with "invalid": reason (the
    // caller checks candidate ids against the congress), or the sheet set aside:
    // {"set_aside": "not_a_ballot" | "refeed" | "other_round"} (counted.h). Two different
    // members, neither a technician. Returns the ruling's number.
    Result<std::int64_t> ruleSheet(std::int64_t sheet, const std::string& decisionJson, const std::string& reason,
                                   const SignedIn& first, const SignedIn& second, const std::string& time);
    // The same for a manually entered ballot whose entries disagree (or to correct one).
    Result<std::int64_t> ruleManual(const std::string& election, int round, const std::string& ballot,
                                    const std::string& decisionJson, const std::string& reason, const SignedIn& first,
                                    const SignedIn& second, const std::string& time);
    // A ruling on an election round as a whole: {"issued": N} — the ballots issued, recounted by
    // the committee when more were collected than the congress file says were issued
    // (election-rules.md §3). The latest ruling of a round applies.
    Result<std::int64_t> ruleRound(const std::string& election, int round, const std::string& decisionJson,
                                   const std::string& reason, const SignedIn& first, const SignedIn& second,
                                   const std::string& time);
    // One operator's entry of paper ballot `ballot` (the number written on it as the stack is
    // counted). An operator enters a ballot once.
    Result<> enter(const std::string& election, int round, const std::string& ballot, const std::string& entryJson,
                   const SignedIn& by, const std::string& time);

    // The record's rulings and manual entries as JSON lines (docs/formats.md §Audit bundle).
    Result<std::string> rulingsJsonl();
    Result<std::string> manualEntriesJsonl();
    // What the tally counts: every sheet and manual ballot in its state (counted.h), as
    // readings lines.
    Result<std::string> countedJsonl();

private:
    Record& m_record;
};

}  // namespace kp::store
