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

    // The first operator of a record may be added by anyone (the record's creator sets up the
    // committee); every later one only by a signed-in trưởng ban. The password is kept as an
    // Argon2id hash.
    Result<Member> addOperator(const std::string& name, const std::string& role, const std::string& password,
                               const SignedIn* by, const std::string& time);
    // The operators in the order they were added.
    Result<std::vector<Member>> members();
    // Refuses an unknown name and a wrong password with the same words (no hint to a guesser).
    Result<SignedIn> signIn(const std::string& name, const std::string& password);

    // A ruling on a scanned sheet's latest reading. decisionJson: the ballot as the committee
    // reads it, {"struck": [...]} or {"marks": {...}}, optionally with "invalid": reason (the
    // caller checks candidate ids against the congress). Two different members, neither a
    // technician. Returns the ruling's number.
    Result<std::int64_t> ruleSheet(std::int64_t sheet, const std::string& decisionJson, const std::string& reason,
                                   const SignedIn& first, const SignedIn& second, const std::string& time);
    // The same for a manually entered ballot whose entries disagree (or to correct one).
    Result<std::int64_t> ruleManual(const std::string& election, int round, const std::string& ballot,
                                    const std::string& decisionJson, const std::string& reason, const SignedIn& first,
                                    const SignedIn& second, const std::string& time);
    // One operator's entry of paper ballot `ballot` (the number written on it as the stack is
    // counted). An operator enters a ballot once.
    Result<> enter(const std::string& election, int round, const std::string& ballot, const std::string& entryJson,
                   const SignedIn& by, const std::string& time);

    // The record's rulings and manual entries as JSON lines (docs/formats.md §Audit bundle).
    Result<std::string> rulingsJsonl();
    Result<std::string> manualEntriesJsonl();
    // What the tally counts: every counted sheet's reading with its ruling applied, and every
    // manually entered ballot reconciled (counted.h).
    Result<std::string> countedJsonl();

private:
    Record& m_record;
};

}  // namespace kp::store
