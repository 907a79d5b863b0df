#pragma once
// What the minutes need beyond the count, from the congress file's optional presentation
// fields (docs/formats.md §Congress file, "for the minutes"): the header, place and date,
// the counting committee, the legal basis, those present at each vote, the training flag.
// Absent fields leave dotted blanks on the printed form for the committee to fill by hand.
#include <expected>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tally/congress.h"

namespace kp {

struct CommitteeMember {
    std::string name;
    bool chair = false;
};

struct MinutesInfo {
    std::string superior;  // the party committee above, first header line ("ĐẢNG BỘ PHƯỜNG BẾN THÀNH")
    std::string locality;  // before the date: "Bến Thành, ngày 14 tháng 6 năm 2025"
    std::string place;     // the hall
    std::string date;      // ISO date of the vote
    bool training = false; // a dry run: every page says so
    std::vector<CommitteeMember> committee;
    std::vector<std::string> legalBasis;   // default: the party's texts (election-rules)
    std::map<std::string, Count> present;  // election id → present at the vote
};

// The "Căn cứ …" lines when the congress file names none (the party's texts, election-rules).
const std::vector<std::string>& defaultLegalBasis();

// Errors name the JSON path ("congress.counting_committee[1].role: …").
std::expected<MinutesInfo, std::string> parseMinutesInfo(std::string_view congressJson);

}  // namespace kp
