#pragma once
// The reconciliation of each election round (election-rules.md §3; issue 26 item 4): the
// ballots issued (as the congress file says, or as the committee ruled after a recount)
// against what the record holds — sheets scanned, counted, waiting for the committee, set aside
// (by reason), not yet read, keyed by hand — and the gaps that keep the result from being
// final, each with what to do. One pure function of the record's rows, for the desktop app's
// view, the command line and the tests.
#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "src/store/rows.h"

namespace kp::app {

// A gap and its action: Waiting → review the ballots; Unread → count again (the next count
// reads them first); MoreThanIssued → the committee recounts the ballots issued and records
// the number (store::Committee::ruleRound, {"issued": N}) or explains it in the minutes.
enum class Gap { Waiting, Unread, MoreThanIssued };

struct RoundReconciliation {
    std::string election;
    int round = 1;
    std::optional<std::int64_t> issuedByCongress;   // the congress file's figure
    std::optional<std::int64_t> issuedByCommittee;  // the latest round ruling, if any
    std::int64_t sheets = 0;                        // scanned sheets (the back of a two-sided ballot not again)
    std::int64_t counted = 0;                       // scanned ballots counted (valid or invalid)
    std::int64_t manual = 0;                        // ballots keyed by hand and counted
    std::int64_t waiting = 0;                       // for the committee (sheets and hand-keyed ballots)
    std::int64_t unread = 0;                        // stored, not yet read
    std::map<std::string, std::int64_t> setAside;   // not_a_ballot / refeed / other_round → sheets

    std::optional<std::int64_t> issued() const { return issuedByCommittee ? issuedByCommittee : issuedByCongress; }
    std::int64_t collected() const { return counted + manual; }  // so far: waiting ballots not yet in
    std::int64_t setAsideTotal() const;
    std::vector<Gap> gaps() const;
};

// Every round of every election that the congress defines or the record holds ballots or
// rulings of, in the congress's order then by round. Errors: the record's rows do not count.
std::expected<std::vector<RoundReconciliation>, std::string> reconcile(const store::RecordRows& rows);

}  // namespace kp::app
