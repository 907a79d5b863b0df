#pragma once
// The committee's review queue, one service for the desktop app and the command line: every
// ballot waiting for the committee, with what it needs to decide (the sheet's image and its
// other face, what the recogniser read and doubted, the sheet it may be a re-feed of, the
// operators' entries of a manual ballot), and recording a decision with two members.
//
// Fail closed: a record that cannot be read is an error, never an empty queue.
#include <cstdint>
#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "src/store/committee.h"
#include "src/store/record.h"

namespace kp::app {

struct ManualEntryView {
    std::string operatorName;
    nlohmann::ordered_json entry;  // {"struck": [...]} / {"marks": {...}} / {"invalid": ...}
};

struct ReviewItem {
    std::string sheet;  // the record's sheet number, or "manual-<ballot>"
    std::string election;
    int round = 1;
    std::vector<std::string> reasons;  // codes: the recogniser's, possible_refeed, manual_entries_differ…
    bool manual() const { return sheet.starts_with("manual-"); }
    std::string ballot() const { return manual() ? sheet.substr(7) : std::string(); }
    std::string image;               // the sheet's image file (empty: a manual ballot)
    std::string otherSide;           // the other face of a two-sided ballot, or empty
    std::int64_t twin = 0;           // a possible re-feed: the sheet it resembles
    std::string twinImage;           // that sheet's image
    nlohmann::ordered_json reading;  // the recogniser's line (struck/marks, uncertain, scores), or {}
    std::vector<ManualEntryView> entries;
};

// Every ballot waiting, in sheet order, then the manual ballots.
std::expected<std::vector<ReviewItem>, std::string> reviewQueue(store::Record& record);

// Records the committee's decision on a waiting ballot: a ballot ({"struck"}/{"marks"}, maybe
// with "invalid") or, for a scanned sheet, {"set_aside": …}; checked against the election's
// list; two different signed-in members and the reason. Returns the ruling's number.
std::expected<std::int64_t, store::StoreError> ruleOn(store::Record& record, const ReviewItem& item,
                                                      const nlohmann::ordered_json& decision, const std::string& reason,
                                                      const store::SignedIn& first, const store::SignedIn& second,
                                                      const std::string& time);

}  // namespace kp::app
